//! Hover, outline, references, definition, highlights and rename over stdio on the seed
//! draft, at exact positions, for UTF-16 and UTF-8 clients; and on a variant with Hangul
//! and emoji before the names on their lines, where the two encodings' columns differ.

mod common;

use common::{apply_edits, workspace_edits, Client};
use serde_json::{json, Value};

const URI: &str = "file:///drafts/troops.md";

fn drafts() -> Vec<String> {
    let text = common::fixture("troops.md");
    let variant = common::with_hangul_and_emoji(&text);
    vec![text, variant]
}

/// Byte offset of the `nth` occurrence of `needle`.
fn at(text: &str, needle: &str, nth: usize) -> usize {
    text.match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the draft"))
}

fn open(offered: Option<&[&str]>, text: &str) -> Client {
    let (mut c, _) = Client::start(offered);
    c.open(URI, "markdown", 1, text);
    let _ = c.diagnostics(URI, 1);
    c
}

fn tdp(c: &Client, text: &str, offset: usize) -> Value {
    json!({"textDocument": {"uri": URI}, "position": c.pos(text, offset)})
}

/// Runs `check` for each draft, for a UTF-16 and a UTF-8 client.
fn each_client(check: impl Fn(&mut Client, &str)) {
    for text in drafts() {
        for offered in [None, Some(&["utf-8"][..])] {
            let mut c = open(offered, &text);
            check(&mut c, &text);
            assert!(c.shutdown_and_exit().success());
        }
    }
}

#[test]
fn hover_on_a_short_mention_says_who_it_is() {
    each_client(|c, text| {
        let kim = at(text, "Kim stated", 0);
        let h = c.call("textDocument/hover", tdp(c, text, kim + 1));
        assert_eq!(h["range"], c.range(text, kim, kim + "Kim".len()));
        assert_eq!(h["contents"]["kind"], "markdown");
        let md = h["contents"]["value"].as_str().unwrap_or_default();
        assert!(md.starts_with("**Kim Hong-kyun** · person"), "{md}");
        assert!(md.contains("South Korea’s Vice Foreign Minister"), "{md}");
        assert!(md.contains("Mentioned 2 times"), "{md}");
        let intro_line = common::position(text, at(text, "Kim Hong-kyun", 0), c.encoding).0 + 1;
        assert!(
            md.contains(&format!(
                "introduced on line {intro_line} as “Kim Hong-kyun”"
            )),
            "{md}"
        );
    });
}

#[test]
fn hover_before_a_curly_possessive() {
    each_client(|c, text| {
        let yoon = at(text, "Yoon’s office", 0);
        let h = c.call("textDocument/hover", tdp(c, text, yoon + 2));
        let md = h["contents"]["value"].as_str().unwrap_or_default();
        assert!(md.starts_with("**Yoon Suk Yeol** · person"), "{md}");
        assert!(md.contains("South Korean President"), "{md}");
        // Nothing to say between names.
        let plain = at(text, "reassured reporters", 0);
        let none = c.call("textDocument/hover", tdp(c, text, plain));
        assert_eq!(none, Value::Null);
    });
}

