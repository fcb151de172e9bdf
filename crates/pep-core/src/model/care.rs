//! The social worker's parts: the child, care information, the social worker,
//! additional needs and custody (seed 004, "Section A: Social Worker Section").

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::{Contact, Date, Extra, limits};

/// The child or young person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Child {
    /// Legal name, as on the care record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub name: Option<String>,
    /// The name they like to be called. Write the PEP to them by this name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 100))]
    pub preferred_name: Option<String>,
    /// Date of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<Date>,
    /// Unique Pupil Number: a check letter then 12 digits (`A123456789012`);
    /// a temporary UPN ends in a letter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "limits::check_upn"))]
    pub upn: Option<String>,
    /// Gender, as the child describes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 100))]
    pub gender: Option<String>,
    /// Legal status, as the council records it ("Interim care order (s38)",
    /// "Accommodated (s20)", "Full care order (s31)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub legal_status: Option<String>,
    /// The date the child entered care (this period of care).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_entered_care: Option<Date>,
    /// Whether the child came into care in an emergency or as planned. Sets
    /// the deadline to initiate the PEP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_type: Option<EntryType>,
    /// The council that looks after the child.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub local_authority: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// How the child came into care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EntryType {
    /// An emergency: the PEP is initiated within 10 working days.
    Emergency,
    /// Planned: the PEP is initiated before the placement starts.
    Planned,
}

/// Care information: where the child lives and who cares for them. Seed 004
/// asks for it to be updated every term.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Care {
    /// The current placement (home).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub placement: Option<Placement>,
    /// The carers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub carers: Vec<Carer>,
    /// Placement changes, most recent first or in date order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub placement_changes: Vec<PlacementChange>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The child's placement (home).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Placement {
    /// The kind of placement ("Foster care", "Kinship care", "Children's home").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub placement_type: Option<String>,
    /// A short description or the provider's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 500))]
    pub description: Option<String>,
    /// The date the placement began.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// The date this information was last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<Date>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A carer. When a carer is given, their name is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Carer {
    /// Their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(required, length(min = 1, max = 200))]
    pub name: Option<String>,
    /// Who they are to the child ("Foster carer", "Grandmother", "Key worker").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub relationship: Option<String>,
    /// Telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 40))]
    pub phone: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 254), custom(function = "limits::check_email"))]
    pub email: Option<String>,
    /// The date these details were last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<Date>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A change of placement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct PlacementChange {
    /// The date of the move.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Why it happened and what it meant for the child's education.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 2000))]
    pub reason: Option<String>,
    /// Whether the child also changed school or setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_changed: Option<bool>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The social worker and what they share (seed 004, "Social Worker Information").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct SocialWorker {
    /// The allocated social worker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub contact: Option<Contact>,
    /// The child's history, as far as it helps the school or college
    /// understand their past and meet their needs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 8000))]
    pub history: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Special educational needs and disabilities (seed 004, "Additional Needs").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct AdditionalNeeds {
    /// SEN status: none, SEN support or an EHC plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sen_status: Option<SenStatus>,
    /// Whether an EHC needs assessment or a special educational need is being considered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub being_assessed: Option<bool>,
    /// The primary type of need (national SEN codes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_need: Option<NeedCode>,
    /// Further types of need.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub secondary_needs: Vec<NeedCode>,
    /// What is happening for the child: needs, support, plans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 8000))]
    pub details: Option<String>,
    /// The EHC plan, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub ehcp: Option<Ehcp>,
    /// Exam access arrangements received before or in place now (extra time,
    /// reader, scribe, rest breaks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 2000))]
    pub exam_access_arrangements: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// SEN status, as in the school census.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SenStatus {
    /// No special educational needs.
    None,
    /// SEN support (on the school's SEN register).
    SenSupport,
    /// An Education, Health and Care plan.
    EhcPlan,
}

/// The national SEN type-of-need codes, written as the school census writes
/// them (upper case), so a vendor can map census data unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum NeedCode {
    /// Specific learning difficulty.
    Spld,
    /// Moderate learning difficulty.
    Mld,
    /// Severe learning difficulty.
    Sld,
    /// Profound and multiple learning difficulty.
    Pmld,
    /// Social, emotional and mental health.
    Semh,
    /// Speech, language and communication needs.
    Slcn,
    /// Hearing impairment.
    Hi,
    /// Visual impairment.
    Vi,
    /// Multi-sensory impairment.
    Msi,
    /// Physical disability.
    Pd,
    /// Autistic spectrum disorder.
    Asd,
    /// Other difficulty or disability.
    Oth,
}

/// An Education, Health and Care plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Ehcp {
    /// The council that maintains the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub local_authority: Option<String>,
    /// The date the plan was issued (or last amended).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<Date>,
    /// The date of the next (or last) annual review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_review_date: Option<Date>,
    /// The outcomes and provision in the plan that matter for this PEP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 8000))]
    pub summary: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Criminal custody or remand (seed 004, "Custody and Remand"): only when it applies.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Custody {
    /// Whether the young person is in custody or on remand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CustodyStatus>,
    /// The establishment (young offender institution, secure training centre,
    /// secure children's home).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub establishment: Option<String>,
    /// The date it began.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// The expected release date, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_release: Option<Date>,
    /// Education and training in custody, and the plan for release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 8000))]
    pub education_plan: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Custody or remand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CustodyStatus {
    /// Serving a custodial sentence.
    Custody,
    /// Remanded to youth detention accommodation.
    Remand,
}
