//! `str.format` / `unicode.format` templates as CPython 2.7 reads them: the template is cut into
//! chunks of literal text each followed by at most one replacement field; a field's name is cut
//! into its first part (an argument index, automatic numbering, or a keyword) and a chain of
//! `.attr` / `[index]` / `[key]` accessors; `!r`/`!s` conversions; a format spec that may itself
//! hold fields (`{:{width}}`).
//!
//! In: the template as elements (`u8` for str, `u32` for unicode). Out: borrowed slices of it,
//! produced lazily, because CPython raises a template error only when rendering reaches it (after
//! the fields before it were looked up, which may raise first). [`vformat`] is that rendering
//! loop with CPython's order of operations, over a [`FormatEnv`] the runtime implements (argument
//! lookups, `getattr`, `getitem`, conversions, `format(value, spec)`); the parts are public for
//! `string.Formatter` (`_formatter_parser`, `_formatter_field_name_split`).
//!
//! CPython 2.7 rules kept: a `:` or `!` ends the field name even inside `[...]`; braces nest
//! inside a field (so `{0:{1}}` is one field) but `{{` is not an escape there; argument numbers
//! are decimal digits (`unicode` also counts other Unicode decimal digits); a spec is expanded
//! at most one level deep ("Max string recursion exceeded").

use super::chars::Elem;
use super::error::{StrError, StrResult};

fn is<T: Elem>(c: T, b: u8) -> bool {
    c == T::ascii(b)
}

/// Literal text and the replacement field after it, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chunk<'a, T> {
    /// The text before the field, with an escaped `{{` or `}}` as one brace.
    pub literal: &'a [T],
    pub field: Option<Field<'a, T>>,
}

/// One `{name!conversion:spec}` field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field<'a, T> {
    pub name: &'a [T],
    /// The element after `!`, not yet validated (see [`conversion`]).
    pub conversion: Option<T>,
    pub spec: &'a [T],
    /// The spec holds `{`: it is itself a template to render first.
    pub spec_needs_expanding: bool,
}

/// Iterates over a template's chunks; stops after the first error.
pub struct Parser<'a, T> {
    s: &'a [T],
    pos: usize,
    failed: bool,
}

/// `template._formatter_parser()`, lazily.
pub fn parse<T: Elem>(template: &[T]) -> Parser<'_, T> {
    Parser {
        s: template,
        pos: 0,
        failed: false,
    }
}

impl<'a, T: Elem> Parser<'a, T> {
    fn next_chunk(&mut self) -> StrResult<Chunk<'a, T>> {
        let s = self.s;
        let start = self.pos;
        let mut brace = None;
        while self.pos < s.len() {
            let c = s[self.pos];
            self.pos += 1;
            if is(c, b'{') || is(c, b'}') {
                brace = Some(c);
                break;
            }
        }
        let at_end = self.pos >= s.len();
        let mut literal_end = self.pos;
        let Some(c) = brace else {
            return Ok(Chunk {
                literal: &s[start..literal_end],
                field: None,
            });
        };
        if is(c, b'}') && (at_end || s[self.pos] != c) {
            return Err(StrError::value("Single '}' encountered in format string"));
        }
        if at_end && is(c, b'{') {
            return Err(StrError::value("Single '{' encountered in format string"));
        }
        if s[self.pos] == c {
            // An escaped brace: the literal keeps the first one.
            self.pos += 1;
            return Ok(Chunk {
                literal: &s[start..literal_end],
                field: None,
            });
        }
        literal_end -= 1;
        let literal = &s[start..literal_end];
        // A field: find its closing brace, counting nested ones.
        let field_start = self.pos;
        let mut depth = 1;
        let mut in_spec = false;
        let mut spec_needs_expanding = false;
        while self.pos < s.len() {
            let c = s[self.pos];
            self.pos += 1;
            if is(c, b':') {
                in_spec = true;
            } else if is(c, b'{') {
                spec_needs_expanding |= in_spec;
                depth += 1;
            } else if is(c, b'}') {
                depth -= 1;
                if depth == 0 {
                    let field = parse_field(&s[field_start..self.pos - 1], spec_needs_expanding)?;
                    return Ok(Chunk {
                        literal,
                        field: Some(field),
                    });
                }
            }
        }
        Err(StrError::value("unmatched '{' in format"))
    }
}

impl<'a, T: Elem> Iterator for Parser<'a, T> {
    type Item = StrResult<Chunk<'a, T>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.s.len() {
            return None;
        }
        let r = self.next_chunk();
        self.failed = r.is_err();
        Some(r)
    }
}

