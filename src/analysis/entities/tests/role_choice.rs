//! Which role stands for a person: plural possessives in a role, nationalities when the
//! draft says nothing else, and a one-word role giving way to one that says more.

use super::*;

#[test]
fn a_plural_possessive_belongs_to_the_title_or_role_after_it() {
    let es = ents("On Monday the Free Democrats' President Anna Roe said the vote was lost.");
    assert_eq!(
        find(&es, "Anna Roe").role(),
        Some("Free Democrats' President")
    );
    let es = ents("Former umpires' chief Dan Okafor backed the call.");
    assert_eq!(
        find(&es, "Dan Okafor").role(),
        Some("Former umpires' chief")
    );
}

#[test]
fn a_lower_case_plural_possessive_stays_off_a_formal_title() {
    let es = ents("On Monday the players' Captain Tom Reed said the team was ready.");
    assert_eq!(find(&es, "Tom Reed").role(), Some("Captain"));
}

#[test]
fn a_nationality_is_the_role_when_nothing_else_is_said() {
    let es = ents("In the final, Kenya's Ruth Wanjiru won by a stride.");
    assert_eq!(find(&es, "Ruth Wanjiru").role(), Some("Kenyan"));
    let es = ents("In the heats, Dutch Anna Visser finished second.");
    assert_eq!(find(&es, "Anna Visser").role(), Some("Dutch"));
}

#[test]
fn a_city_or_a_named_team_before_the_possessive_gives_no_nationality() {
    let es = ents("In the final, Leeds's Ruth Wanjiru won by a stride.");
    assert_eq!(find(&es, "Ruth Wanjiru").role(), None);
    let es = ents("Fans cheered as Team Kenya's Ruth Wanjiru won by a stride.");
    assert_ne!(find(&es, "Ruth Wanjiru").role(), Some("Kenyan"));
}

#[test]
fn a_nationality_gives_way_to_any_role_stated_after_it() {
    let es = ents("In the final, Kenya's Ruth Wanjiru, a former world champion, won.");
    assert_eq!(
        find(&es, "Ruth Wanjiru").role(),
        Some("a former world champion")
    );
}

#[test]
fn a_bare_role_gives_way_to_the_same_role_with_its_qualifiers() {
    let text = "The Greens launched their plan, with leader Ama Boateng saying it was costed. \
                Later, Green Party leader Ama Boateng said more.";
    let es = ents(text);
    assert_eq!(find(&es, "Ama Boateng").role(), Some("Green Party leader"));
}

#[test]
fn a_role_of_two_words_is_kept_when_a_fuller_one_follows() {
    let text = "The Greens met, with party treasurer Ama Boateng saying it was costed. \
                Later, Green party treasurer Ama Boateng said more.";
    let es = ents(text);
    assert_eq!(find(&es, "Ama Boateng").role(), Some("party treasurer"));
}

#[test]
fn a_bare_title_gives_way_to_the_appositive_of_the_same_introduction() {
    let es = ents("General Ama Boateng, chief of the defence staff, told reporters.");
    assert_eq!(
        find(&es, "Ama Boateng").role(),
        Some("chief of the defence staff")
    );
}

#[test]
fn a_bare_title_stays_when_the_fuller_role_comes_in_a_later_introduction() {
    let text = "General Ama Boateng told reporters about the plan on Monday morning. \
                Ama Boateng, chief of the defence staff, then left.";
    let es = ents(text);
    assert_eq!(find(&es, "Ama Boateng").role(), Some("General"));
}

#[test]
fn a_formal_title_after_the_name_is_its_role_and_a_cue_for_the_name() {
    let text = "Ida Kent said it was over. But Rob Banks, Green MP for Bristol Central, said no.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Rob Banks").role(),
        Some("Green MP for Bristol Central")
    );
}

#[test]
fn a_title_followed_by_a_name_after_the_comma_is_another_person() {
    let es = ents("Ann Roe, Chancellor Tom Lee and two aides met on Monday.");
    assert_eq!(find(&es, "Ann Roe").role(), None);
    assert_eq!(find(&es, "Tom Lee").role(), Some("Chancellor"));
}

#[test]
fn a_role_before_the_name_and_an_appositive_after_it_are_one_role() {
    let es =
        ents("It works, said lead researcher Ann Roe, a senior analyst at the Kent Institute.");
    assert_eq!(
        find(&es, "Ann Roe").role(),
        Some("lead researcher, a senior analyst at the Kent Institute")
    );
}

#[test]
fn a_formal_title_is_not_joined_to_the_appositive_after_the_name() {
    let es = ents("Chancellor Ann Roe, a former banker, spoke first.");
    let roe = find(&es, "Ann Roe");
    let roles: Vec<_> = roe.roles.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(roles, ["Chancellor", "a former banker"]);
}

#[test]
fn a_long_appositive_on_an_article_and_a_role_noun_is_one_role() {
    let text = "Tom Hale, an expert in soil and water chemistry at the Department of Earth \
                Sciences at the University of Kent, said more work was needed.";
    let es = ents(text);
    assert_eq!(
        find(&es, "Tom Hale").role(),
        Some(
            "an expert in soil and water chemistry at the Department of Earth Sciences at the University of Kent"
        )
    );
}

#[test]
fn a_long_appositive_without_an_early_role_noun_is_no_role() {
    let text = "Tom Okafor, a man whose farm lies at the edge of the marsh where the river \
                floods each spring and autumn, said more work was needed.";
    let es = ents(text);
    assert_eq!(find(&es, "Tom Okafor").role(), None);
}

#[test]
fn a_nationality_noun_before_the_name_is_given_as_the_adjective() {
    let es = ents("In the final, Briton Tom Okafor won by a stride.");
    assert_eq!(find(&es, "Tom Okafor").role(), Some("British"));
}

#[test]
fn a_description_that_tells_of_the_persons_own_deed_is_no_role() {
    let text = "In the heats, Tom Okafor, the first man to trip over his own feet, said sorry.";
    let es = ents(text);
    assert_ne!(
        find(&es, "Tom Okafor").role(),
        Some("the first man to trip over his own feet")
    );
}

#[test]
fn an_appositive_that_introduces_relatives_is_not_joined_to_the_role() {
    let text = "It was late, said his wife Ann Roe, son Sam and daughter Mia, who were there.";
    let es = ents(text);
    assert!(!es
        .iter()
        .any(|e| e.role().is_some_and(|r| r.contains("son Sam"))));
}
