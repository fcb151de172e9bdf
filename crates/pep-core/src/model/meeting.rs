//! The PEP meeting, the young person's views and the sign-offs.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::{Date, Extra};

/// The PEP meeting (seed 004, "The PEP Meeting Page").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    /// The date of this PEP meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who was invited, with whether they attended and contributed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub attendees: Vec<Attendee>,
    /// Whether the child or young person attended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub young_person_attended: Option<bool>,
    /// If they did not attend, why not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 2000))]
    pub not_attended_reason: Option<String>,
    /// If they did not attend, how their views were shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 2000))]
    pub views_shared_how: Option<String>,
    /// Attendance for the period, as a percentage from 0 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0.0, max = 100.0))]
    pub attendance_percent: Option<f64>,
    /// The period the attendance figure covers ("Autumn term to date").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub attendance_period: Option<String>,
    /// Reasons for absence and the interventions in place (expected when
    /// attendance is below the council's threshold).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub attendance_notes: Option<String>,
    /// The agreed level of concern about wellbeing and participation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wellbeing_rag: Option<Rag>,
    /// Why that rating, shared carefully with the young person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub wellbeing_notes: Option<String>,
    /// The main points of discussion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 8000))]
    pub discussion: Option<String>,
    /// Actions from the previous PEP and whether they were done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub previous_actions: Vec<Action>,
    /// Tasks to be done by the next PEP meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub actions: Vec<Action>,
    /// The views of each person supporting the young person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub views: Vec<PersonView>,
    /// The plan for what comes next: post-16 (Year 11) or post-Year-14 plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub future_plan: Option<String>,
    /// The young person's aspirations and how they are supported to reach them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub aspirations: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Someone invited to the PEP meeting. When given, their name is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Attendee {
    /// Their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(required, length(min = 1, max = 200))]
    pub name: Option<String>,
    /// Their role ("Social worker", "Foster carer", "Designated teacher").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub role: Option<String>,
    /// Whether they attended (in person or online).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attended: Option<bool>,
    /// Whether they contributed (at the meeting or in writing).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contributed: Option<bool>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A red, amber or green rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Rag {
    /// Serious concern.
    Red,
    /// Some concern.
    Amber,
    /// No concern.
    Green,
}

/// An action: who does what, and how it went.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    /// What is to be done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 2000))]
    pub action: Option<String>,
    /// Who does it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub owner: Option<String>,
    /// By when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    /// Whether it has been done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ActionStatus>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Whether an action has been done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    /// Not started.
    NotStarted,
    /// Under way.
    InProgress,
    /// Done.
    Done,
    /// Not done, and not going to be as planned.
    NotDone,
}

/// What one person supporting the young person thinks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct PersonView {
    /// Their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub name: Option<String>,
    /// Their role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub role: Option<String>,
    /// Their view.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub view: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The child's or young person's own views ("My views"), written by them or
/// with them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct YoungPersonViews {
    /// How school (or college, training or work) is going, on a five-point
    /// scale the young person picks from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_feeling: Option<Feeling>,
    /// What is going well.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub going_well: Option<String>,
    /// What is hard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub finding_hard: Option<String>,
    /// What would help.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub would_help: Option<String>,
    /// What they would like to do in the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub aspirations: Option<String>,
    /// Thoughts on higher education (post-16).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub higher_education: Option<String>,
    /// Anything else they want to say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub anything_else: Option<String>,
    /// Who helped them write it, if anyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub supported_by: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// How the young person says school is going: the "how is school going"
/// scale in `<pep-my-views>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Feeling {
    /// Really hard.
    ReallyHard,
    /// Hard.
    Hard,
    /// OK.
    Ok,
    /// Good.
    Good,
    /// Really good.
    ReallyGood,
}

impl Feeling {
    /// Every point of the scale, from really hard to really good.
    pub const ALL: [Feeling; 5] = [
        Feeling::ReallyHard,
        Feeling::Hard,
        Feeling::Ok,
        Feeling::Good,
        Feeling::ReallyGood,
    ];

