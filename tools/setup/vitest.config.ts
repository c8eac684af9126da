import { defineConfig } from "vitest/config";

// Resolve workspace packages to their TypeScript source (`missive-ts-source` export condition).
const conditions = ["missive-ts-source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
});
