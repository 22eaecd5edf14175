//! Lexer unit tests: token streams and CPython's tokenizer errors (messages and offsets checked
//! against CPython 2.7.18's `compile()`: `SyntaxError.lineno` / `.offset`).

use super::*;
use TokenKind::{
    Backquote, Colon, Comma, Dedent, DoubleSlashEqual, DoubleStar, EndMarker, Equal, Indent, LPar,
    Name, Newline, NotEqual, Number, Plus, RPar,
};

fn kinds(src: &str) -> Vec<TokenKind> {
    let mut lx = Lexer::new(src.as_bytes());
    let mut out = Vec::new();
    loop {
        let t = lx.next_token().expect("lexes");
        out.push(t.kind);
        if t.kind == EndMarker {
            return out;
        }
    }
}

fn error(src: &str) -> (ErrorKind, String, u32, Option<u32>) {
    let mut lx = Lexer::new(src.as_bytes());
    loop {
        match lx.next_token() {
            Ok(t) if t.kind == EndMarker => panic!("no error in {:?}", src),
            Ok(_) => {}
            Err(e) => return (e.kind, e.msg, e.lineno, e.offset),
        }
    }
}

#[test]
fn indentation_and_newlines() {
    assert_eq!(
        kinds("if x:\n  y\n\n  # c\n  z\nw\n"),
        vec![
            Name, Name, Colon, Newline, Indent, Name, Newline, Name, Newline, Dedent, Name,
            Newline, EndMarker
        ]
    );
    // Brackets join lines; a backslash continues one; EOF closes the line and the blocks.
    assert_eq!(
        kinds("x = (1,\n 2) + \\\n 3\nif a:\n\tb"),
        vec![
            Name, Equal, LPar, Number, Comma, Number, RPar, Plus, Number, Newline, Name, Name,
            Colon, Newline, Indent, Name, Newline, Dedent, EndMarker
        ]
    );
}

#[test]
fn tabs_go_to_multiples_of_eight() {
    // A tab then 8 spaces is column 16: deeper than the tab alone.
    assert_eq!(
        kinds("if a:\n\tif b:\n\t        c\n"),
        vec![
            Name, Name, Colon, Newline, Indent, Name, Name, Colon, Newline, Indent, Name, Newline,
            Dedent, Dedent, EndMarker
        ]
    );
}

#[test]
fn numbers_strings_and_operators() {
    assert_eq!(
        kinds("0777L 0o17 0b101 0x1F 1e-5 .5 5. 1j 1.5J <> != ** //= `x`\n"),
        vec![
            Number,
            Number,
            Number,
            Number,
            Number,
            Number,
            Number,
            Number,
            Number,
            NotEqual,
            NotEqual,
            DoubleStar,
            DoubleSlashEqual,
            Backquote,
            Name,
            Backquote,
            Newline,
            EndMarker
        ]
    );
    let mut lx = Lexer::new(b"ur'a' Br\"b\" '''x\ny''' rb'c'\n");
    let texts: Vec<String> = (0..5)
        .map(|_| String::from_utf8_lossy(lx.next_token().unwrap().text).into_owned())
        .collect();
    assert_eq!(texts, vec!["ur'a'", "Br\"b\"", "'''x\ny'''", "rb", "'c'"]);
}

#[test]
fn errors_match_cpython() {
    use ErrorKind::{IndentationError, SyntaxError};
    let cases: &[(&str, ErrorKind, &str, u32, u32)] = &[
        ("x = 0x\n", SyntaxError, "invalid token", 1, 6),
        ("x = 1e+\n", SyntaxError, "invalid token", 1, 7),
        ("x = 09\n", SyntaxError, "invalid token", 1, 6),
        ("0o8\n", SyntaxError, "invalid token", 1, 2),
        (
            "x = 1 \\ y\n",
            SyntaxError,
            "unexpected character after line continuation character",
            1,
            10,
        ),
        (
            "x = \"abc\n",
            SyntaxError,
            "EOL while scanning string literal",
            1,
            8,
        ),
        (
            "\"a\" \"b\n",
            SyntaxError,
            "EOL while scanning string literal",
            1,
            6,
        ),
        (
            "if 1:\n    x\n  y\n",
            IndentationError,
            "unindent does not match any outer indentation level",
            3,
            4,
        ),
    ];
    for &(src, kind, msg, line, offset) in cases {
        assert_eq!(
            error(src),
            (kind, msg.to_string(), line, Some(offset)),
            "{:?}",
            src
        );
    }
    let (kind, msg, line, _) = error("x = \"\"\"abc\n\n");
    assert_eq!(
        (kind, msg.as_str(), line),
        (
            SyntaxError,
            "EOF while scanning triple-quoted string literal",
            2
        )
    );
}

#[test]
fn deep_indentation_is_an_error_not_a_crash() {
    let mut src = String::new();
    for i in 0..1000 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    let (kind, msg, _, _) = error(&src);
    assert_eq!(
        (kind, msg.as_str()),
        (
            ErrorKind::IndentationError,
            "too many levels of indentation"
        )
    );
}
