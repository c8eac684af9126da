import { defineConfig } from "vitest/config";

// The client and the simulator resolve to their TypeScript source.
const conditions = ["missive-ts-source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 30_000 },
});
