// Runs www/bench-widgets.html in headless Chromium and prints its figures,
// with the all-in gzip size of the widgets entry (wasm + JS + CSS).
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { launch, open } from "../e2e/browser.mjs";

const dir = fileURLToPath(new URL("../../pkg/widgets/", import.meta.url));
const gzip = readdirSync(dir)
  .filter((f) => /\.(js|wasm|css)$/.test(f))
  .reduce((sum, f) => sum + gzipSync(readFileSync(dir + f), { level: 9 }).length, 0);

const browser = await launch();
try {
  const { page, problems } = await open(browser, "/www/bench-widgets.html");
  await page.waitForFunction(() => window.benchResults, null, { timeout: 300_000 });
  const results = await page.evaluate(() => window.benchResults);
  if (results.error) throw new Error(results.error);
  console.log(results.text);
  console.log(`widgets entry, all-in: ${(gzip / 1024).toFixed(1)} KB gzip (wasm + JS + CSS; aim: 150 KB or less)`);
  if (problems.console.length) console.log("console errors:", problems.console);
} finally {
  await browser.close();
}
