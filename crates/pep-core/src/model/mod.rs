//! The PEP document: the JSON contract a vendor maps their data to.
//!
//! One struct, [`Pep`], holds every kind of PEP. The parts every PEP shares
//! (child, care, meeting, targets, views, sign-offs) are always there; the
//! parts only one kind has sit in optional sections: [`EarlyYears`],
//! [`SchoolAge`] and [`Post16`]. Only `schemaVersion` and `kind` are
//! required: a draft PEP has gaps, and the rules report gaps as findings.
//!
//! JSON uses camelCase names, kebab-case enum values and `YYYY-MM-DD` dates.
//! Unknown fields at every level are kept in `extra` and written back
//! unchanged, so a vendor's document survives parse -> edit -> serialize.
//!
//! Read documents from outside with [`parse`]: it checks `schemaVersion` and
//! `kind` are there and reports every problem with its JSON Pointer, line and
//! column. The plain `serde` implementation is lenient (a missing `kind`
//! reads as school-age) so code and tests can build partial documents.
//!
//! ```
//! let pep = pep_core::parse(r#"{"schemaVersion":"1","kind":"post-16","targets":[{"outcome":"Pass Level 2 English"}]}"#).unwrap();
//! assert_eq!(pep.kind, pep_core::model::Kind::Post16);
//! assert_eq!(pep.targets[0].outcome.as_deref(), Some("Pass Level 2 English"));
//! ```

mod care;
mod date;
mod education;
mod limits;
mod meeting;
mod parse;
mod targets;

pub use care::*;
pub use date::Date;
pub use education::*;
pub use limits::{LimitProblem, field_limits};
pub use meeting::*;
pub use parse::{ParseError, ParseErrors, parse};
pub use targets::*;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use validator::Validate;

/// The schema version this build of pepkit reads and writes.
pub const SCHEMA_VERSION: &str = "1";

/// Fields this version of pepkit does not know, kept as they came.
pub type Extra = Map<String, Value>;

/// A Personal Education Plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
#[schemars(title = "Personal Education Plan")]
pub struct Pep {
    /// The version of this document format. Always "1" for now.
    #[serde(default = "schema_version")]
    pub schema_version: String,
    /// Which kind of PEP: early years, school age or post-16.
    #[serde(default)]
    pub kind: Kind,
    /// Whether this is the child's first PEP in this period of care or a review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pep_type: Option<PepType>,
    /// Where the PEP is in its sign-off: draft, signed, approved or returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PepStatus>,
    /// Why the virtual school returned it, when `status` is `returned`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 4000))]
    pub returned_reason: Option<String>,
    /// The date of the previous PEP meeting (none for an initial PEP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_pep_date: Option<Date>,
    /// The date agreed for the next PEP meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_pep_date: Option<Date>,
    /// The child or young person.
    #[serde(default, skip_serializing_if = "is_default")]
    #[validate(nested)]
    pub child: Child,
    /// Care information: placement, carers and placement changes.
    #[serde(default, skip_serializing_if = "is_default")]
    #[validate(nested)]
    pub care: Care,
    /// The social worker and what they share about the child's history.
    #[serde(default, skip_serializing_if = "is_default")]
    #[validate(nested)]
    pub social_worker: SocialWorker,
    /// The school, early years setting, college, training provider or employer.
    #[serde(default, skip_serializing_if = "is_default")]
    #[validate(nested)]
    pub setting: Setting,
    /// Special educational needs: SEN status, need codes, EHC plan, exam access.
    #[serde(default, skip_serializing_if = "is_default")]
    #[validate(nested)]
    pub additional_needs: AdditionalNeeds,
    /// Criminal custody or remand, when it applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub custody: Option<Custody>,
    /// People to contact about the child's education.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub key_contacts: Vec<Contact>,
    /// Attainment and progress: an overview and one entry per subject or course.
    #[serde(default, skip_serializing_if = "is_default")]
    #[validate(nested)]
    pub attainment: Attainment,
    /// SMART targets agreed at this PEP meeting.
    #[serde(default)]
    #[validate(nested)]
    pub targets: Vec<Target>,
    /// The targets set at the previous PEP, each with how it went.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[validate(nested)]
    pub previous_targets: Vec<PreviousTarget>,
    /// The PEP meeting: who came, attendance, wellbeing, discussion, actions.
    #[serde(default, skip_serializing_if = "is_default")]
    #[validate(nested)]
    pub meeting: Meeting,
    /// The child's or young person's own views.
    #[serde(default, skip_serializing_if = "is_default")]
    #[validate(nested)]
    pub views: YoungPersonViews,
    /// Sign-offs by the social worker, designated teacher and virtual school.
    #[serde(default, skip_serializing_if = "is_default")]
    #[validate(nested)]
    pub sign_offs: SignOffs,
    /// Early years only: setting hours, EYPP and EYFS areas of learning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub early_years: Option<EarlyYears>,
    /// Statutory school age only (Reception to Year 11): year group,
    /// exclusions, careers and transitions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(nested)]
    pub school_age: Option<SchoolAge>,
    /// Post-16 only: education, employment or training status, NEET barriers,
    /// English and maths, pathway plan.
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "post16")]
    #[validate(nested)]
    pub post16: Option<Post16>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Default for Pep {
    /// An empty school-age PEP of the current schema version.
    fn default() -> Self {
        Pep {
            schema_version: schema_version(),
            kind: Kind::default(),
            pep_type: None,
            status: None,
            returned_reason: None,
            previous_pep_date: None,
            next_pep_date: None,
            child: Child::default(),
            care: Care::default(),
            social_worker: SocialWorker::default(),
            setting: Setting::default(),
            additional_needs: AdditionalNeeds::default(),
            custody: None,
            key_contacts: Vec::new(),
            attainment: Attainment::default(),
            targets: Vec::new(),
            previous_targets: Vec::new(),
            meeting: Meeting::default(),
            views: YoungPersonViews::default(),
            sign_offs: SignOffs::default(),
            early_years: None,
            school_age: None,
            post16: None,
            extra: Extra::new(),
        }
    }
}

