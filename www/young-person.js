// The young person's page: the portal loads their PEP (here a fixture named
// by ?fixture=) and hands it to <pep-young-person-view>.
import "/pkg/widgets/index.js";
import { loadFixture } from "/www/hosts.js";

const name = new URLSearchParams(location.search).get("fixture") ?? "school-age-good";
const plan = document.getElementById("plan");
plan.addEventListener("pep-error", (event) => {
  plan.textContent = `This plan cannot be shown: ${event.detail.message}`;
});
document.getElementById("print").addEventListener("click", () => window.print());
await loadFixture(plan, name);
