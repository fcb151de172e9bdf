//! `<pep-form>`: a whole PEP of any kind, and the single sections
//! `<pep-progress>`, `<pep-meeting>` and `<pep-signoff>`.
//!
//! A GOV.UK task list of the sections with their status (pep-core's
//! `sections`), then each section: editable where the `editor-role` owns it,
//! a summary list where it does not. Questions come from [`form_fields`]
//! (JSON Pointers into the PEP); an edit writes the value at its pointer
//! through JSON, so every field the host sent, known or not, is kept. Before
//! signing off, "Check your answers" lists the sections the signer owns with
//! "Change" links; "Sign off" runs the sign-off check (the findings that
//! block the signer's stage): with gaps, the error summary links to each;
//! without, the sign-off is recorded and `pep-signoff` fires.
//!
//! [`form_fields`]: crate::form_fields

use leptos::prelude::*;
use pep_core::model::{Kind, Pep, PepStatus, SignOff};
use pep_core::sections::SectionStatus;
use pep_core::{Config, Date, Stage};
use serde_json::Value;

use crate::EditorRole;
use crate::fields::{
    ErrorMessage, ErrorSummary, RadioItem, Restored, Section, SelectField, TextField, blocking_in,
    focus_by_id,
};
use crate::form_fields::{Field, FormSection, Input, Part, SECTIONS};

/// Everything: the whole form's blocking findings count.
pub(crate) const SCOPE: &[&str] = &[""];

/// Sets the value at `pointer` (`None` removes it), making objects on the
/// way. Array items must exist; a missing one leaves `json` as it was.
pub(crate) fn set_pointer(json: &mut Value, pointer: &str, value: Option<Value>) {
    let tokens: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    let Some((last, parents)) = tokens.split_last() else {
        return;
    };
    let mut node = json;
    for token in parents {
        if node.is_null() {
            *node = Value::Object(Default::default());
        }
        node = match node {
            Value::Object(map) => map
                .entry(token.clone())
                .or_insert(Value::Object(Default::default())),
            Value::Array(items) => match token.parse::<usize>().ok().and_then(|i| items.get_mut(i))
            {
                Some(item) => item,
                None => return,
            },
            _ => return,
        };
    }
    if node.is_null() {
        *node = Value::Object(Default::default());
    }
    match (node, value) {
        (Value::Object(map), Some(v)) => {
            map.insert(last.clone(), v);
        }
        (Value::Object(map), None) => {
            map.remove(last);
        }
        (Value::Array(items), v) => {
            if let Some(slot) = last.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                *slot = v.unwrap_or(Value::Null);
            }
        }
        _ => {}
    }
}

/// Applies `change` to the PEP as JSON and reads it back: how every field of
/// the form writes, so nothing the host sent is lost.
fn edit_json(section: Section, change: impl FnOnce(&mut Value)) {
    section.edit(|pep| {
        let Ok(mut json) = serde_json::to_value(&*pep) else {
            return;
        };
        change(&mut json);
        match <Pep as serde::Deserialize>::deserialize(&json) {
            Ok(new) => *pep = new,
            Err(e) => leptos::logging::warn!("pepkit: an edit could not be applied: {e}"),
        }
    });
}

/// A field's value as the form shows it.
fn text_at(json: &Value, pointer: &str) -> String {
    match json.pointer(pointer) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(true)) => "yes".into(),
        Some(Value::Bool(false)) => "no".into(),
        _ => String::new(),
    }
}

/// The JSON a field's text becomes; `None` (absent) when empty or unreadable.
fn value_of(input: Input, text: &str) -> Option<Value> {
    let trimmed = text.trim();
    match input {
        Input::Text | Input::Long(_) | Input::Date => {
            (!text.is_empty()).then(|| Value::String(text.to_owned()))
        }
        Input::Choice(_) => (!trimmed.is_empty()).then(|| Value::String(trimmed.to_owned())),
        Input::Number => trimmed
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        Input::Whole => trimmed.parse::<i64>().ok().map(Value::from),
        Input::YesNo => match trimmed {
            "yes" => Some(Value::Bool(true)),
            "no" => Some(Value::Bool(false)),
            _ => None,
        },
    }
}

