//! One-line summaries of plans, templates and sessions for the command line.

use crate::model::{Plan, Session, Template};
use crate::storage::catalog::ResolvedPlan;

pub fn plan_title(p: &Plan) -> String {
    crate::tr!(
        "cli-plan-title",
        event = p.event.name.as_str(),
        number = p.session.number.as_str(),
        title = p.session.title.as_str()
    )
}

pub fn plan(r: &ResolvedPlan) -> String {
    let p = &r.plan;
    crate::tr!(
        "cli-describe-plan",
        id = format!("{:?}", p.id),
        title = plan_title(p),
        tables = p.tables.len(),
        questions = p.questions.len(),
        phases = p.agenda.len(),
        minutes = p.agenda_minutes(),
        template = format!("{:?}", r.template.id),
        source = r.template_source.to_string(),
    )
}

pub fn template(t: &Template) -> String {
    crate::tr!(
        "cli-describe-template",
        id = format!("{:?}", t.id),
        title = t.title.as_str(),
        fields = t.header.len(),
        sections = t.sections.len(),
        slots = t.slots().count()
    )
}

pub fn session(s: &Session) -> String {
    let live = s.live_items().count();
    let deleted = s.all_items().len() - live;
    crate::tr!(
        "cli-describe-session",
        id = format!("{:?}", s.plan.id),
        title = plan_title(&s.plan),
        items = live,
        deleted = deleted,
        changed = s.updated.format("%Y-%m-%d %H:%M UTC").to_string()
    )
}
