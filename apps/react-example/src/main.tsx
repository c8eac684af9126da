import { createBrowserMissiveClient, MissiveProvider } from "@missive-ts/react";
import { QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import "./styles.css";

// No token here: the dev/preview server's proxy (vite.config.ts) adds it on the way to Missive.
const missive = createBrowserMissiveClient({ baseUrl: `${window.location.origin}/api/missive` });
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, refetchOnWindowFocus: false } },
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MissiveProvider client={missive} queryClient={queryClient}>
        <App />
      </MissiveProvider>
    </StrictMode>,
  );
}
