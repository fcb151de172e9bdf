//! What `<pep-form>` asks, section by section: each field's JSON Pointer,
//! label, hint and kind of input, in the order of seed 004's PEP form. The
//! sections and their owners are pep-core's (`pep_core::sections`); the
//! words here are the professional form's.

use pep_core::Stage;
use pep_core::model::Kind;

/// The kind of input a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Input {
    /// One line of text.
    Text,
    /// A paragraph, with a character count at `max`.
    Long(usize),
    /// A date (`YYYY-MM-DD`).
    Date,
    /// A number, decimals allowed.
    Number,
    /// A whole number.
    Whole,
    /// One of a list: `(value, words)`; the first is "choose".
    Choice(&'static [(&'static str, &'static str)]),
    /// Yes or no.
    YesNo,
    /// One of a few, as radios: `(value, words)`; a `""` value is "none
    /// of these" and leaves the field absent.
    Radios(&'static [(&'static str, &'static str)]),
}

/// One question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Field {
    /// JSON Pointer, relative to the list item inside a list.
    pub path: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub input: Input,
}

const fn f(path: &'static str, label: &'static str, hint: &'static str, input: Input) -> Field {
    Field {
        path,
        label,
        hint,
        input,
    }
}

/// A part of a section.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Part {
    /// A question.
    Field(Field),
    /// An "add another" list: its pointer, what one item is called, and
    /// each item's questions.
    List {
        path: &'static str,
        item: &'static str,
        fields: &'static [Field],
    },
    /// Questions asked only once the field at `path` has an answer (the
    /// GOV.UK conditional reveal): custody details once custody is chosen.
    When {
        path: &'static str,
        fields: &'static [Field],
    },
    /// The SMART targets (`<pep-smart-targets>`'s fieldsets).
    Targets,
    /// The young person's own views (`<pep-my-views>`).
    Views,
}

/// A section of the form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FormSection {
    /// pep-core's section ID (`targets`).
    pub id: &'static str,
    pub title: &'static str,
    /// Who completes it.
    pub owner: Stage,
    pub parts: &'static [Part],
}

impl FormSection {
    /// The parts a PEP of `kind` asks.
    pub fn parts_for(&self, kind: Kind) -> impl Iterator<Item = &'static Part> {
        self.parts.iter().filter(move |p| {
            let path = match p {
                Part::Field(field) => field.path,
                Part::List { path, .. } | Part::When { path, .. } => path,
                Part::Targets | Part::Views => return true,
            };
            applies(path, kind)
        })
    }
}

/// Whether a pointer applies to a PEP of `kind`: the kind-specific sections
/// only to their kind.
pub(crate) fn applies(path: &str, kind: Kind) -> bool {
    let only = if path.starts_with("/earlyYears") {
        Kind::EarlyYears
    } else if path.starts_with("/schoolAge") {
        Kind::SchoolAge
    } else if path.starts_with("/post16") {
        Kind::Post16
    } else {
        return true;
    };
    only == kind
}

const YES_NO: Input = Input::YesNo;
const TEXT: Input = Input::Text;
const LONG: Input = Input::Long(4000);
const DATE: Input = Input::Date;

