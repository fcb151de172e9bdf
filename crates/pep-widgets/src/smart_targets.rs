//! `<pep-smart-targets>`: the SMART targets section.
//!
//! Every judgement shown here comes from `pep_core::validate`. This file only
//! decides how to show it: errors after a submit or sign-off attempt and then
//! live as they are fixed (the GOV.UK way), advice (warnings) as hints, and
//! the S-M-A-R-T ticks, each lit when the findings of the rules behind that
//! letter are gone.

use leptos::prelude::*;
use pep_core::model::{AreaOfNeed, FundingSource, Pep, Person, Target, Timescale};
use pep_core::{Report, Severity, Stage};

use crate::IdPrefix;

/// What every part of the section shares.
#[derive(Clone, Copy)]
pub(crate) struct Section {
    pub pep: RwSignal<Pep>,
    pub report: Memo<Report>,
    pub ids: IdPrefix,
    /// Whether errors are on show: after a submit or sign-off attempt.
    pub show_errors: RwSignal<bool>,
    /// The sign-off whose blocking errors this section shows.
    pub stage: Stage,
    pub on_change: Callback<(Pep, Report)>,
}

impl Section {
    /// Applies an edit and tells the host.
    fn edit(self, f: impl FnOnce(&mut Pep)) {
        self.pep.update(f);
        self.on_change
            .run((self.pep.get_untracked(), self.report.get_untracked()));
    }

    /// The blocking error at exactly `path`, when errors are on show.
    fn error_at(self, path: &str) -> Option<String> {
        if !self.show_errors.get() {
            return None;
        }
        self.report.with(|r| {
            r.findings
                .iter()
                .find(|f| f.path == path && f.severity == Severity::Error)
                .map(|f| f.message.clone())
        })
    }

    /// Advice (a warning) at exactly `path`, shown as you type.
    fn advice_at(self, path: &str) -> Option<String> {
        self.report.with(|r| {
            r.findings
                .iter()
                .find(|f| f.path == path && f.severity == Severity::Warning)
                .map(|f| f.message.clone())
        })
    }
}

/// The findings under `/targets` that hold up this section's stage, in order.
pub(crate) fn blocking_here(report: &Report, stage: Stage) -> Vec<(String, String)> {
    report
        .findings
        .iter()
        .filter(|f| f.blocks(stage) && (f.path == "/targets" || f.path.starts_with("/targets/")))
        .map(|f| (f.path.clone(), f.message.clone()))
        .collect()
}

/// The SMART targets of a PEP, one fieldset per target.
#[component]
pub fn SmartTargets(
    /// The PEP being edited.
    pep: RwSignal<Pep>,
    /// Its report, kept current.
    report: Memo<Report>,
    /// Makes this instance's element ids unique.
    ids: IdPrefix,
    /// The sign-off whose errors block the host's form.
    stage: Stage,
    /// Whether errors are on show (the element sets it on a submit attempt).
    show_errors: RwSignal<bool>,
    /// Whether the PEP shown is a draft restored from the browser's storage.
    restored: bool,
    /// Called with the new PEP and its report after every edit.
    on_change: Callback<(Pep, Report)>,
) -> impl IntoView {
    let section = Section {
        pep,
        report,
        ids,
        show_errors,
        stage,
        on_change,
    };
    let count = move || pep.with(|p| p.targets.len());
    let add_id = ids.for_path("/targets");
    let add = move |_| {
        section.edit(|p| p.targets.push(Target::default()));
        let n = section.pep.with_untracked(|p| p.targets.len()) - 1;
        let first = ids.for_path(&format!("/targets/{n}/outcome"));
        request_animation_frame(move || focus_by_id(&first));
    };
    let minimum = move || section.error_at("/targets");

    view! {
        <div class="pep-widget pep-smart-targets">
            <ErrorSummary section=section />
            {restored
                .then(|| {
                    view! {
                        <p class="pep-inset" role="status">
                            "Your unsaved changes have been restored."
                        </p>
                    }
                })}
            <h2 class="pep-heading">"SMART targets"</h2>
            <p class="pep-body">
                "Each target says what will be achieved, how everyone will know, "
                "who leads it, which need it meets and by when."
            </p>
            <For each=move || 0..count() key=|i| *i let:i>
                <TargetFields i=i section=section />
            </For>
            <div class="pep-form-group" class:pep-form-group--error=move || minimum().is_some()>
                {move || minimum().map(|m| view! { <ErrorMessage message=m /> })}
                <button type="button" class="pep-button pep-button--secondary" id=add_id on:click=add>
                    "Add another target"
                </button>
            </div>
        </div>
    }
}

