//! `breakout merge FILE... -o OUT`: several laptops' files into one session.

use std::path::Path;

use super::Failure;
use crate::model::MergeReport;
use crate::storage::catalog::{ResolvedPlan, Source};
use crate::storage::lock::LockError;
use crate::storage::{OpenError, Store, load};

pub fn run(files: &[std::path::PathBuf], output: &Path) -> Result<(), Failure> {
    // Read everything first: one unreadable file stops the merge before anything is written.
    let mut sessions = Vec::new();
    for f in files {
        sessions.push((f, load::read_session(f)?));
    }
    let Some((_, first)) = sessions.first() else {
        return Err(Failure(crate::tr!("cli-merge-nothing")));
    };
    for (f, s) in &sessions[1..] {
        first.can_merge(s).map_err(|e| says(f, e))?;
    }
    let seed = ResolvedPlan {
        plan: first.plan.clone(),
        template: first.template.clone(),
        plan_source: Source::BuiltIn,
        template_source: Source::BuiltIn,
    };
    // OUT is opened like any session: locked, and merged into if it exists.
    let opened = Store::open(output, move || Ok(seed)).map_err(|e| match e {
        // "Open it read-only", the advice for the app, does not apply: a merge must write.
        OpenError::Lock(LockError::InUse { holder, .. }) => Failure(match holder {
            Some(h) => crate::tr!("cli-merge-in-use-by", path = output, holder = h),
            None => crate::tr!("cli-merge-in-use", path = output),
        }),
        e => e.into(),
    })?;
    let mut merged = opened.session;
    let mut total = MergeReport::default();
    for (f, s) in &sessions {
        let report = merged.merge_from(s).map_err(|e| says(f, e))?;
        eprintln!("{}", says(f, &report).0);
        tracing::info!(file = %f.display(), into = %output.display(), new = report.new, updated = report.updated, deleted = report.deleted, "merged");
        total.add(&report);
    }
    merged.validate().map_err(|p| {
        let first = p.first().map(ToString::to_string).unwrap_or_default();
        Failure(crate::tr!("cli-merge-not-valid", problem = first))
    })?;
    opened.store.save(&merged)?;
    println!(
        "{}",
        crate::tr!(
            "cli-merged",
            files = files.len(),
            path = output,
            summary = total.to_string(),
            entries = merged.live_items().count()
        )
    );
    Ok(())
}

/// "FILE: what about it".
fn says(path: &Path, what: impl std::fmt::Display) -> Failure {
    Failure(crate::tr!(
        "cli-path-says",
        path = path,
        text = what.to_string()
    ))
}
