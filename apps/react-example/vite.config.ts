import react from "@vitejs/plugin-react";
import { defineConfig, type ProxyOptions } from "vite";

/**
 * The browser calls `/api/missive/*` on this server, which forwards to Missive and adds the token:
 * the token never reaches the browser. `MISSIVE_API_URL` points it elsewhere (the simulator in
 * tests); `MISSIVE_API_TOKEN` is read here, on the server side only.
 */
export function missiveProxy(
  target = process.env.MISSIVE_API_URL ?? "https://public.missiveapp.com/v1",
  token = process.env.MISSIVE_API_TOKEN ?? "",
): Record<string, ProxyOptions> {
  return {
    "/api/missive": {
      target,
      changeOrigin: true,
      rewrite: (path) => path.replace(/^\/api\/missive/, ""),
      headers: token ? { authorization: `Bearer ${token}` } : {},
    },
  };
}

export default defineConfig({
  plugins: [react()],
  // React 19 + react-dom alone are ~450 kB minified (~140 kB gzip): one chunk is fine for an example.
  build: { chunkSizeWarningLimit: 700 },
  // Workspace packages resolve to their TypeScript source: no stale dist/.
  resolve: { conditions: ["missive-ts-source", "module", "browser", "import", "default"] },
  server: { host: "127.0.0.1", proxy: missiveProxy() },
  preview: { host: "127.0.0.1", proxy: missiveProxy() },
});
