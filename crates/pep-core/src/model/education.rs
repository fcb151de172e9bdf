//! Where and how the child learns: the setting, attainment and progress, and
//! the sections only one kind of PEP has.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::{Contact, Date, Extra};

/// The school, early years setting, college, training provider or employer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Setting {
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub name: Option<String>,
    /// The DfE Unique Reference Number (URN), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 20))]
    pub urn: Option<String>,
    /// The council the setting is in, when it is outside the child's own council.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub local_authority: Option<String>,
    /// The date the child started there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// The designated teacher (or the setting's lead for children in care).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub designated_teacher: Option<Contact>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Attainment and progress (seed 004, "Attainment and Progress").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Attainment {
    /// The designated teacher's overview: learning and attainment, behaviour,
    /// progress, strengths, areas of concern and interventions. Written to
    /// the young person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 8000))]
    pub overview: Option<String>,
    /// Strengths the school sees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub strengths: Option<String>,
    /// Areas for academic and social or emotional development.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub areas_for_development: Option<String>,
    /// One entry per subject or course.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub subjects: Vec<SubjectProgress>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Progress in one subject or course, term by term.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct SubjectProgress {
    /// The subject or course ("English", "Psychology").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub subject: Option<String>,
    /// The course level or qualification ("GCSE", "A level", "Level 2").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 100))]
    pub level: Option<String>,
    /// The target grade at the end of the key stage or course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 50))]
    pub target_end_of_key_stage: Option<String>,
    /// The autumn term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub autumn: Option<TermProgress>,
    /// The spring term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub spring: Option<TermProgress>,
    /// The summer term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub summer: Option<TermProgress>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One term's progress in a subject.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct TermProgress {
    /// Whether they are on track to reach the end of key stage target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_track: Option<bool>,
    /// The grade they are working at now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 50))]
    pub working_at: Option<String>,
    /// Personal progress since the last PEP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<Progress>,
    /// What intervention is in place if at least expected progress is not
    /// being made. Written to the young person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub intervention: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Personal progress since the last PEP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Progress {
    /// Making less than expected progress.
    LessThanExpected,
    /// Making expected progress.
    Expected,
    /// Making more than expected progress.
    MoreThanExpected,
}

/// A move into a new setting: into Reception, Year 7, post-16, or a change of school.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Transition {
    /// Where to ("Reception at Brookfield Primary", "Year 7").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub to: Option<String>,
    /// When it happens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The plan: visits, information shared, who is doing what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub plan: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The early years section.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct EarlyYears {
    /// Funded hours a week the child takes up (up to 30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0.0, max = 30.0))]
    pub funded_hours: Option<f64>,
    /// Whether the setting claims Early Years Pupil Premium (ages 3-4 in
    /// funded early education, not Reception).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eypp_eligible: Option<bool>,
    /// Progress in the EYFS areas of learning.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub eyfs: Vec<EyfsProgress>,
    /// The move into Reception or to another setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub transition: Option<Transition>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Progress in one EYFS area of learning.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct EyfsProgress {
    /// The area of learning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<EyfsArea>,
    /// Whether the child is on track for their age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_track: Option<bool>,
    /// What the child can do now and what comes next.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub comment: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The EYFS areas of learning: three prime, four specific.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EyfsArea {
    /// Prime: communication and language.
    CommunicationAndLanguage,
    /// Prime: physical development.
    PhysicalDevelopment,
    /// Prime: personal, social and emotional development.
    PersonalSocialAndEmotionalDevelopment,
    /// Specific: literacy.
    Literacy,
    /// Specific: mathematics.
    Mathematics,
    /// Specific: understanding the world.
    UnderstandingTheWorld,
    /// Specific: expressive arts and design.
    ExpressiveArtsAndDesign,
}

/// The statutory school age section (Reception to Year 11).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct SchoolAge {
    /// National curriculum year group: 0 is Reception, 1 to 11 are Years 1 to 11.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0, max = 11))]
    pub year_group: Option<u8>,
    /// Suspensions and permanent exclusions this school year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub exclusions: Vec<Exclusion>,
    /// Whether the child is on a reduced (part-time) timetable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reduced_timetable: Option<bool>,
    /// Careers advice and guidance (from Year 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub careers: Option<String>,
    /// The next move: into Year 7, post-16, or a change of school.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub transition: Option<Transition>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A suspension or permanent exclusion.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Exclusion {
    /// Suspension (fixed period) or permanent exclusion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusion_type: Option<ExclusionType>,
    /// The first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// School days missed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 0.0, max = 200.0))]
    pub days: Option<f64>,
    /// The reason and what was put in place afterwards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 2000))]
    pub reason: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The kind of exclusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ExclusionType {
    /// A suspension (fixed-period exclusion).
    Suspension,
    /// A permanent exclusion.
    Permanent,
}

/// The post-16 section (seed 004).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Post16 {
    /// Year group: 12, 13 or 14.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(range(min = 12, max = 14))]
    pub year_group: Option<u8>,
    /// Education, employment, apprenticeship, short-term training or NEET.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eet_status: Option<EetStatus>,
    /// The main course or job ("A levels: Sociology, History, Psychology").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 500))]
    pub course: Option<String>,
    /// Apprenticeship details, when apprenticed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub apprenticeship: Option<Apprenticeship>,
    /// Short-term training (12 weeks or less) or NEET: only when it applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub short_term_or_neet: Option<ShortTermOrNeet>,
    /// English and maths: condition of funding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub english_maths: Option<EnglishMaths>,
    /// The link to the pathway plan, for an eligible young person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub pathway_plan: Option<PathwayPlan>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Education, employment or training status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EetStatus {
    /// In education (school sixth form, college, training provider).
    Education,
    /// In employment.
    Employment,
    /// On an apprenticeship.
    Apprenticeship,
    /// In short-term training of 12 weeks or less.
    ShortTermTraining,
    /// Not in education, employment or training.
    Neet,
}

/// An apprenticeship.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Apprenticeship {
    /// The employer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub employer: Option<String>,
    /// The apprenticeship standard and level ("Level 2 Hairdressing").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub standard: Option<String>,
    /// The training provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub provider: Option<String>,
    /// Start date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// Planned end date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Short-term training or NEET, with the barriers to education, employment
/// or training.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct ShortTermOrNeet {
    /// The short-term training, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 500))]
    pub training: Option<String>,
    /// Since when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
    /// The barriers to education, employment or training.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub barriers: Option<String>,
    /// The support in place to overcome them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub support: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// English and maths (a condition of post-16 funding: without GCSE grade 4
/// the young person keeps studying it).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct EnglishMaths {
    /// Best GCSE English grade so far ("4", "3", "U"), or the equivalent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 20))]
    pub english_grade: Option<String>,
    /// Best GCSE maths grade so far, or the equivalent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 20))]
    pub maths_grade: Option<String>,
    /// Whether they are studying English now, and what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 500))]
    pub english_study: Option<String>,
    /// Whether they are studying maths now, and what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 500))]
    pub maths_study: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The pathway plan (for eligible young people aged 16-17 looked after for
/// 13 weeks since age 14).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct PathwayPlan {
    /// Whether the young person is eligible for a pathway plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible: Option<bool>,
    /// The date of the current pathway plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The personal adviser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub personal_adviser: Option<Contact>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}
