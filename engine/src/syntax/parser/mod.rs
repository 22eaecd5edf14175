//! The parser: tokens in, CPython 2.7's AST out. Hand-written recursive descent over CPython
//! 2.7.18's `Grammar/Grammar`, one function per grammar rule (the rule is quoted above each),
//! building `ast` nodes directly as CPython's `ast.c` does.
//!
//! Invariants that make results and errors CPython's:
//! - One token of lookahead, and every choice is made on it as CPython's LL(1) parser makes it,
//!   so a grammar error is reported at the same token: `invalid syntax` at the line where the token
//!   ends and the column just past it; `unexpected indent`/`unexpected unindent`/`expected an
//!   indented block` as IndentationErrors; at end of input, CPython's EOF rules (`eof_error`).
//! - Errors `ast.c` raises on a well-formed parse tree (`can't assign to literal`, `keyword
//!   argument repeated`, bad string literals, ...) do not stop the parse: the first one is kept and
//!   reported only if the whole input parses, as CPython (which builds the AST after parsing)
//!   reports a later grammar error first.
//! - Node positions are those of the node's first token (`Token::cpython_pos`), except where
//!   `ast.c` says otherwise: chained binary operators take the operator's position, `elif` and
//!   `with` items their test's, decorated definitions the `@`'s.
//! - `from __future__ import print_function` makes `print` a name from the next statement on;
//!   `unicode_literals` applies to every string of the module (CPython applies the flags it ends
//!   the parse with), so meeting it late means parsing again with it set.
//! - Recursion is bounded: the grammar rules active at once are counted as CPython's parser stack
//!   counts them, and past `MAX_STACK` it is CPython's `s_push: parser stack overflow`
//!   MemoryError, exactly where CPython gives it; a chain of more than `MAX_CHAIN` operators or
//!   trailers, or a finished tree deeper than `MAX_TREE_DEPTH`, is a RuntimeError (the tree freed
//!   iteratively), so later recursive passes over the tree stay within the native stack.

mod expr;
mod stmt;
mod target;

use super::ast::{walk, Mod, Pos};
use super::error::{ErrorKind, SyntaxError};
use super::lexer::Lexer;
use super::source::Source;
use super::token::{Token, TokenKind};
use super::{Mode, Origin, ParseOptions};

/// How many grammar rules may be active at once: CPython's parser stack (`MAXSTACK`), which
/// stops at 99 nested brackets in a module-level assignment.
const MAX_STACK: u32 = 1500;
/// The longest chain of binary operators, trailers or `elif`s one loop of the parser may build
/// (stops a huge input early), and the deepest tree the front end hands on (CPython's compiler
/// crashes well before; later passes may recurse over the tree).
const MAX_CHAIN: u32 = 20_000;
const MAX_TREE_DEPTH: usize = 20_000;
/// How many chain links (operators, trailers, `elif`s) one top-level statement may hold in all:
/// bounds the depth of what an error mid-parse leaves to drop, whatever the nesting.
const MAX_LINKS: u32 = 500_000;

type PResult<T> = Result<T, SyntaxError>;

/// Python 2.7's keywords (`print` only without `print_function`).
const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "exec", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "not", "or",
    "pass", "print", "raise", "return", "try", "while", "with", "yield",
];

/// The keyword a NAME token spells, if any (`print` included).
fn keyword(text: &[u8]) -> Option<&'static str> {
    KEYWORDS.iter().copied().find(|k| k.as_bytes() == text)
}

/// Parses `src`, decoded from the file bytes `raw` (which errors raised after parsing quote, as
/// CPython reads their line back from the file).
pub fn parse(src: &Source, raw: &[u8], opts: &ParseOptions) -> PResult<Mod> {
    parse_tree(src, raw, opts).map_err(|e| restore_encoding(e, src))
}

