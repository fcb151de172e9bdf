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

use crate::fields::{ErrorMessage, RadioItem, TextField, blocking_in, focus_by_id};
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

/// A problem with what the officer entered, and the field it is about.
#[derive(Debug, Clone, PartialEq)]
struct Problem {
    id: String,
    message: String,
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
    let problems = RwSignal::new(Vec::<Problem>::new());
    let tried = RwSignal::new(false);

    let judgement = move || answers.with(|a| a.iter().all(|&yes| yes));
    let suggestion = move |i: usize| {
        suggested.with(|qa| qa.criterion(QaCriterion::ALL[i]).is_some_and(|c| c.met))
    };
    let reason_id = move |i: usize| ids.for_path(&format!("/qa/{i}/reason"));
    let return_id = ids.for_path("/returnedReason");
    let summary_id = ids.for_path("/qa-problems");

    // Every change of answer needs a reason; a return needs one too.
    let check = move |returning: bool| -> Vec<Problem> {
        let mut found = Vec::new();
        for (i, criterion) in QaCriterion::ALL.iter().enumerate() {
            let changed = answers.with_untracked(|a| a[i]) != suggestion(i);
            if changed && reasons.with_untracked(|r| r[i].trim().is_empty()) {
                found.push(Problem {
                    id: reason_id(i),
                    message: format!(
                        "Say why you answered question {} differently from the suggestion: {}",
                        i + 1,
                        question(*criterion).to_lowercase()
                    ),
                });
            }
        }
        if returning && return_reason.with_untracked(|r| r.trim().is_empty()) {
            found.push(Problem {
                id: ids.for_path("/returnedReason"),
                message: "Say why the PEP is being returned, so the school and social worker know what to put right".into(),
            });
        }
        found
    };
    let error_for = move |id: String| {
        Memo::new(move |_| {
            tried.get().then(|| {
                problems.with(|ps| ps.iter().find(|p| p.id == id).map(|p| p.message.clone()))
            })?
        })
    };

    let summary_for_decide = summary_id.clone();
    let decide = Callback::new(move |approve: bool| {
        tried.set(true);
        let mut found = check(!approve);
        if approve {
            section.show_errors.set(true);
            let blocking = section
                .report
                .with_untracked(|r| blocking_in(r, Stage::VirtualSchool, crate::form::SCOPE).len());
            if blocking > 0 {
                // The report's own error summary lists them, with links.
                problems.set(found);
                let summary = ids.for_path("/error-summary");
                request_animation_frame(move || focus_by_id(&summary));
                return;
            }
        }
        if !found.is_empty() {
            found.dedup();
            problems.set(found);
            let summary = summary_for_decide.clone();
            request_animation_frame(move || focus_by_id(&summary));
            return;
        }
        problems.set(Vec::new());
        let meets = judgement();
        section.edit(|p| {
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
            let mut vs = p.sign_offs.virtual_school.take().unwrap_or_default();
            let text = |s: RwSignal<String>| {
                let t = s.get_untracked();
                (!t.trim().is_empty()).then_some(t)
            };
            vs = VirtualSchoolSignOff {
                name: text(name),
                date: Some(today.into()),
                next_pep_date: p.next_pep_date,
                qa,
                judgement: Some(if meets {
                    Judgement::MeetsStandard
                } else {
                    Judgement::DoesNotMeetStandard
                }),
                feedback: text(feedback),
                extra: std::mem::take(&mut vs.extra),
            };
            p.sign_offs.virtual_school = Some(vs);
            if approve {
                p.status = Some(PepStatus::Approved);
                p.returned_reason = None;
            } else {
                p.status = Some(PepStatus::Returned);
                p.returned_reason = text(return_reason);
            }
        });
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
            let reason_error = error_for(reason_id(i));
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
                    {move || changed().then(|| {
                        let id = reason_id(i);
                        let error = reason_error;
                        view! {
                            <div class="pep-form-group" class:pep-form-group--error=move || error.with(Option::is_some)>
                                <label class="pep-label" for=id.clone()>"Why you answered differently"</label>
                                {move || error.get().map(|m| view! { <ErrorMessage message=m /> })}
                                <textarea
                                    class="pep-textarea"
                                    form=crate::fields::NO_FORM
                                    id=id
                                    rows="3"
                                    prop:value=move || reason_value.get()
                                    on:input=move |ev| { let v = event_target_value(&ev); reasons.update(|r| r[i] = v); }
                                ></textarea>
                            </div>
                        }
                    })}
                </fieldset>
            }
        })
        .collect_view();

    let summary = {
        let summary_id = summary_id.clone();
        move || {
            let list = problems.get();
            (tried.get() && !list.is_empty()).then(|| {
                let links = list
                    .into_iter()
                    .map(|p| {
                        let href = format!("#{}", p.id);
                        let id = p.id.clone();
                        view! {
                            <li>
                                <a href=href on:click=move |ev| { ev.prevent_default(); focus_by_id(&id); }>{p.message}</a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="pep-error-summary" id=summary_id.clone() tabindex="-1">
                        <div role="alert">
                            <h3 class="pep-error-summary__title">"There is a problem"</h3>
                            <ul class="pep-error-summary__list">{links}</ul>
                        </div>
                    </div>
                }
            })
        }
    };
    let return_error = error_for(return_id.clone());
    let heading_id = ids.for_path("/qa-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="pep-form-section pep-signoff" aria-labelledby=labelled_by>
            <h3 class="pep-section-heading" id=heading_id>"Quality assurance and sign-off"</h3>
            {summary}
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
            <div class="pep-form-group" class:pep-form-group--error=move || return_error.with(Option::is_some)>
                <label class="pep-label" for=return_id.clone()>"Why it is being returned"</label>
                <div class="pep-hint" id=format!("{return_id}-hint")>"Only if you return it"</div>
                {move || return_error.get().map(|m| view! { <ErrorMessage message=m /> })}
                <textarea
                    class="pep-textarea"
                    form=crate::fields::NO_FORM
                    id=return_id.clone()
                    rows="3"
                    aria-describedby=format!("{return_id}-hint")
                    prop:value=move || return_reason.get()
                    on:input=move |ev| return_reason.set(event_target_value(&ev))
                ></textarea>
            </div>
            <button type="button" class="pep-button pep-button--warning" on:click=move |_| decide.run(false)>
                "Return to the school"
            </button>
        </section>
    }
}
