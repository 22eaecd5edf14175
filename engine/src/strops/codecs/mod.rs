//! CPython 2.7's text codecs: name lookup (`codecs.lookup`'s normalisation and
//! `encodings.aliases`), and each codec's encoder (code points -> bytes) and decoder
//! (bytes -> code points) with the error handlers `strict`, `ignore`, `replace`,
//! `xmlcharrefreplace`, `backslashreplace` and handlers registered from Python (`Custom`).
//!
//! In: a codec name, or the input of a codec plus an [`Errors`] handler. Out: the output, or the
//! `StrError` CPython raises: `UnicodeDecodeError`/`UnicodeEncodeError` with CPython's fields
//! (its codec name as the error names it: `utf8`, `utf16`, `unicodeescape`, ...), LookupError
//! for an unknown codec or handler name, TypeError for an encode-only handler used to decode.
//!
//! Codecs: `ascii`, `latin_1`, `utf_8` (as in CPython 2.7 it decodes encoded surrogates and
//! encodes lone ones as 3 bytes, pairing a high surrogate followed by a low one), `utf_8_sig`,
//! `utf_16[_le|_be]`, `utf_32[_le|_be]` (no byte order: a BOM chooses one and is dropped, else
//! little-endian, and the encoder writes a little-endian BOM), `unicode_escape`,
//! `raw_unicode_escape`, `unicode_internal` (4-byte little-endian units, as a UCS4 x86 build),
//! and the bytes-to-bytes codecs `string_escape`, `hex_codec`, `base64_codec` (str -> str: their
//! input and output are bytes, handed over as code points below 256; `binary.rs`), `rot_13`,
//! and any single-byte charmap codec whose decoding table the caller supplies
//! (`Codec::Charmap`: CPython's charmap error semantics; the tables themselves are not here).
//! The other codecs CPython has (charmap names, CJK, `zlib`, `bz2`, `uu`, `quopri`, `utf_7`,
//! `idna`, `punycode`, ...) are not here: `lookup` reports them as unknown.
//!
//! An error handler is consulted only when an error occurs, so an unknown handler name passes
//! silently on clean input, as in CPython.

mod aliases;
mod binary;
mod escape;
mod utf;

use super::error::{ExcKind, StrError, StrResult};

pub use binary::{base64_decode, base64_encode, hex_decode, hex_encode};
pub use escape::{string_escape_decode, string_escape_encode};
pub use utf::encode_utf8;

/// A codec implemented here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Ascii,
    Latin1,
    Utf8,
    Utf8Sig,
    Utf16(ByteOrder),
    Utf32(ByteOrder),
    UnicodeEscape,
    RawUnicodeEscape,
    UnicodeInternal,
    /// `string_escape`: bytes to bytes (see the module comment).
    StringEscape,
    /// `hex_codec`: bytes to bytes.
    Hex,
    /// A single-byte charmap codec (`cp1252`, `koi8_r`, ...) given by its decoding table (the
    /// code point of each byte, 0xFFFE for none), as CPython's `encodings` modules define it.
    /// `lookup` does not produce these: the tables live with the caller.
    Charmap(&'static [u16; 256]),
    /// `base64_codec`: bytes to bytes.
    Base64,
    /// `rot_13`: a charmap codec (its errors say 'charmap') rotating ASCII letters.
    Rot13,
}

/// What [`Codec::decode_partial`] decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartialDecode {
    pub text: Vec<u32>,
    /// How many bytes of the input the text used.
    pub consumed: usize,
    /// UTF-16/32: the byte order found or given (`utf_16_ex_decode`'s `byteorder` result: `Bom`
    /// is 0, no BOM seen yet; `Little` -1; `Big` 1). `Bom` for the other codecs.
    pub byte_order: ByteOrder,
}

/// The byte order of a UTF-16/UTF-32 codec; `Bom` is the plain `utf-16`/`utf-32` codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ByteOrder {
    Bom,
    Little,
    Big,
}

