//! Source decoding (PEP 263): raw bytes in, the text the lexer reads out, as CPython 2.7.18's
//! tokenizer prepares it (`decode_str` for strings, `decoding_fgets` for files).
//!
//! Both origins: a UTF-8 BOM means `utf-8` (a declaration naming anything else is `encoding
//! problem: X with BOM`); a coding declaration (`coding[:=]\s*([-\w.]+)` in a comment-only line)
//! counts on line 1, or on line 2 when line 1 is blank or a comment. The name is kept as written,
//! except that `utf-8`, `utf-8-*` and the latin-1 spellings (`_` read as `-`, any case) become
//! `utf-8` / `iso-8859-1`. Those two are not decoded: CPython reads such files byte for byte (so
//! a `utf-8` file may hold invalid UTF-8, and column offsets count latin-1 bytes). Any other name is looked up as CPython's codec registry would (`codecs.rs`) and the
//! source decoded with it into UTF-8.
//!
//! String origin (`compile()`): a NUL byte is a TypeError; `\r\n` and `\r` become `\n` first (with
//! CPython's quirk that a text ending in `\r\n` gains an empty last line); non-ASCII bytes with no
//! declaration pass through; a lookup or decode error is a SyntaxError on line 0.
//!
//! File origin (`python FILE`): read line by line. Raw lines get universal newlines; lines read
//! through a codec keep a lone `\r` (CPython's tokenizer then rejects it) and turn only `\r\n` into
//! `\n`. A NUL byte drops the rest of its line, newline included, so the next line joins it (and
//! CPython's line numbers count the joined line once, as `text` does). Without a declaration a
//! non-ASCII byte is an error, and a codec's decode error surfaces when CPython's line reader hits
//! it; both are reported only when the tokenizer reaches that line (`Source::deferred_error`).
//!
//! Invariants: `text` is empty or ends with `\n`; its lines are numbered as CPython numbers the
//! source's lines.
//! Known gaps: CPython's tokenizer reads lines longer than 8191 bytes in pieces, which changes
//! NUL and non-ASCII handling inside such lines (not modelled); CJK codecs are approximate and
//! other non-charmap codecs (`utf-16`, `hex`, ...) are not supported (see `codecs.rs`).

#[rustfmt::skip]
pub(crate) mod codec_tables;
mod codecs;
#[cfg(test)]
mod tests;

use super::{ErrorKind, Origin, SyntaxError};
use codecs::{Codec, StreamReader};

/// A decoded source file, ready for the lexer.
#[derive(Clone, Debug)]
pub struct Source {
    /// The text the lexer reads, empty or ending with `\n`. With no declaration, or with `utf-8`
    /// (declared or by BOM), the source's bytes as CPython's tokenizer holds them: string origin
    /// may hold any bytes, a `utf-8` file may hold invalid UTF-8. With `iso-8859-1`: the raw
    /// latin-1 bytes. With a codec: UTF-8.
    /// Newlines are `\n`; a file read through a codec may keep a lone `\r` inside a line, which
    /// is then an ordinary character (CPython's tokenizer rejects it outside strings).
    pub text: Vec<u8>,
    /// The declared encoding, which `str` literals are re-encoded to; `None` when there is none.
    pub encoding: Option<SourceEncoding>,
    /// File origin only: an error CPython raises while *reading* a line, not before the first
    /// token. The lexer must raise it, unchanged, when it first needs a character of line
    /// `deferred_error.lineno` (that is, when it reads past the `\n` that ends the line before;
    /// an earlier tokenizer or parser error wins). It is either `Non-ASCII character '\xNN' in file
    /// F on line N, but no encoding declared; ...` or a codec's decode error. `text` holds the
    /// source up to and including that line; what follows it is not meaningful.
    pub deferred_error: Option<SyntaxError>,
    /// The message to use instead of `deferred_error`'s when the lexer reaches that line in the
    /// middle of a token (a string spanning lines): CPython then names the following line in
    /// its `Non-ASCII character` message. `None` when the message does not change.
    pub deferred_error_in_token_msg: Option<String>,
    /// Whether the source's last line had no newline (the one `text` ends with was added):
    /// CPython's file tokenizer then reports an unterminated string on a different line.
    pub unterminated: bool,
}

/// A codec CPython accepts in a coding declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceEncoding {
    /// The name as CPython normalises it (`utf-8`, `iso-8859-1`, or as written: `cp1252`,
    /// `Latin1`, `utf8`, ...).
    pub name: String,
}

