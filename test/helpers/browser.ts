/**
 * Headless Chromium (Debian's `chromium`, installed by scripts/setup.sh) driven by playwright-core,
 * for tests of the HTML pages. A missing browser fails the test with how to install it: CI has it,
 * and a silently skipped browser test proves nothing.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { PACKAGE_ROOT } from "../../services/common/src/version";

export const CHROMIUM = process.env.FRAMEFLEET_CHROMIUM ?? "/usr/bin/chromium";
/** Screenshots and other files a person may want to look at after a run (gitignored). */
export const ARTIFACTS = join(PACKAGE_ROOT, "test-artifacts");

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: these tests need Chromium (sudo apt-get install -y chromium, or ./scripts/setup.sh; FRAMEFLEET_CHROMIUM=PATH for another binary)`);
  }
  // --no-sandbox: test machines and containers often run as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--autoplay-policy=no-user-gesture-required"] });
}

/** A page that records console errors and uncaught exceptions, for "loads with no errors" checks. */
export async function newCheckedPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}

/** Saves a full-page screenshot under test-artifacts/<group>/<name>.png; returns its path. */
export async function screenshot(page: Page, group: string, name: string): Promise<string> {
  const dir = join(ARTIFACTS, group);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
