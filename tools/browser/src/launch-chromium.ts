/**
 * The one way the browser tests start a browser: Debian's chromium (apt's `chromium` package)
 * driven by playwright-core. Never a downloaded browser — `tools/ensure-chromium.sh` installs
 * the Debian one when it is missing, and the suites skip when it is still absent.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where Debian installs chromium. */
export const chromiumPath = "/usr/bin/chromium";

/** Whether chromium is installed; suites use it with `describe.skipIf(!hasChromium)`. */
export const hasChromium: boolean = existsSync(chromiumPath);

/**
 * Flags for a quiet, offline-friendly headless run: no sandbox (containers and CI run as root),
 * no GPU, and none of the background traffic (updates, sync, first-run pages) that a test must
 * not depend on or wait for.
 */
export const chromiumArgs: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Launches chromium headless. Callers close it (in `afterAll`, also when setup failed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // launch() gives every run a new, empty profile of its own (a temporary user-data-dir).
    args: [...chromiumArgs],
  });
}
