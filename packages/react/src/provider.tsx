import type { MissiveClient } from "@missive-ts/client";
import { QueryClient, QueryClientContext, QueryClientProvider } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useState } from "react";

const MissiveClientContext = createContext<MissiveClient | null>(null);

export interface MissiveProviderProps {
  /**
   * The client the hooks use. In a browser, create it with `createBrowserMissiveClient` (no
   * token: requests go to your own backend, which adds it).
   */
  client: MissiveClient;
  /**
   * The TanStack `QueryClient` to use. Default: the one of an enclosing `QueryClientProvider`,
   * else one created once for this provider.
   */
  queryClient?: QueryClient | undefined;
  children?: ReactNode;
}

/** Makes `client` (and a `QueryClient`) available to the Missive hooks below it. */
export function MissiveProvider({ client, queryClient, children }: MissiveProviderProps) {
  const outer = useContext(QueryClientContext);
  // Created lazily and kept: a new QueryClient per render would drop the cache.
  const [own] = useState(() => (queryClient || outer ? null : new QueryClient()));
  const chosen = queryClient ?? outer ?? own;
  const inner = (
    <MissiveClientContext.Provider value={client}>{children}</MissiveClientContext.Provider>
  );
  if (chosen === outer && outer !== undefined) return inner;
  return <QueryClientProvider client={chosen as QueryClient}>{inner}</QueryClientProvider>;
}

/** The client of the nearest `MissiveProvider`; throws when there is none. */
export function useMissiveClient(): MissiveClient {
  const client = useContext(MissiveClientContext);
  if (client === null) {
    throw new Error(
      "useMissiveClient: no MissiveProvider above this component. Wrap your app in " +
        "<MissiveProvider client={createBrowserMissiveClient({ baseUrl })}>…</MissiveProvider>.",
    );
  }
  return client;
}
