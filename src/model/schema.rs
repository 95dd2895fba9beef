//! JSON Schemas of the three file kinds, generated from the types themselves so they cannot
//! drift from what breakout reads. Copies ship in `sessions/schema/` for editors.

use super::{Plan, Session, Template};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    Plan,
    Template,
    Session,
}

impl SchemaKind {
    pub const ALL: [SchemaKind; 3] = [SchemaKind::Plan, SchemaKind::Template, SchemaKind::Session];

    /// File name of the shipped copy in `sessions/schema/`.
    pub fn file_name(self) -> &'static str {
        match self {
            SchemaKind::Plan => "plan.schema.json",
            SchemaKind::Template => "template.schema.json",
            SchemaKind::Session => "session.schema.json",
        }
    }
}

pub fn schema(kind: SchemaKind) -> serde_json::Value {
    let schema = match kind {
        SchemaKind::Plan => schemars::schema_for!(Plan),
        SchemaKind::Template => schemars::schema_for!(Template),
        SchemaKind::Session => schemars::schema_for!(Session),
    };
    schema.to_value()
}

/// The schema as shipped: pretty JSON ending in a newline.
pub fn schema_text(kind: SchemaKind) -> String {
    let mut s = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
    s.push('\n');
    s
}
