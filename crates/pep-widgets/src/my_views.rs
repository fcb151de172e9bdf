//! `<pep-my-views>`: the young person's own views, in their words.
//!
//! Friendly prompts (what's going well, what's hard, what would help, what
//! you'd like to do, anything else), an optional "how is school going" scale
//! with words as well as faces, and who helped them write it. Every word of
//! ours comes from pep-core's message catalogue (`yp-` keys, reading grade 5
//! or below). The answers go into the PEP's `views` and out with
//! `pep-change`, like every other widget. Their words are never marked
//! wrong: only a length over the model's limit is an error. In the young
//! person's own widget that is the only error they see, and the only one
//! that holds up the host's form; each message is the one pep-core writes to
//! them, where it has one ([`young_persons_report`]).

use leptos::prelude::*;
use pep_core::model::{Feeling, Kind, YoungPersonViews};
use pep_core::young_person::{feeling_question, feeling_words};
use pep_core::{Config, Finding, Report, Severity};

use crate::fields::{CountWords, ErrorSummary, Restored, Section, TextField};

/// The JSON Pointers this section covers.
pub(crate) const SCOPE: &[&str] = &["/views"];

/// The rule whose findings are the young person's to put right: a field
/// over its length (the model's limits).
const FIELD_LIMITS: &str = "field-limits";

/// Whether the young person sees `finding` in their own widget: advice, and
/// of the errors only a field over its limit. The rest (their views not yet
/// recorded, say) are for the adults to act on, not the young person's
/// mistakes.
fn for_young_person(finding: &Finding) -> bool {
    finding.severity != Severity::Error || finding.rule == FIELD_LIMITS
}

/// The report as a widget the young person uses shows it, and what holds up
/// its host's form: the findings [`for_young_person`], each with the message
/// written to them (`young_person_message`) where it has one. The host's
/// `pep-change` and `report()` still carry the whole report.
pub(crate) fn young_persons_report(report: &Report) -> Report {
    Report {
        findings: report
            .findings
            .iter()
            .filter(|f| for_young_person(f))
            .map(|f| Finding {
                message: f
                    .young_person_message
                    .clone()
                    .unwrap_or_else(|| f.message.clone()),
                ..f.clone()
            })
            .collect(),
        sections: report.sections.clone(),
    }
}

/// The longest answer the model takes (`YoungPersonViews`: 4,000 characters).
pub(crate) const ANSWER_MAX: usize = 4000;

/// The longest "who helped you" the model takes (200 characters).
pub(crate) const HELPER_MAX: usize = 200;

/// The prompts, in order: the `views` field, its question and hint keys, and
/// whether only post-16 PEPs ask it.
const PROMPTS: &[(&str, &str, Option<&str>, bool)] = &[
    (
        "goingWell",
        "yp-ask-going-well",
        Some("yp-ask-going-well-hint"),
        false,
    ),
    (
        "findingHard",
        "yp-ask-hard",
        Some("yp-ask-hard-hint"),
        false,
    ),
    ("wouldHelp", "yp-ask-help", Some("yp-ask-help-hint"), false),
    (
        "aspirations",
        "yp-ask-future",
        Some("yp-ask-future-hint"),
        false,
    ),
    ("higherEducation", "yp-ask-more-study", None, true),
    ("anythingElse", "yp-ask-else", None, false),
];

/// A `views` field's text.
fn answer(views: &YoungPersonViews, field: &str) -> Option<String> {
    match field {
        "goingWell" => views.going_well.clone(),
        "findingHard" => views.finding_hard.clone(),
        "wouldHelp" => views.would_help.clone(),
        "aspirations" => views.aspirations.clone(),
        "higherEducation" => views.higher_education.clone(),
        "anythingElse" => views.anything_else.clone(),
        "supportedBy" => views.supported_by.clone(),
        _ => None,
    }
}

/// Writes a `views` field exactly as typed; an emptied field becomes absent.
fn set_answer(views: &mut YoungPersonViews, field: &str, value: String) {
    let text = (!value.is_empty()).then_some(value);
    match field {
        "goingWell" => views.going_well = text,
        "findingHard" => views.finding_hard = text,
        "wouldHelp" => views.would_help = text,
        "aspirations" => views.aspirations = text,
        "higherEducation" => views.higher_education = text,
        "anythingElse" => views.anything_else = text,
        "supportedBy" => views.supported_by = text,
        _ => {}
    }
}

