// The GOV.UK Frontend host's own script: GOV.UK Frontend's components, then
// the PEP from the portal's API into pepkit's element.
import { initAll } from "/vendor/govuk-frontend/dist/govuk/govuk-frontend.min.js";
import "/pkg/widgets/index.js";
import { loadFixture } from "/www/hosts.js";

// What GOV.UK's page template does with an inline script, which the CSP forbids.
document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

await loadFixture(document.getElementById("targets"), "school-age-gaps");
