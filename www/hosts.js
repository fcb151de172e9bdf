// Shared by the design-system host pages: loads a realistic PEP the way a
// vendor's portal would fetch it from its own API, and hands it to pepkit.

/** Fetches `/fixtures/NAME.json` (same origin, so the CSP allows it). */
export async function fetchFixture(name = "school-age-gaps") {
  const response = await fetch(`/fixtures/${name}.json`);
  if (!response.ok) throw new Error(`cannot load the ${name} fixture: HTTP ${response.status}`);
  return response.json();
}

/** Sets the fixture as the element's `.value`. */
export async function loadFixture(element, name) {
  element.value = await fetchFixture(name);
}