/// Splits a field's text into name, conversion and spec.
fn parse_field<T: Elem>(text: &[T], spec_needs_expanding: bool) -> StrResult<Field<'_, T>> {
    let Some(stop) = text.iter().position(|&c| is(c, b':') || is(c, b'!')) else {
        return Ok(Field {
            name: text,
            conversion: None,
            spec: &text[text.len()..],
            spec_needs_expanding,
        });
    };
    let name = &text[..stop];
    let mut rest = &text[stop + 1..];
    let mut conversion = None;
    if is(text[stop], b'!') {
        let Some((&c, after)) = rest.split_first() else {
            return Err(StrError::value(
                "end of format while looking for conversion specifier",
            ));
        };
        conversion = Some(c);
        rest = after;
        if let Some((&colon, after)) = rest.split_first() {
            if !is(colon, b':') {
                return Err(StrError::value("expected ':' after format specifier"));
            }
            rest = after;
        }
    }
    Ok(Field {
        name,
        conversion,
        spec: rest,
        spec_needs_expanding,
    })
}

/// A `!r` / `!s` conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    Repr,
    Str,
}

/// Validates a field's conversion: ValueError "Unknown conversion specifier X".
pub fn conversion<T: Elem>(c: Option<T>) -> StrResult<Option<Conversion>> {
    let Some(c) = c else { return Ok(None) };
    // str's conversion character goes through a C `char`: bytes from 0x80 print sign-extended.
    let code = match c.code() {
        b if !T::IS_UNICODE && b >= 0x80 => b | 0xFFFF_FF00,
        code => code,
    };
    match code {
        0x72 => Ok(Some(Conversion::Repr)),
        0x73 => Ok(Some(Conversion::Str)),
        code @ 33..=126 => Err(StrError::value(format!(
            "Unknown conversion specifier {}",
            code as u8 as char
        ))),
        code => Err(StrError::value(format!(
            "Unknown conversion specifier \\x{:x}",
            code
        ))),
    }
}

/// The first part of a field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKey<'a, T> {
    /// A positional argument (written, or numbered automatically).
    Index(usize),
    /// A keyword argument (or, without automatic numbering, an empty name).
    Name(&'a [T]),
}