fn parse_tree(src: &Source, raw: &[u8], opts: &ParseOptions) -> PResult<Mod> {
    let mut p = Parser::new(src, raw, opts, opts.future.unicode_literals)?;
    let mut parsed = p.input();
    if p.saw_unicode_literals && !opts.future.unicode_literals {
        // Every string literal of the module is unicode, even those before the import (and
        // their errors are unicode-escape errors): parse again with the flag set.
        parsed = Parser::new(src, raw, opts, true)?.input();
    }
    let module = parsed?;
    // Every level of the tree is a grammar rule nested in another (at most MAX_STACK) or a chain
    // link, so only a module with long chains can be too deep: only then is it measured.
    if p.max_links as usize + MAX_STACK as usize > MAX_TREE_DEPTH {
        let (depth, pos) = walk::depth(&module);
        if depth > MAX_TREE_DEPTH {
            walk::dismantle(module);
            return Err(too_deep(pos.lineno));
        }
    }
    Ok(module)
}

/// A tokenizer or parser error in a source with a declared encoding: CPython reports its line in
/// that encoding, and the offset counted in that encoding's bytes.
fn restore_encoding(mut e: SyntaxError, src: &Source) -> SyntaxError {
    let (Some(encoding), Some(offset), Some(text)) = (&src.encoding, e.offset, &e.text) else {
        return e;
    };
    if offset > 1 {
        let upto = (offset as usize - 1).min(text.len());
        e.offset = Some(encoding.restore(&text[..upto]).len() as u32 + 1);
    }
    e.text = Some(encoding.restore(text));
    e
}

/// CPython 3's message for a tree too deep to compile (CPython 2.7 crashes instead).
fn too_deep(lineno: u32) -> SyntaxError {
    SyntaxError::new(
        ErrorKind::RuntimeError,
        "maximum recursion depth exceeded during compilation",
        lineno,
        None,
    )
}

struct Parser<'src> {
    lexer: Lexer<'src>,
    tok: Token<'src>,
    /// The keyword `tok` spells, looked up once per token.
    tok_kw: Option<&'static str>,
    src: &'src Source,
    /// The bytes `src` was decoded from.
    raw: &'src [u8],
    opts: ParseOptions,
    print_function: bool,
    unicode_literals: bool,
    /// Whether a `from __future__ import unicode_literals` was met.
    saw_unicode_literals: bool,
    /// Grammar rules active now, as CPython's parser stack counts them.
    depth: u32,
    /// Chain links built in the current top-level statement, and the most in any so far.
    links: u32,
    max_links: u32,
    /// The first error `ast.c` would raise, reported once the whole input has parsed.
    ast_error: Option<SyntaxError>,
}

impl<'src> Parser<'src> {
    fn new(
        src: &'src Source,
        raw: &'src [u8],
        opts: &ParseOptions,
        unicode_literals: bool,
    ) -> PResult<Self> {
        let mut lexer = Lexer::new(&src.text);
        if opts.origin == Origin::File {
            lexer.set_file_origin(src.unterminated);
        }
        if let Some(err) = &src.deferred_error {
            lexer.defer_error(err.clone(), src.deferred_error_in_token_msg.clone());
        }
        let mut p = Parser {
            lexer,
            tok: Token {
                kind: TokenKind::EndMarker,
                start: Default::default(),
                end: Default::default(),
                text: &[],
            },
            tok_kw: None,
            src,
            raw,
            opts: *opts,
            print_function: opts.future.print_function,
            unicode_literals,
            saw_unicode_literals: false,
            depth: 0,
            links: 0,
            max_links: 0,
            ast_error: None,
        };
        p.tok = p.lexer.next_token()?;
        p.tok_kw = p.keyword_of(&p.tok);
        Ok(p)
    }

