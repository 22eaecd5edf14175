//! Links LLVM statically, only the parts tier 1 uses (MCJIT, the x86 back end, the pass
//! builder): `llvm-sys` is built with `no-llvm-linking`, and this script asks `llvm-config`
//! for those components' static libraries. Linked against the shared libLLVM, every process
//! paid for relocating all of it at start (about 3000 page faults, 15-20 ms in a VM); the
//! static subset is relocated lazily and only as it is touched.
//!
//! `LLVM_CONFIG` names the llvm-config to use (default: `llvm-config-14`, else `llvm-config`).

use std::process::Command;

const COMPONENTS: &[&str] = &["mcjit", "x86", "passes"];

fn llvm_config(args: &[&str]) -> Option<String> {
    let candidates = match std::env::var("LLVM_CONFIG") {
        Ok(p) => vec![p],
        Err(_) => vec!["llvm-config-14".to_string(), "llvm-config".to_string()],
    };
    for exe in candidates {
        if let Ok(out) = Command::new(&exe).args(args).output() {
            if out.status.success() {
                return Some(String::from_utf8_lossy(&out.stdout).trim().to_string());
            }
        }
    }
    None
}

fn main() {
    println!("cargo:rerun-if-env-changed=LLVM_CONFIG");
    println!("cargo:rerun-if-changed=build.rs");
    let version = llvm_config(&["--version"]).expect("llvm-config (LLVM 14) not found");
    assert!(
        version.starts_with("14."),
        "LLVM 14 is needed; llvm-config reports {version}"
    );
    let libdir = llvm_config(&["--libdir"]).expect("llvm-config --libdir");
    println!("cargo:rustc-link-search=native={libdir}");
    let mut args = vec!["--link-static", "--libs"];
    args.extend_from_slice(COMPONENTS);
    let libs = llvm_config(&args).expect("llvm-config --libs");
    for lib in libs.split_whitespace() {
        let name = lib.trim_start_matches("-l");
        // Not bundled into the rlib: the archives go to the final link, in llvm-config's order.
        println!("cargo:rustc-link-lib=static:-bundle={name}");
    }
    // The `pyston` binary is position-dependent: its ~100k pointers in LLVM's tables are
    // resolved at link time, not relocated (and their pages dirtied) by every process at start.
    println!("cargo:rustc-link-arg-bins=-no-pie");
    // What the static libraries need from the system (Debian's list names libz3 and libxml2
    // as well; nothing in these components uses them).
    for sys in ["stdc++", "z", "tinfo"] {
        println!("cargo:rustc-link-lib=dylib={sys}");
    }
}