const ENTRY: &[(&str, &str)] = &[
    ("", "Choose"),
    ("emergency", "In an emergency"),
    ("planned", "Planned"),
];
const SEN: &[(&str, &str)] = &[
    ("", "Choose"),
    ("none", "No special educational needs"),
    ("sen-support", "SEN support"),
    ("ehc-plan", "Education, health and care (EHC) plan"),
];
const NEEDS: &[(&str, &str)] = &[
    ("", "Choose"),
    ("SPLD", "Specific learning difficulty"),
    ("MLD", "Moderate learning difficulty"),
    ("SLD", "Severe learning difficulty"),
    ("PMLD", "Profound and multiple learning difficulty"),
    ("SEMH", "Social, emotional and mental health"),
    ("SLCN", "Speech, language and communication needs"),
    ("HI", "Hearing impairment"),
    ("VI", "Vision impairment"),
    ("MSI", "Multi-sensory impairment"),
    ("PD", "Physical disability"),
    ("ASD", "Autistic spectrum disorder"),
    ("OTH", "Other difficulty or disability"),
];
const PROGRESS: &[(&str, &str)] = &[
    ("", "Choose"),
    ("less-than-expected", "Less than expected"),
    ("expected", "Expected"),
    ("more-than-expected", "More than expected"),
];
const RESULT: &[(&str, &str)] = &[
    ("", "Choose"),
    ("achieved", "Achieved"),
    ("partly-achieved", "Partly achieved"),
    ("not-achieved", "Not achieved"),
    ("carried-forward", "Carried forward"),
];
const RAG: &[(&str, &str)] = &[
    ("", "Choose"),
    ("green", "Green: no concern"),
    ("amber", "Amber: some concern"),
    ("red", "Red: serious concern"),
];
const ACTION_STATUS: &[(&str, &str)] = &[
    ("", "Choose"),
    ("not-started", "Not started"),
    ("in-progress", "In progress"),
    ("done", "Done"),
    ("not-done", "Not done"),
];
const EXCLUSION: &[(&str, &str)] = &[
    ("", "Choose"),
    ("suspension", "Suspension"),
    ("permanent", "Permanent exclusion"),
];
const EYFS: &[(&str, &str)] = &[
    ("", "Choose"),
    ("communication-and-language", "Communication and language"),
    ("physical-development", "Physical development"),
    (
        "personal-social-and-emotional-development",
        "Personal, social and emotional development",
    ),
    ("literacy", "Literacy"),
    ("mathematics", "Mathematics"),
    ("understanding-the-world", "Understanding the world"),
    ("expressive-arts-and-design", "Expressive arts and design"),
];
const CUSTODY: &[(&str, &str)] = &[
    ("", "Not in custody or on remand"),
    ("custody", "In custody"),
    ("remand", "On remand"),
];
const EET: &[(&str, &str)] = &[
    ("", "Choose"),
    ("education", "In education"),
    ("employment", "In employment"),
    ("apprenticeship", "Apprenticeship"),
    ("short-term-training", "Short-term training"),
    ("neet", "Not in education, employment or training"),
];

const CONTACT: &[Field] = &[
    f("/name", "Name", "", TEXT),
    f("/role", "Role", "", TEXT),
    f("/organisation", "Organisation", "", TEXT),
    f("/phone", "Phone", "", TEXT),
    f("/email", "Email", "", TEXT),
];

const TERM_FIELDS: &[Field] = &[
    f("/subject", "Subject or course", "", TEXT),
    f(
        "/level",
        "Level",
        "For example GCSE, A level or Level 2",
        TEXT,
    ),
    f(
        "/targetEndOfKeyStage",
        "Target grade at the end of the key stage or course",
        "",
        TEXT,
    ),
    f("/autumn/workingAt", "Autumn: working at", "", TEXT),
    f(
        "/autumn/onTrack",
        "Autumn: on track for the target?",
        "",
        YES_NO,
    ),
    f(
        "/autumn/progress",
        "Autumn: progress since the last PEP",
        "",
        Input::Choice(PROGRESS),
    ),
    f(
        "/autumn/intervention",
        "Autumn: intervention in place",
        "Written to the young person",
        LONG,
    ),
    f("/spring/workingAt", "Spring: working at", "", TEXT),
    f(
        "/spring/onTrack",
        "Spring: on track for the target?",
        "",
        YES_NO,
    ),
    f(
        "/spring/progress",
        "Spring: progress since the last PEP",
        "",
        Input::Choice(PROGRESS),
    ),
    f(
        "/spring/intervention",
        "Spring: intervention in place",
        "Written to the young person",
        LONG,
    ),
    f("/summer/workingAt", "Summer: working at", "", TEXT),
    f(
        "/summer/onTrack",
        "Summer: on track for the target?",
        "",
        YES_NO,
    ),
    f(
        "/summer/progress",
        "Summer: progress since the last PEP",
        "",
        Input::Choice(PROGRESS),
    ),
    f(
        "/summer/intervention",
        "Summer: intervention in place",
        "Written to the young person",
        LONG,
    ),
];

const ACTION: &[Field] = &[
    f("/action", "What is to be done", "", LONG),
    f("/owner", "Who does it", "", TEXT),
    f("/due", "By when", "", DATE),
    f("/status", "How it stands", "", Input::Choice(ACTION_STATUS)),
];

const TRANSITION: [(&str, &str, &str); 3] = [
    (
        "/to",
        "Moving to",
        "For example Year 7 at Highfield Academy",
    ),
    ("/date", "When", ""),
    (
        "/plan",
        "The plan",
        "Visits, information shared, who is doing what",
    ),
];

