//! # pep-widgets
//!
//! pepkit's PEP form widgets: Leptos components mounted into custom elements
//! that a portal drops into its own pages. The element classes themselves are
//! a small JS module (`assets/index.js`, shipped as `pepkit/widgets`) that
//! calls the mount functions exported here.
//!
//! Invariant: this crate holds no rule logic. Every judgement about a PEP comes
//! from `pep_core::validate`; the widgets only show it.

use std::any::Any;
use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use pep_core::{Config, Date, Report, Stage, model::Pep};
use wasm_bindgen::prelude::*;

mod caseload;
mod drafts;
mod fields;
mod form;
mod form_fields;
mod my_views;
mod qa_signoff;
mod smart_targets;
mod young_person_view;

/// A mounted widget. The custom element keeps it, asks it for the current
/// value and report (for the host form's value and validity), tells it to
/// show its errors on a submit attempt, and calls `destroy()` when the element
/// is removed from the page.
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<Box<dyn Any>>,
    state: Option<WidgetState>,
    drafts: drafts::Drafts,
}

/// The reactive state a mounted widget shares with its element.
#[derive(Clone, Copy)]
struct WidgetState {
    section: fields::Section,
    /// The whole report, for the host (a young person's section shows part).
    report: Memo<Report>,
}

#[wasm_bindgen]
impl Mounted {
    /// The PEP as edited so far, including every field pepkit does not know.
    pub fn value(&self) -> JsValue {
        self.state
            .and_then(|s| s.section.pep.try_with_untracked(to_js))
            .unwrap_or(JsValue::NULL)
    }

    /// The current report.
    pub fn report(&self) -> JsValue {
        self.state
            .and_then(|s| s.report.try_with_untracked(to_js))
            .unwrap_or(JsValue::NULL)
    }

    /// Shows `value`, a PEP as a plain object, in place of the one on show,
    /// without mounting again: focus, what is typed and the errors on show
    /// stay. Nothing changes when it is the PEP on show already. A value
    /// that is not a PEP is an error, and the PEP on show stays. No
    /// `pep-change` follows: the change is the host's own.
    ///
    /// Returns false when the widget should be mounted afresh with it (the
    /// value is taken all the same, so `value()` is the new PEP): it
    /// differs in what a widget sets up from the PEP as it mounts
    /// ([`Mounted::fits_in_place`]).
    #[wasm_bindgen(js_name = setValue)]
    pub fn set_value(&self, value: JsValue) -> Result<bool, JsError> {
        let gone = || JsError::new("setValue: the widget has been destroyed");
        let section = self.state.ok_or_else(gone)?.section;
        let pep_signal = section.pep;
        let pep = read_pep(value)?;
        let compared =
            pep_signal.try_with_untracked(|p| (*p == pep, Mounted::fits_in_place(p, &pep)));
        let (same, fits) = compared.ok_or_else(gone)?;
        if !same {
            pep_signal.set(pep);
            // The fields now show the host's values: what was mistyped
            // before is no longer on screen.
            section
                .local
                .update(|l| l.retain(|p| p.from != fields::Origin::Entry));
        }
        Ok(fits)
    }

    /// Whether a widget mounted with `old` can show `new` in place: what
    /// widgets set up from the PEP as they mount is the same. That is the
    /// kind (which questions are asked), the child's name (in headings),
    /// and the sign-offs, status and reason for a return (the signer's name,
    /// the QA officer's answers, feedback and reason). A widget that sets up
    /// anything else from the PEP when it mounts belongs in this list.
    fn fits_in_place(old: &Pep, new: &Pep) -> bool {
        use pep_core::young_person::first_name;
        old.kind == new.kind
            && first_name(old) == first_name(new)
            && old.sign_offs == new.sign_offs
            && old.status == new.status
            && old.returned_reason == new.returned_reason
    }

    /// How many problems hold up this widget's sign-off stage, and so the
    /// host's form: its blocking findings and what was typed and cannot be
    /// kept. For the young person, only a field over its limit.
    #[wasm_bindgen(js_name = blockingCount)]
    pub fn blocking_count(&self) -> u32 {
        let Some(state) = self.state else {
            return 0;
        };
        let s = state.section;
        // A disposed widget (removed meanwhile) holds nothing up.
        if s.report.try_with_untracked(|_| ()).is_none() {
            return 0;
        }
        s.blocking_untracked().len() as u32
    }