    /// The name used in JSON (`really-good`).
    pub fn as_str(self) -> &'static str {
        match self {
            Feeling::ReallyHard => "really-hard",
            Feeling::Hard => "hard",
            Feeling::Ok => "ok",
            Feeling::Good => "good",
            Feeling::ReallyGood => "really-good",
        }
    }
}

/// The three sign-offs, in order: social worker, designated teacher, virtual school.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct SignOffs {
    /// The social worker's sign-off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub social_worker: Option<SignOff>,
    /// The designated teacher's sign-off (within 5 working days of the meeting).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub designated_teacher: Option<SignOff>,
    /// The virtual school's quality-assurance sign-off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub virtual_school: Option<VirtualSchoolSignOff>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A sign-off: who marked the PEP complete, when, and the next PEP date
/// (seed 004: a sign-off needs a date for the next PEP).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct SignOff {
    /// Who signed it off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub name: Option<String>,
    /// The date they signed it off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The next PEP date they recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_pep_date: Option<Date>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The virtual school's final sign-off: QA checklist, judgement and feedback.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct VirtualSchoolSignOff {
    /// The virtual school worker who quality-assured it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub name: Option<String>,
    /// The date of the sign-off (or of the return).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The next PEP date they recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_pep_date: Option<Date>,
    /// The answers to the quality-assurance checklist.
    #[serde(default, skip_serializing_if = "super::is_default")]
    #[validate(nested)]
    pub qa: QaChecklist,
    /// Whether the PEP meets the expected standard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judgement: Option<Judgement>,
    /// Written feedback for the designated teacher and social worker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 8000))]
    pub feedback: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Seed 004's seven quality-assurance questions. The PEP meets the expected
/// standard only when all seven are answered yes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct QaChecklist {
    /// The PEP has been completed within timescale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub within_timescale: Option<QaAnswer>,
    /// All care information is completed with up-to-date information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub care_information_complete: Option<QaAnswer>,
    /// All relevant people have attended and contributed to the PEP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub people_attended_and_contributed: Option<QaAnswer>,
    /// The child's voice is recorded in the PEP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub child_voice_recorded: Option<QaAnswer>,
    /// The PEP identifies educational strengths and areas for academic and
    /// social/emotional development.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub strengths_and_development_identified: Option<QaAnswer>,
    /// The targets reflect any areas of development identified within the PEP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub targets_reflect_development: Option<QaAnswer>,
    /// The targets are written clearly and concisely and identify the
    /// strategies needed to achieve them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub targets_clear_with_strategies: Option<QaAnswer>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

impl QaChecklist {
    /// The seven answers with their JSON names, in the seed's order.
    pub fn answers(&self) -> [(&'static str, Option<&QaAnswer>); 7] {
        [
            ("withinTimescale", self.within_timescale.as_ref()),
            (
                "careInformationComplete",
                self.care_information_complete.as_ref(),
            ),
            (
                "peopleAttendedAndContributed",
                self.people_attended_and_contributed.as_ref(),
            ),
            ("childVoiceRecorded", self.child_voice_recorded.as_ref()),
            (
                "strengthsAndDevelopmentIdentified",
                self.strengths_and_development_identified.as_ref(),
            ),
            (
                "targetsReflectDevelopment",
                self.targets_reflect_development.as_ref(),
            ),
            (
                "targetsClearWithStrategies",
                self.targets_clear_with_strategies.as_ref(),
            ),
        ]
    }
}

/// One answer on the QA checklist: yes or no, with an optional comment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct QaAnswer {
    /// Yes (true) or no (false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub met: Option<bool>,
    /// Why, or what to put right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 2000))]
    pub comment: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The virtual school's overall judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Judgement {
    /// The PEP meets the expected standard.
    MeetsStandard,
    /// The PEP does not meet the expected standard.
    DoesNotMeetStandard,
}
