//! The virtual school's sign-off: `<pep-signoff editor-role="virtual-school">`
//! and the end of `<pep-form>` for the same role.
//!
//! Seed 004's seven quality-assurance questions, each pre-answered by
//! pep-core's [`qa_assess`] with the findings that made it "no" beside it.
//! The officer confirms or changes each answer (a change needs a reason);
//! the overall judgement follows the answers ("meets the expected standard"
//! only when all seven are yes); they write feedback, then approve the PEP
//! or return it with a reason. Approval is refused while findings hold up
//! the virtual school's stage: those PEPs go back to the school. The answers
//! stay in the widget until the officer decides, so a half-made sign-off is
//! never in the PEP.

use leptos::prelude::*;
use pep_core::model::{Judgement, PepStatus, QaAnswer, QaChecklist, VirtualSchoolSignOff};
use pep_core::qa::{QaCriterion, qa_assess};
use pep_core::{Config, Date, Stage};

use crate::fields::{Origin, RadioItem, TextField, focus_by_id};
use crate::form::Form;

/// Seed 004's questions, in its order.
fn question(criterion: QaCriterion) -> &'static str {
    match criterion {
        QaCriterion::WithinTimescale => "The PEP has been completed within timescale",
        QaCriterion::CareInformationComplete => "All care information is complete and up to date",
        QaCriterion::PeopleAttendedAndContributed => {
            "All relevant people have attended and contributed to the PEP"
        }
        QaCriterion::ChildVoiceRecorded => "The child's voice is recorded in the PEP",
        QaCriterion::StrengthsAndDevelopmentIdentified => {
            "The PEP identifies educational strengths and areas for academic and social or emotional development"
        }
        QaCriterion::TargetsReflectDevelopment => {
            "The targets reflect the areas of development identified in the PEP"
        }
        QaCriterion::TargetsClearWithStrategies => {
            "The targets are clear and concise and identify the strategies needed to achieve them"
        }
    }
}

/// The checklist's answer to a question.
fn stored(checklist: &QaChecklist, criterion: QaCriterion) -> Option<&QaAnswer> {
    checklist
        .answers()
        .into_iter()
        .find(|(name, _)| *name == criterion.as_str())
        .and_then(|(_, a)| a)
}

/// Writes one answer into a checklist.
fn set_answer(checklist: &mut QaChecklist, criterion: QaCriterion, answer: QaAnswer) {
    let slot = match criterion {
        QaCriterion::WithinTimescale => &mut checklist.within_timescale,
        QaCriterion::CareInformationComplete => &mut checklist.care_information_complete,
        QaCriterion::PeopleAttendedAndContributed => &mut checklist.people_attended_and_contributed,
        QaCriterion::ChildVoiceRecorded => &mut checklist.child_voice_recorded,
        QaCriterion::StrengthsAndDevelopmentIdentified => {
            &mut checklist.strengths_and_development_identified
        }
        QaCriterion::TargetsReflectDevelopment => &mut checklist.targets_reflect_development,
        QaCriterion::TargetsClearWithStrategies => &mut checklist.targets_clear_with_strategies,
    };
    *slot = Some(answer);
}

