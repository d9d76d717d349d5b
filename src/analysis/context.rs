//! What the desk hands to an analysis besides the text: rule settings, the knowledge
//! base of verified people and organisations, and lexicon extensions. Plain data, so the
//! analysis stays pure; `config.rs` and `knowledge.rs` fill it from files.

use std::collections::HashMap;

use super::entities::EntityKind;
use super::report::Severity;
use super::rules::RuleCode;

/// Per-rule switches; a rule not listed runs at its default severity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RuleSettings {
    pub overrides: HashMap<RuleCode, RuleSetting>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleSetting {
    pub enabled: bool,
    pub severity: Option<Severity>,
}

impl RuleSettings {
    pub fn enabled(&self, code: RuleCode) -> bool {
        self.overrides.get(&code).is_none_or(|s| s.enabled)
    }

    pub fn severity(&self, code: RuleCode) -> Severity {
        self.overrides
            .get(&code)
            .and_then(|s| s.severity)
            .unwrap_or_else(|| code.default_severity())
    }
}

/// A person or organisation the desk has verified.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KnownEntity {
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: Option<EntityKind>,
    pub role: Option<String>,
    pub organization: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub note: Option<String>,
    pub source_url: Option<String>,
}

/// Words and phrases a desk adds to the built-in lexicons.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LexiconExtensions {
    pub reporting_verbs: Vec<String>,
    pub vague_sources: Vec<String>,
    pub titles: Vec<String>,
    pub organization_cues: Vec<String>,
    pub not_names: Vec<String>,
}

/// A finding silenced for the whole project, keyed by rule and the text it flagged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectIgnore {
    pub code: RuleCode,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    pub rules: RuleSettings,
    pub knowledge: Vec<KnownEntity>,
    pub lexicon: LexiconExtensions,
    pub ignores: Vec<ProjectIgnore>,
}
