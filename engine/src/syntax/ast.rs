//! The abstract syntax tree: CPython 2.7's `ast` module, node for node and field for field.
//!
//! In: built by `syntax::parser` from tokens. Out: read by `syntax::dump` (which prints exactly what
//! CPython's `ast.dump` prints), by the compile-time checks in `syntax::check`, and later by scope
//! analysis and CFG lowering.
//!
//! Invariants:
//! - Node kinds, field names and field order are those of CPython 2.7's `Parser/Python.asdl`; the
//!   dumper relies on the declaration order of fields below matching the ASDL order.
//! - `Pos` is CPython's `(lineno, col_offset)`: `lineno` is 1-based; `col_offset` is the byte offset
//!   of the node's first character in its line of the UTF-8 decoded source, and is -1 where CPython
//!   gives -1 (a string token that spans several lines).
//! - Literal values are already decoded: `Num` holds the Python value CPython would build (ints that
//!   overflow `i64` are longs, floats correctly rounded); `Str` holds bytes for `str` literals
//!   (re-encoded to the source encoding, as CPython does) and code points for `unicode` literals.
//! - Only stmt, expr and excepthandler nodes carry positions, as in CPython 2.7.

pub mod walk;

use num_bigint::BigInt;

/// An identifier. Python 2.7 identifiers are ASCII.
pub type Ident = String;

/// CPython's node attributes `(lineno, col_offset)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    pub lineno: u32,
    pub col_offset: i32,
}

impl Pos {
    pub fn new(lineno: u32, col_offset: i32) -> Pos {
        Pos { lineno, col_offset }
    }
}

/// `mod` in the ASDL. `Suite` is never produced by the parser and is omitted.
#[derive(Clone, Debug, PartialEq)]
pub enum Mod {
    Module { body: Vec<Stmt> },
    Interactive { body: Vec<Stmt> },
    Expression { body: Box<Expr> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub pos: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef {
        name: Ident,
        args: Arguments,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
    },
    ClassDef {
        name: Ident,
        bases: Vec<Expr>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
    },
    Return {
        value: Option<Expr>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: Operator,
        value: Expr,
    },
    Print {
        dest: Option<Expr>,
        values: Vec<Expr>,
        nl: bool,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        context_expr: Expr,
        optional_vars: Option<Expr>,
        body: Vec<Stmt>,
    },
    /// `raise type, inst, tback` (the field is `type` in CPython).
    Raise {
        type_: Option<Expr>,
        inst: Option<Expr>,
        tback: Option<Expr>,
    },
    TryExcept {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
    },
    TryFinally {
        body: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import {
        names: Vec<Alias>,
    },
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Exec {
        body: Expr,
        globals: Option<Expr>,
        locals: Option<Expr>,
    },
    Global {
        names: Vec<Ident>,
    },
    Expr {
        value: Expr,
    },
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub pos: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Dict {
        keys: Vec<Expr>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
        starargs: Option<Box<Expr>>,
        kwargs: Option<Box<Expr>>,
    },
    /// Backticks: `` `x` ``.
    Repr {
        value: Box<Expr>,
    },
    Num {
        n: Number,
    },
    Str {
        s: StrValue,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Slice>,
        ctx: ExprContext,
    },
    Name {
        id: Ident,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
}

/// The value of a `Num` node, as CPython's `parsenumber` builds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int(i64),
    Long(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
}

/// The value of a `Str` node: a `str` (bytes) or a `unicode` (code points; lone surrogates allowed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrValue {
    Bytes(Vec<u8>),
    Unicode(Vec<u32>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
    AugLoad,
    AugStore,
    Param,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Slice {
    Ellipsis,
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    ExtSlice {
        dims: Vec<Slice>,
    },
    Index {
        value: Box<Expr>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The field is `type` in CPython.
    pub type_: Option<Expr>,
    pub name: Option<Expr>,
    pub body: Vec<Stmt>,
    pub pos: Pos,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub args: Vec<Expr>,
    pub vararg: Option<Ident>,
    pub kwarg: Option<Ident>,
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Ident,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
}

impl Operator {
    /// The ASDL constructor name, as `ast.dump` prints it.
    pub fn name(self) -> &'static str {
        match self {
            Operator::Add => "Add",
            Operator::Sub => "Sub",
            Operator::Mult => "Mult",
            Operator::Div => "Div",
            Operator::Mod => "Mod",
            Operator::Pow => "Pow",
            Operator::LShift => "LShift",
            Operator::RShift => "RShift",
            Operator::BitOr => "BitOr",
            Operator::BitXor => "BitXor",
            Operator::BitAnd => "BitAnd",
            Operator::FloorDiv => "FloorDiv",
        }
    }
}

impl UnaryOp {
    pub fn name(self) -> &'static str {
        match self {
            UnaryOp::Invert => "Invert",
            UnaryOp::Not => "Not",
            UnaryOp::UAdd => "UAdd",
            UnaryOp::USub => "USub",
        }
    }
}

impl BoolOp {
    pub fn name(self) -> &'static str {
        match self {
            BoolOp::And => "And",
            BoolOp::Or => "Or",
        }
    }
}

impl CmpOp {
    pub fn name(self) -> &'static str {
        match self {
            CmpOp::Eq => "Eq",
            CmpOp::NotEq => "NotEq",
            CmpOp::Lt => "Lt",
            CmpOp::LtE => "LtE",
            CmpOp::Gt => "Gt",
            CmpOp::GtE => "GtE",
            CmpOp::Is => "Is",
            CmpOp::IsNot => "IsNot",
            CmpOp::In => "In",
            CmpOp::NotIn => "NotIn",
        }
    }
}

impl ExprContext {
    pub fn name(self) -> &'static str {
        match self {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
            ExprContext::AugLoad => "AugLoad",
            ExprContext::AugStore => "AugStore",
            ExprContext::Param => "Param",
        }
    }
}
