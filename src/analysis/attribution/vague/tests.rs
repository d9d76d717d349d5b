use crate::analysis::{analyze, Context, Format};

fn desk(phrase: &str) -> Context {
    let mut ctx = Context::default();
    ctx.lexicon.vague_sources.push(phrase.into());
    ctx
}

fn vague_texts(text: &str, ctx: &Context) -> Vec<String> {
    analyze(text, Format::PlainText, ctx)
        .attributions
        .iter()
        .filter(|a| a.is_vague())
        .filter_map(|a| a.source.as_ref().map(|s| s.text.to_lowercase()))
        .collect()
}

/// A desk phrase is a vague source as subject, after "according to", after the
/// clause it reports and in an inverted quotation tag, as the built-in ones are.
#[test]
fn desk_phrase_in_every_position() {
    let ctx = desk("a little bird");
    for text in [
        "A little bird told the newsroom the merger was off.",
        "The merger was off, according to a little bird.",
        "The merger was off, a little bird said on Monday.",
        "“The merger is off,” said a little bird.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(
            found.iter().any(|s| s.contains("a little bird")),
            "{text}: {found:?}"
        );
    }
}

/// Without the desk entry the same words are nobody's finding, and a named source
/// next to the desk phrase stays named.
#[test]
fn desk_phrase_near_misses() {
    assert!(vague_texts(
        "A little bird told the newsroom the merger was off.",
        &Context::default()
    )
    .is_empty());
    let ctx = desk("a little bird");
    assert!(vague_texts("Jane Okafor said the merger was off.", &ctx).is_empty());
}

/// Generic roles and groups as the subject of a reporting verb are vague sources.
#[test]
fn generic_role_subjects_are_vague() {
    let ctx = Context::default();
    for (text, want) in [
        (
            "A Democratic strategist said the race was tightening.",
            "strategist",
        ),
        ("One staffer said the office was chaotic.", "staffer"),
        ("Several senators said the bill would pass.", "senators"),
        (
            "Campaign operatives say the turnout looked thin.",
            "operatives",
        ),
        (
            "Protest organizers said the march would go ahead.",
            "organizers",
        ),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s.contains(want)), "{text}: {found:?}");
    }
}

