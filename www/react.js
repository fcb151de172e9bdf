// The React host: React 18 from npm's UMD build (no bundler, no JSX, since
// the CSP forbids inline scripts and eval), rendering the portal's own form
// with pepkit's element inside it, as a vendor's React app would.
import "/pkg/widgets/index.js";
import { fetchFixture } from "/www/hosts.js";

const { createElement: h, useEffect, useRef, useState } = React;

/** pepkit's element. React 18 passes unknown props to custom elements as
 * attributes and does not bind their events, so the PEP goes in through the
 * `value` attribute (JSON) and `pep-change` is listened to through a ref. */
function SmartTargets({ pep, onChange }) {
  const ref = useRef(null);
  const [initial] = useState(() => JSON.stringify(pep));
  useEffect(() => {
    const element = ref.current;
    const listener = (event) => onChange(event.detail);
    element.addEventListener("pep-change", listener);
    return () => element.removeEventListener("pep-change", listener);
  }, [onChange]);
  return h("pep-smart-targets", { ref, id: "targets", name: "pep", today: "2026-11-23", value: initial });
}

/** The report covers the whole PEP; this page edits only its targets. */
function statusText(report) {
  if (!report) return "Waiting for the first edit.";
  const aboutTargets = (f) => f.path === "/targets" || f.path.startsWith("/targets/");
  const errors = report.findings.filter((f) => f.severity === "error" && aboutTargets(f)).length;
  return errors === 0 ? "The targets have no problems." : `${errors} problem${errors === 1 ? "" : "s"} with the targets to fix.`;
}

function PepForm({ pep }) {
  const [caseReference, setCaseReference] = useState(pep.vendorCaseId ?? "");
  const [report, setReport] = useState(null);
  const onChange = useRef((detail) => setReport(detail.report)).current;
  return h(
    "form",
    { className: "portal-form", method: "post", action: "/www/saved.html" },
    h(
      "div",
      { className: "portal-field" },
      h("label", { className: "portal-label", htmlFor: "case-reference" }, "Case reference"),
      h("input", {
        className: "portal-input",
        id: "case-reference",
        name: "caseReference",
        type: "text",
        spellCheck: false,
        value: caseReference,
        onChange: (event) => setCaseReference(event.target.value),
      }),
    ),
    h(SmartTargets, { pep, onChange }),
    h("button", { className: "portal-button", type: "submit" }, "Save and continue"),
    h("h2", null, "Live report"),
    h("p", { id: "status", "aria-live": "polite" }, statusText(report)),
  );
}

function App() {
  const [pep, setPep] = useState(null);
  const [failure, setFailure] = useState(null);
  useEffect(() => {
    fetchFixture("school-age-gaps").then(setPep, (error) => setFailure(String(error.message ?? error)));
  }, []);
  if (failure) return h("p", { role: "alert" }, `The PEP could not be loaded: ${failure}`);
  if (!pep) return h("p", null, "Loading the PEP…");
  return h(PepForm, { pep });
}

ReactDOM.createRoot(document.getElementById("app")).render(h(App));
