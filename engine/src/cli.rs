//! The command line: `pyston [option] ... [-c cmd | -m mod | file | -] [arg] ...`, parsed as
//! CPython 2.7's `Modules/main.c` parses it (getopt over `3bBc:dEhiJm:nOQ:qRsStuUvVW:xX`, plus a
//! few long options of our own), with CPython's usage errors.
//!
//! In: the process arguments. Out: `Command` (what to run, with which flags and `sys.argv`) or a
//! `Usage` (text for stdout or stderr and the exit status CPython uses: 0 for `-h`/`-V`, 2 for
//! errors).
//!
//! Invariants: options end at the first non-option, at `--`, or after `-c cmd` / `-m mod` (their
//! argument may be attached: `-cpass`, `-Wignore`); single-letter flags combine (`-uq`); what
//! follows the script (or `-c cmd`) is `sys.argv[1:]` untouched. `sys.argv[0]` is the script path,
//! `-c`, the module name, or `-` for stdin (CPython gives `''` for a script read from an
//! interactive stdin and `'-'` for `-`).
//!
//! Pyston's own flags (the seed's): `-n` no interpreter, `-I` interpreter only, `-O` top tier,
//! `-q` quiet, `-v` verbose (LLVM IR on stderr), `-d` also assembly (CPython's `-d` is parser
//! debug output, which Pyston has not). Long options: `--dump-ast [--attributes] FILE`,
//! `--parse-only FILE...` (front-end drivers), `--tier-thresholds CALLS[,LOOPS[,HOT]]`, `--stats`,
//! `--help`, `--version`.

/// What the arguments ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Run Python code.
    Run {
        program: Program,
        flags: Flags,
        argv: Vec<String>,
    },
    /// `--dump-ast [--attributes] FILE`.
    DumpAst { file: String, attributes: bool },
    /// `--parse-only FILE...`.
    ParseOnly { files: Vec<String> },
    /// `--dump-cfg FILE`: the CFG (`compile::dump`) of FILE's module and nested units.
    DumpCfg { file: String },
}

/// Where the program comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    Script(String),
    Command(String),
    Module(String),
    /// `-` or no program: standard input.
    Stdin,
}

/// Flags that change how code runs (CPython's and the seed's). Flags CPython accepts and Pyston
/// has no use for (`-B`, `-s`, `-t`, `-x`, `-3`, ...) parse and are ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-u`: unbuffered stdout and stderr.
    pub unbuffered: bool,
    /// `-q`: no verbose output at all.
    pub quiet: bool,
    /// `-v` (repeatable): verbosity on stderr.
    pub verbose: u32,
    /// `-d`: with `-v`, assembly too.
    pub assembly: bool,
    /// `-E`: ignore `PYTHON*` environment variables.
    pub ignore_environment: bool,
    /// `-S`: do not import `site`.
    pub no_site: bool,
    /// `-i`: inspect interactively after the program.
    pub inspect: bool,
    /// `-I`: interpreter only; `-n`: no interpreter; `-O`: top tier at once.
    pub interpreter_only: bool,
    pub no_interpreter: bool,
    pub optimize: bool,
    /// `-Q new`: true division.
    pub new_division: bool,
    /// `-W arg` options, in order.
    pub warnings: Vec<String>,
    /// `--tier-thresholds CALLS[,LOOPS[,HOT]]` (checked by `jit::Policy::set_thresholds`).
    pub tier_thresholds: Option<String>,
    /// `--stats`: JIT and GC counters on stderr at exit.
    pub stats: bool,
}

/// A message to print and the status to exit with instead of running anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Usage {
    pub text: String,
    pub to_stderr: bool,
    pub status: u8,
}

/// The version line `-V` prints (on stderr, as CPython 2.7 does).
pub const VERSION: &str = "Python 2.7.18";

/// Flags without an argument, and those that take one (getopt's `x:`).
const FLAGS: &str = "3bBdEhiJnOqRsStuUvVxXI";
const WITH_ARGUMENT: &str = "cmQW";