    /// Shows the errors (GOV.UK: after a submit or sign-off attempt, then
    /// live as they are fixed) and moves focus to the error summary.
    #[wasm_bindgen(js_name = showErrors)]
    pub fn show_errors(&self) {
        if let Some(state) = self.state {
            let state = state.section;
            if state.show_errors.try_set(true).is_some() {
                return;
            }
            let summary = state.ids.for_path("/error-summary");
            request_animation_frame(move || fields::focus_by_id(&summary));
        }
    }

    /// Forgets the saved draft, if autosave is on: the host calls this once
    /// it has saved the PEP itself.
    #[wasm_bindgen(js_name = clearDraft)]
    pub fn clear_draft(&self) {
        self.drafts.clear();
    }

    /// Unmounts the widget. Calling it twice is harmless.
    pub fn destroy(&mut self) {
        self.state = None;
        self.handle.take();
    }
}

/// Which section widget to mount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Widget {
    /// `<pep-smart-targets>`.
    SmartTargets,
    /// `<pep-my-views>`: the young person's own views.
    MyViews,
    /// `<pep-young-person-view>`: the plan, read-only, for the young person.
    YoungPersonView,
    /// `<pep-form>`: the whole PEP.
    Form,
    /// `<pep-progress>`: attainment and progress, subjects by terms.
    Progress,
    /// `<pep-meeting>`: the PEP meeting.
    Meeting,
    /// `<pep-signoff>`: check your answers and sign off.
    SignOff,
}

impl Widget {
    fn parse(name: &str) -> Result<Widget, JsError> {
        match name {
            "smart-targets" => Ok(Widget::SmartTargets),
            "my-views" => Ok(Widget::MyViews),
            "young-person-view" => Ok(Widget::YoungPersonView),
            "form" => Ok(Widget::Form),
            "progress" => Ok(Widget::Progress),
            "meeting" => Ok(Widget::Meeting),
            "signoff" => Ok(Widget::SignOff),
            other => Err(JsError::new(&format!(
                "widget: expected \"form\", \"smart-targets\", \"progress\", \"meeting\", \"signoff\", \"my-views\" or \"young-person-view\", found {other:?}"
            ))),
        }
    }

    /// The JSON Pointers whose blocking findings hold up the host's form.
    /// The young person's view edits nothing, so it never blocks.
    fn scope(self, role: EditorRole) -> &'static [&'static str] {
        match (self, role) {
            (_, EditorRole::ReadOnly) | (Widget::YoungPersonView, _) => &[],
            // The young person writes only their views, wherever they are.
            (Widget::MyViews, _) | (_, EditorRole::YoungPerson) => my_views::SCOPE,
            (Widget::SmartTargets, _) => smart_targets::SCOPE,
            (Widget::Form | Widget::SignOff, _) => form::SCOPE,
            (Widget::Progress, _) => &["/attainment"],
            (Widget::Meeting, _) => &["/meeting", "/nextPepDate", "/previousPepDate"],
        }
    }

    /// The sections a form widget shows; empty for all.
    fn only(self) -> &'static [&'static str] {
        match self {
            Widget::Progress => &["attainment"],
            Widget::Meeting => &["meeting"],
            // Check your answers and sign off, with no sections.
            Widget::SignOff => &["none"],
            _ => &[],
        }
    }

    /// The element to focus for a finding.
    fn focus_for(self) -> fn(IdPrefix, &str) -> String {
        match self {
            Widget::SmartTargets => smart_targets::field_for,
            Widget::MyViews | Widget::YoungPersonView => |ids, path| ids.for_path(path),
            Widget::Form | Widget::Progress | Widget::Meeting | Widget::SignOff => nearest_field,
        }
    }
}

