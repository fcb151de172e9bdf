//! Rule `return-needs-reason`: a PEP the virtual school sends back ("review
//! again") says why, so the designated teacher and social worker know what to
//! put right.
//!
//! Source: DOMAIN.md "Who fills what" (the virtual school "can send back
//! ('review again', with a reason)"); seed 004 ("If a PEP does not meet the
//! standard, the Designated Teacher will be contacted by Virtual School to
//! resolve the issue"; "Written feedback is given on the Final Sign Off page").

use crate::model::{PepStatus, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct ReturnNeedsReason;

static INFO: RuleInfo = RuleInfo {
    id: "return-needs-reason",
    severity: Severity::Error,
    blocks: Stage::VirtualSchool.and_later(),
    checks: "A PEP returned by the virtual school records the reason it was returned.",
    why: "The designated teacher and social worker need to know what to put right before the PEP comes back for sign-off.",
    source: "DOMAIN.md \"Who fills what\" (send back with a reason); seed 004 (Section D: VS Final Sign Off)",
};

impl Rule for ReturnNeedsReason {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if cx.pep.status == Some(PepStatus::Returned) && is_blank(&cx.pep.returned_reason) {
            out.push("/returnedReason", &[]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "return-needs-reason";

    #[test]
    fn fires_when_returned_without_a_reason() {
        check(ID, r#"{"status":"returned"}"#, &["/returnedReason"]);
        check(
            ID,
            r#"{"status":"returned","returnedReason":"  "}"#,
            &["/returnedReason"],
        );
    }

    #[test]
    fn quiet_with_a_reason_or_when_not_returned() {
        check(
            ID,
            r#"{"status":"returned","returnedReason":"Targets need a named lead and a deadline."}"#,
            &[],
        );
        check(ID, r#"{"status":"approved"}"#, &[]);
        check(ID, r#"{"status":"draft"}"#, &[]);
        check(ID, "{}", &[]);
    }

    #[test]
    fn blocks_only_the_virtual_school() {
        let findings = run_rule(ID, r#"{"status":"returned"}"#, &Default::default(), TODAY);
        assert_eq!(findings[0].blocks, [crate::Stage::VirtualSchool]);
    }
}
