//! The tier/GC matrix: `tests/matrix.yaml`, the configurations every `tests/python/` program runs
//! under.
//!
//! In: the YAML text, a list of `{name, flags, env}` (unknown keys are errors, so a typo such as
//! `flag:` cannot silently drop a setting). Out: a validated `Matrix`.
//!
//! Invariants: at least one configuration; names are unique, non-empty and made of `[a-z0-9-]`
//! (they become the `CONFIG::` prefix of trial names, so `::` and spaces are impossible); env
//! variable names are non-empty and contain no `=`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// One way of running pyston: `pyston FLAGS... NAME.py` with `env` added to the environment.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub name: String,
    #[serde(default)]
    pub flags: Vec<String>,
    /// Values are strings in the YAML (quote numbers: `PYSTON_GC_STRESS: "97"`).
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    pub configs: Vec<Config>,
}

/// `tests/matrix.yaml` in the repository.
pub fn default_path() -> PathBuf {
    crate::paths::repo_root().join("tests").join("matrix.yaml")
}

impl Matrix {
    pub fn parse(text: &str) -> Result<Matrix, String> {
        let configs: Vec<Config> = serde_yaml::from_str(text).map_err(|e| e.to_string())?;
        if configs.is_empty() {
            return Err("no configurations".into());
        }
        for (i, c) in configs.iter().enumerate() {
            let valid = !c.name.is_empty()
                && c.name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !valid {
                return Err(format!(
                    "configuration name {:?}: use lowercase letters, digits and '-'",
                    c.name
                ));
            }
            if configs[..i].iter().any(|o| o.name == c.name) {
                return Err(format!("configuration {:?} appears twice", c.name));
            }
            if let Some(k) = c.env.keys().find(|k| k.is_empty() || k.contains('=')) {
                return Err(format!(
                    "configuration {:?}: bad environment variable name {k:?}",
                    c.name
                ));
            }
        }
        Ok(Matrix { configs })
    }

    pub fn load(path: &Path) -> Result<Matrix, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Matrix::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_matrix_loads() {
        let m = Matrix::load(&default_path()).unwrap();
        let names: Vec<&str> = m.configs.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "interp",
                "interp-gc-stress",
                "default",
                "no-interp",
                "eager",
                "hot-opt",
                "no-interp-gc-stress"
            ]
        );
        assert!(m.configs[..2].iter().all(|c| c.flags == ["-I"]));
        assert!(m.configs[1].env.contains_key("PYSTON_GC_STRESS"));
        assert!(m.configs[2].flags.is_empty());
        assert!(m.configs[2..]
            .iter()
            .all(|c| c.env["PYSTON_JIT_STRICT"] == "1"));
        assert_eq!(m.configs[3].flags, ["-n"]);
        assert_eq!(m.configs[4].env["PYSTON_TIER_THRESHOLDS"], "0");
        assert_eq!(m.configs[5].env["PYSTON_TIER_THRESHOLDS"], "3,10,1");
        assert_eq!(m.configs[6].flags, ["-n"]);
        assert!(m.configs[6].env.contains_key("PYSTON_GC_STRESS"));
    }

    #[test]
    fn parses_and_defaults() {
        let m = Matrix::parse("- name: a\n- name: b-2\n  flags: [-I, -O]\n  env: {X: \"1\"}\n")
            .unwrap();
        assert_eq!(m.configs[0].flags, Vec::<String>::new());
        assert_eq!(m.configs[1].flags, ["-I", "-O"]);
        assert_eq!(m.configs[1].env["X"], "1");
    }

    #[test]
    fn rejects_bad_matrices() {
        for bad in [
            "",
            "[]",
            "- name: a\n  flag: [-I]\n",
            "- name: a\n- name: a\n",
            "- name: A b\n",
            "- name: a::b\n",
            "- name: a\n  env: {\"X=Y\": \"1\"}\n",
            "- {flags: [-I]}\n",
        ] {
            assert!(Matrix::parse(bad).is_err(), "{bad:?} accepted");
        }
    }
}
