// The entry module re-exports the wasm-bindgen module's functions, each
// behind a guard that keeps their types (see index.js).
export * from "./pep_wasm.js";
export { default } from "./pep_wasm.js";