/// The options every widget takes: the element's attributes and properties.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Options {
    /// `YYYY-MM-DD`; the local date when absent.
    today: Option<String>,
    /// The sign-off whose blocking findings count.
    stage: Option<String>,
    /// `off`, `session` or `local`.
    autosave: Option<String>,
    /// Names the draft in storage.
    draft_key: Option<String>,
    /// The council's configuration (pepkit's defaults fill the gaps).
    config: Option<serde_json::Value>,
    /// Who is looking: `social-worker`, `designated-teacher`,
    /// `virtual-school`, `young-person` or `read-only`.
    editor_role: Option<String>,
    /// Whether a form offers "Start the next PEP".
    allow_next: Option<bool>,
    /// The language of messages (a BCP 47 tag); replaces `config.lang`.
    lang: Option<String>,
}

/// Who is using a widget, which decides what they may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EditorRole {
    SocialWorker,
    DesignatedTeacher,
    VirtualSchool,
    YoungPerson,
    ReadOnly,
}

impl EditorRole {
    fn parse(text: Option<&str>, default: EditorRole) -> Result<EditorRole, JsError> {
        match text.map(str::trim) {
            None | Some("") => Ok(default),
            Some("social-worker") => Ok(EditorRole::SocialWorker),
            Some("designated-teacher") => Ok(EditorRole::DesignatedTeacher),
            Some("virtual-school") => Ok(EditorRole::VirtualSchool),
            Some("young-person") => Ok(EditorRole::YoungPerson),
            Some("read-only") => Ok(EditorRole::ReadOnly),
            Some(other) => Err(JsError::new(&format!(
                "editor-role: expected \"social-worker\", \"designated-teacher\", \"virtual-school\", \"young-person\" or \"read-only\", found {other:?}"
            ))),
        }
    }
}

/// Reads the options object; `undefined` or `null` is no options.
fn read_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("options: {e}")))
}

/// Reads the council's configuration, saying where a problem is.
fn read_config(config: Option<serde_json::Value>) -> Result<Config, JsError> {
    match config {
        None | Some(serde_json::Value::Null) => Ok(Config::default()),
        Some(value) => Config::from_value(value)
            .map_err(|e| JsError::new(&format!("config{}: {}", e.path, e.message))),
    }
}