fn schema_version() -> String {
    SCHEMA_VERSION.to_owned()
}

/// Which kind of PEP this is. Each kind shares the common parts and adds its
/// own section (`earlyYears`, `schoolAge` or `post16`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Early years: from age 2 or 3 (by council) until the child starts Reception.
    EarlyYears,
    /// Statutory school age: Reception to Year 11.
    #[default]
    SchoolAge,
    /// Post-16: to the end of the academic year the young person turns 18.
    #[serde(rename = "post-16")]
    Post16,
}

impl Kind {
    /// The kind's name in JSON (`post-16`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::EarlyYears => "early-years",
            Kind::SchoolAge => "school-age",
            Kind::Post16 => "post-16",
        }
    }
}

/// Whether this is the first PEP or a review of an earlier one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PepType {
    /// The first PEP after the child came into care (initiated by the social worker).
    Initial,
    /// A termly review of an existing PEP.
    Review,
}

/// Where a PEP is in its sign-off: social worker, then designated teacher,
/// then virtual school.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PepStatus {
    /// Being written; nobody has signed it off.
    Draft,
    /// The social worker has marked their section complete.
    SocialWorkerSigned,
    /// The designated teacher has marked the PEP complete.
    DesignatedTeacherSigned,
    /// The virtual school has quality-assured and approved it.
    Approved,
    /// The virtual school sent it back; `returnedReason` says why.
    Returned,
}

/// A named person and their role.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// Their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub name: Option<String>,
    /// Their role ("Designated teacher", "Maths teacher").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub role: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Someone to contact: a social worker, designated teacher, carer or other
/// professional. When a contact is given, its name is required.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, Validate)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// Their name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(required, length(min = 1, max = 200))]
    pub name: Option<String>,
    /// Their role ("Social worker", "SENCO", "Personal adviser").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub role: Option<String>,
    /// Their organisation or team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 200))]
    pub organisation: Option<String>,
    /// Telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 40))]
    pub phone: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(max = 254), custom(function = "limits::check_email"))]
    pub email: Option<String>,
    /// Fields this version of pepkit does not know, kept as they came.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Whether an optional text is missing or only whitespace.
///
/// ```
/// use pep_core::model::is_blank;
/// assert!(is_blank(&None));
/// assert!(is_blank(&Some("  ".into())));
/// assert!(!is_blank(&Some("Ms Khan".into())));
/// ```
pub fn is_blank(text: &Option<String>) -> bool {
    text.as_deref().is_none_or(|t| t.trim().is_empty())
}

/// Whether a value equals its default: an empty section is not written out,
/// and counts as not started.
pub fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// The JSON Schema (draft 2020-12) of a PEP document, generated from these
/// types. Descriptions come from the doc comments. `pkg/pep.schema.json` is
/// this, written by `cargo xtask schema`.
///
/// ```
/// let schema = pep_core::model::json_schema();
/// assert_eq!(schema["required"], serde_json::json!(["schemaVersion", "kind"]));
/// ```
pub fn json_schema() -> Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<Pep>();
    let mut value = schema.to_value();
    drop_rust_formats(&mut value);
    if let Some(root) = value.as_object_mut() {
        root.insert(
            "$id".into(),
            Value::from("https://example.invalid/pepkit/pep.schema.json"),
        );
        root.insert(
            "required".into(),
            serde_json::json!(["schemaVersion", "kind"]),
        );
        if let Some(props) = root.get_mut("properties").and_then(Value::as_object_mut) {
            props.insert(
                "schemaVersion".into(),
                serde_json::json!({
                    "description": "The version of this document format. Always \"1\" for now.",
                    "const": SCHEMA_VERSION
                }),
            );
            if let Some(kind) = props.get_mut("kind").and_then(Value::as_object_mut) {
                kind.remove("default");
            }
        }
    }
    value
}

/// Removes the `format`s schemars gives Rust number types (`uint8`, `double`):
/// they are not JSON Schema formats, and validators such as ajv warn about
/// them. The ranges they stand for are stated with `minimum`/`maximum`.
pub(crate) fn drop_rust_formats(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("format").and_then(Value::as_str).is_some_and(|f| {
                matches!(
                    f,
                    "uint"
                        | "uint8"
                        | "uint16"
                        | "uint32"
                        | "uint64"
                        | "int"
                        | "int8"
                        | "int16"
                        | "int32"
                        | "int64"
                        | "float"
                        | "double"
                )
            }) {
                map.remove("format");
            }
            map.values_mut().for_each(drop_rust_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_rust_formats),
        _ => {}
    }
}
