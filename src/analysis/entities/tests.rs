use super::*;
use crate::analysis::markup::Format;
use crate::analysis::segment::segment;

fn ents(text: &str) -> Vec<Entity> {
    recognize(&segment(text, Format::PlainText), &Context::default())
}

fn find<'a>(es: &'a [Entity], name: &str) -> &'a Entity {
    es.iter().find(|e| e.name == name).unwrap_or_else(|| {
        panic!(
            "no {name} in {:?}",
            es.iter().map(|e| &e.name).collect::<Vec<_>>()
        )
    })
}

#[test]
fn title_role_and_surname_alias() {
    let text = "Later, Kremlin spokesperson Dmitry Peskov said the talks went well. Peskov left.";
    let es = ents(text);
    let p = find(&es, "Dmitry Peskov");
    assert_eq!(p.kind, EntityKind::Person);
    assert_eq!(p.role(), Some("Kremlin spokesperson"));
    assert_eq!(p.mentions.len(), 2);
    assert_eq!(find(&es, "Kremlin").kind, EntityKind::Organization);
    assert!(!es.iter().any(|e| e.name == "Later"));
}

fn mention_texts<'a>(text: &'a str, e: &Entity) -> Vec<&'a str> {
    e.mentions.iter().map(|m| m.span.slice(text)).collect()
}

#[test]
fn names_with_inner_parts() {
    let text = "European Commission President Ursula von der Leyen met Crown Prince Mohammed bin Salman and Jean-Claude Juncker. Senator Mary O'Brien said the talks were useful. Von der Leyen left early.";
    let es = ents(text);
    let u = find(&es, "Ursula von der Leyen");
    assert_eq!(u.kind, EntityKind::Person);
    assert_eq!(u.role(), Some("European Commission President"));
    assert_eq!(find(&es, "Mohammed bin Salman").kind, EntityKind::Person);
    assert_eq!(find(&es, "Jean-Claude Juncker").kind, EntityKind::Person);
    assert_eq!(find(&es, "Mary O'Brien").role(), Some("Senator"));
    assert_eq!(
        find(&es, "European Commission").kind,
        EntityKind::Organization
    );
}

#[test]
fn korean_names_family_first_and_possessive() {
    let text = "South Korea’s Vice Foreign Minister Kim Hong-kyun met envoys. South Korean President Yoon Suk Yeol spoke later. “This is grave,” Kim said, as reported by Yoon’s office.";
    let es = ents(text);
    let kim = find(&es, "Kim Hong-kyun");
    assert_eq!(kim.role(), Some("South Korea’s Vice Foreign Minister"));
    assert_eq!(mention_texts(text, kim), ["Kim Hong-kyun", "Kim"]);
    let yoon = find(&es, "Yoon Suk Yeol");
    assert_eq!(yoon.role(), Some("South Korean President"));
    // The possessive stays outside the mention, so a rename keeps it.
    assert_eq!(mention_texts(text, yoon), ["Yoon Suk Yeol", "Yoon"]);
    assert!(!es.iter().any(|e| e.name.contains("Korea")));
}

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
fn sentence_initial_words_places_and_nationalities_are_not_names() {
    let text = "Following the vote, Defense analysts said Moscow and Pyongyang agreed. Later, North Korean troops arrived in Seoul. Other experts doubt it.";
    let es = ents(text);
    assert!(
        es.is_empty(),
        "{:?}",
        es.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn institutions_and_news_organisations() {
    let text = "The Kremlin said nothing, but Downing Street and the Treasury briefed the BBC, according to Russian state news agency Tass.";
    let es = ents(text);
    for name in ["Kremlin", "Downing Street", "Treasury", "BBC", "Tass"] {
        assert_eq!(find(&es, name).kind, EntityKind::Organization, "{name}");
    }
    assert_eq!(find(&es, "Tass").role(), Some("Russian state news agency"));
}

#[test]
fn appositive_who_is_and_from_roles() {
    let text = "Valeriy Ryabykh, editor of the Ukrainian publication Defence Express, doubted it. Moon Seong-mok from the Korea National Strategy Institute agreed. Jane Doe, who is a senior lecturer at Leeds, disagreed.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Valeriy Ryabykh").role(),
        Some("editor of the Ukrainian publication Defence Express")
    );
    assert_eq!(
        find(&es, "Moon Seong-mok").role(),
        Some("from the Korea National Strategy Institute")
    );
    assert_eq!(
        find(&es, "Jane Doe").role(),
        Some("a senior lecturer at Leeds")
    );
    assert_eq!(find(&es, "Defence Express").kind, EntityKind::Organization);
    assert_eq!(
        find(&es, "Korea National Strategy Institute").kind,
        EntityKind::Organization
    );
}

