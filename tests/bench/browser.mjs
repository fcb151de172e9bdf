// Runs www/bench.html in headless Chromium (Debian's, via playwright-core)
// and prints its table. `cargo xtask bench` starts the server and runs this.
import { launch, open } from "../e2e/browser.mjs";
import { buildSchemaValidator } from "./ajv-standalone.mjs";

await buildSchemaValidator();
const browser = await launch();
try {
  const { page, problems } = await open(browser, "/www/bench.html");
  await page.waitForFunction(() => window.benchResults, null, { timeout: 300_000 });
  const results = await page.evaluate(() => window.benchResults);
  if (results.error) throw new Error(results.error);
  console.log(results.text);
  if (problems.console.length) console.log("console errors:", problems.console);
} finally {
  await browser.close();
}
