//! Rule `neet-barriers`: a post-16 young person who is not in education,
//! employment or training (NEET) has the barriers to EET recorded, and the
//! support in place to overcome them.
//!
//! Source: seed 004 ("Short Term Training or NEET": the section "outlines the
//! barriers to EET", completed by the social worker before the PEP); DfE
//! statutory guidance 2018, *Promoting the education of looked-after
//! children* (PEPs continue for looked-after young people aged 16-18).

use crate::model::{EetStatus, is_blank};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct NeetBarriers;

static INFO: RuleInfo = RuleInfo {
    id: "neet-barriers",
    severity: Severity::Error,
    blocks: Stage::SocialWorker.and_later(),
    checks: "A post-16 young person who is NEET has the barriers to education, employment or training recorded, with the support in place.",
    why: "A young person who is NEET needs a plan to get back in; it starts from knowing what stands in the way.",
    source: "Seed 004 (Short Term Training or NEET, a social worker section); DfE statutory guidance 2018",
};

impl Rule for NeetBarriers {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let Some(post16) = &cx.pep.post16 else {
            return;
        };
        if post16.eet_status != Some(EetStatus::Neet) {
            return;
        }
        let neet = post16.short_term_or_neet.clone().unwrap_or_default();
        if is_blank(&neet.barriers) {
            out.push_variant("barriers", "/post16/shortTermOrNeet/barriers", &[]);
        }
        if is_blank(&neet.support) {
            out.push_variant("support", "/post16/shortTermOrNeet/support", &[]);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "neet-barriers";

    #[test]
    fn fires_for_neet_without_barriers_or_support() {
        check(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"neet"}}"#,
            &[
                "/post16/shortTermOrNeet/barriers",
                "/post16/shortTermOrNeet/support",
            ],
        );
        check(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"neet","shortTermOrNeet":{"barriers":"Anxiety about travelling on buses","support":""}}}"#,
            &["/post16/shortTermOrNeet/support"],
        );
        check(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"neet","shortTermOrNeet":{"support":"Personal adviser meets weekly"}}}"#,
            &["/post16/shortTermOrNeet/barriers"],
        );
    }

    #[test]
    fn quiet_when_recorded_or_not_neet() {
        check(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"neet","shortTermOrNeet":{"barriers":"Left college after a move","support":"Taster days at two colleges in January"}}}"#,
            &[],
        );
        check(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"education"}}"#,
            &[],
        );
        check(ID, r#"{"kind":"post-16","post16":{}}"#, &[]);
        check(ID, r#"{"kind":"post-16"}"#, &[]);
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn blocks_the_social_worker() {
        let findings = run_rule(
            ID,
            r#"{"kind":"post-16","post16":{"eetStatus":"neet"}}"#,
            &Default::default(),
            TODAY,
        );
        assert_eq!(findings[0].blocks, crate::Stage::ALL);
        assert_eq!(
            findings[0].message,
            "The young person is not in education, employment or training: record the barriers to getting back in"
        );
    }
}
