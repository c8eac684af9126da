/** Live counters a test reads to prove what the client did. */

export interface AppliedMutation {
  /** E.g. `"POST /posts"` or `"PATCH /teams/{ids}"`. */
  operation: string;
  body: unknown;
}

export interface SimulatorStats {
  /** Every request received, whatever its answer. */
  requests: number;
  /** Requests received and not yet answered. */
  inFlight: number;
  /** Highest `inFlight` seen: the client's real concurrency. */
  maxInFlight: number;
  /** 429s sent by the rate limiter (not injected faults). */
  rateLimited: number;
  /** Injected faults of every kind, `slow` included. */
  faultsInjected: number;
  /** Injected faults by kind. */
  faultsByKind: Record<string, number>;
  /** Requests routed to each operation, by `"METHOD /spec/path"`, e.g. `"POST /posts"`. */
  byOperation: Record<string, number>;
  /** Every POST body the server applied to its state, in order. */
  posts: unknown[];
  /** Every POST, PATCH and DELETE applied, in order (DELETE bodies are `undefined`). */
  mutations: AppliedMutation[];
}

export function createStats(): SimulatorStats {
  return {
    requests: 0,
    inFlight: 0,
    maxInFlight: 0,
    rateLimited: 0,
    faultsInjected: 0,
    faultsByKind: {},
    byOperation: {},
    posts: [],
    mutations: [],
  };
}