#[test]
fn every_distinct_role_in_order() {
    let text = "Finance Minister Sue Essex said it was fair. Sue Essex, the assembly's budget minister, added more. Ms Essex left.";
    let es = ents(text);
    let sue = find(&es, "Sue Essex");
    let roles: Vec<_> = sue.roles.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        roles,
        ["Finance Minister", "the assembly's budget minister"]
    );
    assert_eq!(sue.mentions.len(), 3);
}

#[test]
fn bylines_are_people() {
    let text =
        "This report includes contributions from Sangmi Han, Jake Kwon, and Hosu Lee in Seoul.";
    let es = ents(text);
    for name in ["Sangmi Han", "Jake Kwon", "Hosu Lee"] {
        assert_eq!(find(&es, name).kind, EntityKind::Person, "{name}");
    }
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
fn no_panic_on_odd_input() {
    for text in [
        "",
        "Mr",
        "Mr.",
        "“",
        "A B C D E F G H I J",
        "(WLGA)",
        "Kim’s",
        "al-",
        "— Mr —",
        "’s",
    ] {
        let _ = ents(text);
    }
}

#[test]
fn multi_word_titles_company_cues_and_descriptions() {
    let text = "Secretary of State Antony Blinken met Gulf envoys. Shares in Tesla fell 6%. Hannah Cloke, a hydrologist at the University of Reading, said floods were rising. Dr Gibbons, who was a GP before becoming AM for Aberavon, agreed.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Antony Blinken").role(),
        Some("Secretary of State")
    );
    assert_eq!(find(&es, "Tesla").kind, EntityKind::Organization);
    assert_eq!(
        find(&es, "Hannah Cloke").role(),
        Some("a hydrologist at the University of Reading")
    );
    assert_eq!(
        find(&es, "University of Reading").kind,
        EntityKind::Organization
    );
    assert!(!es.iter().any(|e| e.name == "Aberavon"));
}

#[test]
fn role_or_reporting_verb_after_makes_a_name() {
    let text =
        "In response, Ieuan Wyn Jones, leader of the group in the assembly, said it was bad.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Ieuan Wyn Jones").role(),
        Some("leader of the group in the assembly")
    );
}

#[test]
fn ap_style_abbreviated_titles() {
    let text = "Sen. Elizabeth Warren pressed the bank. Gov. Gavin Newsom signed the bill, and Mr. Newsom's office said so. Chief Executive Satya Nadella wrote a memo.";
    let es = ents(text);
    assert_eq!(find(&es, "Elizabeth Warren").role(), Some("Sen."));
    let g = find(&es, "Gavin Newsom");
    assert_eq!(g.role(), Some("Gov."));
    assert_eq!(mention_texts(text, g), ["Gavin Newsom", "Newsom"]);
    assert_eq!(find(&es, "Satya Nadella").role(), Some("Chief Executive"));
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
fn two_common_words_need_a_cue_to_be_a_person() {
    let text = "The team scored twice, the coach told Sky Sports. Will Power arrived later. Tom Baker, a local shopkeeper, said trade had fallen.";
    let es = ents(text);
    let people: Vec<_> = es
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(people, ["Tom Baker"]);
    assert_eq!(find(&es, "Sky Sports").kind, EntityKind::Organization);
}

#[test]
fn sentence_initial_given_name_with_a_role_after() {
    let text = "# Budget row\n\nTom Baker, a local shopkeeper, said trade had fallen.\n";
    let es = recognize(&segment(text, Format::Markdown), &Context::default());
    assert_eq!(find(&es, "Tom Baker").role(), Some("a local shopkeeper"));
}

#[test]
fn weekday_after_an_organisation_is_not_part_of_its_name() {
    let text = "The plan was approved at a meeting of Northdale Borough Council on Monday evening. The firm told the Frankfurt Stock Exchange on Friday that profits fell.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Northdale Borough Council").kind,
        EntityKind::Organization
    );
    find(&es, "Frankfurt Stock Exchange");
    assert!(!es
        .iter()
        .any(|e| e.name.contains("Monday") || e.name.contains("Friday")));
}

