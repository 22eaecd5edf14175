//! `\N{NAME}` in unicode literals: a character name in, the code point CPython 2.7's
//! `unicodedata` (Unicode 5.2.0) gives for it out.
//!
//! CPython 2.7's lookup differs from a modern one in three ways, all kept here:
//! - only characters that exist in Unicode 5.2 have names (`NAMED_RANGES`, generated from
//!   CPython), and name aliases (`BACKSPACE`, `LINE FEED`) are unknown;
//! - ordinary names match case-insensitively, but the computed names are case-sensitive:
//!   `CJK UNIFIED IDEOGRAPH-` plus exactly 4 or 5 upper-case hex digits inside the 5.2 ideograph
//!   ranges, and `HANGUL SYLLABLE ` plus upper-case jamo;
//! - nothing else is special.
//!
//! Names themselves never change between Unicode versions, so the modern table of the
//! `unicode_names2` crate answers for every 5.2 character.

use super::names52::NAMED_RANGES;

const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";
const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";

/// The CJK unified ideograph ranges of Unicode 5.2.
const CJK_RANGES_5_2: &[(u32, u32)] = &[
    (0x3400, 0x4DB5),
    (0x4E00, 0x9FCB),
    (0x20000, 0x2A6D6),
    (0x2A700, 0x2B734),
];

/// The code point named `name`, or `None` where CPython 2.7 reports an unknown name.
pub(super) fn lookup(name: &[u8]) -> Option<u32> {
    let name = std::str::from_utf8(name).ok()?;
    if !name.is_ascii() {
        return None;
    }
    if let Some(hex) = name.strip_prefix(CJK_PREFIX) {
        return cjk_ideograph(hex);
    }
    if let Some(jamo) = name.strip_prefix(HANGUL_PREFIX) {
        if jamo.bytes().any(|b| b.is_ascii_lowercase()) {
            return None;
        }
        let c = unicode_names2::character(name)? as u32;
        return (0xAC00..=0xD7A3).contains(&c).then_some(c);
    }
    let c = unicode_names2::character(name)?;
    // Reject aliases: the character's own name must be the one asked for.
    let own = unicode_names2::name(c)?.to_string();
    if !own.eq_ignore_ascii_case(name) {
        return None;
    }
    let c = c as u32;
    let in_5_2 = NAMED_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok();
    in_5_2.then_some(c)
}

fn cjk_ideograph(hex: &str) -> Option<u32> {
    if hex.len() != 4 && hex.len() != 5 {
        return None;
    }
    if !hex
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
    {
        return None;
    }
    let v = u32::from_str_radix(hex, 16).ok()?;
    CJK_RANGES_5_2
        .iter()
        .any(|&(lo, hi)| lo <= v && v <= hi)
        .then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_match_cpython() {
        // (name, CPython 2.7.18 unicodedata.lookup(name) or None for "undefined character name")
        let cases: &[(&str, Option<u32>)] = &[
            ("EM DASH", Some(0x2014)),
            ("latin small letter a", Some(0x61)),
            ("LATIN SMALL LETTER A ", None),
            ("BELL", None),
            ("BACKSPACE", None),
            ("LINE FEED", None),
            ("NULL", None),
            ("cjk unified ideograph-4e00", None),
            ("CJK UNIFIED IDEOGRAPH-4e00", None),
            ("CJK UNIFIED IDEOGRAPH-04E00", Some(0x4E00)),
            ("CJK UNIFIED IDEOGRAPH-9FCB", Some(0x9FCB)),
            ("CJK UNIFIED IDEOGRAPH-9FCC", None),
            ("CJK UNIFIED IDEOGRAPH-2B734", Some(0x2B734)),
            ("CJK UNIFIED IDEOGRAPH-2B740", None),
            ("hangul syllable ga", None),
            ("HANGUL SYLLABLE GA", Some(0xAC00)),
            ("HANGUL SYLLABLE GAG", Some(0xAC01)),
            ("HANGUL SYLLABLE ", None),
            ("HANGUL SYLLABLE KIYEOK", None),
            ("CJK COMPATIBILITY IDEOGRAPH-F900", Some(0xF900)),
            ("cjk compatibility ideograph-f900", Some(0xF900)),
        ];
        for (name, expected) in cases {
            assert_eq!(lookup(name.as_bytes()), *expected, "{}", name);
        }
    }
}
