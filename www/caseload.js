// The virtual school's portal loads its caseload from its own server and
// gives it to <pep-caseload>; pepkit itself fetches nothing.
import "/pkg/widgets/index.js";

const caseload = document.getElementById("caseload");
const response = await fetch("/www/generated/caseload.json");
if (!response.ok) {
  caseload.textContent = `The caseload cannot be loaded: HTTP ${response.status}. Run cargo xtask build.`;
} else {
  caseload.value = await response.json();
}
