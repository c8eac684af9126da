import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Starts the Prism mock, and builds and packs the published packages once for all files.
    globalSetup: ["src/vitest-global-setup.ts"],
    // The files build, pack and publish the same four packages: one file at a time, so a build
    // in one never rewrites a dist/ that another is packing.
    fileParallelism: false,
    // npm installs take 20–60 s on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