#[test]
fn outline_lists_people_and_organisations_with_roles() {
    each_client(|c, text| {
        let symbols = c.call(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": URI}}),
        );
        let groups = symbols.as_array().cloned().unwrap_or_default();
        let names: Vec<&str> = groups.iter().filter_map(|g| g["name"].as_str()).collect();
        assert_eq!(names, ["People", "Organisations"]);
        let people = groups[0]["children"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let kim = people
            .iter()
            .find(|s| s["name"] == "Kim Hong-kyun")
            .cloned()
            .unwrap_or_default();
        let start = at(text, "Kim Hong-kyun", 0);
        assert_eq!(
            kim["range"],
            c.range(text, start, start + "Kim Hong-kyun".len())
        );
        assert_eq!(kim["selectionRange"], kim["range"]);
        assert!(kim["detail"]
            .as_str()
            .is_some_and(|d| d.contains("South Korea’s Vice Foreign Minister")));
        let orgs = groups[1]["children"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(orgs.iter().any(|s| s["name"] == "NATO"), "{orgs:?}");
        // Members are in order of introduction.
        let starts: Vec<Value> = people.iter().map(|s| s["range"]["start"].clone()).collect();
        let mut sorted = starts.clone();
        sorted.sort_by_key(|p| (p["line"].as_u64(), p["character"].as_u64()));
        assert_eq!(starts, sorted);
    });
}

#[test]
fn references_highlights_and_definition() {
    each_client(|c, text| {
        let intro = at(text, "Mark Rutte", 0);
        let short = at(text, "with Rutte", 0) + "with ".len();
        let full_range = c.range(text, intro, intro + "Mark Rutte".len());
        let short_range = c.range(text, short, short + "Rutte".len());

        let mut params = tdp(c, text, short + 2);
        params["context"] = json!({"includeDeclaration": true});
        let refs = c.call("textDocument/references", params.clone());
        let ranges: Vec<Value> = refs
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|l| {
                assert_eq!(l["uri"], URI);
                l["range"].clone()
            })
            .collect();
        assert_eq!(ranges, [full_range.clone(), short_range.clone()]);

        params["context"] = json!({"includeDeclaration": false});
        let refs = c.call("textDocument/references", params);
        assert_eq!(refs[0]["range"], short_range);
        assert_eq!(refs.as_array().map(Vec::len), Some(1));

        let def = c.call("textDocument/definition", tdp(c, text, short));
        assert_eq!(def["uri"], URI);
        assert_eq!(def["range"], full_range);

        let hl = c.call("textDocument/documentHighlight", tdp(c, text, intro));
        let hl: Vec<Value> = hl
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|h| h["range"].clone())
            .collect();
        assert_eq!(hl, [full_range, short_range]);

        // Off any name: no references, no definition.
        let off = at(text, "reassured", 0);
        assert_eq!(
            c.call("textDocument/definition", tdp(c, text, off)),
            Value::Null
        );
    });
}

#[test]
fn rename_a_surname_everywhere() {
    each_client(|c, text| {
        let kim = at(text, "Kim stated", 0);
        let prep = c.call("textDocument/prepareRename", tdp(c, text, kim + 1));
        assert_eq!(prep["range"], c.range(text, kim, kim + 3));
        assert_eq!(prep["placeholder"], "Kim");

        let mut params = tdp(c, text, kim + 1);
        params["newName"] = json!("Gim");
        let edit = c.call("textDocument/rename", params);
        assert_eq!(edit["documentChanges"][0]["textDocument"]["version"], 1);
        let renamed = apply_edits(text, &workspace_edits(&edit, URI), c.encoding);
        assert_eq!(
            renamed,
            text.replace("Kim Hong-kyun", "Gim Hong-kyun")
                .replace("Kim stated", "Gim stated")
        );
    });
}

#[test]
fn rename_keeps_the_curly_possessive() {
    each_client(|c, text| {
        let full = at(text, "Yoon Suk Yeol", 0);
        let mut params = tdp(c, text, full);
        params["newName"] = json!("Yun Suk Yeol");
        let edit = c.call("textDocument/rename", params);
        let renamed = apply_edits(text, &workspace_edits(&edit, URI), c.encoding);
        assert_eq!(renamed, text.replace("Yoon", "Yun"));
        assert!(renamed.contains("as reported by Yun’s office"));
    });
}

