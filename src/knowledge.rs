//! The desk's knowledge base of verified people and organisations: one or more TOML files
//! named by `knowledge = [...]` in `sayswho.toml`.
//!
//! ```toml
//! [[person]]
//! name = "Dmitry Peskov"
//! aliases = ["Peskov"]
//! role = "Kremlin spokesperson"
//! organization = "Kremlin"
//! since = 2012-05-22            # a TOML date, or a string such as "2012"
//! note = "Putin's press secretary"
//! source = "https://example.org/kremlin/staff"
//!
//! [[organization]]
//! name = "National Intelligence Service"
//! aliases = ["NIS"]
//! ```
//!
//! The table name gives the kind. Only `name` is required.

use std::path::Path;

use serde::Deserialize;

use crate::analysis::context::KnownEntity;
use crate::analysis::entities::EntityKind;
use crate::config::{dotted, key_path, toml_problem, toml_span, ConfigError, KeyPath, Problem};

/// What one knowledge-base file held.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub entities: Vec<KnownEntity>,
    pub warnings: Vec<Problem>,
}

#[derive(Debug, Default, Deserialize)]
struct RawFile {
    #[serde(default)]
    person: Vec<RawEntry>,
    #[serde(default)]
    organization: Vec<RawEntry>,
}

#[derive(Debug, Deserialize)]
struct RawEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    role: Option<String>,
    organization: Option<String>,
    since: Option<DateLike>,
    until: Option<DateLike>,
    note: Option<String>,
    #[serde(alias = "source-url", alias = "url")]
    source: Option<String>,
}

/// A date as a TOML date (`2024-09-05`), a year (`2024`) or free text (`"September 2024"`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum DateLike {
    Date(toml::value::Datetime),
    Year(i64),
    Text(String),
}

impl DateLike {
    fn into_string(self) -> String {
        match self {
            DateLike::Date(d) => d.to_string(),
            DateLike::Year(y) => y.to_string(),
            DateLike::Text(t) => t,
        }
    }
}

/// Reads one knowledge-base file.
pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(path, &text)
}

/// Parses `text` as the knowledge-base file at `path`.
pub fn parse(path: &Path, text: &str) -> Result<Loaded, ConfigError> {
    let mut unknown = Vec::new();
    let raw: RawFile = toml::Deserializer::parse(text)
        .and_then(|de| serde_ignored::deserialize(de, |p| unknown.push(key_path(&p))))
        .map_err(|e| ConfigError::Invalid(toml_problem(path, text, &e)))?;
    let mut loaded = Loaded::default();
    for key in unknown {
        loaded.warnings.push(Problem::at(
            path,
            text,
            toml_span(text, &key),
            format!("unknown key `{}` (ignored)", dotted(&key)),
        ));
    }
    let tables = [
        ("person", EntityKind::Person, raw.person),
        ("organization", EntityKind::Organization, raw.organization),
    ];
    for (table, kind, entries) in tables {
        for (i, e) in entries.into_iter().enumerate() {
            if e.name.trim().is_empty() {
                let at = [
                    KeyPath::Key(table.into()),
                    KeyPath::Index(i),
                    KeyPath::Key("name".into()),
                ];
                return Err(ConfigError::Invalid(Problem::at(
                    path,
                    text,
                    toml_span(text, &at),
                    format!("{table} entry has an empty name"),
                )));
            }
            loaded.entities.push(KnownEntity {
                name: e.name.trim().to_string(),
                aliases: e.aliases,
                kind: Some(kind),
                role: e.role,
                organization: e.organization,
                since: e.since.map(DateLike::into_string),
                until: e.until.map(DateLike::into_string),
                note: e.note,
                source_url: e.source,
            });
        }
    }
    Ok(loaded)
}