impl SourceEncoding {
    /// Encodes UTF-8 text back to this encoding (CPython re-encodes `str` literals so their bytes
    /// are those of the file). The error is CPython's `UnicodeEncodeError` text.
    pub fn encode(&self, text: &str) -> Result<Vec<u8>, String> {
        let chars: Vec<u32> = text.chars().map(|c| c as u32).collect();
        match self.name.as_str() {
            "utf-8" => Ok(text.as_bytes().to_vec()),
            "iso-8859-1" => Codec::Latin1.encode(&chars),
            name => match codecs::lookup(name) {
                Some(codec) => codec.encode(&chars),
                None => Err(format!("unknown encoding: {}", name)),
            },
        }
    }
}

impl SourceEncoding {
    /// What CPython's tokenizer does to an error's line buffer before reporting it
    /// (`PyTokenizer_RestoreEncoding`): the buffer is read as UTF-8 (bad bytes become U+FFFD) and
    /// written back in this encoding, with `?` for what it cannot encode.
    pub fn restore(&self, utf8: &[u8]) -> Vec<u8> {
        let text = String::from_utf8_lossy(utf8);
        let mut out = Vec::with_capacity(text.len());
        let mut buf = [0u8; 4];
        for c in text.chars() {
            match self.encode(c.encode_utf8(&mut buf)) {
                Ok(bytes) => out.extend(bytes),
                Err(_) => out.push(b'?'),
            }
        }
        out
    }
}

/// Decodes `bytes` for the lexer. `filename` appears in the file origin's non-ASCII message.
pub fn decode(bytes: &[u8], origin: Origin, filename: &str) -> Result<Source, SyntaxError> {
    match origin {
        Origin::String => decode_string(bytes),
        Origin::File => decode_file(bytes, filename),
    }
}

const BOM: &[u8] = b"\xef\xbb\xbf";

fn syntax_error(msg: impl Into<String>, lineno: u32) -> SyntaxError {
    SyntaxError::new(ErrorKind::SyntaxError, msg, lineno, None)
}

/// CPython's `get_normal_name`: the spellings of utf-8 and latin-1 it reads without a codec.
fn normal_name(name: &str) -> String {
    let buf: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".into()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| buf.starts_with(p))
    {
        "iso-8859-1".into()
    } else {
        name.into()
    }
}

/// What one line says about the coding declaration (CPython's `get_coding_spec` and
/// `check_coding_spec`). `line` ends at its newline or earlier.
enum Spec {
    /// A declaration, normalised.
    Found(String),
    /// None, and none may follow (the line holds something other than a comment).
    Stop,
    /// None on this line (blank or a comment): the next line may still hold one.
    NotHere,
}

fn coding_spec(line: &[u8]) -> Spec {
    let is_blank = |b: u8| b == b' ' || b == b'\t' || b == b'\x0c';
    let size = line.len();
    let mut i = 0;
    // The declaration must be in a comment that is alone on its line.
    let mut comment = false;
    while i + 6 < size {
        if line[i] == b'#' {
            comment = true;
            break;
        }
        if !is_blank(line[i]) {
            break;
        }
        i += 1;
    }
    if comment {
        while i + 6 < size {
            if &line[i..i + 6] == b"coding" && matches!(line[i + 6], b':' | b'=') {
                let mut t = i + 7;
                while t < size && (line[t] == b' ' || line[t] == b'\t') {
                    t += 1;
                }
                let begin = t;
                while t < size
                    && (line[t].is_ascii_alphanumeric() || matches!(line[t], b'-' | b'_' | b'.'))
                {
                    t += 1;
                }
                if begin < t {
                    let name = String::from_utf8_lossy(&line[begin..t]).into_owned();
                    return Spec::Found(normal_name(&name));
                }
            }
            i += 1;
        }
    }
    for &b in line {
        if b == b'#' || b == b'\n' || b == b'\r' {
            break;
        }
        if !is_blank(b) {
            return Spec::Stop;
        }
    }
    Spec::NotHere
}

/// The encoding state a declaration leads to.
enum Declared {
    /// Read byte for byte: `utf-8` or `iso-8859-1`.
    Raw(String),
    /// Decoded through a codec.
    Codec(String, Codec),
}

/// Applies a found declaration: CPython's checks against a BOM, and the codec lookup.
/// `Err(None)` means the lookup failed (the caller words the error by origin).
fn declare(name: String, bom: bool) -> Result<Declared, Option<String>> {
    if bom {
        if name != "utf-8" {
            return Err(Some(format!("encoding problem: {} with BOM", name)));
        }
        return Ok(Declared::Raw(name));
    }
    if name == "utf-8" || name == "iso-8859-1" {
        return Ok(Declared::Raw(name));
    }
    match codecs::lookup(&name) {
        Some(codec) => Ok(Declared::Codec(name, codec)),
        None => Err(None),
    }
}