/// The GOV.UK error summary: "There is a problem", one link per blocking
/// finding; a link moves focus to its field.
#[component]
fn ErrorSummary(section: Section) -> impl IntoView {
    let items = move || {
        if !section.show_errors.get() {
            return Vec::new();
        }
        section.report.with(|r| blocking_here(r, section.stage))
    };
    let summary_id = section.ids.for_path("/error-summary");
    let title_id = format!("{summary_id}-title");
    move || {
        let list = items();
        (!list.is_empty()).then(|| {
            let links = list
                .into_iter()
                .map(|(path, message)| {
                    let target = field_for(section, &path);
                    let href = format!("#{target}");
                    view! {
                        <li>
                            <a
                                href=href
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_by_id(&target);
                                }
                            >
                                {message}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div
                    class="pep-error-summary"
                    id=summary_id.clone()
                    tabindex="-1"
                    aria-labelledby=title_id.clone()
                >
                    <div role="alert">
                        <h2 class="pep-error-summary__title" id=title_id.clone()>
                            "There is a problem"
                        </h2>
                        <ul class="pep-error-summary__list">{links}</ul>
                    </div>
                </div>
            }
        })
    }
}

/// The id of the element a finding's path should focus: the field itself,
/// or for a whole target its first field, or for the list the add button.
fn field_for(section: Section, path: &str) -> String {
    let known = [
        "outcome",
        "successMeasure",
        "actions",
        "lead/name",
        "lead/role",
        "support",
        "areaOfNeed",
        "startDate",
        "deadline",
        "timescale",
        "cost",
        "fundingSource",
    ];
    let mut parts = path.trim_start_matches("/targets/").splitn(2, '/');
    let (index, rest) = (parts.next(), parts.next());
    match (index.and_then(|i| i.parse::<usize>().ok()), rest) {
        (Some(_), Some(rest)) if known.contains(&rest) => section.ids.for_path(path),
        (Some(i), _) => section.ids.for_path(&format!("/targets/{i}/outcome")),
        _ => section.ids.for_path("/targets"),
    }
}

/// Focuses an element and brings it (with its label above) into view.
pub(crate) fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
        el.scroll_into_view_with_bool(false);
    }
}

/// The S-M-A-R-T letters and the rules whose findings keep each one unlit.
const SMART: &[(&str, &str, &[&str])] = &[
    (
        "S",
        "Specific",
        &["smart-target-specific", "smart-target-vague-wording"],
    ),
    ("M", "Measurable", &["smart-target-measurable"]),
    (
        "A",
        "Achievable",
        &["smart-target-who-leads", "smart-target-actions"],
    ),
    ("R", "Relevant", &["smart-target-area-of-need"]),
    (
        "T",
        "Time-bound",
        &["smart-target-deadline", "smart-target-time-bound"],
    ),
];

