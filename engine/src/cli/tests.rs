//! Command-line parsing. Messages and `sys.argv` values are CPython 2.7.18's (checked by running
//! `python2.7` with the same arguments).

use super::*;

fn args(list: &[&str]) -> Vec<String> {
    std::iter::once("pyston")
        .chain(list.iter().copied())
        .map(String::from)
        .collect()
}

fn run(list: &[&str]) -> (Program, Flags, Vec<String>) {
    match parse(&args(list)) {
        Ok(Command::Run {
            program,
            flags,
            argv,
        }) => (program, flags, argv),
        other => panic!("{:?}", other),
    }
}

fn usage(list: &[&str]) -> Usage {
    parse(&args(list)).unwrap_err()
}

#[test]
fn programs_and_argv() {
    let (p, _, argv) = run(&["-c", "import sys", "a", "b"]);
    assert_eq!(p, Program::Command("import sys".into()));
    assert_eq!(argv, ["-c", "a", "b"]);
    let (p, f, argv) = run(&["-uc", "pass", "-v"]);
    assert_eq!(
        (p, f.unbuffered, f.verbose),
        (Program::Command("pass".into()), true, 0)
    );
    assert_eq!(argv, ["-c", "-v"]);
    let (p, _, argv) = run(&["script.py", "-c", "x"]);
    assert_eq!(p, Program::Script("script.py".into()));
    assert_eq!(argv, ["script.py", "-c", "x"]);
    let (p, _, argv) = run(&["-", "a", "b"]);
    assert_eq!(
        (p, argv),
        (Program::Stdin, vec!["-".into(), "a".into(), "b".into()])
    );
    let (p, _, argv) = run(&[]);
    assert_eq!((p, argv), (Program::Stdin, vec![String::new()]));
    let (p, _, argv) = run(&["--", "-c"]);
    assert_eq!(
        (p, argv),
        (Program::Script("-c".into()), vec!["-c".to_string()])
    );
    let (p, _, argv) = run(&["-m", "json.tool", "x"]);
    assert_eq!(p, Program::Module("json.tool".into()));
    assert_eq!(argv, ["json.tool", "x"]);
}

#[test]
fn flags_combine_and_take_attached_arguments() {
    let (_, f, _) = run(&["-vvqEIS", "-Wignore", "-W", "error", "-Qnew", "x.py"]);
    assert_eq!(f.verbose, 2);
    assert!(f.quiet && f.ignore_environment && f.interpreter_only && f.no_site);
    assert_eq!(f.warnings, ["ignore", "error"]);
    assert!(f.new_division);
}

#[test]
fn usage_errors_are_cpythons() {
    let u = usage(&["-Z"]);
    assert_eq!(
        u.text,
        "Unknown option: -Z\nusage: pyston [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
         Try `python -h' for more information.\n"
    );
    assert_eq!((u.to_stderr, u.status), (true, 2));
    assert!(usage(&["-c"])
        .text
        .starts_with("Argument expected for the -c option\n"));
    assert!(usage(&["-W"])
        .text
        .starts_with("Argument expected for the -W option\n"));
    assert!(usage(&["--foo"]).text.starts_with("Unknown option: --\n"));
    assert!(usage(&["-Qfoo"])
        .text
        .starts_with("-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only\n"));
}

#[test]
fn version_and_help() {
    let v = usage(&["-V"]);
    assert_eq!(
        (v.text.as_str(), v.to_stderr, v.status),
        ("Python 2.7.18\n", true, 0)
    );
    assert_eq!(usage(&["--version"]), v);
    let h = usage(&["-h"]);
    assert!(!h.to_stderr && h.status == 0 && h.text.starts_with("usage: pyston"));
    assert_eq!(usage(&["--help"]), h);
}

#[test]
fn front_end_drivers() {
    assert_eq!(
        parse(&args(&["--dump-ast", "--attributes", "f.py"])),
        Ok(Command::DumpAst {
            file: "f.py".into(),
            attributes: true
        })
    );
    assert_eq!(
        parse(&args(&["--parse-only", "a.py", "b.py"])),
        Ok(Command::ParseOnly {
            files: vec!["a.py".into(), "b.py".into()]
        })
    );
    assert_eq!(usage(&["--dump-ast", "a.py", "b.py"]).status, 2);
}

#[test]
fn tier_options() {
    let (_, f, argv) = run(&["--tier-thresholds", "5,20", "--stats", "-n", "x.py", "a"]);
    assert_eq!(f.tier_thresholds.as_deref(), Some("5,20"));
    assert!(f.stats && f.no_interpreter);
    assert_eq!(argv, ["x.py", "a"]);
    let (_, f, _) = run(&["--tier-thresholds=0", "x.py"]);
    assert_eq!(f.tier_thresholds.as_deref(), Some("0"));
    let u = usage(&["--tier-thresholds", "fast", "x.py"]);
    assert_eq!(u.status, 2);
    assert!(u.to_stderr);
    assert!(u
        .text
        .starts_with("bad tier thresholds 'fast' (expected CALLS[,LOOPS[,HOT]])\n"));
    assert_eq!(usage(&["--tier-thresholds"]).status, 2);
}

#[test]
fn threshold_values() {
    let mut p = crate::jit::Policy::default();
    assert_eq!((p.call_threshold, p.loop_threshold), (3, 10));
    p.set_thresholds("0").unwrap();
    assert_eq!((p.call_threshold, p.loop_threshold), (0, 0));
    p.set_thresholds("7, 40").unwrap();
    assert_eq!((p.call_threshold, p.loop_threshold), (7, 40));
    assert!(p.set_thresholds("1,x").is_err());
    assert!(p.set_thresholds("").is_err());
}