/// `codecs.lookup(name)` for the codecs implemented here; LookupError "unknown encoding: name".
pub fn lookup(name: &str) -> StrResult<Codec> {
    // codecs.lookup lower-cases; encodings.normalize_encoding turns runs of characters other
    // than ASCII alphanumerics and '.' into one '_' and drops them at both ends.
    let lower = name.to_ascii_lowercase();
    let norm = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    let alias = |key: &str| {
        aliases::ALIASES
            .binary_search_by(|(a, _)| (*a).cmp(key))
            .ok()
            .map(|i| aliases::ALIASES[i].1)
    };
    let aliased = alias(&norm).or_else(|| alias(&norm.replace('.', "_")));
    for module in aliased.into_iter().chain(std::iter::once(norm.as_str())) {
        if module.is_empty() || module.contains('.') {
            continue;
        }
        if let Some(codec) = codec_of_module(module) {
            return Ok(codec);
        }
    }
    Err(StrError::lookup(format!("unknown encoding: {}", name)))
}

fn codec_of_module(module: &str) -> Option<Codec> {
    Some(match module {
        "ascii" => Codec::Ascii,
        "latin_1" => Codec::Latin1,
        "utf_8" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "utf_16" => Codec::Utf16(ByteOrder::Bom),
        "utf_16_le" => Codec::Utf16(ByteOrder::Little),
        "utf_16_be" => Codec::Utf16(ByteOrder::Big),
        "utf_32" => Codec::Utf32(ByteOrder::Bom),
        "utf_32_le" => Codec::Utf32(ByteOrder::Little),
        "utf_32_be" => Codec::Utf32(ByteOrder::Big),
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        "unicode_internal" => Codec::UnicodeInternal,
        "string_escape" => Codec::StringEscape,
        "hex_codec" => Codec::Hex,
        "base64_codec" => Codec::Base64,
        "rot_13" => Codec::Rot13,
        _ => return None,
    })
}

