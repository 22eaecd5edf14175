//! Tokens: what `syntax::lexer` hands to `syntax::parser`, one at a time.
//!
//! Invariants: positions are CPython's — `line` 1-based, `col` the byte offset in the line of the
//! UTF-8 decoded source. A token's `text` is the exact source slice it covers (for a string literal,
//! prefix and quotes included; for NEWLINE, INDENT, DEDENT and ENDMARKER, possibly empty). Keywords
//! are `Name` tokens: which names are keywords depends on the parser's state (`print_function`).

/// A source position: CPython's (lineno, col_offset).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    /// A character CPython's tokenizer does not know (`$`, `?`, a stray `!`): the parser reports
    /// `invalid syntax` at it.
    ErrorToken,
    LPar,
    RPar,
    LSqb,
    RSqb,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    Backquote,
    LBrace,
    RBrace,
    EqEqual,
    /// `!=` or `<>`.
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'src> {
    pub kind: TokenKind,
    pub start: Loc,
    pub end: Loc,
    pub text: &'src [u8],
}

/// The operator tokens and their spelling, longest first within each leading character; one table
/// shared by the lexer (to recognise them) and by messages (to name them).
pub const OPERATORS: &[(&str, TokenKind)] = &[
    ("**=", TokenKind::DoubleStarEqual),
    ("//=", TokenKind::DoubleSlashEqual),
    ("<<=", TokenKind::LeftShiftEqual),
    (">>=", TokenKind::RightShiftEqual),
    ("!=", TokenKind::NotEqual),
    ("<>", TokenKind::NotEqual),
    ("%=", TokenKind::PercentEqual),
    ("&=", TokenKind::AmperEqual),
    ("**", TokenKind::DoubleStar),
    ("*=", TokenKind::StarEqual),
    ("+=", TokenKind::PlusEqual),
    ("-=", TokenKind::MinEqual),
    ("//", TokenKind::DoubleSlash),
    ("/=", TokenKind::SlashEqual),
    ("<<", TokenKind::LeftShift),
    ("<=", TokenKind::LessEqual),
    ("==", TokenKind::EqEqual),
    (">=", TokenKind::GreaterEqual),
    (">>", TokenKind::RightShift),
    ("^=", TokenKind::CircumflexEqual),
    ("|=", TokenKind::VBarEqual),
    ("%", TokenKind::Percent),
    ("&", TokenKind::Amper),
    ("(", TokenKind::LPar),
    (")", TokenKind::RPar),
    ("*", TokenKind::Star),
    ("+", TokenKind::Plus),
    (",", TokenKind::Comma),
    ("-", TokenKind::Minus),
    (".", TokenKind::Dot),
    ("/", TokenKind::Slash),
    (":", TokenKind::Colon),
    (";", TokenKind::Semi),
    ("<", TokenKind::Less),
    ("=", TokenKind::Equal),
    (">", TokenKind::Greater),
    ("@", TokenKind::At),
    ("[", TokenKind::LSqb),
    ("]", TokenKind::RSqb),
    ("^", TokenKind::Circumflex),
    ("`", TokenKind::Backquote),
    ("{", TokenKind::LBrace),
    ("|", TokenKind::VBar),
    ("}", TokenKind::RBrace),
    ("~", TokenKind::Tilde),
];

impl Token<'_> {
    /// The `(lineno, col_offset)` CPython 2.7 gives a node that starts with this token: the line
    /// where the token *ends*, and -1 as the column when it spans several lines (a triple-quoted
    /// or backslash-continued string).
    pub fn cpython_pos(&self) -> crate::syntax::ast::Pos {
        let col = if self.start.line == self.end.line {
            self.start.col as i32
        } else {
            -1
        };
        crate::syntax::ast::Pos::new(self.end.line, col)
    }
}