#[component]
fn TargetFields(i: usize, section: Section) -> impl IntoView {
    let base = format!("/targets/{i}");
    let legend_id = section.ids.for_path(&format!("{base}/legend"));
    let ticks = SMART
        .iter()
        .map(|(letter, word, rules)| {
            let prefix = format!("{base}/");
            let done = Memo::new(move |_| {
                section.report.with(|r| {
                    !r.findings
                        .iter()
                        .any(|f| rules.contains(&f.rule.as_str()) && f.path.starts_with(&prefix))
                })
            });
            let done = move || done.get();
            view! {
                <li class="pep-smart__letter" class:pep-smart__letter--done=done>
                    <span aria-hidden="true">{*letter}</span>
                    <span class="pep-visually-hidden">
                        {move || format!("{word}: {}", if done() { "done" } else { "not yet" })}
                    </span>
                </li>
            }
        })
        .collect_view();
    let remove = move |_| {
        section.edit(|p| {
            if i < p.targets.len() {
                p.targets.remove(i);
            }
        });
        let add = section.ids.for_path("/targets");
        request_animation_frame(move || focus_by_id(&add));
    };
    let text = |field: &'static str| {
        let path = format!("{base}/{field}");
        (
            Signal::derive(move || {
                section.pep.with(|p| {
                    p.targets
                        .get(i)
                        .and_then(|t| text_of(t, field))
                        .unwrap_or_default()
                })
            }),
            path,
        )
    };
    let set = move |field: &'static str, value: String| {
        section.edit(move |p| {
            if let Some(t) = p.targets.get_mut(i) {
                set_text(t, field, value);
            }
        })
    };
    let (outcome, outcome_path) = text("outcome");
    let (measure, measure_path) = text("successMeasure");
    let (actions, actions_path) = text("actions");
    let (lead, lead_path) = text("lead/name");
    let (role, role_path) = text("lead/role");
    let (support, support_path) = text("support");
    let (area, area_path) = text("areaOfNeed");
    let (start, start_path) = text("startDate");
    let (deadline, deadline_path) = text("deadline");
    let (timescale, timescale_path) = text("timescale");
    let (cost, cost_path) = text("cost");
    let (funding, funding_path) = text("fundingSource");

    view! {
        <fieldset class="pep-fieldset pep-target" aria-describedby=legend_id.clone()>
            <legend class="pep-fieldset__legend">{format!("Target {}", i + 1)}</legend>
            <ul class="pep-smart" id=legend_id.clone() aria-label="SMART checks">{ticks}</ul>
            <TextField section label="What will be achieved?" hint="The specific outcome, in plain words" value=outcome path=outcome_path on_input=move |v| set("outcome", v) />
            <TextField section label="How will everyone know?" hint="The success measure: a number, a grade, something you can see" value=measure path=measure_path on_input=move |v| set("successMeasure", v) />
            <TextField section label="Actions and strategies" hint="What will be done, when, where and how often" multiline=true value=actions path=actions_path on_input=move |v| set("actions", v) />
            <TextField section label="Who leads this target?" hint="The name of the person who makes sure it happens" value=lead path=lead_path autocomplete="name" on_input=move |v| set("lead/name", v) />
            <TextField section label="Their role" hint="For example, English teacher or foster carer" value=role path=role_path on_input=move |v| set("lead/role", v) />
            <TextField section label="Support and resources" hint="Optional" multiline=true value=support path=support_path on_input=move |v| set("support", v) />
            <SelectField section label="Which need does it meet?" value=area path=area_path options=AREAS on_change=move |v| set("areaOfNeed", v) />
            <TextField section label="Start date" hint="Optional" kind="date" value=start path=start_path on_input=move |v| set("startDate", v) />
            <TextField section label="Deadline" hint="When it will be achieved by" kind="date" value=deadline path=deadline_path on_input=move |v| set("deadline", v) />
            <SelectField section label="Short or long term?" value=timescale path=timescale_path options=TIMESCALES on_change=move |v| set("timescale", v) />
            <TextField section label="Cost in pounds (PP+ or EYPP)" hint="Only when funding is asked for" kind="number" value=cost path=cost_path on_input=move |v| set("cost", v) />
            <SelectField section label="Funding source" value=funding path=funding_path options=FUNDING on_change=move |v| set("fundingSource", v) />
            <button type="button" class="pep-button pep-button--warning" on:click=remove>
                {format!("Remove target {}", i + 1)}
            </button>
        </fieldset>
    }
}

const AREAS: &[(&str, &str)] = &[
    ("", "Choose a need"),
    ("attainment", "Attainment and progress"),
    ("attendance", "Attendance"),
    ("semh", "Social, emotional and mental health"),
    ("wider-curriculum", "Wider curriculum"),
    ("careers", "Careers"),
    ("transition", "Transition"),
    ("other", "Other"),
];

const TIMESCALES: &[(&str, &str)] = &[
    ("", "Choose"),
    ("short-term", "Short term (by the next PEP)"),
    ("long-term", "Long term"),
];

const FUNDING: &[(&str, &str)] = &[
    ("", "None"),
    ("pupil-premium-plus", "Pupil Premium Plus"),
    ("early-years-pupil-premium", "Early Years Pupil Premium"),
    ("school", "School budget"),
    ("bursary", "Bursary"),
    ("other", "Other"),
];

/// A field's value as the form shows it (dates as `YYYY-MM-DD`).
fn text_of(t: &Target, field: &str) -> Option<String> {
    let json = |v: Option<serde_json::Value>| v.and_then(|v| v.as_str().map(str::to_owned));
    match field {
        "outcome" => t.outcome.clone(),
        "successMeasure" => t.success_measure.clone(),
        "actions" => t.actions.clone(),
        "lead/name" => t.lead.as_ref().and_then(|l| l.name.clone()),
        "lead/role" => t.lead.as_ref().and_then(|l| l.role.clone()),
        "support" => t.support.clone(),
        "areaOfNeed" => json(t.area_of_need.and_then(|a| serde_json::to_value(a).ok())),
        "startDate" => t.start_date.map(|d| d.to_string()),
        "deadline" => t.deadline.map(|d| d.to_string()),
        "timescale" => json(t.timescale.and_then(|a| serde_json::to_value(a).ok())),
        "cost" => t.cost.map(|c| c.to_string()),
        "fundingSource" => json(t.funding_source.and_then(|a| serde_json::to_value(a).ok())),
        _ => None,
    }
}