/// Every section of the form, in task-list order.
pub(crate) const SECTIONS: &[FormSection] = &[
    FormSection {
        id: "child-and-care",
        title: "The child and their care",
        owner: Stage::SocialWorker,
        parts: &[
            Part::Field(f("/child/name", "Full name", "As on the care record", TEXT)),
            Part::Field(f(
                "/child/preferredName",
                "The name they like to be called",
                "The plan is written to them by this name",
                TEXT,
            )),
            Part::Field(f("/child/dateOfBirth", "Date of birth", "", DATE)),
            Part::Field(f(
                "/child/upn",
                "Unique pupil number (UPN)",
                "A letter then 12 digits, for example A123456789012",
                TEXT,
            )),
            Part::Field(f(
                "/child/legalStatus",
                "Legal status",
                "For example, full care order (section 31)",
                TEXT,
            )),
            Part::Field(f(
                "/child/dateEnteredCare",
                "Date they came into care",
                "",
                DATE,
            )),
            Part::Field(f(
                "/child/entryType",
                "How they came into care",
                "",
                Input::Choice(ENTRY),
            )),
            Part::Field(f(
                "/child/localAuthority",
                "The council that looks after them",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/care/placement/placementType",
                "Type of placement",
                "For example, foster care or kinship care",
                TEXT,
            )),
            Part::Field(f(
                "/care/placement/description",
                "About where they live",
                "",
                LONG,
            )),
            Part::Field(f(
                "/care/placement/startDate",
                "Date they moved there",
                "",
                DATE,
            )),
            Part::Field(f(
                "/care/placement/lastUpdated",
                "Date these details were last checked",
                "They are checked every term",
                DATE,
            )),
            Part::List {
                path: "/care/carers",
                item: "Carer",
                fields: &[
                    f("/name", "Name", "", TEXT),
                    f(
                        "/relationship",
                        "Relationship",
                        "For example, foster carer or grandparent",
                        TEXT,
                    ),
                    f("/phone", "Phone", "", TEXT),
                    f("/email", "Email", "", TEXT),
                    f(
                        "/lastUpdated",
                        "Date these details were last checked",
                        "",
                        DATE,
                    ),
                ],
            },
            Part::List {
                path: "/care/placementChanges",
                item: "Change of placement",
                fields: &[
                    f("/date", "Date of the move", "", DATE),
                    f("/reason", "Why they moved", "", LONG),
                    f("/schoolChanged", "Did their school change too?", "", YES_NO),
                ],
            },
        ],
    },
    FormSection {
        id: "social-worker",
        title: "Social worker",
        owner: Stage::SocialWorker,
        parts: &[
            Part::Field(f(
                "/socialWorker/contact/name",
                "Social worker's name",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/socialWorker/contact/organisation",
                "Team or council",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/socialWorker/contact/phone",
                "Phone",
                "A phone number or an email address",
                TEXT,
            )),
            Part::Field(f("/socialWorker/contact/email", "Email", "", TEXT)),
            Part::Field(f(
                "/socialWorker/history",
                "What the school should know",
                "History and needs that matter for their education, shared with care",
                LONG,
            )),
            Part::List {
                path: "/keyContacts",
                item: "Key contact",
                fields: CONTACT,
            },
            Part::Field(f(
                "/custody/status",
                "Are they in custody or on remand?",
                "",
                Input::Radios(CUSTODY),
            )),
            Part::When {
                path: "/custody/status",
                fields: &[
                    f("/custody/establishment", "Where they are held", "", TEXT),
                    f("/custody/startDate", "Since", "", DATE),
                    f("/custody/expectedRelease", "Expected release", "", DATE),
                    f(
                        "/custody/educationPlan",
                        "Education while held, and the plan for release",
                        "",
                        LONG,
                    ),
                ],
            },
        ],
    },
    FormSection {
        id: "additional-needs",
        title: "Special educational needs",
        owner: Stage::SocialWorker,
        parts: &[
            Part::Field(f(
                "/additionalNeeds/senStatus",
                "SEN status",
                "",
                Input::Choice(SEN),
            )),
            Part::Field(f(
                "/additionalNeeds/beingAssessed",
                "Are they being assessed for an EHC plan?",
                "",
                YES_NO,
            )),
            Part::Field(f(
                "/additionalNeeds/primaryNeed",
                "Primary need",
                "",
                Input::Choice(NEEDS),
            )),
            Part::Field(f("/additionalNeeds/details", "About their needs", "", LONG)),
            Part::Field(f(
                "/additionalNeeds/ehcp/localAuthority",
                "Council that maintains the EHC plan",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/additionalNeeds/ehcp/issued",
                "Date the EHC plan was issued",
                "",
                DATE,
            )),
            Part::Field(f(
                "/additionalNeeds/ehcp/annualReviewDate",
                "Date of the EHC plan's annual review",
                "The next one, or the last if the next is not set",
                DATE,
            )),
            Part::Field(f(
                "/additionalNeeds/ehcp/summary",
                "The EHC plan's outcomes and provision",
                "The parts that matter for this PEP",
                LONG,
            )),
            Part::Field(f(
                "/additionalNeeds/examAccessArrangements",
                "Exam access arrangements",
                "",
                LONG,
            )),
        ],
    },
    FormSection {
        id: "education",
        title: "School or setting",
        owner: Stage::DesignatedTeacher,
        parts: &[
            Part::Field(f(
                "/setting/name",
                "School, setting, college or provider",
                "",
                TEXT,
            )),
            Part::Field(f("/setting/urn", "Unique reference number (URN)", "", TEXT)),
            Part::Field(f(
                "/setting/localAuthority",
                "Council it is in",
                "Only if outside the council that looks after them",
                TEXT,
            )),
            Part::Field(f("/setting/startDate", "Date they started there", "", DATE)),
            Part::Field(f(
                "/setting/designatedTeacher/name",
                "Designated teacher's name",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/setting/designatedTeacher/email",
                "Designated teacher's email",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/setting/designatedTeacher/phone",
                "Designated teacher's phone",
                "",
                TEXT,
            )),
            // Early years.
            Part::Field(f(
                "/earlyYears/fundedHours",
                "Funded hours a week",
                "Up to 30",
                Input::Number,
            )),
            Part::Field(f(
                "/earlyYears/eyppEligible",
                "Does the setting claim Early Years Pupil Premium?",
                "",
                YES_NO,
            )),
            Part::List {
                path: "/earlyYears/eyfs",
                item: "Area of learning",
                fields: &[
                    f("/area", "Area of learning", "", Input::Choice(EYFS)),
                    f("/onTrack", "On track for their age?", "", YES_NO),
                    f(
                        "/comment",
                        "What they can do now and what comes next",
                        "",
                        LONG,
                    ),
                ],
            },
            Part::Field(f(
                "/earlyYears/transition/to",
                TRANSITION[0].1,
                TRANSITION[0].2,
                TEXT,
            )),
            Part::Field(f(
                "/earlyYears/transition/date",
                TRANSITION[1].1,
                TRANSITION[1].2,
                DATE,
            )),
            Part::Field(f(
                "/earlyYears/transition/plan",
                TRANSITION[2].1,
                TRANSITION[2].2,
                LONG,
            )),
            // School age.
            Part::Field(f(
                "/schoolAge/yearGroup",
                "Year group",
                "0 for Reception, 1 to 11 for Years 1 to 11",
                Input::Whole,
            )),
            Part::Field(f(
                "/schoolAge/reducedTimetable",
                "Are they on a reduced timetable?",
                "",
                YES_NO,
            )),
            Part::List {
                path: "/schoolAge/exclusions",
                item: "Suspension or exclusion",
                fields: &[
                    f("/exclusionType", "Type", "", Input::Choice(EXCLUSION)),
                    f("/startDate", "Start date", "", DATE),
                    f("/days", "Days", "", Input::Number),
                    f("/reason", "Reason", "", LONG),
                ],
            },
            Part::Field(f(
                "/schoolAge/careers",
                "Careers advice and guidance",
                "From Year 8",
                LONG,
            )),
            Part::Field(f(
                "/schoolAge/transition/to",
                TRANSITION[0].1,
                TRANSITION[0].2,
                TEXT,
            )),
            Part::Field(f(
                "/schoolAge/transition/date",
                TRANSITION[1].1,
                TRANSITION[1].2,
                DATE,
            )),
            Part::Field(f(
                "/schoolAge/transition/plan",
                TRANSITION[2].1,
                TRANSITION[2].2,
                LONG,
            )),
            // Post-16.
            Part::Field(f(
                "/post16/yearGroup",
                "Year group",
                "12, 13 or 14",
                Input::Whole,
            )),
            Part::Field(f(
                "/post16/eetStatus",
                "Education, employment or training",
                "",
                Input::Choice(EET),
            )),
            Part::Field(f("/post16/course", "Course", "", TEXT)),
            Part::Field(f(
                "/post16/apprenticeship/employer",
                "Apprenticeship employer",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/post16/apprenticeship/provider",
                "Apprenticeship training provider",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/post16/apprenticeship/standard",
                "Apprenticeship standard and level",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/post16/apprenticeship/startDate",
                "Apprenticeship start date",
                "",
                DATE,
            )),
            Part::Field(f(
                "/post16/apprenticeship/endDate",
                "Apprenticeship end date",
                "",
                DATE,
            )),
            Part::Field(f(
                "/post16/shortTermOrNeet/training",
                "Short-term training",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/post16/shortTermOrNeet/since",
                "Not in education, employment or training since",
                "",
                DATE,
            )),
            Part::Field(f(
                "/post16/shortTermOrNeet/barriers",
                "Barriers to education, employment or training",
                "",
                LONG,
            )),
            Part::Field(f(
                "/post16/shortTermOrNeet/support",
                "Support to overcome them",
                "",
                LONG,
            )),
            Part::Field(f(
                "/post16/englishMaths/englishGrade",
                "English GCSE grade",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/post16/englishMaths/mathsGrade",
                "Maths GCSE grade",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/post16/englishMaths/englishStudy",
                "English study this year",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/post16/englishMaths/mathsStudy",
                "Maths study this year",
                "",
                TEXT,
            )),
            Part::Field(f(
                "/post16/pathwayPlan/eligible",
                "Do they have a pathway plan?",
                "",
                YES_NO,
            )),
            Part::Field(f(
                "/post16/pathwayPlan/date",
                "Date of the pathway plan",
                "",
                DATE,
            )),
            Part::Field(f(
                "/post16/pathwayPlan/personalAdviser/name",
                "Personal adviser",
                "",
                TEXT,
            )),
        ],
    },
    FormSection {
        id: "attainment",
        title: "Attainment and progress",
        owner: Stage::DesignatedTeacher,
        parts: &[
            Part::Field(f(
                "/attainment/overview",
                "Overview",
                "Written to the young person: learning, behaviour, progress, strengths and concerns",
                Input::Long(8000),
            )),
            Part::Field(f("/attainment/strengths", "Strengths", "", LONG)),
            Part::Field(f(
                "/attainment/areasForDevelopment",
                "Areas for development",
                "Academic, social and emotional",
                LONG,
            )),
            Part::List {
                path: "/attainment/subjects",
                item: "Subject",
                fields: TERM_FIELDS,
            },
        ],
    },
    FormSection {
        id: "targets",
        title: "SMART targets",
        owner: Stage::DesignatedTeacher,
        parts: &[
            Part::List {
                path: "/previousTargets",
                item: "Previous target",
                fields: &[
                    f("/outcome", "The target", "", Input::Long(2000)),
                    f("/result", "How it went", "", Input::Choice(RESULT)),
                    f("/comment", "What happened and what was learnt", "", LONG),
                ],
            },
            Part::Targets,
        ],
    },
    FormSection {
        id: "meeting",
        title: "The PEP meeting",
        owner: Stage::DesignatedTeacher,
        parts: &[
            Part::Field(f("/meeting/date", "Date of the meeting", "", DATE)),
            Part::Field(f(
                "/nextPepDate",
                "Date of the next PEP meeting",
                "Every sign-off needs it",
                DATE,
            )),
            Part::List {
                path: "/meeting/attendees",
                item: "Person invited",
                fields: &[
                    f("/name", "Name", "", TEXT),
                    f(
                        "/role",
                        "Role",
                        "For example, social worker or foster carer",
                        TEXT,
                    ),
                    f(
                        "/attended",
                        "Did they attend?",
                        "In person or online",
                        YES_NO,
                    ),
                    f(
                        "/contributed",
                        "Did they contribute?",
                        "At the meeting or in writing",
                        YES_NO,
                    ),
                ],
            },
            Part::Field(f(
                "/meeting/youngPersonAttended",
                "Did the young person attend?",
                "",
                YES_NO,
            )),
            Part::Field(f(
                "/meeting/notAttendedReason",
                "If not, why not",
                "",
                Input::Long(2000),
            )),
            Part::Field(f(
                "/meeting/viewsSharedHow",
                "If not, how their views were shared",
                "",
                Input::Long(2000),
            )),
            Part::Field(f(
                "/meeting/attendancePercent",
                "Attendance (%)",
                "For the period below",
                Input::Number,
            )),
            Part::Field(f(
                "/meeting/attendancePeriod",
                "Period the attendance covers",
                "For example, autumn term to date",
                TEXT,
            )),
            Part::Field(f(
                "/meeting/attendanceNotes",
                "Reasons for absence and support in place",
                "Needed when attendance is below the council's line",
                LONG,
            )),
            Part::Field(f(
                "/meeting/wellbeingRag",
                "Level of concern about wellbeing",
                "",
                Input::Choice(RAG),
            )),
            Part::Field(f(
                "/meeting/wellbeingNotes",
                "Why that rating, and the support agreed",
                "",
                LONG,
            )),
            Part::Field(f(
                "/meeting/discussion",
                "Main points of discussion",
                "",
                Input::Long(8000),
            )),
            Part::List {
                path: "/meeting/previousActions",
                item: "Action from the last PEP",
                fields: ACTION,
            },
            Part::List {
                path: "/meeting/actions",
                item: "Action",
                fields: ACTION,
            },
            Part::List {
                path: "/meeting/views",
                item: "View",
                fields: &[
                    f("/name", "Name", "", TEXT),
                    f("/role", "Role", "", TEXT),
                    f("/view", "Their view", "", LONG),
                ],
            },
            Part::Field(f(
                "/meeting/aspirations",
                "Aspirations and how they are supported",
                "",
                LONG,
            )),
            Part::Field(f(
                "/meeting/futurePlan",
                "Plan for what comes next",
                "Post-16 (Year 11) or after Year 14",
                LONG,
            )),
        ],
    },
    FormSection {
        id: "views",
        title: "The young person's views",
        owner: Stage::DesignatedTeacher,
        parts: &[Part::Views],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use pep_core::model::Pep;
    use serde_json::Value;

    /// Whether the PEP JSON Schema has a property at `pointer` (array
    /// indexes step into `items`).
    fn in_schema(pointer: &str) -> bool {
        fn resolve<'a>(schema: &'a Value, mut node: &'a Value) -> &'a Value {
            loop {
                if let Some(r) = node.get("$ref").and_then(Value::as_str) {
                    node = &schema["$defs"][r.rsplit('/').next().unwrap_or_default()];
                } else if let Some(any) = node.get("anyOf").and_then(Value::as_array) {
                    match any.iter().find(|a| a["type"] != "null") {
                        Some(a) => node = a,
                        None => return node,
                    }
                } else {
                    return node;
                }
            }
        }
        let schema = serde_json::to_value(pep_core::model::json_schema()).unwrap();
        let mut node = resolve(&schema, &schema);
        for token in pointer.split('/').skip(1) {
            let next = if token.parse::<usize>().is_ok() {
                node.get("items")
            } else {
                node.get("properties").and_then(|p| p.get(token))
            };
            match next {
                Some(n) => node = resolve(&schema, n),
                None => return false,
            }
        }
        true
    }

    #[test]
    fn every_pointer_is_in_the_model_and_its_section() {
        for section in SECTIONS {
            for part in section.parts {
                let fields: Vec<(String, Field)> = match part {
                    Part::Field(field) => vec![(field.path.to_owned(), *field)],
                    Part::List { path, fields, .. } => fields
                        .iter()
                        .map(|field| (format!("{path}/0{}", field.path), *field))
                        .collect(),
                    Part::When { fields, .. } => fields
                        .iter()
                        .map(|field| (field.path.to_owned(), *field))
                        .collect(),
                    Part::Targets | Part::Views => continue,
                };
                for (pointer, field) in fields {
                    let sample = match field.input {
                        Input::Text | Input::Long(_) => serde_json::json!("x"),
                        Input::Date => serde_json::json!("2026-11-23"),
                        Input::Number => serde_json::json!(3.5),
                        Input::Whole => serde_json::json!(3),
                        Input::Choice(options) | Input::Radios(options) => {
                            serde_json::json!(options[1].0)
                        }
                        Input::YesNo => serde_json::json!(true),
                    };
                    let mut json = serde_json::json!({"schemaVersion": "1"});
                    if let Part::List { path, .. } = part {
                        crate::form::set_pointer(&mut json, path, Some(serde_json::json!([{}])));
                    }
                    crate::form::set_pointer(&mut json, &pointer, Some(sample.clone()));
                    let pep: Pep = serde_json::from_value(json).unwrap();
                    let back = serde_json::to_value(&pep).unwrap();
                    assert_eq!(back.pointer(&pointer), Some(&sample), "{pointer}");
                    assert!(in_schema(&pointer), "{pointer} is not in the PEP schema");
                    assert_eq!(
                        pep_core::sections::section_of(&pointer),
                        Some(section.id),
                        "{pointer}"
                    );
                }
            }
        }
    }
}
