//! Rule `sign-off-order`: the sign-offs happen in order, social worker, then
//! designated teacher, then virtual school. A designated teacher's sign-off
//! needs the social worker's before it, and the virtual school's needs the
//! designated teacher's; each must not be dated before the one it follows.
//!
//! A sign-off counts as recorded when it has a name or a date. The findings
//! only appear once a later sign-off is recorded, so they block the virtual
//! school's sign-off, the quality-assurance gate: blocking an earlier stage
//! would ask the designated teacher to put right what only their own
//! sign-off puts right.
//!
//! Source: DOMAIN.md "Who fills what" ("Sign-off order is SW -> DT -> VS");
//! seed 004 (Section A social worker sign-off "prior to the PEP", the designated
//! teacher leads "once the SW has initiated", Section D "VS Final Sign Off").

use super::{RecordedSignOff, recorded_sign_offs};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct SignOffOrder;

static INFO: RuleInfo = RuleInfo {
    id: "sign-off-order",
    severity: Severity::Error,
    blocks: Stage::VirtualSchool.and_later(),
    checks: "The designated teacher signs off only after the social worker, and the virtual school only after the designated teacher.",
    why: "Each sign-off relies on the one before it: the designated teacher builds on the social worker's section, and the virtual school quality-assures the finished PEP.",
    source: "DOMAIN.md \"Who fills what\" (SW -> DT -> VS); seed 004 (Sections A, B and D)",
};

/// Checks that `later` follows `earlier`: reports a missing earlier sign-off
/// at its path, or a later one dated before it at the later one's date.
fn follows(
    out: &mut Out<'_>,
    earlier_path: &str,
    earlier: Option<&RecordedSignOff>,
    later: Option<&RecordedSignOff>,
    without: &str,
    before: &str,
) {
    let Some(later) = later else {
        return;
    };
    match earlier {
        None => out.push_variant(without, earlier_path, &[]),
        Some(earlier) => {
            if let (Some(first), Some(second)) = (earlier.date, later.date)
                && second < first
            {
                out.push_variant(
                    before,
                    format!("{}/date", later.path),
                    &[("date", second.to_string()), ("earlier", first.to_string())],
                );
            }
        }
    }
}

impl Rule for SignOffOrder {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let [sw, dt, vs] = recorded_sign_offs(cx.pep);
        follows(
            out,
            "/signOffs/socialWorker",
            sw.as_ref(),
            dt.as_ref(),
            "designated-teacher-without-social-worker",
            "designated-teacher-before-social-worker",
        );
        follows(
            out,
            "/signOffs/designatedTeacher",
            dt.as_ref(),
            vs.as_ref(),
            "virtual-school-without-designated-teacher",
            "virtual-school-before-designated-teacher",
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "sign-off-order";

    const SW: &str = r#""socialWorker":{"name":"Daniel Hughes","date":"2026-10-07"}"#;
    const DT: &str = r#""designatedTeacher":{"name":"Priya Shah","date":"2026-10-09"}"#;
    const VS: &str = r#""virtualSchool":{"name":"Helen Marsh","date":"2026-10-16"}"#;

    fn pep(sign_offs: &[&str]) -> String {
        format!(r#"{{"signOffs":{{{}}}}}"#, sign_offs.join(","))
    }

    #[test]
    fn fires_when_out_of_order() {
        check(ID, &pep(&[DT]), &["/signOffs/socialWorker"]);
        check(ID, &pep(&[SW, VS]), &["/signOffs/designatedTeacher"]);
        check(ID, &pep(&[VS]), &["/signOffs/designatedTeacher"]);
        check(ID, &pep(&[DT, VS]), &["/signOffs/socialWorker"]);
        // An empty sign-off is not a sign-off.
        check(
            ID,
            &pep(&[r#""socialWorker":{}"#, DT]),
            &["/signOffs/socialWorker"],
        );
        // Dated before the one it follows.
        check(
            ID,
            &pep(&[
                r#""socialWorker":{"name":"Daniel Hughes","date":"2026-10-12"}"#,
                DT,
                r#""virtualSchool":{"name":"Helen Marsh","date":"2026-10-08"}"#,
            ]),
            &[
                "/signOffs/designatedTeacher/date",
                "/signOffs/virtualSchool/date",
            ],
        );
    }

    #[test]
    fn quiet_in_order() {
        check(ID, "{}", &[]);
        check(ID, &pep(&[SW]), &[]);
        check(ID, &pep(&[SW, DT]), &[]);
        check(ID, &pep(&[SW, DT, VS]), &[]);
        // The same day is in order; an undated sign-off cannot be out of order.
        check(
            ID,
            &pep(&[
                r#""socialWorker":{"name":"Daniel Hughes","date":"2026-10-09"}"#,
                DT,
                r#""virtualSchool":{"name":"Helen Marsh"}"#,
            ]),
            &[],
        );
    }

    #[test]
    fn says_who_must_sign_first_and_blocks_the_virtual_school() {
        let findings = run_rule(ID, &pep(&[DT]), &Default::default(), TODAY);
        assert_eq!(
            findings[0].message,
            "The designated teacher has signed off before the social worker: the social worker signs off first"
        );
        assert_eq!(findings[0].blocks, [crate::Stage::VirtualSchool]);
    }
}
