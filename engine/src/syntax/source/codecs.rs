//! The codecs a coding declaration can name: CPython 2.7's codec lookup (lower-casing,
//! `encodings.normalize_encoding`, `encodings.aliases`), and each codec's decoder and encoder with
//! CPython's strictness and error messages.
//!
//! In: a declared name, or bytes to decode / text to encode. Out: code points (CPython is a UCS4
//! build: lone surrogates are characters), or CPython's `UnicodeDecodeError` text.
//!
//! Exact: `ascii`, `latin_1`, `utf_8` (CPython 2.7's decoder, which accepts encoded surrogates),
//! and every single-byte charmap codec (tables generated from CPython, `codec_tables.rs`).
//! Approximate: the CJK multibyte codecs go through `encoding_rs`, whose WHATWG tables and error
//! positions differ from CPython's at the margins. Codecs CPython knows but that are not text
//! codecs, or not implemented here (`utf_16`, `hex_codec`, ...), are `Codec::Unsupported`.
//!
//! `StreamReader` replays `codecs.StreamReader.readline` (72-byte reads, doubling, the
//! `firstline` retry on a decode error) exactly, because CPython reads a file after its coding
//! declaration through it, and when a decode error surfaces (and its position) depends on it.

use super::codec_tables::{ALIASES, CHARMAPS, MODULES};
use crate::syntax::literal::unicode::decode_utf8_prefix;
pub(super) use crate::syntax::literal::unicode::DecodeError;

