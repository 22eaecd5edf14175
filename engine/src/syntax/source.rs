//! Source decoding (PEP 263): raw bytes in, the UTF-8 text the lexer reads out.
//! STUB: to be written (BOM, coding declarations, codecs, newline translation, NUL bytes).

use super::{Origin, SyntaxError};

/// A decoded source file, ready for the lexer.
#[derive(Clone, Debug)]
pub struct Source {
    /// The text the lexer reads. With a coding declaration or BOM: UTF-8. Without one, the bytes as
    /// given (string origin may hold any bytes; file origin reports non-ASCII as an error). Newlines
    /// are `\n` only, and the text ends with `\n`.
    pub text: Vec<u8>,
    /// The declared encoding, which `str` literals are re-encoded to; `None` when there is none.
    pub encoding: Option<SourceEncoding>,
    /// An error on a later line that CPython raises only when its tokenizer reaches that line.
    pub deferred_error: Option<SyntaxError>,
}

/// A codec CPython accepts in a coding declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceEncoding {
    /// The name as CPython normalises it (`utf-8`, `iso-8859-1`, ...).
    pub name: String,
}

impl SourceEncoding {
    /// Encodes UTF-8 text back to this encoding (CPython re-encodes `str` literals so their bytes
    /// are those of the file).
    pub fn encode(&self, _text: &str) -> Result<Vec<u8>, String> {
        todo!("source encodings")
    }
}

/// Decodes `bytes` for the lexer.
pub fn decode(bytes: &[u8], _origin: Origin) -> Result<Source, SyntaxError> {
    // Interim: newline translation only, until PEP 263 decoding lands.
    let mut text = Vec::with_capacity(bytes.len() + 1);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\r' {
            text.push(b'\n');
            if bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            text.push(bytes[i]);
        }
        i += 1;
    }
    if text.last() != Some(&b'\n') {
        text.push(b'\n');
    }
    Ok(Source {
        text,
        encoding: None,
        deferred_error: None,
    })
}
