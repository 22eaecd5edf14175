//! The codecs behind unicode literals, as CPython 2.7 runs them: `unicode_escape`,
//! `raw_unicode_escape` and `utf8`, with CPython's `UnicodeDecodeError` texts. The UTF-8 decoder
//! and the error type are also the source decoder's (`source::codecs`).
//!
//! In: the bytes of a literal's body, prepared as CPython prepares them (see `escape_buffer`).
//! Out: code points, or the decode error (codec, byte range, reason) whose text CPython prints.
//!
//! Positions in errors are byte offsets into the buffer the codec was given, which is why the
//! preparation step has to be reproduced exactly: in a file with a coding declaration (other than
//! latin-1), CPython first rewrites every non-ASCII character as a 10-byte `\UXXXXXXXX` escape
//! (and a backslash before one as `\u005c`), and the reported positions count those bytes.

/// A `UnicodeDecodeError`: `'codec' codec can't decode bytes in position start-(end-1): reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::syntax) struct DecodeError {
    pub codec: &'static str,
    pub start: usize,
    pub end: usize,
    /// The byte at `start` (printed when the range is one byte long).
    pub byte: u8,
    pub reason: &'static str,
}

impl DecodeError {
    fn new(
        codec: &'static str,
        buf: &[u8],
        start: usize,
        end: usize,
        reason: &'static str,
    ) -> Self {
        DecodeError {
            codec,
            start,
            end,
            byte: buf.get(start).copied().unwrap_or(0),
            reason,
        }
    }

    /// `str()` of the exception, as CPython 2.7 formats it.
    pub fn message(&self) -> String {
        if self.end == self.start + 1 {
            format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                self.codec, self.byte, self.start, self.reason
            )
        } else {
            format!(
                "'{}' codec can't decode bytes in position {}-{}: {}",
                self.codec,
                self.start,
                self.end.saturating_sub(1),
                self.reason
            )
        }
    }
}

/// Where the literal's text came from, which decides how non-ASCII bytes are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BodyText {
    /// No coding declaration, or latin-1 (which CPython reads byte for byte): the bytes as
    /// written; a non-ASCII byte is a latin-1 character.
    Raw,
    /// Any other declaration: UTF-8 text, which CPython rewrites into `\U` escapes.
    Utf8,
}

/// The byte buffer CPython hands to the escape codec for a unicode literal's `body`.
pub(super) fn escape_buffer(body: &[u8], text: BodyText) -> Result<Vec<u8>, DecodeError> {
    match text {
        BodyText::Raw => Ok(body.to_vec()),
        BodyText::Utf8 => expand_non_ascii(body),
    }
}

/// CPython's rewrite of non-ASCII UTF-8 characters into `\UXXXXXXXX` escapes.
fn expand_non_ascii(body: &[u8]) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::with_capacity(body.len() + body.len() / 2);
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'\\' {
            out.push(b'\\');
            i += 1;
            if i < body.len() && body[i] >= 0x80 {
                out.extend_from_slice(b"u005c");
            }
        }
        if i < body.len() && body[i] >= 0x80 {
            let run_end = body[i..]
                .iter()
                .position(|&b| b < 0x80)
                .map_or(body.len(), |n| i + n);
            for c in decode_utf8(&body[i..run_end])? {
                out.extend_from_slice(format!("\\U{:08x}", c).as_bytes());
            }
            i = run_end;
        } else if i < body.len() {
            out.push(body[i]);
            i += 1;
        }
    }
    Ok(out)
}

/// CPython 2.7's strict UTF-8 decoder (it accepts encoded surrogates).
pub(super) fn decode_utf8(buf: &[u8]) -> Result<Vec<u32>, DecodeError> {
    decode_utf8_prefix(buf, true).map(|(chars, _)| chars)
}

