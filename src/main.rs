//! The `sayswho` binary: `check` drafts from the command line, or serve LSP (`lsp`, `--stdio`).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "sayswho",
    version,
    about = "Asks \"says who?\" of every claim in a news draft"
)]
struct Cli {
    /// Serve the language server on stdio (what vscode-languageclient passes).
    #[arg(long, global = true)]
    stdio: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check drafts and print the findings.
    Check(sayswho::cli::CheckArgs),
    /// Serve the language server on stdio.
    Lsp,
    /// Print what a rule flags, why, and an example that fires and one that does not;
    /// without a code, list the rules.
    Explain {
        /// A rule code, as the findings show it (e.g. vague-attribution).
        code: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Some(Command::Check(args)) => match sayswho::cli::check(&args) {
            Ok(code) => ExitCode::from(code as u8),
            Err(e) => {
                eprintln!("sayswho: {e:#}");
                ExitCode::from(2)
            }
        },
        Some(Command::Explain { code }) => match sayswho::cli::explain(code.as_deref()) {
            Ok(code) => ExitCode::from(code as u8),
            Err(e) => {
                eprintln!("sayswho: {e:#}");
                ExitCode::from(2)
            }
        },
        Some(Command::Lsp) | None if cli.stdio || matches!(cli.command, Some(Command::Lsp)) => {
            serve()
        }
        None => {
            eprintln!("sayswho: say `sayswho check FILES...` or `sayswho lsp`; see --help");
            ExitCode::from(2)
        }
        Some(Command::Lsp) => serve(),
    }
}

fn serve() -> ExitCode {
    sayswho::server::limit_malloc_arenas();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("sayswho: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    // Per the protocol: status 0 after `shutdown` then `exit`, 1 when the client left
    // without asking for shutdown.
    // Shut down without waiting: the stdin reader may sit in a blocking read forever.
    let shut_down = runtime.block_on(sayswho::server::run_stdio());
    runtime.shutdown_background();
    if shut_down {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