/// The young person's views form.
#[component]
pub fn MyViews(
    /// The PEP, its report and how errors show.
    section: Section,
    /// The council's configuration: its wording.
    config: StoredValue<Config>,
    /// Whether the PEP shown is a draft restored from the browser's storage.
    restored: bool,
    /// Whether the young person is the one using it. Anyone else (the
    /// designated teacher's form, the social worker) sees their answers and
    /// cannot change their words.
    editable: bool,
    /// Inside `<pep-form>`: its section heading and error summary serve.
    #[prop(optional)]
    embedded: bool,
) -> impl IntoView {
    let say = move |key: &str| config.with_value(|c| pep_core::messages::message(c, key, &[]));
    let kind = section.pep.with_untracked(|p| p.kind);
    if !editable {
        return view! { <ViewsRead section config kind embedded /> }.into_any();
    }
    let count_words: CountWords = (say("yp-chars-left"), say("yp-chars-over"));
    let field = move |name: &'static str,
                      label: String,
                      hint: String,
                      multiline: bool,
                      max: usize,
                      count_words: CountWords| {
        let value = Signal::derive(move || {
            section
                .pep
                .with(|p| answer(&p.views, name).unwrap_or_default())
        });
        let on_input = move |v: String| section.edit(|p| set_answer(&mut p.views, name, v));
        view! {
            <TextField
                section
                label
                hint
                multiline
                rows=5
                max
                count_words
                value
                path=format!("/views/{name}")
                on_input
            />
        }
    };
    let prompts = PROMPTS
        .iter()
        .filter(|(_, _, _, post16_only)| !post16_only || kind == Kind::Post16)
        .map(|(name, question, hint, _)| {
            field(
                name,
                say(question),
                hint.map(say).unwrap_or_default(),
                true,
                ANSWER_MAX,
                count_words.clone(),
            )
        })
        .collect_view();
    let helper = field(
        "supportedBy",
        say("yp-ask-helper"),
        say("yp-ask-helper-hint"),
        false,
        HELPER_MAX,
        count_words,
    );

    view! {
        <div class="pep-widget pep-yp pep-my-views">
            {(!embedded).then(|| view! {
                <ErrorSummary section=section />
                <Restored restored=restored />
                <h2 class="pep-heading">{say("yp-my-views")}</h2>
            })}
            <p class="pep-body pep-yp__lead">{say("yp-my-views-intro")}</p>
            <FeelingScale section config kind />
            {prompts}
            {helper}
        </div>
    }
    .into_any()
}

