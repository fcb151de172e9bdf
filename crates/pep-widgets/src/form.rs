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
use pep_core::model::{Kind, Pep, PepStatus};
use pep_core::sections::SectionStatus;
use pep_core::{Config, Date, Stage};
use serde_json::Value;

use crate::EditorRole;
use crate::fields::{
    ErrorMessage, ErrorSummary, Origin, RadioItem, Restored, Section, SelectField, TextField,
    focus_by_id, in_scope,
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
/// the form writes, so nothing the host sent is lost. When the result is
/// not a PEP (a year group of 300 for a field that holds 0 to 255), the PEP
/// stays as it was and the reason comes back.
fn edit_json(section: Section, change: impl FnOnce(&mut Value)) -> Result<(), String> {
    let mut json = section
        .pep
        .with_untracked(|p| serde_json::to_value(p))
        .map_err(|e| e.to_string())?;
    change(&mut json);
    let new = <Pep as serde::Deserialize>::deserialize(&json).map_err(|e| e.to_string())?;
    section.edit(|pep| *pep = new);
    Ok(())
}

/// A field's value as the form shows it.
fn text_at(json: &Value, pointer: &str) -> String {
    text_of(json.pointer(pointer))
}

/// A value as the form shows it: numbers without a needless ".0".
fn text_of(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => match n.as_i64() {
            Some(i) => i.to_string(),
            None => n.as_f64().map_or_else(|| n.to_string(), |f| f.to_string()),
        },
        Some(Value::Bool(true)) => "yes".into(),
        Some(Value::Bool(false)) => "no".into(),
        _ => String::new(),
    }
}

/// The JSON a field's text becomes: `None` (absent) when empty; an error
/// message (GOV.UK wording) when it cannot be read as the field's kind.
fn value_of(field: &Field, text: &str) -> Result<Option<Value>, String> {
    let trimmed = text.trim();
    let number = || {
        // People write "93.5%" and "93.5 %" for a percentage.
        let digits = trimmed.trim_end_matches('%').trim_end();
        digits.parse::<f64>().ok().filter(|n| n.is_finite())
    };
    Ok(match field.input {
        Input::Text | Input::Long(_) | Input::Date => {
            (!text.is_empty()).then(|| Value::String(text.to_owned()))
        }
        Input::Choice(_) | Input::Radios(_) => {
            (!trimmed.is_empty()).then(|| Value::String(trimmed.to_owned()))
        }
        _ if trimmed.is_empty() => None,
        Input::Number => match number().and_then(serde_json::Number::from_f64) {
            Some(n) => Some(Value::Number(n)),
            None => return Err(format!("{} must be a number", field.label)),
        },
        Input::Whole => match number() {
            Some(n) if n.fract() == 0.0 && n.abs() < 1e15 => Some(Value::from(n as i64)),
            _ => return Err(format!("{} must be a whole number", field.label)),
        },
        Input::YesNo => match trimmed {
            "yes" => Some(Value::Bool(true)),
            "no" => Some(Value::Bool(false)),
            _ => None,
        },
    })
}

