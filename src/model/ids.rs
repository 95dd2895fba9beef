//! Ids of the things a plan and a template name — tables, guiding questions, report slots —
//! as distinct types, so one kind cannot be passed where another is expected. In files they
//! are plain strings, and their JSON Schema is a plain string too.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

/// Defines a string id type: transparent in serde and JSON Schema, readable as `&str`
/// (`Deref`, `Borrow`, `as_str`), comparable with `str`, and built from `&str` or `String`.
macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        /// As the string it is, so messages that quote an id (`{:?}`) read as before.
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.0, f)
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&$name> for $name {
            fn from(id: &$name) -> Self {
                id.clone()
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        // Written by hand so the schema stays a plain inline string, as it was before ids
        // had their own types (a derive would add a named definition).
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                String::schema_name()
            }

            fn schema_id() -> Cow<'static, str> {
                String::schema_id()
            }

            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                String::json_schema(generator)
            }
        }
    };
}

string_id! {
    /// Id of a table of the plan (`Table.id`); entries name the table they were said at.
    TableId
}

string_id! {
    /// Id of a guiding question of the plan (`Question.id`).
    QuestionId
}

string_id! {
    /// Id of a slot of the report template (`Slot.id`): the kind of an entry.
    SlotId
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn ids_are_plain_strings_in_json_and_read_as_str() {
        let t = TableId::from("asia");
        assert_eq!(serde_json::to_string(&t).expect("json"), "\"asia\"");
        let back: TableId = serde_json::from_str("\"asia\"").expect("parse");
        assert_eq!(back, t);
        assert_eq!(t, "asia");
        assert_eq!(t.as_str(), "asia");
        assert_eq!(t.to_string(), "asia");
        assert_eq!(
            format!("{t:?}"),
            "\"asia\"",
            "quoted like a string in messages"
        );
        assert_eq!(Some(t.clone()).as_deref(), Some("asia"));
        let mut m = BTreeMap::new();
        m.insert(SlotId::from("quote"), 1);
        assert_eq!(
            m.get("quote"),
            Some(&1),
            "maps keyed by ids are looked up by &str"
        );
    }

    #[test]
    fn the_schema_of_an_id_is_the_schema_of_a_string() {
        assert_eq!(
            schemars::schema_for!(Option<SlotId>),
            schemars::schema_for!(Option<String>)
        );
    }
}