/// The virtual school's quality assurance and decision.
#[component]
pub(crate) fn QaSignOff(
    form: Form,
    config: StoredValue<Config>,
    today: Date,
    signed_note: RwSignal<Option<String>>,
    on_signoff: Callback<(Stage, pep_core::model::Pep)>,
) -> impl IntoView {
    let section = form.section;
    let ids = section.ids;
    let suggested = Memo::new(move |_| {
        section
            .pep
            .with(|p| config.with_value(|c| qa_assess(p, c, today)))
    });
    // What the officer has answered: the stored answer, else the suggestion.
    let (start_answers, start_reasons, start_feedback, start_name, start_return) =
        section.pep.with_untracked(|p| {
            let vs = p.sign_offs.virtual_school.clone().unwrap_or_default();
            let qa = suggested.get_untracked();
            let answers: Vec<bool> = QaCriterion::ALL
                .iter()
                .map(|&c| {
                    stored(&vs.qa, c)
                        .and_then(|a| a.met)
                        .unwrap_or_else(|| qa.criterion(c).is_some_and(|x| x.met))
                })
                .collect();
            let reasons: Vec<String> = QaCriterion::ALL
                .iter()
                .map(|&c| {
                    stored(&vs.qa, c)
                        .and_then(|a| a.comment.clone())
                        .unwrap_or_default()
                })
                .collect();
            (
                answers,
                reasons,
                vs.feedback.unwrap_or_default(),
                vs.name.unwrap_or_default(),
                p.returned_reason.clone().unwrap_or_default(),
            )
        });
    let answers = RwSignal::new(start_answers);
    let reasons = RwSignal::new(start_reasons);
    let feedback = RwSignal::new(start_feedback);
    let name = RwSignal::new(start_name);
    let return_reason = RwSignal::new(start_return);
    // `Some(approving)` once the officer has tried to decide.
    let tried = RwSignal::new(None::<bool>);

    let judgement = move || answers.with(|a| a.iter().all(|&yes| yes));
    let suggestion = move |i: usize| {
        suggested.with(|qa| qa.criterion(QaCriterion::ALL[i]).is_some_and(|c| c.met))
    };
    let reason_path = |i: usize| format!("/qa/{i}/reason");

    // The virtual school's sign-off as the officer has it: what an approval
    // or a return writes, and what a trial approval is checked on.
    let record = move |p: &mut pep_core::model::Pep, approve: bool| {
        let mut qa = QaChecklist::default();
        for (i, &criterion) in QaCriterion::ALL.iter().enumerate() {
            let comment = reasons.with_untracked(|r| r[i].trim().to_owned());
            set_answer(
                &mut qa,
                criterion,
                QaAnswer {
                    met: Some(answers.with_untracked(|a| a[i])),
                    comment: (!comment.is_empty()).then_some(comment),
                    extra: Default::default(),
                },
            );
        }
        let text = |s: RwSignal<String>| {
            let t = s.get_untracked();
            (!t.trim().is_empty()).then_some(t)
        };
        let mut vs = p.sign_offs.virtual_school.take().unwrap_or_default();
        vs = VirtualSchoolSignOff {
            name: text(name).map(|n| n.trim().to_owned()),
            date: Some(today.into()),
            next_pep_date: p.next_pep_date,
            qa,
            judgement: Some(if judgement() {
                Judgement::MeetsStandard
            } else {
                Judgement::DoesNotMeetStandard
            }),
            feedback: text(feedback),
            extra: std::mem::take(&mut vs.extra),
        };
        p.sign_offs.virtual_school = Some(vs);
        if approve {
            p.status = Some(pep_core::signing::status_after(
                p.status,
                Stage::VirtualSchool,
            ));
            p.returned_reason = None;
        } else {
            p.status = Some(PepStatus::Returned);
            p.returned_reason = text(return_reason);
        }
    };

    // Every change of answer needs a reason, a return needs one too, every
    // decision needs the officer's name, and an approval must leave nothing
    // holding up the virtual school (checked on the PEP as approved:
    // approving a PEP the designated teacher never signed is refused).
    let check = move |approve: bool| -> Vec<(String, String)> {
        let mut found = Vec::new();
        for (i, criterion) in QaCriterion::ALL.iter().enumerate() {
            let changed = answers.with(|a| a[i]) != suggestion(i);
            if changed && reasons.with(|r| r[i].trim().is_empty()) {
                found.push((
                    reason_path(i),
                    format!(
                        "Say why you answered question {} differently from the suggestion: {}",
                        i + 1,
                        question(*criterion).to_lowercase()
                    ),
                ));
            }
        }
        if !approve && return_reason.with(|r| r.trim().is_empty()) {
            found.push((
                "/returnedReason".to_owned(),
                "Say why the PEP is being returned, so the school and social worker know what to put right".into(),
            ));
        }
        if name.with(|n| n.trim().is_empty()) {
            found.push((
                "/signOffs/virtualSchool/name".to_owned(),
                crate::form::NAME_NEEDED.to_owned(),
            ));
        }
        if approve {
            // Tracks the PEP and the officer's entries; untracked reads inside
            // `record` are covered by the tracked reads above.
            feedback.track();
            let signed = section.pep.with(|p| {
                let mut signed = p.clone();
                record(&mut signed, true);
                signed
            });
            for item in crate::form::refusals(section, &signed, Stage::VirtualSchool, config, today)
            {
                if !found.contains(&item) {
                    found.push(item);
                }
            }
        }
        found
    };
    // After an attempt, the problems follow every change.
    Effect::new(move |_| {
        if let Some(approve) = tried.get() {
            section.set_locals(Origin::SignOff, check(approve));
        }
    });

    let decide = Callback::new(move |approve: bool| {
        let found = untrack(|| check(approve));
        if !found.is_empty() {
            if approve {
                section.show_errors.set(true);
            }
            tried.set(Some(approve));
            section.set_locals(Origin::SignOff, found);
            let summary = ids.for_path("/error-summary");
            request_animation_frame(move || focus_by_id(&summary));
            return;
        }
        tried.set(None);
        section.set_locals(Origin::SignOff, Vec::new());
        section.show_errors.set(false);
        section.edit(|p| record(p, approve));
        signed_note.set(Some(if approve {
            format!(
                "Approved by the virtual school on {}",
                today.strftime("%-d %B %Y")
            )
        } else {
            format!("Returned to the school on {}", today.strftime("%-d %B %Y"))
        }));
        on_signoff.run((Stage::VirtualSchool, section.pep.get_untracked()));
        let note = ids.for_path("/signed");
        request_animation_frame(move || focus_by_id(&note));
    });

    let questions = QaCriterion::ALL
        .iter()
        .enumerate()
        .map(|(i, &criterion)| {
            let group = ids.for_path(&format!("/qa/{i}"));
            let legend_id = format!("{group}-legend");
            let evidence = move || {
                suggested.with(|qa| {
                    qa.criterion(criterion)
                        .map(|c| {
                            (
                                c.evidence.iter().map(|f| f.message.clone()).collect::<Vec<_>>(),
                                c.concerns.iter().map(|f| f.message.clone()).collect::<Vec<_>>(),
                            )
                        })
                        .unwrap_or_default()
                })
            };
            let radio = |yes: bool, words: &'static str, id: String| {
                view! {
                    <RadioItem
                        id
                        name=group.clone()
                        words
                        checked=Signal::derive(move || answers.with(|a| a[i] == yes))
                        on_select=Callback::new(move |()| answers.update(|a| a[i] = yes))
                    />
                }
            };
            let yes = radio(true, "Yes", group.clone());
            let no = radio(false, "No", format!("{group}-no"));
            let changed = move || answers.with(|a| a[i]) != suggestion(i);
            let reason_value = Signal::derive(move || reasons.with(|r| r[i].clone()));
            let described = legend_id.clone();
            view! {
                <fieldset class="pep-fieldset pep-qa" aria-describedby=format!("{described}-suggested")>
                    <legend class="pep-fieldset__legend" id=legend_id.clone()>
                        {format!("{}. {}", i + 1, question(criterion))}
                    </legend>
                    <p class="pep-body" id=format!("{legend_id}-suggested")>
                        "Suggested from the PEP: "
                        <strong>{move || if suggestion(i) { "Yes" } else { "No" }}</strong>
                    </p>
                    {move || {
                        let (why, worth) = evidence();
                        view! {
                            {(!why.is_empty()).then(|| view! {
                                <p class="pep-body pep-qa__why">"Why not:"</p>
                                <ul class="pep-list">{why.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                            })}
                            {(!worth.is_empty()).then(|| view! {
                                <p class="pep-body pep-qa__why">"Also worth a look:"</p>
                                <ul class="pep-list">{worth.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                            })}
                        }
                    }}
                    <div class="pep-radios pep-radios--inline">{yes}{no}</div>
                    {move || changed().then(|| view! {
                        <TextField
                            section
                            label="Why you answered differently"
                            multiline=true
                            max=2000
                            value=reason_value
                            path=reason_path(i)
                            on_input=move |v: String| reasons.update(|r| r[i] = v)
                        />
                    })}
                </fieldset>
            }
        })
        .collect_view();

    // The same id as the other sign-offs' heading: where a problem with no
    // field of its own (the order of the sign-offs) links to.
    let heading_id = ids.for_path("/sign-off-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="pep-form-section pep-signoff" aria-labelledby=labelled_by>
            <h3 class="pep-section-heading" id=heading_id tabindex="-1">"Quality assurance and sign-off"</h3>
            <p class="pep-body">
                "Each answer is suggested from the PEP, with the reasons. Confirm it or change it; "
                "a change needs a reason."
            </p>
            {questions}
            <div class="pep-form-group">
                <p class="pep-label">"Overall judgement"</p>
                <p class="pep-body" aria-live="polite">
                    {move || if judgement() {
                        "Meets the expected standard: all seven answers are yes."
                    } else {
                        "Does not meet the expected standard: not all seven answers are yes."
                    }}
                </p>
            </div>
            <TextField
                section
                label="Feedback to the school and social worker"
                hint="They see it at the top of their sections"
                multiline=true
                max=8000
                value=feedback.into()
                path="/signOffs/virtualSchool/feedback".to_owned()
                on_input=move |v: String| feedback.set(v)
            />
            <TextField
                section
                label="Your name"
                value=name.into()
                path="/signOffs/virtualSchool/name".to_owned()
                autocomplete="name"
                on_input=move |v: String| name.set(v)
            />
            <button type="button" class="pep-button" on:click=move |_| decide.run(true)>"Approve"</button>
            <TextField
                section
                label="Why it is being returned"
                hint="Only if you return it"
                multiline=true
                max=4000
                value=return_reason.into()
                path="/returnedReason".to_owned()
                on_input=move |v: String| return_reason.set(v)
            />
            <button type="button" class="pep-button pep-button--warning" on:click=move |_| decide.run(false)>
                "Return to the school"
            </button>
        </section>
    }
}