#[test]
fn wire_slugs_and_ampersand_abbreviations_are_not_entities() {
    let text = "FLOODS-RIVER/ (UPDATE 3)\n\nPatients waited in A&E for hours, the Welsh Ambulance Service said. R&D spending rose at AT&T.";
    let es = ents(text);
    let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("UPDATE")), "{names:?}");
    assert!(
        !names.iter().any(|n| n.contains('&') && *n != "AT&T"),
        "{names:?}"
    );
    find(&es, "Welsh Ambulance Service");
}

#[test]
fn possessive_and_appositive_roles_before_the_name() {
    let text = "The plan was opposed by the Northdale Traders Association. Its chairman, Peter Blackwood, told the meeting it would hurt shops. Foreign Minister Anna Berg and her German counterpart, Klaus Dietrich, met on Friday. \"We need help,\" said the head of the Chilean Red Cross, Mario Soto. His agent, Pedro Alves, declined to comment.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Peter Blackwood").role(),
        Some("chairman of Northdale Traders Association")
    );
    assert_eq!(
        find(&es, "Klaus Dietrich").role(),
        Some("her German counterpart")
    );
    assert_eq!(
        find(&es, "Mario Soto").role(),
        Some("head of the Chilean Red Cross")
    );
    assert_eq!(find(&es, "Pedro Alves").role(), Some("His agent"));
}

#[test]
fn a_list_after_a_comma_is_not_an_appositive_role() {
    let text = "The award went to the team, Sarah Jennings and Tom Okafor.";
    let es = ents(text);
    for e in &es {
        assert_eq!(e.role(), None, "{}", e.name);
    }
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
fn organisation_head_with_of_takes_the_whole_extension() {
    let text = "The Federation of Primary and Nursery Teachers said the plan was rushed.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Federation of Primary and Nursery Teachers").kind,
        EntityKind::Organization
    );
}

#[test]
fn latin_american_cities_are_places_not_people() {
    let text =
        "Flooding hit Santa Cruz and the capital, La Paz, on Sunday, officials in Sao Paulo said.";
    let es = ents(text);
    let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
    for n in ["Santa Cruz", "La Paz", "Sao Paulo"] {
        assert!(!names.contains(&n), "{names:?}");
    }
}

#[test]
fn exam_qualifications_are_not_organisations() {
    let es = ents("Pupils sitting GCSE maths this summer did better, the Joint Council for Qualifications said.");
    assert!(!es.iter().any(|e| e.name.starts_with("GCSE")));
}

#[test]
fn hyphenated_korean_given_name_is_part_of_the_name() {
    let es = ents("Kang Ji-won, a fellow at the Sejong Institute, said the deal was fragile. Saudi-led forces withdrew.");
    assert_eq!(find(&es, "Kang Ji-won").kind, EntityKind::Person);
    assert!(!es.iter().any(|e| e.name.contains("Saudi")));
}

fn names(es: &[Entity]) -> Vec<&str> {
    es.iter().map(|e| e.name.as_str()).collect()
}

#[test]
fn initials_and_generational_suffixes_stay_in_the_name() {
    let text = "Dr. Nora T. Becker, a chemist, said the test worked. Mr R. Patel agreed. Samuel J. Okafor Jr. was not there. Becker and Okafor left.";
    let es = ents(text);
    let n = find(&es, "Nora T. Becker");
    assert_eq!(mention_texts(text, n), ["Nora T. Becker", "Becker"]);
    find(&es, "R. Patel");
    let o = find(&es, "Samuel J. Okafor Jr");
    // The suffix is never the surname: "Okafor" is the later reference.
    assert_eq!(mention_texts(text, o).last(), Some(&"Okafor"));
    assert!(
        !names(&es).iter().any(|n| *n == "Jr" || *n == "Nora T"),
        "{es:?}"
    );
}

#[test]
fn an_initial_before_a_new_sentence_ends_the_name() {
    let es = ents("He played Malcolm X. Besides Ann Lowe, nobody came.");
    assert!(
        !names(&es).iter().any(|n| n.contains("Besides")),
        "{:?}",
        names(&es)
    );
}

#[test]
fn a_descriptive_word_before_a_name_is_not_part_of_it() {
    let text = "Briton Tom Okoro won the race. Striker Ana Ruiz scored twice. F Jamal Reed missed the game.";
    let es = ents(text);
    find(&es, "Tom Okoro");
    assert_eq!(find(&es, "Ana Ruiz").role(), Some("Striker"));
    find(&es, "Jamal Reed");
    // Near miss: a given name after an organisation word keeps the organisation whole.
    let es = ents("Shares in Bank Sal Oppenheim rose.");
    assert!(!names(&es).contains(&"Sal Oppenheim"), "{:?}", names(&es));
}

