// The virtual school's portal: loads a PEP (?fixture=) into <pep-signoff> and
// hears the decision.
import "/pkg/widgets/index.js";
import { fetchFixture } from "/www/hosts.js";

const qa = document.getElementById("qa");
const status = document.getElementById("status");
qa.addEventListener("pep-signoff", (event) => {
  status.textContent = `The portal received the decision: ${event.detail.value.status}.`;
});
qa.value = await fetchFixture(new URLSearchParams(location.search).get("fixture") ?? "school-age-good");
