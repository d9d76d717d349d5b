//! The desk's files through the language server, over stdio as an editor drives it:
//! settings changes re-check open drafts, the knowledge base drives hover and
//! `title-mismatch`, the code actions write files that load, and a broken settings file is
//! a diagnostic at its line while the server keeps answering.

mod common;

use std::path::Path;
use std::time::Duration;

use common::Client;
use serde_json::{json, Value};

use common::DESK_DRAFT as DRAFT;

const KB: &str = "# Verified by the standards desk.\n[[person]]\nname = \"Sue Essex\"\naliases = [\"Essex\"]\nrole = \"Finance Minister\"\norganization = \"Welsh Government\"\nsource = \"https://example.org/cabinet\"\n";

/// A newsroom folder with a settings file, a knowledge base and the draft on disk.
struct Desk {
    dir: tempfile::TempDir,
}

impl Desk {
    fn new(config: &str) -> Desk {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("kb")).expect("mkdir");
        std::fs::write(dir.path().join("kb/people.toml"), KB).expect("kb");
        std::fs::write(dir.path().join("sayswho.toml"), config).expect("config");
        std::fs::write(dir.path().join("draft.md"), DRAFT).expect("draft");
        Desk { dir }
    }

    fn path(&self, rel: &str) -> std::path::PathBuf {
        self.dir.path().join(rel)
    }

    fn uri(&self, rel: &str) -> String {
        file_uri(&self.path(rel))
    }
}

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

/// Waits for a publication for `uri` whose diagnostics satisfy `ok`, and returns them.
fn wait_diags(c: &mut Client, uri: &str, ok: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let m = c
        .wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && ok(m["params"]["diagnostics"].as_array().map_or(&[], |v| v))
        })
        .unwrap_or_else(|| panic!("no publication for {uri} as expected"));
    m["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Drops every publication for `uri` received so far, so the next wait sees only new ones.
fn drain(c: &mut Client, uri: &str) {
    while c
        .wait_for(Duration::from_millis(400), |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        })
        .is_some()
    {}
}

fn start(desk: &Desk) -> Client {
    let options = json!({"config": desk.path("sayswho.toml").to_str().expect("utf8")});
    // The desk's commands write only inside a workspace folder: the desk is one.
    let root = file_uri(desk.dir.path());
    let (mut c, init) = Client::start_in(&["lsp"], Some(&["utf-16"]), options, Some(&root));
    let commands = &init["capabilities"]["executeCommandProvider"]["commands"];
    assert!(
        commands
            .as_array()
            .is_some_and(|a| a.iter().any(|c| c == "sayswho.addToKnowledgeBase")),
        "{init}"
    );
    c.open(&desk.uri("draft.md"), "markdown", 1, DRAFT);
    c
}

fn watched_changed(c: &mut Client, uri: &str) {
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri, "type": 2}]}),
    );
}

