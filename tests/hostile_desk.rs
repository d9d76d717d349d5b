//! A hostile desk over stdio: a cloned repository whose `sayswho.toml`, knowledge files
//! or editor settings try to make the server read or write outside the workspace, or
//! hang it on a FIFO or `/dev/zero`. Each escape is refused with a message naming the
//! setting, the files outside are checked unchanged, and the server keeps answering.
//! Then the lifecycle: quick sessions exit at once, and the first diagnostics already
//! follow the desk's settings when the editor opens a draft before it answers
//! `workspace/configuration`.

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::Client;
use serde_json::{json, Value};

use common::DESK_DRAFT as DRAFT;

const KB: &str = "[[person]]\nname = \"Sue Essex\"\nrole = \"Finance Minister\"\n";

/// A temporary folder with the workspace `desk/` and, beside it, `outside/`: files the
/// desk must never read or change.
struct Scene {
    dir: tempfile::TempDir,
}

impl Scene {
    fn new(config: &str) -> Scene {
        let dir = tempfile::tempdir().expect("temp dir");
        let scene = Scene { dir };
        std::fs::create_dir_all(scene.desk("kb")).expect("mkdir");
        std::fs::create_dir_all(scene.outside("")).expect("mkdir");
        std::fs::write(scene.outside("people.toml"), KB).expect("write");
        std::fs::write(
            scene.outside("sayswho.toml"),
            "knowledge = [\"people.toml\"]\n[rules.vague-attribution]\nenabled = false\n",
        )
        .expect("write");
        std::fs::write(scene.desk("draft.md"), DRAFT).expect("write");
        if !config.is_empty() {
            std::fs::write(scene.desk("sayswho.toml"), config).expect("write");
        }
        scene
    }

    fn desk(&self, rel: &str) -> PathBuf {
        self.dir.path().join("desk").join(rel)
    }

    fn outside(&self, rel: &str) -> PathBuf {
        self.dir.path().join("outside").join(rel)
    }

    /// Every file under `outside/` with its contents.
    fn outside_files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        let mut stack = vec![self.outside("")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("read dir").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    out.insert(path.clone(), std::fs::read(&path).unwrap_or_default());
                }
            }
        }
        out
    }
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

fn start(scene: &Scene, options: Value, workspace: bool) -> Client {
    let root = uri(&scene.desk(""));
    let root = root.trim_end_matches('/').to_string();
    let (mut c, _) = Client::start_in(
        &["lsp"],
        Some(&["utf-16"]),
        options,
        workspace.then_some(root.as_str()),
    );
    c.open(&uri(&scene.desk("draft.md")), "markdown", 1, DRAFT);
    c
}