/// Why an edit to a desk file could not be made.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("the file does not parse as TOML: {0}")]
    Parse(#[from] toml_edit::TomlError),
    #[error("`{0}` in the file is not an array of tables")]
    Shape(&'static str),
}

/// `text` (a knowledge-base file, possibly empty) with `entry` appended as a new
/// `[[person]]` or `[[organization]]` table. Comments and formatting of the rest of the
/// file are kept as they were.
pub fn append_entry(text: &str, entry: &KnownEntity) -> Result<String, EditError> {
    let mut doc: toml_edit::DocumentMut = text.parse()?;
    let key = match entry.kind {
        Some(EntityKind::Organization) => "organization",
        _ => "person",
    };
    let mut table = toml_edit::Table::new();
    table.insert("name", toml_edit::value(entry.name.as_str()));
    if !entry.aliases.is_empty() {
        let aliases: toml_edit::Array = entry.aliases.iter().map(String::as_str).collect();
        table.insert("aliases", toml_edit::value(aliases));
    }
    let optional = [
        ("role", &entry.role),
        ("organization", &entry.organization),
        ("since", &entry.since),
        ("until", &entry.until),
        ("note", &entry.note),
        ("source", &entry.source_url),
    ];
    for (k, v) in optional {
        if let Some(v) = v {
            table.insert(k, toml_edit::value(v.as_str()));
        }
    }
    // After every table already there, so the entry lands at the end of the file.
    table.set_position(Some(isize::MAX));
    let array = doc
        .entry(key)
        .or_insert_with(|| toml_edit::Item::ArrayOfTables(toml_edit::ArrayOfTables::new()))
        .as_array_of_tables_mut()
        .ok_or(EditError::Shape(key))?;
    array.push(table);
    let mut out = doc.to_string();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KB: &str = r#"# Verified by the standards desk.
[[person]]
name = "Dmitry Peskov"
aliases = ["Peskov"]
role = "Kremlin spokesperson"
organization = "Kremlin"
since = 2012-05-22
note = "Putin's press secretary"
source = "https://example.org/kremlin"

[[organization]]
name = "National Intelligence Service"
aliases = ["NIS"]
since = 1999
"#;

    #[test]
    fn people_and_organisations_load_with_their_kind() {
        let loaded = parse(Path::new("kb.toml"), KB).unwrap();
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let [peskov, nis] = loaded.entities.as_slice() else {
            panic!("{:?}", loaded.entities)
        };
        assert_eq!(peskov.kind, Some(EntityKind::Person));
        assert_eq!(peskov.role.as_deref(), Some("Kremlin spokesperson"));
        assert_eq!(peskov.since.as_deref(), Some("2012-05-22"));
        assert_eq!(
            peskov.source_url.as_deref(),
            Some("https://example.org/kremlin")
        );
        assert_eq!(nis.kind, Some(EntityKind::Organization));
        assert_eq!(nis.aliases, ["NIS"]);
        assert_eq!(nis.since.as_deref(), Some("1999"));
    }

    #[test]
    fn a_missing_name_is_an_error_at_its_table() {
        let err = parse(
            Path::new("kb.toml"),
            "[[person]]\nname = \"A B\"\n\n[[person]]\nrole = \"minister\"\n",
        )
        .unwrap_err();
        let p = err.problem().unwrap();
        assert!(p.message.contains("name"), "{p}");
        assert!((4..=5).contains(&p.line), "{p}");
    }

    #[test]
    fn unknown_keys_warn_with_line() {
        let loaded = parse(
            Path::new("kb.toml"),
            "[[person]]\nname = \"A B\"\nbirthday = \"May\"\n",
        )
        .unwrap();
        assert_eq!(loaded.entities.len(), 1);
        assert_eq!(loaded.warnings.len(), 1);
        assert_eq!(loaded.warnings[0].line, 3);
        assert!(loaded.warnings[0].message.contains("person[0].birthday"));
    }

    #[test]
    fn appending_keeps_comments_and_loads_back() {
        let entry = KnownEntity {
            name: "Kim Jong Un".into(),
            kind: Some(EntityKind::Person),
            role: Some("North Korean leader".into()),
            note: Some("He said \"yes\"".into()),
            ..KnownEntity::default()
        };
        let out = append_entry(KB, &entry).unwrap();
        assert!(out.starts_with(KB), "existing text kept verbatim:\n{out}");
        let loaded = parse(Path::new("kb.toml"), &out).unwrap();
        assert_eq!(loaded.entities.len(), 3);
        let kim = loaded
            .entities
            .iter()
            .find(|e| e.name == "Kim Jong Un")
            .unwrap();
        assert_eq!(kim.role.as_deref(), Some("North Korean leader"));
        assert_eq!(kim.note.as_deref(), Some("He said \"yes\""));
    }

    #[test]
    fn appending_to_an_empty_file_makes_a_loadable_file() {
        let entry = KnownEntity {
            name: "Ofcom".into(),
            kind: Some(EntityKind::Organization),
            ..KnownEntity::default()
        };
        let out = append_entry("", &entry).unwrap();
        let loaded = parse(Path::new("kb.toml"), &out).unwrap();
        assert_eq!(loaded.entities[0].name, "Ofcom");
        assert_eq!(loaded.entities[0].kind, Some(EntityKind::Organization));
    }

    #[test]
    fn appending_refuses_a_broken_file() {
        assert!(append_entry("[[person]\nname=", &KnownEntity::default()).is_err());
    }
}
