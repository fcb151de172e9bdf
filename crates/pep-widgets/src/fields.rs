//! What every section widget shares: its state ([`Section`]), the GOV.UK
//! error summary, and labelled fields with hint, advice, error and
//! character count.

use leptos::prelude::*;
use pep_core::model::Pep;
use pep_core::{Report, Severity, Stage};

use crate::IdPrefix;

/// The `form` attribute of every field inside a widget: the id of no
/// element, so the field has no form owner. The host's `<form>` then neither
/// posts our fields one by one (the element posts the PEP as JSON under its
/// own `name`) nor lets their own constraints (a number's step, say) block
/// its submission: validity is the element's, from the findings.
pub(crate) const NO_FORM: &str = "pepkit-no-form";

/// What every part of the section shares.
#[derive(Clone, Copy)]
pub(crate) struct Section {
    pub pep: RwSignal<Pep>,
    pub report: Memo<Report>,
    pub ids: IdPrefix,
    /// Whether errors are on show: after a submit or sign-off attempt.
    pub show_errors: RwSignal<bool>,
    /// Sections (pep-core's section IDs) whose errors show already: the
    /// user has worked in them and left (GOV.UK: errors when leaving a
    /// completed section).
    pub revealed: RwSignal<Vec<&'static str>>,
    /// The sign-off whose blocking errors this section shows.
    pub stage: Stage,
    /// Tells the host of an edit (the element's `pep-change`, a draft).
    pub on_change: Callback<Pep>,
    /// The JSON Pointers this section covers: its blocking findings are
    /// the ones at or under these.
    pub scope: &'static [&'static str],
    /// The id of the element to focus for a finding's path.
    pub focus_for: fn(IdPrefix, &str) -> String,
    /// Problems the widget finds itself, beside the report's: text that
    /// cannot be kept (letters in a number) and what refuses a sign-off.
    pub local: RwSignal<Vec<Local>>,
    /// Whether a form shows "Check your answers" instead of its sections;
    /// following an error's link goes back to the sections.
    pub checking: RwSignal<bool>,
}

/// Where a widget's own problem comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// What was typed cannot be kept: it holds up the host's form too.
    Entry,
    /// A sign-off attempt: only the sign-off waits for it.
    SignOff,
}

/// A problem the widget finds itself, at a JSON Pointer.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Local {
    pub from: Origin,
    pub path: String,
    pub message: String,
}

impl Section {
    /// Applies an edit and tells the host.
    pub fn edit(self, f: impl FnOnce(&mut Pep)) {
        self.pep.update(f);
        self.on_change.run(self.pep.get_untracked());
    }

    /// Whether errors at `path` are on show: after a submit or sign-off
    /// attempt, or once the user has left its section.
    fn shown(self, path: &str) -> bool {
        let section = pep_core::sections::section_of(path);
        self.show_errors.get()
            || self
                .revealed
                .with(|r| section.is_some_and(|s| r.contains(&s)))
    }

    /// The error at exactly `path`, when errors are on show: the widget's
    /// own (what was typed cannot be kept) first, then the report's.
    pub fn error_at(self, path: &str) -> Option<String> {
        let local = self.local.with(|l| {
            l.iter()
                .find(|p| p.path == path)
                .map(|p| (p.from, p.message.clone()))
        });
        match local {
            // A sign-off's problems show as soon as it is attempted.
            Some((Origin::SignOff, message)) => return Some(message),
            Some((Origin::Entry, message)) => return self.shown(path).then_some(message),
            None => {}
        }
        if !self.shown(path) {
            return None;
        }
        self.report.with(|r| {
            r.findings
                .iter()
                .find(|f| f.path == path && f.severity == Severity::Error)
                .map(|f| f.message.clone())
        })
    }

    /// Records (`Some`) or clears (`None`) the widget's own problem at `path`.
    pub fn set_local(self, from: Origin, path: &str, message: Option<String>) {
        let now = self.local.with_untracked(|l| {
            l.iter()
                .find(|p| p.from == from && p.path == path)
                .map(|p| p.message.clone())
        });
        if now == message {
            return;
        }
        self.local.update(|l| {
            l.retain(|p| !(p.from == from && p.path == path));
            if let Some(message) = message {
                l.push(Local {
                    from,
                    path: path.to_owned(),
                    message,
                });
            }
        });
    }

