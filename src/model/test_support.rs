//! A small plan and report form for the model's own tests: two tables, two questions, a
//! picked recommendation slot with actions under it, and a quote slot with attribution.

use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};

use super::{Plan, Session, Template};

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2016, 12, 8, 4, 0, 0)
        .single()
        .expect("a valid time")
}

const PLAN: &str = r#"{
  "format": "breakout-plan", "format_version": 1, "id": "test-plan",
  "event": { "name": "Test event", "start": "2016-12-08" },
  "session": { "number": "1", "title": "Testing" },
  "questions": [
    { "id": "q1", "title": "First", "text": "The first question?" },
    { "id": "q2", "title": "Second", "text": "The second question?" }
  ],
  "tables": [
    { "id": "north", "name": "North table", "short": "North" },
    { "id": "south", "name": "South table", "short": "South" }
  ],
  "template": "test-form"
}"#;

const TEMPLATE: &str = r#"{
  "format": "breakout-template", "format_version": 1, "id": "test-form", "title": "Test form",
  "sections": [
    { "id": "recs", "number": "1", "heading": "Recommendations", "slots": [
      { "id": "recommendation", "label": "Recommendation", "key": "r", "limit": 2, "pick": true,
        "fields": [ { "id": "target", "label": "Target" } ] },
      { "id": "action", "label": "Action", "key": "a", "limit": 2, "parent": "recommendation" }
    ] },
    { "id": "quotes", "number": "2", "heading": "Quotes", "slots": [
      { "id": "quote", "label": "Quote", "key": "v",
        "attribution": { "rule": "Named only with approval.", "anonymous": "anonymous" } }
    ] }
  ]
}"#;

pub fn session() -> Session {
    let plan: Plan = serde_json::from_str(PLAN).expect("test plan");
    let template: Template = serde_json::from_str(TEMPLATE).expect("test template");
    plan.validate().expect("valid test plan");
    template.validate().expect("valid test template");
    Session::new(Arc::new(plan), Arc::new(template), now())
}