/// A decoder CPython would use for a declared encoding.
#[derive(Clone, Copy, Debug)]
pub(super) enum Codec {
    Ascii,
    Latin1,
    /// `utf_8`; `sig` for `utf_8_sig` (a leading BOM is dropped).
    Utf8 {
        sig: bool,
    },
    Charmap(&'static [u16; 256]),
    /// A CJK codec: CPython's module name and the closest `encoding_rs` encoding.
    Multibyte(&'static str, &'static encoding_rs::Encoding),
    /// A codec CPython has that this implementation does not decode (module name).
    Unsupported(&'static str),
}

/// Looks a declared name up as `codecs.lookup` does; `None` is CPython's `unknown encoding`.
pub(super) fn lookup(name: &str) -> Option<Codec> {
    let lower = name.to_ascii_lowercase();
    // encodings.normalize_encoding: runs of characters other than alphanumerics and '.' become
    // one '_', leading and trailing ones vanish.
    let norm = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    let alias = |key: &str| {
        ALIASES
            .binary_search_by(|(a, _)| (*a).cmp(key))
            .ok()
            .map(|i| ALIASES[i].1)
    };
    let aliased = alias(&norm).or_else(|| alias(&norm.replace('.', "_")));
    let candidates = aliased.into_iter().chain(std::iter::once(norm.as_str()));
    for module in candidates {
        if module.is_empty() || module.contains('.') {
            continue;
        }
        if let Ok(i) = MODULES.binary_search(&module) {
            return codec_of_module(MODULES[i]);
        }
    }
    None
}

fn codec_of_module(module: &'static str) -> Option<Codec> {
    use encoding_rs as e;
    Some(match module {
        // Importing `encodings.mbcs` fails off Windows: the lookup finds nothing.
        "mbcs" => return None,
        "ascii" => Codec::Ascii,
        "latin_1" => Codec::Latin1,
        "utf_8" => Codec::Utf8 { sig: false },
        "utf_8_sig" => Codec::Utf8 { sig: true },
        "shift_jis" | "cp932" => Codec::Multibyte(module, e::SHIFT_JIS),
        "euc_jp" => Codec::Multibyte(module, e::EUC_JP),
        "iso2022_jp" => Codec::Multibyte(module, e::ISO_2022_JP),
        "gb2312" | "gbk" => Codec::Multibyte(module, e::GBK),
        "gb18030" => Codec::Multibyte(module, e::GB18030),
        "big5" | "cp950" | "big5hkscs" => Codec::Multibyte(module, e::BIG5),
        "euc_kr" | "cp949" => Codec::Multibyte(module, e::EUC_KR),
        _ => match CHARMAPS.binary_search_by(|(m, _)| (*m).cmp(module)) {
            Ok(i) => Codec::Charmap(&CHARMAPS[i].1),
            Err(_) => Codec::Unsupported(module),
        },
    })
}

impl Codec {
    /// Decodes `data`: the characters and how many bytes they used. Unless `last`, an incomplete
    /// sequence at the end is left undecoded rather than an error (CPython's `final=False`).
    pub fn decode(&self, data: &[u8], last: bool) -> Result<(Vec<u32>, usize), DecodeError> {
        match *self {
            Codec::Ascii => match data.iter().position(|&b| b >= 0x80) {
                Some(i) => Err(DecodeError {
                    codec: "ascii",
                    byte: data[i],
                    start: i,
                    end: i + 1,
                    reason: "ordinal not in range(128)",
                }),
                None => Ok((data.iter().map(|&b| b as u32).collect(), data.len())),
            },
            Codec::Latin1 => Ok((data.iter().map(|&b| b as u32).collect(), data.len())),
            Codec::Utf8 { sig } => {
                let skip = if sig && data.starts_with(b"\xef\xbb\xbf") {
                    3
                } else {
                    0
                };
                let (chars, used) = decode_utf8_prefix(&data[skip..], last).map_err(|mut e| {
                    e.start += skip;
                    e.end += skip;
                    e
                })?;
                Ok((chars, used + skip))
            }
            Codec::Charmap(table) => {
                let mut out = Vec::with_capacity(data.len());
                for (i, &b) in data.iter().enumerate() {
                    let c = table[b as usize];
                    if c == 0xFFFE {
                        return Err(DecodeError {
                            codec: "charmap",
                            byte: b,
                            start: i,
                            end: i + 1,
                            reason: "character maps to <undefined>",
                        });
                    }
                    out.push(c as u32);
                }
                Ok((out, data.len()))
            }
            Codec::Multibyte(name, encoding) => decode_multibyte(name, encoding, data, last),
            Codec::Unsupported(name) => Err(DecodeError {
                codec: name,
                byte: data.first().copied().unwrap_or(0),
                start: 0,
                end: 1,
                reason: "codec not supported by this implementation",
            }),
        }
    }

    /// Encodes text (code points) with this codec, or CPython's `UnicodeEncodeError` text.
    pub fn encode(&self, text: &[u32]) -> Result<Vec<u8>, String> {
        let unencodable = |codec: &str, i: usize, reason: &str| {
            Err(format!(
                "'{}' codec can't encode character {} in position {}: {}",
                codec,
                char_repr(text[i]),
                i,
                reason
            ))
        };
        match *self {
            Codec::Ascii | Codec::Latin1 => {
                let (limit, codec, reason) = match self {
                    Codec::Ascii => (0x80, "ascii", "ordinal not in range(128)"),
                    _ => (0x100, "latin-1", "ordinal not in range(256)"),
                };
                let mut out = Vec::with_capacity(text.len());
                for (i, &c) in text.iter().enumerate() {
                    if c >= limit {
                        return unencodable(codec, i, reason);
                    }
                    out.push(c as u8);
                }
                Ok(out)
            }
            Codec::Utf8 { .. } => Ok(encode_utf8(text)),
            Codec::Charmap(table) => {
                let mut out = Vec::with_capacity(text.len());
                for (i, &c) in text.iter().enumerate() {
                    match table.iter().position(|&t| t as u32 == c && t != 0xFFFE) {
                        Some(b) => out.push(b as u8),
                        None => return unencodable("charmap", i, "character maps to <undefined>"),
                    }
                }
                Ok(out)
            }
            Codec::Multibyte(name, encoding) => {
                let s: String = text
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                    .collect();
                let mut encoder = encoding.new_encoder();
                let mut out = Vec::with_capacity(s.len() * 2 + 8);
                let mut rest = s.as_str();
                loop {
                    let (result, read) =
                        encoder.encode_from_utf8_to_vec_without_replacement(rest, &mut out, true);
                    rest = &rest[read..];
                    match result {
                        encoding_rs::EncoderResult::InputEmpty => return Ok(out),
                        encoding_rs::EncoderResult::OutputFull => out.reserve(rest.len() * 2 + 8),
                        encoding_rs::EncoderResult::Unmappable(_) => {
                            let i = s[..s.len() - rest.len()].chars().count() - 1;
                            return unencodable(name, i, "illegal multibyte sequence");
                        }
                    }
                }
            }
            Codec::Unsupported(name) => Err(format!(
                "'{}' codec not supported by this implementation",
                name
            )),
        }
    }
}

/// CPython's repr of one character in an encode error (`u'\u20ac'`).
fn char_repr(c: u32) -> String {
    if c < 0x100 {
        format!("u'\\x{:02x}'", c)
    } else if c < 0x10000 {
        format!("u'\\u{:04x}'", c)
    } else {
        format!("u'\\U{:08x}'", c)
    }
}

/// CPython 2.7's UTF-8 encoder on a UCS4 build: a high surrogate followed by a low one is
/// encoded as the pair's character; any other surrogate as three bytes.
pub(super) fn encode_utf8(text: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let mut c = text[i];
        i += 1;
        if (0xD800..0xDC00).contains(&c) && i < text.len() && (0xDC00..0xE000).contains(&text[i]) {
            c = 0x10000 + ((c - 0xD800) << 10) + (text[i] - 0xDC00);
            i += 1;
        }
        match c {
            0..=0x7F => out.push(c as u8),
            0x80..=0x7FF => out.extend([0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]),
            0x800..=0xFFFF => out.extend([
                0xE0 | (c >> 12) as u8,
                0x80 | ((c >> 6) & 0x3F) as u8,
                0x80 | (c & 0x3F) as u8,
            ]),
            _ => out.extend([
                0xF0 | ((c >> 18) & 0x07) as u8,
                0x80 | ((c >> 12) & 0x3F) as u8,
                0x80 | ((c >> 6) & 0x3F) as u8,
                0x80 | (c & 0x3F) as u8,
            ]),
        }
    }
    out
}

/// A CJK decode through `encoding_rs` (approximate: see the module comment).
fn decode_multibyte(
    name: &'static str,
    encoding: &'static encoding_rs::Encoding,
    data: &[u8],
    last: bool,
) -> Result<(Vec<u32>, usize), DecodeError> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(data.len() * 2 + 16);
    let mut pos = 0;
    loop {
        let (result, read) =
            decoder.decode_to_string_without_replacement(&data[pos..], &mut out, true);
        pos += read;
        match result {
            encoding_rs::DecoderResult::InputEmpty => break,
            encoding_rs::DecoderResult::OutputFull => out.reserve(data.len() - pos + 16),
            encoding_rs::DecoderResult::Malformed(bad, extra) => {
                let end = pos - extra as usize;
                let start = end.saturating_sub(bad as usize);
                if !last && end == data.len() {
                    // Possibly an incomplete sequence: leave it for the next read.
                    return Ok((out.chars().map(|c| c as u32).collect(), start));
                }
                let reason = if end == data.len() {
                    "incomplete multibyte sequence"
                } else {
                    "illegal multibyte sequence"
                };
                return Err(DecodeError {
                    codec: name,
                    byte: data.get(start).copied().unwrap_or(0),
                    start,
                    end: end.max(start + 1),
                    reason,
                });
            }
        }
    }
    Ok((out.chars().map(|c| c as u32).collect(), data.len()))
}

