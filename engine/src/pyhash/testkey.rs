//! Test-only Python values for the hash and table tests.
//!
//! In: the text encoding written by `keyenc.py` (see its header). Out: a [`Key`] with
//! CPython 2.7's hash (via the functions of `hash.rs`) and `==`, and the same encoding back.
//! Invariant: `Key::parse(s).encode() == s` for every encoding `keyenc.py` produces.

use super::hash;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

#[derive(Clone, Debug)]
pub enum Key {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(Vec<u8>),
    Unicode(Vec<u32>),
    Tuple(Vec<Key>),
    FrozenSet(Vec<Key>),
}

fn hex_bytes(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn bits(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).unwrap())
}

impl Key {
    pub fn int(v: i64) -> Key {
        Key::Int(BigInt::from(v))
    }

    pub fn str(s: &str) -> Key {
        Key::Str(s.as_bytes().to_vec())
    }

    /// Parses one encoded key; panics on malformed input (test tables only).
    pub fn parse(s: &str) -> Key {
        let (k, rest) = Key::parse_prefix(s);
        assert!(rest.is_empty(), "trailing text in {s:?}");
        k
    }

    fn parse_prefix(s: &str) -> (Key, &str) {
        let end = |s: &str| s.find([',', ')']).unwrap_or(s.len());
        let body = &s[1..];
        match s.as_bytes()[0] {
            b'i' => {
                let e = end(body);
                (Key::Int(body[..e].parse().unwrap()), &body[e..])
            }
            b'f' => (Key::Float(bits(&body[..16])), &body[16..]),
            b'c' => (
                Key::Complex(bits(&body[..16]), bits(&body[17..33])),
                &body[33..],
            ),
            b's' => {
                let e = end(body);
                (Key::Str(hex_bytes(&body[..e])), &body[e..])
            }
            b'u' => {
                let e = end(body);
                let cps = (0..e / 6)
                    .map(|i| u32::from_str_radix(&body[6 * i..6 * i + 6], 16).unwrap())
                    .collect();
                (Key::Unicode(cps), &body[e..])
            }
            b'(' => {
                let (items, rest) = Key::parse_items(body);
                (Key::Tuple(items), rest)
            }
            b'z' => {
                let (items, rest) = Key::parse_items(&body[1..]);
                (Key::FrozenSet(items), rest)
            }
            _ => panic!("bad key encoding {s:?}"),
        }
    }

    /// Parses `a,b,...)` (after the opening parenthesis) up to and past the `)`.
    fn parse_items(mut s: &str) -> (Vec<Key>, &str) {
        let mut items = Vec::new();
        loop {
            if let Some(rest) = s.strip_prefix(')') {
                return (items, rest);
            }
            if let Some(rest) = s.strip_prefix(',') {
                s = rest;
                continue;
            }
            let (k, rest) = Key::parse_prefix(s);
            items.push(k);
            s = rest;
        }
    }

    pub fn encode(&self) -> String {
        let items = |ks: &[Key]| ks.iter().map(Key::encode).collect::<Vec<_>>().join(",");
        match self {
            Key::Int(v) => format!("i{v}"),
            Key::Float(f) => format!("f{:016x}", f.to_bits()),
            Key::Complex(r, i) => format!("c{:016x},{:016x}", r.to_bits(), i.to_bits()),
            Key::Str(b) => format!(
                "s{}",
                b.iter().map(|b| format!("{b:02x}")).collect::<String>()
            ),
            Key::Unicode(c) => format!(
                "u{}",
                c.iter().map(|c| format!("{c:06x}")).collect::<String>()
            ),
            Key::Tuple(ks) => format!("({})", items(ks)),
            Key::FrozenSet(ks) => format!("z({})", items(ks)),
        }
    }

    pub fn hash(&self) -> i64 {
        match self {
            Key::Int(v) => match v.to_i64() {
                Some(i) => hash::int_hash(i),
                None => hash::long_hash(v),
            },
            Key::Float(f) => hash::float_hash(*f),
            Key::Complex(r, i) => hash::complex_hash(*r, *i),
            Key::Str(b) => hash::str_hash(b),
            Key::Unicode(c) => hash::unicode_hash(c),
            Key::Tuple(ks) => hash::tuple_hash(&ks.iter().map(Key::hash).collect::<Vec<_>>()),
            Key::FrozenSet(ks) => {
                hash::frozenset_hash(&ks.iter().map(Key::hash).collect::<Vec<_>>())
            }
        }
    }

    /// The real value of a number, as (integer if integral, float), for cross-type `==`.
    fn as_real(&self) -> Option<(Option<BigInt>, f64)> {
        match self {
            Key::Int(v) => Some((Some(v.clone()), v.to_f64().unwrap_or(f64::NAN))),
            Key::Float(f) => {
                let int = if f.is_finite() && f.fract() == 0.0 {
                    num_traits::FromPrimitive::from_f64(*f)
                } else {
                    None
                };
                Some((int, *f))
            }
            Key::Complex(r, i) if *i == 0.0 => Key::Float(*r).as_real(),
            _ => None,
        }
    }

    /// Python 2.7 `==` for these values.
    pub fn py_eq(&self, other: &Key) -> bool {
        match (self, other) {
            (Key::Str(a), Key::Str(b)) => a == b,
            (Key::Unicode(a), Key::Unicode(b)) => a == b,
            (Key::Str(a), Key::Unicode(b)) | (Key::Unicode(b), Key::Str(a)) => {
                a.iter().all(|&c| c < 128)
                    && a.len() == b.len()
                    && a.iter().zip(b).all(|(&x, &y)| u32::from(x) == y)
            }
            (Key::Tuple(a), Key::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.py_eq(y))
            }
            (Key::FrozenSet(a), Key::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.py_eq(y)))
            }
            (Key::Complex(a, b), Key::Complex(c, d)) => a == c && b == d,
            _ => match (self.as_real(), other.as_real()) {
                (Some((Some(a), _)), Some((Some(b), _))) => a == b,
                // A non-integral (or infinite/nan) float never equals an integral value other
                // than through plain float equality.
                (Some((None, a)), Some((_, b))) | (Some((_, b)), Some((None, a))) => a == b,
                _ => false,
            },
        }
    }
}