/// Mounts a section widget into `host`: `widget` is `smart-targets`,
/// `my-views` or `young-person-view`; `value` is the PEP as a plain object;
/// `options` is `{ today, stage, autosave, draftKey, config, editorRole }`,
/// all optional. `editorRole` decides what may be changed: in `my-views` only
/// the young person (the default there) writes; anyone else reads their
/// answers.
/// `stage` is the sign-off whose blocking findings count (default
/// `designated-teacher`). `autosave` (`off`, `session`, `local`) with
/// `draftKey` keeps a draft in the browser's storage and restores it instead
/// of `value` after a reload. Each edit dispatches a `pep-change` event on
/// `host` with `detail: { value, report }`.
#[wasm_bindgen]
pub fn mount(
    host: web_sys::HtmlElement,
    widget: &str,
    value: JsValue,
    options: JsValue,
) -> Result<Mounted, JsError> {
    let widget = Widget::parse(widget)?;
    let options = read_options(options)?;
    // The young person's own widgets are theirs by default.
    let role = EditorRole::parse(
        options.editor_role.as_deref(),
        match widget {
            Widget::MyViews | Widget::YoungPersonView => EditorRole::YoungPerson,
            _ => EditorRole::DesignatedTeacher,
        },
    )?;
    let mut config = read_config(options.config)?;
    if let Some(lang) = options.lang.filter(|l| !l.trim().is_empty()) {
        config.lang = lang;
    }
    let mode =
        drafts::Autosave::parse(options.autosave.as_deref()).map_err(|e| JsError::new(&e))?;
    let drafts = if widget == Widget::YoungPersonView {
        // A read-only view has nothing to save.
        drafts::Drafts::new(drafts::Autosave::Off, None)
    } else {
        drafts::Drafts::new(mode, options.draft_key.as_deref())
    }
    .map_err(|e| JsError::new(&e))?;
    let restored = drafts.load().and_then(|text| read_pep_text(&text).ok());
    let was_restored = restored.is_some();
    let pep = match restored {
        Some(draft) => draft,
        None => read_pep(value)?,
    };
    let today = read_today(options.today)?;
    let stage = match options.stage.as_deref().map(str::trim) {
        // A form signs off as its editor.
        None | Some("") => match role {
            EditorRole::SocialWorker => Stage::SocialWorker,
            EditorRole::VirtualSchool => Stage::VirtualSchool,
            _ => Stage::DesignatedTeacher,
        },
        Some(text) => serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|_| {
            JsError::new(&format!(
                "stage: expected \"social-worker\", \"designated-teacher\" or \"virtual-school\", found {text:?}"
            ))
        })?,
    };
    let ids = IdPrefix::next();
    let entry = fields::HostEntry::new(ids, host.clone());
    let events = host.clone();
    let signoff_events = send_wrapper::SendWrapper::new(host.clone());
    let next_events = send_wrapper::SendWrapper::new(host.clone());
    let allow_next = options.allow_next.unwrap_or(false);
    // The browser is single-threaded; the wrapper satisfies Callback's Send bound.
    let saver = send_wrapper::SendWrapper::new(drafts.clone());
    let shared = std::rc::Rc::new(std::cell::Cell::new(None));
    let out = shared.clone();
    let handle = leptos::mount::mount_to(host, move || {
        let pep = RwSignal::new(pep);
        let config = StoredValue::new(config);
        let report = Memo::new(move |_| {
            pep.with(|p| config.with_value(|c| pep_core::validate(p, c, today)))
        });
        // The young person sees, and is held up by, only what is theirs to
        // put right, in their words; the host still gets the whole report.
        let shown = if role == EditorRole::YoungPerson {
            Memo::new(move |_| report.with(my_views::young_persons_report))
        } else {
            report
        };
        let show_errors = RwSignal::new(false);
        let section = fields::Section {
            pep,
            report: shown,
            ids,
            show_errors,
            revealed: RwSignal::new(Vec::new()),
            stage,
            on_change: Callback::new(move |pep: Pep| {
                dispatch_change(&events, &pep, &report.get_untracked());
                if let Ok(json) = serde_json::to_string(&pep) {
                    saver.save_soon(json);
                }
            }),
            scope: widget.scope(role),
            focus_for: widget.focus_for(),
            local: RwSignal::new(Vec::new()),
            checking: RwSignal::new(false),
        };
        out.set(Some(WidgetState { section, report }));
        match widget {
            Widget::SmartTargets => smart_targets::SmartTargets(smart_targets::SmartTargetsProps {
                section,
                restored: was_restored,
            })
            .into_any(),
            Widget::MyViews => my_views::MyViews(my_views::MyViewsProps {
                section,
                config,
                restored: was_restored,
                editable: role == EditorRole::YoungPerson,
                embedded: false,
            })
            .into_any(),
            Widget::YoungPersonView => {
                young_person_view::YoungPersonView(young_person_view::YoungPersonViewProps {
                    pep,
                    config,
                })
                .into_any()
            }
            Widget::Form | Widget::Progress | Widget::Meeting | Widget::SignOff => {
                form::PepForm(form::PepFormProps {
                    section,
                    config,
                    role,
                    today,
                    restored: was_restored,
                    only: widget.only(),
                    allow_next,
                    signs_off: matches!(widget, Widget::Form | Widget::SignOff),
                    on_signoff: Callback::new(move |(stage, pep): (Stage, Pep)| {
                        let detail = js_sys::Object::new();
                        let _ = js_sys::Reflect::set(&detail, &"stage".into(), &to_js(&stage));
                        let _ = js_sys::Reflect::set(&detail, &"value".into(), &to_js(&pep));
                        dispatch(&signoff_events, "pep-signoff", &detail);
                    }),
                    on_next: Callback::new(move |pep: Pep| {
                        let detail = js_sys::Object::new();
                        let _ = js_sys::Reflect::set(&detail, &"value".into(), &to_js(&pep));
                        dispatch(&next_events, "pep-next", &detail);
                    }),
                })
                .into_any()
            }
        }
    });
    Ok(Mounted {
        handle: Some(Box::new((handle, entry))),
        state: shared.get(),
        drafts,
    })
}

