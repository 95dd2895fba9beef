//! A session plan: what a facilitator prepares before the session (event, aims, guiding
//! questions, tables, agenda, reference material) and which report template applies.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::ids::{QuestionId, TableId};
use super::problems::{Problem, Problems};

/// The only value the `format` field of a plan file may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum PlanFormat {
    #[serde(rename = "breakout-plan")]
    Plan,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "breakout session plan")]
pub struct Plan {
    /// Lets editors find the schema; ignored by breakout.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub format: PlanFormat,
    /// Version of the plan format this file follows.
    pub format_version: u32,
    /// Short stable identifier, e.g. `city-forum-2025-3.2`. Sessions of different plans are
    /// never merged.
    pub id: String,
    pub event: Event,
    pub session: SessionInfo,
    /// What the session sets out to achieve.
    #[serde(default)]
    pub aims: Vec<Aim>,
    /// The questions every table discusses, in order.
    pub questions: Vec<Question>,
    /// Where discussion happens: the plenary and each breakout table.
    pub tables: Vec<Table>,
    /// The phases of the session, in order, with their planned durations.
    #[serde(default)]
    pub agenda: Vec<Phase>,
    /// Material to keep at hand: existing recommendations, initiatives, background.
    #[serde(default)]
    pub references: Vec<Reference>,
    /// Id of the report template the rapporteur fills in.
    pub template: String,
    /// Anything the plan's author wants readers of the file to know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organiser: Option<String>,
    /// First day, `YYYY-MM-DD`.
    pub start: NaiveDate,
    /// Last day, `YYYY-MM-DD`; omit for a one-day event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionInfo {
    /// As the programme numbers it, e.g. `4.1`.
    pub number: String,
    /// The session's theme.
    pub title: String,
    /// The strand or cluster the session belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strand: Option<String>,
    /// The day the session meets, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Where it meets, e.g. "Room B, 2nd floor".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Aim {
    pub id: String,
    pub text: String,
    /// Sub-points of the aim, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: QuestionId,
    /// Short heading, e.g. "Actors for success".
    pub title: String,
    /// The question as put to the room.
    pub text: String,
    /// Follow-up questions and prompts, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Table {
    pub id: TableId,
    /// Full name, e.g. "Asia: South and Southeast Asia to the GCC countries".
    pub name: String,
    /// Name for tabs and narrow screens, e.g. "Asia".
    pub short: String,
    /// How the report names entries from this table, e.g. "Asia Group" ("From Asia Group").
    /// Defaults to the name; an empty string means entries from here are not attributed
    /// (a plenary, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

impl Table {
    /// The name used for "From … " in reports; `None` when entries from here are not
    /// attributed.
    pub fn origin_label(&self) -> Option<&str> {
        match self.origin.as_deref() {
            Some("") => None,
            Some(o) => Some(o),
            None => Some(&self.name),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub id: String,
    pub title: String,
    /// Planned duration in minutes.
    pub minutes: u32,
    /// Tables that meet during this phase; empty means all of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<TableId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The guiding question this phase discusses: moving to the phase makes it current (a
    /// café round, a question each).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<QuestionId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    /// The entries, in order (numbered when shown).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// Where the material comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Plan {
    /// The guiding question with this id: a [`QuestionId`] or its text (never another kind
    /// of id).
    pub fn question<Q>(&self, id: &Q) -> Option<&Question>
    where
        Q: ?Sized,
        QuestionId: PartialEq<Q>,
    {
        self.questions.iter().find(|q| q.id == *id)
    }

    /// The table with this id: a [`TableId`] or its text (never another kind of id).
    pub fn table<Q>(&self, id: &Q) -> Option<&Table>
    where
        Q: ?Sized,
        TableId: PartialEq<Q>,
    {
        self.tables.iter().find(|t| t.id == *id)
    }

    /// Total planned minutes of the agenda.
    pub fn agenda_minutes(&self) -> u32 {
        self.agenda.iter().map(|p| p.minutes).sum()
    }

    /// Checks what the types cannot: ids, references between lists, sensible values.
    pub fn validate(&self) -> Result<(), Vec<Problem>> {
        let mut p = Problems::default();
        p.format_version(self.format_version, super::PLAN_FORMAT_VERSION);
        if !super::problems::is_valid_id(&self.id) {
            p.push(
                "id",
                crate::tr!("model-plan-id", id = format!("{:?}", self.id)),
            );
        }
        p.require_text("event.name", &self.event.name);
        if let Some(end) = self.event.end
            && end < self.event.start
        {
            p.push("event.end", crate::tr!("model-event-ends-before"));
        }
        p.require_text("session.number", &self.session.number);
        p.require_text("session.title", &self.session.title);
        p.require_text("template", &self.template);

        p.unique_ids("aims", self.aims.iter().map(|a| a.id.as_str()));
        for (i, a) in self.aims.iter().enumerate() {
            p.require_text(format!("aims[{i}].text"), &a.text);
        }

        if self.questions.is_empty() {
            p.push("questions", crate::tr!("model-no-questions"));
        }
        p.unique_ids("questions", self.questions.iter().map(|q| q.id.as_str()));
        for (i, q) in self.questions.iter().enumerate() {
            p.require_text(format!("questions[{i}].title"), &q.title);
            p.require_text(format!("questions[{i}].text"), &q.text);
        }

        if self.tables.is_empty() {
            p.push("tables", crate::tr!("model-no-tables"));
        }
        p.unique_ids("tables", self.tables.iter().map(|t| t.id.as_str()));
        for (i, t) in self.tables.iter().enumerate() {
            p.require_text(format!("tables[{i}].name"), &t.name);
            p.require_text(format!("tables[{i}].short"), &t.short);
        }

        p.unique_ids("agenda", self.agenda.iter().map(|a| a.id.as_str()));
        for (i, phase) in self.agenda.iter().enumerate() {
            p.require_text(format!("agenda[{i}].title"), &phase.title);
            if phase.minutes == 0 || phase.minutes > 24 * 60 {
                p.push(format!("agenda[{i}].minutes"), crate::tr!("model-minutes"));
            }
            if let Some(q) = &phase.question
                && self.question(q).is_none()
            {
                p.push(
                    format!("agenda[{i}].question"),
                    crate::tr!("model-no-question", id = format!("{q:?}")),
                );
            }
            for (j, t) in phase.tables.iter().enumerate() {
                if self.table(t).is_none() {
                    p.push(
                        format!("agenda[{i}].tables[{j}]"),
                        crate::tr!("model-no-table-id", id = format!("{t:?}")),
                    );
                }
            }
        }

        p.unique_ids("references", self.references.iter().map(|r| r.id.as_str()));
        for (i, r) in self.references.iter().enumerate() {
            p.require_text(format!("references[{i}].title"), &r.title);
        }
        p.into_result()
    }
}