impl Codec {
    /// The encodings module that implements the codec.
    pub fn module(self) -> &'static str {
        match self {
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin_1",
            Codec::Utf8 => "utf_8",
            Codec::Utf8Sig => "utf_8_sig",
            Codec::Utf16(ByteOrder::Bom) => "utf_16",
            Codec::Utf16(ByteOrder::Little) => "utf_16_le",
            Codec::Utf16(ByteOrder::Big) => "utf_16_be",
            Codec::Utf32(ByteOrder::Bom) => "utf_32",
            Codec::Utf32(ByteOrder::Little) => "utf_32_le",
            Codec::Utf32(ByteOrder::Big) => "utf_32_be",
            Codec::UnicodeEscape => "unicode_escape",
            Codec::RawUnicodeEscape => "raw_unicode_escape",
            Codec::UnicodeInternal => "unicode_internal",
            Codec::StringEscape => "string_escape",
            Codec::Hex => "hex_codec",
            Codec::Base64 => "base64_codec",
            Codec::Charmap(_) => "charmap",
            Codec::Rot13 => "rot_13",
        }
    }

    /// A bytes-to-bytes codec (`string_escape`, `hex`, `base64`): both directions take and give
    /// bytes, passed through `decode`/`encode` as code points below 256.
    pub fn is_bytes_codec(self) -> bool {
        matches!(self, Codec::StringEscape | Codec::Hex | Codec::Base64)
    }

    /// `codecs.lookup(...).name` (`'utf-8'`, `'iso8859-1'`, ...).
    pub fn name(self) -> &'static str {
        let module = self.module();
        aliases::MODULE_NAMES
            .iter()
            .find(|(m, _)| *m == module)
            .map_or(module, |(_, n)| n)
    }

    /// Decodes `data` (`str.decode`, `unicode(data, encoding, errors)`).
    pub fn decode(self, data: &[u8], errors: &mut Errors<'_>) -> StrResult<Vec<u32>> {
        match self {
            Codec::Ascii => decode_single_byte(data, errors, "ascii", 0x80),
            Codec::Latin1 => Ok(data.iter().map(|&b| b as u32).collect()),
            Codec::Charmap(table) => decode_charmap(data, table, errors),
            Codec::Rot13 => decode_charmap(data, &ROT13, errors),
            Codec::Utf8 => utf::decode_utf8(data, errors),
            Codec::Utf8Sig => {
                // As encodings.utf_8_sig: errors are about the input after the BOM.
                let body = data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data);
                utf::decode_utf8(body, errors)
            }
            Codec::Utf16(order) => Ok(utf::decode_utf16(data, order, errors, true)?.0),
            Codec::Utf32(order) => Ok(utf::decode_utf32(data, order, errors, true)?.0),
            Codec::UnicodeEscape => escape::unicode_escape_decode(data, errors),
            Codec::RawUnicodeEscape => escape::raw_unicode_escape_decode(data, errors),
            Codec::UnicodeInternal => utf::decode_unicode_internal(data, errors),
            Codec::StringEscape | Codec::Hex | Codec::Base64 => {
                let out = match self {
                    Codec::StringEscape => string_escape_decode(data, errors)?,
                    Codec::Hex => hex_decode(data, errors.name())?,
                    _ => base64_decode(data, errors.name())?,
                };
                Ok(out.into_iter().map(|b| b as u32).collect())
            }
        }
    }

    /// Decodes a piece of a stream (`_codecs.utf_8_decode(data, errors, final)`,
    /// `utf_16_ex_decode`, incremental decoders): unless `last`, a UTF-8/16/32 sequence cut off
    /// by the end of `data` is left undecoded instead of being an error. The other codecs always
    /// decode everything.
    pub fn decode_partial(
        self,
        data: &[u8],
        errors: &mut Errors<'_>,
        last: bool,
    ) -> StrResult<PartialDecode> {
        let (text, consumed, byte_order) = match self {
            Codec::Utf8 => {
                let (text, used) = utf::decode_utf8_partial(data, errors, last)?;
                (text, used, ByteOrder::Bom)
            }
            Codec::Utf16(order) => utf::decode_utf16(data, order, errors, last)?,
            Codec::Utf32(order) => utf::decode_utf32(data, order, errors, last)?,
            other => (other.decode(data, errors)?, data.len(), ByteOrder::Bom),
        };
        Ok(PartialDecode {
            text,
            consumed,
            byte_order,
        })
    }

    /// Encodes `text` (`unicode.encode`).
    pub fn encode(self, text: &[u32], errors: &mut Errors<'_>) -> StrResult<Vec<u8>> {
        match self {
            Codec::Ascii => encode_single_byte(text, errors, &ASCII),
            Codec::Latin1 => encode_single_byte(text, errors, &LATIN_1),
            Codec::Charmap(table) => encode_single_byte(text, errors, &Charset::charmap(table)),
            Codec::Rot13 => encode_single_byte(text, errors, &Charset::charmap(&ROT13)),
            Codec::Utf8 => Ok(utf::encode_utf8(text)),
            Codec::Utf8Sig => {
                let mut out = b"\xef\xbb\xbf".to_vec();
                out.extend(utf::encode_utf8(text));
                Ok(out)
            }
            Codec::Utf16(order) => Ok(utf::encode_utf16(text, order)),
            Codec::Utf32(order) => Ok(utf::encode_utf32(text, order)),
            Codec::UnicodeEscape => Ok(escape::unicode_escape_encode(text)),
            Codec::RawUnicodeEscape => Ok(escape::raw_unicode_escape_encode(text)),
            Codec::UnicodeInternal => Ok(text.iter().flat_map(|c| c.to_le_bytes()).collect()),
            Codec::StringEscape | Codec::Hex | Codec::Base64 => {
                let bytes: Vec<u8> = text.iter().map(|&c| c as u8).collect();
                match self {
                    Codec::StringEscape => Ok(string_escape_encode(&bytes)),
                    Codec::Hex => hex_encode(&bytes, errors.name()),
                    _ => base64_encode(&bytes, errors.name()),
                }
            }
        }
    }
}

