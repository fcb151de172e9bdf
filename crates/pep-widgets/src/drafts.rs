//! Drafts: with `autosave="session"` or `"local"` and a `draft-key`, the PEP
//! being edited is written to the browser's session or local storage a
//! moment after each edit, and a reload restores it. With autosave off (the
//! default) nothing is ever written: children's data stays where the host
//! keeps it unless the host opts in.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use gloo_timers::callback::Timeout;

/// How long after the last keystroke a draft is written, in milliseconds.
const DEBOUNCE_MS: u32 = 400;

/// Where drafts go, if anywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Autosave {
    /// Nothing is written (the default).
    Off,
    /// `sessionStorage`: gone when the tab closes.
    Session,
    /// `localStorage`: kept on this device until cleared.
    Local,
}

impl Autosave {
    /// Reads the `autosave` attribute.
    pub fn parse(text: Option<&str>) -> Result<Autosave, String> {
        match text.map(str::trim) {
            None | Some("") | Some("off") => Ok(Autosave::Off),
            Some("session") => Ok(Autosave::Session),
            Some("local") => Ok(Autosave::Local),
            Some(other) => Err(format!(
                "autosave: expected \"off\", \"session\" or \"local\", found {other:?}"
            )),
        }
    }
}

/// One widget's drafts: where, under which key, and the pending write.
#[derive(Clone)]
pub struct Drafts {
    mode: Autosave,
    key: String,
    pending: Rc<RefCell<Option<Timeout>>>,
}

impl Drafts {
    /// No drafts: for widgets that edit nothing.
    pub fn off() -> Drafts {
        Drafts {
            mode: Autosave::Off,
            key: String::new(),
            pending: Rc::default(),
        }
    }

    /// Drafts for `draft_key` in `mode`. Autosave needs a key; without one it
    /// is an error rather than a silent no-op.
    pub fn new(mode: Autosave, draft_key: Option<&str>) -> Result<Drafts, String> {
        let key = match (mode, draft_key.map(str::trim)) {
            (Autosave::Off, _) => String::new(),
            (_, Some(k)) if !k.is_empty() => format!("pepkit:draft:{k}"),
            _ => return Err("autosave needs a draft-key attribute naming this PEP's draft".into()),
        };
        Ok(Drafts {
            mode,
            key,
            pending: Rc::new(RefCell::new(None)),
        })
    }

    /// The saved draft's JSON text, if there is one.
    pub fn load(&self) -> Option<String> {
        let storage = match self.mode {
            Autosave::Off => return None,
            Autosave::Session => SessionStorage::raw(),
            Autosave::Local => LocalStorage::raw(),
        };
        storage.get_item(&self.key).ok().flatten()
    }

    /// Writes `json` a moment from now, replacing any write still waiting.
    pub fn save_soon(&self, json: String) {
        if self.mode == Autosave::Off {
            return;
        }
        let (mode, key) = (self.mode, self.key.clone());
        let timeout = Timeout::new(DEBOUNCE_MS, move || write(mode, &key, Some(&json)));
        // Dropping the previous timeout cancels it.
        *self.pending.borrow_mut() = Some(timeout);
    }

    /// Forgets the draft (the host calls this once it has saved the PEP).
    pub fn clear(&self) {
        self.pending.borrow_mut().take();
        write(self.mode, &self.key, None);
    }
}

fn write(mode: Autosave, key: &str, json: Option<&str>) {
    let storage = match mode {
        Autosave::Off => return,
        Autosave::Session => SessionStorage::raw(),
        Autosave::Local => LocalStorage::raw(),
    };
    // Storage can be full or forbidden (private browsing): a draft is a
    // convenience, so failing to write one must not break the form.
    let _ = match json {
        Some(json) => storage.set_item(key, json),
        None => storage.remove_item(key),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_attribute_and_needs_a_key() {
        assert_eq!(Autosave::parse(None), Ok(Autosave::Off));
        assert_eq!(Autosave::parse(Some("session")), Ok(Autosave::Session));
        assert_eq!(Autosave::parse(Some(" local ")), Ok(Autosave::Local));
        assert!(
            Autosave::parse(Some("cloud"))
                .unwrap_err()
                .contains("cloud")
        );
        assert!(Drafts::new(Autosave::Session, None).is_err());
        assert!(Drafts::new(Autosave::Session, Some(" ")).is_err());
        assert!(Drafts::new(Autosave::Off, None).is_ok());
        assert_eq!(
            Drafts::new(Autosave::Local, Some("pep-42")).unwrap().key,
            "pepkit:draft:pep-42"
        );
    }
}