/// What to say when a field's value is a number the PEP cannot hold.
fn cannot_keep(field: &Field) -> String {
    if field.hint.is_empty() {
        format!("{} is not a number the plan can keep", field.label)
    } else {
        // "Up to 30" reads "up to 30" mid-sentence; "0 for Reception" stays.
        let mut chars = field.hint.chars();
        let hint = match (chars.next(), chars.next()) {
            (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => first
                .to_lowercase()
                .chain(field.hint.chars().skip(1))
                .collect(),
            _ => field.hint.to_owned(),
        };
        format!("{} must be {hint}", field.label)
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
        Input::Choice(options) | Input::Radios(options) => options
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
    /// Editing, or checking answers before signing off (the section's).
    pub checking: RwSignal<bool>,
    /// Fields whose input is outside their section (the social worker's
    /// next PEP date, asked at their sign-off): their summary rows in the
    /// section do not carry the field's id.
    pub elsewhere: &'static [&'static str],
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
    /// Whether it ends with the editor's sign-off (`<pep-form>`,
    /// `<pep-signoff>`); with no sections shown, the sign-off stands alone.
    signs_off: bool,
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
    let stage = signs(role)
        .filter(|s| *s != Stage::VirtualSchool)
        .filter(|_| signs_off);
    let form = Form {
        section,
        json,
        kind,
        role,
        checking: section.checking,
        elsewhere: if stage == Some(Stage::SocialWorker) {
            &["/nextPepDate"]
        } else {
            &[]
        },
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
    let standalone = signs_off && shown.is_empty();
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
                    view! { <SignOffPanel form stage today standalone config signed_note on_signoff /> }
                })}
            {(signs_off && role == EditorRole::VirtualSchool)
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
                    view! { <dl class="pep-summary"><SummaryRow form field path=field.path.to_owned() anchor=true /></dl> }.into_any()
                }
            }
            Part::List { path, item, fields } => {
                view! { <ListPart form path item fields editable anchor=!editable /> }.into_any()
            }
            Part::When { path, fields } => {
                view! { <Revealed form path fields editable change_links=false anchor=!editable /> }.into_any()
            }
            Part::Targets => {
                if editable {
                    view! { <crate::smart_targets::TargetList section=form.section /> }.into_any()
                } else {
                    view! { <TargetsSummary form anchor=true /> }.into_any()
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
    /// Summary rows carry their fields' ids (see [`SummaryRow`]).
    anchor: bool,
) -> impl IntoView {
    let answered = Memo::new(move |_| form.json.with(|j| j.pointer(path).is_some()));
    move || {
        answered.get().then(|| {
            let inner = fields
                .iter()
                .map(|field| {
                    let path = field.path.to_owned();
                    if editable {
                        view! { <FieldInput form field=*field path /> }.into_any()
                    } else {
                        view! {
                            <dl class="pep-summary"><SummaryRow form field=*field path=path.clone() anchor /></dl>
                            {change_links.then(|| view! { <ChangeLink form path label=field.label /> })}
                        }
                        .into_any()
                    }
                })
                .collect_view();
            // GOV.UK's conditional reveal: the questions sit under the
            // answer that brought them, set in with a rule beside them.
            view! { <div class="pep-conditional" class:pep-conditional--edit=editable>{inner}</div> }
        })
    }
}

/// The questions revealed by the field at `path`, if it controls any.
fn revealed_by(path: &str) -> &'static [Field] {
    SECTIONS
        .iter()
        .flat_map(|s| s.parts)
        .find_map(|part| match part {
            Part::When { path: p, fields } if *p == path => Some(*fields),
            _ => None,
        })
        .unwrap_or(&[])
}

