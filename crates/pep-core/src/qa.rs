//! The virtual school's quality assurance, pre-filled from the rules.
//!
//! [`qa_assess`] answers seed 004's seven quality-assurance questions yes or
//! no from the findings of [`crate::validate`], each "no" with the findings
//! that made it so as evidence, gives the overall judgement ("meets the
//! expected standard" only when all seven are yes), and, for councils that
//! grade instead ([`QaFramework::Rag`], [`QaFramework::GoldRag`]), a grade.
//! It suggests; the virtual school decides, and records its own answers in
//! the PEP's `signOffs.virtualSchool.qa` ([`QaAssessment::checklist`] gives
//! them a start).
//!
//! # Which rules answer which question
//!
//! Each rule ID maps to at most one question ([`criterion_of`]):
//!
//! | question | rules |
//! | --- | --- |
//! | completed within timescale | the timescale rules, the next PEP date rules, the meeting date |
//! | care information complete and current | `social-worker-section-complete`, `care-information-current`, custody and additional needs |
//! | relevant people attended and contributed | the meeting's attendees |
//! | the child's voice recorded | `young-person-views-recorded`, `young-person-participation` |
//! | strengths and development identified | attainment, progress, attendance, wellbeing, careers, post-16, transitions |
//! | targets reflect development | area of need, number and mix of targets, previous targets, PP+ costed |
//! | targets clear with strategies | the `smart-target-*` rules |
//!
//! An error finding makes its question "no". A warning does too for the
//! rules that warn only because the moment has passed (the timescale rules,
//! which cannot hold up a sign-off after the fact) and for
//! `meeting-relevant-people`, whose warning is the question itself; other
//! warnings are listed as concerns and leave the answer yes. Rules about the
//! sign-off itself (`sign-off-order`, the QA checklist, a return's reason) and
//! rules this table does not know yet are listed under `other` and answer
//! nothing. Rule IDs never change, so the table only grows.
//!
//! # Grades (red, amber, green, gold)
//!
//! There is no national grading; this mapping is ours, built from DOMAIN.md
//! "What good looks like":
//!
//! - **Red**: any of Lancashire's red flags ([`RedFlag`]: no attendees, no
//!   next PEP date, no pupil voice, weak targets, no PP+ evidence, no
//!   transition detail), or three or more questions "no".
//! - **Amber**: one or two questions "no", with no red flag.
//! - **Green**: all seven yes (seed 004's expected standard).
//! - **Gold** (St Helens' gold/green/amber/red only): green, and the report
//!   has no other error and no warning at all.
//!
//! A council using [`QaFramework::Checklist`] (the default) gets no grade.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::config::QaFramework;
use crate::model::{Judgement, Pep, QaAnswer, QaChecklist};
use crate::{Config, Finding, Severity};

/// One of seed 004's seven quality-assurance questions. Serialised with the
/// same names as [`QaChecklist`]'s fields (`withinTimescale`), so a host can
/// copy an answer straight into `signOffs.virtualSchool.qa`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum QaCriterion {
    /// The PEP has been completed within timescale.
    WithinTimescale,
    /// All care information is completed with up-to-date information.
    CareInformationComplete,
    /// All relevant people have attended and contributed to the PEP.
    PeopleAttendedAndContributed,
    /// The child's voice is recorded in the PEP.
    ChildVoiceRecorded,
    /// The PEP identifies educational strengths and areas for academic and
    /// social/emotional development.
    StrengthsAndDevelopmentIdentified,
    /// The targets reflect any areas of development identified within the PEP.
    TargetsReflectDevelopment,
    /// The targets are written clearly and concisely and identify the
    /// strategies needed to achieve them.
    TargetsClearWithStrategies,
}

impl QaCriterion {
    /// The seven questions, in seed 004's order.
    pub const ALL: [QaCriterion; 7] = [
        QaCriterion::WithinTimescale,
        QaCriterion::CareInformationComplete,
        QaCriterion::PeopleAttendedAndContributed,
        QaCriterion::ChildVoiceRecorded,
        QaCriterion::StrengthsAndDevelopmentIdentified,
        QaCriterion::TargetsReflectDevelopment,
        QaCriterion::TargetsClearWithStrategies,
    ];

