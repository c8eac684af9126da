import { MissiveError } from "@missive-ts/client";
import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { createBrowserMissiveClient, MissiveProvider, useMissiveClient } from "../src/index.js";
import { testClient } from "./render.js";

describe("MissiveProvider / useMissiveClient", () => {
  it("useMissiveClient outside a provider says how to fix it", () => {
    expect(() => renderHook(() => useMissiveClient())).toThrow(/MissiveProvider/);
  });

  it("hands out its client and the given QueryClient", () => {
    const client = testClient("http://127.0.0.1:9");
    const queryClient = new QueryClient();
    const { result } = renderHook(() => ({ client: useMissiveClient(), qc: useQueryClient() }), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <MissiveProvider client={client} queryClient={queryClient}>
          {children}
        </MissiveProvider>
      ),
    });
    expect(result.current.client).toBe(client);
    expect(result.current.qc).toBe(queryClient);
  });

  it("uses an enclosing QueryClientProvider's client when none is given", () => {
    const client = testClient("http://127.0.0.1:9");
    const outer = new QueryClient();
    const { result } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={outer}>
          <MissiveProvider client={client}>{children}</MissiveProvider>
        </QueryClientProvider>
      ),
    });
    expect(result.current).toBe(outer);
  });

  it("creates one QueryClient of its own otherwise, kept across renders", () => {
    const client = testClient("http://127.0.0.1:9");
    const { result, rerender } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <MissiveProvider client={client}>{children}</MissiveProvider>
      ),
    });
    const first = result.current;
    rerender();
    expect(result.current).toBeInstanceOf(QueryClient);
    expect(result.current).toBe(first);
  });
});

describe("createBrowserMissiveClient", () => {
  it("refuses a token in a browser", () => {
    expect(typeof window).toBe("object"); // happy-dom: this test runs "in a browser"
    expect(() =>
      createBrowserMissiveClient({
        baseUrl: "https://public.missiveapp.com/v1",
        token: "missive_pat-x",
      }),
    ).toThrow(MissiveError);
    expect(() =>
      createBrowserMissiveClient({ baseUrl: "https://x.test", token: "missive_pat-x" }),
    ).toThrow(/dangerouslyAllowBrowserToken/);
  });

  it.each([
    ["a dedicated or shared worker", { WorkerGlobalScope: class {} }],
    ["a classic worker (importScripts)", { importScripts: () => {} }],
  ])("refuses a token in %s, where there is no window or document", (_, scope) => {
    vi.stubGlobal("window", undefined);
    vi.stubGlobal("document", undefined);
    for (const [name, value] of Object.entries(scope)) vi.stubGlobal(name, value);
    try {
      expect(typeof window).toBe("undefined");
      expect(() =>
        createBrowserMissiveClient({ baseUrl: "https://x.test", token: "missive_pat-x" }),
      ).toThrow(/dangerouslyAllowBrowserToken/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("sends the token when explicitly allowed", async () => {
    const seen: (string | null)[] = [];
    const client = createBrowserMissiveClient({
      baseUrl: "https://x.test/api",
      token: "missive_pat-x",
      dangerouslyAllowBrowserToken: true,
      rateLimit: false,
      fetch: async (request) => {
        seen.push(request.headers.get("authorization"));
        return Response.json({ users: [] });
      },
    });
    await client.users.list();
    expect(seen).toEqual(["Bearer missive_pat-x"]);
  });

  it("without a token, sends no Authorization header at all (the proxy adds it)", async () => {
    const seen: Array<{ url: string; auth: string | null; body: string }> = [];
    const client = createBrowserMissiveClient({
      baseUrl: "https://app.test/api/missive",
      rateLimit: false,
      fetch: async (request) => {
        seen.push({
          url: request.url,
          auth: request.headers.get("authorization"),
          body: await request.text(),
        });
        return Response.json({ posts: { id: "p1", conversation: "c1" } });
      },
    });
    await client.posts.create({
      conversation: "c1",
      text: "hi",
      notification: { title: "t", body: "b" },
      reopen: false,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe("https://app.test/api/missive/posts");
    expect(seen[0]?.auth).toBeNull();
    expect(JSON.parse(seen[0]?.body ?? "{}")).toMatchObject({ posts: { text: "hi" } });
  });
});