    /// Replaces every problem from `from` (a sign-off's, after another look).
    pub fn set_locals(self, from: Origin, found: Vec<(String, String)>) {
        let same = self.local.with_untracked(|l| {
            let now: Vec<_> = l.iter().filter(|p| p.from == from).collect();
            now.len() == found.len()
                && now
                    .iter()
                    .zip(&found)
                    .all(|(p, (path, message))| &p.path == path && &p.message == message)
        });
        if same {
            return;
        }
        self.local.update(|l| {
            l.retain(|p| p.from != from);
            l.extend(found.into_iter().map(|(path, message)| Local {
                from,
                path,
                message,
            }));
        });
    }

    /// What holds up this widget's stage in its scope: the report's blocking
    /// findings, where nothing typed at the same place is unreadable, then
    /// what was typed and cannot be kept. The host's form waits for these.
    pub fn blocking(self) -> Vec<(String, String)> {
        let entries: Vec<(String, String)> = self.local.with(|l| {
            l.iter()
                .filter(|p| p.from == Origin::Entry && in_scope(&p.path, self.scope))
                .map(|p| (p.path.clone(), p.message.clone()))
                .collect()
        });
        let mut list: Vec<(String, String)> = self.report.with(|r| {
            blocking_in(r, self.stage, self.scope)
                .into_iter()
                .filter(|(path, _)| !entries.iter().any(|(p, _)| p == path))
                .collect()
        });
        list.extend(entries);
        list
    }

    /// [`Section::blocking`] without tracking, for the host's form.
    pub fn blocking_untracked(self) -> Vec<(String, String)> {
        untrack(|| self.blocking())
    }

    /// Advice (a warning) at exactly `path`, shown as you type.
    pub fn advice_at(self, path: &str) -> Option<String> {
        self.report.with(|r| {
            r.findings
                .iter()
                .find(|f| f.path == path && f.severity == Severity::Warning)
                .map(|f| f.message.clone())
        })
    }
}