#[test]
fn settings_changes_recheck_open_drafts() {
    let desk = Desk::new("knowledge = [\"kb/people.toml\"]\n");
    let mut c = start(&desk);
    let draft = desk.uri("draft.md");
    wait_diags(&mut c, &draft, |d| {
        codes(d).contains(&"vague-attribution".to_string())
    });
    drain(&mut c, &draft);

    // The file turns the rule off: picked up from the watched-file notification.
    std::fs::write(
        desk.path("sayswho.toml"),
        "knowledge = [\"kb/people.toml\"]\n\n[rules.vague-attribution]\nenabled = false\n",
    )
    .expect("write");
    watched_changed(&mut c, &desk.uri("sayswho.toml"));
    let d = wait_diags(&mut c, &draft, |d| {
        !codes(d).contains(&"vague-attribution".to_string())
    });
    assert!(codes(&d).contains(&"title-mismatch".to_string()), "{d:?}");
    drain(&mut c, &draft);

    // The editor's settings override the file and turn it back on, at warning → error.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"sayswho": {"rules": {"vague-attribution": {"enabled": true, "severity": "error"}}}}}),
    );
    let d = wait_diags(&mut c, &draft, |d| {
        codes(d).contains(&"vague-attribution".to_string())
    });
    let vague = d
        .iter()
        .find(|x| x["code"] == "vague-attribution")
        .expect("vague");
    assert_eq!(vague["severity"], 1, "{vague}");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn the_knowledge_base_drives_hover_and_title_mismatch() {
    let desk = Desk::new("knowledge = [\"kb/people.toml\"]\n");
    let mut c = start(&desk);
    let draft = desk.uri("draft.md");
    let d = wait_diags(&mut c, &draft, |d| {
        codes(d).contains(&"title-mismatch".to_string())
    });
    let title = d
        .iter()
        .find(|x| x["code"] == "title-mismatch")
        .expect("title-mismatch");
    let msg = title["message"].as_str().unwrap_or_default();
    assert!(msg.contains("Finance Minister"), "{msg}");
    assert_eq!(title["range"]["start"]["line"], 2, "{title}");

    let at = DRAFT.find("Essex").expect("name");
    let hover = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": draft}, "position": c.pos(DRAFT, at)}),
    );
    let md = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(md.contains("Knowledge base"), "{md}");
    assert!(md.contains("Finance Minister"), "{md}");
    assert!(md.contains("Welsh Government"), "{md}");
    assert!(md.contains("Health Minister"), "the draft's role too: {md}");

    // Without the knowledge base neither appears.
    std::fs::write(desk.path("sayswho.toml"), "").expect("write");
    drain(&mut c, &draft);
    watched_changed(&mut c, &desk.uri("sayswho.toml"));
    wait_diags(&mut c, &draft, |d| {
        !codes(d).contains(&"title-mismatch".to_string())
    });
    let hover = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": draft}, "position": c.pos(DRAFT, at)}),
    );
    let md = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(!md.contains("Knowledge base"), "{md}");
    assert!(c.shutdown_and_exit().success());
}

fn code_actions(c: &mut Client, uri: &str, range: Value, diagnostics: Value) -> Vec<Value> {
    let r = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": diagnostics}}),
    );
    r.as_array().cloned().unwrap_or_default()
}

fn run_command(c: &mut Client, action: &Value) -> Value {
    let command = &action["command"];
    c.call(
        "workspace/executeCommand",
        json!({"command": command["command"], "arguments": command["arguments"]}),
    )
}

