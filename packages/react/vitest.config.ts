import { defineConfig } from "vitest/config";

// Resolve workspace packages (client, schema, sim) to their TypeScript source, in the browser-like
// test environment and in vitest's SSR transform alike.
const conditions = ["missive-ts-source", "module", "browser", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions: ["missive-ts-source", "module", "node", "import", "default"] } },
  test: {
    environment: "happy-dom",
    // The simulator sends no CORS headers: it stands for Missive behind a server-side proxy.
    environmentOptions: { happyDOM: { settings: { fetch: { disableSameOriginPolicy: true } } } },
    include: ["test/**/*.test.{ts,tsx}"],
    setupFiles: ["test/setup.ts"],
    globalSetup: ["../../tools/mock/src/vitest-global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.{ts,tsx}"] },
  },
});
