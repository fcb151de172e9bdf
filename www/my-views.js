// "My views": the young person's answers flow into the designated teacher's
// form as they type, the way a portal would pass the PEP between its pages.
import "/pkg/widgets/index.js";
import { fetchFixture } from "/www/hosts.js";

const mine = document.getElementById("mine");
const teacher = document.getElementById("teacher");
const pep = await fetchFixture(new URLSearchParams(location.search).get("fixture") ?? "school-age-gaps");
delete pep.views;
mine.value = pep;
teacher.value = pep;
mine.addEventListener("pep-change", (event) => {
  teacher.value = event.detail.value;
});
