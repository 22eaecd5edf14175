//! The `_csv` module (under Lib/csv.py): Dialect, reader, writer, the dialect registry,
//! field_size_limit, Error and the QUOTE_* constants, as CPython 2.7's _csv.c.
//!
//! Most of it is Python (`py/_csv.py`, run in the module's namespace at import; see the comment
//! at the top of that file). The two per-character loops are here: `_parse` (the reader's state
//! machine over one line) and `_join` (the writer's quoting of one row).
//!
//! In: `_parse(line, params, fields, state, field, numeric, limit)` with `params` the dialect
//! tuple `(delimiter, quotechar, escapechar, doublequote, quoting, skipinitialspace, strict)`
//! (characters as 1-char strs or None); it appends finished fields to the list `fields` and
//! returns `(state, field, numeric, error)`, `error` a message for `_csv.Error` or None.
//! `_join(strs, quoted, params, lineterminator)` returns the record line, or a 1-tuple holding
//! the message of a `_csv.Error`.
//! Invariants: the state numbers are `py/_csv.py`'s (START_RECORD = 0 ... EAT_CRNL = 7); a
//! line is processed as its characters followed by one end-of-line marker (C's '\0').

use super::super::object::{Obj, PyResult};
use super::super::rt::rt;
use super::super::types::{float, int, list, str as pystr, tuple, Arity, NativeFn};
use super::super::{exc, ops};

const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

const START_RECORD: i64 = 0;
const START_FIELD: i64 = 1;
const ESCAPED_CHAR: i64 = 2;
const IN_FIELD: i64 = 3;
const IN_QUOTED_FIELD: i64 = 4;
const ESCAPE_IN_QUOTED_FIELD: i64 = 5;
const QUOTE_IN_QUOTED_FIELD: i64 = 6;
const EAT_CRNL: i64 = 7;

/// A dialect as the loops need it.
struct Params {
    delimiter: Option<u8>,
    quotechar: Option<u8>,
    escapechar: Option<u8>,
    doublequote: bool,
    quoting: i64,
    skipinitialspace: bool,
    strict: bool,
}

fn char_param(o: Obj) -> Option<u8> {
    if pystr::is_str(o) {
        pystr::bytes(o).first().copied()
    } else {
        None
    }
}

fn params(p: Obj) -> PyResult<Params> {
    let t = tuple::items(p);
    if t.len() != 7 {
        return Err(exc::type_error("bad dialect parameters"));
    }
    Ok(Params {
        delimiter: char_param(t[0]),
        quotechar: char_param(t[1]),
        escapechar: char_param(t[2]),
        doublequote: ops::truthy(t[3])?,
        quoting: int::as_i64(t[4], "bad \"quoting\" value")?,
        skipinitialspace: ops::truthy(t[5])?,
        strict: ops::truthy(t[6])?,
    })
}

/// The reader's state between characters. `c == None` is the end-of-line marker.
struct Parser<'a> {
    d: &'a Params,
    state: i64,
    field: Vec<u8>,
    numeric: bool,
    fields: Obj,
    limit: i64,
}

impl Parser<'_> {
    fn save_field(&mut self) -> PyResult<()> {
        let s = pystr::new(&self.field)?;
        self.field.clear();
        let v = if self.numeric {
            self.numeric = false;
            float::new(super::super::types::number_new::float_from(s)?)?
        } else {
            s
        };
        list::append(self.fields, v)
    }

    /// `Err(Ok(msg))`: a `_csv.Error`; `Err(Err(_))`: an exception is pending.
    fn add_char(&mut self, c: u8) -> Result<(), PyResult<String>> {
        if self.field.len() as i64 >= self.limit {
            return Err(Ok(format!(
                "field larger than field limit ({})",
                self.limit
            )));
        }
        self.field.push(c);
        Ok(())
    }

    fn process(&mut self, c: Option<u8>) -> Result<(), PyResult<String>> {
        let d = self.d;
        let is_eol = |c: Option<u8>| matches!(c, None | Some(b'\n') | Some(b'\r'));
        let end_state = |c: Option<u8>| if c.is_none() { START_RECORD } else { EAT_CRNL };
        let quoting_on = d.quoting != QUOTE_NONE;
        if self.state == START_RECORD {
            match c {
                None => return Ok(()),
                Some(b'\n') | Some(b'\r') => {
                    self.state = EAT_CRNL;
                    return Ok(());
                }
                _ => self.state = START_FIELD,
            }
        }
        match self.state {
            START_FIELD => {
                if is_eol(c) {
                    self.save_field().map_err(Err)?;
                    self.state = end_state(c);
                } else if c == d.quotechar && quoting_on {
                    self.state = IN_QUOTED_FIELD;
                } else if c == d.escapechar {
                    self.state = ESCAPED_CHAR;
                } else if c == Some(b' ') && d.skipinitialspace {
                } else if c == d.delimiter {
                    self.save_field().map_err(Err)?;
                } else {
                    if d.quoting == QUOTE_NONNUMERIC {
                        self.numeric = true;
                    }
                    self.add_char(c.unwrap_or(0))?;
                    self.state = IN_FIELD;
                }
            }
            ESCAPED_CHAR => {
                self.add_char(c.unwrap_or(b'\n'))?;
                self.state = IN_FIELD;
            }
            IN_FIELD => {
                if is_eol(c) {
                    self.save_field().map_err(Err)?;
                    self.state = end_state(c);
                } else if c == d.escapechar {
                    self.state = ESCAPED_CHAR;
                } else if c == d.delimiter {
                    self.save_field().map_err(Err)?;
                    self.state = START_FIELD;
                } else {
                    self.add_char(c.unwrap_or(0))?;
                }
            }
            IN_QUOTED_FIELD => {
                if c.is_none() {
                } else if c == d.escapechar {
                    self.state = ESCAPE_IN_QUOTED_FIELD;
                } else if c == d.quotechar && quoting_on {
                    self.state = if d.doublequote {
                        QUOTE_IN_QUOTED_FIELD
                    } else {
                        IN_FIELD
                    };
                } else {
                    self.add_char(c.unwrap_or(0))?;
                }
            }
            ESCAPE_IN_QUOTED_FIELD => {
                self.add_char(c.unwrap_or(b'\n'))?;
                self.state = IN_QUOTED_FIELD;
            }
            QUOTE_IN_QUOTED_FIELD => {
                if quoting_on && c.is_some() && c == d.quotechar {
                    self.add_char(c.unwrap_or(0))?;
                    self.state = IN_QUOTED_FIELD;
                } else if c.is_some() && c == d.delimiter {
                    self.save_field().map_err(Err)?;
                    self.state = START_FIELD;
                } else if is_eol(c) {
                    self.save_field().map_err(Err)?;
                    self.state = end_state(c);
                } else if !d.strict {
                    self.add_char(c.unwrap_or(0))?;
                    self.state = IN_FIELD;
                } else {
                    let ch = |x: Option<u8>| x.map(|b| b as char).unwrap_or('\0');
                    return Err(Ok(format!(
                        "'{}' expected after '{}'",
                        ch(d.delimiter),
                        ch(d.quotechar)
                    )));
                }
            }
            EAT_CRNL => match c {
                Some(b'\n') | Some(b'\r') => {}
                None => self.state = START_RECORD,
                _ => {
                    return Err(Ok("new-line character seen in unquoted field - do you \
                                   need to open the file in universal-newline mode?"
                        .into()))
                }
            },
            _ => return Err(Ok("bad parser state".into())),
        }
        Ok(())
    }
}

