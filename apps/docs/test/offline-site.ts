/**
 * A browser context that can reach the docs server and nothing else. Every other request is
 * aborted and recorded, so a test proves the site renders offline (Redocly's `--inlineBundle`
 * puts Redoc's scripts in reference.html) and sees anything the pages still try to fetch.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface BlockedRequest {
  url: string;
  /** Playwright's resource type: "script", "stylesheet", "image", "font", "fetch"… */
  resourceType: string;
}

export interface OfflineSite {
  context: BrowserContext;
  /** Requests to anywhere but the docs server, aborted. */
  blocked: BlockedRequest[];
  /** Uncaught errors thrown by the pages' scripts (`pageerror`). */
  pageErrors: string[];
  /** Requests to the docs server that failed or answered 4xx/5xx. */
  failed: string[];
  /** Opens `path` (relative to the server) in a new page; fails unless it answers 200. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

// Generous: the reference is ~2.7 MB of inline script, and the two cores may be busy.
const timeout = 60_000;

export async function offlineSite(browser: Browser, serverUrl: string): Promise<OfflineSite> {
  const origin = new URL(serverUrl).origin;
  const ours = (url: string) => URL.canParse(url) && new URL(url).origin === origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(timeout);
  context.setDefaultNavigationTimeout(timeout);
  const site: OfflineSite = {
    context,
    blocked: [],
    pageErrors: [],
    failed: [],
    async open(path) {
      const page = await context.newPage();
      page.on("pageerror", (error) => site.pageErrors.push(`${page.url()}: ${error.message}`));
      const response = await page.goto(new URL(path, serverUrl).href);
      if (response?.status() !== 200) {
        throw new Error(`${path} answered ${response?.status() ?? "nothing"}, expected 200`);
      }
      return page;
    },
    close: () => context.close(),
  };
  await context.route("**/*", async (route) => {
    const request = route.request();
    if (ours(request.url())) return route.continue();
    site.blocked.push({ url: request.url(), resourceType: request.resourceType() });
    return route.abort("blockedbyclient");
  });
  context.on("requestfailed", (request) => {
    if (ours(request.url())) site.failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  context.on("response", (response) => {
    if (ours(response.url()) && response.status() >= 400) {
      site.failed.push(`${response.url()}: ${response.status()}`);
    }
  });
  return site;
}