#[test]
fn datelines_and_state_codes_are_places() {
    let es = ents("BERLIN (AP) — The band will play Denver, CO on Aug. 30 and Austin, TX Oct. 2.");
    let ns = names(&es);
    assert!(
        !ns.iter()
            .any(|n| ["BERLIN", "CO", "TX Oct", "TX"].contains(n)),
        "{ns:?}"
    );
    // A capitalised organisation opening the story with brackets is still one.
    let es = ents("NATO (the alliance) met on Monday. NATO said it would act.");
    assert!(names(&es).contains(&"NATO"), "{:?}", names(&es));
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
fn adjectives_before_a_role_name_no_organisation() {
    let es = ents("Olympic champion Ada Moss and Democratic challenger Tim Vale met Chelsea striker Leo Park.");
    let ns = names(&es);
    assert!(
        !ns.contains(&"Olympic") && !ns.contains(&"Democratic"),
        "{ns:?}"
    );
    assert_eq!(find(&es, "Chelsea").kind, EntityKind::Organization);
    assert_eq!(find(&es, "Leo Park").role(), Some("Chelsea striker"));
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
fn a_plural_role_before_a_list_is_each_persons_role() {
    let text = "The show will feature actors Ben Hale, Ana Ruiz and Tom Okoro on stage.";
    let es = ents(text);
    for n in ["Ben Hale", "Ana Ruiz", "Tom Okoro"] {
        assert_eq!(find(&es, n).role(), Some("actor"), "{n}");
    }
    // Near miss: a lower-case word that is not a role breaks the list.
    let es = ents("The plans of analysts met Ben Hale, then voters met Ana Ruiz.");
    assert_eq!(find(&es, "Ana Ruiz").role(), None);
}

#[test]
fn reporting_verb_before_a_role_keeps_the_speaker_a_person() {
    // The role after "thinks" belongs to the next name, not to the speaker.
    let text =
        "Former Wales winger Gareth Pryce thinks coach Tom Hale should pick younger players.";
    let es = ents(text);
    assert_eq!(find(&es, "Gareth Pryce").kind, EntityKind::Person);
    assert_eq!(find(&es, "Tom Hale").kind, EntityKind::Person);
    // Near miss: a role right after an organisation still marks it an employer.
    let text = "The Ferrow Group chairman Tom Hale resigned on Monday.";
    let es = ents(text);
    assert!(es
        .iter()
        .any(|e| e.kind == EntityKind::Organization && e.name.contains("Ferrow")));
}

#[test]
fn generational_suffix_after_a_title_word_is_part_of_the_name() {
    // "King" is a title head, but with only "Jnr" after it, it is the surname.
    let text = "She spoke at a rally for Martin Luther King Jnr in the city.";
    let es = ents(text);
    assert!(
        !es.iter().any(|e| e.name == "Jnr"),
        "{:?}",
        es.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    // Near miss: a real title before a full name still splits off.
    let text = "King Abdullah Hassan met Senator Ruth Okoye.";
    let es = ents(text);
    assert_eq!(find(&es, "Ruth Okoye").role(), Some("Senator"));
}

#[test]
fn playing_position_after_a_team_is_a_role() {
    let text = "Former Scotland centre Gavin Reid says the pack must improve.";
    let es = ents(text);
    let p = find(&es, "Gavin Reid");
    assert_eq!(p.kind, EntityKind::Person);
    assert_eq!(p.role(), Some("Former Scotland centre"));
    // Near miss: a building called a centre is no role for the name after it.
    let text = "Staff at the detention centre Marsh Lodge were moved.";
    let es = ents(text);
    assert!(!es
        .iter()
        .any(|e| e.kind == EntityKind::Person && e.name == "Marsh Lodge"));
}

#[test]
fn a_name_after_the_takes_its_of_phrase_and_extensions_chain() {
    let text = "The chairman of the Joint Planners of Staff met the Tribunal of Appeal for Sport and the United Nations Economic Commission for Africa.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Joint Planners of Staff").kind,
        EntityKind::Organization
    );
    assert_eq!(
        find(&es, "Tribunal of Appeal for Sport").kind,
        EntityKind::Organization
    );
    assert_eq!(
        find(&es, "United Nations Economic Commission for Africa").kind,
        EntityKind::Organization
    );
}

#[test]
fn of_after_a_person_or_before_a_place_is_not_part_of_a_name() {
    let text = "Analysts said Kim Jong Un of North Korea met the Hale Brothers of Denver and the Prime Minister of Spain.";
    let es = ents(text);
    assert_eq!(find(&es, "Kim Jong Un").kind, EntityKind::Person);
    let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains(" of ")), "{names:?}");
}