/// A field's value in words, for a summary list.
fn words_of(input: Input, text: &str) -> Option<String> {
    if text.is_empty() {
        return None;
    }
    Some(match input {
        Input::Date => text
            .parse::<Date>()
            .map(|d| d.strftime("%-d %B %Y").to_string())
            .unwrap_or_else(|_| text.to_owned()),
        Input::Choice(options) => options
            .iter()
            .find(|(v, _)| *v == text)
            .map_or_else(|| text.to_owned(), |(_, w)| (*w).to_owned()),
        Input::YesNo => if text == "yes" { "Yes" } else { "No" }.to_owned(),
        Input::Text | Input::Long(_) | Input::Number | Input::Whole => text.to_owned(),
    })
}

/// The stage whose sign-off an editor makes, if any.
fn signs(role: EditorRole) -> Option<Stage> {
    match role {
        EditorRole::SocialWorker => Some(Stage::SocialWorker),
        EditorRole::DesignatedTeacher => Some(Stage::DesignatedTeacher),
        EditorRole::VirtualSchool => Some(Stage::VirtualSchool),
        EditorRole::YoungPerson | EditorRole::ReadOnly => None,
    }
}

/// Whether `role` edits `section`. The young person's views are written by
/// them, or with them by the designated teacher (the model's "written by
/// them or with them"); nobody else changes their words.
fn edits(role: EditorRole, section: &FormSection) -> bool {
    match (role, section.id) {
        (EditorRole::YoungPerson | EditorRole::DesignatedTeacher, "views") => true,
        (_, "views") => false,
        (EditorRole::SocialWorker, _) => section.owner == Stage::SocialWorker,
        (EditorRole::DesignatedTeacher, _) => section.owner == Stage::DesignatedTeacher,
        _ => false,
    }
}

/// The words for a section's status in the task list.
fn status_words(status: SectionStatus) -> (&'static str, &'static str) {
    match status {
        SectionStatus::NotStarted => ("Not yet started", "not-started"),
        SectionStatus::InProgress => ("In progress", "in-progress"),
        SectionStatus::Complete => ("Completed", "completed"),
        SectionStatus::HasProblems => ("There is a problem", "problem"),
    }
}

fn owner_words(owner: Stage) -> &'static str {
    match owner {
        Stage::SocialWorker => "Completed by the social worker",
        Stage::DesignatedTeacher => "Completed by the designated teacher",
        Stage::VirtualSchool => "Completed by the virtual school",
    }
}

/// What the form shares with its parts.
#[derive(Clone, Copy)]
pub(crate) struct Form {
    pub section: Section,
    pub json: Memo<Value>,
    pub kind: Kind,
    pub role: EditorRole,
    /// Editing, or checking answers before signing off.
    pub checking: RwSignal<bool>,
}

