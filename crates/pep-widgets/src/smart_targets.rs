//! `<pep-smart-targets>`: the SMART targets section.

use leptos::prelude::*;
use pep_core::{Date, Report, model::Pep};

use crate::{IdPrefix, check};

/// The SMART targets of a PEP, one fieldset per target, with the rules'
/// findings shown inline (GOV.UK error message pattern).
#[component]
pub fn SmartTargets(
    /// The PEP being edited.
    pep: Pep,
    /// Makes this instance's element ids unique.
    ids: IdPrefix,
    /// Today's date, for the rules.
    today: Date,
    /// Called with the new PEP and its report after every edit.
    on_change: Callback<(Pep, Report)>,
) -> impl IntoView {
    let pep = RwSignal::new(pep);
    let report = Memo::new(move |_| pep.with(|p| check(p, today)));
    let count = move || pep.with(|p| p.targets.len());

    let edit = move |f: Box<dyn FnOnce(&mut Pep)>| {
        pep.update(|p| f(p));
        on_change.run((pep.get_untracked(), report.get_untracked()));
    };

    view! {
        <div class="pep-widget pep-smart-targets">
            <h2 class="pep-heading">"SMART targets"</h2>
            <For each=move || 0..count() key=|i| *i let:i>
                <TargetFields i=i pep=pep report=report ids=ids edit=edit />
            </For>
        </div>
    }
}

#[component]
fn TargetFields(
    i: usize,
    pep: RwSignal<Pep>,
    report: Memo<Report>,
    ids: IdPrefix,
    edit: impl Fn(Box<dyn FnOnce(&mut Pep)>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let outcome_path = format!("/targets/{i}/outcome");
    let lead_path = format!("/targets/{i}/lead/name");
    let outcome_id = ids.for_path(&outcome_path);
    let lead_id = ids.for_path(&lead_path);
    let lead_error_id = format!("{lead_id}-error");
    let lead_hint_id = format!("{lead_id}-hint");

    let outcome = move || {
        pep.with(|p| {
            p.targets
                .get(i)
                .and_then(|t| t.outcome.clone())
                .unwrap_or_default()
        })
    };
    let lead = move || {
        pep.with(|p| {
            p.targets
                .get(i)
                .and_then(|t| t.lead.as_ref())
                .and_then(|l| l.name.clone())
                .unwrap_or_default()
        })
    };
    let lead_error = Memo::new(move |_| {
        report.with(|r| {
            r.findings
                .iter()
                .find(|f| f.path == lead_path)
                .map(|f| f.message.clone())
        })
    });
    let described_by = {
        let (hint, error) = (lead_hint_id.clone(), lead_error_id.clone());
        move || match lead_error.with(Option::is_some) {
            true => format!("{hint} {error}"),
            false => hint.clone(),
        }
    };
    let invalid = move || lead_error.with(Option::is_some).then_some("true");

    view! {
        <fieldset class="pep-fieldset">
            <legend class="pep-fieldset__legend">{format!("Target {}", i + 1)}</legend>
            <div class="pep-form-group">
                <label class="pep-label" for=outcome_id.clone()>
                    "What will the child achieve?"
                </label>
                <input
                    class="pep-input"
                    type="text"
                    id=outcome_id
                    prop:value=outcome
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        edit(
                            Box::new(move |p: &mut Pep| {
                                if let Some(t) = p.targets.get_mut(i) {
                                    t.outcome = Some(text);
                                }
                            }),
                        )
                    }
                />
            </div>
            <div class="pep-form-group" class:pep-form-group--error=move || lead_error.with(Option::is_some)>
                <label class="pep-label" for=lead_id.clone()>
                    "Who leads this target?"
                </label>
                <div class="pep-hint" id=lead_hint_id>
                    "The name of the person who makes sure it happens"
                </div>
                {move || {
                    lead_error
                        .get()
                        .map(|message| {
                            view! {
                                <p class="pep-error-message" id=lead_error_id.clone()>
                                    <span class="pep-visually-hidden">"Error: "</span>
                                    {message}
                                </p>
                            }
                        })
                }}
                <input
                    class="pep-input"
                    type="text"
                    id=lead_id
                    autocomplete="name"
                    aria-describedby=described_by
                    aria-invalid=invalid
                    prop:value=lead
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        edit(
                            Box::new(move |p: &mut Pep| {
                                if let Some(t) = p.targets.get_mut(i) {
                                    t.lead.get_or_insert_with(Default::default).name = Some(text);
                                }
                            }),
                        )
                    }
                />
            </div>
        </fieldset>
    }
}