/// A handler registered with `codecs.register_error`: called with the exception, it returns the
/// replacement text and the position to resume at (negative: from the end of the input).
pub type CustomHandler<'a> = dyn FnMut(&StrError) -> StrResult<(Vec<u32>, i64)> + 'a;

/// The `errors` argument of a codec.
pub enum Errors<'a> {
    Strict,
    Ignore,
    /// U+FFFD per error when decoding, `?` per character when encoding.
    Replace,
    /// Encoding only: `&#NNN;`.
    XmlCharRefReplace,
    /// Encoding only: `\xNN`, `\uNNNN`, `\UNNNNNNNN`.
    BackslashReplace,
    /// A name no handler is registered under: LookupError when an error occurs.
    Unknown(&'a str),
    /// A handler registered from Python, with the name it was registered under.
    Custom(&'a str, &'a mut CustomHandler<'a>),
}

impl<'a> Errors<'a> {
    /// The built-in handler of that name (`Unknown` for others: the runtime looks those up in
    /// its `codecs.register_error` registry first).
    pub fn from_name(name: &'a str) -> Errors<'a> {
        match name {
            "strict" => Errors::Strict,
            "ignore" => Errors::Ignore,
            "replace" => Errors::Replace,
            "xmlcharrefreplace" => Errors::XmlCharRefReplace,
            "backslashreplace" => Errors::BackslashReplace,
            _ => Errors::Unknown(name),
        }
    }

    /// The handler's name (what `errors=` said).
    pub fn name(&self) -> &str {
        match self {
            Errors::Strict => "strict",
            Errors::Ignore => "ignore",
            Errors::Replace => "replace",
            Errors::XmlCharRefReplace => "xmlcharrefreplace",
            Errors::BackslashReplace => "backslashreplace",
            Errors::Unknown(name) | Errors::Custom(name, _) => name,
        }
    }

    fn unknown(name: &str) -> StrError {
        StrError::lookup(format!("unknown error handler name '{}'", name))
    }

    /// Resolves a custom handler's resume position against the input length.
    fn resume(pos: i64, len: usize) -> StrResult<usize> {
        let p = if pos < 0 { pos + len as i64 } else { pos };
        if p < 0 || p > len as i64 {
            return Err(StrError::new(
                ExcKind::IndexError,
                format!("position {} from error handler out of bounds", pos),
            ));
        }
        Ok(p as usize)
    }

    /// A decoding error over `data[start..end]`: appends the replacement to `out` and returns
    /// where decoding resumes.
    pub(super) fn on_decode_error(
        &mut self,
        encoding: &'static str,
        data: &[u8],
        start: usize,
        end: usize,
        reason: &str,
        out: &mut Vec<u32>,
    ) -> StrResult<usize> {
        match self {
            Errors::Strict => Err(StrError::decode(encoding, data, start, end, reason)),
            Errors::Ignore => Ok(end),
            Errors::Replace => {
                out.push(0xFFFD);
                Ok(end)
            }
            Errors::XmlCharRefReplace | Errors::BackslashReplace => Err(StrError::type_error(
                "don't know how to handle UnicodeDecodeError in error callback",
            )),
            Errors::Unknown(name) => Err(Errors::unknown(name)),
            Errors::Custom(_, f) => {
                let (text, pos) = f(&StrError::decode(encoding, data, start, end, reason))?;
                out.extend_from_slice(&text);
                Errors::resume(pos, data.len())
            }
        }
    }

    /// An encoding error over `text[start..end]`: appends the replacement, encoded in the
    /// charset, to `out` and returns where encoding resumes. A replacement the charset cannot
    /// encode raises the original error, as CPython does.
    fn on_encode_error(
        &mut self,
        charset: &Charset,
        text: &[u32],
        start: usize,
        end: usize,
        out: &mut Vec<u8>,
    ) -> StrResult<usize> {
        let (encoding, reason) = (charset.encoding(), charset.reason());
        let error = || StrError::encode(encoding, text, start, end, reason);
        let bad = &text[start..end];
        let ascii = |s: String| s.bytes().map(|b| b as u32).collect::<Vec<u32>>();
        let (replacement, resume): (Vec<u32>, usize) = match self {
            Errors::Strict => return Err(error()),
            Errors::Ignore => (Vec::new(), end),
            Errors::Replace => (bad.iter().map(|_| '?' as u32).collect(), end),
            Errors::XmlCharRefReplace => (
                bad.iter()
                    .flat_map(|c| ascii(format!("&#{};", c)))
                    .collect(),
                end,
            ),
            Errors::BackslashReplace => {
                let escape = |&c: &u32| {
                    ascii(if c >= 0x10000 {
                        format!("\\U{:08x}", c)
                    } else if c >= 0x100 {
                        format!("\\u{:04x}", c)
                    } else {
                        format!("\\x{:02x}", c)
                    })
                };
                (bad.iter().flat_map(escape).collect(), end)
            }
            Errors::Unknown(name) => return Err(Errors::unknown(name)),
            Errors::Custom(_, f) => {
                let (rep, pos) = f(&error())?;
                (rep, Errors::resume(pos, text.len())?)
            }
        };
        for c in replacement {
            out.push(charset.byte(c).ok_or_else(error)?);
        }
        Ok(resume)
    }
}

/// A single-byte charset: which byte a code point encodes to.
enum Charset {
    /// `ascii` / `latin-1`: code points below the limit are their own byte.
    Limit {
        encoding: &'static str,
        reason: &'static str,
        limit: u32,
    },
    /// A charmap codec: the inverse of its decoding table, sorted by code point.
    Map(Vec<(u32, u8)>),
}

/// `encodings.rot_13`'s map: Latin-1 with the ASCII letters rotated by 13.
static ROT13: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = match c {
            b'a'..=b'z' => (b'a' + (c - b'a' + 13) % 26) as u16,
            b'A'..=b'Z' => (b'A' + (c - b'A' + 13) % 26) as u16,
            _ => c as u16,
        };
        b += 1;
    }
    table
};