/// Reads the host's value: `undefined`/`null` is an empty PEP. It goes
/// through JSON text, like pep-wasm, so deep nesting is an error rather than a
/// stack overflow, and unknown fields are kept the same way.
fn read_pep(value: JsValue) -> Result<Pep, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Pep::default());
    }
    let text = js_sys::JSON::stringify(&value)
        .map_err(|_| {
            JsError::new(
                "the value cannot be read as JSON (it may refer to itself or be nested too deeply)",
            )
        })?
        .as_string()
        .unwrap_or_default();
    read_pep_text(&text).map_err(|e| JsError::new(&format!("the value is not a PEP: {e}")))
}

/// Reads PEP JSON text leniently (a draft may have gaps), with serde_json's
/// depth limit, through the one deserializer pep-core uses.
fn read_pep_text(text: &str) -> Result<Pep, serde_json::Error> {
    use serde::Deserialize;
    let json: serde_json::Value = serde_json::from_str(text)?;
    Pep::deserialize(&json)
}

/// Reads the `today` attribute, or the local date when there is none.
fn read_today(today: Option<String>) -> Result<Date, JsError> {
    match today.filter(|t| !t.trim().is_empty()) {
        Some(text) => text.trim().parse().map_err(|_| {
            JsError::new(&format!(
                "today: expected a date like 2026-09-01, found {text:?}"
            ))
        }),
        None => {
            let now = js_sys::Date::new_0();
            Ok(Date::new(
                now.get_full_year() as i16,
                (now.get_month() + 1) as i8,
                now.get_date() as i8,
            )
            .unwrap_or(Date::constant(2026, 1, 1)))
        }
    }
}

/// Converts to plain JS objects, as a host's JSON code expects.
fn to_js<T: serde::Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

fn dispatch_change(host: &web_sys::HtmlElement, pep: &Pep, report: &Report) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"value".into(), &to_js(pep));
    let _ = js_sys::Reflect::set(&detail, &"report".into(), &to_js(report));
    dispatch(host, "pep-change", &detail);
}

/// Fires a bubbling, composed `CustomEvent` on `host`.
fn dispatch(host: &web_sys::HtmlElement, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// The id of the element to focus for a finding: the field at its path, or
/// the nearest enclosing one that is on the page (a list's "add" button, a
/// target's first field, the section).
fn nearest_field(ids: IdPrefix, path: &str) -> String {
    if path.starts_with("/targets") {
        let id = smart_targets::field_for(ids, path);
        // Read-only targets have no fields: then the section, below.
        if fields::find_by_id(&id).is_some() {
            return id;
        }
    }
    let mut at = path;
    loop {
        let id = ids.for_path(at);
        if at.is_empty() || fields::find_by_id(&id).is_some() {
            return id;
        }
        at = match at.rfind('/') {
            Some(i) => &at[..i],
            None => "",
        };
        if at.is_empty() {
            // A sign-off's own problems (the order of the sign-offs) have no
            // field: the sign-off's heading.
            return pep_core::sections::section_of(path)
                .map(|s| ids.for_path(&format!("/section/{s}")))
                .filter(|id| fields::find_by_id(id).is_some())
                .unwrap_or_else(|| ids.for_path("/sign-off-heading"));
        }
    }
}

/// A prefix that makes element ids unique per widget instance, so many
/// widgets can share a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdPrefix(u32);

impl IdPrefix {
    fn next() -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        IdPrefix(NEXT.fetch_add(1, Ordering::Relaxed))
    }

    /// The element id for a JSON Pointer: `/targets/0/lead/name` in widget 3
    /// is `pep3-targets-0-lead-name`.
    pub fn for_path(self, pointer: &str) -> String {
        format!("pep{}{}", self.0, pointer.replace('/', "-"))
    }

    /// The widget's number, unique on the page.
    pub(crate) fn number(self) -> u32 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::IdPrefix;

    #[test]
    fn ids_follow_json_pointers_and_differ_per_instance() {
        let a = IdPrefix::next();
        let b = IdPrefix::next();
        assert_ne!(a.for_path("/targets/0"), b.for_path("/targets/0"));
        assert_eq!(
            IdPrefix(3).for_path("/targets/0/lead/name"),
            "pep3-targets-0-lead-name"
        );
    }
}
