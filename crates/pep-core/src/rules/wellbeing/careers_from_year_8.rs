//! Rule `careers-from-year-8`: a school-age PEP for a pupil in Year 8 or above
//! records the careers advice and guidance they are getting.
//!
//! A warning: careers guidance is the school's duty, and the PEP can be used
//! without its summary, but a child in care with no one talking about their
//! future is the gap a virtual school most wants to see. Note that since
//! September 2022 the schools' guidance duty (Education Act 1997 s42A, as
//! amended by the Education (Careers Guidance in Schools) Act 2022) starts in
//! Year 7; this rule keeps to Year 8, where the provider-access duty (the
//! Baker clause) starts and DOMAIN.md puts it.
//!
//! Source: DfE, *Careers guidance and access for education and training
//! providers* (statutory guidance); Education Act 1997 s42A and s42B (the
//! Baker clause: providers meet pupils in Years 8 to 13); DOMAIN.md ("careers
//! from Year 8").

use crate::model::{Kind, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct CareersFromYear8;

static INFO: RuleInfo = RuleInfo {
    id: "careers-from-year-8",
    severity: Severity::Warning,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "A pupil in Year 8 or above has the careers advice and guidance they are getting recorded.",
    why: "Aspirations need information early: from Year 8 every pupil is entitled to meet colleges, apprenticeship and training providers.",
    source: "DfE Careers guidance and access for education and training providers; Education Act 1997 s42A and s42B (Baker clause); DOMAIN.md",
};

impl Rule for CareersFromYear8 {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        if cx.pep.kind != Kind::SchoolAge {
            return;
        }
        let Some(school) = &cx.pep.school_age else {
            return;
        };
        let Some(year) = school.year_group.filter(|y| *y >= 8) else {
            return;
        };
        if is_blank(&school.careers) {
            out.push("/schoolAge/careers", &[("year", year.to_string())]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "careers-from-year-8";

    #[test]
    fn fires_from_year_8_without_careers() {
        check(
            ID,
            r#"{"schoolAge":{"yearGroup":8}}"#,
            &["/schoolAge/careers"],
        );
        check(
            ID,
            r#"{"kind":"school-age","schoolAge":{"yearGroup":11,"careers":"  "}}"#,
            &["/schoolAge/careers"],
        );
    }

    #[test]
    fn quiet_before_year_8_or_with_careers() {
        check(ID, r#"{"schoolAge":{"yearGroup":7}}"#, &[]);
        check(
            ID,
            r#"{"schoolAge":{"yearGroup":10,"careers":"Met the careers adviser in October; college open evening booked"}}"#,
            &[],
        );
        check(ID, r#"{"schoolAge":{}}"#, &[]);
        check(
            ID,
            r#"{"kind":"post-16","schoolAge":{"yearGroup":11}}"#,
            &[],
        );
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn warns_in_plain_words() {
        let findings = run_rule(
            ID,
            r#"{"schoolAge":{"yearGroup":9}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "Year 9: record the careers advice and guidance the pupil is getting"
        );
        assert!(findings[0].blocks.is_empty());
        assert!(findings[0].young_person_message.is_some());
    }
}