/// The same decoder on a stream: unless `last`, a sequence cut off by the end of `buf` is left
/// undecoded. Returns the code points and how many bytes they used.
pub(in crate::syntax) fn decode_utf8_prefix(
    buf: &[u8],
    last: bool,
) -> Result<(Vec<u32>, usize), DecodeError> {
    let err = |start, end, reason| Err(DecodeError::new("utf8", buf, start, end, reason));
    let is_cont = |b: u8| b & 0xC0 == 0x80;
    let mut out = Vec::with_capacity(buf.len());
    let mut i = 0;
    while i < buf.len() {
        let b = buf[i];
        let n = match b {
            0x00..=0x7F => 1,
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 0,
        };
        if n == 0 {
            return err(i, i + 1, "invalid start byte");
        }
        if i + n > buf.len() {
            if !last {
                break;
            }
            let mut end = i + 1;
            while end < buf.len() && is_cont(buf[end]) {
                end += 1;
            }
            return err(i, end, "unexpected end of data");
        }
        let s = &buf[i..i + n];
        let bad = match n {
            1 => false,
            2 => !is_cont(s[1]),
            3 => !is_cont(s[1]) || !is_cont(s[2]) || (s[0] == 0xE0 && s[1] < 0xA0),
            _ => {
                !is_cont(s[1])
                    || !is_cont(s[2])
                    || !is_cont(s[3])
                    || (s[0] == 0xF0 && s[1] < 0x90)
                    || (s[0] == 0xF4 && s[1] > 0x8F)
            }
        };
        if bad {
            // The error covers the start byte and the valid continuation bytes before the bad one.
            let mut end = i + 1;
            if n >= 3 && is_cont(s[1]) {
                end += 1;
                if n == 4 && is_cont(s[2]) {
                    end += 1;
                }
            }
            return err(i, end, "invalid continuation byte");
        }
        let c = match n {
            1 => b as u32,
            2 => ((s[0] as u32 & 0x1F) << 6) | (s[1] as u32 & 0x3F),
            3 => ((s[0] as u32 & 0x0F) << 12) | ((s[1] as u32 & 0x3F) << 6) | (s[2] as u32 & 0x3F),
            _ => {
                ((s[0] as u32 & 0x07) << 18)
                    | ((s[1] as u32 & 0x3F) << 12)
                    | ((s[2] as u32 & 0x3F) << 6)
                    | (s[3] as u32 & 0x3F)
            }
        };
        out.push(c);
        i += n;
    }
    Ok((out, i))
}

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// The `unicode_escape` codec.
pub(super) fn unicode_escape(buf: &[u8]) -> Result<Vec<u32>, DecodeError> {
    const CODEC: &str = "unicodeescape";
    let err = |start, end, reason| Err(DecodeError::new(CODEC, buf, start, end, reason));
    let n = buf.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if buf[i] != b'\\' {
            out.push(buf[i] as u32);
            i += 1;
            continue;
        }
        let start = i;
        if i + 1 >= n {
            return err(start, n, "\\ at end of string");
        }
        let c = buf[i + 1];
        i += 2;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c as u32),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0C),
            b't' => out.push(0x09),
            b'n' => out.push(0x0A),
            b'r' => out.push(0x0D),
            b'v' => out.push(0x0B),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let mut x = (c - b'0') as u32;
                for _ in 0..2 {
                    match buf.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            x = x * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(x);
            }
            b'x' | b'u' | b'U' => {
                let (digits, reason) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut x: u32 = 0;
                for _ in 0..digits {
                    match buf.get(i).and_then(|&d| hex_value(d)) {
                        Some(v) => {
                            x = (x << 4) | v;
                            i += 1;
                        }
                        None => return err(start, i, reason),
                    }
                }
                if x > 0x10FFFF {
                    return err(start, i, "illegal Unicode character");
                }
                out.push(x);
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if buf.get(i) != Some(&b'{') {
                    return err(start, i, malformed);
                }
                let name_start = i + 1;
                let close = buf[i..].iter().position(|&b| b == b'}').map(|p| i + p);
                match close {
                    Some(close) if close > name_start => {
                        i = close + 1;
                        match super::names::lookup(&buf[name_start..close]) {
                            Some(x) => out.push(x),
                            None => return err(start, i, "unknown Unicode character name"),
                        }
                    }
                    Some(close) => return err(start, close, malformed),
                    None => return err(start, n, malformed),
                }
            }
            _ => {
                out.push('\\' as u32);
                out.push(c as u32);
            }
        }
    }
    Ok(out)
}