pub fn parse(args: &[String]) -> Result<Command, Usage> {
    let prog = args.first().map(String::as_str).unwrap_or("pyston");
    let mut flags = Flags::default();
    let mut front_end: Option<&str> = None;
    let mut attributes = false;
    let mut i = 1;
    let mut program = None;
    'options: while i < args.len() {
        let arg = args[i].as_str();
        if !arg.starts_with('-') || arg == "-" {
            break;
        }
        i += 1;
        match arg {
            "--" => break,
            "--help" => return Err(help(prog)),
            "--version" => return Err(version()),
            "--dump-ast" | "--dump-cfg" | "--parse-only" => {
                front_end = Some(arg);
                continue;
            }
            "--attributes" => {
                attributes = true;
                continue;
            }
            "--stats" => {
                flags.stats = true;
                continue;
            }
            "--tier-thresholds" => {
                let Some(v) = args.get(i) else {
                    return Err(usage_error(
                        prog,
                        "Argument expected for the --tier-thresholds option",
                    ));
                };
                i += 1;
                check_thresholds(prog, v)?;
                flags.tier_thresholds = Some(v.clone());
                continue;
            }
            _ if arg.starts_with("--tier-thresholds=") => {
                let v = &arg["--tier-thresholds=".len()..];
                check_thresholds(prog, v)?;
                flags.tier_thresholds = Some(v.to_string());
                continue;
            }
            _ if arg.starts_with("--") => return Err(unknown(prog, '-')),
            _ => {}
        }
        let letters: Vec<char> = arg[1..].chars().collect();
        for (k, &c) in letters.iter().enumerate() {
            if WITH_ARGUMENT.contains(c) {
                let attached: String = letters[k + 1..].iter().collect();
                let value = if !attached.is_empty() {
                    attached
                } else if i < args.len() {
                    i += 1;
                    args[i - 1].clone()
                } else {
                    return Err(usage_error(
                        prog,
                        &format!("Argument expected for the -{} option", c),
                    ));
                };
                match c {
                    'c' => {
                        program = Some(Program::Command(value));
                        break 'options;
                    }
                    'm' => {
                        program = Some(Program::Module(value));
                        break 'options;
                    }
                    'Q' => match value.as_str() {
                        "old" | "warn" | "warnall" => flags.new_division = false,
                        "new" => flags.new_division = true,
                        _ => return Err(usage_error(
                            prog,
                            "-Q option should be `-Qold', `-Qwarn', `-Qwarnall', or `-Qnew' only",
                        )),
                    },
                    _ => flags.warnings.push(value),
                }
                continue 'options;
            }
            if !FLAGS.contains(c) {
                return Err(unknown(prog, c));
            }
            match c {
                'h' => return Err(help(prog)),
                'V' => return Err(version()),
                'u' => flags.unbuffered = true,
                'q' => flags.quiet = true,
                'v' => flags.verbose += 1,
                'd' => flags.assembly = true,
                'E' => flags.ignore_environment = true,
                'S' => flags.no_site = true,
                'i' => flags.inspect = true,
                'I' => flags.interpreter_only = true,
                'n' => flags.no_interpreter = true,
                'O' => flags.optimize = true,
                _ => {}
            }
        }
    }
    let rest = &args[i.min(args.len())..];
    if let Some(kind) = front_end {
        return front_end_command(prog, kind, attributes, rest);
    }
    let (program, argv0, rest) = match program {
        Some(Program::Command(c)) => (Program::Command(c), "-c".to_string(), rest),
        Some(Program::Module(m)) => (Program::Module(m.clone()), m, rest),
        _ => match rest.split_first() {
            Some((first, tail)) if first != "-" => {
                (Program::Script(first.clone()), first.clone(), tail)
            }
            Some((_, tail)) => (Program::Stdin, "-".to_string(), tail),
            None => (Program::Stdin, String::new(), rest),
        },
    };
    let mut argv = vec![argv0];
    argv.extend(rest.iter().cloned());
    Ok(Command::Run {
        program,
        flags,
        argv,
    })
}

