// Shared set-up for the browser tests: Debian's Chromium through
// playwright-core (no browser download), the demo server's URL, axe-core.
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

/** Where `cargo xtask test` serves www/ and pkg/. */
export const BASE = process.env.PEPKIT_URL ?? "http://127.0.0.1:8080";
/** Screenshots and other files a person may want to look at. */
export const OUTPUT = process.env.PEPKIT_OUTPUT ?? "tests/output";

const FLAGS = (process.env.PEPKIT_CHROMIUM_FLAGS ??
  "--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run").split(" ");

/** Starts Chromium with a fresh profile; close it with `browser.close()`. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), "pepkit-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.PEPKIT_CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: FLAGS.filter((f) => f !== "--headless"),
  });
  return context;
}

/**
 * Opens a page and records what a careful reviewer would want to know:
 * console errors (CSP violations show up there), page errors and every
 * request that left for somewhere other than our own server.
 */
export async function open(context, path) {
  const page = await context.newPage();
  const problems = { console: [], pageErrors: [], foreignRequests: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.console.push(msg.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(String(error)));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.console.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on("request", (request) => {
    if (!request.url().startsWith(BASE) && !request.url().startsWith("data:")) {
      problems.foreignRequests.push(request.url());
    }
  });
  const response = await page.goto(BASE + path);
  return { page, response, problems };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2.2 A/AA tags every page must pass. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe-core in the page and returns its violations, each summarised as
 * `rule: target (help)`. Evaluated through the DevTools protocol, so the
 * page's CSP still applies to everything else.
 */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => globalThis.axe.run(document, { runOnly: { type: "tag", values: tags } }),
    WCAG_TAGS,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} (${v.help})`),
  );
}

/** Saves a screenshot under tests/output/ for a person to look at. */
export async function screenshot(page, name) {
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: true });
}