/// Near misses: the role is tied to a named person, or grouped with one.
#[test]
fn generic_role_tied_to_a_name_is_not_vague() {
    let ctx = Context::default();
    for text in [
        "A senior strategist, Jane Okafor, said the race was tightening.",
        "Okafor and other senators said the bill would pass.",
        "The monthly waiting figures showed a drop.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// A vague head whose post-modifier runs up to the verb: the whole subject is the
/// vague source, before or after the verb.
#[test]
fn post_modified_subjects_are_vague() {
    let ctx = Context::default();
    for (text, want) in [
        (
            "People close to the mayor said the budget would be cut.",
            "people close to the mayor",
        ),
        (
            "A source with knowledge of the bids said the port sale had stalled.",
            "a source with knowledge of the bids",
        ),
        (
            "Officials who attended the briefing said the bridge would stay shut.",
            "officials who attended the briefing",
        ),
        (
            "Some of her supporters said the vote had been rigged.",
            "some of her supporters",
        ),
        (
            "“The bridge stays shut,” said one official involved in the survey.",
            "one official involved in the survey",
        ),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
}

/// Near misses: the vague words are the object or a complement, not the subject, or
/// the head of the subject is a document or a named person.
#[test]
fn post_modifier_near_misses() {
    let ctx = Context::default();
    for text in [
        "The mayor met officials close to the union and said the budget would hold.",
        "A survey of residents in the valley showed support for the bridge.",
        "Some of the letters said the bridge was unsafe.",
        "“The bridge stays shut,” said Jane Okafor, a source of pride for the town.",
        "The council, meanwhile, blasted critics for delaying the vote.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// An entourage "to" someone, and people placed only by where they are, stay
/// unnamed: the post-modifier belongs to the vague source, not a name of its own.
#[test]
fn entourage_to_someone_and_people_in_a_place() {
    let ctx = Context::default();
    for (text, want) in [
        (
            "Aides to the governor said the tour would go ahead.",
            "aides to the governor",
        ),
        (
            "Advisers to Ms Okafor say the budget is safe.",
            "advisers to ms okafor",
        ),
        (
            "Residents in Millbrook said the bridge had been shut for weeks.",
            "residents in millbrook",
        ),
    ] {
        let found: Vec<String> = vague_texts(text, &ctx)
            .iter()
            .map(|s| s.to_lowercase())
            .collect();
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
    for text in [
        "Analysts at Barclays said the bank would cut rates.",
        "A letter to the governor said the bridge was unsafe.",
        "The mayor spoke to officials and said the budget would hold.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// "the source said" and "her advisers said" name nobody, although a determiner or a
/// possessive stands before the head.
#[test]
fn anonymous_and_entourage_heads_after_a_determiner() {
    let ctx = Context::default();
    for (text, want) in [
        ("The port deal is dead, the source said.", "source"),
        ("Her advisers said the tour would go ahead.", "advisers"),
        ("The mayor's aides say the budget is safe.", "aides"),
        (
            "Another insider said the board had split.",
            "another insider",
        ),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
    for text in [
        "Okafor and her advisers said the tour would go ahead.",
        "The mayor's wife said the budget is safe.",
        "The company's chairman said the budget is safe.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// Inverted tags with a lower-case or party-member subject, and compounds after
/// "according to".
#[test]
fn inverted_and_compound_vague_sources() {
    let ctx = Context::default();
    for (text, want) in [
        (
            "“It is close,” said a Texas Republican.",
            "a texas republican",
        ),
        (
            "The count is close, said several observers.",
            "several observers",
        ),
        ("Turnout rose, according to exit polls.", "polls"),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
    for text in [
        "“It is close,” said Jane Okafor, a Republican.",
        "Turnout rose, according to three polls, including one by Gallup.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// "widely expected", "widely seen as": a consensus nobody is named for, with or
/// without "is"; with a "by" agent it is sourced.
#[test]
fn widely_held_views_are_vague() {
    let ctx = Context::default();
    for text in [
        "The vote, widely expected in March, could slip.",
        "The bridge is widely seen as a triumph.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(
            found.iter().any(|s| s.starts_with("widely")),
            "{text}: {found:?}"
        );
    }
    for text in [
        "The bridge is widely seen by engineers at Arup as a triumph.",
        "The bridge was widely used.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(
            !found.iter().any(|s| s.starts_with("widely")),
            "{text}: {found:?}"
        );
    }
}
/// "is seen as", "are regarded as", "is considered to be": a view held by nobody
/// named. Near misses: an agent, a sighting, a wish to be seen, the writer's "can be
/// seen as".
#[test]
fn agentless_views_with_as_are_vague() {
    let ctx = Context::default();
    for (text, want) in [
        ("The mayor is seen as the favourite to win.", "is seen"),
        ("The two towns are regarded as safe seats.", "are regarded"),
        (
            "The plan was considered to be too costly.",
            "was considered",
        ),
        ("The Greens are thought likely to gain.", "are thought"),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
    for text in [
        "The mayor is seen by her aides as the favourite.",
        "The mayor was seen leaving the hall.",
        "The bid was considered on Monday.",
        "The mayor wants to be seen as a reformer.",
        "The vote can be seen as a warning.",
        "Okafor leads on being viewed as honest.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// A quantifier with "in", "at", "within" or "across" is a group of unnamed people
/// ("many in the industry fear"); the auxiliary after the subject stays with the verb.
#[test]
fn located_quantifier_subjects_are_vague() {
    let ctx = Context::default();
    for (text, want) in [
        (
            "Many in the industry fear the tariff will stick.",
            "many in the industry",
        ),
        (
            "Few within the party believe the leader will stay.",
            "few within the party",
        ),
        (
            "People close to the talks don't expect a deal.",
            "people close to the talks",
        ),
        (
            "Executives who run the mills almost always say prices will rise.",
            "executives who run the mills",
        ),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
    for text in [
        "Many in the industry lost their jobs.",
        "Some of the letters said the bridge was unsafe.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}
/// A named source nearby keeps the generic words silent: the head is the
/// complement of another noun, part of a name, a study with a named maker, or a
/// group a name leads or an apposition names.
#[test]
fn named_sources_around_generic_words_stay_silent() {
    let ctx = Context::default();
    for text in [
        "A rolling average of polls shows Okafor ahead.",
        "A letter to committee members calls for a recount.",
        "The plan is wasteful, a spokesman for committee Democrats said.",
        "A spokesman for Acme said the plant would close.",
        "Pier Weekly Insider also commented on the plan.",
        "Costs rose, according to a 2019 Transport Department study.",
        "Costs rose, according to a study by economists at Leeds University.",
        "Okafor and others said the plan would fail.",
        "Ward and other harbour safety experts acknowledge the risk.",
        "Lee, Ruiz and other prominent donors in both parties said the race was open.",
        "Harbour officials — including port chief Ann Lee — said the pier was safe.",
        "The three engineers - Mr. Lee, Ms. Ruiz and Mr. Amar - agreed the pier was safe.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    for (text, want) in [
        ("Costs rose, according to a study.", "a study"),
        ("Labour MPs said the plan would fail.", "labour mps"),
        ("Some harbour experts acknowledge the risk.", "experts"),
        (
            "Harbour officials said the pier was safe.",
            "harbour officials",
        ),
        ("Some critics fear the pier is unsafe.", "some critics"),
        ("Many critics argued the pier was unsafe.", "many critics"),
        ("A number of attendees said the pier was safe.", "attendees"),
        (
            "Two-thirds of harbour insiders said the pier was safe.",
            "insiders",
        ),
        ("Early polls show Okafor ahead.", "early polls"),
        ("The pier is the kind of closure which many fear.", "many"),
        (
            "It is the kind of closure many traders fear.",
            "many traders",
        ),
        (
            "About four out of 10 traders said the pier was safe.",
            "10 traders",
        ),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
}

/// A participle of belief set off by a comma and followed by "to" is an agentless
/// passive without "be": the view is somebody's, and the text does not say whose.
#[test]
fn reduced_relative_passives_are_vague() {
    let ctx = Context::default();
    for (text, want) in [
        (
            "The toll, thought to be the highest in the state, starts in May.",
            "thought",
        ),
        (
            "The wreck, believed to date from 1850, lies off the pier.",
            "believed",
        ),
        (
            "The ferry firm — expected to cut 200 jobs — met the union.",
            "expected",
        ),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
}

/// Near misses: a reflexive after "to", no mark before the participle, or a named
/// agent in a full passive.
#[test]
fn reduced_relative_near_misses() {
    let ctx = Context::default();
    for text in [
        "The captain paused, thought to himself, and turned the ferry round.",
        "Nobody had thought to check the toll booth.",
        "The ferry expected to arrive at noon was late.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// A capitalised place joined by a hyphen ("Ohio-based", "Lagos-born") and plain
/// nouns ("port", "trade") between an indefinite opener and a generic head leave the
/// source anonymous: the reader still cannot tell who spoke.
#[test]
fn place_adjectives_and_noun_modifiers_keep_a_role_vague() {
    let ctx = Context::default();
    for (text, want) in [
        (
            "One Ohio-based port expert said the dock would close by spring.",
            "one ohio-based port expert",
        ),
        (
            "A Denver-based trade analyst said the tariff would hurt growers.",
            "a denver-based trade analyst",
        ),
        (
            "A Lagos-born oil economist said prices would keep falling.",
            "a lagos-born oil economist",
        ),
        (
            "An industry port official said the cranes were idle.",
            "an industry port official",
        ),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
}

/// Near misses: a name after the place adjective, a person named beside the role, a
/// possessive owner, and a hyphenated name standing as the whole subject.
#[test]
fn place_adjective_near_misses_stay_named() {
    let ctx = Context::default();
    for text in [
        "Ohio-based Acme Corp said the plant would reopen.",
        "Ann Lee, a Boston-based analyst, said the fund was losing money.",
        "Acme's port expert said the dock would close by spring.",
        "Kim Hong-kyun said the plant would reopen.",
    ] {
        assert!(vague_texts(text, &ctx).is_empty(), "{text}");
    }
}

/// A vague phrase is never offered as the name to put in place of another vague
/// source: "Name the source: One Ohio-based port expert" would invent a source.
#[test]
fn no_fix_offers_a_vague_phrase_as_a_named_source() {
    let text = "One Ohio-based port expert said the dock would close by spring. \
                A Denver-based trade analyst said the tariff would hurt growers. \
                A source said the cranes were idle.";
    let r = analyze(text, Format::PlainText, &Context::default());
    let titles: Vec<&str> = r
        .findings
        .iter()
        .flat_map(|f| f.fixes.iter().map(|x| x.title.as_str()))
        .collect();
    for t in &titles {
        assert!(
            !t.contains("port expert") && !t.contains("trade analyst"),
            "{titles:?}"
        );
    }
    let vague = r
        .findings
        .iter()
        .filter(|f| f.code == crate::analysis::RuleCode::VagueAttribution)
        .count();
    assert_eq!(vague, 3, "{:?}", r.findings);
}

/// A document or a body of research nobody names, wherever the cue stands.
#[test]
fn unnamed_documents_and_research_are_vague() {
    for (text, want) in [
        (
            "A report said the ferry would stop running in June.",
            "a report",
        ),
        ("Tolls drive visitors away, research suggests.", "research"),
        (
            "New research suggests tolls drive visitors away.",
            "research",
        ),
        ("Evidence indicates the timetable was ignored.", "evidence"),
    ] {
        let found = vague_texts(text, &Context::default());
        assert!(found.iter().any(|s| s.ends_with(want)), "{text}: {found:?}");
    }
}

/// A document the draft names, a maker in front of it, or the document where a named
/// source said it, is no vague source.
#[test]
fn named_documents_stay_silent() {
    for text in [
        "A report by the Harbour Audit Office said the pier was unsafe. The report said repairs would cost £2m.",
        "A police report indicates the van was stolen.",
        "DNA evidence showed the driver was at the scene.",
    ] {
        let found = vague_texts(text, &Context::default());
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// A person named by a trade, a standing or a count, and no name.
#[test]
fn trades_counts_and_figures_are_vague() {
    for (text, want) in [
        (
            "A local shopkeeper told the council the pier was unsafe.",
            "a local shopkeeper",
        ),
        (
            "Twelve councillors said the vote was unfair.",
            "twelve councillors",
        ),
        (
            "One senior figure described the plan as doomed.",
            "one senior figure",
        ),
        (
            "Analysts reckon the ferry company will be sold.",
            "analysts",
        ),
        (
            "Many have voiced concerns that the board hides its losses.",
            "many",
        ),
        (
            "Newspapers have speculated that the captain will quit.",
            "newspapers",
        ),
    ] {
        let found = vague_texts(text, &Context::default());
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
}

/// Lawyers act for a party the copy names; a body they act for is known; a quantifier
/// before a plural noun is no "some say".
#[test]
fn trade_and_quantifier_near_misses() {
    for text in [
        "Prosecution lawyers have argued that the captain lied.",
        "Attorneys for the department said they would miss the deadline.",
        "The mayor has won several states of mind this week.",
        "Premiums for many plans rose by double digits.",
        "Twelve councillors, led by Jo Smith, said the vote was unfair.",
    ] {
        let found = vague_texts(text, &Context::default());
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// "The official" after "a senior official" is the same anonymous source; after a named
/// official it may be that person, and stays unflagged.
#[test]
fn back_references_to_an_anonymous_source() {
    let text = "A senior official said the talks had stalled. The official added that a deal was unlikely.";
    let found = vague_texts(text, &Context::default());
    assert_eq!(found, ["a senior official", "official"], "{found:?}");
    let text = "People familiar with the talks said the ferry would be sold. These people said the price was low.";
    let found = vague_texts(text, &Context::default());
    assert_eq!(found.len(), 2, "{found:?}");
    let text = "A senior official said the talks had stalled. Jo Smith, the finance director, said costs had doubled. The official added that the toll would rise.";
    let found = vague_texts(text, &Context::default());
    assert_eq!(found, ["a senior official"], "{found:?}");
    let text = "Jo Smith, a harbour official, said costs had doubled. The official added that the toll would rise.";
    assert!(vague_texts(text, &Context::default()).is_empty());
}

fn vague(text: &str) -> Vec<String> {
    vague_texts(text, &Context::default())
}

/// An entourage after a possessive stays anonymous unless a name leads it: a comma
/// before the possessive joins it to a name only when a name stands there.
#[test]
fn entourage_after_a_comma_or_a_name() {
    let found =
        vague("The toll, which, her advisers believe, would pay for the bridge, was dropped.");
    assert_eq!(found, vec!["advisers"], "{found:?}");
    let found = vague("Beyond that, his aides say the ferry will run all winter.");
    assert_eq!(found, vec!["aides"], "{found:?}");
    let found = vague("Tom Reed's associates said he would not stand again.");
    assert_eq!(found, vec!["associates"], "{found:?}");
    let found = vague("Lead here.\n\nA friend said the ferry pilot would stand again.");
    assert_eq!(found, vec!["a friend"], "{found:?}");
    // Near misses: a name leads the group, or the head is one person.
    assert!(vague("Ann Lee and her advisers said the toll was fair.").is_empty());
    assert!(vague("Lead here.\n\nAnn Lee's friend said the toll was fair.").is_empty());
    assert!(vague("Tom Reed's wife said he would not stand again.").is_empty());
}

/// "That person" and "the person" point back to an anonymous source of any of the
/// anonymous heads; after a named source they do not.
#[test]
fn person_points_back_to_an_anonymous_source() {
    let text = "A source close to the captain said the ferry was unsafe. \
                That person said the repairs had been put off twice.";
    assert_eq!(vague(text).len(), 2, "{:?}", vague(text));
    let text = "An insider at the yard said the hull was cracked. \
                At the same time, the person added, the paint was new.";
    assert_eq!(vague(text).len(), 2, "{:?}", vague(text));
    let text = "Jo Smith said the ferry was unsafe. \
                That person said the repairs had been put off twice.";
    assert!(vague(text).is_empty(), "{:?}", vague(text));
}

/// A vague head with a post-modifier before "say" is the subject, over a quantifier
/// or a plain adjective before it and past ", however,"; not after "the", and not over
/// a verb the words before it hold.
#[test]
fn post_modified_subjects_of_say() {
    for (text, want) in [
        (
            "Proponents of the toll, however, say it will pay for the bridge.",
            "proponents of the toll",
        ),
        (
            "But many weary residents who cross the bridge say the toll is unfair.",
            "many weary residents who cross the bridge",
        ),
        (
            "Organisations that campaign for cyclists say the toll is unfair.",
            "organisations that campaign for cyclists",
        ),
    ] {
        let found = vague(text);
        assert_eq!(found, vec![want.to_string()], "{text}");
    }
    assert!(vague("The weary residents who cross the bridge say the toll is unfair.").is_empty());
    let found =
        vague("It is what some wrongly call travellers who they think come from the mainland.");
    assert!(found.iter().all(|s| !s.contains("call")), "{found:?}");
}

/// A counted group coordinated with a named body is that body's company: "the
/// Harbour Trust and 14 local groups". Two adjectives joined by "and" are not.
#[test]
fn a_group_coordinated_with_a_named_body() {
    assert!(
        vague("The Harbour Trust and 14 local organisations called for a ban on Monday.")
            .is_empty()
    );
    let found = vague("Welsh and English farmers say the toll is unfair.");
    assert_eq!(found.len(), 1, "{found:?}");
}

/// The relation's `vague` flag for the clause whose source reads `source`.
fn relation_vague(text: &str, source: &str) -> Option<bool> {
    let r = analyze(text, Format::PlainText, &Context::default());
    r.relations
        .iter()
        .find(|x| x.source_text.as_deref() == Some(source))
        .map(|x| x.vague)
}

/// A document whose maker the copy names nearby is a named source on the attribution
/// itself, so the JSON's `vague` flag agrees with the rule's silence.
#[test]
fn a_document_with_a_named_maker_is_not_vague_in_the_relations() {
    for text in [
        "Tolls will double by May, said a report. The report, by the Causeway Trust, blamed repairs.",
        "A survey found most anglers back the ban. The survey was released on Friday by Loch Polling.",
        "Tolls will double, says a report.\n\nFew drivers use the old road. Market analysts Brindle Data predicts queues will grow. The report says a second lane is needed.",
    ] {
        let source = if text.starts_with("A survey") { "A survey" } else { "a report" };
        assert_eq!(relation_vague(text, source), Some(false), "{text}");
    }
}

/// Near misses: a name nearby the copy does not tie to the document, a "by" that names
/// no one, a maker two sentences on, a crediting back-reference two paragraphs on.
#[test]
fn a_document_without_a_named_maker_stays_vague_in_the_relations() {
    for text in [
        "Tolls will double by May, said a report. Causeway Trust chair Ivo Marsh said repairs cost more.",
        "Tolls will double by May, said a report. The report, by any reckoning, was grim.",
        "Tolls will double by May, said a report. Drivers were angry. The report, by the Causeway Trust, blamed repairs.",
        "Tolls will double, says a report.\n\nFew drivers use the old road.\n\nMarket analysts Brindle Data predicts queues will grow. The report says a second lane is needed.",
    ] {
        assert_eq!(relation_vague(text, "a report"), Some(true), "{text}");
    }
}

/// A noun of view whose holders follow as a vague group, with the clause they hold,
/// is a vague source.
#[test]
fn a_view_held_by_a_vague_group() {
    let ctx = Context::default();
    for (text, want) in [
        (
            "The mayor brushed aside fears from some councillors that the ferry plan was too small.",
            "some councillors",
        ),
        (
            "The budget follows complaints among local traders that the toll was too high.",
            "local traders",
        ),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
}

/// Near misses: a named holder, a count with no clause held, a view with no "from".
#[test]
fn a_view_near_misses() {
    let ctx = Context::default();
    for text in [
        "The mayor brushed aside fears from Harriet Vane that the ferry plan was too small.",
        "Complaints from passengers rose by a third last winter.",
        "The mayor shared the concerns of the harbour board.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// "is credited with" and a deed hides who credits; a scorer's record, an agent, or a
/// wish does not.
#[test]
fn credited_with_a_deed_is_agentless() {
    let ctx = Context::default();
    let found = vague_texts(
        "A quiet planner, she is credited with rescuing the ferry company.",
        &ctx,
    );
    assert_eq!(found, ["is credited"], "{found:?}");
    for text in [
        "The keeper was credited with an assist in the second half.",
        "She was credited by the harbour board with rescuing the ferry company.",
        "She wants to be credited with rescuing the ferry company.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// A generic group's hope about what will happen is a view: "officials hope the pier
/// will reopen". A wish to act ("hope to"), a hope for something, and a group a name
/// leads are not vague sources.
#[test]
fn a_generic_group_hoping_a_clause() {
    let ctx = Context::default();
    for (text, want) in [
        (
            "Harbour officials hope the new pier will draw more ferries.",
            "harbour officials",
        ),
        (
            "It is a plan that campaigners hoped would end the toll.",
            "campaigners",
        ),
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.iter().any(|s| s == want), "{text}: {found:?}");
    }
    for text in [
        "Harbour officials hope to reopen the pier in May.",
        "Local fans hoped for a win on Saturday.",
        "It is a plan that Ann Lee and other campaigners hoped would end the toll.",
        "It is a plan that Ann Lee and leading campaigners hope would end the toll.",
    ] {
        let found = vague_texts(text, &ctx);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}
