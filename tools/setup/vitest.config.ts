import { defineConfig } from "vitest/config";

// Resolve workspace packages to their TypeScript source (`missive-ts-source` export condition).
const conditions = ["missive-ts-source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files run the setup, whose Turborepo build restores dist/ from its cache: one at a
    // time, so one never rewrites the entry points the other's commands are running.
    fileParallelism: false,
  },
});
