//! Tests of literal decoding; the expectations in `cases.rs` come from CPython 2.7.18
//! (`gen_literal_cases.py`).

use super::*;
use crate::pyfmt;

mod cases {
    include!("cases.rs");
}

fn number_repr(n: &Number) -> String {
    match n {
        Number::Int(i) => pyfmt::int_repr(*i),
        Number::Long(l) => pyfmt::long_repr(l),
        Number::Float(f) => pyfmt::float_repr(*f),
        Number::Complex { real, imag } => pyfmt::complex_repr(*real, *imag),
    }
}

fn str_repr(s: &StrValue) -> String {
    match s {
        StrValue::Bytes(b) => pyfmt::bytes_repr(b),
        StrValue::Unicode(u) => pyfmt::unicode_repr(u),
    }
}

#[test]
fn numbers_match_cpython() {
    for (text, expected) in cases::NUMBER_CASES {
        let got = parse_number(text).map(|n| number_repr(&n));
        assert_eq!(got.as_deref(), Ok(*expected), "{}", text);
    }
}

#[test]
fn number_kinds() {
    // CPython: type(-9223372036854775808) is int; type(9223372036854775808) is long; -0 is int 0.
    assert_eq!(
        parse_number("-9223372036854775808"),
        Ok(Number::Int(i64::MIN))
    );
    assert!(matches!(
        parse_number("9223372036854775808"),
        Ok(Number::Long(_))
    ));
    assert_eq!(parse_number("-0"), Ok(Number::Int(0)));
    assert_eq!(
        parse_number("-1j"),
        Ok(Number::Complex {
            real: 0.0,
            imag: -1.0
        })
    );
    match parse_number("-0.0") {
        Ok(Number::Float(f)) => assert!(f == 0.0 && f.is_sign_negative()),
        other => panic!("{:?}", other),
    }
}

#[test]
fn strings_match_cpython() {
    for (tokens, encoding, unicode_literals, expected) in cases::STRING_CASES {
        let encoding = encoding.map(|name| SourceEncoding {
            name: name.to_string(),
        });
        let got = decode_strings(tokens, encoding.as_ref(), *unicode_literals);
        let got = match &got {
            Ok(value) => Ok(str_repr(value)),
            Err(e) => Err((e.kind.name(), e.msg.as_str())),
        };
        let expected = expected.map(|s| s.to_string());
        assert_eq!(got, expected, "{:?} {:?}", tokens, encoding);
    }
}

#[test]
fn malformed_tokens_are_errors_not_panics() {
    for token in [&b""[..], b"u", b"'", b"'a", b"\"a'"] {
        assert!(decode_string(token, None, false).is_err(), "{:?}", token);
    }
    for text in ["", "-", "0x", "L", "j", "abc", "1..2e"] {
        assert!(parse_number(text).is_err(), "{}", text);
    }
}

#[test]
fn unicode_error_messages_are_cut_like_cpython() {
    // CPython formats "(unicode error) ..." into a 128-byte buffer.
    let e = LiteralError::unicode(&"x".repeat(300));
    assert_eq!(e.msg.len(), 127);
}