    /// The question's name in JSON (`withinTimescale`), as in [`QaChecklist`].
    pub fn as_str(self) -> &'static str {
        match self {
            QaCriterion::WithinTimescale => "withinTimescale",
            QaCriterion::CareInformationComplete => "careInformationComplete",
            QaCriterion::PeopleAttendedAndContributed => "peopleAttendedAndContributed",
            QaCriterion::ChildVoiceRecorded => "childVoiceRecorded",
            QaCriterion::StrengthsAndDevelopmentIdentified => "strengthsAndDevelopmentIdentified",
            QaCriterion::TargetsReflectDevelopment => "targetsReflectDevelopment",
            QaCriterion::TargetsClearWithStrategies => "targetsClearWithStrategies",
        }
    }
}

/// A grade for councils that grade PEPs rather than (or as well as) judging
/// them against the checklist. Serialised in kebab-case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QaGrade {
    /// All seven yes and nothing else found (gold/green/amber/red only).
    Gold,
    /// All seven questions yes.
    Green,
    /// One or two questions no, and no red flag.
    Amber,
    /// A red flag, or three or more questions no.
    Red,
}

/// Lancashire's red flags (DOMAIN.md, "What good looks like"): any one makes
/// the grade red. Serialised in kebab-case.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum RedFlag {
    /// Nobody is recorded as attending the meeting.
    NoAttendees,
    /// No date for the next PEP.
    NoNextPepDate,
    /// The young person's views are not recorded.
    NoPupilVoice,
    /// No targets, or every target has an error against it.
    WeakTargets,
    /// Pupil Premium Plus requested without costs or a link to targets.
    NoPupilPremiumPlusEvidence,
    /// A transition is coming with no plan for it.
    NoTransitionDetail,
}

/// The suggested answer to one question, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CriterionAssessment {
    /// Which question.
    pub criterion: QaCriterion,
    /// The suggested answer: yes (true) or no (false).
    pub met: bool,
    /// The findings that made the answer no (empty when yes).
    pub evidence: Vec<Finding>,
    /// Other findings about this question that did not change the answer
    /// (warnings the virtual school may want to weigh).
    pub concerns: Vec<Finding>,
}

/// What [`qa_assess`] suggests the virtual school answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct QaAssessment {
    /// The council's QA framework the grade follows.
    pub framework: QaFramework,
    /// The seven questions, in seed 004's order.
    pub criteria: Vec<CriterionAssessment>,
    /// Meets the expected standard only when all seven are yes.
    pub judgement: Judgement,
    /// The grade, for the `rag` and `gold-rag` frameworks; none for `checklist`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grade: Option<QaGrade>,
    /// Lancashire's red flags found, in a fixed order.
    pub red_flags: Vec<RedFlag>,
    /// Findings that answer no question: about the sign-offs themselves, or
    /// from rules the mapping does not know.
    pub other: Vec<Finding>,
}

impl QaAssessment {
    /// The assessment for one question.
    pub fn criterion(&self, criterion: QaCriterion) -> Option<&CriterionAssessment> {
        self.criteria.iter().find(|c| c.criterion == criterion)
    }

    /// Whether all seven questions are yes.
    pub fn meets_standard(&self) -> bool {
        self.judgement == Judgement::MeetsStandard
    }

    /// The suggestions as a checklist the virtual school can start from: each
    /// answer with, for a "no", the evidence's messages one to a line.
    ///
    /// ```
    /// use pep_core::{model::Pep, qa_assess, Config};
    /// let pep: Pep = serde_json::from_str(r#"{"targets":[{"outcome":"Read daily"}]}"#).unwrap();
    /// let checklist = qa_assess(&pep, &Config::default(), jiff::civil::date(2026, 11, 23)).checklist();
    /// let answer = checklist.targets_clear_with_strategies.unwrap();
    /// assert_eq!(answer.met, Some(false));
    /// assert!(answer.comment.unwrap().contains("Target 1 needs the name of the person who leads it"));
    /// ```
    pub fn checklist(&self) -> QaChecklist {
        let answer = |criterion| {
            self.criterion(criterion).map(|c| QaAnswer {
                met: Some(c.met),
                comment: (!c.evidence.is_empty()).then(|| {
                    c.evidence
                        .iter()
                        .map(|f| f.message.as_str())
                        .collect::<Vec<_>>()
                        .join("\n")
                }),
                extra: Default::default(),
            })
        };
        QaChecklist {
            within_timescale: answer(QaCriterion::WithinTimescale),
            care_information_complete: answer(QaCriterion::CareInformationComplete),
            people_attended_and_contributed: answer(QaCriterion::PeopleAttendedAndContributed),
            child_voice_recorded: answer(QaCriterion::ChildVoiceRecorded),
            strengths_and_development_identified: answer(
                QaCriterion::StrengthsAndDevelopmentIdentified,
            ),
            targets_reflect_development: answer(QaCriterion::TargetsReflectDevelopment),
            targets_clear_with_strategies: answer(QaCriterion::TargetsClearWithStrategies),
            extra: Default::default(),
        }
    }
}

