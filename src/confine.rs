//! Desk files are read and written only inside the desk's folder.
//!
//! A reporter opens repositories other people control. A `sayswho.toml` there may name
//! `../../.ssh/config` or `/etc/passwd` as a knowledge file, be a symlink to a file
//! elsewhere, or point at a FIFO or `/dev/zero`. Every path sayswho reads or writes for
//! the desk (settings, knowledge base, ignores) goes through this module: after following
//! symlinks it must lie inside the folder given (the workspace folder, or the folder that
//! holds the `sayswho.toml` in use), it must be a regular file, and it is read only up to
//! [`MAX_DESK_FILE`] bytes. Anything else is refused with a message that names the
//! setting and the path, and nothing is read or written.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// The largest desk file sayswho reads: a knowledge base of ten thousand people is
/// about 2 MB.
pub const MAX_DESK_FILE: u64 = 8 << 20;

/// Why a desk file was not read or written.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error(
        "`{setting}` names {}, which leads outside {} (sayswho reads and writes desk files only inside that folder)",
        path.display(),
        root.display()
    )]
    Outside {
        setting: String,
        path: PathBuf,
        root: PathBuf,
    },
    #[error("`{setting}` names {}, which is not a regular file", path.display())]
    NotRegular { setting: String, path: PathBuf },
    #[error("`{setting}` names {}, which is larger than {} bytes", path.display(), MAX_DESK_FILE)]
    TooLarge { setting: String, path: PathBuf },
    #[error("`{setting}` names {}, which is not UTF-8 text", path.display())]
    NotText { setting: String, path: PathBuf },
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Refusal {
    /// The path the refusal is about.
    pub fn path(&self) -> &Path {
        match self {
            Refusal::Outside { path, .. }
            | Refusal::NotRegular { path, .. }
            | Refusal::TooLarge { path, .. }
            | Refusal::NotText { path, .. }
            | Refusal::Io { path, .. } => path,
        }
    }

    /// Whether the file simply is not there (a file sayswho may create).
    pub fn is_not_found(&self) -> bool {
        matches!(self, Refusal::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }
}

/// `path` made absolute against the current directory, without touching the disk.
pub fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        return path.to_path_buf();
    }
    std::env::current_dir()
        .map(|d| d.join(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

/// The folder as the file system names it (symlinks followed), for comparisons.
fn canonical_root(root: &Path) -> Result<PathBuf, Refusal> {
    std::fs::canonicalize(root).map_err(|source| Refusal::Io {
        path: root.to_path_buf(),
        source,
    })
}

/// Where `path` really is, after following every symlink, if it lies inside `root`.
/// A file that does not exist is placed where it would be created: its nearest existing
/// folder resolved, the missing rest appended (which may not climb out with `..`).
pub fn resolve_inside(path: &Path, root: &Path, setting: &str) -> Result<PathBuf, Refusal> {
    let root = canonical_root(root)?;
    let path = absolute(path);
    let outside = |p: &Path| Refusal::Outside {
        setting: setting.to_string(),
        path: p.to_path_buf(),
        root: root.clone(),
    };
    let real = match std::fs::canonicalize(&path) {
        Ok(real) => real,
        Err(_) if std::fs::symlink_metadata(&path).is_ok() => {
            // A dangling symlink: writing through it would create its target, wherever
            // that is.
            return Err(Refusal::NotRegular {
                setting: setting.to_string(),
                path,
            });
        }
        Err(_) => {
            let mut existing = path.as_path();
            let mut rest = Vec::new();
            loop {
                let Some(parent) = existing.parent() else {
                    return Err(outside(&path));
                };
                rest.push(existing.file_name().map(PathBuf::from));
                existing = parent;
                if existing.exists() {
                    break;
                }
            }
            let mut real = std::fs::canonicalize(existing).map_err(|_| outside(&path))?;
            for part in rest.into_iter().rev() {
                // `file_name` is `None` for a trailing `..`: refuse rather than guess.
                let part = part.ok_or_else(|| outside(&path))?;
                if Path::new(&part)
                    .components()
                    .any(|c| !matches!(c, Component::Normal(_)))
                {
                    return Err(outside(&path));
                }
                real.push(part);
            }
            real
        }
    };
    if real.starts_with(&root) {
        Ok(real)
    } else {
        Err(outside(&path))
    }
}

/// Reads the desk file `path` (named by `setting`) if it resolves inside `root`, is a
/// regular file, holds at most `MAX_DESK_FILE` bytes and is UTF-8. Never blocks on a
/// FIFO or a device: its type is checked before it is opened.
pub fn read(path: &Path, root: &Path, setting: &str) -> Result<String, Refusal> {
    let real = resolve_inside(path, root, setting)?;
    let io = |source| Refusal::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(&real).map_err(io)?;
    if !meta.is_file() {
        return Err(Refusal::NotRegular {
            setting: setting.to_string(),
            path: path.to_path_buf(),
        });
    }
    if meta.len() > MAX_DESK_FILE {
        return Err(Refusal::TooLarge {
            setting: setting.to_string(),
            path: path.to_path_buf(),
        });
    }
    let file = std::fs::File::open(&real).map_err(io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may have grown since it was measured.
    file.take(MAX_DESK_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_DESK_FILE {
        return Err(Refusal::TooLarge {
            setting: setting.to_string(),
            path: path.to_path_buf(),
        });
    }
    let mut text = String::from_utf8(bytes).map_err(|_| Refusal::NotText {
        setting: setting.to_string(),
        path: path.to_path_buf(),
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// `read`, with a file that does not exist read as empty (one sayswho is about to start).
pub fn read_or_empty(path: &Path, root: &Path, setting: &str) -> Result<String, Refusal> {
    match read(path, root, setting) {
        Err(e) if e.is_not_found() => Ok(String::new()),
        other => other,
    }
}

/// Writes `text` to the desk file `path` if it resolves inside `root` (and is a regular
/// file when it exists), creating missing folders, all of them inside `root`.
pub fn write(path: &Path, root: &Path, setting: &str, text: &str) -> Result<PathBuf, Refusal> {
    let real = resolve_inside(path, root, setting)?;
    let io = |source| Refusal::Io {
        path: path.to_path_buf(),
        source,
    };
    match std::fs::metadata(&real) {
        Ok(meta) if !meta.is_file() => {
            return Err(Refusal::NotRegular {
                setting: setting.to_string(),
                path: path.to_path_buf(),
            })
        }
        _ => {}
    }
    if let Some(dir) = real.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    std::fs::write(&real, text).map_err(io)?;
    Ok(real)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Desk {
        _dir: tempfile::TempDir,
        root: PathBuf,
        outside: PathBuf,
    }

    fn desk() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("desk");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("people.toml"), "[[person]]\nname = \"X Y\"\n").unwrap();
        Desk {
            _dir: dir,
            root,
            outside,
        }
    }

    #[test]
    fn files_inside_are_read_and_a_bom_is_dropped() {
        let d = desk();
        std::fs::write(d.root.join("kb.toml"), "\u{feff}a = 1\n").unwrap();
        assert_eq!(
            read(&d.root.join("kb.toml"), &d.root, "knowledge").unwrap(),
            "a = 1\n"
        );
    }

    #[test]
    fn relative_and_absolute_escapes_are_refused_naming_the_setting() {
        let d = desk();
        for path in [
            d.root.join("../outside/people.toml"),
            d.outside.join("people.toml"),
            PathBuf::from("/etc/passwd"),
        ] {
            let e = read(&path, &d.root, "knowledge[0]").unwrap_err();
            assert!(matches!(e, Refusal::Outside { .. }), "{path:?}: {e}");
            assert!(e.to_string().contains("`knowledge[0]`"), "{e}");
            assert!(e.to_string().contains("outside"), "{e}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_out_of_the_folder_are_refused_for_reads_and_writes() {
        let d = desk();
        let link = d.root.join("kb.toml");
        std::os::unix::fs::symlink(d.outside.join("people.toml"), &link).unwrap();
        assert!(matches!(
            read(&link, &d.root, "knowledge[0]"),
            Err(Refusal::Outside { .. })
        ));
        assert!(write(&link, &d.root, "knowledge[0]", "x").is_err());
        let dangling = d.root.join("new.toml");
        std::os::unix::fs::symlink(d.outside.join("not-yet.toml"), &dangling).unwrap();
        assert!(write(&dangling, &d.root, "knowledge[0]", "x").is_err());
        assert!(!d.outside.join("not-yet.toml").exists());
        let dir_link = d.root.join("shared");
        std::os::unix::fs::symlink(&d.outside, &dir_link).unwrap();
        assert!(write(&dir_link.join("sub/kb.toml"), &d.root, "knowledge[0]", "x").is_err());
        assert!(!d.outside.join("sub").exists());
        assert_eq!(
            std::fs::read_to_string(d.outside.join("people.toml")).unwrap(),
            "[[person]]\nname = \"X Y\"\n"
        );
    }

    #[cfg(unix)]
    #[test]
    fn fifos_and_devices_are_refused_without_blocking() {
        let d = desk();
        let fifo = d.root.join("kb.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            assert!(matches!(
                read(&fifo, &d.root, "knowledge[0]"),
                Err(Refusal::NotRegular { .. })
            ));
        }
        assert!(matches!(
            read(Path::new("/dev/zero"), Path::new("/dev"), "knowledge[0]"),
            Err(Refusal::NotRegular { .. })
        ));
    }

    #[test]
    fn too_large_files_are_refused() {
        let d = desk();
        let big = d.root.join("big.toml");
        let f = std::fs::File::create(&big).unwrap();
        f.set_len(MAX_DESK_FILE + 1).unwrap();
        assert!(matches!(
            read(&big, &d.root, "knowledge[0]"),
            Err(Refusal::TooLarge { .. })
        ));
    }

    #[test]
    fn writes_create_folders_inside_only() {
        let d = desk();
        let real = write(
            &d.root.join("kb/new/people.toml"),
            &d.root,
            "knowledge",
            "x",
        )
        .unwrap();
        assert_eq!(std::fs::read_to_string(real).unwrap(), "x");
        assert!(write(
            &d.root.join("kb/../../outside/made/people.toml"),
            &d.root,
            "knowledge",
            "x"
        )
        .is_err());
        assert!(!d.outside.join("made").exists());
        assert_eq!(
            read_or_empty(&d.root.join("none.toml"), &d.root, "config").unwrap(),
            ""
        );
    }
}