#[test]
fn a_name_ending_in_a_place_head_is_a_place() {
    let text = "Crews worked in the northern Lindell Bay Area, the wine country and the hills. About half of Tovar County’s cell sites were out, Grace Park said.";
    let es = ents(text);
    let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
    assert!(
        !names
            .iter()
            .any(|n| n.contains("County") || n.contains("Area")),
        "{names:?}"
    );
    assert_eq!(find(&es, "Grace Park").kind, EntityKind::Person);
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
fn a_plain_honorific_stays_out_of_the_name() {
    let text = "Mr Pellow said the ruling was final. Pellow left.";
    let es = ents(text);
    assert_eq!(find(&es, "Pellow").mentions.len(), 2);
    assert!(!es.iter().any(|e| e.name.starts_with("Mr")));
}

#[test]
fn a_group_word_before_two_names_is_each_ones_role() {
    let text = "The heats went badly for Irish pair Niamh Keane and Orla Dunne, who both fell. Later, founding members Ruth Allen, Dev Patil and Sam Okoro took a bow.";
    let es = ents(text);
    assert_eq!(find(&es, "Niamh Keane").role(), Some("Irish pair"));
    assert_eq!(find(&es, "Orla Dunne").role(), Some("Irish pair"));
    assert_eq!(find(&es, "Dev Patil").role(), Some("founding member"));
}

#[test]
fn a_group_word_before_one_name_is_no_role() {
    // One name after "pair" is the other half of a pair already named, not a role.
    let text = "She raced with her usual pair Niamh Keane at the front.";
    let es = ents(text);
    assert_eq!(find(&es, "Niamh Keane").role(), None);
}

#[test]
fn a_role_with_its_field_before_the_name() {
    let text = "Harbour Town director of rugby Colm Daly has signed two props. The head of security Ann Roe was not told. The wife of footballer Tom Okafor spoke.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Colm Daly").role(),
        Some("Harbour Town director of rugby")
    );
    // "footballer" is the role itself, never the field of "wife of".
    assert_ne!(find(&es, "Tom Okafor").role(), Some("wife of footballer"));
}

#[test]
fn an_owners_role_phrase_before_a_name_in_commas() {
    let text = "We asked whether Brightline's founder and former chief executive, Omar Said, knew. Halvard's senior vice president of design and research, Lena Ek, thinks so.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Omar Said").role(),
        Some("Brightline's founder and former chief executive")
    );
    assert_eq!(
        find(&es, "Lena Ek").role(),
        Some("Halvard's senior vice president of design and research")
    );
}

#[test]
fn an_owners_phrase_with_a_second_person_is_no_role() {
    let text =
        "The photograph shows Brightline's chairman and his daughter, Omar Said, at the gala.";
    let es = ents(text);
    assert_ne!(
        find(&es, "Omar Said").role(),
        Some("Brightline's chairman and his daughter")
    );
}

#[test]
fn an_appositive_ending_on_a_role_noun_is_a_role() {
    let text = "The advert did not win over Ruth Allen, Jordan County Health Department information officer, who called it crude. We spoke to Ruth Allen, Dana Price and Sam Okoro.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Ruth Allen").role(),
        Some("Jordan County Health Department information officer")
    );
    assert_eq!(find(&es, "Dana Price").role(), None);
}

#[test]
fn a_plural_possessive_inside_an_organisations_name() {
    let text = "A statement came from the Tenants' Rights Association on Monday. Later the Tigers' coach Ann Roe spoke, and so did the Greens' Treasury spokesman.";
    let es = ents(text);
    assert!(!es.iter().any(|e| e.name.starts_with("Greens'")));
    assert_eq!(
        find(&es, "Tenants' Rights Association").kind,
        EntityKind::Organization
    );
    assert!(!es.iter().any(|e| e.name.starts_with("Tigers'")));
}