/// The whole form, or the sections named in `only`.
#[component]
pub fn PepForm(
    /// The PEP, its report and how errors show.
    section: Section,
    /// The council's configuration.
    config: StoredValue<Config>,
    /// Who is using it.
    role: EditorRole,
    /// The date a sign-off is recorded on.
    today: Date,
    /// Whether the PEP shown is a draft restored from the browser's storage.
    restored: bool,
    /// Section IDs to show; empty for the whole form with its task list.
    only: &'static [&'static str],
    /// Whether the host offers "Start the next PEP".
    allow_next: bool,
    /// Called with the stage and the PEP once a sign-off is recorded.
    on_signoff: Callback<(Stage, Pep)>,
    /// Called with the next PEP, carried forward, when it is asked for.
    on_next: Callback<Pep>,
) -> impl IntoView {
    let json = Memo::new(move |_| {
        section
            .pep
            .with(|p| serde_json::to_value(p).unwrap_or(Value::Null))
    });
    let kind = section.pep.with_untracked(|p| p.kind);
    let form = Form {
        section,
        json,
        kind,
        role,
        checking: RwSignal::new(false),
    };
    let shown: Vec<&'static FormSection> = SECTIONS
        .iter()
        .filter(|s| only.is_empty() || only.contains(&s.id))
        .collect();
    let whole = only.is_empty();
    let title = section
        .pep
        .with_untracked(|p| match pep_core::young_person::first_name(p) {
            Some(name) => format!("Personal Education Plan: {name}"),
            None => "Personal Education Plan".to_owned(),
        });
    let sections_view = shown
        .iter()
        .map(|s| view! { <SectionPanel form s=*s config /> })
        .collect_view();
    let stage = signs(role).filter(|s| *s != Stage::VirtualSchool);
    let signed_note = RwSignal::new(None::<String>);
    let note_id = section.ids.for_path("/signed");
    view! {
        <div class="pep-widget pep-form">
            <ErrorSummary section=section />
            <Restored restored=restored />
            <Returned form />
            {move || {
                signed_note
                    .get()
                    .map(|text| {
                        view! {
                            <div class="pep-panel" id=note_id.clone() tabindex="-1" role="status">
                                <p class="pep-panel__title">{text}</p>
                            </div>
                        }
                    })
            }}
            {whole.then(|| view! { <h2 class="pep-heading">{title}</h2> })}
            {whole.then(|| view! { <TaskList form /> })}
            <div hidden=move || form.checking.get()>{sections_view}</div>
            {stage
                .map(|stage| {
                    view! { <SignOffPanel form stage today shown=shown.clone() config signed_note on_signoff /> }
                })}
            {(role == EditorRole::VirtualSchool)
                .then(|| {
                    view! { <crate::qa_signoff::QaSignOff form config today signed_note on_signoff /> }
                })}
            {allow_next.then(|| view! { <NextPep form config today on_next /> })}
        </div>
    }
}

/// The GOV.UK task list: each section, who completes it, and its status.
#[component]
fn TaskList(form: Form) -> impl IntoView {
    let ids = form.section.ids;
    let title_id = ids.for_path("/task-list");
    let items = SECTIONS
        .iter()
        .map(|s| {
            let target = ids.for_path(&format!("/section/{}", s.id));
            let href = format!("#{target}");
            let status = Memo::new(move |_| {
                form.section.report.with(|r| {
                    let state = r.sections.iter().find(|x| x.id == s.id);
                    let mut status = state.map_or(SectionStatus::NotStarted, |x| x.status);
                    // After a sign-off attempt, a section holding it up has a problem.
                    if form.section.show_errors.get()
                        && state.is_some_and(|x| x.errors > 0)
                        && status != SectionStatus::NotStarted
                    {
                        status = SectionStatus::HasProblems;
                    }
                    status
                })
            });
            let status_id = format!("{target}-status");
            view! {
                <li class="pep-task-list__item">
                    <div class="pep-task-list__name">
                        <a
                            class="pep-link"
                            href=href
                            aria-describedby=status_id.clone()
                            on:click=move |ev| {
                                ev.prevent_default();
                                form.checking.set(false);
                                let target = target.clone();
                                request_animation_frame(move || focus_by_id(&target));
                            }
                        >
                            {s.title}
                        </a>
                        <div class="pep-hint">{owner_words(s.owner)}</div>
                    </div>
                    <div class="pep-task-list__status" id=status_id>
                        {move || {
                            let (words, class) = status_words(status.get());
                            view! { <strong class=format!("pep-tag pep-tag--{class}")>{words}</strong> }
                        }}
                    </div>
                </li>
            }
        })
        .collect_view();
    let labelled_by = title_id.clone();
    view! {
        <nav class="pep-task-list-wrap" aria-labelledby=labelled_by>
            <h3 class="pep-section-heading" id=title_id>"Sections"</h3>
            <ul class="pep-task-list">{items}</ul>
        </nav>
    }
}

/// The virtual school's reason and feedback, at the top, when it sent the
/// PEP back.
#[component]
fn Returned(form: Form) -> impl IntoView {
    let title_id = form.section.ids.for_path("/returned");
    move || {
        form.section.pep.with(|p| {
            (p.status == Some(PepStatus::Returned)).then(|| {
                let reason = p.returned_reason.clone().unwrap_or_default();
                let feedback = p
                    .sign_offs
                    .virtual_school
                    .as_ref()
                    .and_then(|v| v.feedback.clone());
                let (title_id, labelled_by) = (title_id.clone(), title_id.clone());
                view! {
                    <div class="pep-notification" role="region" aria-labelledby=labelled_by>
                        <h3 class="pep-notification__title" id=title_id>
                            "Returned by the virtual school"
                        </h3>
                        <p class="pep-body pep-yp__words">{reason}</p>
                        {feedback
                            .map(|f| {
                                view! {
                                    <p class="pep-body">
                                        <strong>"Feedback: "</strong>
                                        <span class="pep-yp__words">{f}</span>
                                    </p>
                                }
                            })}
                    </div>
                }
            })
        })
    }
}

