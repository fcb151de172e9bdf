//! SMART targets and how the previous PEP's targets went.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::{Date, Extra, Person};

/// A SMART target: Specific outcome, Measurable success measure, Achievable
/// with named support, Relevant to an area of need, Time-bound.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Target {
    /// The specific outcome the child is working towards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 2000))]
    pub outcome: Option<String>,
    /// How everyone will know it has been achieved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 2000))]
    pub success_measure: Option<String>,
    /// Actions and strategies: what, when, where, who and how often.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub actions: Option<String>,
    /// The named person who leads the work on this target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub lead: Option<Person>,
    /// Support and resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub support: Option<String>,
    /// The area of need the target addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_of_need: Option<AreaOfNeed>,
    /// When work starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// When it is to be achieved by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// Short term (by the next PEP) or long term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timescale: Option<Timescale>,
    /// The cost in pounds, when funding (PP+ or EYPP) is requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0.0, max = 100000.0))]
    pub cost: Option<f64>,
    /// Where the money comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding_source: Option<FundingSource>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The area of need a target addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AreaOfNeed {
    /// Attainment and progress in learning.
    Attainment,
    /// Attendance.
    Attendance,
    /// Social, emotional and mental health.
    Semh,
    /// Wider curriculum: clubs, sport, music, interests.
    WiderCurriculum,
    /// Careers, employment and further or higher education.
    Careers,
    /// A move between settings or phases.
    Transition,
    /// Anything else.
    Other,
}

/// How long a target runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Timescale {
    /// Done by the next PEP (this term).
    ShortTerm,
    /// Longer than a term, towards the young person's aspirations.
    LongTerm,
}

/// Where the money for a target comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum FundingSource {
    /// Pupil Premium Plus, held by the virtual school.
    PupilPremiumPlus,
    /// Early Years Pupil Premium.
    EarlyYearsPupilPremium,
    /// The school's or setting's own budget.
    School,
    /// Post-16 bursary.
    Bursary,
    /// Another source.
    Other,
}

/// A target from the previous PEP and how it went.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct PreviousTarget {
    /// The target as it was set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 2000))]
    pub outcome: Option<String>,
    /// Achieved, partly achieved, not achieved or carried forward.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<TargetResult>,
    /// What happened and what was learnt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub comment: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// How a previous target went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TargetResult {
    /// Achieved.
    Achieved,
    /// Partly achieved.
    PartlyAchieved,
    /// Not achieved.
    NotAchieved,
    /// Carried forward into this PEP's targets.
    CarriedForward,
}