fn finish(mut text: Vec<u8>, encoding: Option<String>) -> Source {
    let unterminated = !text.is_empty() && text.last() != Some(&b'\n');
    if unterminated {
        text.push(b'\n');
    }
    Source {
        text,
        unterminated,
        encoding: encoding.map(|name| SourceEncoding { name }),
        deferred_error: None,
        deferred_error_in_token_msg: None,
    }
}

/// CPython's `translate_newlines` for exec input, quirk included: after a `\r\n` the byte
/// following the `\n` is taken without looking at it again, so a text ending in `\r\n` ends
/// in `\n` plus an appended `\n`.
fn translate_newlines(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 1);
    let mut skip_next_lf = false;
    let mut last = 0u8;
    let mut i = 0;
    while i < bytes.len() {
        let mut c = bytes[i];
        if skip_next_lf {
            skip_next_lf = false;
            if c == b'\n' {
                i += 1;
                match bytes.get(i) {
                    Some(&next) => c = next,
                    None => {
                        last = 0;
                        break;
                    }
                }
            }
        }
        if c == b'\r' {
            skip_next_lf = true;
            c = b'\n';
        }
        out.push(c);
        last = c;
        i += 1;
    }
    // An empty text stays empty (CPython then reports errors on line 0).
    if last != b'\n' && !bytes.is_empty() {
        out.push(b'\n');
    }
    out
}

fn decode_string(bytes: &[u8]) -> Result<Source, SyntaxError> {
    if bytes.contains(&0) {
        return Err(SyntaxError::new(
            ErrorKind::TypeError,
            "compile() expected string without null bytes",
            0,
            None,
        ));
    }
    let translated = translate_newlines(bytes);
    let (bom, text) = match translated.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, &translated[..]),
    };
    let mut encoding = if bom { Some("utf-8".to_string()) } else { None };
    let mut codec = None;
    let mut lines = text.split_inclusive(|&b| b == b'\n');
    // Line 1 is checked without its newline, line 2 with it (as CPython slices them).
    let line1 = lines.next().unwrap_or(b"");
    let mut spec = coding_spec(line1.strip_suffix(b"\n").unwrap_or(line1));
    if let Spec::NotHere = spec {
        if let Some(line2) = lines.next() {
            spec = coding_spec(line2);
        }
    }
    if let Spec::Found(name) = spec {
        match declare(name.clone(), bom) {
            Ok(Declared::Raw(name)) => encoding = Some(name),
            Ok(Declared::Codec(name, c)) => {
                encoding = Some(name);
                codec = Some(c);
            }
            Err(msg) => {
                return Err(syntax_error(
                    msg.unwrap_or_else(|| format!("unknown encoding: {}", name)),
                    0,
                ))
            }
        }
    }
    let mut out = match codec {
        None => text.to_vec(),
        Some(codec) => {
            let (chars, _) = codec
                .decode(text, true)
                .map_err(|e| syntax_error(e.message(), 0))?;
            codecs::encode_utf8(&chars)
        }
    };
    // The tokenizer reads the decoded text as a C string.
    if let Some(nul) = out.iter().position(|&b| b == 0) {
        out.truncate(nul);
    }
    let mut source = finish(out, encoding);
    // Whether the caller's text lacked a final newline (eval/single mode care; see the parser).
    source.unterminated = !matches!(bytes.last(), None | Some(b'\n') | Some(b'\r'));
    Ok(source)
}

/// CPython's file tokenizer's line source: raw lines with universal newlines until a codec is
/// declared, then `StreamReader.readline` through the codec.
struct FileLines<'a> {
    rest: &'a [u8],
    reader: Option<StreamReader<'a>>,
}

impl<'a> FileLines<'a> {
    /// The next piece CPython's `decoding_fgets` returns (UTF-8 or raw bytes), or `None` at EOF.
    fn next(&mut self) -> Result<Option<Vec<u8>>, codecs::DecodeError> {
        if let Some(reader) = &mut self.reader {
            let line = reader.readline()?;
            return Ok(if line.is_empty() {
                None
            } else {
                Some(codecs::encode_utf8(&line))
            });
        }
        if self.rest.is_empty() {
            return Ok(None);
        }
        // Py_UniversalNewlineFgets: up to a newline; `\r\n` and `\r` read as `\n`.
        let end = self
            .rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(self.rest.len(), |i| i + 1);
        let mut line = self.rest[..end].to_vec();
        self.rest = &self.rest[end..];
        if line.last() == Some(&b'\r') {
            *line.last_mut().unwrap_or(&mut 0) = b'\n';
            if self.rest.first() == Some(&b'\n') {
                self.rest = &self.rest[1..];
            }
        }
        Ok(Some(line))
    }
}

