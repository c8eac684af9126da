/** The simulator's options and their defaults. */

/** How much seeded data to generate. */
export interface SimulatorDataOptions {
  /** Conversations in every mailbox. Default 60. */
  conversations?: number;
  /** Messages per conversation (generated lazily, on first access). Default 12. */
  messagesPerConversation?: number;
  /** Comments per conversation. Default 4. */
  commentsPerConversation?: number;
  /** Drafts per conversation. Default 2. */
  draftsPerConversation?: number;
  /**
   * More drafts per conversation that were never sent: `delivered_at: null`. The drafts list
   * orders them as 0, after every delivered draft, and `until` (any value ≥ 0) keeps them, so a
   * client must walk past them without taking `null` as a timestamp. Default 0.
   */
  undeliveredDraftsPerConversation?: number;
  /** Posts per conversation. Default 3. */
  postsPerConversation?: number;
  /** Contacts, spread over the contact books. Default 120. */
  contacts?: number;
  /** Contact books. Default 2. */
  contactBooks?: number;
  /** Tasks. Default 60. */
  tasks?: number;
  /** Users. Default 8. */
  users?: number;
  /** Teams. Default 3. */
  teams?: number;
  /** Shared labels. Default 6. */
  sharedLabels?: number;
  /** Canned responses. Default 5. */
  responses?: number;
  /** Organizations. Default 1. */
  organizations?: number;
  /** Contact groups (and as many contact organizations) per contact book. Default 3. */
  contactGroups?: number;
  /**
   * About this fraction (0..1) of the items of every `until` list share their timestamp with
   * a neighbour; such groups hold at most `largestTie` items. Default 0.2.
   */
  timestampCollisionRate?: number;
  /**
   * Largest group of items sharing one timestamp. Default 3. Above a page's `limit`, until
   * lists that extend pages through a tie answer pages longer than `limit` of one timestamp;
   * tasks (never longer than `limit`) cannot be walked past such a tie without a loss.
   */
  largestTie?: number;
}

/** The rate limiter; the defaults are Missive's real limits. */
export interface SimulatorRateLimitOptions {
  /** Requests being processed at once. Default 5. */
  concurrent?: number;
  /** Requests per "minute" window. Default 300. */
  perMinute?: number;
  /** Requests per 15-"minute" window. Default 900. */
  per15Minutes?: number;
  /** Length of the "minute" window in ms (the long window is 15×). Default 60 000. */
  windowMs?: number;
}

/**
 * An injected fault. `reset-after` is the only one that strikes AFTER the request is
 * processed (see {@link SimulatorFaultOptions.kinds}).
 */
export type FaultKind = "429" | "500" | "503" | "reset" | "slow" | "reset-after";

/**
 * Injected faults, drawn per request from the seed. Every fault but `slow` and `reset-after`
 * happens BEFORE the request is processed: the server never acted on it (a faulted POST is
 * never applied).
 */
export interface SimulatorFaultOptions {
  /** Probability (0..1) that a request gets a fault. */
  rate: number;
  /**
   * Kinds to draw from, uniformly. Default `["429", "500", "503", "reset", "slow"]`.
   * `reset` destroys the socket unanswered, before processing. `reset-after` (opt-in, never
   * in the default) processes the request — a POST is applied and recorded in `stats.posts`
   * and `stats.mutations` — and then destroys the socket without answering: the client sees
   * a connection error for a request the server did act on.
   */
  kinds?: FaultKind[];
  /** Delay of a `slow` fault before the request is processed normally. Default 2 000 ms. */
  slowMs?: number;
  /** `Retry-After` (seconds) of an injected 429 and 503. Default 1. */
  retryAfterSeconds?: number;
}

export interface SimulatorAnalyticsOptions {
  /** A report is ready this long after its creation. Default 3 000 ms. */
  readyAfterMs?: number;
  /** A ready report expires (404 again) this long after it became ready. Default 60 000 ms. */
  expireAfterMs?: number;
}

export interface SimulatorOptions {
  /** Seed of all data and faults. Default 1. */
  seed?: number;
  /** Port on 127.0.0.1. Default: a free one. */
  port?: number;
  data?: SimulatorDataOptions;
  /** `false` turns the limiter off. Default: Missive's limits. */
  rateLimit?: false | SimulatorRateLimitOptions;
  /** Default: no faults. */
  faults?: SimulatorFaultOptions;
  analytics?: SimulatorAnalyticsOptions;
  /**
   * Network latency to simulate: every admitted request waits this long (holding its
   * concurrency slot) before it is processed. Default 0.
   */
  latencyMs?: number;
}

export type ResolvedData = Required<SimulatorDataOptions>;
export type ResolvedRateLimit = Required<SimulatorRateLimitOptions> | false;
export type ResolvedFaults = Required<SimulatorFaultOptions>;
export type ResolvedAnalytics = Required<SimulatorAnalyticsOptions>;

export function resolveData(data: SimulatorDataOptions = {}): ResolvedData {
  return {
    conversations: 60,
    messagesPerConversation: 12,
    commentsPerConversation: 4,
    draftsPerConversation: 2,
    undeliveredDraftsPerConversation: 0,
    postsPerConversation: 3,
    contacts: 120,
    contactBooks: 2,
    tasks: 60,
    users: 8,
    teams: 3,
    sharedLabels: 6,
    responses: 5,
    organizations: 1,
    contactGroups: 3,
    timestampCollisionRate: 0.2,
    largestTie: 3,
    ...data,
  };
}

export function resolveRateLimit(rateLimit: SimulatorOptions["rateLimit"]): ResolvedRateLimit {
  if (rateLimit === false) return false;
  return { concurrent: 5, perMinute: 300, per15Minutes: 900, windowMs: 60_000, ...rateLimit };
}

export function resolveFaults(faults: SimulatorFaultOptions | undefined): ResolvedFaults {
  return {
    kinds: ["429", "500", "503", "reset", "slow"],
    slowMs: 2_000,
    retryAfterSeconds: 1,
    ...faults,
    rate: faults?.rate ?? 0,
  };
}

export function resolveAnalytics(analytics: SimulatorAnalyticsOptions = {}): ResolvedAnalytics {
  return { readyAfterMs: 3_000, expireAfterMs: 60_000, ...analytics };
}