/// One section: its heading, then its questions or a summary of them.
#[component]
fn SectionPanel(form: Form, s: &'static FormSection, config: StoredValue<Config>) -> impl IntoView {
    let ids = form.section.ids;
    let id = ids.for_path(&format!("/section/{}", s.id));
    let heading_id = format!("{id}-heading");
    let editable = edits(form.role, s);
    let parts = s
        .parts_for(form.kind)
        .map(|part| match *part {
            Part::Field(field) => {
                if editable {
                    view! { <FieldInput form field path=field.path.to_owned() /> }.into_any()
                } else {
                    view! { <dl class="pep-summary"><SummaryRow form field path=field.path.to_owned() /></dl> }.into_any()
                }
            }
            Part::List { path, item, fields } => {
                view! { <ListPart form path item fields editable /> }.into_any()
            }
            Part::When { path, fields } => {
                view! { <Revealed form path fields editable change_links=false /> }.into_any()
            }
            Part::Targets => {
                if editable {
                    view! { <crate::smart_targets::TargetList section=form.section /> }.into_any()
                } else {
                    view! { <TargetsSummary form /> }.into_any()
                }
            }
            Part::Views => view! {
                <crate::my_views::MyViews
                    section=form.section
                    config
                    restored=false
                    editable=editable
                    embedded=true
                />
            }
            .into_any(),
        })
        .collect_view();
    let labelled_by = heading_id.clone();
    // Leaving a section the user has worked in shows its errors from then on.
    let leave = move |ev: web_sys::FocusEvent| {
        use wasm_bindgen::JsCast;
        let section_el = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let to = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let still_inside = match (&section_el, &to) {
            (Some(el), Some(to)) => el.contains(Some(to)),
            _ => false,
        };
        let started = form.section.report.with_untracked(|r| {
            r.sections
                .iter()
                .any(|x| x.id == s.id && x.status != SectionStatus::NotStarted)
        });
        if editable && started && !still_inside {
            form.section.revealed.update(|r| {
                if !r.contains(&s.id) {
                    r.push(s.id);
                }
            });
        }
    };
    view! {
        <section class="pep-form-section" id=id aria-labelledby=labelled_by tabindex="-1" on:focusout=leave>
            <h3 class="pep-section-heading" id=heading_id>{s.title}</h3>
            {(!editable).then(|| view! { <p class="pep-hint">{owner_words(s.owner)}</p> })}
            {(editable && s.id == "views" && form.role == EditorRole::DesignatedTeacher)
                .then(|| {
                    view! {
                        <p class="pep-hint">
                            "Write their words as they say them, with them. The questions speak to them."
                        </p>
                    }
                })}
            {parts}
        </section>
    }
}

/// Questions shown once the field at `path` has an answer (GOV.UK
/// conditional reveal), as inputs or as summary rows with "Change" links.
#[component]
fn Revealed(
    form: Form,
    path: &'static str,
    fields: &'static [Field],
    editable: bool,
    change_links: bool,
) -> impl IntoView {
    let answered = Memo::new(move |_| form.json.with(|j| j.pointer(path).is_some()));
    move || {
        answered.get().then(|| {
            fields
                .iter()
                .map(|field| {
                    let path = field.path.to_owned();
                    if editable {
                        view! { <FieldInput form field=*field path /> }.into_any()
                    } else {
                        view! {
                            <dl class="pep-summary"><SummaryRow form field=*field path=path.clone() /></dl>
                            {change_links.then(|| view! { <ChangeLink form path label=field.label /> })}
                        }
                        .into_any()
                    }
                })
                .collect_view()
        })
    }
}

