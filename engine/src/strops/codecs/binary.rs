//! The bytes-to-bytes codecs `hex_codec` and `base64_codec` (`'...'.encode('hex')`,
//! `.decode('base64')`), as CPython 2.7's `binascii` runs them.
//!
//! In: bytes (a unicode receiver was already converted with the default ASCII codec by the
//! caller). Out: bytes, or CPython's error: `hex` decoding raises TypeError ("Odd-length string",
//! "Non-hexadecimal digit found"), `base64` decoding `binascii.Error` ("Incorrect padding");
//! any `errors` other than 'strict' is an AssertionError, as the codec modules assert it.

use crate::strops::error::{ExcKind, StrError, StrResult};

fn strict_only(errors: &str) -> StrResult<()> {
    if errors == "strict" {
        Ok(())
    } else {
        Err(StrError::new(ExcKind::AssertionError, ""))
    }
}

/// `binascii.b2a_hex`.
pub fn hex_encode(data: &[u8], errors: &str) -> StrResult<Vec<u8>> {
    strict_only(errors)?;
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    Ok(data
        .iter()
        .flat_map(|&b| [DIGITS[(b >> 4) as usize], DIGITS[(b & 15) as usize]])
        .collect())
}

/// `binascii.a2b_hex`.
pub fn hex_decode(data: &[u8], errors: &str) -> StrResult<Vec<u8>> {
    strict_only(errors)?;
    if !data.len().is_multiple_of(2) {
        return Err(StrError::type_error("Odd-length string"));
    }
    data.chunks(2)
        .map(|pair| {
            let hi = (pair[0] as char).to_digit(16);
            let lo = (pair[1] as char).to_digit(16);
            match (hi, lo) {
                (Some(h), Some(l)) => Ok((h * 16 + l) as u8),
                _ => Err(StrError::type_error("Non-hexadecimal digit found")),
            }
        })
        .collect()
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `base64.encodestring`: lines of at most 76 characters (57 input bytes), each ending in `\n`.
pub fn base64_encode(data: &[u8], errors: &str) -> StrResult<Vec<u8>> {
    strict_only(errors)?;
    let mut out = Vec::with_capacity(data.len() / 3 * 4 + data.len() / 57 + 8);
    for line in data.chunks(57) {
        for group in line.chunks(3) {
            let b = [
                group[0],
                *group.get(1).unwrap_or(&0),
                *group.get(2).unwrap_or(&0),
            ];
            let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
            for k in 0..4 {
                if k <= group.len() {
                    out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
                } else {
                    out.push(b'=');
                }
            }
        }
        out.push(b'\n');
    }
    Ok(out)
}

/// The value of a base64 character; `=` counts as a valid character worth 0, as in binascii's
/// table.
fn b64_value(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some((c - b'A') as u32),
        b'a'..=b'z' => Some((c - b'a') as u32 + 26),
        b'0'..=b'9' => Some((c - b'0') as u32 + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        b'=' => Some(0),
        _ => None,
    }
}

/// `binascii.a2b_base64`: characters outside the alphabet are skipped; a `=` ends the data when
/// at least two characters of the quad were read (at exactly two, only if the next valid
/// character is another `=`); leftover bits are binascii.Error "Incorrect padding".
pub fn base64_decode(data: &[u8], errors: &str) -> StrResult<Vec<u8>> {
    strict_only(errors)?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad_pos, mut left_char, mut left_bits) = (0u32, 0u32, 0u32);
    for (i, &c) in data.iter().enumerate() {
        if c > 0x7f || c == b'\r' || c == b'\n' || c == b' ' {
            continue;
        }
        if c == b'=' {
            // The next valid character after this one.
            let next = data[i + 1..]
                .iter()
                .copied()
                .find(|&d| d <= 0x7f && b64_value(d).is_some());
            if quad_pos < 2 || (quad_pos == 2 && next != Some(b'=')) {
                continue;
            }
            left_bits = 0;
            break;
        }
        let Some(v) = b64_value(c) else { continue };
        quad_pos = (quad_pos + 1) & 3;
        left_char = (left_char << 6) | v;
        left_bits += 6;
        if left_bits >= 8 {
            left_bits -= 8;
            out.push((left_char >> left_bits) as u8);
            left_char &= (1 << left_bits) - 1;
        }
    }
    if left_bits != 0 {
        return Err(StrError::new(ExcKind::BinasciiError, "Incorrect padding"));
    }
    Ok(out)
}
