import { defineConfig } from "vitest/config";

// Resolve workspace packages (client, sim) to their TypeScript source, not a stale dist/.
// No "import" condition: Node would pass it on to node-postgres' own `require("pg-pool")`
// and hand it the ESM build.
const conditions = ["missive-ts-source", "node", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
