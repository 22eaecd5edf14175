//! Running a child process to completion with a time limit.
//!
//! In: a prepared `Command`, optional stdin bytes, a timeout. Out: exit status, stdout, stderr, and
//! whether the limit was hit (the child is then killed by its own pid and reaped).
//!
//! Invariants: both pipes are drained while the child runs, so a child writing more than a pipe
//! buffer never deadlocks; only the child started here is ever signalled.

use std::io::Write;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// What a finished (or killed) child left behind.
#[derive(Debug)]
pub struct RunOutput {
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub timed_out: bool,
}

impl RunOutput {
    /// The exit code, or `None` for a child ended by a signal or by the time limit.
    pub fn code(&self) -> Option<i32> {
        if self.timed_out {
            return None;
        }
        self.status.and_then(|s| s.code())
    }

    /// A one-line description of how the child ended, for failure messages.
    pub fn describe_end(&self) -> String {
        if self.timed_out {
            return "killed after the time limit".to_string();
        }
        match self.status {
            Some(s) => match s.code() {
                Some(c) => format!("exit {c}"),
                None => format!("ended by {s}"),
            },
            None => "could not be waited for".to_string(),
        }
    }
}

/// Runs `cmd` with piped stdout/stderr, feeding `stdin` (or /dev/null), for at most `timeout`.
pub fn run(
    cmd: &mut Command,
    stdin: Option<&[u8]>,
    timeout: Duration,
) -> std::io::Result<RunOutput> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn()?;
    let pid = child.id();
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().expect("stdin was piped");
        let bytes = bytes.to_vec();
        // A separate writer, so a child that does not read its input cannot block us.
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        });
    }
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(timeout) {
        Ok(out) => {
            let out = out?;
            Ok(RunOutput {
                status: Some(out.status),
                stdout: out.stdout,
                stderr: out.stderr,
                timed_out: false,
            })
        }
        Err(_) => {
            // Kill exactly the child we started; the waiting thread then reaps it.
            let _ = Command::new("kill")
                .arg("-KILL")
                .arg(pid.to_string())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            let out = rx
                .recv_timeout(Duration::from_secs(10))
                .ok()
                .and_then(|r| r.ok());
            Ok(RunOutput {
                status: out.as_ref().map(|o| o.status),
                stdout: out.as_ref().map(|o| o.stdout.clone()).unwrap_or_default(),
                stderr: out.map(|o| o.stderr).unwrap_or_default(),
                timed_out: true,
            })
        }
    }
}
