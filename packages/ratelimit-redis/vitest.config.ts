import { defineConfig } from "vitest/config";

// Resolve workspace packages (client, sim) to their TypeScript source, not a stale dist/.
const conditions = ["missive-ts-source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