#[test]
fn a_venue_in_an_address_is_no_organisation() {
    let text = "The tour opens on May 3 at the Pine Hill Music Center, Camden, NJ and ends at Harbor Lights Bank Center, Erie, PA. A letter came from Jane Roe, Camden, NJ.";
    let es = ents(text);
    assert!(!es.iter().any(|e| e.name.contains("Pine Hill")));
    assert!(!es.iter().any(|e| e.name.contains("Harbor Lights")));
    assert_eq!(find(&es, "Jane Roe").kind, EntityKind::Person);
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
fn party_opening_a_role_is_named_too() {
    let text = "Tory Shadow Chancellor Oliver Letwin called the plan a gimmick on Tuesday.";
    let es = ents(text);
    let p = find(&es, "Oliver Letwin");
    assert_eq!(p.role(), Some("Tory Shadow Chancellor"));
    let party = find(&es, "Tory");
    assert_eq!(party.kind, EntityKind::Organization);
    assert_eq!(mention_texts(text, party), vec!["Tory"]);
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
fn a_description_right_after_the_introduction_gives_the_role() {
    let es = ents("Ann Marlow unveiled the harbour plan on Monday. The Green leader said it would pay for itself.");
    let ann = find(&es, "Ann Marlow");
    assert_eq!(ann.role(), Some("Green leader"));
    // Inferred, so outside the roles that title comparisons read.
    assert!(ann.roles.is_empty());
    let es = ents(
        "Tom Pryce has bought the ferry company. The Welsh tycoon, who owns two ports, paid £4m.",
    );
    assert_eq!(find(&es, "Tom Pryce").role(), Some("Welsh tycoon"));
}

#[test]
fn no_role_from_a_description_that_may_be_someone_else() {
    // Two people before it.
    let es = ents("Ann Marlow met Tom Pryce on Monday. The council leader said talks went well.");
    assert_eq!(find(&es, "Ann Marlow").role(), None);
    assert_eq!(find(&es, "Tom Pryce").role(), None);
    // The person is established already: a job alone brings in someone new.
    let es = ents("Ann Marlow unveiled the plan. Ms Marlow said it was costed. The home secretary said he would not intervene.");
    assert_eq!(find(&es, "Ann Marlow").role(), None);
    // A possessive or a preposition's object is not who the sentence is about.
    let es = ents("Critics mocked Ann Marlow's harbour plan. The mayor said it was sound.");
    assert_eq!(find(&es, "Ann Marlow").role(), None);
    let es = ents("Aides of Ann Marlow met the bankers. The mayor said it was sound.");
    assert_eq!(find(&es, "Ann Marlow").role(), None);
    // The same job named in the sentence before, or a name given with the description.
    let es = ents("Ann Marlow wrote to the mayor on Monday. The mayor said no.");
    assert_eq!(find(&es, "Ann Marlow").role(), None);
    let es = ents("Ann Marlow unveiled the plan. The mayor, Tom Pryce, said no.");
    assert_eq!(find(&es, "Ann Marlow").role(), None);
    // A phrase that goes on, or a role the draft already states.
    let es = ents("Ann Marlow unveiled the plan. The leader of the council said no.");
    assert_eq!(find(&es, "Ann Marlow").role(), None);
    let es = ents("Council leader Ann Marlow unveiled the plan. The mayor said no.");
    assert_eq!(find(&es, "Ann Marlow").role(), Some("Council leader"));
}

#[test]
fn its_role_belongs_to_the_subject_before_not_the_last_organisation_named() {
    let es = ents("Tayside Health Board cut its budget after a review of Ninewells Hospital. Its chief executive, Ann Lee, said the cuts were needed.");
    assert_eq!(
        find(&es, "Ann Lee").role(),
        Some("chief executive of Tayside Health Board")
    );
    // Mid-sentence, "its" is the sentence's subject.
    let es = ents("Harbourline Group said on Friday, after it bought Dunmore Shipping Co, that its chairman, Tom Ashworth, would retire.");
    assert_eq!(
        find(&es, "Tom Ashworth").role(),
        Some("chairman of Harbourline Group")
    );
}

#[test]
fn its_role_with_no_clear_organisation_names_no_employer() {
    // Two organisations and a subject that is neither: the job is stated, the employer is not.
    let es = ents("Police questioned staff at Ninewells Hospital and Perth Royal Infirmary. Its chief executive, Ann Lee, said nothing.");
    assert_eq!(find(&es, "Ann Lee").role(), Some("chief executive"));
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