#[test]
fn hover_on_a_figure_gives_value_source_and_the_other_value() {
    each_client(|c, text| {
        let n = at(text, "1,500", 0);
        let h = c.call("textDocument/hover", tdp(c, text, n + 1));
        let md = h["contents"]["value"].as_str().unwrap_or_default();
        let first = md.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("**≈ 1,500** North Korean soldiers"),
            "{md}"
        );
        assert!(
            first.ends_with("— source: South Korea’s intelligence agency"),
            "{md}"
        );
        let other_line = common::position(text, at(text, "12,000", 0), c.encoding).0 + 1;
        assert!(
            md.contains(&format!(
                "- up to 12,000 (line {other_line}) — disagrees; source: Some South Korean media outlets"
            )),
            "{md}"
        );
        // The hover covers the figure, which contains the number.
        let start = common::offset_of(text, &h["range"]["start"], c.encoding);
        let end = common::offset_of(text, &h["range"]["end"], c.encoding);
        assert!(
            start <= n && n + "1,500".len() <= end,
            "{}",
            &text[start..end]
        );
    });
}

#[test]
fn hover_on_an_ambiguous_short_form_names_both_people() {
    let text = "Vice Foreign Minister Kim Hong-kyun met North Korean leader Kim Jong Un in Seoul.\n\n“We talked,” Kim said.\n";
    let mut c = open(None, text);
    let kim = at(text, "Kim said", 0);
    let h = c.call("textDocument/hover", tdp(&c, text, kim + 1));
    let md = h["contents"]["value"].as_str().unwrap_or_default();
    assert!(md.starts_with("“Kim” is ambiguous"), "{md}");
    assert!(
        md.contains("**Kim Hong-kyun** (Vice Foreign Minister)"),
        "{md}"
    );
    assert!(md.contains("**Kim Jong Un** (North Korean leader)"), "{md}");
    assert_eq!(h["range"], c.range(text, kim, kim + 3));
    // An ambiguous short form joins no one: nothing to rename or find from it.
    let mut params = tdp(&c, text, kim + 1);
    params["context"] = json!({"includeDeclaration": true});
    assert_eq!(c.call("textDocument/references", params), Value::Null);
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn rename_keeps_honorifics_and_curly_possessives_around_the_name() {
    let text = "Russian ambassador Georgiy Zinoviev spoke.\n\nMr Zinoviev said Mr Zinoviev’s staff agreed.\n";
    for offered in [None, Some(&["utf-8"][..])] {
        let mut c = open(offered, text);
        let short = at(text, "Mr Zinoviev’s", 0) + "Mr ".len();
        let prep = c.call("textDocument/prepareRename", tdp(&c, text, short + 1));
        assert_eq!(
            prep["range"],
            c.range(text, short, short + "Zinoviev".len())
        );
        let mut params = tdp(&c, text, short + 1);
        params["newName"] = json!("Zinovyev");
        let edit = c.call("textDocument/rename", params);
        let renamed = apply_edits(text, &workspace_edits(&edit, URI), c.encoding);
        assert_eq!(renamed, text.replace("Zinoviev", "Zinovyev"));
        assert!(c.shutdown_and_exit().success());
    }
}

#[test]
fn rename_to_nothing_is_refused_with_a_reason() {
    let text = common::fixture("troops.md");
    let mut c = open(None, &text);
    for bad in ["", "   ", "Kim\nLee"] {
        let mut params = tdp(&c, &text, at(&text, "Kim stated", 0));
        params["newName"] = json!(bad);
        let r = c.request("textDocument/rename", params);
        assert_eq!(r["error"]["code"], -32602, "{bad:?}: {r}");
    }
    assert!(c.shutdown_and_exit().success());
}

#[test]
fn hover_on_a_source_lists_the_figures_it_gives() {
    let text = "The Office for National Statistics said 1,200 jobs were lost in Wales last year.\n\nThe Office for National Statistics said it would publish more.\n";
    let mut c = open(Some(&["utf-8"]), text);
    let h = c.call("textDocument/hover", tdp(&c, text, at(text, "National", 1)));
    let md = h["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        md.starts_with("**Office for National Statistics** · organisation"),
        "{md}"
    );
    assert!(md.contains("Mentioned 2 times"), "{md}");
    assert!(
        md.contains("**Source for** (1):\n- the figure 1,200 jobs (line 1)"),
        "{md}"
    );
    assert!(c.shutdown_and_exit().success());
}
