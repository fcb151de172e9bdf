// pepkit widgets: importing this module registers the custom elements.
//
//   <link rel="stylesheet" href="/node_modules/pepkit/widgets/pepkit.css">
//   <script type="module">import "pepkit/widgets";</script>
//   <form method="post" action="/save">
//     <pep-smart-targets name="pep" value='{"schemaVersion":"1","kind":"school-age"}'></pep-smart-targets>
//     <button>Save</button>
//   </form>
//
// The elements are form-associated: inside a host <form>, the PEP's JSON is
// submitted under the element's `name`, and the form does not submit while
// findings hold up the element's sign-off stage (`stage` attribute, default
// "designated-teacher"); the submit attempt shows pepkit's error summary and
// moves focus to it instead. They make no network request except loading
// pepkit's own wasm file (next to this module) and store nothing.
import init, { mount as mountWidget, mountCaseload } from "./pep_widgets.js";

let ready = null;

/** Loads the wasm module once, however many elements are on the page. */
export function load() {
  ready ??= init();
  return ready;
}

/** Loads the module for `element`; false (and a `pep-error`) when it cannot. */
async function loaded(element) {
  try {
    await load();
    return true;
  } catch (error) {
    fail(element, error);
    return false;
  }
}

/** Unmounts and frees a mounted widget's handle, if any; returns null. */
function release(handle) {
  if (handle) {
    handle.destroy();
    handle.free();
  }
  return null;
}

/** Reports a problem without ever throwing into the host page. */
function fail(element, error) {
  console.error(`<${element.localName}>:`, error);
  element.dispatchEvent(new CustomEvent("pep-error", { detail: { message: String(error?.message ?? error) }, bubbles: true }));
}

/** `a` and `b` as JSON are the same, whatever the order of their keys. */
function sameJson(a, b) {
  const sorted = (_key, value) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : value;
  try {
    return JSON.stringify(a, sorted) === JSON.stringify(b, sorted);
  } catch {
    return false; // not JSON at all (a cycle, say): setValue says why
  }
}

/** The PEP a `value` attribute's JSON gives; `undefined` for none. Throws when it is not JSON. */
function valueOf(text) {
  if (text === null || text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`the value attribute is not JSON: ${error.message}`);
  }
}

/** The options an element's attributes give, plus its `.config` property. */
function optionsOf(element) {
  const attr = (name) => element.getAttribute(name) ?? undefined;
  return {
    today: attr("today"),
    stage: attr("stage"),
    autosave: attr("autosave"),
    draftKey: attr("draft-key"),
    config: element.config ?? undefined,
    editorRole: attr("editor-role"),
    allowNext: element.hasAttribute("allow-next-pep") || undefined,
    lang: attr("lang"),
  };
}