/// Pre-fills the virtual school's quality assurance of `pep` from the rules'
/// findings as of `today`: seed 004's seven questions, each yes or no with
/// its evidence, the overall judgement, Lancashire's red flags and, for the
/// `rag` and `gold-rag` frameworks, a grade. See the module documentation
/// for which rules answer which question and how grades are given.
///
/// ```
/// use pep_core::{model::{Judgement, Pep}, qa::QaCriterion, qa_assess, Config};
/// let pep: Pep = serde_json::from_str(r#"{"targets":[{"outcome":"Read 20 minutes a day"}]}"#).unwrap();
/// let qa = qa_assess(&pep, &Config::default(), jiff::civil::date(2026, 11, 23));
/// assert_eq!(qa.judgement, Judgement::DoesNotMeetStandard);
/// let clear = qa.criterion(QaCriterion::TargetsClearWithStrategies).unwrap();
/// assert!(!clear.met);
/// assert!(clear.evidence.iter().any(|f| f.rule == "smart-target-who-leads"));
/// assert_eq!(qa.grade, None); // the default framework is the checklist
/// ```
pub fn qa_assess(pep: &Pep, config: &Config, today: jiff::civil::Date) -> QaAssessment {
    assess(
        pep,
        &crate::validate(pep, config, today).findings,
        config.qa_framework,
    )
}

/// How a rule's findings count: the question they answer (none for rules
/// about the sign-offs themselves) and whether its warnings make it "no".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Mapping {
    criterion: Option<QaCriterion>,
    warnings_count: bool,
}

const fn errors(criterion: QaCriterion) -> Mapping {
    Mapping {
        criterion: Some(criterion),
        warnings_count: false,
    }
}

const fn warnings_too(criterion: QaCriterion) -> Mapping {
    Mapping {
        criterion: Some(criterion),
        warnings_count: true,
    }
}

const NONE: Mapping = Mapping {
    criterion: None,
    warnings_count: false,
};

