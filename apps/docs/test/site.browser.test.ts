/**
 * The built docs site in a real browser (Debian's chromium, never a downloaded one), served on
 * 127.0.0.1 with every other host blocked: the reference shows every operation of the spec,
 * both webhooks, the plan of every plan-gated operation, the guides render, and their links resolve. Screenshots land in test-artifacts/.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { hasChromium } from "@missive-ts/browser";
import { operationMetadata } from "@missive-ts/schema";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GUIDES_LINK_TEXT } from "../src/reference-links.js";
import { docsRoot, guidePages, referencePage } from "../src/site.js";
import {
  copyFirstBlock,
  publishedPackages,
  searchGuides,
  sidebarAfterScroll,
  tokenColours,
} from "./guide-features.js";
import { expectGuideRenders } from "./guide-page-checks.js";
import type { OfflineSite } from "./offline-site.js";
import {
  openOperation,
  openSection,
  redocOperationHref,
  sidebarOperations,
} from "./redoc-sidebar.js";
import { siteFixture } from "./site-fixture.js";
import { checkLinks } from "./site-link-check.js";
import { type SpecEntry, specEntries } from "./spec-markers.js";

const artifacts = join(docsRoot, "test-artifacts");
// Every operation of the spec, as codegen read it from the bundle the reference is built from.
const operations = operationMetadata;
const fixture = siteFixture();
/** What a reader sees next to an entry that needs a particular Missive plan. */
const planBadges = (entry: Pick<SpecEntry, "plans">) =>
  entry.plans ? [`Plan: ${entry.plans.join(" or ")}`] : [];

/** What every test ends with: nothing threw in a page and our server answered every request. */
function expectCleanRun(site: OfflineSite): void {
  expect(site.pageErrors, "uncaught errors in the pages").toEqual([]);
  expect(site.failed, "requests to the docs server that failed").toEqual([]);
}

