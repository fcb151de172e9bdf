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

mod drafts;
mod smart_targets;

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
    pep: RwSignal<Pep>,
    report: Memo<Report>,
    show_errors: RwSignal<bool>,
    ids: IdPrefix,
    stage: Stage,
}

#[wasm_bindgen]
impl Mounted {
    /// The PEP as edited so far, including every field pepkit does not know.
    pub fn value(&self) -> JsValue {
        self.state
            .and_then(|s| s.pep.try_with_untracked(to_js))
            .unwrap_or(JsValue::NULL)
    }

    /// The current report.
    pub fn report(&self) -> JsValue {
        self.state
            .and_then(|s| s.report.try_with_untracked(to_js))
            .unwrap_or(JsValue::NULL)
    }

    /// How many findings in this widget hold up its sign-off stage.
    #[wasm_bindgen(js_name = blockingCount)]
    pub fn blocking_count(&self) -> u32 {
        self.state
            .and_then(|s| {
                s.report
                    .try_with_untracked(|r| smart_targets::blocking_here(r, s.stage).len() as u32)
            })
            .unwrap_or(0)
    }

    /// Shows the errors (GOV.UK: after a submit or sign-off attempt, then
    /// live as they are fixed) and moves focus to the error summary.
    #[wasm_bindgen(js_name = showErrors)]
    pub fn show_errors(&self) {
        if let Some(state) = self.state {
            if state.show_errors.try_set(true).is_some() {
                return;
            }
            let summary = state.ids.for_path("/error-summary");
            request_animation_frame(move || smart_targets::focus_by_id(&summary));
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

/// Mounts the SMART targets section into `host`, editing `value` (a PEP as a
/// plain object) as of `today` (`YYYY-MM-DD`; the local date when absent).
/// `stage` is the sign-off whose blocking findings count (default
/// `designated-teacher`, who owns the targets). `autosave` (`off`, `session`,
/// `local`) with `draft_key` keeps a draft in the browser's storage and
/// restores it instead of `value` after a reload. Each edit dispatches a
/// `pep-change` event on `host` with `detail: { value, report }`.
#[wasm_bindgen(js_name = mountSmartTargets)]
pub fn mount_smart_targets(
    host: web_sys::HtmlElement,
    value: JsValue,
    today: Option<String>,
    stage: Option<String>,
    autosave: Option<String>,
    draft_key: Option<String>,
) -> Result<Mounted, JsError> {
    let mode = drafts::Autosave::parse(autosave.as_deref()).map_err(|e| JsError::new(&e))?;
    let drafts = drafts::Drafts::new(mode, draft_key.as_deref()).map_err(|e| JsError::new(&e))?;
    let restored = drafts.load().and_then(|text| read_pep_text(&text).ok());
    let was_restored = restored.is_some();
    let pep = match restored {
        Some(draft) => draft,
        None => read_pep(value)?,
    };
    let today = read_today(today)?;
    let stage = match stage.as_deref().map(str::trim) {
        None | Some("") => Stage::DesignatedTeacher,
        Some(text) => serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|_| {
            JsError::new(&format!(
                "stage: expected \"social-worker\", \"designated-teacher\" or \"virtual-school\", found {text:?}"
            ))
        })?,
    };
    let ids = IdPrefix::next();
    let events = host.clone();
    // The browser is single-threaded; the wrapper satisfies Callback's Send bound.
    let saver = send_wrapper::SendWrapper::new(drafts.clone());
    let shared = std::rc::Rc::new(std::cell::Cell::new(None));
    let out = shared.clone();
    let handle = leptos::mount::mount_to(host, move || {
        let pep = RwSignal::new(pep);
        let report = Memo::new(move |_| pep.with(|p| check(p, today)));
        let show_errors = RwSignal::new(false);
        out.set(Some(WidgetState {
            pep,
            report,
            show_errors,
            ids,
            stage,
        }));
        smart_targets::SmartTargets(smart_targets::SmartTargetsProps {
            pep,
            report,
            ids,
            stage,
            show_errors,
            restored: was_restored,
            on_change: Callback::new(move |(pep, report): (Pep, Report)| {
                dispatch_change(&events, &pep, &report);
                if let Ok(json) = serde_json::to_string(&pep) {
                    saver.save_soon(json);
                }
            }),
        })
    });
    Ok(Mounted {
        handle: Some(Box::new(handle)),
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
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("pep-change", &init) {
        let _ = host.dispatch_event(&event);
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
}

/// Runs the rules the way every widget does.
fn check(pep: &Pep, today: Date) -> Report {
    pep_core::validate(pep, &Config::default(), today)
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
