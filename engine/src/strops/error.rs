//! The exceptions the string operations raise, as data: which Python exception class, and what
//! CPython 2.7.18 prints for it. The runtime turns a [`StrError`] into the exception object.
//!
//! Unicode errors carry the fields CPython's exception objects expose (`encoding`, `object`,
//! `start`, `end`, `reason`); their `str()` is derived from those fields by [`StrError::message`],
//! exactly as `UnicodeDecodeError.__str__` / `UnicodeEncodeError.__str__` compute it.

use std::fmt;

/// The Python exception class a string operation raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    ValueError,
    TypeError,
    OverflowError,
    MemoryError,
    LookupError,
    IndexError,
    AssertionError,
    /// `binascii.Error`.
    BinasciiError,
    UnicodeDecodeError,
    UnicodeEncodeError,
}

impl ExcKind {
    /// The class name as Python spells it.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::LookupError => "LookupError",
            ExcKind::IndexError => "IndexError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::BinasciiError => "Error",
            ExcKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
        }
    }
}

/// The fields of a `UnicodeDecodeError` (`object` is the bytes being decoded) or a
/// `UnicodeEncodeError` (`object` is the code points being encoded). `start..end` is the
/// offending range of `object`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnicodeErrorInfo {
    pub encoding: &'static str,
    pub object: UnicodeObject,
    pub start: usize,
    pub end: usize,
    pub reason: String,
}

/// The `object` attribute of a unicode error: the whole input of the codec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnicodeObject {
    Bytes(Vec<u8>),
    Text(Vec<u32>),
}

/// A Python exception raised by a string operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrError {
    /// Any exception whose only argument is its message.
    Plain { kind: ExcKind, message: String },
    /// `UnicodeDecodeError` or `UnicodeEncodeError` (kind follows from `object`).
    Unicode(Box<UnicodeErrorInfo>),
}

pub type StrResult<T> = Result<T, StrError>;

impl StrError {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> StrError {
        StrError::Plain {
            kind,
            message: message.into(),
        }
    }
    pub fn value(message: impl Into<String>) -> StrError {
        StrError::new(ExcKind::ValueError, message)
    }
    pub fn type_error(message: impl Into<String>) -> StrError {
        StrError::new(ExcKind::TypeError, message)
    }
    pub fn overflow(message: impl Into<String>) -> StrError {
        StrError::new(ExcKind::OverflowError, message)
    }
    /// `MemoryError()`: CPython raises it without a message.
    pub fn memory() -> StrError {
        StrError::new(ExcKind::MemoryError, "")
    }
    pub fn lookup(message: impl Into<String>) -> StrError {
        StrError::new(ExcKind::LookupError, message)
    }
    pub fn decode(
        encoding: &'static str,
        object: &[u8],
        start: usize,
        end: usize,
        reason: impl Into<String>,
    ) -> StrError {
        StrError::Unicode(Box::new(UnicodeErrorInfo {
            encoding,
            object: UnicodeObject::Bytes(object.to_vec()),
            start,
            end,
            reason: reason.into(),
        }))
    }
    pub fn encode(
        encoding: &'static str,
        object: &[u32],
        start: usize,
        end: usize,
        reason: impl Into<String>,
    ) -> StrError {
        StrError::Unicode(Box::new(UnicodeErrorInfo {
            encoding,
            object: UnicodeObject::Text(object.to_vec()),
            start,
            end,
            reason: reason.into(),
        }))
    }

    pub fn kind(&self) -> ExcKind {
        match self {
            StrError::Plain { kind, .. } => *kind,
            StrError::Unicode(info) => match info.object {
                UnicodeObject::Bytes(_) => ExcKind::UnicodeDecodeError,
                UnicodeObject::Text(_) => ExcKind::UnicodeEncodeError,
            },
        }
    }

    /// `str()` of the exception as CPython 2.7 prints it.
    pub fn message(&self) -> String {
        match self {
            StrError::Plain { message, .. } => message.clone(),
            StrError::Unicode(info) => info.message(),
        }
    }
}

impl UnicodeErrorInfo {
    /// `UnicodeDecodeError.__str__` / `UnicodeEncodeError.__str__`: one offending item is named,
    /// a range is given as `start-(end-1)`.
    pub fn message(&self) -> String {
        let single = self.end == self.start + 1;
        match &self.object {
            UnicodeObject::Bytes(bytes) => match bytes.get(self.start) {
                Some(b) if single => format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    self.encoding, b, self.start, self.reason
                ),
                _ => format!(
                    "'{}' codec can't decode bytes in position {}-{}: {}",
                    self.encoding,
                    self.start,
                    self.end.wrapping_sub(1) as isize,
                    self.reason
                ),
            },
            UnicodeObject::Text(text) => match text.get(self.start) {
                Some(&c) if single => {
                    let shown = if c >= 0x10000 {
                        format!("\\U{:08x}", c)
                    } else if c >= 0x100 {
                        format!("\\u{:04x}", c)
                    } else {
                        format!("\\x{:02x}", c)
                    };
                    format!(
                        "'{}' codec can't encode character u'{}' in position {}: {}",
                        self.encoding, shown, self.start, self.reason
                    )
                }
                _ => format!(
                    "'{}' codec can't encode characters in position {}-{}: {}",
                    self.encoding,
                    self.start,
                    self.end.wrapping_sub(1) as isize,
                    self.reason
                ),
            },
        }
    }
}

impl fmt::Display for StrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind().name(), self.message())
    }
}
