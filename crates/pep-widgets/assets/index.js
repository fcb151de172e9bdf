// pepkit widgets: importing this module registers the custom elements.
//
//   <link rel="stylesheet" href="/node_modules/pepkit/widgets/pepkit.css">
//   <script type="module">import "pepkit/widgets";</script>
//   <pep-smart-targets value='{"targets":[{}]}'></pep-smart-targets>
//
// The elements make no network request except loading pepkit's own wasm file
// (next to this module) and store nothing.
import init, { mountSmartTargets } from "./pep_widgets.js";

let ready = null;

/** Loads the wasm module once, however many elements are on the page. */
export function load() {
  ready ??= init();
  return ready;
}

/** Base class: value in (property or JSON attribute), pep-change out. */
class PepElement extends HTMLElement {
  static observedAttributes = ["value", "today"];
  #handle = null;
  #value = undefined;
  #generation = 0;

  constructor() {
    super();
    this.addEventListener("pep-change", (event) => {
      if (event.target === this) this.#value = event.detail.value;
    });
  }

  /** The PEP being edited, as a plain object. */
  get value() {
    return this.#value ?? this.#attributeValue();
  }

  set value(pep) {
    this.#value = pep;
    if (this.isConnected) this.#mount();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === "value") this.#value = undefined;
    this.#mount();
  }

  connectedCallback() {
    this.#mount();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#unmount();
  }

  #attributeValue() {
    const text = this.getAttribute("value");
    if (text === null || text.trim() === "") return undefined;
    try {
      return JSON.parse(text);
    } catch (error) {
      this.#fail(new Error(`the value attribute is not JSON: ${error.message}`));
      return undefined;
    }
  }

  async #mount() {
    const generation = ++this.#generation;
    try {
      await load();
    } catch (error) {
      this.#fail(error);
      return;
    }
    // A newer value or a removal arrived while the module loaded.
    if (generation !== this.#generation || !this.isConnected) return;
    this.#unmount();
    try {
      this.#handle = this.constructor.mount(this, this.value);
    } catch (error) {
      this.#fail(error);
    }
  }

  #unmount() {
    if (this.#handle) {
      this.#handle.destroy();
      this.#handle.free();
      this.#handle = null;
    }
  }

  /** Reports a problem without ever throwing into the host page. */
  #fail(error) {
    console.error(`<${this.localName}>:`, error);
    this.dispatchEvent(new CustomEvent("pep-error", { detail: { message: String(error?.message ?? error) }, bubbles: true }));
  }
}

/** `<pep-smart-targets>`: the SMART targets section on its own. */
export class PepSmartTargets extends PepElement {
  static mount(host, value) {
    return mountSmartTargets(host, value, host.getAttribute("today") ?? undefined);
  }
}

if (!customElements.get("pep-smart-targets")) {
  customElements.define("pep-smart-targets", PepSmartTargets);
}
