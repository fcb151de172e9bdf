//! Rule `young-person-views-recorded`: the young person's own views are
//! recorded: at least one of what is going well, what is hard, what would
//! help, their aspirations, higher education, or anything else they want to
//! say.
//!
//! Every PEP should reflect the child's voice, whether or not they came to the
//! meeting; the designated teacher marks this section complete at their
//! sign-off. "No pupil voice" is one of Lancashire's red flags.
//!
//! Source: seed 004 ("Section C: Young Person's Views ... needs to be marked
//! completed in the Designated Teacher Sign Off"; QA checklist "The child's
//! voice is recorded in the PEP"); seed 002 ("It's essential that every PEP
//! reflects the child's voice"); Lancashire PEP QA red flags (DOMAIN.md).

use crate::model::is_blank;
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct YoungPersonViewsRecorded;

static INFO: RuleInfo = RuleInfo {
    id: "young-person-views-recorded",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "The young person's own views are recorded (going well, finding hard, what would help, aspirations or anything else).",
    why: "Every PEP should reflect the child's voice, whether or not they came to the meeting; no pupil voice is a red flag.",
    source: "Seed 004 (Section C: Young Person's Views; QA checklist); seed 002; Lancashire PEP QA red flags",
};

impl Rule for YoungPersonViewsRecorded {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let v = &cx.pep.views;
        let said_something = [
            &v.going_well,
            &v.finding_hard,
            &v.would_help,
            &v.aspirations,
            &v.higher_education,
            &v.anything_else,
        ]
        .into_iter()
        .any(|text| !is_blank(text));
        if !said_something {
            out.push("/views/goingWell", &[]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "young-person-views-recorded";

    #[test]
    fn fires_when_the_views_are_empty() {
        check(ID, "{}", &["/views/goingWell"]);
        check(ID, r#"{"views":{"goingWell":"  "}}"#, &["/views/goingWell"]);
        // Who helped is not a view.
        check(
            ID,
            r#"{"views":{"supportedBy":"Priya Shah"}}"#,
            &["/views/goingWell"],
        );
    }

    #[test]
    fn quiet_when_they_have_said_anything() {
        check(ID, r#"{"views":{"goingWell":"Science and art"}}"#, &[]);
        check(ID, r#"{"views":{"findingHard":"Maths"}}"#, &[]);
        check(ID, r#"{"views":{"wouldHelp":"A quiet place"}}"#, &[]);
        check(ID, r#"{"views":{"aspirations":"To be a vet"}}"#, &[]);
        check(ID, r#"{"views":{"higherEducation":"Nursing"}}"#, &[]);
        check(ID, r#"{"views":{"anythingElse":"I like my tutor"}}"#, &[]);
    }

    #[test]
    fn speaks_to_the_young_person_too() {
        let findings = run_rule(ID, "{}", &Default::default(), TODAY);
        assert_eq!(
            findings[0].young_person_message.as_deref(),
            Some("Tell us what is going well, what is hard and what would help you")
        );
        assert_eq!(
            findings[0].blocks,
            [crate::Stage::DesignatedTeacher, crate::Stage::VirtualSchool]
        );
    }
}
