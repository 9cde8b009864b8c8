//! One analyzer per language: words split on anything but letters and
//! digits, lower-cased, diacritics folded ("universita" finds
//! "università"), stop words removed, and stemmed (plural and singular,
//! verb forms). Arabic text is first normalised: short vowels and tatweel
//! removed, the forms of alef made one, alef maqsura read as ya.

use agoral_domain::lang::Lang;
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer,
};

/// The tokenizer name registered for a language.
pub fn analyzer_name(lang: Lang) -> &'static str {
    match lang {
        Lang::It => "agoral_it",
        Lang::En => "agoral_en",
        Lang::Fr => "agoral_fr",
        Lang::Ar => "agoral_ar",
    }
}

/// Common Arabic words that carry no meaning for search, normalised as the
/// analyzer normalises (no hamza on alef, no short vowels). Written for
/// AgorAL: no stop-word list for Arabic ships with the search engine.
pub const ARABIC_STOP_WORDS: &[&str] = &[
    "في",
    "من",
    "الى",
    "على",
    "عن",
    "مع",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "اللواتي",
    "هو",
    "هي",
    "هم",
    "هن",
    "انا",
    "نحن",
    "انت",
    "انتم",
    "كان",
    "كانت",
    "كانوا",
    "يكون",
    "تكون",
    "ان",
    "او",
    "ام",
    "ثم",
    "لا",
    "لم",
    "لن",
    "ما",
    "ماذا",
    "متى",
    "اين",
    "كيف",
    "كل",
    "بعض",
    "غير",
    "بين",
    "حتى",
    "اذا",
    "لكن",
    "قد",
    "لقد",
    "عند",
    "عندما",
    "منذ",
    "بعد",
    "قبل",
    "حول",
    "خلال",
    "ضد",
    "الا",
    "هناك",
    "هنا",
    "ايضا",
    "فقط",
    "كما",
    "لان",
    "مثل",
    "به",
    "بها",
    "له",
    "لها",
    "لهم",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "اليه",
    "اليها",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "يا",
    "اي",
    "التى",
    "الذى",
    "وهو",
    "وهي",
    "ولا",
    "وقد",
    "وكان",
    "ذات",
    "دون",
    "نحو",
    "لدى",
    "تحت",
    "فوق",
    "امام",
    "عبر",
];

/// Arabic normalisation of one word.
pub fn normalise_arabic(word: &str) -> String {
    word.chars()
        .filter_map(|c| match c {
            // Short vowels, shadda, sukun, superscript alef, tatweel.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => None,
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ى' => Some('ي'),
            c => Some(c),
        })
        .collect()
}

/// A token filter applying [`normalise_arabic`].
#[derive(Clone, Copy, Debug)]
pub struct ArabicNormaliser;

impl TokenFilter for ArabicNormaliser {
    type Tokenizer<T: Tokenizer> = ArabicNormaliserFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> ArabicNormaliserFilter<T> {
        ArabicNormaliserFilter(tokenizer)
    }
}

#[derive(Clone, Debug)]
pub struct ArabicNormaliserFilter<T>(T);

impl<T: Tokenizer> Tokenizer for ArabicNormaliserFilter<T> {
    type TokenStream<'a> = ArabicNormaliserStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        ArabicNormaliserStream(self.0.token_stream(text))
    }
}

pub struct ArabicNormaliserStream<S>(S);

impl<S: TokenStream> TokenStream for ArabicNormaliserStream<S> {
    fn advance(&mut self) -> bool {
        if !self.0.advance() {
            return false;
        }
        let token = self.0.token_mut();
        if token
            .text
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
        {
            token.text = normalise_arabic(&token.text);
        }
        true
    }

    fn token(&self) -> &Token {
        self.0.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.0.token_mut()
    }
}

/// The analyzer of a language.
pub fn analyzer(lang: Lang) -> TextAnalyzer {
    let base = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser);
    match lang {
        Lang::Ar => base
            .filter(ArabicNormaliser)
            .filter(AsciiFoldingFilter)
            .filter(StopWordFilter::remove(
                ARABIC_STOP_WORDS.iter().map(|w| (*w).to_owned()),
            ))
            .filter(Stemmer::new(Language::Arabic))
            .build(),
        other => {
            let language = match other {
                Lang::En => Language::English,
                Lang::Fr => Language::French,
                _ => Language::Italian,
            };
            let stop = StopWordFilter::new(language)
                .unwrap_or_else(|| StopWordFilter::remove(Vec::<String>::new()));
            base.filter(AsciiFoldingFilter)
                .filter(stop)
                .filter(Stemmer::new(language))
                .build()
        }
    }
}

/// The terms a text gives in a language, as the index stores them.
pub fn terms(lang: Lang, text: &str) -> Vec<String> {
    // Built once (stop-word sets included); a clone shares them.
    static ANALYZERS: std::sync::LazyLock<[TextAnalyzer; 4]> =
        std::sync::LazyLock::new(|| Lang::ALL.map(analyzer));
    let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    let mut analyzer = ANALYZERS[index].clone();
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn italian_folds_accents_drops_stop_words_and_stems() {
        assert_eq!(terms(Lang::It, "università"), terms(Lang::It, "universita"));
        assert_eq!(terms(Lang::It, "scuole"), terms(Lang::It, "scuola"));
        assert_eq!(terms(Lang::It, "lavoratori"), terms(Lang::It, "lavoratore"));
        assert!(terms(Lang::It, "della").is_empty());
    }

    #[test]
    fn arabic_normalises_and_stems() {
        assert_eq!(normalise_arabic("أَطْفَال"), "اطفال");
        assert_eq!(terms(Lang::Ar, "الأطفال"), terms(Lang::Ar, "الاطفال"));
        assert!(terms(Lang::Ar, "في").is_empty());
        assert!(!terms(Lang::Ar, "المدرسة").is_empty());
    }
}
