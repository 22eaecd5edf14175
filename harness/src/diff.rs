//! A small line diff for failure messages: expected against actual output, unified style.
//!
//! In: two byte strings (program output, not necessarily UTF-8). Out: text with `--- `/`+++ `
//! headers and `@@ -a,b +c,d @@` hunks of ` `, `-`, `+` lines, 3 lines of context; a last line
//! without a newline is followed by `\ No newline at end of file`, as diff(1) does.
//!
//! Method: the common prefix and suffix are matched first; the rest gets an exact longest common
//! subsequence when (lines left)^2 stays under a few million cells, and otherwise is shown as
//! removed-then-added (still correct, only less minimal). Output is capped at `max_lines` lines.
//!
//! Invariants: never panics; equal inputs give an empty string; applying the hunks to the
//! expected lines gives the actual lines.

/// Above this many LCS cells the middle is shown as a block replacement.
const MAX_LCS_CELLS: usize = 4_000_000;
const CONTEXT: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    /// Same line: index in expected, index in actual.
    Equal(usize, usize),
    Delete(usize),
    Insert(usize),
}

/// Lines including their `\n` (the last may lack it).
fn split_lines(bytes: &[u8]) -> Vec<&[u8]> {
    let mut lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

fn edit_script(a: &[&[u8]], b: &[&[u8]]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Equal(i, i)).collect();
    let cells = (ma.len() + 1).saturating_mul(mb.len() + 1);
    if cells <= MAX_LCS_CELLS {
        // lcs[i][j]: length of the LCS of ma[i..] and mb[j..].
        let w = mb.len() + 1;
        let mut lcs = vec![0u32; cells];
        for i in (0..ma.len()).rev() {
            for j in (0..mb.len()).rev() {
                lcs[i * w + j] = if ma[i] == mb[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < ma.len() || j < mb.len() {
            if i < ma.len() && j < mb.len() && ma[i] == mb[j] {
                ops.push(Op::Equal(prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if j < mb.len() && (i == ma.len() || lcs[i * w + j + 1] > lcs[(i + 1) * w + j]) {
                // Deletions go first on ties, as diff(1) prints them.
                ops.push(Op::Insert(prefix + j));
                j += 1;
            } else {
                ops.push(Op::Delete(prefix + i));
                i += 1;
            }
        }
    } else {
        ops.extend((0..ma.len()).map(|i| Op::Delete(prefix + i)));
        ops.extend((0..mb.len()).map(|j| Op::Insert(prefix + j)));
    }
    let (ea, eb) = (a.len() - suffix, b.len() - suffix);
    ops.extend((0..suffix).map(|k| Op::Equal(ea + k, eb + k)));
    ops
}

/// A line for display: UTF-8 as is, invalid bytes and control characters (but tab) as `\xNN`,
/// so lines differing only in such bytes still look different.
fn show(text: &[u8]) -> String {
    let mut out = String::new();
    for chunk in text.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.is_control() && c != '\t' && (c as u32) < 0x100 {
                out.push_str(&format!("\\x{:02x}", c as u32));
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

fn push_line(out: &mut Vec<String>, mark: char, line: &[u8]) {
    let text = line.strip_suffix(b"\n").unwrap_or(line);
    out.push(format!("{mark}{}", show(text)));
    if !line.ends_with(b"\n") {
        out.push("\\ No newline at end of file".to_string());
    }
}

/// `start,len` of a hunk side, diff(1) style (1-based; a 0-length side names the line before).
fn range(start: usize, len: usize) -> String {
    if len == 0 {
        format!("{start},0")
    } else {
        format!("{},{len}", start + 1)
    }
}

/// The unified diff of `expected` against `actual`, labelled with `what` (e.g. `stdout`), at most
/// `max_lines` lines long; empty when they are equal.
pub fn unified(what: &str, expected: &[u8], actual: &[u8], max_lines: usize) -> String {
    if expected == actual {
        return String::new();
    }
    let (a, b) = (split_lines(expected), split_lines(actual));
    let ops = edit_script(&a, &b);
    let changed: Vec<usize> = (0..ops.len())
        .filter(|&k| !matches!(ops[k], Op::Equal(..)))
        .collect();
    // Hunks: runs of changes closer than 2*CONTEXT equal lines, each widened by CONTEXT.
    let mut hunks: Vec<(usize, usize)> = Vec::new();
    for &k in &changed {
        let lo = k.saturating_sub(CONTEXT);
        let hi = (k + CONTEXT + 1).min(ops.len());
        match hunks.last_mut() {
            Some(last) if lo <= last.1 => last.1 = hi,
            _ => hunks.push((lo, hi)),
        }
    }
    let mut out = vec![format!("--- expected {what}"), format!("+++ actual {what}")];
    for (lo, hi) in hunks {
        let (mut a_start, mut b_start) = (None, None);
        let (mut a_len, mut b_len) = (0, 0);
        let mut body = Vec::new();
        for op in &ops[lo..hi] {
            match *op {
                Op::Equal(i, j) => {
                    a_start.get_or_insert(i);
                    b_start.get_or_insert(j);
                    a_len += 1;
                    b_len += 1;
                    push_line(&mut body, ' ', a[i]);
                }
                Op::Delete(i) => {
                    a_start.get_or_insert(i);
                    a_len += 1;
                    push_line(&mut body, '-', a[i]);
                }
                Op::Insert(j) => {
                    b_start.get_or_insert(j);
                    b_len += 1;
                    push_line(&mut body, '+', b[j]);
                }
            }
        }
        // A side with no lines in the hunk starts where the other side's ops place it.
        let a_at = a_start.unwrap_or_else(|| position_before(&ops[..lo], true));
        let b_at = b_start.unwrap_or_else(|| position_before(&ops[..lo], false));
        out.push(format!(
            "@@ -{} +{} @@",
            range(a_at, a_len),
            range(b_at, b_len)
        ));
        out.extend(body);
    }
    if out.len() > max_lines {
        let more = out.len() - max_lines;
        out.truncate(max_lines);
        out.push(format!("... ({more} more diff lines)"));
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// How many lines of one side the ops before a hunk consumed.
fn position_before(ops: &[Op], expected_side: bool) -> usize {
    ops.iter()
        .filter(|op| match op {
            Op::Equal(..) => true,
            Op::Delete(_) => expected_side,
            Op::Insert(_) => !expected_side,
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rebuilds `actual` from `expected` and the script: the script is a correct edit.
    fn apply(a: &[&[u8]], b: &[&[u8]], ops: &[Op]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        let mut next_a = 0;
        for op in ops {
            match *op {
                Op::Equal(i, j) => {
                    assert_eq!(i, next_a);
                    assert_eq!(a[i], b[j]);
                    out.push(a[i].to_vec());
                    next_a += 1;
                }
                Op::Delete(i) => {
                    assert_eq!(i, next_a);
                    next_a += 1;
                }
                Op::Insert(j) => out.push(b[j].to_vec()),
            }
        }
        assert_eq!(next_a, a.len());
        out
    }

    #[test]
    fn equal_is_empty() {
        assert_eq!(unified("stdout", b"a\nb\n", b"a\nb\n", 100), "");
        assert_eq!(unified("stdout", b"", b"", 100), "");
    }

    #[test]
    fn one_changed_line_with_context() {
        let e = b"1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let a = b"1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assert_eq!(
            unified("stdout", e, a, 100),
            "--- expected stdout\n+++ actual stdout\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn insertion_deletion_and_missing_newline() {
        assert_eq!(
            unified("stdout", b"", b"x\n", 100),
            "--- expected stdout\n+++ actual stdout\n@@ -0,0 +1,1 @@\n+x\n"
        );
        assert_eq!(
            unified("stdout", b"a\nb", b"a\nb\n", 100),
            "--- expected stdout\n+++ actual stdout\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"
        );
        assert_eq!(
            unified("stdout", b"a\nb\nc\n", b"a\nc\n", 100),
            "--- expected stdout\n+++ actual stdout\n@@ -1,3 +1,2 @@\n a\n-b\n c\n"
        );
    }

    #[test]
    fn far_apart_changes_make_two_hunks_and_output_is_capped() {
        let e: String = (0..40).map(|i| format!("{i}\n")).collect();
        let a = e
            .replace("\n5\n", "\nfive\n")
            .replace("\n30\n", "\nthirty\n");
        let d = unified("stdout", e.as_bytes(), a.as_bytes(), 100);
        assert_eq!(d.matches("\n@@ ").count(), 2, "{d}");
        assert!(
            d.contains("@@ -3,7 +3,7 @@\n 2\n 3\n 4\n-5\n+five\n"),
            "{d}"
        );
        assert!(d.contains("@@ -28,7 +28,7 @@\n"), "{d}");
        let capped = unified("stdout", e.as_bytes(), a.as_bytes(), 5);
        assert_eq!(capped.lines().count(), 6);
        assert!(capped.ends_with("more diff lines)\n"));
    }

    #[test]
    fn scripts_are_correct_edits() {
        // Deterministic pseudo-random line sequences over a small alphabet (many repeats).
        let mut seed = 12345u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let words: [&[u8]; 4] = [b"a\n", b"b\n", b"c\n", b"d"];
        for _ in 0..300 {
            let la = next() % 12;
            let lb = next() % 12;
            let a: Vec<&[u8]> = (0..la).map(|_| words[next() % 4]).collect();
            let b: Vec<&[u8]> = (0..lb).map(|_| words[next() % 4]).collect();
            let rebuilt = apply(&a, &b, &edit_script(&a, &b));
            assert_eq!(rebuilt, b.iter().map(|l| l.to_vec()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn invisible_differences_are_shown_escaped() {
        assert_eq!(
            unified("stdout", b"a\r\n\xff\n", b"a\n\xc3\xa9\t\n", 100),
            "--- expected stdout\n+++ actual stdout\n@@ -1,2 +1,2 @@\n-a\\x0d\n-\\xff\n+a\n+\u{e9}\t\n"
        );
    }

    #[test]
    fn huge_inputs_fall_back_to_a_block() {
        let e: String = (0..5000).map(|i| format!("{i}\n")).collect();
        let a: String = (0..5000).map(|i| format!("{}\n", i * 7)).collect();
        let d = unified("stdout", e.as_bytes(), a.as_bytes(), 20);
        assert!(d.starts_with("--- expected stdout\n+++ actual stdout\n@@ -1,"));
        assert!(d.ends_with("more diff lines)\n"));
    }
}
