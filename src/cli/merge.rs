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
        return Err(Failure("nothing to merge".into()));
    };
    for (f, s) in &sessions[1..] {
        first
            .can_merge(s)
            .map_err(|e| Failure(format!("{}: {e}", f.display())))?;
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
        OpenError::Lock(LockError::InUse { holder, .. }) => Failure(format!(
            "{}: in use by another breakout{}; nothing was merged. Close it there and merge \
             again, or import the files in that breakout (I)",
            output.display(),
            holder.map(|h| format!(" ({h})")).unwrap_or_default()
        )),
        e => e.into(),
    })?;
    let mut merged = opened.session;
    let mut total = MergeReport::default();
    for (f, s) in &sessions {
        let report = merged
            .merge_from(s)
            .map_err(|e| Failure(format!("{}: {e}", f.display())))?;
        eprintln!("{}: {report}", f.display());
        total.add(&report);
    }
    merged
        .validate()
        .map_err(|p| Failure(format!("the merged session is not valid: {}", p[0])))?;
    opened.store.save(&merged)?;
    println!(
        "Merged {} file(s) into {}: {total}. It now holds {} entries.",
        files.len(),
        output.display(),
        merged.live_items().count()
    );
    Ok(())
}