/// One question, as its kind of input.
#[component]
fn FieldInput(form: Form, field: Field, path: String) -> impl IntoView {
    let value: Signal<String> = {
        let path = path.clone();
        Memo::new(move |_| form.json.with(|j| text_at(j, &path))).into()
    };
    let write = {
        let path = path.clone();
        move |text: String| {
            let path = path.clone();
            edit_json(form.section, move |json| {
                set_pointer(json, &path, value_of(field.input, &text))
            })
        }
    };
    match field.input {
        Input::Text => view! {
            <TextField section=form.section label=field.label hint=field.hint value path on_input=write />
        }
        .into_any(),
        Input::Long(max) => view! {
            <TextField section=form.section label=field.label hint=field.hint multiline=true max value path on_input=write />
        }
        .into_any(),
        Input::Date => view! {
            <TextField section=form.section label=field.label hint=field.hint kind="date" value path on_input=write />
        }
        .into_any(),
        Input::Number | Input::Whole => view! {
            <TextField section=form.section label=field.label hint=field.hint kind="number" value path on_input=write />
        }
        .into_any(),
        Input::Choice(options) => view! {
            <SelectField section=form.section label=field.label value path options on_change=write />
        }
        .into_any(),
        Input::YesNo => view! { <YesNo form field path value on_change=write /> }.into_any(),
    }
}

