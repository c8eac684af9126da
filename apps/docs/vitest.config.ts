import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["missive-ts-source"] },
  // Node-side imports (the test files themselves) resolve through the SSR conditions.
  ssr: { resolve: { conditions: ["missive-ts-source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The browser test and the examples typecheck each start processes: one file at a time
    // keeps them from competing for the two cores.
    fileParallelism: false,
  },
});