/// Python 2.7's `unicode.splitlines` line boundaries.
fn is_linebreak(c: u32) -> bool {
    matches!(
        c,
        0x0A | 0x0B | 0x0C | 0x0D | 0x1C | 0x1D | 0x1E | 0x85 | 0x2028 | 0x2029
    )
}

/// `unicode.splitlines(True)`: the lines with their ends (`\r\n` is one end).
fn split_lines(text: &[u32]) -> Vec<Vec<u32>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < text.len() {
        if is_linebreak(text[i]) {
            if text[i] == 0x0D && text.get(i + 1) == Some(&0x0A) {
                i += 1;
            }
            lines.push(text[start..=i].to_vec());
            start = i + 1;
        }
        i += 1;
    }
    if start < text.len() {
        lines.push(text[start..].to_vec());
    }
    lines
}

/// `codecs.StreamReader` over the bytes after a file's coding declaration, replayed call for
/// call so that lines (and decode errors) come out when and as CPython's come.
pub(super) struct StreamReader<'a> {
    codec: Codec,
    stream: &'a [u8],
    bytebuffer: Vec<u8>,
    charbuffer: Vec<u32>,
    linebuffer: Option<Vec<Vec<u32>>>,
}

impl<'a> StreamReader<'a> {
    pub fn new(codec: Codec, stream: &'a [u8]) -> Self {
        StreamReader {
            codec,
            stream,
            bytebuffer: Vec::new(),
            charbuffer: Vec::new(),
            linebuffer: None,
        }
    }