/// The young person's answers, read-only, as the adults' forms show them:
/// each question with the answer in their words.
#[component]
fn ViewsRead(
    section: Section,
    config: StoredValue<Config>,
    kind: Kind,
    embedded: bool,
) -> impl IntoView {
    let say = move |key: &str| config.with_value(|c| pep_core::messages::message(c, key, &[]));
    let not_answered = "Not answered yet";
    let answers = move || {
        section.pep.with(|p| {
            let views = &p.views;
            let feeling = (
                config.with_value(|c| feeling_question(c, kind)),
                views
                    .school_feeling
                    .map(|f| config.with_value(|c| feeling_words(c, f))),
            );
            let rest = PROMPTS
                .iter()
                .filter(|(_, _, _, post16_only)| !post16_only || kind == Kind::Post16)
                .map(|(name, question, _, _)| (say(question), answer(views, name)))
                .chain([(say("yp-ask-helper"), answer(views, "supportedBy"))]);
            std::iter::once(feeling)
                .chain(rest)
                .map(|(question, text)| {
                    let answered = text.as_deref().is_some_and(|t| !t.trim().is_empty());
                    view! {
                        <div class="pep-yp__row">
                            <dt>{question}</dt>
                            <dd class="pep-yp__words" class:pep-hint=!answered>
                                {text.filter(|_| answered).unwrap_or_else(|| not_answered.to_owned())}
                            </dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    // The host may put another PEP in place (`setValue`): the name follows.
    let heading = move || {
        section.pep.with(|p| {
            pep_core::young_person::first_name(p).map_or_else(
                || "The young person's views".to_owned(),
                |n| format!("{n}'s views"),
            )
        })
    };
    view! {
        <div class="pep-widget pep-my-views pep-my-views--read">
            {(!embedded).then(|| view! { <h2 class="pep-heading">{heading}</h2> })}
            <p class="pep-body">"In their own words. Only they can change them."</p>
            <dl class="pep-yp__details">{answers}</dl>
        </div>
    }
}

/// "How is school going?": five radios, each a face and its words.
#[component]
fn FeelingScale(section: Section, config: StoredValue<Config>, kind: Kind) -> impl IntoView {
    let group = section.ids.for_path("/views/schoolFeeling");
    let hint_id = format!("{group}-hint");
    let described_by = hint_id.clone();
    let current = move || section.pep.with(|p| p.views.school_feeling);
    let options = Feeling::ALL
        .iter()
        .enumerate()
        .map(|(i, &feeling)| {
            // The first radio carries the group's id, so a finding's link
            // lands on the scale.
            let id = if i == 0 {
                group.clone()
            } else {
                format!("{group}-{}", feeling.as_str())
            };
            let words = config.with_value(|c| feeling_words(c, feeling));
            view! {
                <div class="pep-feeling__option">
                    <input
                        class="pep-feeling__input"
                        type="radio"
                        form=crate::fields::NO_FORM
                        id=id.clone()
                        name=group.clone()
                        value=feeling.as_str()
                        prop:checked=move || current() == Some(feeling)
                        on:change=move |_| section.edit(|p| p.views.school_feeling = Some(feeling))
                    />
                    <label class="pep-feeling__label" for=id>
                        <Face feeling=feeling />
                        <span>{words}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="pep-fieldset pep-feeling" aria-describedby=described_by>
            <legend class="pep-fieldset__legend">
                {config.with_value(|c| feeling_question(c, kind))}
            </legend>
            <div class="pep-hint" id=hint_id>
                {config.with_value(|c| pep_core::messages::message(c, "yp-feeling-hint", &[]))}
            </div>
            <div class="pep-feeling__options">{options}</div>
        </fieldset>
    }
}

/// A face for a point of the scale: the mouth curves from a frown to a
/// smile. Decoration only: the words beside it say the same.
#[component]
fn Face(feeling: Feeling) -> impl IntoView {
    let (curve, eyes_y) = match feeling {
        Feeling::ReallyHard => (-7, 15),
        Feeling::Hard => (-3, 15),
        Feeling::Ok => (0, 15),
        Feeling::Good => (4, 14),
        Feeling::ReallyGood => (8, 14),
    };
    let mouth_y = if curve < 0 { 28 } else { 25 };
    let mouth = format!("M12 {mouth_y} Q20 {} 28 {mouth_y}", mouth_y + curve);
    view! {
        <svg class="pep-feeling__face" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
            <circle cx="20" cy="20" r="18" fill="none" stroke="currentColor" stroke-width="2.5" />
            <circle cx="14" cy=eyes_y r="2.2" fill="currentColor" />
            <circle cx="26" cy=eyes_y r="2.2" fill="currentColor" />
            <path d=mouth fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pep_core::model::Pep;

    /// The limits here are the model's: one character over is the
    /// field-limit finding at that field's path, the limit itself is not.
    #[test]
    fn limits_match_the_model() {
        for (field, max) in PROMPTS
            .iter()
            .map(|(name, ..)| (*name, ANSWER_MAX))
            .chain([("supportedBy", HELPER_MAX)])
        {
            let mut pep = Pep::default();
            set_answer(&mut pep.views, field, "a".repeat(max));
            assert!(pep_core::model::field_limits(&pep).is_empty(), "{field}");
            set_answer(&mut pep.views, field, "a".repeat(max + 1));
            let problems = pep_core::model::field_limits(&pep);
            assert_eq!(problems.len(), 1, "{field}");
            assert_eq!(problems[0].pointer, format!("/views/{field}"));
            assert_eq!(answer(&pep.views, field).map(|t| t.len()), Some(max + 1));
        }
    }

    /// The young person sees (and is held up by) only a field over its
    /// limit, not "record the young person's views"; each in the words
    /// written to them where there are some.
    #[test]
    fn the_young_person_sees_only_their_own_errors_in_their_words() {
        let stage = pep_core::Stage::DesignatedTeacher;
        let today = pep_core::Date::constant(2026, 11, 23);
        let mut config = Config::default();
        let blocking = |report: &Report| crate::fields::blocking_in(report, stage, SCOPE);

        // Nothing said yet: the adults' error, not theirs.
        let empty = pep_core::validate(&Pep::default(), &config, today);
        let views_recorded = blocking(&empty);
        assert_eq!(views_recorded.len(), 1, "{views_recorded:?}");
        assert!(blocking(&young_persons_report(&empty)).is_empty());

        // Too long: the field-limits finding, which holds them up too.
        let mut pep = Pep::default();
        set_answer(&mut pep.views, "anythingElse", "a".repeat(ANSWER_MAX + 1));
        let report = pep_core::validate(&pep, &config, today);
        let too_long = blocking(&young_persons_report(&report));
        assert_eq!(too_long.len(), 1, "{too_long:?}");
        assert_eq!(too_long[0].0, "/views/anythingElse");
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.rule == FIELD_LIMITS && f.path == "/views/anythingElse"),
            "the rule is still called {FIELD_LIMITS:?}"
        );

        // A message written to them replaces the professionals'.
        config.messages.insert(
            format!("{FIELD_LIMITS}.yp"),
            "That is a lot of words. Can you make it shorter?".into(),
        );
        let report = pep_core::validate(&pep, &config, today);
        let too_long = blocking(&young_persons_report(&report));
        assert_eq!(
            too_long[0].1,
            "That is a lot of words. Can you make it shorter?"
        );
        assert_ne!(blocking(&report)[0].1, too_long[0].1);
    }
}
