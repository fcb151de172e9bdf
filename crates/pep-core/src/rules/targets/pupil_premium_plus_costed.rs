//! Rule `pupil-premium-plus-costed`: a target that asks for money is costed
//! and says where the money comes from, and Early Years Pupil Premium is
//! asked for only where it can be paid.
//!
//! A target asks for money when its funding source is Pupil Premium Plus or
//! Early Years Pupil Premium, or when it gives a cost above zero. Then:
//! `no-cost` (at `cost`) when the cost is missing or not above zero;
//! `no-funding-source` (at `fundingSource`) when a costed target names no
//! source. EYPP is for 3- and 4-year-olds in funded early education, not
//! Reception, so an EYPP request reports (at `fundingSource`, the first that
//! applies): `eypp-not-early-years` on a school-age or post-16 PEP;
//! `eypp-age` when the child is not 3 or 4 on the meeting date (today when
//! there is none); `eypp-not-funded` when the early years section records no
//! funded hours; `eypp-not-claimed` when it says the setting does not claim
//! EYPP. Each check that needs a missing fact is skipped.
//!
//! That a funded target is linked to an area of need is checked for every
//! target by `smart-target-area-of-need`, so it is not reported twice here.
//!
//! Source: Lancashire PEP QA framework ("PP+ costed and linked to targets";
//! red flag "no PP+ evidence") (DOMAIN.md, "What good looks like"); DfE
//! statutory guidance 2018 (the virtual school head manages PP+ and EYPP);
//! DOMAIN.md, "Three kinds of PEP" (EYPP: ages 3-4 in funded early
//! education, not Reception).

use super::number;
use crate::model::{FundingSource, Kind};
use crate::rules::{Context, Out, Rule, RuleInfo};
use crate::{Severity, Stage};

/// See the module documentation.
pub(crate) struct PupilPremiumPlusCosted;

static INFO: RuleInfo = RuleInfo {
    id: "pupil-premium-plus-costed",
    severity: Severity::Error,
    blocks: Stage::DesignatedTeacher.and_later(),
    checks: "A target that asks for PP+ or EYPP, or gives a cost, has a cost above zero and a funding source; EYPP is asked for only on an early years PEP for a 3- or 4-year-old in funded early education.",
    why: "The virtual school can only approve a request it can see the price and purpose of, and EYPP cannot be paid for a child it does not cover; Lancashire grades a PEP green only when PP+ is costed and linked to targets.",
    source: "Lancashire PEP QA framework; DfE statutory guidance 2018; DOMAIN.md (Three kinds of PEP: EYPP)",
};

impl Rule for PupilPremiumPlusCosted {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check(&self, cx: &Context<'_>, out: &mut Out<'_>) {
        let pep = cx.pep;
        for (i, target) in pep.targets.iter().enumerate() {
            let costed = target.cost.is_some_and(|c| c > 0.0);
            let premium = matches!(
                target.funding_source,
                Some(FundingSource::PupilPremiumPlus | FundingSource::EarlyYearsPupilPremium)
            );
            if !(costed || premium) {
                continue;
            }
            if !costed {
                out.push_variant("no-cost", format!("/targets/{i}/cost"), &[number(i)]);
            }
            if target.funding_source.is_none() {
                out.push_variant(
                    "no-funding-source",
                    format!("/targets/{i}/fundingSource"),
                    &[number(i)],
                );
            }
            if target.funding_source == Some(FundingSource::EarlyYearsPupilPremium)
                && let Some((variant, params)) = eypp_problem(cx)
            {
                let mut all = vec![number(i)];
                all.extend(params);
                out.push_variant(variant, format!("/targets/{i}/fundingSource"), &all);
            }
        }
    }
}

