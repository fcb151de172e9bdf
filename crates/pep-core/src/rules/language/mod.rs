//! Language: the professionals' text a young person reads, checked for
//! care-system words, unexplained acronyms, third person and reading level
//! (DOMAIN.md, "Writing for the young person"). Every finding is a warning or
//! information with a suggestion; none blocks a sign-off.
//!
//! Which text: what the young person's view shows them, written by the
//! adults. [`shown`] lists it: the attainment overview, strengths and areas
//! for development; each subject's autumn, spring and summer intervention;
//! each target's outcome, success measure, actions and support; the meeting's
//! discussion and future plan. Of these, the overview, the interventions and
//! the targets' outcome, success measure and actions are written *to* the
//! young person (seed 004: "Jamie, you are ..."), so only they are checked
//! for third person.
//!
//! Never checked: the young person's own words (`views.*`,
//! `meeting.aspirations`): their words are theirs. Nor text written for
//! professionals only (social worker's history, additional needs, the virtual
//! school's feedback, other people's views).

use crate::model::Pep;

mod language_acronym;
mod language_care_terms;
mod language_reading_level;
mod language_third_person;

/// This family's rules, in report order: words first, then sentences.
pub(super) static RULES: &[&dyn super::Rule] = &[
    &language_care_terms::LanguageCareTerms,
    &language_acronym::LanguageAcronym,
    &language_third_person::LanguageThirdPerson,
    &language_reading_level::LanguageReadingLevel,
];

/// This family's en-GB messages: `(key, template)` (see [`crate::messages`]).
/// None has a `.yp` form: these are about the adults' writing, not the young
/// person's plan.
pub(crate) const EN_GB: &[(&str, &str)] = &[
    (
        "language-care-terms",
        "\"{term}\" is care-system language: write \"{instead}\" instead (TACT, Language that cares)",
    ),
    (
        "language-acronym",
        "\"{acronym}\" may mean nothing to the young person: write it out in full, or explain it in brackets the first time",
    ),
    (
        "language-third-person",
        "This is written to {name}: say \"you\" instead of \"{phrase}\"",
    ),
    (
        "language-reading-level",
        "This reads at about grade {grade}; aim for {max} or below. Use shorter sentences, one idea in each, and everyday words",
    ),
];

/// One piece of text the young person is shown.
pub(crate) struct Shown<'a> {
    /// JSON Pointer to the field.
    pub pointer: String,
    /// The text.
    pub text: &'a str,
    /// Whether it is written to the young person, so should say "you".
    pub written_to: bool,
}

/// The professionals' text the young person is shown, in document order
/// (see the module documentation). Blank fields are left out.
pub(crate) fn shown<'a>(pep: &'a Pep) -> Vec<Shown<'a>> {
    let mut out = Vec::new();
    let mut add = |pointer: String, text: &'a Option<String>, written_to: bool| {
        if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
            out.push(Shown {
                pointer,
                text,
                written_to,
            });
        }
    };
    let a = &pep.attainment;
    add("/attainment/overview".into(), &a.overview, true);
    add("/attainment/strengths".into(), &a.strengths, false);
    add(
        "/attainment/areasForDevelopment".into(),
        &a.areas_for_development,
        false,
    );
    for (i, subject) in a.subjects.iter().enumerate() {
        for (term, progress) in [
            ("autumn", &subject.autumn),
            ("spring", &subject.spring),
            ("summer", &subject.summer),
        ] {
            if let Some(progress) = progress {
                add(
                    format!("/attainment/subjects/{i}/{term}/intervention"),
                    &progress.intervention,
                    true,
                );
            }
        }
    }
    for (i, target) in pep.targets.iter().enumerate() {
        add(format!("/targets/{i}/outcome"), &target.outcome, true);
        add(
            format!("/targets/{i}/successMeasure"),
            &target.success_measure,
            true,
        );
        add(format!("/targets/{i}/actions"), &target.actions, true);
        add(format!("/targets/{i}/support"), &target.support, false);
    }
    add("/meeting/discussion".into(), &pep.meeting.discussion, false);
    add(
        "/meeting/futurePlan".into(),
        &pep.meeting.future_plan,
        false,
    );
    out
}

/// The name to write to: the preferred name, else the first of the legal
/// name.
pub(crate) fn first_name(pep: &Pep) -> Option<&str> {
    crate::young_person::first_name(pep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_leaves_out_the_young_persons_own_words() {
        let pep: Pep = serde_json::from_str(
            r#"{"views":{"goingWell":"LAC stuff"},"meeting":{"aspirations":"PEP","discussion":"Talked"},
                "targets":[{"outcome":"Read","support":"Books"}],
                "attainment":{"subjects":[{"autumn":{"intervention":"Tuition"}}]}}"#,
        )
        .unwrap();
        let pointers: Vec<_> = shown(&pep)
            .iter()
            .map(|s| (s.pointer.clone(), s.written_to))
            .collect();
        assert_eq!(
            pointers,
            [
                ("/attainment/subjects/0/autumn/intervention".into(), true),
                ("/targets/0/outcome".into(), true),
                ("/targets/0/support".into(), false),
                ("/meeting/discussion".into(), false),
            ]
        );
    }

    #[test]
    fn first_name_prefers_the_preferred_name() {
        let name = |json: &str| {
            let pep: Pep = serde_json::from_str(json).unwrap();
            first_name(&pep).map(str::to_owned)
        };
        assert_eq!(
            name(r#"{"child":{"name":"Jamie Alex Morgan","preferredName":"Jay"}}"#).as_deref(),
            Some("Jay")
        );
        assert_eq!(
            name(r#"{"child":{"name":"Jamie Alex Morgan"}}"#).as_deref(),
            Some("Jamie")
        );
        assert_eq!(name(r#"{}"#), None);
    }
}
