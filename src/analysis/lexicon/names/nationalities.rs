//! The nationality adjective of a country: "Britain's Jo Roe" is a British athlete, and
//! the role the draft gives is written the way a reader says it.

/// Countries (and their common short forms) with the adjective for their people.
const COUNTRY_DEMONYMS: &[(&str, &str)] = &[
    ("Britain", "British"),
    ("Great Britain", "British"),
    ("England", "English"),
    ("Scotland", "Scottish"),
    ("Wales", "Welsh"),
    ("Ireland", "Irish"),
    ("America", "American"),
    ("France", "French"),
    ("Germany", "German"),
    ("Italy", "Italian"),
    ("Spain", "Spanish"),
    ("Portugal", "Portuguese"),
    ("Netherlands", "Dutch"),
    ("Holland", "Dutch"),
    ("Belgium", "Belgian"),
    ("Switzerland", "Swiss"),
    ("Austria", "Austrian"),
    ("Sweden", "Swedish"),
    ("Norway", "Norwegian"),
    ("Denmark", "Danish"),
    ("Finland", "Finnish"),
    ("Poland", "Polish"),
    ("Russia", "Russian"),
    ("Ukraine", "Ukrainian"),
    ("Greece", "Greek"),
    ("Turkey", "Turkish"),
    ("China", "Chinese"),
    ("Japan", "Japanese"),
    ("India", "Indian"),
    ("Pakistan", "Pakistani"),
    ("Australia", "Australian"),
    ("Canada", "Canadian"),
    ("Mexico", "Mexican"),
    ("Brazil", "Brazilian"),
    ("Argentina", "Argentine"),
    ("Jamaica", "Jamaican"),
    ("Kenya", "Kenyan"),
    ("Ethiopia", "Ethiopian"),
    ("Morocco", "Moroccan"),
    ("Nigeria", "Nigerian"),
    ("Egypt", "Egyptian"),
    ("Israel", "Israeli"),
    ("Iran", "Iranian"),
    ("Iraq", "Iraqi"),
];

/// "Britain" → "British", "Kenya" → "Kenyan"; None for anything else.
pub fn demonym_of_country(country: &str) -> Option<&'static str> {
    COUNTRY_DEMONYMS
        .iter()
        .find(|(c, _)| *c == country)
        .map(|(_, d)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_give_their_adjective_and_nothing_else_does() {
        assert_eq!(demonym_of_country("Britain"), Some("British"));
        assert_eq!(demonym_of_country("Kenya"), Some("Kenyan"));
        assert_eq!(demonym_of_country("London"), None);
        assert_eq!(demonym_of_country("britain"), None);
    }
}