/// `_parse(line, params, fields, state, field, numeric, limit)`: see the module comment.
fn parse(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let d = params(a[1])?;
    let mut p = Parser {
        d: &d,
        state: int::as_i64(a[3], "bad state")?,
        field: pystr::bytes(a[4]).to_vec(),
        numeric: ops::truthy(a[5])?,
        fields: a[2],
        limit: int::as_i64(a[6], "bad limit")?,
    };
    let line = pystr::bytes(a[0]).to_vec();
    let mut err: Option<String> = None;
    for c in line.iter().copied().map(Some).chain(std::iter::once(None)) {
        if c == Some(0) {
            err = Some("line contains NUL".into());
            break;
        }
        match p.process(c) {
            Ok(()) => {}
            Err(Ok(msg)) => {
                err = Some(msg);
                break;
            }
            Err(Err(e)) => return Err(e),
        }
    }
    let e = match err {
        Some(m) => pystr::from_str(&m)?,
        None => rt().none,
    };
    let state = int::new(p.state)?;
    let field = pystr::new(&p.field)?;
    tuple::new(&[state, field, ops::bool_obj(p.numeric), e])
}

/// `_join(strs, quoted, params, lineterminator)`: see the module comment.
fn join(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let d = params(a[2])?;
    let strs = list::items(a[0]).to_vec();
    let quoted_in = list::items(a[1]).to_vec();
    let lineterm = pystr::bytes(a[3]).to_vec();
    // The C code sees the terminator as a C string: up to its first NUL.
    let lt_chars: Vec<u8> = lineterm.iter().copied().take_while(|&b| b != 0).collect();
    let n = strs.len();
    let mut out: Vec<u8> = Vec::new();
    let fail = |m: &str| -> PyResult<Obj> { tuple::new(&[pystr::from_str(m)?]) };
    for (i, &s) in strs.iter().enumerate() {
        let mut quoted = match quoted_in.get(i) {
            Some(&q) => ops::truthy(q)?,
            None => false,
        };
        // Fields are C strings in _csv.c: they end at the first NUL.
        let field: Vec<u8> = pystr::bytes(s)
            .iter()
            .copied()
            .take_while(|&b| b != 0)
            .collect();
        let mut buf: Vec<u8> = Vec::with_capacity(field.len());
        for &c in &field {
            let special = Some(c) == d.delimiter
                || Some(c) == d.escapechar
                || Some(c) == d.quotechar
                || lt_chars.contains(&c);
            if special {
                let mut want_escape = false;
                if d.quoting == QUOTE_NONE {
                    want_escape = true;
                } else {
                    if Some(c) == d.quotechar {
                        if d.doublequote {
                            buf.push(c);
                        } else {
                            want_escape = true;
                        }
                    }
                    if !want_escape {
                        quoted = true;
                    }
                }
                if want_escape {
                    match d.escapechar {
                        Some(e) => buf.push(e),
                        None => return fail("need to escape, but no escapechar set"),
                    }
                }
            }
            buf.push(c);
        }
        if field.is_empty() && n == 1 {
            if d.quoting == QUOTE_NONE {
                return fail("single empty field record must be quoted");
            }
            quoted = true;
        }
        if i > 0 {
            out.extend(d.delimiter);
        }
        if quoted {
            out.extend(d.quotechar);
            out.extend_from_slice(&buf);
            out.extend(d.quotechar);
        } else {
            out.extend_from_slice(&buf);
        }
    }
    out.extend_from_slice(&lineterm);
    pystr::new(&out)
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("_parse", parse, Arity::Range(7, 7)),
    ("_join", join, Arity::Range(4, 4)),
];

pub fn init(d: Obj) -> PyResult<()> {
    super::add_funcs(d, FUNCS)?;
    super::run_source(d, "_csv", include_str!("py/_csv.py"))
}