const CHARMAP_REASON: &str = "character maps to <undefined>";

impl Charset {
    fn charmap(table: &[u16; 256]) -> Charset {
        // As PyUnicode_BuildEncodingMap: the last byte mapping to a code point wins, and the
        // undefined marker maps nothing.
        let mut inverse: Vec<(u32, u8)> = Vec::with_capacity(256);
        for (b, &c) in table.iter().enumerate() {
            if c != 0xFFFE {
                inverse.push((c as u32, b as u8));
            }
        }
        inverse.sort_by_key(|&(c, _)| c);
        let mut dedup: Vec<(u32, u8)> = Vec::with_capacity(inverse.len());
        for entry in inverse {
            match dedup.last_mut() {
                Some(last) if last.0 == entry.0 => last.1 = last.1.max(entry.1),
                _ => dedup.push(entry),
            }
        }
        Charset::Map(dedup)
    }
    fn encoding(&self) -> &'static str {
        match self {
            Charset::Limit { encoding, .. } => encoding,
            Charset::Map(_) => "charmap",
        }
    }
    fn reason(&self) -> &'static str {
        match self {
            Charset::Limit { reason, .. } => reason,
            Charset::Map(_) => CHARMAP_REASON,
        }
    }
    fn byte(&self, c: u32) -> Option<u8> {
        match self {
            Charset::Limit { limit, .. } => (c < *limit).then_some(c as u8),
            Charset::Map(inverse) => inverse
                .binary_search_by_key(&c, |&(k, _)| k)
                .ok()
                .map(|i| inverse[i].1),
        }
    }
}