/// One question, as its kind of input. Numbers keep the text as typed while
/// the PEP holds what it says (so "9." stays "9." and the caret stays put);
/// text that cannot be read as the field's kind stays on screen with an
/// error, and the PEP keeps its last good value. Clearing the answer that
/// reveals other questions takes their answers out of the PEP, kept aside
/// in case the answer comes back.
#[component]
fn FieldInput(form: Form, field: Field, path: String) -> impl IntoView {
    let section = form.section;
    // A form has hundreds of fields: each sets up only what its kind needs.
    let numeric = matches!(field.input, Input::Number | Input::Whole);
    // For numbers, what was typed and the value the PEP took from it.
    let typed = numeric.then(|| RwSignal::new(None::<(String, Option<Value>)>));
    let remember = move |text: String, took: Option<Value>| {
        if let Some(typed) = typed {
            typed.set(Some((text, took)));
        }
    };
    let value: Signal<String> = {
        let path = path.clone();
        Memo::new(move |_| match typed.and_then(|t| t.get()) {
            Some((text, took)) => {
                let held = form.json.with(|j| j.pointer(&path).cloned());
                if took == held {
                    text
                } else {
                    text_of(held.as_ref())
                }
            }
            None => form.json.with(|j| text_at(j, &path)),
        })
        .into()
    };
    let revealed = match field.input {
        Input::Choice(_) | Input::Radios(_) => revealed_by(&path),
        _ => &[],
    };
    let stash =
        (!revealed.is_empty()).then(|| StoredValue::new(Vec::<(&'static str, Value)>::new()));
    let write = {
        let path = path.clone();
        move |text: String| {
            let held = form.json.with_untracked(|j| j.pointer(&path).cloned());
            let new = match value_of(&field, &text) {
                Ok(new) => new,
                Err(message) => {
                    remember(text, held);
                    section.set_local(Origin::Entry, &path, Some(message));
                    return;
                }
            };
            let applied = edit_json(section, |json| {
                if new.is_none() && held.is_some() {
                    // The revealing answer is gone: so are the revealed ones.
                    let mut kept = Vec::new();
                    for f in revealed {
                        if let Some(v) = json.pointer(f.path).cloned() {
                            kept.push((f.path, v));
                            set_pointer(json, f.path, None);
                        }
                    }
                    if let Some(stash) = stash
                        && !kept.is_empty()
                    {
                        stash.set_value(kept);
                    }
                } else if let Some(stash) = stash
                    && held.is_none()
                    && new.is_some()
                {
                    for (p, v) in stash.get_value() {
                        if json.pointer(p).is_none() {
                            set_pointer(json, p, Some(v));
                        }
                    }
                }
                set_pointer(json, &path, new.clone());
                if new.is_none() {
                    drop_empty_parent(json, &path);
                }
            });
            match applied {
                Ok(()) => {
                    remember(text, new);
                    section.set_local(Origin::Entry, &path, None);
                }
                Err(_) => {
                    remember(text, held);
                    section.set_local(Origin::Entry, &path, Some(cannot_keep(&field)));
                }
            }
        }
    };
    if numeric {
        // A question that goes (a list item removed, an answer hidden)
        // takes its problem with it.
        let path = path.clone();
        on_cleanup(move || {
            let _ = section
                .local
                .try_update(|l| l.retain(|p| !(p.from == Origin::Entry && p.path == path)));
        });
    }
    match field.input {
        Input::Text => view! {
            <TextField section label=field.label hint=field.hint value path on_input=write />
        }
        .into_any(),
        Input::Long(max) => view! {
            <TextField section label=field.label hint=field.hint multiline=true max value path on_input=write />
        }
        .into_any(),
        Input::Date => view! {
            <TextField section label=field.label hint=field.hint kind="date" value path on_input=write />
        }
        .into_any(),
        Input::Number => view! {
            <TextField section label=field.label hint=field.hint kind="number" value path on_input=write />
        }
        .into_any(),
        Input::Whole => view! {
            <TextField section label=field.label hint=field.hint kind="whole" value path on_input=write />
        }
        .into_any(),
        Input::Choice(options) => view! {
            <SelectField section label=field.label hint=field.hint value path options on_change=write />
        }
        .into_any(),
        Input::YesNo => view! {
            <Radios form field path value options=&[("yes", "Yes"), ("no", "No")] inline=true on_change=write />
        }
        .into_any(),
        Input::Radios(options) => view! {
            <Radios form field path value options inline=false on_change=write />
        }
        .into_any(),
    }
}

/// Removes the object holding `path` once it is empty (`custody: {}` after
/// its status is cleared), so the PEP does not claim a part it lacks.
fn drop_empty_parent(json: &mut Value, path: &str) {
    if let Some((parent, _)) = path.rsplit_once('/')
        && !parent.is_empty()
        && json
            .pointer(parent)
            .and_then(Value::as_object)
            .is_some_and(|o| o.is_empty())
    {
        set_pointer(json, parent, None);
    }
}

/// GOV.UK radios (Yes and No inline, or a short list stacked). The first
/// radio carries the field's id, so an error summary link lands on it.
#[component]
fn Radios(
    form: Form,
    field: Field,
    path: String,
    value: Signal<String>,
    options: &'static [(&'static str, &'static str)],
    inline: bool,
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
    let radios = options
        .iter()
        .enumerate()
        .map(|(i, &(choice, words))| {
            let on_change = on_change.clone();
            let radio_id = if i == 0 {
                id.clone()
            } else {
                format!("{id}-{i}")
            };
            view! {
                <RadioItem
                    id=radio_id
                    name=id.clone()
                    words
                    checked=Signal::derive(move || value.get() == choice)
                    on_select=Callback::new(move |()| on_change(choice.to_owned()))
                />
            }
        })
        .collect_view();
    view! {
        <div class="pep-form-group" class:pep-form-group--error=move || error.with(Option::is_some)>
            <fieldset
                class="pep-fieldset"
                class:pep-fieldset--inline=inline
                aria-describedby=described
            >
                <legend class="pep-label">{field.label}</legend>
                {has_hint.then(|| view! { <div class="pep-hint" id=hint_id.clone()>{field.hint}</div> })}
                {move || error.get().map(|m| view! { <ErrorMessage message=m id=error_id.clone() /> })}
                <div class="pep-radios" class:pep-radios--inline=inline>{radios}</div>
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
    /// Summary rows carry their fields' ids (see [`SummaryRow`]).
    anchor: bool,
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
    let list_error_id = format!("{add_id}-error");
    let error_ref = list_error_id.clone();
    let add = move |_| {
        let _ = edit_json(form.section, |json| {
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
                    view! { <SummaryRow form field=*field path=p anchor /> }.into_any()
                }
            })
            .collect_view();
        if editable {
            let remove = move |_| {
                let _ = edit_json(form.section, |json| {
                    if let Some(Value::Array(items)) = json.pointer_mut(path)
                        && i < items.len()
                    {
                        items.remove(i);
                    }
                });
                // What was mistyped in the list belonged to items that moved.
                form.section.local.update(|l| {
                    l.retain(|p| !(p.from == Origin::Entry && in_scope(&p.path, &[path])))
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
                        {move || list_error.get().map(|m| view! { <ErrorMessage message=m id=list_error_id.clone() /> })}
                        <button
                            type="button"
                            class="pep-button pep-button--secondary"
                            id=add_id.clone()
                            aria-describedby=move || list_error.with(Option::is_some).then(|| error_ref.clone())
                            on:click=add
                        >
                            {move || if count.get() == 0 { format!("Add {}", item.to_lowercase()) } else { format!("Add another {}", item.to_lowercase()) }}
                        </button>
                    </div>
                }
            })}
    }
}

/// One row of a GOV.UK summary list: the question and the answer in words,
/// and the error there once errors show. An `anchor` row (in a section the
/// user reads but cannot edit) carries the field's id, so an error summary
/// link lands on it; "Check your answers" rows do not (the field has it).
#[component]
fn SummaryRow(
    form: Form,
    field: Field,
    path: String,
    #[prop(optional)] anchor: bool,
) -> impl IntoView {
    let words = {
        let path = path.clone();
        Memo::new(move |_| {
            form.json
                .with(|j| words_of(field.input, &text_at(j, &path)))
        })
    };
    let anchor = anchor && !form.elsewhere.contains(&path.as_str());
    let id = anchor.then(|| form.section.ids.for_path(&path));
    let error_id = id.as_ref().map(|id| format!("{id}-error"));
    let error = Memo::new(move |_| form.section.error_at(&path));
    let described = {
        let error_id = error_id.clone();
        move || {
            error
                .with(Option::is_some)
                .then(|| error_id.clone())
                .flatten()
        }
    };
    view! {
        <div
            class="pep-summary__row"
            class:pep-summary__row--error=move || error.with(Option::is_some)
            id=id
            tabindex=anchor.then_some("-1")
            aria-describedby=described
        >
            <dt class="pep-summary__key">{field.label}</dt>
            <dd class="pep-summary__value" class:pep-hint=move || words.with(Option::is_none)>
                {move || {
                    error
                        .get()
                        .map(|message| crate::fields::ErrorMessage(crate::fields::ErrorMessageProps {
                            message,
                            id: error_id.clone(),
                        }))
                }}
                {move || words.get().unwrap_or_else(|| "Not given".to_owned())}
            </dd>
        </div>
    }
}

/// The targets, read-only.
#[component]
fn TargetsSummary(form: Form, anchor: bool) -> impl IntoView {
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
                        view! { <SummaryRow form field path=format!("/targets/{i}{p}") anchor /> }
                    })
                    .collect_view()}
            </dl>
        </For>
    }
}

