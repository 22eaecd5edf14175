//! Front-end errors: what the lexer, the parser and the compile-time checks report, and how CPython
//! 2.7 prints them.
//!
//! In: an error kind, message and position from any front-end stage. Out: the text CPython prints
//! for an uncaught SyntaxError (`  File "x.py", line N`, the source line, the caret, `Kind: msg`).
//!
//! Invariants: `lineno` is 1-based; `offset` is CPython's 1-based column of the caret (byte offset in
//! the UTF-8 line plus one), or `None` where CPython has no offset; `text` is the offending source line
//! as bytes, exactly as CPython holds them (with its newline, if it had one), or `None` where CPython
//! gives none. `located` is false for the
//! few errors CPython raises with no position at all (a bare `SyntaxError(msg)`, e.g. `can not delete
//! variable 'x' referenced in nested scope`): it prints them as `SyntaxError: msg` alone.

use std::fmt;

/// The Python exception class a front-end error is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython's parser stack overflow (`s_push: parser stack overflow`) is a MemoryError.
    MemoryError,
    /// `compile()` of a string that holds NUL bytes.
    TypeError,
    /// A tree too deep for the later stages' recursion (CPython itself crashes on such input).
    RuntimeError,
    /// A `str` literal with a bad `\x` escape (`'\x1'`): CPython's escape decoder raises
    /// `ValueError: invalid \x escape`, which `compile()` passes through unchanged.
    ValueError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::RuntimeError => "RuntimeError",
            ErrorKind::ValueError => "ValueError",
        }
    }

    /// Whether this is SyntaxError or one of its subclasses (so it carries file/line/text).
    pub fn is_syntax_error(self) -> bool {
        matches!(
            self,
            ErrorKind::SyntaxError | ErrorKind::IndentationError | ErrorKind::TabError
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: Option<u32>,
    pub text: Option<Vec<u8>>,
    /// Whether the error has a file and line at all (see the module header).
    pub located: bool,
}

impl SyntaxError {
    pub fn new(kind: ErrorKind, msg: impl Into<String>, lineno: u32, offset: Option<u32>) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: String::new(),
            lineno,
            offset,
            text: None,
            located: true,
        }
    }

    /// An error CPython raises without any position: reported as `Kind: msg` alone.
    pub fn unlocated(kind: ErrorKind, msg: impl Into<String>) -> Self {
        SyntaxError {
            located: false,
            ..SyntaxError::new(kind, msg, 0, None)
        }
    }

    /// `report_bytes` as text (a source line that is not UTF-8 is shown lossily).
    pub fn cpython_report(&self) -> String {
        String::from_utf8_lossy(&self.report_bytes()).into_owned()
    }

    /// The report CPython 2.7 writes to stderr when this error is uncaught (without the
    /// `Traceback` header, which a SyntaxError raised while compiling the main script lacks),
    /// byte for byte: the source line is written as the file holds it.
    pub fn report_bytes(&self) -> Vec<u8> {
        let mut out = String::new();
        if !self.kind.is_syntax_error() || !self.located {
            if self.kind == ErrorKind::MemoryError {
                // CPython's parser writes its complaint straight to stderr, then raises a bare
                // MemoryError.
                out.push_str(&format!("{}\nMemoryError\n", self.msg));
            } else {
                out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
            }
            return out.into_bytes();
        }
        out.push_str(&format!(
            "  File \"{}\", line {}\n",
            self.filename, self.lineno
        ));
        let mut out = out.into_bytes();
        if let Some(text) = &self.text {
            out.extend(caret_lines(text, self.offset));
        }
        out.extend(format!("{}: {}\n", self.kind.name(), self.msg).into_bytes());
        out
    }
}

/// The source line and caret as CPython's `print_error_text` lays them out: the line's leading
/// blanks are dropped and the caret moves left with them; an offset past a trailing newline is
/// pulled back onto the line.
fn caret_lines(text: &[u8], offset: Option<u32>) -> Vec<u8> {
    let mut text = text;
    let mut offset = offset.map(|o| o as i64).unwrap_or(-1);
    if offset >= 0 {
        if offset > 0 && offset as usize == text.len() && text[offset as usize - 1] == b'\n' {
            offset -= 1;
        }
        while let Some(nl) = text.iter().position(|&b| b == b'\n') {
            if nl as i64 >= offset {
                break;
            }
            offset -= nl as i64 + 1;
            text = &text[nl + 1..];
        }
        while let Some(&(b' ' | b'\t')) = text.first() {
            text = &text[1..];
            offset -= 1;
        }
    }
    let mut out = b"    ".to_vec();
    out.extend_from_slice(text);
    if text.last() != Some(&b'\n') {
        out.push(b'\n');
    }
    if offset == -1 {
        return out;
    }
    out.extend_from_slice(b"    ");
    out.resize(out.len() + (offset.max(1) - 1) as usize, b' ');
    out.extend_from_slice(b"^\n");
    out
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (line {})",
            self.kind.name(),
            self.msg,
            self.lineno
        )
    }
}

impl std::error::Error for SyntaxError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_strips_indentation_and_places_caret() {
        let mut e = SyntaxError::new(
            ErrorKind::SyntaxError,
            "EOL while scanning string literal",
            3,
            Some(11),
        );
        e.filename = "e1.py".into();
        e.text = Some(b"  print \"a\n".to_vec());
        assert_eq!(
            e.cpython_report(),
            "  File \"e1.py\", line 3\n    print \"a\n           ^\nSyntaxError: EOL while scanning string literal\n"
        );
    }
}