    /// The start symbol for the mode, then the deferred `ast.c` error if any.
    fn input(&mut self) -> PResult<Mod> {
        // file_input, eval_input or single_input.
        self.push(1)?;
        let module = match self.opts.mode {
            Mode::Exec => {
                let mut body = Vec::new();
                while !self.at(TokenKind::EndMarker) {
                    if self.at(TokenKind::Newline) {
                        self.bump()?;
                    } else {
                        self.links = 0;
                        self.stmt(&mut body)?;
                    }
                }
                Mod::Module { body }
            }
            Mode::Eval => {
                let body = self.testlist()?;
                while self.at(TokenKind::Newline) {
                    self.bump()?;
                }
                self.expect(TokenKind::EndMarker)?;
                Mod::Expression {
                    body: Box::new(body),
                }
            }
            // `single_input: NEWLINE | simple_stmt | compound_stmt NEWLINE`; CPython's parser
            // stops there and never reads what follows.
            Mode::Single => {
                let mut body = Vec::new();
                if self.at(TokenKind::Newline) {
                } else if self.at_compound() {
                    self.stmt(&mut body)?;
                    if !self.at(TokenKind::Newline) && !self.at(TokenKind::EndMarker) {
                        return Err(self.unexpected());
                    }
                } else {
                    self.simple_stmt(&mut body, true)?;
                }
                Mod::Interactive { body }
            }
        };
        match self.ast_error.take() {
            Some(e) => Err(e),
            None => Ok(module),
        }
    }

    // ---- tokens ----

    fn at(&self, kind: TokenKind) -> bool {
        self.tok.kind == kind
    }

    /// Whether the current token is the keyword `kw` (or the name `print`, whatever the mode).
    fn at_kw(&self, kw: &str) -> bool {
        self.tok_kw == Some(kw)
    }