/// What a sign-off without the signer's name is told.
pub(crate) const NAME_NEEDED: &str = "Enter your name as it should appear on the sign-off";

/// What refuses a sign-off now: the findings on the PEP as it would be once
/// signed (pep-core's [`sign_off_refusals`]), what was typed and cannot be
/// kept, and a missing name. Paths with messages, in order.
///
/// [`sign_off_refusals`]: pep_core::sign_off_refusals
pub(crate) fn refusals(
    section: Section,
    signed: &Pep,
    stage: Stage,
    config: StoredValue<Config>,
    today: Date,
) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = config
        .with_value(|c| pep_core::sign_off_refusals(signed, stage, c, today))
        .into_iter()
        .map(|f| (f.path, f.message))
        .collect();
    list.extend(section.local.with(|l| {
        l.iter()
            .filter(|p| p.from == Origin::Entry)
            .map(|p| (p.path.clone(), p.message.clone()))
            .collect::<Vec<_>>()
    }));
    list
}

/// "Check your answers", then sign off. The sign-off is checked on the PEP
/// as it would be once signed, and only recorded when nothing refuses it;
/// after an attempt, what refuses it stays in the error summary, live, until
/// it is put right. Standing alone (`<pep-signoff>`), the answers show
/// straight away, without "Change" links (the host has the sections).
#[component]
fn SignOffPanel(
    form: Form,
    stage: Stage,
    today: Date,
    standalone: bool,
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
    let tried = RwSignal::new(false);
    let check_now = {
        let name_path = name_path.clone();
        move || {
            let name = signer.get();
            let signed = section.pep.with(|p| {
                let mut signed = p.clone();
                pep_core::record_sign_off(&mut signed, stage, &name, today);
                signed
            });
            let mut list = refusals(section, &signed, stage, config, today);
            if name.trim().is_empty() {
                list.push((name_path.clone(), NAME_NEEDED.to_owned()));
            }
            list
        }
    };
    {
        // After an attempt, what refuses the sign-off follows every edit.
        let check_now = check_now.clone();
        Effect::new(move |_| {
            if tried.get() {
                section.set_locals(Origin::SignOff, check_now());
            }
        });
    }
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
        let found = untrack(&check_now);
        if !found.is_empty() {
            tried.set(true);
            section.set_locals(Origin::SignOff, found);
            if !standalone {
                form.checking.set(false);
            }
            let summary = ids.for_path("/error-summary");
            request_animation_frame(move || focus_by_id(&summary));
            return;
        }
        tried.set(false);
        section.set_locals(Origin::SignOff, Vec::new());
        let name = signer.get_untracked();
        section.edit(|p| pep_core::record_sign_off(p, stage, &name, today));
        if !standalone {
            form.checking.set(false);
        }
        signed_note.set(Some(format!(
            "Signed off by the {who} on {}",
            today.strftime("%-d %B %Y")
        )));
        on_signoff.run((stage, section.pep.get_untracked()));
        let note = ids.for_path("/signed");
        request_animation_frame(move || focus_by_id(&note));
    };
    let links = !standalone;
    let summaries = SECTIONS
        .iter()
        .filter(|s| s.owner == stage && s.id != "views")
        .map(|s| {
            let rows = s
                .parts_for(form.kind)
                .map(|part| match *part {
                    Part::Field(field) => view! {
                        <dl class="pep-summary">
                            <SummaryRow form field path=field.path.to_owned() anchor=standalone />
                        </dl>
                        {links.then(|| view! { <ChangeLink form path=field.path.to_owned() label=field.label /> })}
                    }
                    .into_any(),
                    Part::List { path, item, fields } => view! {
                        <ListPart form path item fields editable=false anchor=standalone />
                        {links.then(|| view! { <ChangeLink form path=path.to_owned() label=item /> })}
                    }
                    .into_any(),
                    Part::When { path, fields } => view! {
                        <Revealed form path fields editable=false change_links=links anchor=standalone />
                    }
                    .into_any(),
                    Part::Targets => view! {
                        <TargetsSummary form anchor=standalone />
                        {links.then(|| view! { <ChangeLink form path="/targets".to_owned() label="targets" /> })}
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
    let heading_id = ids.for_path("/sign-off-heading");
    let labelled_by = heading_id.clone();
    // The sign-off's own questions show when checking answers, and after an
    // attempt (so the error summary's links to them land on something).
    let asking = move || standalone || form.checking.get() || section.show_errors.get();
    view! {
        <section class="pep-form-section pep-signoff" aria-labelledby=labelled_by>
            <h3 class="pep-section-heading" id=heading_id tabindex="-1">
                {format!("Sign off as the {who}")}
            </h3>
            <div hidden=move || standalone || form.checking.get()>
                <p class="pep-body">"Check your answers, then sign off."</p>
                <button type="button" class="pep-button" on:click=to_check>
                    "Check your answers"
                </button>
            </div>
            <div hidden=move || !(standalone || form.checking.get())>
                <h3 class="pep-section-heading" id=check_heading.clone() tabindex="-1">
                    "Check your answers before signing off"
                </h3>
                {summaries}
            </div>
            <div hidden=move || !asking()>
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
                {(!standalone)
                    .then(|| {
                        view! {
                            <button type="button" class="pep-button pep-button--secondary" on:click=back hidden=move || !form.checking.get()>
                                "Back to the form"
                            </button>
                        }
                    })}
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

    fn field(label: &'static str, hint: &'static str, input: Input) -> Field {
        Field {
            path: "/x",
            label,
            hint,
            input,
        }
    }

    #[test]
    fn text_becomes_the_models_json() {
        let number = field("Attendance (%)", "", Input::Number);
        let whole = field("Year group", "12, 13 or 14", Input::Whole);
        let text = field("Course", "", Input::Text);
        assert_eq!(value_of(&number, "71.5"), Ok(Some(json!(71.5))));
        assert_eq!(value_of(&number, " 93.5 % "), Ok(Some(json!(93.5))));
        assert_eq!(value_of(&number, ""), Ok(None));
        assert_eq!(
            value_of(&number, "abc"),
            Err("Attendance (%) must be a number".to_owned())
        );
        assert_eq!(value_of(&whole, "10"), Ok(Some(json!(10))));
        assert_eq!(
            value_of(&whole, "7.5"),
            Err("Year group must be a whole number".to_owned())
        );
        assert_eq!(
            value_of(&field("Ok", "", Input::YesNo), "no"),
            Ok(Some(json!(false)))
        );
        assert_eq!(value_of(&text, ""), Ok(None));
        assert_eq!(
            value_of(&text, " kept as typed "),
            Ok(Some(json!(" kept as typed ")))
        );
        // Numbers show as people write them.
        assert_eq!(text_of(Some(&json!(9.0))), "9");
        assert_eq!(text_of(Some(&json!(93.5))), "93.5");
        assert_eq!(
            cannot_keep(&whole),
            "Year group must be 12, 13 or 14".to_owned()
        );
        assert_eq!(
            cannot_keep(&field("Funded hours a week", "Up to 30", Input::Number)),
            "Funded hours a week must be up to 30".to_owned()
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
