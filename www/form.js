// The whole-PEP form: the portal loads a PEP (?fixture=, default the
// school-age PEP with gaps), sets who is editing (?role=) and listens for the
// sign-off and "start the next PEP".
import "/pkg/widgets/index.js";
import { fetchFixture } from "/www/hosts.js";

const params = new URLSearchParams(location.search);
const form = document.getElementById("pep");
const status = document.getElementById("status");
form.setAttribute("editor-role", params.get("role") ?? "designated-teacher");
form.addEventListener("pep-signoff", (event) => {
  status.textContent = `The portal received the ${event.detail.stage} sign-off.`;
});
form.addEventListener("pep-next", (event) => {
  status.textContent = `The portal received the next PEP (previous targets: ${event.detail.value.previousTargets?.length ?? 0}).`;
});
form.value = await fetchFixture(params.get("fixture") ?? "school-age-gaps");