/// Every rule ID pepkit knows, with the question its findings answer.
const MAPPINGS: &[(&str, Mapping)] = {
    use QaCriterion::*;
    &[
        // Completed within timescale. The timescale rules warn because the
        // moment has passed; for QA that is exactly the evidence.
        ("initial-pep-timescale", warnings_too(WithinTimescale)),
        ("first-review-timescale", warnings_too(WithinTimescale)),
        ("dt-sign-off-timescale", warnings_too(WithinTimescale)),
        ("pep-every-term", warnings_too(WithinTimescale)),
        ("change-review-due", warnings_too(WithinTimescale)),
        ("next-pep-date-present", errors(WithinTimescale)),
        ("next-pep-date-after-meeting", errors(WithinTimescale)),
        ("next-pep-date-next-term", errors(WithinTimescale)),
        ("next-pep-date-before-next-term", errors(WithinTimescale)),
        ("next-pep-date-working-day", errors(WithinTimescale)),
        ("sign-off-next-pep-date", errors(WithinTimescale)),
        // Care information complete and current (the social worker's section).
        (
            "social-worker-section-complete",
            errors(CareInformationComplete),
        ),
        ("care-information-current", errors(CareInformationComplete)),
        ("custody-details", errors(CareInformationComplete)),
        ("ehc-plan-details", errors(CareInformationComplete)),
        ("need-codes-with-sen", errors(CareInformationComplete)),
        // All relevant people attended and contributed.
        (
            "meeting-attendees-roles",
            errors(PeopleAttendedAndContributed),
        ),
        (
            "meeting-relevant-people",
            warnings_too(PeopleAttendedAndContributed),
        ),
        // The child's voice.
        ("young-person-views-recorded", errors(ChildVoiceRecorded)),
        ("young-person-participation", errors(ChildVoiceRecorded)),
        // Strengths and areas for development.
        (
            "attainment-recorded",
            errors(StrengthsAndDevelopmentIdentified),
        ),
        (
            "progress-needs-intervention",
            errors(StrengthsAndDevelopmentIdentified),
        ),
        (
            "attendance-below-line",
            errors(StrengthsAndDevelopmentIdentified),
        ),
        (
            "wellbeing-rag-recorded",
            errors(StrengthsAndDevelopmentIdentified),
        ),
        (
            "careers-from-year-8",
            errors(StrengthsAndDevelopmentIdentified),
        ),
        ("neet-barriers", errors(StrengthsAndDevelopmentIdentified)),
        (
            "post16-english-maths",
            errors(StrengthsAndDevelopmentIdentified),
        ),
        (
            "post16-gcse-resit",
            errors(StrengthsAndDevelopmentIdentified),
        ),
        ("transition-plan", errors(StrengthsAndDevelopmentIdentified)),
        // Targets reflect the areas of development.
        (
            "smart-target-area-of-need",
            errors(TargetsReflectDevelopment),
        ),
        ("targets-minimum", errors(TargetsReflectDevelopment)),
        (
            "targets-short-and-long-term",
            errors(TargetsReflectDevelopment),
        ),
        (
            "previous-targets-reviewed",
            errors(TargetsReflectDevelopment),
        ),
        (
            "pupil-premium-plus-costed",
            errors(TargetsReflectDevelopment),
        ),
        // Targets clear, concise, with strategies.
        ("smart-target-who-leads", errors(TargetsClearWithStrategies)),
        ("smart-target-specific", errors(TargetsClearWithStrategies)),
        (
            "smart-target-measurable",
            errors(TargetsClearWithStrategies),
        ),
        ("smart-target-actions", errors(TargetsClearWithStrategies)),
        ("smart-target-deadline", errors(TargetsClearWithStrategies)),
        (
            "smart-target-time-bound",
            errors(TargetsClearWithStrategies),
        ),
        (
            "smart-target-vague-wording",
            errors(TargetsClearWithStrategies),
        ),
        // About the sign-offs themselves, not the PEP's quality.
        ("sign-off-order", NONE),
        ("qa-checklist-answered", NONE),
        ("qa-judgement-consistent", NONE),
        ("return-needs-reason", NONE),
    ]
};

/// The question a finding answers, and whether it makes the answer "no".
///
/// `meeting-recorded` answers two: its meeting date is about timescale, its
/// attendees about the people. A rule not in the table is placed by the
/// family its ID names (`smart-target-*`, `meeting-*`, ...), or left
/// unmapped.
fn criterion_of(finding: &Finding) -> Mapping {
    use QaCriterion::*;
    let id = finding.rule.as_str();
    if id == "meeting-recorded" {
        return if finding.path.starts_with("/meeting/attendees") {
            errors(PeopleAttendedAndContributed)
        } else {
            errors(WithinTimescale)
        };
    }
    if let Some((_, mapping)) = MAPPINGS.iter().find(|(rule, _)| *rule == id) {
        return *mapping;
    }
    let has = |part: &str| id.contains(part);
    if id.starts_with("smart-target-") {
        errors(TargetsClearWithStrategies)
    } else if id.starts_with("targets-") || id.starts_with("previous-target") || has("premium") {
        errors(TargetsReflectDevelopment)
    } else if id.starts_with("meeting-") {
        errors(PeopleAttendedAndContributed)
    } else if id.starts_with("young-person-") {
        errors(ChildVoiceRecorded)
    } else if has("timescale") || has("next-pep-date") {
        errors(WithinTimescale)
    } else if id.starts_with("care-") || id.starts_with("social-worker-") {
        errors(CareInformationComplete)
    } else {
        NONE
    }
}

