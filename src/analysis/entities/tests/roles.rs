//! Roles as the draft states them: titles, appositions, possessives and descriptions.

use super::*;

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
fn sentence_initial_given_name_with_a_role_after() {
    let text = "# Budget row\n\nTom Baker, a local shopkeeper, said trade had fallen.\n";
    let es = recognize(&segment(text, Format::Markdown), &Context::default());
    assert_eq!(find(&es, "Tom Baker").role(), Some("a local shopkeeper"));
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
fn an_agent_noun_of_a_named_body_is_a_role_after_the_name() {
    let text = "The prize went to Tom Ashby, creator of The Quill Hour, who thanked the cast.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Tom Ashby").role(),
        Some("creator of The Quill Hour")
    );
    let text = "Ann Roebuck, editor-in-chief of Quorvia Weekly, said sales fell.";
    assert_eq!(
        find(&ents(text), "Ann Roebuck").role(),
        Some("editor-in-chief of Quorvia Weekly")
    );
    // Near misses: an -er word that is no agent noun of anything named, and a plain
    // lower-case phrase after the comma.
    let text = "Tom Ashby, winner or not, said the fight was over.";
    assert_eq!(find(&ents(text), "Tom Ashby").role(), None);
    let text = "Ann Roebuck, number of the day, laughed.";
    assert_eq!(find(&ents(text), "Ann Roebuck").role(), None);
}

#[test]
fn an_agent_noun_after_words_does_not_make_them_a_person() {
    // The role-shaped appositive gives a person a role; it never makes a paper a person.
    let text = "Matt Vell of the Quorvia Globe, winner of the Aldo Prize for reporting, spoke.";
    let es = ents(text);
    assert!(
        es.iter()
            .all(|e| e.name != "Quorvia Globe" || e.kind != EntityKind::Person),
        "{:?}",
        names(&es)
    );
    // A clause before the comma is not a role.
    let text = "An email was sent from the club's executive director, Jeremy Borrow, to members.";
    let es = ents(text);
    assert_ne!(
        find(&es, "Jeremy Borrow").role(),
        Some("email was sent from the club's executive director")
    );
}

#[test]
fn a_clause_before_the_comma_is_no_fronted_role() {
    let text = "She took a call from a spokesman, Marc Tellan, who said no.";
    assert_ne!(
        find(&ents(text), "Marc Tellan").role(),
        Some("She took a call from a spokesman")
    );
    // A short noun phrase still is one.
    let text = "His agent, Marc Tellan, said no.";
    assert_eq!(find(&ents(text), "Marc Tellan").role(), Some("His agent"));
}

#[test]
fn an_indefinite_role_set_off_before_the_name() {
    let text = "The case went to a federal judge, Marc Tellan, who ruled on Friday.";
    assert_eq!(
        find(&ents(text), "Marc Tellan").role(),
        Some("federal judge")
    );
    // Near misses: no role noun before the comma, or the name does not close it.
    let text = "The case went to a federal court, Marc Tellan said.";
    assert_eq!(find(&ents(text), "Marc Tellan").role(), None);
    let text = "The case went to a federal judge, Marc Tellan and Ann Roebuck on Friday.";
    assert_eq!(find(&ents(text), "Marc Tellan").role(), None);
}

#[test]
fn a_description_reaches_back_over_sentences_naming_no_one() {
    // The introduction, then a sentence that goes on by pronoun.
    let es = ents("Tom Pryce unveiled the budget. In a long speech, he raised borrowing. The chancellor also froze fuel duty.");
    assert_eq!(find(&es, "Tom Pryce").role(), Some("chancellor"));
    // Established already, but kept as the subject by pronoun since.
    let es = ents("Tom Pryce met the board. Mr Pryce told them the rules held. He argued the pact was vital. The home secretary was answering a question.");
    assert_eq!(find(&es, "Tom Pryce").role(), Some("home secretary"));
    // Near misses: established, and the sentence between names no one but says no "he".
    let es = ents("Tom Pryce met the board. Mr Pryce told them the rules held. The pact was vital. The home secretary was answering a question.");
    assert_eq!(find(&es, "Tom Pryce").role(), None);
    // ... nor when someone else named before has no role the job could be theirs.
    let es = ents("Tom Pryce met Ann Marlow. Mr Pryce told them the rules held. He argued the pact was vital. The home secretary was answering a question.");
    assert_eq!(find(&es, "Tom Pryce").role(), None);
    // Too far back: three sentences naming no one.
    let es = ents("Tom Pryce unveiled the budget. He spoke for an hour. He raised borrowing. He cut tax. The chancellor also froze fuel duty.");
    assert_eq!(find(&es, "Tom Pryce").role(), None);
}

#[test]
fn a_description_attributing_a_quote_gives_the_role() {
    let es = ents("Ann Marlow is urging councils to act over Tom Pryce's cuts. \"We have waited. Now we must move,\" the council leader said.");
    assert_eq!(find(&es, "Ann Marlow").role(), Some("council leader"));
    // Named only in a possessive: not who the description is about.
    assert_eq!(find(&es, "Tom Pryce").role(), None);
    // Near misses: two actors before, and a "the" after a comma with no quote.
    let es = ents("Ann Marlow met Tom Pryce. \"We must move,\" the council leader said.");
    assert_eq!(find(&es, "Ann Marlow").role(), None);
    let es = ents("Ann Marlow spoke on Monday. Critics, the mayor said, were wrong.");
    assert_eq!(find(&es, "Ann Marlow").role(), None);
}

#[test]
fn no_role_from_a_description_inside_a_quotation() {
    // The job in a quote is the speaker's word, here for someone else.
    let es = ents("Ann Marlow wrote to the board. \"She is the one to act. The mayor has given her the chance,\" Tom Pryce said.");
    assert_eq!(find(&es, "Ann Marlow").role(), None);
    // The same sentence outside the quote does give it.
    let es = ents(
        "Ann Marlow wrote to the board. \"It is time to act.\" The mayor wants a vote by May.",
    );
    assert_eq!(find(&es, "Ann Marlow").role(), Some("mayor"));
}

#[test]
fn a_preposition_on_the_line_above_does_not_make_a_name_an_object() {
    let es = ents("Values we believe in\nTom Pryce said on Monday the port must stay open.\nThe council leader said it would.");
    assert_eq!(find(&es, "Tom Pryce").role(), Some("council leader"));
}

#[test]
fn the_attribution_after_a_quote_split_into_sentences_gives_the_role() {
    let es = ents("Ann Marlow is urging the board to act. \"We waited. The port must open now,\" the council leader said.");
    assert_eq!(find(&es, "Ann Marlow").role(), Some("council leader"));
}

#[test]
fn a_measure_in_one_word_belongs_to_the_title() {
    let es = ents("World 400m champion Ann Roebuck won the heat easily.");
    assert_eq!(find(&es, "Ann Roebuck").role(), Some("World 400m champion"));
    // Near miss: a number apart from the words is no measure of the title.
    let es = ents("In the final 2 European champion Ann Roebuck won the heat easily.");
    assert_eq!(find(&es, "Ann Roebuck").role(), Some("European champion"));
}