/// The `raw_unicode_escape` codec: only `\uXXXX` and `\UXXXXXXXX` after an odd number of
/// backslashes are escapes.
pub(super) fn raw_unicode_escape(buf: &[u8]) -> Result<Vec<u32>, DecodeError> {
    const CODEC: &str = "rawunicodeescape";
    let err = |start, end, reason| Err(DecodeError::new(CODEC, buf, start, end, reason));
    let n = buf.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if buf[i] != b'\\' {
            out.push(buf[i] as u32);
            i += 1;
            continue;
        }
        let start = i;
        while i < n && buf[i] == b'\\' {
            out.push('\\' as u32);
            i += 1;
        }
        let odd = (i - start) % 2 == 1;
        if !odd || i >= n || (buf[i] != b'u' && buf[i] != b'U') {
            continue;
        }
        out.pop();
        let digits = if buf[i] == b'u' { 4 } else { 8 };
        i += 1;
        let mut x: u32 = 0;
        for _ in 0..digits {
            match buf.get(i).and_then(|&d| hex_value(d)) {
                Some(v) => {
                    x = (x << 4) | v;
                    i += 1;
                }
                None => return err(start, i, "truncated \\uXXXX"),
            }
        }
        if x > 0x10FFFF {
            return err(start, i, "\\Uxxxxxxxx out of range");
        }
        out.push(x);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_errors_match_cpython() {
        // (bytes, CPython 2.7.18 str(UnicodeDecodeError) of bytes.decode('utf8'))
        let cases: &[(&[u8], &str)] = &[
            (
                b"\xc3",
                "'utf8' codec can't decode byte 0xc3 in position 0: unexpected end of data",
            ),
            (
                b"\xf0\x9f\x98",
                "'utf8' codec can't decode bytes in position 0-2: unexpected end of data",
            ),
            (
                b"\xc3\xc3",
                "'utf8' codec can't decode byte 0xc3 in position 0: invalid continuation byte",
            ),
            (
                b"\xe0\x80\x80",
                "'utf8' codec can't decode bytes in position 0-1: invalid continuation byte",
            ),
            (
                b"\xf4\x90\x80\x80",
                "'utf8' codec can't decode bytes in position 0-2: invalid continuation byte",
            ),
            (
                b"\xe2\x82",
                "'utf8' codec can't decode bytes in position 0-1: unexpected end of data",
            ),
            (
                b"\xff",
                "'utf8' codec can't decode byte 0xff in position 0: invalid start byte",
            ),
            (
                b"\x80",
                "'utf8' codec can't decode byte 0x80 in position 0: invalid start byte",
            ),
            (
                b"\xe2\x82\xc3",
                "'utf8' codec can't decode bytes in position 0-1: invalid continuation byte",
            ),
            (
                b"\xe2\xc3",
                "'utf8' codec can't decode byte 0xe2 in position 0: unexpected end of data",
            ),
            (
                b"\xf0\x9f\xc3",
                "'utf8' codec can't decode bytes in position 0-1: unexpected end of data",
            ),
            (
                b"\xf0\x80\x80\x80",
                "'utf8' codec can't decode bytes in position 0-2: invalid continuation byte",
            ),
            (
                b"\xe0\x9f\x80",
                "'utf8' codec can't decode bytes in position 0-1: invalid continuation byte",
            ),
            (
                b"\xe0\xa0",
                "'utf8' codec can't decode bytes in position 0-1: unexpected end of data",
            ),
            (
                b"\xc3\xa9\xe9",
                "'utf8' codec can't decode byte 0xe9 in position 2: unexpected end of data",
            ),
            (
                b"\xf0\x9f\x98\x80\x80",
                "'utf8' codec can't decode byte 0x80 in position 4: invalid start byte",
            ),
            (
                b"\xf8\x88\x80\x80\x80",
                "'utf8' codec can't decode byte 0xf8 in position 0: invalid start byte",
            ),
            (
                b"\xc0\x80",
                "'utf8' codec can't decode byte 0xc0 in position 0: invalid start byte",
            ),
            (
                b"\xc2\xff",
                "'utf8' codec can't decode byte 0xc2 in position 0: invalid continuation byte",
            ),
        ];
        for (input, expected) in cases {
            let got = decode_utf8(input).map_err(|e| e.message());
            assert_eq!(got, Err(expected.to_string()), "{:?}", input);
        }
        // '\xed\xa0\x80'.decode('utf8') == u'\ud800'
        assert_eq!(decode_utf8(b"\xed\xa0\x80"), Ok(vec![0xD800]));
        assert_eq!(decode_utf8(b"\xf0\x9f\x98\x80"), Ok(vec![0x1F600]));
    }
}