/// One accessor after the first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accessor<'a, T> {
    /// `.name`
    Attr(&'a [T]),
    /// `[digits]`: the caller indexes a sequence (or calls `__getitem__` with an int).
    Index(usize),
    /// `[text]`: `__getitem__` with a string.
    Key(&'a [T]),
}

/// Automatic field numbering state, shared by a template and the specs nested in it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AutoNumber {
    state: AutoState,
    next: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum AutoState {
    #[default]
    Init,
    Auto,
    Manual,
}

/// The decimal value of `digits` (None if empty or not all digits). ValueError "Too many decimal
/// digits in format string" past `isize::MAX`.
fn integer<T: Elem>(digits: &[T]) -> StrResult<Option<usize>> {
    if digits.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in digits {
        let Some(d) = c.decimal_value() else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| StrError::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

/// Splits a field name into its first part and the accessors after it (`auto` None: as
/// `_formatter_field_name_split`, which does no automatic numbering).
pub fn split_field_name<'a, T: Elem>(
    name: &'a [T],
    auto: Option<&mut AutoNumber>,
) -> StrResult<(FieldKey<'a, T>, Accessors<'a, T>)> {
    let cut = name
        .iter()
        .position(|&c| is(c, b'.') || is(c, b'['))
        .unwrap_or(name.len());
    let (first, rest) = name.split_at(cut);
    let index = integer(first)?;
    let empty = first.is_empty();
    let mut key = match index {
        Some(i) => FieldKey::Index(i),
        None => FieldKey::Name(first),
    };
    if let Some(auto) = auto {
        if empty || index.is_some() {
            if auto.state == AutoState::Init {
                auto.state = if empty {
                    AutoState::Auto
                } else {
                    AutoState::Manual
                };
            }
            if auto.state == AutoState::Manual && empty {
                return Err(StrError::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if auto.state == AutoState::Auto && !empty {
                return Err(StrError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        if empty {
            key = FieldKey::Index(auto.next);
            auto.next += 1;
        }
    }
    Ok((
        key,
        Accessors {
            rest,
            failed: false,
        },
    ))
}

/// The accessor chain of a field name, parsed lazily (errors surface as CPython's do: after the
/// accessors before them were applied).
pub struct Accessors<'a, T> {
    rest: &'a [T],
    failed: bool,
}

impl<'a, T: Elem> Accessors<'a, T> {
    fn next_accessor(&mut self) -> StrResult<Accessor<'a, T>> {
        let s = self.rest;
        let (name, acc) = if is(s[0], b'.') {
            let end = s[1..]
                .iter()
                .position(|&c| is(c, b'.') || is(c, b'['))
                .map_or(s.len(), |p| p + 1);
            self.rest = &s[end..];
            let name = &s[1..end];
            (name, Accessor::Attr(name))
        } else if is(s[0], b'[') {
            let Some(close) = s.iter().position(|&c| is(c, b']')) else {
                return Err(StrError::value("Missing ']' in format string"));
            };
            self.rest = &s[close + 1..];
            let name = &s[1..close];
            let acc = match integer(name)? {
                Some(i) => Accessor::Index(i),
                None => Accessor::Key(name),
            };
            (name, acc)
        } else {
            return Err(StrError::value(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        };
        if name.is_empty() {
            return Err(StrError::value("Empty attribute in format string"));
        }
        Ok(acc)
    }
}

impl<'a, T: Elem> Iterator for Accessors<'a, T> {
    type Item = StrResult<Accessor<'a, T>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.rest.is_empty() {
            return None;
        }
        let r = self.next_accessor();
        self.failed = r.is_err();
        Some(r)
    }
}

/// What `vformat` needs from the runtime. Errors are the runtime's exceptions; a template error
/// comes in through `From<StrError>`.
pub trait FormatEnv<T> {
    type Value;
    type Error: From<StrError>;
    /// `args[i]` (IndexError "tuple index out of range").
    fn positional(&mut self, index: usize) -> Result<Self::Value, Self::Error>;
    /// `kwargs[name]` (KeyError).
    fn keyword(&mut self, name: &[T]) -> Result<Self::Value, Self::Error>;
    fn getattr(&mut self, value: Self::Value, name: &[T]) -> Result<Self::Value, Self::Error>;
    /// `value[index]` for a digits-only key (a sequence is indexed, other objects get an int).
    fn getitem_index(
        &mut self,
        value: Self::Value,
        index: usize,
    ) -> Result<Self::Value, Self::Error>;
    /// `value[key]` with a string key.
    fn getitem_key(&mut self, value: Self::Value, key: &[T]) -> Result<Self::Value, Self::Error>;
    /// `repr(value)` / `str(value)` (`unicode(value)` for a unicode template).
    fn convert(&mut self, value: Self::Value, how: Conversion) -> Result<Self::Value, Self::Error>;
    /// `format(value, spec)`, as text of the template's type.
    fn format(&mut self, value: Self::Value, spec: &[T]) -> Result<Vec<T>, Self::Error>;
}

/// How deep specs may nest: the template itself is level 2, a field's spec level 1.
const RECURSION_DEPTH: u32 = 2;

/// `template.format(*args, **kwargs)`: CPython's order is, per field, look up the first part,
/// apply the accessors, convert, expand the spec, then format.
pub fn vformat<T: Elem, E: FormatEnv<T>>(template: &[T], env: &mut E) -> Result<Vec<T>, E::Error> {
    let mut auto = AutoNumber::default();
    let mut out = Vec::with_capacity(template.len());
    build(template, env, RECURSION_DEPTH, &mut auto, &mut out)?;
    Ok(out)
}

fn build<T: Elem, E: FormatEnv<T>>(
    template: &[T],
    env: &mut E,
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut Vec<T>,
) -> Result<(), E::Error> {
    if depth == 0 {
        return Err(StrError::value("Max string recursion exceeded").into());
    }
    for chunk in parse(template) {
        let chunk = chunk?;
        out.extend_from_slice(chunk.literal);
        let Some(field) = chunk.field else { continue };
        let (key, accessors) = split_field_name(field.name, Some(auto))?;
        let mut value = match key {
            FieldKey::Index(i) => env.positional(i)?,
            FieldKey::Name(name) => env.keyword(name)?,
        };
        for acc in accessors {
            value = match acc? {
                Accessor::Attr(name) => env.getattr(value, name)?,
                Accessor::Index(i) => env.getitem_index(value, i)?,
                Accessor::Key(key) => env.getitem_key(value, key)?,
            };
        }
        if let Some(how) = conversion(field.conversion)? {
            value = env.convert(value, how)?;
        }
        let text = if field.spec_needs_expanding {
            let mut spec = Vec::new();
            build(field.spec, env, depth - 1, auto, &mut spec)?;
            env.format(value, &spec)?
        } else {
            env.format(value, field.spec)?
        };
        out.extend_from_slice(&text);
    }
    Ok(())
}
