//! The PEP document: the JSON contract a vendor maps their data to.
//!
//! Unknown fields at every level are kept in `extra` and written back
//! unchanged, so a vendor's document survives parse -> edit -> serialize.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A Personal Education Plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pep {
    /// SMART targets agreed at this PEP meeting.
    #[serde(default)]
    pub targets: Vec<Target>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A SMART target.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Target {
    /// The specific outcome the child is working towards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// The named person who leads the work on this target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<Person>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A named person and their role.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// Their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Their role ("Designated teacher", "Maths teacher").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Whether an optional text is missing or only whitespace.
pub fn is_blank(text: &Option<String>) -> bool {
    text.as_deref().is_none_or(|t| t.trim().is_empty())
}
