//! The tokenizer: decoded source text in, tokens out, one per call (CPython 2.7's `tokenizer.c`).
//!
//! Input: `Source::text` — `\n` line endings, empty or ending with `\n`. Output: `Token`s with
//! CPython's positions; INDENT/DEDENT from an indentation stack (tabs to the next multiple of 8; a
//! form feed at the start of a line resets the column); NEWLINE only at the end of a logical line
//! (not inside brackets, not after a blank or comment-only line). At end of input the lexer emits,
//! at line `last + 1`, a NEWLINE if a logical line is still open (as CPython's parser driver does),
//! the pending DEDENTs, then ENDMARKER for ever.
//!
//! Errors carry CPython's message, line and offset (the 1-based column CPython reports): invalid
//! numbers are `invalid token`, unterminated strings `EOL while scanning string literal` /
//! `EOF while scanning triple-quoted string literal`, indentation errors are IndentationErrors.
//! A byte that starts no token (`$`, `?`, `!`, any non-ASCII byte) is an `ErrorToken`, which the
//! parser reports as `invalid syntax`. Python 2.7 does not reject mixed tabs and spaces unless
//! run with `-tt`, so neither does this lexer.

use std::cell::Cell;

use super::error::{ErrorKind, SyntaxError};
use super::token::{Loc, Token, TokenKind, OPERATORS};

/// CPython's `MAXINDENT`: deeper indentation is "too many levels of indentation".
const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;

pub struct Lexer<'src> {
    text: &'src [u8],
    pos: usize,
    /// Current line number (1-based) and the byte index where it starts.
    line: u32,
    line_start: usize,
    at_bol: bool,
    /// Whether the current line began, at its start, with only blanks before a comment or its
    /// end (CPython's `blankline`; a line continued by `\\` or inside a string never is).
    blank: bool,
    /// Bracket depth; newlines inside brackets are not tokens.
    level: i32,
    indents: Vec<u32>,
    /// DEDENTs still to hand out, and where.
    pending_dedents: u32,
    pending_loc: Loc,
    /// Whether the last token ended a logical line (NEWLINE, INDENT, DEDENT) or none was emitted.
    line_closed: bool,
    /// Where CPython's line buffer starts: the start of the current line, or of an earlier one
    /// when the current line was read in the middle of a string token (a `\\` continuation reads
    /// the next line afresh). CPython's error offsets and texts are relative to it.
    buf_start: usize,
    /// For the last token returned: the buffer start then, and the byte index just past it.
    tok_buf: usize,
    tok_end: usize,
    /// An error the source decoder found on a later line, raised when the lexer reaches it.
    deferred: Option<(SyntaxError, Option<String>)>,
    /// Set once the lexer has moved onto the deferred error's line.
    deferred_due: bool,
    /// For text read from a file (CPython's file tokenizer numbers some errors at end of input
    /// differently from its string tokenizer): whether its last line lacked a newline.
    file_origin: Option<bool>,
    lines: Cell<Option<u32>>,
}