describe.skipIf(!hasChromium)("docs site in chromium", () => {
  beforeAll(() => fixture.start());
  afterEach(() => fixture.closeSite());
  afterAll(() => fixture.stop());

  it("the reference's sidebar lists every operation of the spec", async () => {
    const site = await fixture.openSite();
    const page = await site.open(`${referencePage.slug}.html`);
    const entries = await sidebarOperations(page);
    const shown = new Map(entries.map((entry) => [entry.href, entry]));
    const missing = operations.filter((operation) => {
      const entry = shown.get(redocOperationHref(operation));
      return entry?.label !== operation.summary || entry.method !== operation.method;
    });
    expect(
      missing.map((o) => `${o.method.toUpperCase()} ${o.path} (${o.operationId}): "${o.summary}"`),
      `operations missing from the reference sidebar (expected at ${missing.map(redocOperationHref).join(", ")})`,
    ).toEqual([]);
    const expected = new Set(operations.map(redocOperationHref));
    expect(entries.filter((entry) => expected.has(entry.href))).toHaveLength(operations.length);
    const others = entries.filter((entry) => !expected.has(entry.href)).map((entry) => entry.href);

    // Both webhooks (the rule webhook and the custom channel's), under their own summaries.
    const webhooks = (await specEntries()).filter((entry) => entry.kind === "webhook");
    expect(webhooks.map((w) => w.operationId).sort()).toEqual([
      "customChannelWebhook",
      "ruleWebhook",
    ]);
    for (const webhook of webhooks) {
      expect(
        shown.get(redocOperationHref(webhook)),
        `${webhook.operationId} in the sidebar`,
      ).toMatchObject({ label: webhook.summary, method: webhook.method });
    }
    console.log(`reference sidebar: ${operations.length} operations; also ${others.join(", ")}`);

    // The reference brings its own scripts and styles (`--inlineBundle`): anything it still
    // asks other hosts for is decoration (Redocly's logo), never what renders the page.
    console.log("reference: blocked requests to other hosts", site.blocked);
    expect(
      site.blocked.filter((request) => request.resourceType !== "image"),
      "the reference fetched scripts, styles or data from another host",
    ).toEqual([]);
    expectCleanRun(site);
  });

  it("an operation opens from the sidebar with its method and path", async () => {
    const site = await fixture.openSite();
    const page = await site.open(`${referencePage.slug}.html`);
    // One with a path parameter, so the path shown is the templated one of the spec.
    const operation = operations.find((o) => o.path.includes("{")) ?? operations[0];
    if (!operation) throw new Error("the spec has no operations");
    const plans = (await specEntries()).find((e) => e.operationId === operation.operationId)?.plans;
    expect(await openOperation(page, operation)).toEqual({
      title: operation.summary,
      badges: planBadges({ plans }),
      method: operation.method,
      path: operation.path,
    });
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "reference.png") });
    expectCleanRun(site);
  });

  it("every plan-gated operation and webhook shows its plan next to its title", async () => {
    const site = await fixture.openSite();
    const page = await site.open(`${referencePage.slug}.html`);
    const all = await specEntries();
    const gated = all.filter((entry) => entry.plans);
    expect(gated.map((e) => e.operationId)).toEqual(
      expect.arrayContaining(["createAnalyticsReport", "createHook", "ruleWebhook"]),
    );
    // …and one that needs no plan shows none: the badge comes from the marker, not from the tag.
    const ungated = all.filter((e) => !e.plans && e.tag === "Webhooks");
    expect(ungated.length).toBeGreaterThan(0);
    for (const entry of [...gated, ...ungated]) {
      const shown = await openSection(page, entry);
      // Redoc adds its own "Webhook" badge to webhooks; the plan badge is ours.
      const plan = shown.badges.filter((badge) => badge.startsWith("Plan"));
      expect({ title: shown.title, badges: plan }, entry.operationId).toEqual({
        title: entry.summary,
        badges: planBadges(entry),
      });
    }
    expectCleanRun(site);
  });

  it("every guide renders: a title, the site navigation, code blocks, no raw Markdown", async () => {
    const site = await fixture.openSite();
    for (const guide of guidePages) {
      const page = await site.open(`${guide.slug}.html`);
      await expectGuideRenders(page, guide);
      if (guide.slug === "getting-started") {
        await mkdir(artifacts, { recursive: true });
        await page.screenshot({ path: join(artifacts, "getting-started.png"), fullPage: true });
      }
      await page.close();
    }
    expect(site.blocked, "the guides asked another host for something").toEqual([]);
    expectCleanRun(site);
  });

  it("every link of the guides resolves", async () => {
    const site = await fixture.openSite();
    const problems = await checkLinks(site, fixture.url, operations.map(redocOperationHref));
    expect(problems, "broken links").toEqual([]);
    expectCleanRun(site);
  });

  it("the home page lists every published package", async () => {
    const site = await fixture.openSite();
    const page = await site.open("index.html");
    const listed = await page.locator("main table tr td:first-child code").allTextContents();
    expect(listed.sort()).toEqual(await publishedPackages());
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "home.png") });
    expectCleanRun(site);
  });

  it("code is highlighted at build time, and a copy button copies exactly the code", async () => {
    const site = await fixture.openSite();
    await site.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: new URL(fixture.url).origin,
    });
    const page = await site.open("getting-started.html");
    expect(await page.locator("main pre.shiki").count()).toBe(
      await page.locator("main pre").count(),
    );
    // Keywords, strings, names and comments each in their colour: more than a few colours.
    expect(await tokenColours(page, "createMissiveClient")).toBeGreaterThanOrEqual(4);
    const { copied, shown } = await copyFirstBlock(page);
    expect(copied).toBe(shown);
    expect(copied).toContain("npm install @missive-ts/client");
    await mkdir(artifacts, { recursive: true });
    await page.locator("main pre.shiki").nth(1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, "guide-highlighted-code.png") });
    expect(site.blocked, "highlighting fetched something").toEqual([]);
    expectCleanRun(site);
  });

  it("the guides' search finds pages offline, from the index built with the site", async () => {
    const site = await fixture.openSite();
    // Each query on a fresh page, so one query's results cannot answer the next.
    for (const [from, query, found] of [
      ["index.html", "X-Hook-Signature", "webhooks.html"],
      ["cli.html", "useConversations", "react.html"],
    ] as const) {
      const page = await site.open(from);
      const links = await searchGuides(page, query);
      expect(
        links.some((href) => href.includes(found)),
        `${query}: ${links.join(", ")}`,
      ).toBe(true);
      if (query === "X-Hook-Signature") {
        await mkdir(artifacts, { recursive: true });
        await page.screenshot({ path: join(artifacts, "search-results.png") });
      }
    }
    expect(site.blocked, "the search asked another host for something").toEqual([]);
    expectCleanRun(site);
  });

  it("the sidebar stays in view at the bottom of a long guide", async () => {
    const site = await fixture.openSite();
    const page = await site.open("reconciliation.html");
    const { top, bottom, scrolled } = await sidebarAfterScroll(page);
    expect(scrolled, "the page is long enough to scroll").toBeGreaterThan(2_000);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(900);
    expectCleanRun(site);
  });

  it("the reference links back to the guides", async () => {
    const site = await fixture.openSite();
    const page = await site.open(`${referencePage.slug}.html`);
    const back = page.getByRole("link", { name: GUIDES_LINK_TEXT }).first();
    await back.click();
    await page.waitForURL(/index\.html$/);
    expect(await page.locator("h1").textContent()).toContain("missive-ts");
    expectCleanRun(site);
  });
});