fn check_thresholds(prog: &str, v: &str) -> Result<(), Usage> {
    crate::jit::Policy::default()
        .set_thresholds(v)
        .map_err(|msg| usage_error(prog, &msg))
}

fn front_end_command(
    prog: &str,
    kind: &str,
    attributes: bool,
    files: &[String],
) -> Result<Command, Usage> {
    match (kind, files) {
        ("--dump-ast", [file]) => Ok(Command::DumpAst {
            file: file.clone(),
            attributes,
        }),
        ("--dump-cfg", [file]) => Ok(Command::DumpCfg { file: file.clone() }),
        ("--parse-only", files) if !files.is_empty() => Ok(Command::ParseOnly {
            files: files.to_vec(),
        }),
        _ => Err(usage_error(
            prog,
            &format!(
                "{} expects {}",
                kind,
                if kind != "--parse-only" {
                    "one FILE"
                } else {
                    "FILE..."
                }
            ),
        )),
    }
}

fn usage_line(prog: &str) -> String {
    format!(
        "usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n",
        prog
    )
}

/// CPython's reply to a bad command line: the complaint, the usage line, a pointer to `-h`.
fn usage_error(prog: &str, complaint: &str) -> Usage {
    Usage {
        text: format!(
            "{}\n{}Try `python -h' for more information.\n",
            complaint,
            usage_line(prog)
        ),
        to_stderr: true,
        status: 2,
    }
}

fn unknown(prog: &str, c: char) -> Usage {
    usage_error(prog, &format!("Unknown option: -{}", c))
}

fn version() -> Usage {
    Usage {
        text: format!("{}\n", VERSION),
        to_stderr: true,
        status: 0,
    }
}

fn help(prog: &str) -> Usage {
    let mut text = usage_line(prog);
    text.push_str(
        "Options and arguments:\n\
         -c cmd : program passed in as string (terminates option list)\n\
         -d     : with -v, also print the generated assembly\n\
         -E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n\
         -h     : print this help message and exit (also --help)\n\
         -i     : inspect interactively after running script\n\
         -I     : interpreter only (no JIT tiers)\n\
         -m mod : run library module as a script (terminates option list)\n\
         -n     : no interpreter: compile every function on its first call\n\
         -O     : always use the top tier\n\
         -q     : quiet: no verbose output\n\
         -Q arg : division options: -Qold (default), -Qwarn, -Qwarnall, -Qnew\n\
         -S     : don't imply 'import site' on initialization\n\
         -u     : unbuffered binary stdout and stderr\n\
         -v     : verbose: print each compiled function's LLVM IR on stderr\n\
         -V     : print the Python version number and exit (also --version)\n\
         -W arg : warning control; arg is action:message:category:module:lineno\n\
         file   : program read from script file\n\
         -      : program read from stdin (default; interactive mode if a tty)\n\
         arg ...: arguments passed to program in sys.argv[1:]\n\
         \n\
         Front-end drivers:\n\
         --dump-ast [--attributes] FILE : print FILE's AST as CPython's ast.dump does\n\
         --parse-only FILE...           : check that the files compile\n\
         \n\
         Tiers:\n\
         --tier-thresholds CALLS[,LOOPS[,HOT]] : interpreted calls before a function is\n\
         \x20        compiled (3), backedges to a loop header before OSR (10), calls before hot\n\
         \x20        code is recompiled optimised (1000); 0 compiles at once (also\n\
         \x20        PYSTON_TIER_THRESHOLDS)\n\
         --stats : JIT and GC counters on stderr at exit (also PYSTON_STATS=1)\n",
    );
    Usage {
        text,
        to_stderr: false,
        status: 0,
    }
}

#[cfg(test)]
mod tests;