/// Lancashire's red flags among the error findings.
fn red_flags(pep: &Pep, errors: &[&Finding]) -> Vec<RedFlag> {
    let any = |rule: &str, path: Option<&str>| {
        errors
            .iter()
            .any(|f| f.rule == rule && path.is_none_or(|p| f.path == p))
    };
    let targets = pep.targets.len();
    let target_has_error = |i: usize| {
        let prefix = format!("/targets/{i}/");
        errors.iter().any(|f| f.path.starts_with(&prefix))
    };
    let mut flags = Vec::new();
    if any("meeting-attendees-roles", Some("/meeting/attendees"))
        || any("meeting-recorded", Some("/meeting/attendees"))
    {
        flags.push(RedFlag::NoAttendees);
    }
    if any("next-pep-date-present", None) {
        flags.push(RedFlag::NoNextPepDate);
    }
    if any("young-person-views-recorded", None) {
        flags.push(RedFlag::NoPupilVoice);
    }
    if targets == 0 || (0..targets).all(target_has_error) {
        flags.push(RedFlag::WeakTargets);
    }
    if any("pupil-premium-plus-costed", None) {
        flags.push(RedFlag::NoPupilPremiumPlusEvidence);
    }
    if any("transition-plan", None) {
        flags.push(RedFlag::NoTransitionDetail);
    }
    flags
}

