//! One-line summaries of plans, templates and sessions for the command line.

use crate::model::{Plan, Session, Template};
use crate::storage::catalog::ResolvedPlan;

pub fn plan_title(p: &Plan) -> String {
    format!(
        "{}, session {}: {}",
        p.event.name, p.session.number, p.session.title
    )
}

pub fn plan(r: &ResolvedPlan) -> String {
    let p = &r.plan;
    format!(
        "session plan {:?} ({}): {} tables, {} guiding questions, {} agenda phases ({} min); \
         report template {:?} ({})",
        p.id,
        plan_title(p),
        p.tables.len(),
        p.questions.len(),
        p.agenda.len(),
        p.agenda_minutes(),
        r.template.id,
        r.template_source,
    )
}

pub fn template(t: &Template) -> String {
    format!(
        "report template {:?} ({}): {} header fields, {} sections, {} slots",
        t.id,
        t.title,
        t.header.len(),
        t.sections.len(),
        t.slots().count()
    )
}

pub fn session(s: &Session) -> String {
    let live = s.live_items().count();
    let deleted = s.all_items().len() - live;
    format!(
        "session file of plan {:?} ({}): {live} items{}, last changed {}",
        s.plan.id,
        plan_title(&s.plan),
        if deleted > 0 {
            format!(" ({deleted} deleted)")
        } else {
            String::new()
        },
        s.updated.format("%Y-%m-%d %H:%M UTC")
    )
}
