// The demo portal's own script: listens to pepkit's events like a vendor would.
import "/pkg/widgets/index.js";

const status = document.getElementById("status");
document.getElementById("targets").addEventListener("pep-change", (event) => {
  const errors = event.detail.report.findings.filter((f) => f.severity === "error").length;
  status.textContent = errors === 0 ? "No problems found." : `${errors} problem${errors === 1 ? "" : "s"} to fix.`;
});
