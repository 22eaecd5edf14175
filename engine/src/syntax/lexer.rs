//! The tokenizer: decoded source text in, tokens out, one per call. STUB: to be written.

use super::error::SyntaxError;
use super::token::Token;

pub struct Lexer<'src> {
    _text: &'src [u8],
}

impl<'src> Lexer<'src> {
    /// `text` is `Source::text`: newline-terminated, `\n` line endings.
    pub fn new(text: &'src [u8]) -> Lexer<'src> {
        Lexer { _text: text }
    }

    /// The next token; after ENDMARKER, ENDMARKER again. A tokenizer error (bad indentation,
    /// unterminated string, ...) is a `SyntaxError` with CPython's message, line and offset.
    pub fn next_token(&mut self) -> Result<Token<'src>, SyntaxError> {
        todo!("lexer")
    }
}