/// The assessment of `pep` given the findings `validate` made of it.
fn assess(pep: &Pep, findings: &[Finding], framework: QaFramework) -> QaAssessment {
    let mut criteria: Vec<CriterionAssessment> = QaCriterion::ALL
        .into_iter()
        .map(|criterion| CriterionAssessment {
            criterion,
            met: true,
            evidence: Vec::new(),
            concerns: Vec::new(),
        })
        .collect();
    let mut other = Vec::new();
    for finding in findings {
        let mapping = criterion_of(finding);
        let Some(criterion) = mapping.criterion else {
            other.push(finding.clone());
            continue;
        };
        let counts = match finding.severity {
            Severity::Error => true,
            Severity::Warning => mapping.warnings_count,
            Severity::Info => false,
        };
        // ALL lists every criterion, so the position always exists.
        if let Some(c) = criteria.iter_mut().find(|c| c.criterion == criterion) {
            if counts {
                c.met = false;
                c.evidence.push(finding.clone());
            } else {
                c.concerns.push(finding.clone());
            }
        }
    }
    let no_count = criteria.iter().filter(|c| !c.met).count();
    let judgement = if no_count == 0 {
        Judgement::MeetsStandard
    } else {
        Judgement::DoesNotMeetStandard
    };
    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let red_flags = red_flags(pep, &errors);
    let spotless = findings.iter().all(|f| f.severity == Severity::Info);
    let grade = match framework {
        QaFramework::Checklist => None,
        QaFramework::Rag | QaFramework::GoldRag => {
            Some(if !red_flags.is_empty() || no_count >= 3 {
                QaGrade::Red
            } else if no_count > 0 {
                QaGrade::Amber
            } else if framework == QaFramework::GoldRag && spotless {
                QaGrade::Gold
            } else {
                QaGrade::Green
            })
        }
    };
    QaAssessment {
        framework,
        criteria,
        judgement,
        grade,
        red_flags,
        other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding from rule `rule` at `path` with severity `severity`.
    fn finding(rule: &str, path: &str, severity: Severity) -> Finding {
        Finding {
            rule: rule.into(),
            severity,
            path: path.into(),
            message: format!("{rule} at {path}"),
            young_person_message: None,
            blocks: Vec::new(),
            params: Default::default(),
        }
    }

    fn error(rule: &str, path: &str) -> Finding {
        finding(rule, path, Severity::Error)
    }

    fn warning(rule: &str, path: &str) -> Finding {
        finding(rule, path, Severity::Warning)
    }

    /// A PEP with two targets.
    fn pep() -> Pep {
        serde_json::from_str(r#"{"targets":[{},{}]}"#).unwrap()
    }

    /// The "no" answers, by JSON name, in order.
    fn noes(qa: &QaAssessment) -> Vec<&'static str> {
        qa.criteria
            .iter()
            .filter(|c| !c.met)
            .map(|c| c.criterion.as_str())
            .collect()
    }

    fn check(findings: Vec<Finding>, framework: QaFramework) -> QaAssessment {
        assess(&pep(), &findings, framework)
    }

    #[test]
    fn a_pep_with_no_findings_meets_the_standard() {
        let qa = check(vec![], QaFramework::Checklist);
        assert!(qa.criteria.iter().all(|c| c.met && c.evidence.is_empty()));
        assert_eq!(qa.criteria.len(), 7);
        assert_eq!(qa.judgement, Judgement::MeetsStandard);
        assert_eq!(qa.grade, None);
        assert!(qa.red_flags.is_empty());
    }

    #[test]
    fn errors_answer_no_with_evidence() {
        let cases: &[(Finding, &str)] = &[
            (
                error("social-worker-section-complete", "/child/name"),
                "careInformationComplete",
            ),
            (
                error("next-pep-date-next-term", "/nextPepDate"),
                "withinTimescale",
            ),
            (
                error("meeting-recorded", "/meeting/date"),
                "withinTimescale",
            ),
            (
                error("meeting-recorded", "/meeting/attendees"),
                "peopleAttendedAndContributed",
            ),
            (
                error("young-person-views-recorded", "/views/goingWell"),
                "childVoiceRecorded",
            ),
            (
                error("attainment-recorded", "/attainment/subjects"),
                "strengthsAndDevelopmentIdentified",
            ),
            (
                error("smart-target-area-of-need", "/targets/0/areaOfNeed"),
                "targetsReflectDevelopment",
            ),
            (
                error("smart-target-who-leads", "/targets/0/lead/name"),
                "targetsClearWithStrategies",
            ),
            // Unknown rules are placed by their family's prefix.
            (
                error("smart-target-new-check", "/targets/0"),
                "targetsClearWithStrategies",
            ),
            (
                error("meeting-something-new", "/meeting"),
                "peopleAttendedAndContributed",
            ),
        ];
        for (f, criterion) in cases {
            let qa = check(vec![f.clone()], QaFramework::Checklist);
            assert_eq!(noes(&qa), [*criterion], "for {}", f.rule);
            let c = qa.criteria.iter().find(|c| !c.met).unwrap();
            assert_eq!(c.evidence, std::slice::from_ref(f));
            assert_eq!(qa.judgement, Judgement::DoesNotMeetStandard);
        }
    }

    #[test]
    fn only_some_warnings_answer_no() {
        let qa = check(
            vec![
                warning("dt-sign-off-timescale", "/signOffs/designatedTeacher/date"),
                warning("meeting-relevant-people", "/meeting/attendees"),
                warning("next-pep-date-working-day", "/nextPepDate"),
                warning("smart-target-vague-wording", "/targets/0/outcome"),
                finding("attainment-recorded", "/attainment", Severity::Info),
            ],
            QaFramework::Checklist,
        );
        assert_eq!(
            noes(&qa),
            ["withinTimescale", "peopleAttendedAndContributed"]
        );
        let timescale = qa.criterion(QaCriterion::WithinTimescale).unwrap();
        assert_eq!(timescale.evidence.len(), 1);
        assert_eq!(timescale.concerns.len(), 1);
        let clear = qa
            .criterion(QaCriterion::TargetsClearWithStrategies)
            .unwrap();
        assert!(clear.met);
        assert_eq!(clear.concerns.len(), 1);
    }

    #[test]
    fn sign_off_and_unknown_rules_answer_nothing() {
        let qa = check(
            vec![
                error("sign-off-order", "/signOffs/socialWorker"),
                error(
                    "qa-checklist-answered",
                    "/signOffs/virtualSchool/qa/withinTimescale",
                ),
                error("some-future-rule", "/somewhere"),
            ],
            QaFramework::Checklist,
        );
        assert!(noes(&qa).is_empty());
        assert_eq!(qa.other.len(), 3);
        assert_eq!(qa.judgement, Judgement::MeetsStandard);
    }

    #[test]
    fn grades_follow_the_number_of_noes_and_red_flags() {
        let cases: &[(Vec<Finding>, QaFramework, Option<QaGrade>)] = &[
            (vec![], QaFramework::Checklist, None),
            (vec![], QaFramework::Rag, Some(QaGrade::Green)),
            (vec![], QaFramework::GoldRag, Some(QaGrade::Gold)),
            (
                vec![warning("smart-target-vague-wording", "/targets/0/outcome")],
                QaFramework::GoldRag,
                Some(QaGrade::Green),
            ),
            (
                vec![warning("smart-target-vague-wording", "/targets/0/outcome")],
                QaFramework::Rag,
                Some(QaGrade::Green),
            ),
            (
                vec![error(
                    "care-information-current",
                    "/care/carers/0/lastUpdated",
                )],
                QaFramework::Rag,
                Some(QaGrade::Amber),
            ),
            (
                vec![
                    error("care-information-current", "/care/carers/0/lastUpdated"),
                    error("attainment-recorded", "/attainment/subjects"),
                ],
                QaFramework::GoldRag,
                Some(QaGrade::Amber),
            ),
            (
                vec![
                    error("care-information-current", "/care/carers/0/lastUpdated"),
                    error("attainment-recorded", "/attainment/subjects"),
                    error("pep-every-term", "/nextPepDate"),
                ],
                QaFramework::Rag,
                Some(QaGrade::Red),
            ),
            // One red flag is enough.
            (
                vec![error("next-pep-date-present", "/nextPepDate")],
                QaFramework::Rag,
                Some(QaGrade::Red),
            ),
        ];
        for (findings, framework, grade) in cases {
            let qa = check(findings.clone(), *framework);
            assert_eq!(qa.grade, *grade, "{framework:?} with {findings:?}");
        }
    }

    #[test]
    fn finds_lancashires_red_flags() {
        let cases: &[(Vec<Finding>, &[RedFlag])] = &[
            (vec![], &[]),
            (
                vec![error("meeting-attendees-roles", "/meeting/attendees")],
                &[RedFlag::NoAttendees],
            ),
            (
                vec![error(
                    "meeting-attendees-roles",
                    "/meeting/attendees/0/role",
                )],
                &[],
            ),
            (
                vec![error("next-pep-date-present", "/nextPepDate")],
                &[RedFlag::NoNextPepDate],
            ),
            (
                vec![error("young-person-views-recorded", "/views/goingWell")],
                &[RedFlag::NoPupilVoice],
            ),
            // One weak target of two is not "weak targets"; both are.
            (
                vec![error("smart-target-who-leads", "/targets/1/lead/name")],
                &[],
            ),
            (
                vec![
                    error("smart-target-who-leads", "/targets/1/lead/name"),
                    error("smart-target-measurable", "/targets/0/successMeasure"),
                ],
                &[RedFlag::WeakTargets],
            ),
            (
                vec![error("pupil-premium-plus-costed", "/targets/0/cost")],
                &[RedFlag::NoPupilPremiumPlusEvidence],
            ),
            (
                vec![error("transition-plan", "/schoolAge/transition/plan")],
                &[RedFlag::NoTransitionDetail],
            ),
            // Warnings raise no flags.
            (
                vec![warning("transition-plan", "/schoolAge/transition/plan")],
                &[],
            ),
        ];
        for (findings, flags) in cases {
            let qa = check(findings.clone(), QaFramework::Rag);
            assert_eq!(qa.red_flags, *flags, "for {findings:?}");
        }
        let no_targets: Pep = serde_json::from_str("{}").unwrap();
        let qa = assess(&no_targets, &[], QaFramework::Rag);
        assert_eq!(qa.red_flags, [RedFlag::WeakTargets]);
        assert_eq!(qa.grade, Some(QaGrade::Red));
    }

    #[test]
    fn every_mapped_id_is_a_registered_rule() {
        for (id, _) in MAPPINGS {
            assert!(
                crate::rules::all().any(|r| r.info().id == *id),
                "qa::MAPPINGS names {id}, which is no registered rule"
            );
        }
    }

    #[test]
    fn serialises_in_camel_case_with_checklist_names() {
        let qa = check(
            vec![error("smart-target-who-leads", "/targets/0/lead/name")],
            QaFramework::Rag,
        );
        let json = serde_json::to_value(&qa).unwrap();
        assert_eq!(
            json["criteria"][6]["criterion"],
            "targetsClearWithStrategies"
        );
        assert_eq!(json["criteria"][6]["met"], false);
        assert_eq!(json["judgement"], "does-not-meet-standard");
        assert_eq!(json["grade"], "amber");
        assert_eq!(json["framework"], "rag");
        assert!(json["redFlags"].as_array().unwrap().is_empty());
        let back: QaAssessment = serde_json::from_value(json).unwrap();
        assert_eq!(back, qa);
        let checklist = qa.checklist();
        assert_eq!(
            checklist.answers().map(|(_, a)| a.and_then(|a| a.met)),
            [
                Some(true),
                Some(true),
                Some(true),
                Some(true),
                Some(true),
                Some(true),
                Some(false)
            ]
        );
        assert_eq!(
            checklist
                .targets_clear_with_strategies
                .unwrap()
                .comment
                .as_deref(),
            Some("smart-target-who-leads at /targets/0/lead/name")
        );
    }
}