/** Base class: value in (property or JSON attribute), pep-change out, form association. */
class PepElement extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = ["value", "today", "stage", "autosave", "draft-key", "editor-role", "allow-next-pep", "lang"];
  #internals;
  #handle = null;
  /**
   * The PEP last given by the host or sent out in a `pep-change`: what a
   * mount shows when no widget is mounted, and how a host handing a
   * `pep-change` value straight back is recognised.
   */
  #value = undefined;
  /** The PEP the host last set by property; `undefined` for its `value` attribute's. A form reset goes back to it. */
  #given = undefined;
  #config = undefined;
  #generation = 0;

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.addEventListener("pep-change", (event) => {
      if (event.target !== this) return;
      this.#value = event.detail.value;
      this.#syncForm();
    });
    // A host form's submit found us invalid: show our error summary instead of
    // the browser's bubble, and move focus to it.
    this.addEventListener("invalid", (event) => {
      event.preventDefault();
      this.#handle?.showErrors();
    });
  }

  /**
   * The PEP being edited, as a plain object, with every field pepkit does
   * not know: what the widget shows (a restored draft, say), once mounted.
   */
  get value() {
    if (this.#handle) return this.#handle.value();
    return this.#value ?? this.#hostValue();
  }

  /**
   * Shows another PEP. A mounted widget takes it in place, keeping focus and
   * what is on screen, and does nothing at all for the PEP it shows already,
   * so a host may hand each `pep-change` straight back.
   */
  set value(pep) {
    const before = this.#given;
    this.#given = pep;
    if (!this.#show(this.#hostValue())) this.#given = before;
  }

  /** The council's configuration (terminology, thresholds, wording); pepkit's defaults fill the gaps. */
  get config() {
    return this.#config;
  }

  set config(config) {
    this.#config = config;
    if (this.isConnected) this.#mount();
  }

  /** The host form this element belongs to, if any. */
  get form() {
    return this.#internals.form;
  }

  /** The name the PEP's JSON is submitted under. */
  get name() {
    return this.getAttribute("name");
  }

  /** Whether the host form may submit: no findings hold up the stage. */
  checkValidity() {
    return this.#internals.checkValidity();
  }

  /** As `checkValidity`, and shows the error summary when not. */
  reportValidity() {
    const valid = this.#internals.checkValidity();
    if (!valid) this.#handle?.showErrors();
    return valid;
  }

  /** Forgets the draft kept by `autosave`: call it once the host has saved the PEP. */
  clearDraft() {
    this.#handle?.clearDraft();
  }

  /** Shows the errors now (as a sign-off attempt would) and focuses the summary. */
  showErrors() {
    this.#handle?.showErrors();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === "value") {
      let pep;
      try {
        pep = valueOf(newValue);
      } catch (error) {
        fail(this, error); // the PEP on show stays
        return;
      }
      // The attribute is the host's value now, in place of the property's.
      const before = this.#given;
      this.#given = undefined;
      if (!this.#show(pep)) this.#given = before;
      return;
    }
    if (this.isConnected) this.#mount();
  }

  connectedCallback() {
    this.#mount();
  }

  disconnectedCallback() {
    this.#generation++;
    // What was on show stays the value, and comes back if it is put back.
    if (this.#handle) this.#value = this.#handle.value();
    this.#unmount();
  }

  /** The host form's reset: back to the host's value, not the edited one, and no draft of the edits. */
  formResetCallback() {
    this.#handle?.clearDraft();
    this.#unmount();
    this.#value = undefined;
    if (this.isConnected) this.#mount();
  }

  /** The host's value: set by property, or else the `value` attribute's JSON. */
  #hostValue() {
    return this.#given ?? this.#attributeValue();
  }

  /**
   * Shows the host's `pep`: in place in a mounted widget, else at the next
   * mount. False (and a `pep-error`) when the widget refuses it, keeping
   * the PEP on show.
   */
  #show(pep) {
    const handle = this.#handle;
    if (!handle) {
      this.#value = pep;
      if (this.isConnected) this.#mount();
      return true;
    }
    // The host handing back what the widget gave it, or the same again.
    if (pep === this.#value) return true;
    const shown = handle.value();
    if (sameJson(pep, shown)) {
      this.#value = pep;
      return true;
    }
    let inPlace;
    try {
      inPlace = handle.setValue(pep);
    } catch (error) {
      fail(this, error);
      return false;
    }
    this.#value = pep;
    // Another kind of PEP, another child or other sign-offs: what the widget
    // set up as it mounted (which questions, names, answers) comes afresh.
    if (inPlace) this.#syncForm();
    else this.#mount();
    return true;
  }

  #attributeValue() {
    try {
      return valueOf(this.getAttribute("value"));
    } catch (error) {
      fail(this, error);
      return undefined;
    }
  }

  async #mount() {
    const generation = ++this.#generation;
    // A newer value or a removal may arrive while the module loads.
    if (!(await loaded(this)) || generation !== this.#generation || !this.isConnected) return;
    // Mounted again (another attribute, say): what is on show carries over.
    const value = this.value;
    this.#unmount();
    try {
      this.#handle = mountWidget(this, this.constructor.widget, value, optionsOf(this));
      this.#syncForm();
    } catch (error) {
      fail(this, error);
    }
  }

  /** The form value is the PEP's JSON; validity follows the blocking findings. */
  #syncForm() {
    if (!this.#handle) return;
    const value = this.#handle.value();
    this.#internals.setFormValue(value === null ? null : JSON.stringify(value));
    const blocking = this.#handle.blockingCount();
    if (blocking === 0) {
      this.#internals.setValidity({});
    } else {
      const message = `${blocking} ${blocking === 1 ? "thing needs" : "things need"} putting right before this can be saved`;
      this.#internals.setValidity({ customError: true }, message);
    }
  }

  #unmount() {
    this.#handle = release(this.#handle);
  }
}

/**
 * `<pep-form>`: a whole PEP of any kind: a task list of its sections, each
 * editable where `editor-role` owns it, "Check your answers", and sign-off
 * (`pep-signoff` fires once it is recorded). `allow-next-pep` adds "Start the
 * next PEP" (`pep-next` carries the new PEP).
 */
export class PepForm extends PepElement {
  static widget = "form";
}

/** `<pep-progress>`: attainment and progress, subject by subject and term by term. */
export class PepProgress extends PepElement {
  static widget = "progress";
}