/// Writes a field from the form. Text is kept exactly as typed (nothing the
/// user entered is ever cleared); an emptied field becomes absent.
fn set_text(t: &mut Target, field: &str, value: String) {
    let text = (!value.is_empty()).then_some(value);
    match field {
        "outcome" => t.outcome = text,
        "successMeasure" => t.success_measure = text,
        "actions" => t.actions = text,
        "lead/name" => t.lead.get_or_insert_with(Person::default).name = text,
        "lead/role" => t.lead.get_or_insert_with(Person::default).role = text,
        "support" => t.support = text,
        "areaOfNeed" => t.area_of_need = parse_enum::<AreaOfNeed>(&text),
        "startDate" => t.start_date = text.as_deref().and_then(pep_core::model::Date::parse),
        "deadline" => t.deadline = text.as_deref().and_then(pep_core::model::Date::parse),
        "timescale" => t.timescale = parse_enum::<Timescale>(&text),
        "cost" => t.cost = text.as_deref().and_then(|c| c.trim().parse().ok()),
        "fundingSource" => t.funding_source = parse_enum::<FundingSource>(&text),
        _ => {}
    }
}

/// Reads one of the model's kebab-case enums from a select's value.
fn parse_enum<T: serde::de::DeserializeOwned>(value: &Option<String>) -> Option<T> {
    value
        .as_ref()
        .and_then(|s| serde_json::from_value(serde_json::Value::String(s.clone())).ok())
}

/// A labelled text, date or number field with hint, advice and error (GOV.UK
/// text input / textarea pattern: `aria-describedby` is hint, then error).
#[component]
fn TextField(
    section: Section,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] kind: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    value: Signal<String>,
    path: String,
    on_input: impl Fn(String) + 'static,
) -> impl IntoView {
    let id = section.ids.for_path(&path);
    let (hint_id, error_id, advice_id) = (
        format!("{id}-hint"),
        format!("{id}-error"),
        format!("{id}-advice"),
    );
    let error = {
        let path = path.clone();
        Memo::new(move |_| section.error_at(&path))
    };
    let advice = Memo::new(move |_| section.advice_at(&path));
    let described_by = {
        let (h, e, a) = (hint_id.clone(), error_id.clone(), advice_id.clone());
        move || {
            let mut ids = Vec::new();
            if !hint.is_empty() {
                ids.push(h.clone());
            }
            if advice.with(Option::is_some) {
                ids.push(a.clone());
            }
            if error.with(Option::is_some) {
                ids.push(e.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let on_input = std::rc::Rc::new(on_input);
    let input = if multiline {
        let on_input = on_input.clone();
        view! {
            <textarea
                class="pep-textarea"
                id=id.clone()
                rows="3"
                aria-describedby=described_by
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| on_input(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        let on_input = on_input.clone();
        view! {
            <input
                class="pep-input"
                class:pep-input--date=kind == "date"
                type=if kind.is_empty() { "text" } else { kind }
                inputmode=(kind == "number").then_some("decimal")
                id=id.clone()
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                aria-describedby=described_by
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input=move |ev| on_input(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="pep-form-group" class:pep-form-group--error=move || error.with(Option::is_some)>
            <label class="pep-label" for=id.clone()>{label}</label>
            {(!hint.is_empty()).then(|| view! { <div class="pep-hint" id=hint_id.clone()>{hint}</div> })}
            {move || advice.get().map(|a| view! { <p class="pep-advice" id=advice_id.clone()>{a}</p> })}
            {move || error.get().map(|m| view! { <ErrorMessage message=m id=error_id.clone() /> })}
            {input}
        </div>
    }
}

/// A labelled select with error (GOV.UK select pattern).
#[component]
fn SelectField(
    section: Section,
    label: &'static str,
    value: Signal<String>,
    path: String,
    options: &'static [(&'static str, &'static str)],
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    let id = section.ids.for_path(&path);
    let error_id = format!("{id}-error");
    let error = Memo::new(move |_| section.error_at(&path));
    let options = options
        .iter()
        .map(|(v, text)| {
            let selected = move || value.get() == *v;
            view! { <option value=*v selected=selected>{*text}</option> }
        })
        .collect_view();
    view! {
        <div class="pep-form-group" class:pep-form-group--error=move || error.with(Option::is_some)>
            <label class="pep-label" for=id.clone()>{label}</label>
            {
                let error_id = error_id.clone();
                move || error.get().map(|m| view! { <ErrorMessage message=m id=error_id.clone() /> })
            }
            <select
                class="pep-select"
                id=id.clone()
                aria-describedby=move || error.with(Option::is_some).then(|| error_id.clone())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:change=move |ev| on_change(event_target_value(&ev))
            >
                {options}
            </select>
        </div>
    }
}

/// A GOV.UK inline error message with its visually hidden "Error:" prefix.
#[component]
fn ErrorMessage(message: String, #[prop(optional)] id: Option<String>) -> impl IntoView {
    view! {
        <p class="pep-error-message" id=id>
            <span class="pep-visually-hidden">"Error: "</span>
            {message}
        </p>
    }
}
