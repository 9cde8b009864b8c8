/// Minutes a reader needs for a text, at 200 words a minute (a prudent
/// figure for readers of Italian as a second language), at least one.
pub fn reading_minutes(text: &str) -> u32 {
    minutes_for_words(word_count(text))
}

/// Minutes a reader needs for `words` words.
pub fn minutes_for_words(words: i64) -> u32 {
    u32::try_from((words.max(0) + 199) / 200)
        .unwrap_or(u32::MAX)
        .max(1)
}

/// Words of a text: runs between spaces, dashes and slashes with a letter
/// or digit in them. One pass without allocating.
pub fn word_count(text: &str) -> i64 {
    let mut words = 0i64;
    let mut in_word = false;
    for c in text.chars() {
        let (separator, alphanumeric) = if c.is_ascii() {
            let b = c as u8;
            (
                b.is_ascii_whitespace() || b == 0x0b || b == b'/',
                b.is_ascii_alphanumeric(),
            )
        } else {
            (
                c.is_whitespace() || matches!(c, '—' | '–'),
                c.is_alphanumeric(),
            )
        };
        if separator {
            if in_word {
                words += 1;
                in_word = false;
            }
        } else if alphanumeric {
            in_word = true;
        }
    }
    if in_word {
        words += 1;
    }
    words
}

#[cfg(test)]
mod tests {
    use super::{minutes_for_words, reading_minutes, word_count};

    #[test]
    fn minutes() {
        assert_eq!(reading_minutes(""), 1);
        assert_eq!(reading_minutes(&"parola ".repeat(200)), 1);
        assert_eq!(reading_minutes(&"parola ".repeat(201)), 2);
        assert_eq!(reading_minutes(&"كلمة ".repeat(1500)), 8);
        // Markdown punctuation is not a word.
        assert_eq!(reading_minutes(&"## * - > ".repeat(500)), 1);
        // Dashes, slashes and every kind of space separate words.
        assert_eq!(reading_minutes(&"a/b—c–d\u{a0}e\u{b}f ".repeat(40)), 2);
        assert_eq!(reading_minutes(&"a/b—c–d\u{a0}e\u{b}f ".repeat(33)), 1);
        assert_eq!(word_count("l'acqua — 3 / x ## ..."), 3);
        assert_eq!(minutes_for_words(0), 1);
        assert_eq!(minutes_for_words(-5), 1);
        assert_eq!(minutes_for_words(401), 3);
    }
}
