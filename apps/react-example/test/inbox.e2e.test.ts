/**
 * The example app in a real browser (Debian's chromium via playwright-core, never a downloaded
 * one): built with Vite, served by `vite preview` on 127.0.0.1 with its proxy to the simulator,
 * which stands for Missive. Servers and browser are always stopped.
 */
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { hasChromium, launchChromium } from "@missive-ts/browser";
import { freePort } from "@missive-ts/mock/free-port";
import { type RunningSimulator, startSimulator } from "@missive-ts/sim";
import type { Browser } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { missiveProxy } from "../vite.config.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const artifacts = fileURLToPath(new URL("../test-artifacts/", import.meta.url));
const outDir = fileURLToPath(new URL("../dist/", import.meta.url));
const TOKEN = "missive_pat-example-server-side";

let sim: RunningSimulator | undefined;
let server: PreviewServer | undefined;
let browser: Browser | undefined;
let appUrl = "";

describe.skipIf(!hasChromium)("example inbox in chromium", () => {
  beforeAll(async () => {
    sim = await startSimulator({ seed: 3, rateLimit: false, data: { conversations: 50 } });
    await build({
      root,
      configFile: `${root}/vite.config.ts`,
      logLevel: "warn",
      build: { outDir },
    });
    const port = await freePort();
    server = await preview({
      root,
      configFile: false,
      logLevel: "warn",
      build: { outDir },
      preview: { host: "127.0.0.1", port, strictPort: true, proxy: missiveProxy(sim.url, TOKEN) },
    });
    appUrl = `http://127.0.0.1:${port}/`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
    await sim?.stop();
  });

  it("scrolls the inbox, opens a conversation, closes and labels it silently, posts and closes it", async () => {
    if (!browser || !sim) throw new Error("setup failed");
    const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    const sentAuthorization: string[] = [];
    page.on("request", (request) => {
      const auth = request.headers().authorization;
      if (request.url().includes("/api/missive/") && auth) sentAuthorization.push(auth);
    });
    await page.goto(appUrl);

    // First page of 20 (a page may run past 20 when timestamps tie), then scroll to the end.
    const conversations = page.locator("button.conversation");
    await expect.poll(() => conversations.count()).toBeGreaterThanOrEqual(20);
    const firstPage = await conversations.count();
    const end = page.getByTestId("inbox-end");
    for (let n = 0; n < 10 && !(await end.textContent())?.includes("That's all."); n++) {
      await end.scrollIntoViewIfNeeded();
      await page.waitForTimeout(150);
    }
    await expect.poll(() => end.textContent()).toContain("That's all.");
    const ids = await conversations.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute("data-id")),
    );
    expect(ids.length).toBeGreaterThan(firstPage);
    expect(new Set(ids).size).toBe(ids.length); // exact-once
    expect(ids).toEqual(sim.state.conversations.map((c) => (c as { id: string }).id));

    // Open the third conversation.
    const target = conversations.nth(2);
    const id = (await target.getAttribute("data-id")) ?? "";
    const title = (await target.textContent()) ?? "";
    await target.click();
    const pane = page.getByRole("main", { name: "Conversation" });
    await expect.poll(() => pane.locator("h2").textContent()).toBe(title);
    const posts = page.getByTestId("posts").locator("li");
    await expect.poll(() => posts.count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("messages").locator("li").count()).toBeGreaterThan(0);

    // Silent triage: "Close" and "Label" PATCH the conversation; no post is created.
    const organization = (sim.state.organizations[0] as { id: string }).id;
    const stored = sim.state.conversations.find((c) => (c as { id: string }).id === id) as {
      shared_labels?: { id: string }[];
    };
    const label = sim.state.sharedLabels.find(
      (l) => !(stored.shared_labels ?? []).some((has) => has.id === (l as { id: string }).id),
    ) as { id: string; name: string };
    const applied = sim.stats.mutations.length;
    const postsAtTriage = sim.stats.byOperation["POST /posts"] ?? 0;
    const state = pane.getByTestId("state");
    await page.getByRole("button", { name: "Close", exact: true }).click();
    await expect.poll(() => state.textContent()).toBe("Closed");
    const labelButton = page.getByRole("button", { name: "Label", exact: true });
    await expect.poll(() => labelButton.isEnabled()).toBe(true);
    await labelButton.click();
    const labels = pane.getByTestId("labels").locator("li");
    await expect.poll(() => labels.allTextContents()).toContain(label.name);
    await expect.poll(() => sim?.stats.mutations.length).toBe(applied + 2);
    expect(sim.stats.mutations.slice(applied)).toEqual([
      {
        operation: "PATCH /conversations/{id}",
        body: { conversations: [{ id, close: true }] },
      },
      {
        operation: "PATCH /conversations/{id}",
        body: { conversations: [{ id, add_shared_labels: [label.id], organization }] },
      },
    ]);
    expect(sim.stats.byOperation["POST /posts"] ?? 0).toBe(postsAtTriage);
    // Still closed and labelled after the refetch that followed each PATCH.
    await page.waitForTimeout(300);
    expect(await state.textContent()).toBe("Closed");
    expect(await labels.allTextContents()).toContain(label.name);
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}inbox-triage.png`, fullPage: true });

    // Post and close: the post reaches the simulator and the refetched posts show it.
    const postsBefore = sim.stats.posts.length;
    const shownBefore = await posts.count();
    await page.getByRole("button", { name: "Post and close" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Closed");
    await expect
      .poll(async () => (await posts.allTextContents()).filter((t) => t.startsWith("Example app")))
      .toHaveLength(1);
    expect(await posts.count()).toBe(Math.min(shownBefore + 1, 10));
    expect(sim.stats.posts.slice(postsBefore)).toEqual([
      expect.objectContaining({
        posts: expect.objectContaining({ conversation: id, close: true }),
      }),
    ]);
    expect(await page.getByRole("button", { name: "Post and close" }).isDisabled()).toBe(true);

    // The browser never sent a token: the preview server's proxy added it.
    expect(sentAuthorization).toEqual([]);

    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}inbox-post-and-close.png`, fullPage: true });
    await page.close();
  });
});
