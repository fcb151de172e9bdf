//! Rule `qa-checklist-answered`: when the virtual school signs off, every one
//! of the seven quality-assurance questions is answered yes or no, and the
//! overall judgement (meets or does not meet the expected standard) is given.
//!
//! Quiet until the virtual school's sign-off is started, and for a PEP the
//! virtual school has returned (a return needs a reason, see
//! `return-needs-reason`, not a finished checklist).
//!
//! Source: seed 004 ("Section D: VS Final Sign Off": the seven-question
//! checklist, "To meet the expected standard all section above should be
//! recorded as a Yes", "Overall performance"); DOMAIN.md "What good looks like".

use crate::model::PepStatus;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct QaChecklistAnswered;

static INFO: RuleInfo = RuleInfo {
    id: "qa-checklist-answered",
    severity: Severity::Error,
    blocks: Stage::VirtualSchool.and_later(),
    checks: "The virtual school's sign-off answers all seven quality-assurance questions and gives an overall judgement.",
    why: "The judgement rests on the seven answers: a PEP meets the expected standard only when all seven are yes.",
    source: "Seed 004 (Section D: VS Final Sign Off, QA checklist); DOMAIN.md \"What good looks like\"",
};

impl Rule for QaChecklistAnswered {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let Some(vs) = &cx.pep.sign_offs.virtual_school else {
            return;
        };
        if cx.pep.status == Some(PepStatus::Returned) {
            return;
        }
        for (i, (name, answer)) in vs.qa.answers().into_iter().enumerate() {
            if answer.and_then(|a| a.met).is_none() {
                out.push(
                    format!("/signOffs/virtualSchool/qa/{name}"),
                    &[("number", (i + 1).to_string())],
                );
            }
        }
        if vs.judgement.is_none() {
            out.push_variant("judgement", "/signOffs/virtualSchool/judgement", &[]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "qa-checklist-answered";

    const ANSWERED: &str = r#""withinTimescale":{"met":true},"careInformationComplete":{"met":true},
        "peopleAttendedAndContributed":{"met":true},"childVoiceRecorded":{"met":true},
        "strengthsAndDevelopmentIdentified":{"met":true},"targetsReflectDevelopment":{"met":true},
        "targetsClearWithStrategies":{"met":false}"#;

    #[test]
    fn fires_for_each_unanswered_question() {
        check(
            ID,
            r#"{"signOffs":{"virtualSchool":{}}}"#,
            &[
                "/signOffs/virtualSchool/qa/withinTimescale",
                "/signOffs/virtualSchool/qa/careInformationComplete",
                "/signOffs/virtualSchool/qa/peopleAttendedAndContributed",
                "/signOffs/virtualSchool/qa/childVoiceRecorded",
                "/signOffs/virtualSchool/qa/strengthsAndDevelopmentIdentified",
                "/signOffs/virtualSchool/qa/targetsReflectDevelopment",
                "/signOffs/virtualSchool/qa/targetsClearWithStrategies",
                "/signOffs/virtualSchool/judgement",
            ],
        );
        check(
            ID,
            r#"{"signOffs":{"virtualSchool":{"judgement":"does-not-meet-standard","qa":{
                "withinTimescale":{"met":true},"childVoiceRecorded":{"comment":"Not sure"}}}}}"#,
            &[
                "/signOffs/virtualSchool/qa/careInformationComplete",
                "/signOffs/virtualSchool/qa/peopleAttendedAndContributed",
                "/signOffs/virtualSchool/qa/childVoiceRecorded",
                "/signOffs/virtualSchool/qa/strengthsAndDevelopmentIdentified",
                "/signOffs/virtualSchool/qa/targetsReflectDevelopment",
                "/signOffs/virtualSchool/qa/targetsClearWithStrategies",
            ],
        );
        check(
            ID,
            &format!(r#"{{"signOffs":{{"virtualSchool":{{"qa":{{{ANSWERED}}}}}}}}}"#),
            &["/signOffs/virtualSchool/judgement"],
        );
    }

    #[test]
    fn quiet_when_answered_not_started_or_returned() {
        check(
            ID,
            &format!(
                r#"{{"signOffs":{{"virtualSchool":{{"judgement":"does-not-meet-standard","qa":{{{ANSWERED}}}}}}}}}"#
            ),
            &[],
        );
        check(ID, "{}", &[]);
        check(
            ID,
            r#"{"signOffs":{"socialWorker":{"name":"Daniel Hughes"}}}"#,
            &[],
        );
        check(
            ID,
            r#"{"status":"returned","signOffs":{"virtualSchool":{"name":"Helen Marsh"}}}"#,
            &[],
        );
    }

    #[test]
    fn numbers_the_question_and_blocks_the_virtual_school() {
        let findings = run_rule(
            ID,
            r#"{"signOffs":{"virtualSchool":{}}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[3].message,
            "Answer quality-assurance question 4 with yes or no"
        );
        assert_eq!(findings[3].blocks, [crate::Stage::VirtualSchool]);
    }
}