/// GOV.UK inline radios: Yes and No. The first radio carries the field's id,
/// so an error summary link lands on it.
#[component]
fn YesNo(
    form: Form,
    field: Field,
    path: String,
    value: Signal<String>,
    on_change: impl Fn(String) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let id = form.section.ids.for_path(&path);
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let error = Memo::new(move |_| form.section.error_at(&path));
    let has_hint = !field.hint.is_empty();
    let described = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(h.clone());
            }
            if error.with(Option::is_some) {
                ids.push(e.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let radio = |choice: &'static str, words: &'static str, radio_id: String| {
        let on_change = on_change.clone();
        view! {
            <RadioItem
                id=radio_id
                name=id.clone()
                words
                checked=Signal::derive(move || value.get() == choice)
                on_select=Callback::new(move |()| on_change(choice.to_owned()))
            />
        }
    };
    let yes = radio("yes", "Yes", id.clone());
    let no = radio("no", "No", format!("{id}-no"));
    view! {
        <div class="pep-form-group" class:pep-form-group--error=move || error.with(Option::is_some)>
            <fieldset class="pep-fieldset pep-fieldset--inline" aria-describedby=described>
                <legend class="pep-label">{field.label}</legend>
                {has_hint.then(|| view! { <div class="pep-hint" id=hint_id.clone()>{field.hint}</div> })}
                {move || error.get().map(|m| view! { <ErrorMessage message=m id=error_id.clone() /> })}
                <div class="pep-radios pep-radios--inline">{yes}{no}</div>
            </fieldset>
        </div>
    }
}

/// "Add another": a fieldset per item, each removable.
#[component]
fn ListPart(
    form: Form,
    path: &'static str,
    item: &'static str,
    fields: &'static [Field],
    editable: bool,
) -> impl IntoView {
    let count = Memo::new(move |_| {
        form.json.with(|j| {
            j.pointer(path)
                .and_then(Value::as_array)
                .map_or(0, Vec::len)
        })
    });
    let ids = form.section.ids;
    let add_id = ids.for_path(path);
    let list_error = Memo::new(move |_| form.section.error_at(path));
    let add = move |_| {
        edit_json(form.section, |json| {
            let mut items = json
                .pointer(path)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            items.push(Value::Object(Default::default()));
            set_pointer(json, path, Some(Value::Array(items)));
        });
        let n = count.get_untracked().saturating_sub(1);
        let first = ids.for_path(&format!("{path}/{n}{}", fields[0].path));
        request_animation_frame(move || focus_by_id(&first));
    };
    let one = move |i: usize| {
        let legend = format!("{item} {}", i + 1);
        let inner = fields
            .iter()
            .map(|field| {
                let p = format!("{path}/{i}{}", field.path);
                if editable {
                    view! { <FieldInput form field=*field path=p /> }.into_any()
                } else {
                    view! { <SummaryRow form field=*field path=p /> }.into_any()
                }
            })
            .collect_view();
        if editable {
            let remove = move |_| {
                edit_json(form.section, |json| {
                    if let Some(Value::Array(items)) = json.pointer_mut(path)
                        && i < items.len()
                    {
                        items.remove(i);
                    }
                });
                let add_id = ids.for_path(path);
                request_animation_frame(move || focus_by_id(&add_id));
            };
            view! {
                <fieldset class="pep-fieldset pep-list-item">
                    <legend class="pep-fieldset__legend">{legend.clone()}</legend>
                    {inner}
                    <button type="button" class="pep-button pep-button--warning" on:click=remove>
                        {format!("Remove {}", legend.to_lowercase())}
                    </button>
                </fieldset>
            }
            .into_any()
        } else {
            view! {
                <h4 class="pep-list-heading">{legend}</h4>
                <dl class="pep-summary">{inner}</dl>
            }
            .into_any()
        }
    };
    view! {
        <For each=move || 0..count.get() key=|i| *i let:i>
            {one(i)}
        </For>
        {editable
            .then(|| {
                view! {
                    <div class="pep-form-group" class:pep-form-group--error=move || list_error.with(Option::is_some)>
                        {move || list_error.get().map(|m| view! { <ErrorMessage message=m /> })}
                        <button type="button" class="pep-button pep-button--secondary" id=add_id.clone() on:click=add>
                            {move || if count.get() == 0 { format!("Add {}", item.to_lowercase()) } else { format!("Add another {}", item.to_lowercase()) }}
                        </button>
                    </div>
                }
            })}
    }
}

/// One row of a GOV.UK summary list: the question and the answer in words.
#[component]
fn SummaryRow(form: Form, field: Field, path: String) -> impl IntoView {
    let words = Memo::new(move |_| {
        form.json
            .with(|j| words_of(field.input, &text_at(j, &path)))
    });
    view! {
        <div class="pep-summary__row">
            <dt class="pep-summary__key">{field.label}</dt>
            <dd class="pep-summary__value" class:pep-hint=move || words.with(Option::is_none)>
                {move || words.get().unwrap_or_else(|| "Not given".to_owned())}
            </dd>
        </div>
    }
}

/// The targets, read-only.
#[component]
fn TargetsSummary(form: Form) -> impl IntoView {
    const ROWS: &[(&str, &str, Input)] = &[
        ("/outcome", "What will be achieved", Input::Text),
        ("/successMeasure", "How everyone will know", Input::Text),
        ("/actions", "Actions and strategies", Input::Text),
        ("/lead/name", "Who leads it", Input::Text),
        ("/deadline", "Deadline", Input::Date),
    ];
    let count = Memo::new(move |_| form.section.pep.with(|p| p.targets.len()));
    view! {
        <For each=move || 0..count.get() key=|i| *i let:i>
            <h4 class="pep-list-heading">{format!("Target {}", i + 1)}</h4>
            <dl class="pep-summary">
                {ROWS
                    .iter()
                    .map(|(p, label, input)| {
                        let field = Field { path: p, label, hint: "", input: *input };
                        view! { <SummaryRow form field path=format!("/targets/{i}{p}") /> }
                    })
                    .collect_view()}
            </dl>
        </For>
    }
}

/// "Check your answers", then sign off.
#[component]
fn SignOffPanel(
    form: Form,
    stage: Stage,
    today: Date,
    shown: Vec<&'static FormSection>,
    config: StoredValue<Config>,
    signed_note: RwSignal<Option<String>>,
    on_signoff: Callback<(Stage, Pep)>,
) -> impl IntoView {
    let section = form.section;
    let ids = section.ids;
    let (who, key) = match stage {
        Stage::SocialWorker => ("social worker", "socialWorker"),
        _ => ("designated teacher", "designatedTeacher"),
    };
    let name_path = format!("/signOffs/{key}/name");
    // The signer's name waits here until they sign: a half-made sign-off in
    // the PEP would itself be a finding.
    let signer = RwSignal::new(section.pep.with_untracked(|p| {
        let s = &p.sign_offs;
        match stage {
            Stage::SocialWorker => s.social_worker.as_ref(),
            _ => s.designated_teacher.as_ref(),
        }
        .and_then(|s| s.name.clone())
        .unwrap_or_default()
    }));
    let check_heading = ids.for_path("/check-answers");
    let to_check = {
        let check_heading = check_heading.clone();
        move |_| {
            form.checking.set(true);
            let id = check_heading.clone();
            request_animation_frame(move || focus_by_id(&id));
        }
    };
    let back = move |_| form.checking.set(false);
    let sign = move |_| {
        section.show_errors.set(true);
        let blocking = section
            .report
            .with_untracked(|r| blocking_in(r, stage, SCOPE).len());
        if blocking > 0 {
            form.checking.set(false);
            let summary = ids.for_path("/error-summary");
            request_animation_frame(move || focus_by_id(&summary));
            return;
        }
        let name = signer.get_untracked();
        section.edit(|p| {
            let next = p.next_pep_date;
            let record = |old: Option<SignOff>| {
                let mut s = old.unwrap_or_default();
                s.name = (!name.trim().is_empty()).then(|| name.clone());
                s.date = Some(today.into());
                s.next_pep_date = next;
                Some(s)
            };
            match stage {
                Stage::SocialWorker => {
                    p.sign_offs.social_worker = record(p.sign_offs.social_worker.take());
                    p.status = Some(PepStatus::SocialWorkerSigned);
                }
                _ => {
                    p.sign_offs.designated_teacher = record(p.sign_offs.designated_teacher.take());
                    p.status = Some(PepStatus::DesignatedTeacherSigned);
                }
            }
        });
        form.checking.set(false);
        signed_note.set(Some(format!(
            "Signed off by the {who} on {}",
            today.strftime("%-d %B %Y")
        )));
        on_signoff.run((stage, section.pep.get_untracked()));
        let note = ids.for_path("/signed");
        request_animation_frame(move || focus_by_id(&note));
    };
    let owned: Vec<&'static FormSection> = shown
        .into_iter()
        .filter(|s| s.owner == stage && s.id != "views")
        .collect();
    let summaries = owned
        .iter()
        .map(|s| {
            let rows = s
                .parts_for(form.kind)
                .map(|part| match *part {
                    Part::Field(field) => view! {
                        <dl class="pep-summary">
                            <SummaryRow form field path=field.path.to_owned() />
                        </dl>
                        <ChangeLink form path=field.path.to_owned() label=field.label />
                    }
                    .into_any(),
                    Part::List { path, item, fields } => view! {
                        <ListPart form path item fields editable=false />
                        <ChangeLink form path=path.to_owned() label=item />
                    }
                    .into_any(),
                    Part::When { path, fields } => view! {
                        <Revealed form path fields editable=false change_links=true />
                    }
                    .into_any(),
                    Part::Targets => view! {
                        <TargetsSummary form />
                        <ChangeLink form path="/targets".to_owned() label="targets" />
                    }
                    .into_any(),
                    Part::Views => view! {
                        <crate::my_views::MyViews section config restored=false editable=false embedded=true />
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <h4 class="pep-list-heading">{s.title}</h4>
                {rows}
            }
        })
        .collect_view();
    view! {
        <section class="pep-form-section pep-signoff" aria-labelledby=ids.for_path("/sign-off-heading")>
            <h3 class="pep-section-heading" id=ids.for_path("/sign-off-heading")>
                {format!("Sign off as the {who}")}
            </h3>
            <div hidden=move || form.checking.get()>
                <p class="pep-body">"Check your answers, then sign off."</p>
                <button type="button" class="pep-button" on:click=to_check>
                    "Check your answers"
                </button>
            </div>
            <div hidden=move || !form.checking.get()>
                <h3 class="pep-section-heading" id=check_heading.clone() tabindex="-1">
                    "Check your answers before signing off"
                </h3>
                {summaries}
                {(stage == Stage::SocialWorker)
                    .then(|| {
                        // Every sign-off needs the next PEP date; the meeting
                        // section (where the designated teacher gives it) is
                        // not the social worker's to edit.
                        let field = Field {
                            path: "/nextPepDate",
                            label: "Date of the next PEP meeting",
                            hint: "Every sign-off needs it",
                            input: Input::Date,
                        };
                        view! { <FieldInput form field path=field.path.to_owned() /> }
                    })}
                <TextField
                    section
                    label="Your name"
                    hint="As it should appear on the sign-off"
                    value=signer.into()
                    path=name_path
                    autocomplete="name"
                    on_input=move |v: String| signer.set(v)
                />
                <button type="button" class="pep-button" on:click=sign>"Sign off"</button>
                <button type="button" class="pep-button pep-button--secondary" on:click=back>
                    "Back to the form"
                </button>
            </div>
        </section>
    }
}

/// "Change": back to the form, focus on the field.
#[component]
fn ChangeLink(form: Form, path: String, label: &'static str) -> impl IntoView {
    let target = form.section.ids.for_path(&path);
    let href = format!("#{target}");
    view! {
        <p class="pep-change">
            <a
                class="pep-link"
                href=href
                on:click=move |ev| {
                    ev.prevent_default();
                    form.checking.set(false);
                    let target = target.clone();
                    request_animation_frame(move || focus_by_id(&target));
                }
            >
                "Change"
                <span class="pep-visually-hidden">{format!(" {}", label.to_lowercase())}</span>
            </a>
        </p>
    }
}

/// "Start the next PEP", where the host allows it: the core's carry-forward
/// (targets become previous targets, the next date becomes the meeting
/// date), handed to the host in a `pep-next` event.
#[component]
fn NextPep(
    form: Form,
    config: StoredValue<Config>,
    today: Date,
    on_next: Callback<Pep>,
) -> impl IntoView {
    let start = move |_| {
        let next = form.section.pep.with_untracked(|p| {
            let date = p.next_pep_date.map_or(today, |d| d.civil());
            config.with_value(|c| pep_core::start_review_with(p, date, c))
        });
        on_next.run(next);
    };
    view! {
        <div class="pep-form-group">
            <button type="button" class="pep-button pep-button--secondary" on:click=start>
                "Start the next PEP"
            </button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn set_pointer_makes_objects_and_removes() {
        let mut v = json!({"a": {"keep": 1}, "list": [{}]});
        set_pointer(&mut v, "/a/b/c", Some(json!("x")));
        set_pointer(&mut v, "/list/0/name", Some(json!("Sam")));
        set_pointer(&mut v, "/list/5/name", Some(json!("nobody")));
        assert_eq!(
            v,
            json!({"a": {"keep": 1, "b": {"c": "x"}}, "list": [{"name": "Sam"}]})
        );
        set_pointer(&mut v, "/a/keep", None);
        assert_eq!(v["a"], json!({"b": {"c": "x"}}));
    }

    #[test]
    fn text_becomes_the_models_json() {
        assert_eq!(value_of(Input::Number, "71.5"), Some(json!(71.5)));
        assert_eq!(value_of(Input::Number, "abc"), None);
        assert_eq!(value_of(Input::Whole, "10"), Some(json!(10)));
        assert_eq!(value_of(Input::YesNo, "no"), Some(json!(false)));
        assert_eq!(value_of(Input::Text, ""), None);
        assert_eq!(
            value_of(Input::Text, " kept as typed "),
            Some(json!(" kept as typed "))
        );
        assert_eq!(
            words_of(Input::Date, "2027-02-02").as_deref(),
            Some("2 February 2027")
        );
        assert_eq!(words_of(Input::YesNo, "yes").as_deref(), Some("Yes"));
    }

    #[test]
    fn only_owners_edit_and_views_are_written_by_or_with_the_young_person() {
        let views = SECTIONS.iter().find(|s| s.id == "views").unwrap();
        let targets = SECTIONS.iter().find(|s| s.id == "targets").unwrap();
        let care = SECTIONS.iter().find(|s| s.id == "child-and-care").unwrap();
        assert!(edits(EditorRole::DesignatedTeacher, targets));
        assert!(!edits(EditorRole::SocialWorker, targets));
        assert!(edits(EditorRole::SocialWorker, care));
        assert!(edits(EditorRole::DesignatedTeacher, views));
        assert!(!edits(EditorRole::SocialWorker, views));
        assert!(edits(EditorRole::YoungPerson, views));
        assert!(!edits(EditorRole::ReadOnly, care));
        assert!(!edits(EditorRole::VirtualSchool, targets));
    }
}
