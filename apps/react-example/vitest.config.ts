import { defineConfig } from "vitest/config";

// The simulator and the workspace packages resolve to their TypeScript source.
const conditions = ["missive-ts-source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The browser and the dev server share two cores with the rest of `npm test`: a page may
    // take seconds to settle, so `expect.poll` waits up to 20 s (not its default 1 s).
    expect: { poll: { timeout: 20_000 } },
  },
});
