//! Subjects of reporting verbs in clauses around a quotation: counted nouns that are no
//! verbs, impersonal passives, participles after a "that" clause, pronouns after a
//! subordinator and names set off after the quotation.

use super::*;

fn one(name: &str) -> Vec<Option<String>> {
    vec![Some(name.to_string())]
}

#[test]
fn a_counted_plural_is_a_noun_not_a_reporting_verb() {
    let text = "The first three counties that vote hold few seats, and they \"count for more than any poll,\" Dana Reyes wrote.";
    assert_eq!(speakers(text), one("Dana Reyes"));
    // Near miss: without a word that counts, "states" reports.
    let text =
        "Governor Ana Ruiz states that the levy \"will cost every family more money next year.\"";
    assert_eq!(speakers(text), one("Ana Ruiz"));
}

#[test]
fn a_passive_that_reports_nothing_is_no_speaker() {
    let text = "Farmers have fought the levy ever since it was introduced. It is the old pull of the \"keep your plan if you like it\" promise.";
    assert_eq!(speakers(text), vec![None::<String>]);
    // Near miss: the impersonal passive set off after a comma reports the sentence.
    let text = "A local man held for weeks will sue the \"whole rotten council and its staff\", it is reported.";
    assert_eq!(speakers(text), one("it is reported"));
}

#[test]
fn a_participle_after_a_that_clause_is_the_main_subjects() {
    let text = "Chief Ann Cole later admitted that the curfew was not needed, noting that \"nobody has been arrested in weeks.\"";
    assert_eq!(speakers(text), one("Ann Cole"));
    let text = "Senator Tom Bell rejected the idea that the vote was rushed, arguing that members had \"months to read every page of it.\"";
    assert_eq!(speakers(text), one("Tom Bell"));
    // Near miss: a participle that tells someone, after a clause with a named subject,
    // is that subject's.
    let text = "Former finance chief Tom Bell has said that Ann Cole ordered the changes, telling him to \"make the numbers work for us.\"";
    assert_eq!(speakers(text), one("Ann Cole"));
}

#[test]
fn a_participle_after_a_quotation_and_a_preposition_shares_the_subject() {
    let text = "Tom Bell said the ruling had \"kept the town safe\" on Monday before claiming that the fence was \"keeping families apart.\"";
    assert_eq!(
        speakers(text),
        [Some("Tom Bell".to_string()), Some("Tom Bell".to_string())]
    );
}

#[test]
fn a_pronoun_after_a_subordinator_is_its_clauses_subject() {
    let text = "Ann Cole spoke first. The crowd cheered when she urged voters, \"Look at what I promised and look at what I delivered.\"";
    assert_eq!(speakers(text), one("Ann Cole"));
    // Near miss: a sentence that opens on the subordinate clause names its subject later.
    let text = "Ann Cole spoke first. When she urged voters to turn out, Tom Bell said: \"We need every vote we can get.\"";
    assert_eq!(speakers(text), one("Tom Bell"));
}

#[test]
fn a_name_set_off_after_the_quotation_speaks_for_the_verb_after_its_appositive() {
    let text = "\"Both of them scare me a great deal,\" Tom Bell, 30, of Leeds, who took part in the poll, said in an interview.";
    assert_eq!(speakers(text), one("Tom Bell"));
    let text = "\"The numbers favour her side now,\" Ann Cole, the pollster who founded the survey tweeted on Monday.";
    assert_eq!(speakers(text), one("Ann Cole"));
}

#[test]
fn a_pronoun_after_a_spokesperson_goes_to_the_spokesperson() {
    let text = "Party campaign chief Tom Bell said the poster was misread. An Acme Party spokesman later said the timing was not affected. \"It has been on the website for two weeks now,\" he said.";
    assert_eq!(speakers(text), one("Acme Party"));
}

#[test]
fn a_capitalised_word_after_a_reporting_verb_is_a_name_not_an_auxiliary() {
    let text = "\"It is a very expensive way to run a college,\" said Will Doyle, a professor.";
    assert_eq!(speakers(text), one("Will Doyle"));
}
