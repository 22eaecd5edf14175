//! `str.format` / `unicode.format`: the runtime's side of `crate::strops::format::vformat`
//! (which parses the template and keeps CPython's order of operations and messages). Here are
//! the lookups it asks for: positional and keyword arguments, `.attr`, `[index]`, `[key]`,
//! `!r`/`!s`, and `format(value, spec)` with the result coerced to the template's type (a str
//! template default-encodes a unicode result; a unicode template decodes a str one as ASCII).

use super::codecs;
use super::object::{Obj, PyResult, Raised};
use super::ops;
use super::types::unicode::text_methods::{Kind, S, U};
use super::types::{dict, int, str as pystr, unicode};
use crate::strops::format::{vformat, Conversion, FormatEnv};
use crate::strops::StrError;

/// `fmt.format(*args, **kw)`.
pub fn format(fmt: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    if unicode::is_unicode(fmt) {
        let mut env = Env::<U> {
            args,
            kw,
            kind: std::marker::PhantomData,
        };
        let out = vformat(unicode::code_points(fmt), &mut env).map_err(|e| e.0)?;
        unicode::new(&out)
    } else {
        let mut env = Env::<S> {
            args,
            kw,
            kind: std::marker::PhantomData,
        };
        let out = vformat(pystr::bytes(fmt), &mut env).map_err(|e| e.0)?;
        pystr::new(&out)
    }
}

/// A raised exception, as `vformat`'s error type.
struct Failure(Raised);

impl From<StrError> for Failure {
    fn from(e: StrError) -> Failure {
        Failure(codecs::raise(e))
    }
}

impl From<Raised> for Failure {
    fn from(e: Raised) -> Failure {
        Failure(e)
    }
}

struct Env<'a, K> {
    args: &'a [Obj],
    kw: Option<Obj>,
    kind: std::marker::PhantomData<K>,
}

impl<K: Kind> FormatEnv<K::E> for Env<'_, K> {
    type Value = Obj;
    type Error = Failure;

    fn positional(&mut self, index: usize) -> Result<Obj, Failure> {
        match self.args.get(index) {
            Some(&a) => Ok(a),
            None => Err(super::exc::index_error("tuple index out of range").into()),
        }
    }

    fn keyword(&mut self, name: &[K::E]) -> Result<Obj, Failure> {
        let key = K::make(name)?;
        match self
            .kw
            .map(|k| dict::get_item(k, key))
            .transpose()?
            .flatten()
        {
            Some(v) => Ok(v),
            None => Err(super::exc::key_error(key).into()),
        }
    }

    fn getattr(&mut self, value: Obj, name: &[K::E]) -> Result<Obj, Failure> {
        let name = S::coerce(K::make(name)?)?;
        let name = pystr::intern_obj(name)?;
        Ok(ops::getattr(value, name)?)
    }

    fn getitem_index(&mut self, value: Obj, index: usize) -> Result<Obj, Failure> {
        let i = int::new(index as i64)?;
        Ok(ops::getitem(value, i)?)
    }

    fn getitem_key(&mut self, value: Obj, key: &[K::E]) -> Result<Obj, Failure> {
        let k = K::make(key)?;
        Ok(ops::getitem(value, k)?)
    }

    fn convert(&mut self, value: Obj, how: Conversion) -> Result<Obj, Failure> {
        Ok(match how {
            Conversion::Repr => ops::repr(value)?,
            Conversion::Str if K::UNICODE => unicode::from_object(value)?,
            Conversion::Str => ops::str(value)?,
        })
    }

    fn format(&mut self, value: Obj, spec: &[K::E]) -> Result<Vec<K::E>, Failure> {
        let spec = K::make(spec)?;
        let r = super::builtins::format_value(value, spec)?;
        let r = K::coerce(r)?;
        Ok(K::elems(r).to_vec())
    }
}
