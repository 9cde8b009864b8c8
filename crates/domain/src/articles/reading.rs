/// Minutes a reader needs for a text, at 200 words a minute (a prudent
/// figure for readers of Italian as a second language), at least one.
pub fn reading_minutes(text: &str) -> u32 {
    let words = text
        .split(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '/'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    (words.div_ceil(200)).max(1) as u32
}

#[cfg(test)]
mod tests {
    use super::reading_minutes;

    #[test]
    fn minutes() {
        assert_eq!(reading_minutes(""), 1);
        assert_eq!(reading_minutes(&"parola ".repeat(200)), 1);
        assert_eq!(reading_minutes(&"parola ".repeat(201)), 2);
        assert_eq!(reading_minutes(&"كلمة ".repeat(1500)), 8);
        // Markdown punctuation is not a word.
        assert_eq!(reading_minutes(&"## * - > ".repeat(500)), 1);
    }
}
