// pepkit's validation entry (`import ... from "pepkit"`): the wasm-bindgen
// module's functions, each behind a guard.
//
// pep-core never panics on bad input: that is an Error with a `path`. Should a
// bug make it panic anyway, the release build aborts, which JavaScript sees as
// a `WebAssembly.RuntimeError` from an instance that may no longer be sound.
// The guard turns that into an ordinary Error (`internal: true`), starts a
// fresh instance, and the next call works as before. The panic's own message
// goes to the console.
import init, * as wasm from "./pep_wasm.js";

export default init;
export const initSync = wasm.initSync;

function guarded(name) {
  const call = wasm[name];
  return function (...args) {
    try {
      return call(...args);
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      wasm.__wbg_reset_state();
      const internal = new Error(
        `pepkit stopped on an internal error in ${name} and has restarted (${error.message}); ` +
          "please report it with the document that caused it",
      );
      internal.path = "";
      internal.internal = true;
      throw internal;
    }
  };
}

export const validate = guarded("validate");
export const signOffCheck = guarded("signOffCheck");
export const schedule = guarded("schedule");
export const qaAssess = guarded("qaAssess");
export const startReview = guarded("startReview");
export const parse = guarded("parse");
export const schema = guarded("schema");
export const defaultConfig = guarded("defaultConfig");
export const rules = guarded("rules");
export const version = guarded("version");
/** For pepkit's own tests: panics on purpose. */
export const __testPanic = guarded("__testPanic");
