//! Findings are data: what a rule found, where, how much it matters and which
//! sign-offs it holds up.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// How much a finding matters.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Must be put right: blocks the sign-offs listed in `blocks`.
    Error,
    /// Should be looked at; blocks nothing.
    Warning,
    /// A suggestion.
    Info,
}

/// A sign-off stage, in the order they happen: social worker, then designated
/// teacher, then virtual school (DOMAIN.md, "Who fills what").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// The social worker's sign-off (care information, next PEP date).
    SocialWorker,
    /// The designated teacher's sign-off (education parts, targets, meeting).
    DesignatedTeacher,
    /// The virtual school's quality-assurance sign-off.
    VirtualSchool,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 3] = [
        Stage::SocialWorker,
        Stage::DesignatedTeacher,
        Stage::VirtualSchool,
    ];

    /// The stage's name in JSON (`designated-teacher`).
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::SocialWorker => "social-worker",
            Stage::DesignatedTeacher => "designated-teacher",
            Stage::VirtualSchool => "virtual-school",
        }
    }

    /// This stage and every later one: a gap that blocks the social worker's
    /// sign-off blocks the ones after it too.
    pub const fn and_later(self) -> &'static [Stage] {
        match self {
            Stage::SocialWorker => &[
                Stage::SocialWorker,
                Stage::DesignatedTeacher,
                Stage::VirtualSchool,
            ],
            Stage::DesignatedTeacher => &[Stage::DesignatedTeacher, Stage::VirtualSchool],
            Stage::VirtualSchool => &[Stage::VirtualSchool],
        }
    }
}

/// One thing a rule found in a PEP.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// The stable rule ID (`smart-target-who-leads`). Never renamed or reused.
    pub rule: String,
    /// How much it matters (after the council's severity overrides).
    pub severity: Severity,
    /// JSON Pointer (RFC 6901) to the field the finding is about.
    pub path: String,
    /// Plain-English message for the professional filling in the form.
    pub message: String,
    /// The same point written to the young person, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub young_person_message: Option<String>,
    /// The sign-offs this finding holds up (empty unless it is an error).
    #[serde(default)]
    pub blocks: Vec<Stage>,
    /// The values the message was built from, for hosts with their own wording.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub params: Map<String, Value>,
}

impl Finding {
    /// Whether this finding holds up `stage`.
    pub fn blocks(&self, stage: Stage) -> bool {
        self.blocks.contains(&stage)
    }
}

/// Everything `validate` found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Findings in rule-registry order.
    pub findings: Vec<Finding>,
    /// Each section's completion status, for a task list.
    #[serde(default)]
    pub sections: Vec<crate::sections::SectionState>,
}

impl Report {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// The findings that hold up `stage`.
    pub fn blocking(&self, stage: Stage) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.blocks(stage))
    }
}
