import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["missive-ts-source"] },
  // Runtime imports in Node-side tests resolve through the SSR conditions.
  ssr: { resolve: { conditions: ["missive-ts-source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["../../tools/mock/src/vitest-global-setup.ts"],
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
  },
});