    fn keyword_of(&self, tok: &Token) -> Option<&'static str> {
        if tok.kind == TokenKind::Name {
            keyword(tok.text)
        } else {
            None
        }
    }

    /// Whether the current token is a keyword in this parse (`print` is one unless
    /// `print_function` is in effect).
    fn at_keyword(&self) -> bool {
        match self.tok_kw {
            Some("print") => !self.print_function,
            Some(_) => true,
            None => false,
        }
    }

    /// Whether the current token is a NAME that is not a keyword.
    fn at_name(&self) -> bool {
        self.tok.kind == TokenKind::Name && !self.at_keyword()
    }

    fn pos(&self) -> Pos {
        self.tok.cpython_pos()
    }

    /// Consumes the current token, returning it.
    fn bump(&mut self) -> PResult<Token<'src>> {
        let next = self.lexer.next_token()?;
        self.tok_kw = self.keyword_of(&next);
        Ok(std::mem::replace(&mut self.tok, next))
    }

    fn expect(&mut self, kind: TokenKind) -> PResult<Token<'src>> {
        if self.at(kind) {
            self.bump()
        } else {
            Err(self.unexpected())
        }
    }

    fn expect_kw(&mut self, kw: &str) -> PResult<Token<'src>> {
        if self.at_kw(kw) {
            self.bump()
        } else {
            Err(self.unexpected())
        }
    }

    /// A NAME that is not a keyword.
    fn name(&mut self) -> PResult<(String, Token<'src>)> {
        if !self.at_name() {
            return Err(self.unexpected());
        }
        let tok = self.bump()?;
        Ok((String::from_utf8_lossy(tok.text).into_owned(), tok))
    }

    fn eat(&mut self, kind: TokenKind) -> PResult<bool> {
        if self.at(kind) {
            self.bump()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    // ---- errors ----

    /// The error CPython's parser reports when the current token fits no rule.
    fn unexpected(&self) -> SyntaxError {
        // CPython appends a newline to string input only in exec mode; in eval and single mode
        // an unterminated last line ends in EOF, so an error at its (our synthetic) NEWLINE is
        // "unexpected EOF while parsing".
        if self.tok.kind == TokenKind::Newline
            && self.string_without_final_newline()
            && self.tok.start.line >= self.lexer.line_count()
        {
            return self.eof_error(ErrorKind::SyntaxError, "invalid syntax");
        }
        let (kind, msg) = match self.tok.kind {
            TokenKind::Indent => (ErrorKind::IndentationError, "unexpected indent"),
            TokenKind::Dedent => (ErrorKind::IndentationError, "unexpected unindent"),
            _ => (ErrorKind::SyntaxError, "invalid syntax"),
        };
        self.error_at_token(kind, msg)
    }

    /// `expected an indented block`, at the current token. A token no grammar rule knows
    /// (ERRORTOKEN) fails before CPython's parser records what it expected: `invalid syntax`.
    fn expected_indent(&self) -> SyntaxError {
        if self.at(TokenKind::ErrorToken) {
            return self.unexpected();
        }
        self.error_at_token(ErrorKind::IndentationError, "expected an indented block")
    }

    fn error_at_token(&self, kind: ErrorKind, msg: &str) -> SyntaxError {
        if self.tok.start.line > self.lexer.line_count() {
            return self.eof_error(kind, msg);
        }
        let (offset, text) = self.lexer.error_site();
        let mut e = SyntaxError::new(kind, msg, self.tok.end.line, Some(offset));
        e.text = Some(text.to_vec());
        e
    }

    /// An error at a token made up at end of input, which CPython reports at the end of the last
    /// line. Parsing a string of one line, the message is `unexpected EOF while parsing`
    /// (CPython's parser driver says so only while its line count is at most 1); reading a file,
    /// the line is one past the last and the text empty.
    fn eof_error(&self, kind: ErrorKind, msg: &str) -> SyntaxError {
        let lines = self.lexer.line_count();
        let text = &self.src.text;
        let body = &text[..text.len().saturating_sub(1)];
        let last_len = match lines {
            0 => 0,
            _ => body.len() - body.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) + 1,
        };
        // Without CPython's synthetic newline the offset is the line's length itself.
        let last_len = if self.string_without_final_newline() {
            last_len.saturating_sub(1)
        } else {
            last_len
        };
        let offset = Some(last_len as u32);
        let mut e = match self.opts.origin {
            Origin::String if lines <= 1 => SyntaxError::new(
                ErrorKind::SyntaxError,
                "unexpected EOF while parsing",
                lines,
                offset,
            ),
            Origin::String => SyntaxError::new(kind, msg, lines, offset),
            Origin::File => {
                let mut e = SyntaxError::new(kind, msg, lines + 1, offset);
                e.text = Some(Vec::new());
                return e;
            }
        };
        e.text = crate::syntax::source_line(text, lines);
        e
    }

    /// String input compiled in eval or single mode whose last line has no newline.
    fn string_without_final_newline(&self) -> bool {
        self.opts.origin == Origin::String && self.opts.mode != Mode::Exec && self.src.unterminated
    }

    /// Records an error `ast.c` raises (no column), to be reported if the parse succeeds.
    fn ast_error(&mut self, msg: impl Into<String>, lineno: u32) {
        self.ast_error_kind(ErrorKind::SyntaxError, msg, lineno);
    }

    fn ast_error_kind(&mut self, kind: ErrorKind, msg: impl Into<String>, lineno: u32) {
        if self.ast_error.is_none() {
            let mut e = SyntaxError::new(kind, msg, lineno, None);
            e.text = crate::syntax::check::program_text(self.raw, lineno);
            self.ast_error = Some(e);
        }
    }

    /// Runs `f` inside `n` grammar rules: CPython's parser pushes one stack entry per rule it
    /// enters, and fails past `MAX_STACK` of them.
    fn rule<T>(&mut self, n: u32, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.push(n)?;
        let r = f(self);
        self.pop(n);
        r
    }

    /// Enters `n` rules (`pop` leaves them; an error ends the parse, so it needs no `pop`).
    fn push(&mut self, n: u32) -> PResult<()> {
        self.depth += n;
        if self.depth > MAX_STACK {
            return Err(SyntaxError::new(
                ErrorKind::MemoryError,
                "s_push: parser stack overflow",
                self.tok.start.line,
                None,
            ));
        }
        Ok(())
    }

    fn pop(&mut self, n: u32) {
        self.depth -= n;
    }

    /// Counts a link of an operator or trailer chain, `n` links long so far.
    fn chain(&mut self, n: u32) -> PResult<()> {
        self.links += 1;
        self.max_links = self.max_links.max(self.links);
        if n > MAX_CHAIN || self.links > MAX_LINKS {
            return Err(too_deep(self.tok.start.line));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
