//! Validation findings that name the field they are about, so a facilitator editing a plan by
//! hand can go straight to the mistake.

use std::fmt;

/// One thing wrong with a plan, template or session, located by a JSON path such as
/// `questions[2].id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Collects problems while walking a document; keeps going after the first so the user sees
/// every mistake in one run.
#[derive(Debug, Default)]
pub struct Problems(Vec<Problem>);

impl Problems {
    pub fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem {
            field: field.into(),
            message: message.into(),
        });
    }

    /// Reports an empty (or whitespace-only) required text.
    pub fn require_text(&mut self, field: impl Into<String>, value: &str) {
        if value.trim().is_empty() {
            self.push(field, crate::tr!("model-empty"));
        }
    }

    /// Reports ids that are empty, badly formed or repeated within one list.
    pub fn unique_ids<'a>(&mut self, list: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = std::collections::BTreeSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            let field = format!("{list}[{i}].id");
            if !is_valid_id(id) {
                self.push(field, crate::tr!("model-bad-id", id = format!("{id:?}")));
            } else if !seen.insert(id) {
                self.push(
                    field,
                    crate::tr!("model-duplicate-id", id = format!("{id:?}")),
                );
            }
        }
    }

    /// Reports a format version this build cannot read: 0, or newer than `supported`. Loading
    /// refuses a newer file before it gets here; this catches a newer plan or template kept
    /// inside a session file, whose unknown meaning would otherwise be silently dropped.
    pub fn format_version(&mut self, found: u32, supported: u32) {
        if found == 0 {
            self.push("format_version", crate::tr!("model-version-zero"));
        } else if found > supported {
            self.push(
                "format_version",
                crate::tr!("model-version-newer", found = found, supported = supported),
            );
        }
    }

    pub fn into_result(self) -> Result<(), Vec<Problem>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

/// Ids are written by hand in plans and templates and end up in file names and keys, so they
/// are kept to a portable alphabet.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
}
