//! Folding text for search, so that what a delegate types finds what was written however it
//! was accented, cased or encoded.
//!
//! The steps, in order:
//! 1. Compatibility decomposition (NFKD). Canonical decomposition alone (NFD) already makes
//!    "é" typed as one character and as e + U+0301 equal, and Bengali য় (U+09DF) equal to
//!    য + nukta (U+09AF U+09BC) — the nukta is kept, so য় never matches plain য. The
//!    compatibility part is chosen on purpose: text pasted from PDFs and slides carries
//!    ligatures (ﬁ), Arabic presentation forms and full-width letters, and French typography
//!    puts no-break spaces (U+00A0, U+202F) before `:` `;` `?` `!`; NFKD turns all of these into
//!    the letters and spaces a delegate types. What it also folds (², ½, ™) only matters to
//!    searching, never to what is shown or saved.
//! 2. Lower case, character by character (`char::to_lowercase`, so no final-sigma rule: Σ, σ
//!    and ς all become σ). ẞ/ß become "ss", and a few Latin letters that carry their stroke
//!    in the letter itself, not as a combining mark, are folded by hand: ø→o, ł→l, đ→d, ħ→h,
//!    œ→oe, æ→ae, ı→i.
//! 3. Accents are dropped: the combining diacritical marks used on Latin, Greek and Cyrillic
//!    letters (U+0300–U+036F, their extended and supplement blocks, half marks), and the
//!    optional Arabic vowel signs (tashkeel U+064B–U+0652, dagger alef U+0670) and the
//!    tatweel (U+0640), which Arabic writers mostly leave out. The marks that are part of a
//!    letter are kept: Indic vowel signs, viramas and nuktas (কি is not found by কা), and the
//!    Arabic hamza and madda above or below alef (U+0653–U+0655), which spell a different
//!    letter.
//! 4. Every run of white space becomes one space.
//!
//! Folding is idempotent, and both sides of a comparison are folded the same way.

use unicode_normalization::UnicodeNormalization;

/// `text` folded for comparison (see the module's notes).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Folds `text` into `out`, which is cleared first: a search reuses one buffer for every
/// entry instead of allocating one each.
pub fn fold_into(text: &str, out: &mut String) {
    out.clear();
    let mut space = false;
    if text.is_ascii() {
        // Most entries: nothing to decompose, no accents to drop.
        for b in text.bytes() {
            push(out, char::from(b.to_ascii_lowercase()), &mut space);
        }
        return;
    }
    for c in text.nfkd() {
        for l in c.to_lowercase() {
            if is_accent(l) {
                continue;
            }
            match l {
                'ß' => {
                    push(out, 's', &mut space);
                    push(out, 's', &mut space);
                }
                'œ' => {
                    push(out, 'o', &mut space);
                    push(out, 'e', &mut space);
                }
                'æ' => {
                    push(out, 'a', &mut space);
                    push(out, 'e', &mut space);
                }
                _ => push(out, single(l), &mut space),
            }
        }
    }
}

/// Letters folded one for one.
fn single(c: char) -> char {
    match c {
        'ø' => 'o',
        'ł' => 'l',
        'đ' => 'd',
        'ħ' => 'h',
        'ı' => 'i',
        'ς' => 'σ',
        _ => c,
    }
}

/// Whether folded `text` contains folded `query` as whole letters: a match that a kept mark
/// turns into another letter (a nukta: য + ় is য়; a hamza or madda on alef) is not one.
/// Without this, য would find the য of য় (U+09AF U+09BC, after decomposition). A vowel sign
/// after the match is fine: বিয় finds বিয়ে as "caf" finds "café".
pub fn contains(text: &str, query: &str) -> bool {
    text.match_indices(query).any(|(at, m)| {
        !text[at + m.len()..]
            .chars()
            .next()
            .is_some_and(changes_the_letter)
    })
}

fn changes_the_letter(c: char) -> bool {
    const NUKTA: u8 = 7;
    unicode_normalization::char::canonical_combining_class(c) == NUKTA
        || matches!(c, '\u{0653}'..='\u{0655}')
}

/// Pushes `c`, a run of white space as one space.
fn push(out: &mut String, c: char, space: &mut bool) {
    if c.is_whitespace() {
        if !*space {
            out.push(' ');
        }
        *space = true;
    } else {
        out.push(c);
        *space = false;
    }
}

