//! The domain: plans, report templates, sessions and their captured items. No I/O and no
//! terminal code lives here.

mod agenda;
mod dates;
mod edit;
mod entries;
mod fold;
mod ids;
mod item;
mod merge;
mod picks;
mod plan;
mod problems;
mod schema;
mod search;
mod session;
mod sort;
mod template;
#[cfg(test)]
pub(crate) mod test_support;
mod validate;

pub use agenda::{AgendaState, TimerView};
pub use dates::{format_date, format_date_value};
pub use fold::fold;
pub use ids::{QuestionId, SlotId, TableId};
pub use item::{Attribution, Item, ItemId, NewItem};
pub use merge::{MergeError, MergeReport};
pub use picks::{Count, Passed};
pub use plan::{Aim, Event, Phase, Plan, PlanFormat, Question, Reference, SessionInfo, Table};
pub use problems::{Problem, is_valid_id};
pub use schema::{SchemaKind, schema, schema_text};
pub use session::{ModelError, Picks, SESSION_FORMAT_VERSION, Session, SessionFormat, Stamped};
pub use template::{
    AttributionRule, CAPTION_PLACEHOLDERS, Field, FieldKind, HeaderField, Prefill, RESERVED_KEYS,
    Ranking, Section, SectionLayout, Slot, Template, TemplateFormat,
};
pub use validate::parse_date;

/// Plan format version this build writes and the newest it reads.
pub const PLAN_FORMAT_VERSION: u32 = 2;
/// Template format version this build writes and the newest it reads.
pub const TEMPLATE_FORMAT_VERSION: u32 = 2;

/// The plan fact a header field is pre-filled with, in the report's language `lang` (dates
/// written out: "8 December 2026").
pub fn prefill(plan: &Plan, what: Prefill, lang: crate::i18n::Lang) -> String {
    let e = &plan.event;
    match what {
        Prefill::EventName => e.name.clone(),
        Prefill::EventDates => match e.end {
            Some(end) if end != e.start => crate::tr_in!(
                lang,
                "model-dates",
                start = format_date(e.start, lang),
                end = format_date(end, lang)
            ),
            _ => format_date(e.start, lang),
        },
        Prefill::EventPlace => e.place.clone().unwrap_or_default(),
        Prefill::SessionNumber => plan.session.number.clone(),
        Prefill::SessionTitle => plan.session.title.clone(),
        Prefill::SessionNumberAndTitle => {
            format!("{}: {}", plan.session.number, plan.session.title)
        }
        Prefill::SessionDate => plan
            .session
            .date
            .map(|d| format_date(d, lang))
            .unwrap_or_default(),
        Prefill::SessionRoom => plan.session.room.clone().unwrap_or_default(),
    }
}