/// Whether `path` is `scope` or under it (`/targets/0` is under `/targets`).
pub(crate) fn in_scope(path: &str, scope: &[&str]) -> bool {
    scope.iter().any(|s| {
        path.strip_prefix(s)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// The findings in `scope` that hold up `stage`, in order.
pub(crate) fn blocking_in(report: &Report, stage: Stage, scope: &[&str]) -> Vec<(String, String)> {
    report
        .findings
        .iter()
        .filter(|f| f.blocks(stage) && in_scope(&f.path, scope))
        .map(|f| (f.path.clone(), f.message.clone()))
        .collect()
}

/// The GOV.UK error summary: "There is a problem", one link per problem;
/// a link moves focus to its field. After a submit or sign-off attempt it
/// lists everything holding the stage up (and what refused the sign-off),
/// as an alert; before that, the errors of the sections the user has left,
/// quietly, so the errors on show always have their summary.
#[component]
pub(crate) fn ErrorSummary(section: Section) -> impl IntoView {
    let items = Memo::new(move |_| {
        let attempted = section.show_errors.get();
        let revealed = section.revealed.get();
        if !attempted && revealed.is_empty() {
            return Vec::new();
        }
        let mut list = section.blocking();
        let refused: Vec<(String, String)> = section.local.with(|l| {
            l.iter()
                .filter(|p| p.from == Origin::SignOff)
                .map(|p| (p.path.clone(), p.message.clone()))
                .collect()
        });
        for item in refused {
            if !list.contains(&item) {
                list.push(item);
            }
        }
        if !attempted {
            list.retain(|(path, _)| {
                pep_core::sections::section_of(path).is_some_and(|s| revealed.contains(&s))
            });
        }
        list
    });
    let summary_id = section.ids.for_path("/error-summary");
    let title_id = format!("{summary_id}-title");
    move || {
        let list = items.get();
        (!list.is_empty()).then(|| {
            let links = list
                .into_iter()
                .map(|(path, message)| {
                    let target = (section.focus_for)(section.ids, &path);
                    let href = format!("#{target}");
                    view! {
                        <li>
                            <a
                                href=href
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    if section.checking.get_untracked() {
                                        // Back to the sections first; focus once they show.
                                        section.checking.set(false);
                                        let target = target.clone();
                                        request_animation_frame(move || focus_by_id(&target));
                                    } else {
                                        focus_by_id(&target);
                                    }
                                }
                            >
                                {message}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let attempted = section.show_errors.get_untracked();
            view! {
                <div
                    class="pep-error-summary"
                    id=summary_id.clone()
                    tabindex="-1"
                    aria-labelledby=title_id.clone()
                >
                    <div role=attempted.then_some("alert")>
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

thread_local! {
    /// Each mounted widget's host element, by its id prefix: ids are looked
    /// up inside the host, so a widget in a host's shadow root finds its own.
    static HOSTS: std::cell::RefCell<std::collections::HashMap<u32, web_sys::HtmlElement>> =
        Default::default();
}

/// Keeps a widget's host known to [`find_by_id`] while it is mounted.
pub(crate) struct HostEntry(u32);

impl HostEntry {
    /// Records `host` as the widget with prefix `ids`'s.
    pub fn new(ids: IdPrefix, host: web_sys::HtmlElement) -> HostEntry {
        let n = ids.number();
        HOSTS.with(|h| h.borrow_mut().insert(n, host));
        HostEntry(n)
    }
}

impl Drop for HostEntry {
    fn drop(&mut self) {
        let _ = HOSTS.try_with(|h| h.borrow_mut().remove(&self.0));
    }
}

/// The element with `id` inside the widget the id belongs to (`pep3-...` is
/// widget 3's), wherever its host is: the document or a shadow root.
pub(crate) fn find_by_id(id: &str) -> Option<web_sys::Element> {
    let host = id
        .strip_prefix("pep")
        .map(|rest| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or("")
        })
        .and_then(|n| n.parse::<u32>().ok())
        .and_then(|n| HOSTS.with(|h| h.borrow().get(&n).cloned()));
    match host {
        Some(host) => {
            let escaped = id.replace('\\', "\\\\").replace('"', "\\\"");
            host.query_selector(&format!("[id=\"{escaped}\"]"))
                .ok()
                .flatten()
        }
        None => document().get_element_by_id(id),
    }
}

/// Focuses an element and brings it (with its label above) into view.
pub(crate) fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = find_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
        el.scroll_into_view_with_bool(false);
    }
}

/// Reads one of the model's kebab-case enums from a select's value.
pub(crate) fn parse_enum<T: serde::de::DeserializeOwned>(value: &Option<String>) -> Option<T> {
    value
        .as_ref()
        .and_then(|s| serde_json::from_value(serde_json::Value::String(s.clone())).ok())
}

/// How long typing pauses before a character count is spoken (GOV.UK: 1s).
const COUNT_PAUSE_MS: u32 = 1000;

/// The words of a character count: templates with `{number}` for the
/// characters left and the characters too many.
pub(crate) type CountWords = (String, String);

/// The professional form's character count wording (GOV.UK).
fn count_words_default() -> CountWords {
    (
        "You have {number} characters remaining".to_owned(),
        "You have {number} characters too many".to_owned(),
    )
}

/// A labelled text, date or number field with hint, advice and error (GOV.UK
/// text input / textarea pattern: `aria-describedby` is hint, then error).
/// With `max`, a textarea gets the GOV.UK character count, shown once three
/// quarters of the limit is used.
#[component]
pub(crate) fn TextField(
    section: Section,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: String,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] rows: Option<u32>,
    #[prop(optional)] max: usize,
    #[prop(optional)] count_words: Option<CountWords>,
    #[prop(optional)] kind: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    value: Signal<String>,
    path: String,
    on_input: impl Fn(String) + 'static,
) -> impl IntoView {
    let id = section.ids.for_path(&path);
    let (hint_id, error_id, advice_id, count_id) = (
        format!("{id}-hint"),
        format!("{id}-error"),
        format!("{id}-advice"),
        format!("{id}-count"),
    );
    // GOV.UK counts characters as the user sees them.
    let count = Memo::new(move |_| {
        let used = value.with(|v| v.chars().count());
        (max > 0 && used * 4 >= max * 3).then_some(used)
    });
    let (left_words, over_words) = count_words.unwrap_or_else(count_words_default);
    let count_text = move || -> Option<(bool, String)> {
        count.get().map(|used| {
            let (template, n) = if used > max {
                (&over_words, used - max)
            } else {
                (&left_words, max - used)
            };
            (used > max, template.replace("{number}", &n.to_string()))
        })
    };
    // Screen readers hear the count once typing pauses (GOV.UK character
    // count), not on every keystroke: each input restarts the wait.
    let spoken = RwSignal::new(String::new());
    let pending = (max > 0).then(|| StoredValue::new_local(None::<gloo_timers::callback::Timeout>));
    let speak_soon = {
        let count_text = count_text.clone();
        move || {
            let Some(pending) = pending else {
                return;
            };
            let count_text = count_text.clone();
            let timeout = gloo_timers::callback::Timeout::new(COUNT_PAUSE_MS, move || {
                // The field may have gone (a removed list item) meanwhile.
                if count.try_get_untracked().is_none() {
                    return;
                }
                let text = count_text().map(|(_, text)| text).unwrap_or_default();
                let _ = spoken.try_set(text);
            });
            pending.update_value(|p| *p = Some(timeout));
        }
    };
    let has_hint = !hint.is_empty();
    let error = {
        let path = path.clone();
        Memo::new(move |_| section.error_at(&path))
    };
    let advice = Memo::new(move |_| section.advice_at(&path));
    let described_by = {
        let (h, e, a, c) = (
            hint_id.clone(),
            error_id.clone(),
            advice_id.clone(),
            count_id.clone(),
        );
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(h.clone());
            }
            if count.with(Option::is_some) {
                ids.push(c.clone());
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
    let on_input = std::rc::Rc::new(move |text: String| {
        on_input(text);
        speak_soon();
    });
    let input = if multiline {
        let on_input = on_input.clone();
        view! {
            <textarea
                class="pep-textarea"
                form=NO_FORM
                id=id.clone()
                rows=rows.unwrap_or(3)
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
                type=if kind == "date" { "date" } else { "text" }
                form=NO_FORM
                inputmode=match kind {
                    "number" => Some("decimal"),
                    "whole" => Some("numeric"),
                    _ => None,
                }
                spellcheck=matches!(kind, "number" | "whole").then_some("false")
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
            {has_hint.then(|| view! { <div class="pep-hint" id=hint_id.clone()>{hint}</div> })}
            {move || advice.get().map(|a| view! { <p class="pep-advice" id=advice_id.clone()>{a}</p> })}
            {move || error.get().map(|m| view! { <ErrorMessage message=m id=error_id.clone() /> })}
            {input}
            {(max > 0).then(|| view! {
                <div
                    class="pep-hint pep-character-count"
                    class:pep-character-count--over=move || count.get().is_some_and(|used| used > max)
                    id=count_id.clone()
                    aria-hidden="true"
                >
                    {move || count_text().map(|(_, text)| text)}
                </div>
                // Screen readers hear the count once typing pauses (GOV.UK
                // character count), not on every keystroke.
                <div class="pep-visually-hidden" aria-live="polite">{move || spoken.get()}</div>
            })}
        </div>
    }
}

/// A labelled select with hint and error (GOV.UK select pattern).
#[component]
pub(crate) fn SelectField(
    section: Section,
    label: &'static str,
    #[prop(optional)] hint: &'static str,
    value: Signal<String>,
    path: String,
    options: &'static [(&'static str, &'static str)],
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    let id = section.ids.for_path(&path);
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let error = Memo::new(move |_| section.error_at(&path));
    let described = {
        let (h, e) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if !hint.is_empty() {
                ids.push(h.clone());
            }
            if error.with(Option::is_some) {
                ids.push(e.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
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
            {(!hint.is_empty()).then(|| view! { <div class="pep-hint" id=hint_id.clone()>{hint}</div> })}
            {move || error.get().map(|m| view! { <ErrorMessage message=m id=error_id.clone() /> })}
            <select
                class="pep-select"
                form=NO_FORM
                id=id.clone()
                aria-describedby=described
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
pub(crate) fn ErrorMessage(message: String, #[prop(optional)] id: Option<String>) -> impl IntoView {
    view! {
        <p class="pep-error-message" id=id>
            <span class="pep-visually-hidden">"Error: "</span>
            {message}
        </p>
    }
}

/// The notice that a draft from the browser's storage is on show.
#[component]
pub(crate) fn Restored(restored: bool) -> impl IntoView {
    restored.then(|| {
        view! {
            <p class="pep-inset" role="status">
                "Your unsaved changes have been restored."
            </p>
        }
    })
}

/// One GOV.UK radio and its label. Radios need a `name` to make a group;
/// like every inner field they have no form owner.
#[component]
pub(crate) fn RadioItem(
    id: String,
    name: String,
    words: &'static str,
    checked: Signal<bool>,
    on_select: Callback<()>,
) -> impl IntoView {
    let label_for = id.clone();
    view! {
        <div class="pep-radios__item">
            <input
                class="pep-radios__input"
                type="radio"
                form=NO_FORM
                id=id
                name=name
                prop:checked=move || checked.get()
                on:change=move |_| on_select.run(())
            />
            <label class="pep-radios__label" for=label_for>{words}</label>
        </div>
    }
}