const ASCII: Charset = Charset::Limit {
    encoding: "ascii",
    reason: "ordinal not in range(128)",
    limit: 0x80,
};

const LATIN_1: Charset = Charset::Limit {
    encoding: "latin-1",
    reason: "ordinal not in range(256)",
    limit: 0x100,
};

/// Single-byte encoding: a run of unencodable characters is one error.
fn encode_single_byte(
    text: &[u32],
    errors: &mut Errors<'_>,
    charset: &Charset,
) -> StrResult<Vec<u8>> {
    let mut out = super::try_vec(text.len())?;
    let mut i = 0;
    while i < text.len() {
        if let Some(b) = charset.byte(text[i]) {
            out.push(b);
            i += 1;
        } else {
            let mut end = i + 1;
            while end < text.len() && charset.byte(text[end]).is_none() {
                end += 1;
            }
            i = errors.on_encode_error(charset, text, i, end, &mut out)?;
        }
    }
    Ok(out)
}

/// A charmap codec's decoder: a byte whose table entry is 0xFFFE is an error.
fn decode_charmap(data: &[u8], table: &[u16; 256], errors: &mut Errors<'_>) -> StrResult<Vec<u32>> {
    let mut out = super::try_vec(data.len())?;
    let mut i = 0;
    while i < data.len() {
        match table[data[i] as usize] {
            0xFFFE => {
                i = errors.on_decode_error("charmap", data, i, i + 1, CHARMAP_REASON, &mut out)?
            }
            c => {
                out.push(c as u32);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// `_codecs.charmap_decode(data, errors, table)` with a decoding table given as text (the
/// `decoding_table` of the encodings modules): a byte past the table's end or whose entry is
/// U+FFFE is an error.
pub fn decode_charmap_table(
    data: &[u8],
    table: &[u32],
    errors: &mut Errors<'_>,
) -> StrResult<Vec<u32>> {
    let mut out = super::try_vec(data.len())?;
    let mut i = 0;
    while i < data.len() {
        match table.get(data[i] as usize) {
            None | Some(0xFFFE) => {
                i = errors.on_decode_error("charmap", data, i, i + 1, CHARMAP_REASON, &mut out)?
            }
            Some(&c) => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// `_codecs.charmap_encode(text, errors, mapping)` with a mapping of code points to bytes
/// (`(code point, byte)` pairs, in any order; for a code point given twice the larger byte
/// wins): a run of unmapped characters is one error; a replacement the mapping cannot encode
/// raises the original error.
pub fn encode_charmap_pairs(
    text: &[u32],
    mut pairs: Vec<(u32, u8)>,
    errors: &mut Errors<'_>,
) -> StrResult<Vec<u8>> {
    pairs.sort_unstable();
    pairs.dedup_by(|later, earlier| {
        // Sorted, so for an equal code point the later pair has the larger byte.
        if later.0 == earlier.0 {
            earlier.1 = later.1;
            true
        } else {
            false
        }
    });
    encode_single_byte(text, errors, &Charset::Map(pairs))
}

/// `ascii` decoding: bytes below `limit` are themselves.
fn decode_single_byte(
    data: &[u8],
    errors: &mut Errors<'_>,
    encoding: &'static str,
    limit: u32,
) -> StrResult<Vec<u32>> {
    let mut out = super::try_vec(data.len())?;
    let mut i = 0;
    while i < data.len() {
        let b = data[i] as u32;
        if b < limit {
            out.push(b);
            i += 1;
        } else {
            i = errors.on_decode_error(
                encoding,
                data,
                i,
                i + 1,
                "ordinal not in range(128)",
                &mut out,
            )?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod charmap_test_tables;
#[cfg(test)]
mod tests;
