import { createMissiveClient, type MissiveClient } from "@missive-ts/client";
import { QueryClient } from "@tanstack/react-query";
import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { MissiveProvider } from "../src/index.js";

export const TOKEN = "missive_pat-react-test-token";

/** A real client on a test server (Prism or the simulator), without rate limiting or retries. */
export function testClient(baseUrl: string, fetch?: (request: Request) => Promise<Response>) {
  return createMissiveClient({
    token: TOKEN,
    baseUrl,
    rateLimit: false,
    maxRetries: 0,
    ...(fetch ? { fetch } : {}),
  });
}

/** A QueryClient that never retries and never refetches on its own: tests see each request. */
export function testQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
}

/** renderHook inside a MissiveProvider. */
export function renderWithMissive<R>(
  hook: () => R,
  client: MissiveClient,
  queryClient: QueryClient = testQueryClient(),
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MissiveProvider client={client} queryClient={queryClient}>
      {children}
    </MissiveProvider>
  );
  return { ...renderHook(hook, { wrapper }), queryClient };
}

/** A fetch that records `METHOD pathname` of every request, then sends it. */
export function recordingFetch() {
  const requests: string[] = [];
  const fetch = (request: Request) => {
    const url = new URL(request.url);
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    return globalThis.fetch(request);
  };
  return { requests, fetch };
}
