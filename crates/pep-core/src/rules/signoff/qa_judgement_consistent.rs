//! Rule `qa-judgement-consistent`: the virtual school judges that a PEP
//! "meets the expected standard" only when all seven quality-assurance
//! answers are yes.
//!
//! The converse is not checked: seed 004 considers "each young person ... as
//! an individual and so the PEP will be considered as a whole document", so
//! a PEP with seven yeses may still fall short.
//!
//! Source: seed 004 ("Section D: VS Final Sign Off": "To meet the expected
//! standard all section above should be recorded as a Yes"); DOMAIN.md "What
//! good looks like".

use crate::model::Judgement;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct QaJudgementConsistent;

static INFO: RuleInfo = RuleInfo {
    id: "qa-judgement-consistent",
    severity: Severity::Error,
    blocks: Stage::VirtualSchool.and_later(),
    checks: "\"Meets the expected standard\" is given only when all seven quality-assurance answers are yes.",
    why: "To meet the expected standard every question on the checklist must be answered yes.",
    source: "Seed 004 (Section D: VS Final Sign Off); DOMAIN.md \"What good looks like\"",
};

impl Rule for QaJudgementConsistent {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let Some(vs) = &cx.pep.sign_offs.virtual_school else {
            return;
        };
        if vs.judgement != Some(Judgement::MeetsStandard) {
            return;
        }
        let not_yes = vs
            .qa
            .answers()
            .into_iter()
            .filter(|(_, a)| a.and_then(|a| a.met) != Some(true))
            .count();
        if not_yes > 0 {
            out.push(
                "/signOffs/virtualSchool/judgement",
                &[("count", not_yes.to_string())],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "qa-judgement-consistent";

    fn pep(judgement: &str, last: &str) -> String {
        format!(
            r#"{{"signOffs":{{"virtualSchool":{{"judgement":"{judgement}","qa":{{
            "withinTimescale":{{"met":true}},"careInformationComplete":{{"met":true}},
            "peopleAttendedAndContributed":{{"met":true}},"childVoiceRecorded":{{"met":true}},
            "strengthsAndDevelopmentIdentified":{{"met":true}},"targetsReflectDevelopment":{{"met":true}}
            {last}}}}}}}}}"#
        )
    }

    #[test]
    fn fires_when_meets_standard_without_seven_yeses() {
        let path = ["/signOffs/virtualSchool/judgement"];
        check(
            ID,
            &pep(
                "meets-standard",
                r#","targetsClearWithStrategies":{"met":false}"#,
            ),
            &path,
        );
        check(ID, &pep("meets-standard", ""), &path);
        check(
            ID,
            r#"{"signOffs":{"virtualSchool":{"judgement":"meets-standard"}}}"#,
            &path,
        );
    }

    #[test]
    fn quiet_when_consistent() {
        check(
            ID,
            &pep(
                "meets-standard",
                r#","targetsClearWithStrategies":{"met":true}"#,
            ),
            &[],
        );
        check(
            ID,
            &pep(
                "does-not-meet-standard",
                r#","targetsClearWithStrategies":{"met":false}"#,
            ),
            &[],
        );
        // Seven yeses may still not meet the standard: the VS judges the whole PEP.
        check(
            ID,
            &pep(
                "does-not-meet-standard",
                r#","targetsClearWithStrategies":{"met":true}"#,
            ),
            &[],
        );
        check(ID, r#"{"signOffs":{"virtualSchool":{}}}"#, &[]);
        check(ID, "{}", &[]);
    }

    #[test]
    fn counts_the_answers_that_are_not_yes() {
        let findings = run_rule(
            ID,
            r#"{"signOffs":{"virtualSchool":{"judgement":"meets-standard"}}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "The PEP cannot meet the expected standard: 7 of the 7 quality-assurance answers are not yes"
        );
    }
}