#[test]
fn add_to_knowledge_base_writes_an_entry_that_loads() {
    let desk =
        Desk::new("# The desk's settings.\nknowledge = [\"kb/people.toml\"] # verified people\n");
    let mut c = start(&desk);
    let draft = desk.uri("draft.md");
    wait_diags(&mut c, &draft, |d| !d.is_empty());
    let start = DRAFT.find("Tom Baker").expect("name");
    let range = c.range(DRAFT, start, start + 3);
    let actions = code_actions(&mut c, &draft, range.clone(), json!([]));
    let add = actions
        .iter()
        .find(|a| a["title"] == "Add Tom Baker to the knowledge base")
        .unwrap_or_else(|| panic!("{actions:#?}"));
    // Known people are not offered again.
    let essex = DRAFT.find("Sue Essex").expect("name");
    let essex_range = c.range(DRAFT, essex, essex + 3);
    let known = code_actions(&mut c, &draft, essex_range, json!([]));
    assert!(
        !known
            .iter()
            .any(|a| a["title"].as_str().is_some_and(|t| t.contains("Sue Essex"))),
        "{known:#?}"
    );

    run_command(&mut c, add);
    let text = std::fs::read_to_string(desk.path("kb/people.toml")).expect("kb");
    assert!(
        text.starts_with(KB),
        "the old entries and comment are kept:\n{text}"
    );
    let loaded = sayswho::knowledge::load(&desk.path("kb/people.toml")).expect("loads");
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let tom = loaded
        .entities
        .iter()
        .find(|e| e.name == "Tom Baker")
        .expect("Tom Baker added");
    assert_eq!(
        tom.kind,
        Some(sayswho::analysis::entities::EntityKind::Person)
    );

    // The server reloaded: Tom Baker is now known, so the action is gone and hover says so.
    let range = c.range(DRAFT, start, start + 3);
    let actions = code_actions(&mut c, &draft, range.clone(), json!([]));
    assert!(
        !actions.iter().any(|a| a["title"] == add["title"]),
        "{actions:#?}"
    );
    let hover = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": draft}, "position": c.pos(DRAFT, start)}),
    );
    let md = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(md.contains("Knowledge base"), "{md}");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn add_to_knowledge_base_starts_a_knowledge_file_when_there_is_none() {
    let desk = Desk::new("# nothing yet\n");
    let mut c = start(&desk);
    let draft = desk.uri("draft.md");
    wait_diags(&mut c, &draft, |d| !d.is_empty());
    let start = DRAFT.find("Sue Essex").expect("name");
    let range = c.range(DRAFT, start, start + 3);
    let actions = code_actions(&mut c, &draft, range.clone(), json!([]));
    let add = actions
        .iter()
        .find(|a| a["title"] == "Add Sue Essex to the knowledge base")
        .unwrap_or_else(|| panic!("{actions:#?}"));
    run_command(&mut c, add);
    let config = sayswho::config::Config::load(&desk.path("sayswho.toml")).expect("config loads");
    let essex = config
        .context
        .knowledge
        .iter()
        .find(|k| k.name == "Sue Essex")
        .expect("entry");
    assert_eq!(essex.role.as_deref(), Some("Health Minister"));
    assert!(std::fs::read_to_string(desk.path("sayswho.toml"))
        .expect("read")
        .starts_with("# nothing yet\n"));
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn ignore_in_this_project_writes_the_config_and_silences_the_finding() {
    let desk = Desk::new("# desk\n");
    let mut c = start(&desk);
    let draft = desk.uri("draft.md");
    let d = wait_diags(&mut c, &draft, |d| {
        codes(d).contains(&"vague-attribution".to_string())
    });
    let vague = d
        .iter()
        .find(|x| x["code"] == "vague-attribution")
        .expect("vague")
        .clone();
    let actions = code_actions(&mut c, &draft, vague["range"].clone(), json!([vague]));
    let ignore = actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .is_some_and(|t| t.contains("in this project"))
        })
        .unwrap_or_else(|| panic!("{actions:#?}"));
    drain(&mut c, &draft);
    run_command(&mut c, ignore);
    let config = sayswho::config::Config::load(&desk.path("sayswho.toml")).expect("config loads");
    assert_eq!(config.context.ignores.len(), 1);
    assert_eq!(
        config.context.ignores[0].code,
        sayswho::analysis::RuleCode::VagueAttribution
    );
    wait_diags(&mut c, &draft, |d| {
        !codes(d).contains(&"vague-attribution".to_string())
    });
    // The ignore is keyed by text, not position: the sentence moved down still stays quiet.
    let moved = format!("A new first paragraph.\n\n{DRAFT}");
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": draft, "version": 2}, "contentChanges": [{"text": moved}]}),
    );
    let d = c.diagnostics(&draft, 2);
    assert!(
        !codes(&d).contains(&"vague-attribution".to_string()),
        "{d:?}"
    );
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn a_broken_config_is_a_diagnostic_at_its_line_and_the_server_keeps_answering() {
    let desk = Desk::new(
        "knowledge = [\"kb/people.toml\"]\n\n[rules.vague-attribution]\nenabled = false\n",
    );
    let mut c = start(&desk);
    let draft = desk.uri("draft.md");
    let config_uri = desk.uri("sayswho.toml");
    wait_diags(&mut c, &draft, |d| {
        codes(d).contains(&"title-mismatch".to_string())
            && !codes(d).contains(&"vague-attribution".to_string())
    });

    std::fs::write(
        desk.path("sayswho.toml"),
        "knowledge = [\"kb/people.toml\"]\n\n[rules.vague-attribution\nenabled = false\n",
    )
    .expect("write");
    watched_changed(&mut c, &config_uri);
    let d = wait_diags(&mut c, &config_uri, |d| !d.is_empty());
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0]["range"]["start"]["line"], 2, "{d:?}");
    assert_eq!(d[0]["severity"], 1);
    assert_eq!(d[0]["source"], "sayswho");
    let log = c
        .wait(|m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|s| s.contains("last good settings"))
        })
        .expect("the log says the last good settings are kept");
    assert_eq!(log["params"]["type"], 1);

    // Still answering, with the last good settings: knowledge base in, rule still off.
    let at = DRAFT.find("Essex").expect("name");
    let hover = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": draft}, "position": c.pos(DRAFT, at)}),
    );
    let md = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(md.contains("Finance Minister"), "{md}");
    let moved = format!("{DRAFT}\nMore officials said so.\n");
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": draft, "version": 2}, "contentChanges": [{"text": moved}]}),
    );
    let d = c.diagnostics(&draft, 2);
    assert!(
        !codes(&d).contains(&"vague-attribution".to_string()),
        "{d:?}"
    );

    // Fixed: the file's diagnostic is cleared.
    std::fs::write(
        desk.path("sayswho.toml"),
        "knowledge = [\"kb/people.toml\"]\n",
    )
    .expect("w");
    watched_changed(&mut c, &config_uri);
    wait_diags(&mut c, &config_uri, |d| d.is_empty());
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn a_broken_knowledge_base_is_a_diagnostic_in_that_file() {
    let desk = Desk::new("knowledge = [\"kb/people.toml\"]\n");
    let mut c = start(&desk);
    let draft = desk.uri("draft.md");
    wait_diags(&mut c, &draft, |d| {
        codes(d).contains(&"title-mismatch".to_string())
    });
    std::fs::write(
        desk.path("kb/people.toml"),
        format!("{KB}\n[[person]]\nname = \"Ann Lee\"\nrole = \n"),
    )
    .expect("write");
    let kb_uri = desk.uri("kb/people.toml");
    watched_changed(&mut c, &kb_uri);
    let d = wait_diags(&mut c, &kb_uri, |d| !d.is_empty());
    let broken_line = KB.lines().count() + 3; // 0-based line of `role = `
    assert_eq!(d[0]["range"]["start"]["line"], broken_line, "{d:?}");
    assert!(c.alive());
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn unknown_keys_are_warnings_in_the_file_not_errors() {
    let desk = Desk::new("knowledge = [\"kb/people.toml\"]\ncolour = \"blue\"\n");
    let mut c = start(&desk);
    let config_uri = desk.uri("sayswho.toml");
    let d = wait_diags(&mut c, &config_uri, |d| !d.is_empty());
    assert_eq!(d[0]["severity"], 2, "{d:?}");
    assert_eq!(d[0]["range"]["start"]["line"], 1, "{d:?}");
    // The rest of the file is in force.
    let draft = desk.uri("draft.md");
    wait_diags(&mut c, &draft, |d| {
        codes(d).contains(&"title-mismatch".to_string())
    });
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn excluded_drafts_get_no_findings() {
    let desk = Desk::new("exclude = [\"archive/**\"]\n");
    let mut c = start(&desk);
    let draft = desk.uri("draft.md");
    wait_diags(&mut c, &draft, |d| !d.is_empty());
    let old = desk.uri("archive/old.md");
    c.open(&old, "markdown", 1, DRAFT);
    assert!(c.diagnostics(&old, 1).is_empty());
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn settings_files_are_watched_by_dynamic_registration_and_editor_settings_pulled() {
    let desk = Desk::new("knowledge = [\"kb/people.toml\"]\n");
    let mut c = Client::spawn(&["lsp"]);
    c.call(
        "initialize",
        json!({
            "processId": null,
            "rootUri": file_uri(desk.dir.path()),
            "capabilities": {"workspace": {
                "didChangeWatchedFiles": {"dynamicRegistration": true},
                "configuration": true
            }},
        }),
    );
    c.notify("initialized", json!({}));
    let reg = c
        .wait(|m| m["method"] == "client/registerCapability")
        .expect("the server registers its file watcher");
    let registration = &reg["params"]["registrations"][0];
    assert_eq!(registration["method"], "workspace/didChangeWatchedFiles");
    let globs: Vec<&str> = registration["registerOptions"]["watchers"]
        .as_array()
        .expect("watchers")
        .iter()
        .filter_map(|w| w["globPattern"].as_str())
        .collect();
    assert!(
        globs.iter().any(|g| g.ends_with(".toml")),
        "sayswho.toml and knowledge files are watched: {globs:?}"
    );
    let pull = c
        .wait(|m| m["method"] == "workspace/configuration")
        .expect("the server asks for the editor's settings");
    assert_eq!(pull["params"]["items"][0]["section"], "sayswho");
    // The settings file was found from the workspace root (no `config` given).
    let draft = desk.uri("draft.md");
    c.open(&draft, "markdown", 1, DRAFT);
    wait_diags(&mut c, &draft, |d| {
        codes(d).contains(&"title-mismatch".to_string())
    });
    assert!(c.shutdown_and_exit().success());
}
