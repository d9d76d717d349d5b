//! One entity under every name: short forms, acronyms, parties, the knowledge base, slips.

use super::*;

#[test]
fn two_kims_make_the_short_form_ambiguous() {
    let text = "Kim Hong-kyun met Kim Yo-jong in Seoul. Kim said the meeting went well.";
    let es = ents(text);
    let a = find(&es, "Kim Hong-kyun");
    let b = find(&es, "Kim Yo-jong");
    assert_eq!(a.mentions.len(), 1);
    assert_eq!(b.mentions.len(), 1);
    let at = text.rfind("Kim said").expect("short form");
    assert_eq!(ambiguous_at(&es, at).len(), 2);
    assert!(entity_at(&es, at).is_none());
}

#[test]
fn acronym_expansion_and_later_acronym() {
    let text = "The Welsh Local Government Association (WLGA) said cuts may come. After the announcement WLGA finance spokesman Bob Wellington said rises must be small. Mr Wellington added more.";
    let es = ents(text);
    let w = find(&es, "Welsh Local Government Association");
    assert_eq!(w.kind, EntityKind::Organization);
    assert_eq!(
        mention_texts(text, w),
        ["Welsh Local Government Association", "WLGA", "WLGA"]
    );
    let bob = find(&es, "Bob Wellington");
    assert_eq!(bob.role(), Some("WLGA finance spokesman"));
    assert_eq!(mention_texts(text, bob), ["Bob Wellington", "Wellington"]);
    assert_eq!(
        es.len(),
        2,
        "{:?}",
        es.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn company_short_names_and_initials_join() {
    let text = "British Airways blamed fuel prices. BA chairman Martin Broughton agreed. Fox Broadcasting, owned by News Corp Ltd, debuts. Fox's shows start Sunday. Analysts at CBS Inc doubt it; CBS declined to comment.";
    let es = ents(text);
    assert_eq!(
        mention_texts(text, find(&es, "British Airways")),
        ["British Airways", "BA"]
    );
    assert_eq!(
        mention_texts(text, find(&es, "Fox Broadcasting")),
        ["Fox Broadcasting", "Fox"]
    );
    assert_eq!(
        mention_texts(text, find(&es, "CBS Inc")),
        ["CBS Inc", "CBS"]
    );
    assert_eq!(find(&es, "Martin Broughton").role(), Some("BA chairman"));
}

#[test]
fn knowledge_base_is_a_gazetteer() {
    use crate::analysis::context::KnownEntity;
    let ctx = Context {
        knowledge: vec![KnownEntity {
            name: "Acme Widgets".into(),
            kind: Some(EntityKind::Organization),
            aliases: vec!["Acme".into()],
            ..Default::default()
        }],
        ..Default::default()
    };
    let text = "Shares in Acme Widgets rose. Acme said demand was strong.";
    let es = recognize(&segment(text, Format::PlainText), &ctx);
    let acme = find(&es, "Acme Widgets");
    assert_eq!(acme.knowledge, Some(0));
    assert_eq!(mention_texts(text, acme), ["Acme Widgets", "Acme"]);
}

#[test]
fn a_place_like_a_surname_is_not_a_misspelling() {
    let text = "Flooding in Lewes continued. Tony Lewis, a local councillor, warned residents. Lewis said the defences held. Later the river fell in Lewes again.";
    let es = ents(text);
    let t = find(&es, "Tony Lewis");
    assert!(t.variants.is_empty(), "{:?}", t.variants);
    assert_eq!(mention_texts(text, t), ["Tony Lewis", "Lewis"]);
}

#[test]
fn double_surname_and_family_name_first_references_join_the_person() {
    let text = "Trade Minister Lucia Moreno Vidal met her Chinese counterpart, Zhang Weiming, in Lima. Zhang said the talks were useful. Moreno Vidal agreed, and Ms Moreno Vidal later left.";
    let es = ents(text);
    assert_eq!(find(&es, "Lucia Moreno Vidal").mentions.len(), 3);
    assert_eq!(find(&es, "Zhang Weiming").mentions.len(), 2);
    assert!(!es.iter().any(|e| e.name == "Moreno Vidal"));
}

#[test]
fn organisation_names_joined_by_and_and_chamber_heads() {
    let text = "The work was funded by the Natural and Physical Research Council and the Norfolk Chamber of Commerce, which represents 900 firms. The Food and Drug Administration agreed.";
    let es = ents(text);
    for n in [
        "Natural and Physical Research Council",
        "Norfolk Chamber of Commerce",
        "Food and Drug Administration",
    ] {
        assert_eq!(find(&es, n).kind, EntityKind::Organization);
    }
    assert!(!es.iter().any(|e| e.name == "Norfolk Chamber"));
}

#[test]
fn one_party_under_all_its_names() {
    let text = "The Liberal Democrats said so. The Lib Dems later agreed, and Lib Dem voters cheered. The Tories disagreed. Tory MPs and Conservative councillors said the Conservatives would win.";
    let es = ents(text);
    let orgs: Vec<&str> = es
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(orgs.len(), 2, "{orgs:?}");
    assert_eq!(find(&es, "Liberal Democrats").mentions.len(), 3);
    assert_eq!(find(&es, "Tories").mentions.len(), 4);
}

#[test]
fn shorter_forms_of_a_long_name_join_it() {
    let text = "Camilla Parker-Bowles spoke. Later Mrs Parker-Bowles left. Ms Anna Lee Fisher and Lee Fisher met. The Afghan Taliban said it would talk; the Taliban did not.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Camilla Parker-Bowles").mentions.len(),
        2,
        "{:?}",
        names(&es)
    );
    assert_eq!(
        find(&es, "Anna Lee Fisher").mentions.len(),
        2,
        "{:?}",
        names(&es)
    );
    assert!(!names(&es).contains(&"Lee Fisher"));
    assert_eq!(
        find(&es, "Afghan Taliban").mentions.len(),
        2,
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_misspelt_surname_is_caught_without_a_speech_verb() {
    let text = "Marta Kowalski opened the meeting. The plan Kowalksi backed was dropped.";
    let es = ents(text);
    let m = find(&es, "Marta Kowalski");
    assert_eq!(m.variants.len(), 1, "{:?}", m.variants);
    assert_eq!(m.variants[0].written, "Kowalksi");
    // Near misses: a word the draft used before the person came in, or one after a place
    // preposition, is its own name.
    let text = "Trade in Kowalsky fell. Marta Kowalski opened the meeting. The plan Kowalsky backed was dropped. Prices rose at Kowalska.";
    let es = ents(text);
    assert!(find(&es, "Marta Kowalski").variants.is_empty());
}

#[test]
fn a_knights_and_a_peers_style_belong_to_the_name() {
    let text = "The ruling was welcomed by Lord Pellow, the attorney general. Sir Alan Fergus disagreed. Lord Pellow said it was final, and Sir Alan left.";
    let es = ents(text);
    let peer = find(&es, "Lord Pellow");
    assert!(peer.mentions.iter().all(|m| m.form == MentionForm::Full));
    assert_eq!(mention_texts(text, peer), ["Pellow", "Pellow"]);
    assert_eq!(find(&es, "Sir Alan Fergus").kind, EntityKind::Person);
}

#[test]
fn a_knights_style_and_given_name_join_the_knight() {
    let text = "The club thanked Sir Alan Fergus for his years in charge. Sir Alan said he would stay on the board.";
    let es = ents(text);
    assert_eq!(find(&es, "Sir Alan Fergus").mentions.len(), 2);
    assert!(!es.iter().any(|e| e.name == "Alan"));
}

#[test]
fn two_knights_of_one_given_name_keep_the_short_form_apart() {
    let text = "Sir Alan Fergus met Sir Alan Brodie at the dinner. Sir Alan spoke first.";
    let es = ents(text);
    assert_eq!(find(&es, "Sir Alan Fergus").mentions.len(), 1);
    assert_eq!(find(&es, "Sir Alan Brodie").mentions.len(), 1);
}

#[test]
fn a_full_name_slip_is_found_among_people_sharing_a_given_name() {
    // Looked up by the given name and the surname's first letter and length: every
    // distance `near_miss` accepts is still within reach.
    for (slip, found) in [
        ("Anna Wojciechowsky", true),  // one letter added
        ("Anna Wojciechows", true),    // two letters missing
        ("Anna Wojciech", false),      // five missing: a different name
        ("Anna Vojciechowski", false), // another first letter
    ] {
        let text = format!(
            "Anna Lindqvist spoke first. Anna Wojciechowski spoke next. Anna Dunmore agreed. \
             Later {slip} said the vote was close."
        );
        let es = ents(&text);
        let w = find(&es, "Anna Wojciechowski");
        let written: Vec<&str> = w.variants.iter().map(|v| v.written.as_str()).collect();
        assert_eq!(written.contains(&slip), found, "{slip}: {written:?}");
    }
}

#[test]
fn no_party_from_a_lower_case_portfolio_or_a_plain_title() {
    // "labour" is the portfolio here, not the party; "Shadow Chancellor" names no party.
    let text = "The labour minister Anna Berg visited the port. Shadow Chancellor Ian Pole left.";
    let es = ents(text);
    assert!(
        !es.iter().any(|e| e.kind == EntityKind::Organization),
        "{:?}",
        es.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_company_named_after_its_founder_is_one_entity_with_its_surname() {
    let text = "Harold Brinkley Co. said profits rose. Brinkley shares fell later, analysts said.";
    let es = ents(text);
    let co = find(&es, "Harold Brinkley Co");
    assert_eq!(co.kind, EntityKind::Organization);
    assert_eq!(mention_texts(text, co), ["Harold Brinkley Co", "Brinkley"]);
    assert!(!es.iter().any(|e| e.name == "Brinkley"));
}