/** `<pep-meeting>`: the PEP meeting: who came, attendance, wellbeing, actions, views. */
export class PepMeeting extends PepElement {
  static widget = "meeting";
}

/** `<pep-signoff>`: check your answers and sign off, as the `editor-role`. */
export class PepSignoff extends PepElement {
  static widget = "signoff";
}

/** `<pep-smart-targets>`: the SMART targets section on its own. */
export class PepSmartTargets extends PepElement {
  static widget = "smart-targets";
}

/** `<pep-my-views>`: the young person's own views, their answers saved into `views`. */
export class PepMyViews extends PepElement {
  static widget = "my-views";
}

/** `<pep-young-person-view>`: the plan, read-only, in the young person's words. */
export class PepYoungPersonView extends PepElement {
  static widget = "young-person-view";
}

/**
 * `<pep-caseload>`: the virtual school's dashboard for `.value`, an array of
 * PEPs the host has loaded (pepkit fetches nothing). Fires `pep-caseload`
 * with the totals once every PEP is checked.
 */
export class PepCaseload extends HTMLElement {
  static observedAttributes = ["today"];
  #handle = null;
  #value = undefined;
  #config = undefined;
  #generation = 0;

  /** The PEPs, as an array of plain objects. Nothing shows until it is set. */
  get value() {
    return this.#value;
  }

  set value(peps) {
    this.#value = peps ?? [];
    if (this.isConnected) this.#mount();
  }

  /** The council's configuration. */
  get config() {
    return this.#config;
  }

  set config(config) {
    this.#config = config;
    if (this.isConnected) this.#mount();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue !== newValue && this.isConnected) this.#mount();
  }

  connectedCallback() {
    this.#mount();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#unmount();
  }

  async #mount() {
    const generation = ++this.#generation;
    // The host has not given its PEPs yet: an empty dashboard (and its
    // "all checked" event) would be wrong.
    if (this.#value === undefined) return;
    if (!(await loaded(this)) || generation !== this.#generation || !this.isConnected) return;
    this.#unmount();
    try {
      this.#handle = mountCaseload(this, this.#value, { today: this.getAttribute("today") ?? undefined, config: this.#config });
    } catch (error) {
      fail(this, error);
    }
  }

  #unmount() {
    this.#handle = release(this.#handle);
  }
}

/**
 * For hosts that prefer code to markup: mounts a section widget into any
 * element. `options`: `{ widget, value, today, stage, autosave, draftKey,
 * config, editorRole, allowNext }`; `widget` is "form", "progress",
 * "meeting", "signoff", "smart-targets", "my-views", "young-person-view" or
 * "caseload" (whose `value` is an array of PEPs). Resolves to a handle with
 * `value()`, `report()`, `setValue(value)`, `showErrors()`, `clearDraft()`
 * and `destroy()`. `setValue` shows another PEP in place (afresh for another
 * kind of PEP, child or sign-offs, and a caseload's new list); it throws for
 * a value that is not one, and what was on show stays. `pep-change` events
 * fire on `element` as with the custom elements.
 */
export async function mount(element, options = {}) {
  await load();
  const { widget = "smart-targets", value, ...rest } = options;
  const caseload = widget === "caseload";
  let handle = caseload ? mountCaseload(element, value ?? [], rest) : mountWidget(element, widget, value, rest);
  let freed = false;
  return {
    value: () => handle.value(),
    report: () => handle.report(),
    setValue(value) {
      if (caseload) {
        // The new dashboard goes in before the old one goes, so a list that
        // is not one (which throws) leaves the old one on show.
        const next = mountCaseload(element, value ?? [], rest);
        release(handle);
        handle = next;
      } else if (!handle.setValue(value)) {
        // What the widget set up as it mounted differs: mount afresh.
        const pep = handle.value();
        release(handle);
        handle = mountWidget(element, widget, pep, rest);
      }
    },
    showErrors: () => handle.showErrors(),
    clearDraft: () => handle.clearDraft(),
    destroy() {
      if (freed) return;
      freed = true;
      handle.destroy();
      handle.free();
    },
  };
}

for (const [name, element] of [
  ["pep-form", PepForm],
  ["pep-progress", PepProgress],
  ["pep-meeting", PepMeeting],
  ["pep-signoff", PepSignoff],
  ["pep-smart-targets", PepSmartTargets],
  ["pep-my-views", PepMyViews],
  ["pep-young-person-view", PepYoungPersonView],
  ["pep-caseload", PepCaseload],
]) {
  if (!customElements.get(name)) customElements.define(name, element);
}