impl<'src> Lexer<'src> {
    /// `text` is `Source::text`: empty or newline-terminated, `\n` line endings.
    pub fn new(text: &'src [u8]) -> Lexer<'src> {
        Lexer {
            text,
            pos: 0,
            line: 1,
            line_start: 0,
            at_bol: true,
            blank: false,
            buf_start: 0,
            tok_buf: 0,
            tok_end: 0,
            level: 0,
            indents: vec![0],
            pending_dedents: 0,
            pending_loc: Loc::default(),
            line_closed: true,
            deferred: None,
            deferred_due: false,
            file_origin: None,
            lines: Cell::new(None),
        }
    }

    /// Arranges for `err` to be raised when the lexer first needs a character of line
    /// `err.lineno` (the decoder's per-line errors, which CPython raises only when its tokenizer
    /// reads that line); inside a token spanning lines, with `in_token_msg` as its message if
    /// given.
    pub fn defer_error(&mut self, err: SyntaxError, in_token_msg: Option<String>) {
        self.deferred_due = err.lineno <= self.line;
        self.deferred = Some((err, in_token_msg));
    }

    /// Marks the text as read from a file rather than given as a string; `unterminated` when the
    /// file's last line had no newline (`Source::unterminated`).
    pub fn set_file_origin(&mut self, unterminated: bool) {
        self.file_origin = Some(unterminated);
    }

    /// The number of lines in the text (counted once, when first asked: only errors and the end
    /// of input need it).
    pub fn line_count(&self) -> u32 {
        if let Some(n) = self.lines.get() {
            return n;
        }
        let n = self.text.iter().filter(|&&b| b == b'\n').count() as u32;
        self.lines.set(Some(n));
        n
    }

    /// Where CPython reports an error at the last token returned: the offset it gives (relative
    /// to its line buffer, just past the token) and the buffer's text (that token's line, plus
    /// the earlier lines a string spanning lines kept in the buffer).
    pub fn error_site(&self) -> (u32, &'src [u8]) {
        let text: &'src [u8] = self.text;
        // The token's last byte, or the line start for an empty token (INDENT, DEDENT) at column 0.
        let last = self
            .tok_end
            .saturating_sub(1)
            .max(self.tok_buf)
            .min(text.len());
        let end = text[last..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(text.len(), |i| last + i + 1);
        let start = self.tok_buf.min(end);
        (self.tok_end.saturating_sub(start) as u32, &text[start..end])
    }

    fn peek(&self) -> u8 {
        self.text.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, k: usize) -> u8 {
        self.text.get(self.pos + k).copied().unwrap_or(0)
    }

    fn loc(&self) -> Loc {
        Loc {
            line: self.line,
            col: (self.pos - self.line_start) as u32,
        }
    }

    fn eof(&self) -> bool {
        self.pos >= self.text.len()
    }

    /// Moves past a `\n` at `self.pos`, onto the next line; `in_token` when the newline is inside
    /// a token (CPython then keeps the earlier line in its buffer).
    fn newline(&mut self, in_token: bool) -> Result<(), SyntaxError> {
        self.pos += 1;
        self.blank = false;
        if self.pos < self.text.len() {
            self.line += 1;
            self.line_start = self.pos;
            if !in_token {
                self.buf_start = self.pos;
            }
            if let Some((err, _)) = &self.deferred {
                if err.lineno <= self.line {
                    if !in_token {
                        self.deferred_due = true;
                    } else if let Some((mut err, msg)) = self.deferred.take() {
                        if let Some(msg) = msg {
                            err.msg = msg;
                        }
                        return Err(err);
                    }
                }
            }
        }
        Ok(())
    }

    /// The length of the current line, newline included.
    fn line_len(&self) -> u32 {
        let end = self.text[self.line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.text.len(), |i| self.line_start + i + 1);
        (end - self.line_start) as u32
    }

    /// An error on the current line, which is its text.
    fn error(&self, kind: ErrorKind, msg: &str, offset: u32) -> SyntaxError {
        let mut e = SyntaxError::new(kind, msg, self.line, Some(offset));
        let end = self.line_start + self.line_len() as usize;
        e.text = Some(self.text[self.line_start..end].to_vec());
        e
    }

    fn token(&self, kind: TokenKind, start_pos: usize, start: Loc) -> Token<'src> {
        Token {
            kind,
            start,
            end: self.loc(),
            text: &self.text[start_pos..self.pos],
        }
    }

    /// The position of tokens made up at end of input.
    fn eof_loc(&self) -> Loc {
        Loc {
            line: self.line_count() + 1,
            col: 0,
        }
    }

    fn synthetic(&self, kind: TokenKind, at: Loc) -> Token<'src> {
        Token {
            kind,
            start: at,
            end: at,
            text: &[],
        }
    }