/// Marks dropped by folding: accents, not parts of letters.
fn is_accent(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'   // Combining Diacritical Marks (Latin, Greek, Cyrillic)
        | '\u{1AB0}'..='\u{1AFF}' // Combining Diacritical Marks Extended
        | '\u{1DC0}'..='\u{1DFF}' // Combining Diacritical Marks Supplement
        | '\u{FE20}'..='\u{FE2F}' // Combining Half Marks
        | '\u{064B}'..='\u{0652}' // Arabic tashkeel: optional vowel signs, shadda, sukun
        | '\u{0670}'              // Arabic superscript (dagger) alef
        | '\u{0640}' // Arabic tatweel: stretching, not a letter
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn accents_and_case_fold_away() {
        assert_eq!(fold("Migración"), "migracion");
        assert_eq!(fold("SOCIÉTÉ"), "societe");
        assert_eq!(fold("Société civile"), fold("societe CIVILE"));
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("STRAẞE"), "strasse");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("ΟΔΟΣ"), fold("οδός"));
        assert_eq!(fold("Ёлка"), fold("елка"));
    }

    #[test]
    fn a_match_is_whole_letters() {
        let has = |text: &str, query: &str| contains(&fold(text), &fold(query));
        // বিয়ে: য় as one code point; plain য is another letter.
        assert!(!has("বি\u{09DF}ে", "\u{09AF}"));
        assert!(has("বি\u{09DF}ে", "\u{09AF}\u{09BC}"));
        assert!(has("বি\u{09AF}\u{09BC}ে", "\u{09DF}"));
        assert!(
            has("বি\u{09DF}ে", "বি\u{09DF}"),
            "a vowel sign after the match is fine"
        );
        assert!(has("কি", "ক"));
        assert!(!has("\u{09A1}\u{09BC}", "\u{09A1}"), "ড় is not ড");
        assert!(
            has("\u{09A1}\u{09BC} \u{09A1}", "\u{09A1}"),
            "a whole ড elsewhere counts"
        );
        assert!(!has("أمن", "امن"), "hamza spells another letter");
        assert!(
            has("Migración", "migracion"),
            "accents are gone before matching"
        );
    }

    #[test]
    fn combining_and_precomposed_are_one() {
        let precomposed = "caf\u{00E9}";
        let combining = "cafe\u{0301}";
        assert_eq!(fold(precomposed), fold(combining));
        assert_eq!(fold(combining), "cafe");
    }

    #[test]
    fn bengali_keeps_its_marks_and_both_forms_of_ya_agree() {
        let one = "\u{09DF}"; // য়
        let two = "\u{09AF}\u{09BC}"; // য + nukta
        assert_eq!(fold(one), fold(two));
        assert_ne!(
            fold(one),
            fold("\u{09AF}"),
            "the nukta is part of the letter"
        );
        assert_ne!(
            fold("কি"),
            fold("ক"),
            "a vowel sign is part of the syllable"
        );
        assert_eq!(fold("বাংলা"), "বাংলা");
    }

    #[test]
    fn arabic_drops_optional_vowels_and_keeps_hamza() {
        assert_eq!(fold("مُؤْتَمَر"), fold("مؤتمر"));
        assert_eq!(fold("مـؤتـمر"), fold("مؤتمر"), "tatweel only stretches");
        assert_ne!(fold("أمن"), fold("امن"), "hamza spells another letter");
        assert_eq!(fold("\u{0623}"), fold("\u{0627}\u{0654}"));
    }

    #[test]
    fn compatibility_forms_and_spaces_fold() {
        assert_eq!(fold("ﬁnance"), "finance");
        assert_eq!(fold("ＵＮ"), "un");
        assert_eq!(fold("quoi\u{202F}?"), "quoi ?");
        assert_eq!(fold("a\u{00A0}\n\t b"), "a b");
    }

    proptest! {
        #[test]
        fn folding_is_idempotent(s in any::<String>()) {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
        }

        #[test]
        fn nfc_and_nfd_fold_alike(s in any::<String>()) {
            let nfc: String = s.nfc().collect();
            let nfd: String = s.nfd().collect();
            prop_assert_eq!(fold(&nfc), fold(&nfd));
        }

        #[test]
        fn folding_a_latin_word_with_accents_gives_the_bare_word(
            s in "[a-zA-Z ]{0,12}",
            accents in proptest::collection::vec(0x300u32..0x370, 0..12),
        ) {
            let mut marked = String::new();
            for (n, c) in s.chars().enumerate() {
                marked.push(c);
                if let Some(a) = accents.get(n).and_then(|&a| char::from_u32(a)) {
                    marked.push(a);
                }
            }
            prop_assert_eq!(fold(&marked), fold(&s));
        }
    }
}
