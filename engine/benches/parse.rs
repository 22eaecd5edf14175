//! Parser throughput (criterion, `cargo bench -p pyston-engine --bench parse`).
//!
//! In: CPython 2.7's Lib tree (see `common::cpython_lib`; without it, the programs of
//! `tests/python/` and `benches/python/`). Out: criterion's time per parse and bytes per second
//! (`Throughput::Bytes`) for `syntax::parse` (source decoding, tokenizing and the AST, what
//! `pyston --parse-only` does before its checks) of:
//! - `file/NAME`: a few single files of different sizes and styles (`csv.py`, `textwrap.py`,
//!   `difflib.py`, `decimal.py`);
//! - `tree/top_level`: every top-level `.py` of the tree, one after another (a few MB);
//! - `tree/top_level_checked`: the same through `syntax::parse_and_check` (the checks CPython's
//!   compiler makes before any code runs).
//!
//! Files the front end rejects (CPython's test files with deliberate syntax errors) are left out
//! of the sets, so every iteration does the same successful work.

mod common;

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use pyston_engine::syntax::{self, ParseOptions};

fn parses(bytes: &[u8]) -> bool {
    syntax::parse_and_check(bytes, "<bench>", &ParseOptions::script()).is_ok()
}

/// What is parsed: single files (name, bytes), the whole set (path, bytes), where they came from.
struct Corpus {
    singles: Vec<(String, Vec<u8>)>,
    all: Vec<(PathBuf, Vec<u8>)>,
    origin: String,
}

/// The corpus, keeping only files that parse.
fn corpus() -> Corpus {
    match common::cpython_lib() {
        Some(lib) => {
            let singles = ["csv.py", "textwrap.py", "difflib.py", "decimal.py"]
                .iter()
                .filter_map(|n| {
                    let b = std::fs::read(lib.join(n)).ok()?;
                    parses(&b).then(|| (n.to_string(), b))
                })
                .collect();
            let mut all = common::py_files(&lib);
            all.retain(|(_, b)| parses(b));
            Corpus {
                singles,
                all,
                origin: lib.display().to_string(),
            }
        }
        None => {
            let root = common::repo_root();
            let mut all = common::py_files(&root.join("tests/python"));
            all.extend(common::py_files(&root.join("benches/python")));
            all.retain(|(_, b)| parses(b));
            let mut by_size: Vec<_> = all.iter().collect();
            by_size.sort_by_key(|(_, b)| std::cmp::Reverse(b.len()));
            let singles = by_size
                .iter()
                .take(3)
                .map(|(p, b)| {
                    (
                        p.file_name().unwrap().to_string_lossy().into_owned(),
                        b.clone(),
                    )
                })
                .collect();
            Corpus {
                singles,
                all,
                origin: "tests/python + benches/python (no CPython Lib found)".into(),
            }
        }
    }
}

fn bench_parse(c: &mut Criterion) {
    let Corpus {
        singles,
        all,
        origin,
    } = corpus();
    let total: usize = all.iter().map(|(_, b)| b.len()).sum();
    eprintln!("parse: {} files, {} bytes, from {origin}", all.len(), total);
    let opts = ParseOptions::script();

    let mut g = c.benchmark_group("parse/file");
    for (name, bytes) in &singles {
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), bytes, |b, bytes| {
            b.iter(|| syntax::parse(std::hint::black_box(bytes), "<bench>", &opts).is_ok())
        });
    }
    g.finish();

    let mut g = c.benchmark_group("parse/tree");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("top_level", |b| {
        b.iter(|| {
            all.iter()
                .filter(|(_, bytes)| syntax::parse(bytes, "<bench>", &opts).is_ok())
                .count()
        })
    });
    g.bench_function("top_level_checked", |b| {
        b.iter(|| {
            all.iter()
                .filter(|(_, bytes)| syntax::parse_and_check(bytes, "<bench>", &opts).is_ok())
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