    /// The next token; after ENDMARKER, ENDMARKER again. A tokenizer error (bad indentation,
    /// unterminated string, ...) is a `SyntaxError` with CPython's message, line and offset.
    pub fn next_token(&mut self) -> Result<Token<'src>, SyntaxError> {
        let tok = self.scan()?;
        if tok.kind != TokenKind::Newline {
            self.tok_buf = self.buf_start;
            self.tok_end = self.pos;
        }
        self.line_closed = matches!(
            tok.kind,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker
        );
        Ok(tok)
    }

    fn scan(&mut self) -> Result<Token<'src>, SyntaxError> {
        if self.pending_dedents > 0 {
            self.pending_dedents -= 1;
            return Ok(self.synthetic(TokenKind::Dedent, self.pending_loc));
        }
        loop {
            if self.deferred_due {
                if let Some((err, _)) = self.deferred.take() {
                    return Err(err);
                }
            }
            if self.at_bol {
                self.at_bol = false;
                if let Some(tok) = self.indentation()? {
                    return Ok(tok);
                }
            }
            // Blanks between tokens.
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') && !self.eof() {
                self.pos += 1;
            }
            if self.eof() {
                return Ok(self.end_of_input());
            }
            let c = self.peek();
            if c == b'#' {
                while self.peek() != b'\n' && !self.eof() {
                    self.pos += 1;
                }
                continue;
            }
            if c == b'\n' {
                let start = self.loc();
                let start_pos = self.pos;
                if self.blank || self.level > 0 {
                    self.newline(false)?;
                    self.at_bol = true;
                    continue;
                }
                let tok = Token {
                    kind: TokenKind::Newline,
                    start,
                    end: Loc {
                        line: start.line,
                        col: start.col + 1,
                    },
                    text: &self.text[start_pos..start_pos],
                };
                self.tok_buf = self.buf_start;
                self.tok_end = self.pos + 1;
                self.newline(false)?;
                self.at_bol = true;
                return Ok(tok);
            }
            if c == b'\\' {
                if self.peek_at(1) != b'\n' {
                    let len = self.line_len();
                    return Err(self.error(
                        ErrorKind::SyntaxError,
                        "unexpected character after line continuation character",
                        len,
                    ));
                }
                // CPython reads the continued line afresh: it starts a new buffer.
                self.pos += 1;
                self.newline(false)?;
                continue;
            }
            return self.token_at(c);
        }
    }

    /// End of input: close the open logical line, dedent to column 0, then ENDMARKER.
    fn end_of_input(&mut self) -> Token<'src> {
        let at = self.eof_loc();
        if !self.line_closed {
            return self.synthetic(TokenKind::Newline, at);
        }
        if self.indents.len() > 1 {
            self.indents.pop();
            self.pending_dedents = self.indents.len() as u32 - 1;
            self.indents.truncate(1);
            self.pending_loc = at;
            return self.synthetic(TokenKind::Dedent, at);
        }
        self.synthetic(TokenKind::EndMarker, at)
    }

    /// Measures the indentation of a new line and returns INDENT or the first DEDENT, if any.
    fn indentation(&mut self) -> Result<Option<Token<'src>>, SyntaxError> {
        let mut col = 0u32;
        loop {
            match self.peek() {
                b' ' => col += 1,
                b'\t' => col = (col / TAB_SIZE + 1) * TAB_SIZE,
                b'\x0c' => col = 0,
                _ => break,
            }
            if self.eof() {
                break;
            }
            self.pos += 1;
        }
        self.blank = matches!(self.peek(), b'#' | b'\n');
        if self.eof() || self.blank || self.level > 0 {
            return Ok(None);
        }
        let here = self.loc();
        let top = *self.indents.last().unwrap();
        if col > top {
            if self.indents.len() >= MAX_INDENT {
                let len = self.line_len();
                return Err(self.error(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    len,
                ));
            }
            self.indents.push(col);
            return Ok(Some(self.synthetic(TokenKind::Indent, here)));
        }
        if col < top {
            let mut n = 0;
            while col < *self.indents.last().unwrap() {
                self.indents.pop();
                n += 1;
            }
            if col != *self.indents.last().unwrap() {
                let len = self.line_len();
                return Err(self.error(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    len,
                ));
            }
            self.pending_dedents = n - 1;
            self.pending_loc = here;
            return Ok(Some(self.synthetic(TokenKind::Dedent, here)));
        }
        Ok(None)
    }

    /// A token starting with byte `c` at `self.pos` (not a blank, newline, comment or `\`).
    fn token_at(&mut self, c: u8) -> Result<Token<'src>, SyntaxError> {
        let start = self.loc();
        let start_pos = self.pos;
        if c.is_ascii_alphabetic() || c == b'_' {
            if let Some(quote_at) = self.string_prefix() {
                self.pos = quote_at;
                return self.string(start_pos, start);
            }
            while self.peek().is_ascii_alphanumeric() || self.peek() == b'_' {
                self.pos += 1;
            }
            return Ok(self.token(TokenKind::Name, start_pos, start));
        }
        if c.is_ascii_digit() || (c == b'.' && self.peek_at(1).is_ascii_digit()) {
            self.number()?;
            return Ok(self.token(TokenKind::Number, start_pos, start));
        }
        if c == b'\'' || c == b'"' {
            return self.string(start_pos, start);
        }
        for &(spelling, kind) in OPERATORS {
            let s = spelling.as_bytes();
            if s[0] == c && self.text[self.pos..].starts_with(s) {
                self.pos += s.len();
                match kind {
                    TokenKind::LPar | TokenKind::LSqb | TokenKind::LBrace => self.level += 1,
                    TokenKind::RPar | TokenKind::RSqb | TokenKind::RBrace => self.level -= 1,
                    _ => {}
                }
                return Ok(self.token(kind, start_pos, start));
            }
        }
        self.pos += 1;
        Ok(self.token(TokenKind::ErrorToken, start_pos, start))
    }

    /// If a string prefix (`b`, `br`, `u`, `ur`, `r`, any case) followed by a quote starts at
    /// `self.pos`, the index of the quote.
    fn string_prefix(&self) -> Option<usize> {
        let lower = |k: usize| self.peek_at(k).to_ascii_lowercase();
        let mut k = 0;
        match lower(0) {
            b'b' | b'u' => {
                k += 1;
                if lower(k) == b'r' {
                    k += 1;
                }
            }
            b'r' => k += 1,
            _ => return None,
        }
        matches!(self.peek_at(k), b'\'' | b'"').then_some(self.pos + k)
    }

    /// A string literal whose opening quote is at `self.pos`.
    fn string(&mut self, start_pos: usize, start: Loc) -> Result<Token<'src>, SyntaxError> {
        let quote = self.peek();
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        self.pos += if triple { 3 } else { 1 };
        let mut run = 0; // closing quotes seen in a row (triple-quoted strings)
        loop {
            if self.eof() {
                let msg = if triple {
                    "EOF while scanning triple-quoted string literal"
                } else {
                    "EOL while scanning string literal"
                };
                if let Some(unterminated) = self.file_origin {
                    // CPython's file reader counts one more line at end of input, and another
                    // after a last line that ended in a newline (it then has no text).
                    let (extra, text) = if unterminated {
                        let line = &self.text[self.line_start..self.text.len() - 1];
                        (1, line.to_vec())
                    } else {
                        (2, Vec::new())
                    };
                    let offset = text.len() as u32;
                    let mut e = SyntaxError::new(
                        ErrorKind::SyntaxError,
                        msg,
                        self.line + extra,
                        Some(offset),
                    );
                    e.text = Some(text);
                    return Err(e);
                }
                let len = self.line_len();
                return Err(self.error(ErrorKind::SyntaxError, msg, len));
            }
            let c = self.peek();
            if c == quote {
                self.pos += 1;
                run += 1;
                if !triple || run == 3 {
                    break;
                }
                continue;
            }
            run = 0;
            match c {
                b'\n' if !triple => {
                    let col = (self.pos - self.line_start) as u32;
                    return Err(self.error(
                        ErrorKind::SyntaxError,
                        "EOL while scanning string literal",
                        col,
                    ));
                }
                b'\n' => self.newline(true)?,
                b'\\' => {
                    self.pos += 1;
                    if self.eof() {
                        continue;
                    }
                    if self.peek() == b'\n' {
                        self.newline(true)?;
                    } else {
                        self.pos += 1;
                    }
                }
                _ => self.pos += 1,
            }
        }
        Ok(self.token(TokenKind::String, start_pos, start))
    }

    fn invalid_token(&self) -> SyntaxError {
        let col = (self.pos - self.line_start) as u32;
        self.error(ErrorKind::SyntaxError, "invalid token", col)
    }

    fn digits(&mut self, ok: fn(u8) -> bool) {
        while ok(self.peek()) {
            self.pos += 1;
        }
    }

    /// A number at `self.pos`: CPython 2.7's number grammar, including its `invalid token`
    /// cases (`0x`, `09`, `1e+`).
    fn number(&mut self) -> Result<(), SyntaxError> {
        let is_dec = |b: u8| b.is_ascii_digit();
        if self.peek() == b'0' {
            self.pos += 1;
            let radix: Option<fn(u8) -> bool> = match self.peek() {
                b'x' | b'X' => Some(|b: u8| b.is_ascii_hexdigit()),
                b'o' | b'O' => Some(|b: u8| (b'0'..=b'7').contains(&b)),
                b'b' | b'B' => Some(|b: u8| b == b'0' || b == b'1'),
                _ => None,
            };
            if let Some(ok) = radix {
                self.pos += 1;
                if !ok(self.peek()) {
                    return Err(self.invalid_token());
                }
                self.digits(ok);
            } else {
                self.digits(|b| (b'0'..=b'7').contains(&b));
                let mut found_decimal = false;
                if self.peek().is_ascii_digit() {
                    found_decimal = true;
                    self.digits(is_dec);
                }
                match self.peek() {
                    b'.' => return self.fraction(),
                    b'e' | b'E' => return self.exponent(),
                    b'j' | b'J' => {
                        self.pos += 1;
                        return Ok(());
                    }
                    _ if found_decimal => return Err(self.invalid_token()),
                    _ => {}
                }
            }
            if matches!(self.peek(), b'l' | b'L') {
                self.pos += 1;
            }
            return Ok(());
        }
        if self.peek() == b'.' {
            return self.fraction();
        }
        self.digits(is_dec);
        match self.peek() {
            b'l' | b'L' => {
                self.pos += 1;
                Ok(())
            }
            b'.' => self.fraction(),
            b'e' | b'E' => self.exponent(),
            b'j' | b'J' => {
                self.pos += 1;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// At the `.` of a float.
    fn fraction(&mut self) -> Result<(), SyntaxError> {
        self.pos += 1;
        self.digits(|b| b.is_ascii_digit());
        if matches!(self.peek(), b'e' | b'E') {
            return self.exponent();
        }
        self.imaginary();
        Ok(())
    }

    /// At the `e` of a float. An `e` followed by neither a sign nor a digit is not part of the
    /// number (`1else` is `1` then `else`).
    fn exponent(&mut self) -> Result<(), SyntaxError> {
        self.pos += 1;
        if matches!(self.peek(), b'+' | b'-') {
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.invalid_token());
            }
        } else if !self.peek().is_ascii_digit() {
            self.pos -= 1;
            return Ok(());
        }
        self.digits(|b| b.is_ascii_digit());
        self.imaginary();
        Ok(())
    }

    fn imaginary(&mut self) {
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
        }
    }
}

#[cfg(test)]
mod tests;