/// Why EYPP cannot pay for this child, if it cannot: the message variant and
/// its extra parameters.
fn eypp_problem(cx: &Context<'_>) -> Option<(&'static str, Vec<(&'static str, String)>)> {
    let pep = cx.pep;
    if pep.kind != Kind::EarlyYears {
        return Some(("eypp-not-early-years", Vec::new()));
    }
    let on = pep.meeting.date.map_or(cx.today, |d| d.civil());
    if let Some(age) = pep.child.date_of_birth.map(|dob| age_on(dob.civil(), on))
        && !(3..=4).contains(&age)
    {
        return Some(("eypp-age", vec![("age", age.to_string())]));
    }
    let early_years = pep.early_years.as_ref()?;
    if early_years.funded_hours.is_some_and(|h| h <= 0.0) {
        return Some(("eypp-not-funded", Vec::new()));
    }
    if early_years.eypp_eligible == Some(false) {
        return Some(("eypp-not-claimed", Vec::new()));
    }
    None
}

/// Age in whole years on `on` of someone born on `born` (negative before
/// birth). Someone born on 29 February turns a year older on 1 March in
/// other years.
fn age_on(born: jiff::civil::Date, on: jiff::civil::Date) -> i32 {
    let years = i32::from(on.year()) - i32::from(born.year());
    if (on.month(), on.day()) < (born.month(), born.day()) {
        years - 1
    } else {
        years
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::age_on;
    use crate::rules::testing::{TODAY, check, run_rule};

    const ID: &str = "pupil-premium-plus-costed";

    /// The message variant each finding came from, found by its message.
    fn variants(json: &str) -> Vec<String> {
        let config = crate::Config::default();
        let keys: Vec<_> = super::super::EN_GB
            .iter()
            .filter(|(k, _)| k.starts_with(ID) && !k.ends_with(".yp"))
            .map(|(k, _)| *k)
            .collect();
        run_rule(ID, json, &config, TODAY)
            .iter()
            .map(|f| {
                let params: Vec<(&str, String)> = f
                    .params
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or_default().to_owned()))
                    .collect();
                let key = keys
                    .iter()
                    .find(|k| crate::messages::message(&config, k, &params) == f.message)
                    .unwrap_or(&"?");
                format!(
                    "{} {}",
                    key.trim_start_matches(ID).trim_start_matches('.'),
                    f.path
                )
            })
            .collect()
    }

    /// An early years PEP for a child born on `dob`, meeting on 2026-11-20,
    /// with `section` as its early years section and one EYPP-funded target.
    fn early_years(dob: &str, section: &str) -> String {
        format!(
            r#"{{"kind":"early-years","child":{{"dateOfBirth":"{dob}"}},"meeting":{{"date":"2026-11-20"}},
                "earlyYears":{section},
                "targets":[{{"cost":150,"fundingSource":"early-years-pupil-premium"}}]}}"#
        )
    }

    #[test]
    fn fires_when_a_request_is_not_costed_or_has_no_source() {
        check(
            ID,
            r#"{"targets":[{"fundingSource":"pupil-premium-plus"}]}"#,
            &["/targets/0/cost"],
        );
        check(
            ID,
            r#"{"targets":[{"fundingSource":"pupil-premium-plus","cost":0}]}"#,
            &["/targets/0/cost"],
        );
        check(
            ID,
            r#"{"targets":[{"cost":250}]}"#,
            &["/targets/0/fundingSource"],
        );
        check(
            ID,
            r#"{"targets":[{"cost":250,"fundingSource":"school"},{"cost":99.5}]}"#,
            &["/targets/1/fundingSource"],
        );
    }

    #[test]
    fn fires_when_eypp_cannot_pay() {
        assert_eq!(
            variants(
                r#"{"kind":"school-age","targets":[{"cost":100,"fundingSource":"early-years-pupil-premium"}]}"#
            ),
            ["eypp-not-early-years /targets/0/fundingSource"]
        );
        assert_eq!(
            variants(&early_years("2024-11-21", "{}")),
            ["eypp-age /targets/0/fundingSource"]
        );
        assert_eq!(
            variants(&early_years("2021-11-20", "{}")),
            ["eypp-age /targets/0/fundingSource"]
        );
        assert_eq!(
            variants(&early_years("2023-01-01", r#"{"fundedHours":0}"#)),
            ["eypp-not-funded /targets/0/fundingSource"]
        );
        assert_eq!(
            variants(&early_years(
                "2023-01-01",
                r#"{"fundedHours":15,"eyppEligible":false}"#
            )),
            ["eypp-not-claimed /targets/0/fundingSource"]
        );
        // Every problem with one request is reported, EYPP's first reason only.
        assert_eq!(
            variants(
                r#"{"kind":"post-16","targets":[{"fundingSource":"early-years-pupil-premium"}]}"#
            ),
            [
                "no-cost /targets/0/cost",
                "eypp-not-early-years /targets/0/fundingSource"
            ]
        );
    }

    #[test]
    fn quiet_when_costed_or_not_a_request() {
        check(
            ID,
            r#"{"targets":[{"cost":300,"fundingSource":"pupil-premium-plus","areaOfNeed":"attainment"}]}"#,
            &[],
        );
        check(
            ID,
            r#"{"targets":[{"cost":0},{"fundingSource":"school"},{}]}"#,
            &[],
        );
        check(
            ID,
            &early_years("2023-01-01", r#"{"fundedHours":15,"eyppEligible":true}"#),
            &[],
        );
        // Turns 3 on the meeting day; 4 the day before turning 5.
        check(ID, &early_years("2023-11-20", "{}"), &[]);
        check(ID, &early_years("2021-11-21", "{}"), &[]);
        // Facts it needs but does not have are not held against the request.
        check(
            ID,
            r#"{"kind":"early-years","targets":[{"cost":150,"fundingSource":"early-years-pupil-premium"}]}"#,
            &[],
        );
        check(ID, r#"{}"#, &[]);
    }

    #[test]
    fn ages_count_whole_years() {
        assert_eq!(age_on(date(2022, 3, 10), date(2026, 3, 9)), 3);
        assert_eq!(age_on(date(2022, 3, 10), date(2026, 3, 10)), 4);
        assert_eq!(age_on(date(2020, 2, 29), date(2024, 2, 28)), 3);
        assert_eq!(age_on(date(2020, 2, 29), date(2023, 3, 1)), 3);
        assert_eq!(age_on(date(2027, 1, 1), date(2026, 1, 1)), -1);
    }

    #[test]
    fn messages_name_the_target_and_the_age() {
        let findings = run_rule(
            ID,
            &early_years("2025-01-01", "{}"),
            &Default::default(),
            TODAY,
        );
        assert_eq!(
            findings[0].message,
            "Target 1 asks for Early Years Pupil Premium, but the child is 1 on the meeting date: EYPP is for 3- and 4-year-olds in funded early education"
        );
        assert_eq!(findings[0].young_person_message, None);
    }
}
