import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMock } from "@missive-ts/mock";
import type { TestProject } from "vitest/node";
import { publishedPackages, skipPackaging } from "./repo.ts";
import { buildPackages, packPackage } from "./tarball.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the Prism mock started for this test run. */
    mockUrl: string;
    /** A temp folder with one fresh `pnpm pack` tarball per published package ("" under Node 24). */
    packedDir: string;
  }
}

/**
 * One Prism mock for the run, and the published packages built and packed once for the files
 * that inspect and install the tarballs. Both are cleaned up when the run ends, also on failure.
 */
export default async function setup(project: TestProject) {
  // The latest-deps runner packs once for its several runs (and removes the folder itself).
  const packedBefore = process.env.MISSIVE_PACKED_DIR || undefined;
  const mock = await startMock();
  let packedDir = "";
  const teardown = async () => {
    await mock.stop();
    if (packedDir) await rm(packedDir, { recursive: true, force: true });
  };
  try {
    if (!skipPackaging && !packedBefore) {
      packedDir = await mkdtemp(join(tmpdir(), "missive-packed-"));
      const packages = await publishedPackages();
      await buildPackages(packages);
      for (const pkg of packages) await packPackage(pkg, packedDir);
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide("mockUrl", mock.url);
  project.provide("packedDir", packedBefore ?? packedDir);
  return teardown;
}