    /// `file.read(size)`.
    fn stream_read(&mut self, size: usize) -> &'a [u8] {
        let n = size.min(self.stream.len());
        let (head, rest) = self.stream.split_at(n);
        self.stream = rest;
        head
    }

    /// `StreamReader.read(size, chars, firstline)` (size is never negative here).
    fn read(
        &mut self,
        size: usize,
        chars: Option<usize>,
        firstline: bool,
    ) -> Result<Vec<u32>, DecodeError> {
        if let Some(lines) = self.linebuffer.take() {
            if !lines.is_empty() {
                self.charbuffer = lines.concat();
            }
        }
        let chars = chars.unwrap_or(size);
        loop {
            if self.charbuffer.len() >= chars {
                break;
            }
            let newdata = self.stream_read(size);
            let mut data = std::mem::take(&mut self.bytebuffer);
            data.extend_from_slice(newdata);
            let (newchars, used) = match self.codec.decode(&data, false) {
                Ok(r) => r,
                Err(e) if firstline => {
                    let (newchars, used) = self.codec.decode(&data[..e.start], false)?;
                    if split_lines(&newchars).len() <= 1 {
                        return Err(e);
                    }
                    (newchars, used)
                }
                Err(e) => return Err(e),
            };
            self.bytebuffer = data[used..].to_vec();
            self.charbuffer.extend(newchars);
            if newdata.is_empty() {
                break;
            }
        }
        let n = chars.min(self.charbuffer.len());
        let rest = self.charbuffer.split_off(n);
        Ok(std::mem::replace(&mut self.charbuffer, rest))
    }

    /// `StreamReader.readline()` (keepends); empty at the end of the stream.
    pub fn readline(&mut self) -> Result<Vec<u32>, DecodeError> {
        if let Some(lines) = &mut self.linebuffer {
            if !lines.is_empty() {
                let line = lines.remove(0);
                if lines.len() == 1 {
                    self.charbuffer = lines.remove(0);
                    self.linebuffer = None;
                }
                return Ok(line);
            }
        }
        let mut readsize = 72;
        let mut line: Vec<u32> = Vec::new();
        loop {
            let mut data = self.read(readsize, None, true)?;
            if data.last() == Some(&0x0D) {
                data.extend(self.read(1, Some(1), false)?);
            }
            let got_data = !data.is_empty();
            line.extend(data);
            let mut lines = split_lines(&line);
            if !lines.is_empty() {
                if lines.len() > 1 {
                    let first = lines.remove(0);
                    if lines.len() > 1 {
                        let cb = std::mem::take(&mut self.charbuffer);
                        if let Some(l) = lines.last_mut() {
                            l.extend(cb);
                        }
                        self.linebuffer = Some(lines);
                    } else {
                        let mut rest = lines.remove(0);
                        rest.extend(std::mem::take(&mut self.charbuffer));
                        self.charbuffer = rest;
                    }
                    return Ok(first);
                }
                if lines[0].last().is_some_and(|&c| is_linebreak(c)) {
                    return Ok(lines.remove(0));
                }
            }
            if !got_data {
                return Ok(line);
            }
            if readsize < 8000 {
                readsize *= 2;
            }
        }
    }
}
