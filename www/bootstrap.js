// The Bootstrap host's own script: the PEP from the portal's API into
// pepkit's element. (No Bootstrap JavaScript: the page uses no component
// that needs it.)
import "/pkg/widgets/index.js";
import { loadFixture } from "/www/hosts.js";

await loadFixture(document.getElementById("targets"), "school-age-gaps");