/// The latest diagnostics for `uri` that satisfy `ok`.
fn wait_diags(c: &mut Client, uri: &str, ok: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let m = c
        .wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["diagnostics"]
                    .as_array()
                    .is_some_and(|d| ok(d.as_slice()))
        })
        .unwrap_or_else(|| panic!("no matching diagnostics for {uri}"));
    m["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The server answers a request promptly.
fn assert_answering(c: &mut Client, draft: &str) {
    let started = Instant::now();
    let id = c.send_request(
        "textDocument/hover",
        json!({"textDocument": {"uri": draft}, "position": {"line": 2, "character": 20}}),
    );
    let r = c.response(id, Duration::from_secs(5));
    assert!(r.is_some(), "no answer to hover");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(c.alive(), "server died");
}

/// "Add to the knowledge base" is refused, the server still answers, and no file
/// outside the workspace changed.
fn assert_add_refused_outside_untouched(
    c: &mut Client,
    draft: &str,
    scene: &Scene,
    before: &BTreeMap<PathBuf, Vec<u8>>,
) {
    let r = add_to_knowledge(c, draft);
    assert!(r.get("error").is_some(), "{r}");
    assert_answering(c, draft);
    assert_eq!(&scene.outside_files(), before);
}

fn add_to_knowledge(c: &mut Client, draft: &str) -> Value {
    c.request(
        "workspace/executeCommand",
        json!({"command": "sayswho.addToKnowledgeBase", "arguments": [
            {"uri": draft, "name": "Tom Baker", "kind": "person", "role": "local shopkeeper"}
        ]}),
    )
}

fn ignore_in_project(c: &mut Client, draft: &str) -> Value {
    c.request(
        "workspace/executeCommand",
        json!({"command": "sayswho.ignoreInProject", "arguments": [
            {"uri": draft, "code": "vague-attribution", "text": "officials said"}
        ]}),
    )
}

/// No diagnostics were ever published for a file outside the desk.
fn assert_nothing_published_outside(c: &Client, scene: &Scene) {
    let desk = uri(&scene.desk(""));
    for m in &c.seen {
        if m["method"] == "textDocument/publishDiagnostics" {
            let u = m["params"]["uri"].as_str().unwrap_or("");
            assert!(u.starts_with(&desk), "published on a file outside: {u}");
        }
    }
}

#[test]
fn a_relative_knowledge_path_out_of_the_workspace_is_refused() {
    let scene = Scene::new(
        "knowledge = [\"../outside/people.toml\"]\n[rules.vague-attribution]\nenabled = false\n",
    );
    let before = scene.outside_files();
    let mut c = start(&scene, json!({}), true);
    let draft = uri(&scene.desk("draft.md"));
    let config = uri(&scene.desk("sayswho.toml"));
    let problems = wait_diags(&mut c, &config, |d| !d.is_empty());
    let message = problems[0]["message"].as_str().unwrap_or("");
    assert!(message.contains("`knowledge[0]`"), "{message}");
    assert!(message.contains("outside"), "{message}");
    assert_eq!(problems[0]["range"]["start"]["line"], 0, "{problems:?}");
    // The rest of sayswho.toml is in force, the outside knowledge base is not.
    let d = wait_diags(&mut c, &draft, |_| true);
    assert!(!codes(&d).contains(&"vague-attribution".into()), "{d:?}");
    assert!(!codes(&d).contains(&"title-mismatch".into()), "{d:?}");
    let r = add_to_knowledge(&mut c, &draft);
    assert!(r.get("error").is_some(), "{r}");
    assert!(
        r["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("knowledge[0]"),
        "{r}"
    );
    assert_answering(&mut c, &draft);
    assert_eq!(scene.outside_files(), before);
    assert_nothing_published_outside(&c, &scene);
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn absolute_knowledge_paths_are_refused_and_nothing_is_published_on_them() {
    let scene = Scene::new("");
    std::fs::write(
        scene.desk("sayswho.toml"),
        format!(
            "knowledge = [{:?}, \"/etc/passwd\"]\n",
            scene.outside("people.toml").display().to_string()
        ),
    )
    .expect("write");
    let before = scene.outside_files();
    let mut c = start(&scene, json!({}), true);
    let draft = uri(&scene.desk("draft.md"));
    let config = uri(&scene.desk("sayswho.toml"));
    let problems = wait_diags(&mut c, &config, |d| d.len() >= 2);
    let all: String = problems
        .iter()
        .map(|p| p["message"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        all.contains("`knowledge[0]`") && all.contains("`knowledge[1]`"),
        "{all}"
    );
    assert!(all.contains("/etc/passwd"), "{all}");
    let d = wait_diags(&mut c, &draft, |_| true);
    assert!(!codes(&d).contains(&"title-mismatch".into()), "{d:?}");
    assert_add_refused_outside_untouched(&mut c, &draft, &scene, &before);
    assert_nothing_published_outside(&c, &scene);
    assert!(c.shutdown_and_exit().success());
}

#[cfg(unix)]
#[test]
fn a_symlinked_knowledge_file_is_neither_read_nor_written() {
    let scene = Scene::new("knowledge = [\"kb/people.toml\"]\n");
    std::os::unix::fs::symlink(scene.outside("people.toml"), scene.desk("kb/people.toml"))
        .expect("symlink");
    let before = scene.outside_files();
    let mut c = start(&scene, json!({}), true);
    let draft = uri(&scene.desk("draft.md"));
    let config = uri(&scene.desk("sayswho.toml"));
    let problems = wait_diags(&mut c, &config, |d| !d.is_empty());
    assert!(
        problems[0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("outside"),
        "{problems:?}"
    );
    let d = wait_diags(&mut c, &draft, |_| true);
    assert!(!codes(&d).contains(&"title-mismatch".into()), "{d:?}");
    assert_add_refused_outside_untouched(&mut c, &draft, &scene, &before);
    assert!(c.shutdown_and_exit().success());
}

#[cfg(unix)]
#[test]
fn a_symlinked_config_is_not_read_and_not_written_through() {
    let scene = Scene::new("");
    std::os::unix::fs::symlink(scene.outside("sayswho.toml"), scene.desk("sayswho.toml"))
        .expect("symlink");
    let before = scene.outside_files();
    let mut c = start(&scene, json!({}), true);
    let draft = uri(&scene.desk("draft.md"));
    // The outside file turns vague-attribution off; it was not read, so the rule fires.
    let d = wait_diags(&mut c, &draft, |d| !d.is_empty());
    assert!(codes(&d).contains(&"vague-attribution".into()), "{d:?}");
    let config = uri(&scene.desk("sayswho.toml"));
    let problems = wait_diags(&mut c, &config, |d| !d.is_empty());
    assert!(
        problems[0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("outside"),
        "{problems:?}"
    );
    let r = ignore_in_project(&mut c, &draft);
    assert!(r.get("error").is_some(), "{r}");
    assert_add_refused_outside_untouched(&mut c, &draft, &scene, &before);
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn editor_settings_naming_files_outside_are_refused() {
    let scene = Scene::new("");
    let before = scene.outside_files();
    let options = json!({
        "config": scene.outside("sayswho.toml").display().to_string(),
    });
    let mut c = start(&scene, options, true);
    let draft = uri(&scene.desk("draft.md"));
    let d = wait_diags(&mut c, &draft, |d| !d.is_empty());
    assert!(codes(&d).contains(&"vague-attribution".into()), "{d:?}");
    let r = ignore_in_project(&mut c, &draft);
    assert!(r.get("error").is_some(), "{r}");
    assert_answering(&mut c, &draft);
    assert!(c.shutdown_and_exit().success());

    let options = json!({"knowledge": ["../outside/people.toml"]});
    let mut c = start(&scene, options, true);
    let d = wait_diags(&mut c, &draft, |d| !d.is_empty());
    assert!(!codes(&d).contains(&"title-mismatch".into()), "{d:?}");
    assert_add_refused_outside_untouched(&mut c, &draft, &scene, &before);
    assert_nothing_published_outside(&c, &scene);
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn without_a_workspace_the_commands_write_nothing() {
    let scene = Scene::new("");
    std::fs::write(scene.outside("story.md"), DRAFT).expect("write");
    let before = scene.outside_files();
    let mut c = start(&scene, json!({}), false);
    let outside_draft = uri(&scene.outside("story.md"));
    let r = ignore_in_project(&mut c, &outside_draft);
    assert!(r.get("error").is_some(), "{r}");
    assert!(
        r["error"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("workspace"),
        "{r}"
    );
    let r = add_to_knowledge(&mut c, &outside_draft);
    assert!(r.get("error").is_some(), "{r}");
    let draft = uri(&scene.desk("draft.md"));
    let r = ignore_in_project(&mut c, &draft);
    assert!(r.get("error").is_some(), "{r}");
    assert!(!scene.desk("sayswho.toml").exists());
    assert!(!scene.desk("knowledge.toml").exists());
    assert_answering(&mut c, &draft);
    assert_eq!(scene.outside_files(), before);
    assert!(c.shutdown_and_exit().success());
}

#[cfg(unix)]
#[test]
fn a_fifo_knowledge_file_does_not_hold_the_server_or_check() {
    let scene = Scene::new("knowledge = [\"kb/people.toml\"]\n");
    let made = Command::new("mkfifo")
        .arg(scene.desk("kb/people.toml"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let mut c = start(&scene, json!({}), true);
    let draft = uri(&scene.desk("draft.md"));
    let config = uri(&scene.desk("sayswho.toml"));
    let problems = wait_diags(&mut c, &config, |d| !d.is_empty());
    assert!(
        problems[0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("not a regular file"),
        "{problems:?}"
    );
    wait_diags(&mut c, &draft, |d| !d.is_empty());
    assert_answering(&mut c, &draft);
    assert!(c.shutdown_and_exit().success());
    let (status, out, err) = check(&scene.desk(""), &["check", "--format", "json", "draft.md"]);
    assert_eq!(status, Some(2), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
    assert!(
        out.contains("vague-attribution"),
        "findings still reported: {out}"
    );
}

#[cfg(unix)]
#[test]
fn dev_zero_as_a_knowledge_file_is_refused_at_once() {
    let scene = Scene::new("knowledge = [\"/dev/zero\", \"kb/zero.toml\"]\n");
    std::os::unix::fs::symlink("/dev/zero", scene.desk("kb/zero.toml")).expect("symlink");
    let mut c = start(&scene, json!({}), true);
    let draft = uri(&scene.desk("draft.md"));
    let config = uri(&scene.desk("sayswho.toml"));
    let problems = wait_diags(&mut c, &config, |d| d.len() >= 2);
    assert!(
        problems.iter().all(
            |p| p["message"].as_str().unwrap_or("").contains("/dev/zero")
                || p["message"].as_str().unwrap_or("").contains("zero.toml")
        ),
        "{problems:?}"
    );
    assert_answering(&mut c, &draft);
    assert!(c.shutdown_and_exit().success());
    let started = Instant::now();
    let (status, out, err) = check(&scene.desk(""), &["check", "--format", "json", "draft.md"]);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(status, Some(2), "{err}");
    assert_eq!(err.matches("/dev/zero").count(), 1, "reported once: {err}");
    assert!(err.contains("sayswho.toml:1:"), "{err}");
    assert!(out.contains("vague-attribution"), "{out}");
}

#[test]
fn check_confines_knowledge_files_to_the_config_folder() {
    let scene = Scene::new("knowledge = [\"../outside/people.toml\"]\n");
    let (status, out, err) = check(&scene.desk(""), &["check", "--format", "json", "draft.md"]);
    assert_eq!(status, Some(2), "{err}");
    assert!(err.contains("`knowledge[0]`"), "{err}");
    assert!(!out.contains("title-mismatch"), "{out}");
    // With --config naming the outside file, its own folder is the desk: it loads.
    let config = scene.outside("sayswho.toml");
    let (status, out, err) = check(
        &scene.desk(""),
        &[
            "check",
            "--format",
            "json",
            "--config",
            config.to_str().expect("utf8"),
            "draft.md",
        ],
    );
    assert!(matches!(status, Some(0 | 1)), "{err}");
    assert!(out.contains("title-mismatch"), "{out}");
}

fn check(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sayswho"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run sayswho");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A bare client: frames out, messages in on a channel, and no answers to the server's
/// requests unless the test writes them.
struct Raw {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    rx: mpsc::Receiver<Value>,
}

impl Raw {
    fn spawn() -> Raw {
        let mut child = Command::new(env!("CARGO_BIN_EXE_sayswho"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start sayswho");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = None;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length:") {
                        len = v.trim().parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; len.unwrap_or(0)];
                if std::io::Read::read_exact(&mut r, &mut body).is_err() {
                    return;
                }
                if let Ok(v) = serde_json::from_slice(&body) {
                    if tx.send(v).is_err() {
                        return;
                    }
                }
            }
        });
        Raw { child, stdin, rx }
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        self.stdin.flush().expect("flush");
    }

    fn wait(&mut self, timeout: Duration, pred: impl Fn(&Value) -> bool) -> Option<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            let m = self.rx.recv_timeout(left).ok()?;
            if pred(&m) {
                return Some(m);
            }
        }
    }

    fn initialize(&mut self, root: Option<&str>) {
        self.send(
            json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
                "processId": null,
                "rootUri": root,
                "workspaceFolders": root.map(|r| json!([{"uri": r, "name": "desk"}])),
                "capabilities": {"workspace": {
                    "configuration": true,
                    "didChangeWatchedFiles": {"dynamicRegistration": true}
                }}
            }}),
        );
        self.wait(Duration::from_secs(10), |m| {
            m["id"] == 1 && m.get("result").is_some()
        })
        .expect("initialize answered");
        self.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    }

    /// Opens `text` at `uri` as a Markdown draft.
    fn open_markdown(&mut self, uri: &str, version: usize, text: &str) {
        self.send(
            json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                "uri": uri, "languageId": "markdown", "version": version, "text": text
            }}}),
        );
    }

    /// Waits for the process to end; its exit code and how long after the call.
    fn exit_within(&mut self, limit: Duration) -> (Option<i32>, Duration) {
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return (status.code(), started.elapsed());
            }
            if started.elapsed() > limit {
                let _ = self.child.kill();
                let _ = self.child.wait();
                return (None, started.elapsed());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    /// Asks the server to shut down and exit, as an editor closing its window does; the
    /// exit code and how long the process took to end after `exit`.
    fn shutdown_and_exit(&mut self, id: u64) -> (Option<i32>, Duration) {
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": "shutdown"}));
        self.wait(Duration::from_secs(5), |m| {
            m["id"] == id && m.get("method").is_none()
        })
        .expect("shutdown answered");
        self.send(json!({"jsonrpc": "2.0", "method": "exit"}));
        self.exit_within(Duration::from_secs(5))
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn twenty_quick_sessions_exit_0_within_a_second() {
    let scene = Scene::new("[rules.first-reference]\nenabled = false\n");
    let root = uri(&scene.desk("")).trim_end_matches('/').to_string();
    let mut slow = Vec::new();
    let mut slowest = Duration::ZERO;
    for i in 0..20 {
        let mut s = Raw::spawn();
        // The server asks for the editor's settings and for file watches; this client,
        // like an editor closing a window fast, never answers.
        s.initialize(Some(&root));
        let (code, took) = s.shutdown_and_exit(2);
        slowest = slowest.max(took);
        if code != Some(0) || took > Duration::from_secs(1) {
            slow.push((i, code, took));
        }
    }
    eprintln!("quick sessions: 20 run, the slowest exited {slowest:?} after `exit`");
    assert!(
        slow.is_empty(),
        "sessions that did not exit 0 within 1 s: {slow:?}"
    );
}

#[test]
fn the_end_of_input_ends_the_process_whatever_is_pending() {
    let mut s = Raw::spawn();
    s.initialize(None);
    s.open_markdown("file:///tmp/never-saved.md", 1, DRAFT);
    // Close stdin without shutdown: status 1 per the protocol, and promptly.
    drop(std::mem::replace(
        &mut s.stdin,
        Command::new("true")
            .stdin(Stdio::piped())
            .spawn()
            .expect("spawn")
            .stdin
            .take()
            .expect("stdin"),
    ));
    let (code, took) = s.exit_within(Duration::from_secs(5));
    assert_eq!(code, Some(1));
    assert!(took < Duration::from_secs(1), "{took:?}");
}

#[test]
fn the_first_publish_follows_the_desk_when_the_editor_answers_late() {
    let scene = Scene::new("[rules.vague-attribution]\nseverity = \"error\"\n");
    let root = uri(&scene.desk("")).trim_end_matches('/').to_string();
    let draft = uri(&scene.desk("draft.md"));
    let mut s = Raw::spawn();
    s.initialize(Some(&root));
    // The normal order in editors: the draft opens before the settings are answered.
    s.open_markdown(&draft, 1, DRAFT);
    let ask = s
        .wait(Duration::from_secs(10), |m| {
            m["method"] == "workspace/configuration"
        })
        .expect("asked for settings");
    std::thread::sleep(Duration::from_millis(400));
    s.send(json!({"jsonrpc": "2.0", "id": ask["id"], "result": [null]}));
    let first = s
        .wait(Duration::from_secs(20), |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == draft
        })
        .expect("diagnostics");
    let diags = first["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let vague: Vec<&Value> = diags
        .iter()
        .filter(|d| d["code"] == "vague-attribution")
        .collect();
    assert!(!vague.is_empty(), "{first}");
    assert!(
        vague.iter().all(|d| d["severity"] == 1),
        "the desk made vague-attribution an error, yet the first publish says otherwise: {first}"
    );
}

#[test]
fn an_unchanged_did_change_configuration_re_analyses_nothing() {
    let scene = Scene::new("");
    let mut c = start(&scene, json!({}), true);
    let draft = uri(&scene.desk("draft.md"));
    let settings =
        json!({"settings": {"sayswho": {"rules": {"first-reference": {"enabled": false}}}}});
    c.notify("workspace/didChangeConfiguration", settings.clone());
    wait_diags(&mut c, &draft, |d| {
        !codes(d).contains(&"first-reference".into())
    });
    // Let any publication still on its way arrive, then send the same settings again.
    while c
        .wait_for(Duration::from_millis(700), |m| {
            m["method"] == "textDocument/publishDiagnostics"
        })
        .is_some()
    {}
    c.notify("workspace/didChangeConfiguration", settings);
    let again = c.wait_for(Duration::from_millis(1500), |m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == draft
    });
    assert!(again.is_none(), "the same settings re-published: {again:?}");
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn a_changed_config_on_disk_applies_without_any_file_watch_notification() {
    let scene = Scene::new("");
    let mut c = start(&scene, json!({}), true);
    let draft = uri(&scene.desk("draft.md"));
    wait_diags(&mut c, &draft, |d| {
        codes(d).contains(&"vague-attribution".into())
    });
    std::fs::write(
        scene.desk("sayswho.toml"),
        "[rules.vague-attribution]\nseverity = \"error\"\n",
    )
    .expect("write");
    // Only an edit, as Neovim sends: no didChangeWatchedFiles.
    c.change(
        &draft,
        2,
        json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "#"}]),
    );
    wait_diags(&mut c, &draft, |d| {
        d.iter()
            .any(|x| x["code"] == "vague-attribution" && x["severity"] == 1)
    });
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn a_negative_edit_range_is_reported_to_the_writer() {
    let scene = Scene::new("");
    let mut c = start(&scene, json!({}), true);
    let draft = uri(&scene.desk("draft.md"));
    c.change(
        &draft,
        2,
        json!([{"range": {"start": {"line": 0, "character": -3}, "end": {"line": 0, "character": 1}}, "text": "x"}]),
    );
    let shown = c
        .wait(|m| m["method"] == "window/showMessage")
        .expect("the writer is told");
    assert!(
        shown["params"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("negative"),
        "{shown}"
    );
    assert_answering(&mut c, &draft);
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn no_folder_is_made_outside_the_workspace() {
    let scene = Scene::new("knowledge = [\"../made/by/desk.toml\"]\n");
    let beside = scene.dir.path().join("made");
    let mut c = start(&scene, json!({}), true);
    let draft = uri(&scene.desk("draft.md"));
    let r = add_to_knowledge(&mut c, &draft);
    assert!(r.get("error").is_some(), "{r}");
    assert_answering(&mut c, &draft);
    assert!(c.shutdown_and_exit().success());
    assert!(!beside.exists(), "{} was created", beside.display());

    // The same through the editor's settings: an absolute knowledge path and a config
    // path, both in folders that do not exist yet.
    let far = scene.dir.path().join("far");
    let options = json!({
        "knowledge": [far.join("kb/people.toml").display().to_string()],
        "config": far.join("cfg/sayswho.toml").display().to_string(),
    });
    let mut c = start(&scene, options, true);
    let r = add_to_knowledge(&mut c, &draft);
    assert!(r.get("error").is_some(), "{r}");
    let r = ignore_in_project(&mut c, &draft);
    assert!(r.get("error").is_some(), "{r}");
    assert_answering(&mut c, &draft);
    assert!(c.shutdown_and_exit().success());
    assert!(!far.exists(), "{} was created", far.display());
}

#[test]
fn an_editor_that_never_answers_still_gets_the_desks_diagnostics_and_answers() {
    let scene = Scene::new("[rules.vague-attribution]\nseverity = \"error\"\n");
    let root = uri(&scene.desk("")).trim_end_matches('/').to_string();
    let draft = uri(&scene.desk("draft.md"));
    let mut s = Raw::spawn();
    // Says it can answer workspace/configuration and register watches, then never does.
    s.initialize(Some(&root));
    s.open_markdown(&draft, 1, DRAFT);
    let started = Instant::now();
    let first = s
        .wait(Duration::from_secs(15), |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == draft
        })
        .expect("diagnostics despite the unanswered requests");
    let took = started.elapsed();
    eprintln!("first publish {took:?} after didOpen, with the editor silent");
    let diags = first["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        diags
            .iter()
            .any(|d| d["code"] == "vague-attribution" && d["severity"] == 1),
        "the desk's sayswho.toml was not honoured: {first}"
    );
    s.send(
        json!({"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": {
            "textDocument": {"uri": draft}, "position": {"line": 0, "character": 2}
        }}),
    );
    s.wait(Duration::from_secs(5), |m| {
        m["id"] == 7 && m.get("method").is_none()
    })
    .expect("hover answered");
    let (code, took) = s.shutdown_and_exit(8);
    assert_eq!(code, Some(0));
    assert!(took < Duration::from_secs(1), "{took:?}");
}

#[test]
fn exit_ends_the_process_while_a_long_analysis_is_pending() {
    // Long enough that its analysis is still running (in any build) when `exit` comes.
    let long: String = DRAFT.repeat(2000);
    let mut s = Raw::spawn();
    s.initialize(None);
    for (i, name) in ["one", "two", "three"].iter().enumerate() {
        s.open_markdown(&format!("file:///tmp/{name}.md"), i + 1, &long);
    }
    let (code, took) = s.shutdown_and_exit(2);
    assert_eq!(code, Some(0));
    assert!(took < Duration::from_secs(1), "{took:?}");
}

#[test]
fn settings_the_editor_answers_or_pushes_naming_files_outside_are_refused() {
    let scene = Scene::new("");
    let before = scene.outside_files();
    let root = uri(&scene.desk("")).trim_end_matches('/').to_string();
    let draft = uri(&scene.desk("draft.md"));
    let mut s = Raw::spawn();
    s.initialize(Some(&root));
    let ask = s
        .wait(Duration::from_secs(10), |m| {
            m["method"] == "workspace/configuration"
        })
        .expect("asked for settings");
    // The answer a hostile workspace's .vscode/settings.json would give.
    let theirs = json!({
        "knowledge": [scene.outside("people.toml").display().to_string()],
        "config": scene.outside("sayswho.toml").display().to_string(),
    });
    s.send(json!({"jsonrpc": "2.0", "id": ask["id"], "result": [theirs]}));
    s.open_markdown(&draft, 1, DRAFT);
    let is_draft_publish =
        |m: &Value| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == draft;
    let first = s
        .wait(Duration::from_secs(15), is_draft_publish)
        .expect("diagnostics");
    let d = first["params"]["diagnostics"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    // The outside config turns vague-attribution off and the outside knowledge base makes
    // Sue Essex a Finance Minister: neither may be in force.
    assert!(codes(&d).contains(&"vague-attribution".into()), "{d:?}");
    assert!(!codes(&d).contains(&"title-mismatch".into()), "{d:?}");

    // Pushed in didChangeConfiguration, relative this time.
    s.send(
        json!({"jsonrpc": "2.0", "method": "workspace/didChangeConfiguration", "params": {
            "settings": {"sayswho": {"knowledge": ["../outside/people.toml"]}}
        }}),
    );
    let told = s
        .wait(Duration::from_secs(10), |m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|t| t.contains("knowledge") && t.contains("outside"))
        })
        .expect("the refusal is logged, naming the setting");
    assert!(
        told["params"]["message"]
            .as_str()
            .unwrap_or("")
            .contains("people.toml"),
        "names the path: {told}"
    );
    s.send(
        json!({"jsonrpc": "2.0", "id": 9, "method": "workspace/executeCommand", "params": {
            "command": "sayswho.addToKnowledgeBase", "arguments": [
                {"uri": draft, "name": "Tom Baker", "kind": "person", "role": "local shopkeeper"}
            ]
        }}),
    );
    let r = s
        .wait(Duration::from_secs(10), |m| {
            m["id"] == 9 && m.get("method").is_none()
        })
        .expect("command answered");
    assert!(r.get("error").is_some(), "{r}");
    let later: Vec<Value> = s.rx.try_iter().filter(|m| is_draft_publish(m)).collect();
    for m in &later {
        let d = m["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(!codes(&d).contains(&"title-mismatch".into()), "{m}");
    }
    assert_eq!(scene.outside_files(), before);
    assert_eq!(s.shutdown_and_exit(10).0, Some(0));
}
