/**
 * The site under test: built into a fresh temporary folder, served on 127.0.0.1 (a free port)
 * and checked to answer, with a chromium to look at it. `stop()` undoes whatever `start()` got
 * to, so a setup that failed halfway still leaves no server, browser or folder behind.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "@missive-ts/browser";
import type { Browser } from "playwright-core";
import { buildSite } from "../src/build.js";
import { type StaticServer, serveStatic } from "../src/serve.js";
import { type OfflineSite, offlineSite } from "./offline-site.js";

export interface SiteFixture {
  start(): Promise<void>;
  /** A new browser context that reaches only the site; closed by `closeSite()`. */
  openSite(): Promise<OfflineSite>;
  closeSite(): Promise<void>;
  stop(): Promise<void>;
  /** the server's base URL, `http://127.0.0.1:<port>/` */
  readonly url: string;
}

export function siteFixture(): SiteFixture {
  let outDir: string | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let site: OfflineSite | undefined;
  return {
    get url() {
      if (!server) throw new Error("the docs server is not running (setup failed?)");
      return server.url;
    },
    async start() {
      outDir = await mkdtemp(join(tmpdir(), "missive-ts-docs-"));
      const built = await buildSite(outDir);
      const kib = (built.bytes / 1024).toFixed(0);
      const seconds = (built.ms / 1000).toFixed(2);
      console.log(`docs site: ${built.files.length} files, ${kib} KiB, built in ${seconds} s`);
      server = await serveStatic(outDir);
      const health = await fetch(server.url);
      if (health.status !== 200) throw new Error(`the docs server answered ${health.status} on /`);
      browser = await launchChromium();
    },
    async openSite() {
      if (!browser) throw new Error("chromium is not running (setup failed?)");
      site = await offlineSite(browser, this.url);
      return site;
    },
    async closeSite() {
      await site?.close().catch(() => {});
      site = undefined;
    },
    async stop() {
      await browser?.close().catch(() => {});
      await server?.close().catch(() => {});
      if (outDir) await rm(outDir, { recursive: true, force: true });
    },
  };
}