fn decode_file(bytes: &[u8], filename: &str) -> Result<Source, SyntaxError> {
    let (bom, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let mut encoding: Option<String> = if bom { Some("utf-8".into()) } else { None };
    let mut uses_codec = false;
    let mut read_coding_spec = false;
    let mut lines = FileLines {
        rest: body,
        reader: None,
    };
    let mut text: Vec<u8> = Vec::with_capacity(bytes.len() + 1);
    // Lines the tokenizer has started (CPython's `tok->lineno`).
    let mut lineno: u32 = 0;
    let mut deferred: Option<(SyntaxError, Option<String>)> = None;
    'lines: loop {
        // One tokenizer line: pieces until one ends with `\n` (the first read is "fresh"; the
        // others, after a NUL cut a piece short, happen once the line has been counted).
        let mut fresh = true;
        loop {
            // The line CPython's exception names: the reading happens before a fresh line is
            // counted, after for the pieces that join it.
            let this_line = if fresh { lineno + 1 } else { lineno };
            let piece = match lines.next() {
                Ok(Some(piece)) => piece,
                Ok(None) => {
                    if !fresh {
                        text.push(b'\n');
                    }
                    break 'lines;
                }
                Err(e) => {
                    // The line that could not be read stands as an empty line.
                    text.push(b'\n');
                    deferred = Some((syntax_error(e.message(), this_line), None));
                    break 'lines;
                }
            };
            // The tokenizer sees the piece as a C string.
            let visible = match piece.iter().position(|&b| b == 0) {
                Some(nul) => &piece[..nul],
                None => &piece[..],
            };
            if lineno < 2 && !read_coding_spec {
                match coding_spec(visible) {
                    Spec::Found(name) => {
                        read_coding_spec = true;
                        match declare(name.clone(), bom) {
                            Ok(Declared::Raw(name)) => encoding = Some(name),
                            Ok(Declared::Codec(name, codec)) => {
                                encoding = Some(name);
                                uses_codec = true;
                                lines.reader = Some(StreamReader::new(codec, lines.rest));
                            }
                            Err(msg) => {
                                let msg =
                                    msg.unwrap_or_else(|| format!("encoding problem: {}", name));
                                return Err(syntax_error(msg, this_line));
                            }
                        }
                    }
                    Spec::Stop => read_coding_spec = true,
                    Spec::NotHere => {}
                }
            }
            if encoding.is_none() {
                if let Some(&bad) = visible.iter().find(|&&b| b >= 0x80) {
                    let msg = |line: u32| {
                        format!(
                            "Non-ASCII character '\\x{:02x}' in file {} on line {}, but no \
                             encoding declared; see http://python.org/dev/peps/pep-0263/ for \
                             details",
                            bad, filename, line
                        )
                    };
                    // CPython's message names `tok->lineno + 1`, counted or not.
                    let in_token = if fresh { Some(msg(lineno + 2)) } else { None };
                    text.extend_from_slice(visible);
                    deferred = Some((syntax_error(msg(lineno + 1), this_line), in_token));
                    break 'lines;
                }
            }
            text.extend_from_slice(visible);
            let was_fresh = fresh;
            if fresh {
                lineno += 1;
                fresh = false;
            }
            if visible.is_empty() && was_fresh && lineno > 1 {
                // A NUL at a line's start: CPython's reader sees an empty piece after a complete
                // line, takes it as a whole (empty) line and counts it.
                text.push(b'\n');
                break;
            }
            if visible.last() == Some(&b'\n') {
                // The tokenizer turns a line's final `\r\n` into `\n`.
                if uses_codec && visible.ends_with(b"\r\n") {
                    text.truncate(text.len() - 2);
                    text.push(b'\n');
                }
                break;
            }
        }
    }
    // At the end, an unterminated last line gets `\n`, which may complete a `\r\n`.
    if uses_codec && text.ends_with(b"\r\n") {
        text.truncate(text.len() - 2);
        text.push(b'\n');
    }
    let mut source = finish(text, encoding);
    source.unterminated = !matches!(bytes.last(), None | Some(b'\n') | Some(b'\r'));
    if let Some((error, in_token)) = deferred {
        source.deferred_error = Some(error);
        source.deferred_error_in_token_msg = in_token;
    }
    Ok(source)
}
