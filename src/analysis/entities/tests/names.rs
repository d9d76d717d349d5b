//! Which words make a name, and of what: people, organisations, places, and what is none.

use super::*;

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
fn bylines_are_people() {
    let text =
        "This report includes contributions from Sangmi Han, Jake Kwon, and Hosu Lee in Seoul.";
    let es = ents(text);
    for name in ["Sangmi Han", "Jake Kwon", "Hosu Lee"] {
        assert_eq!(find(&es, name).kind, EntityKind::Person, "{name}");
    }
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
fn a_plain_honorific_stays_out_of_the_name() {
    let text = "Mr Pellow said the ruling was final. Pellow left.";
    let es = ents(text);
    assert_eq!(find(&es, "Pellow").mentions.len(), 2);
    assert!(!es.iter().any(|e| e.name.starts_with("Mr")));
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
fn a_name_in_a_list_takes_the_kind_of_the_names_beside_it() {
    // Companies: AOL and Zenbank are organisations, so the lone words beside them are too.
    let text = "Rival providers now include AOL, Fibrelink, Zenbank Ltd and Quorvia.";
    let es = ents(text);
    assert_eq!(find(&es, "Fibrelink").kind, EntityKind::Organization);
    assert_eq!(find(&es, "Quorvia").kind, EntityKind::Organization);
    // People: a one-word stage name beside full names, with the role the list is given.
    let text = "The gala will feature singers Mireya, Sir Tom Arden, Jonah Pell and Tavita.";
    let es = ents(text);
    let m = find(&es, "Mireya");
    assert_eq!(m.kind, EntityKind::Person);
    assert_eq!(m.role(), Some("singer"));
    assert_eq!(find(&es, "Tavita").kind, EntityKind::Person);
}

#[test]
fn a_list_lends_no_kind_when_it_is_thin_mixed_or_the_word_is_not_a_name() {
    // Two names joined by "and" are not a list (a firm may be called "Purvis and Gant").
    let es = ents("Analysts at Zenbank Ltd and Quorvia agreed.");
    assert!(!names(&es).contains(&"Quorvia"), "{:?}", names(&es));
    // Places, nationalities, months and common words stay out of a list of companies.
    let es = ents("Its clients include AOL, Zenbank Ltd, Paris, Orange and March.");
    for n in ["Paris", "Orange", "March"] {
        assert!(!names(&es).contains(&n), "{n} in {:?}", names(&es));
    }
    // A list of a person and a company lends no kind to the rest.
    let es = ents("Backers include Jonah Pell, Zenbank Ltd and Quorvia.");
    assert!(!names(&es).contains(&"Quorvia"), "{:?}", names(&es));
    // A capitalised modifier after "and" is not a name in the list.
    let es =
        ents("Backed by singers Jonah Pell, Ann Roe and Grammy Award-winning composer Tom Ash.");
    assert!(!names(&es).contains(&"Grammy"), "{:?}", names(&es));
}

#[test]
fn a_list_needs_and_before_its_last_name_and_names_that_end_there() {
    // Commas alone may be an address, not a list.
    let es = ents("She teaches at Zenbank Ltd, Quorvia, Fibrelink Institute of Law.");
    assert!(!names(&es).contains(&"Quorvia"), "{:?}", names(&es));
    // An abbreviation's stop inside the sentence: the name goes on after it.
    let es = ents("Backers were Ann Roe, Tom Ash and Jack St. Quorvia, all of Leeds.");
    assert!(!names(&es).contains(&"Jack St"), "{:?}", names(&es));
    // Common words in capitals are no name a list can vouch for.
    let es = ents("The panel heard Zenbank Ltd, Quorvia Ltd and Home Affairs.");
    assert!(!names(&es).contains(&"Home Affairs"), "{:?}", names(&es));
}

#[test]
fn a_list_inside_a_name_or_of_banks_lends_no_kind() {
    // An "and" before the comma: the list is part of a name.
    let es = ents("The Campaign for an Unbiased and Tidy Quorvia, or AUQ, met AOL.");
    assert!(!names(&es).contains(&"Unbiased"), "{:?}", names(&es));
    // Given names before an organisation's name are its founders, not companies.
    let es = ents("For years the Bill, Hillary and Chelsea Roe Foundation thrived.");
    assert!(!names(&es).contains(&"Hillary"), "{:?}", names(&es));
    // Capitals inside a word are no person's name, even in a list of people.
    let es = ents("Advisers were Jonah Pell, Ann Roe and JPQuorvia Chase.");
    assert!(!names(&es).contains(&"JPQuorvia Chase"), "{:?}", names(&es));
    // Name prefixes are no such capitals.
    let es = ents("The gala will feature singers Mireya, Jonah Pell and Ann Roe-McAdam.");
    assert!(names(&es).contains(&"Mireya"), "{:?}", names(&es));
}

#[test]
fn a_company_suffix_in_title_case_or_capitals_makes_an_organisation() {
    for text in [
        "Zenbank Plc said profits rose.",
        "Zenbank PLC said profits rose.",
    ] {
        let es = ents(text);
        assert_eq!(es[0].kind, EntityKind::Organization, "{text}");
    }
    // Near miss: a person's name ending on a word that only looks like one is a person.
    let es = ents("Tom Placket said profits rose.");
    assert_eq!(find(&es, "Tom Placket").kind, EntityKind::Person);
}

#[test]
fn production_and_picture_companies_end_on_their_business_word() {
    let es =
        ents("They signed with Blue Heron Productions last year, and Big Sky Pictures agreed.");
    assert_eq!(
        kind_of(&es, "Blue Heron Productions"),
        Some(EntityKind::Organization)
    );
    assert_eq!(
        kind_of(&es, "Big Sky Pictures"),
        Some(EntityKind::Organization)
    );
    let es = ents("The productions were cancelled and the pictures were lost.");
    assert!(es.is_empty(), "{:?}", names(&es));
}
