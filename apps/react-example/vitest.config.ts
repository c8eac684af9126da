import { defineConfig } from "vitest/config";

// The simulator and the workspace packages resolve to their TypeScript source.
const conditions = ["missive-ts-source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
