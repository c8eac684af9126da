/**
 * Progress of a run: items written, requests sent, the request rate and an ETA, reported to
 * `onProgress` after every committed page.
 */

export interface SyncProgress {
  /** The stream that just committed: `conversations:all`, `contacts:<book>`, `nested`, … */
  stream: string;
  /** Rows written in this run. */
  items: number;
  /** Requests sent in this run (by this process). */
  requests: number;
  /** Requests per second over the last 30 seconds. */
  rate: number;
  /** Conversations whose messages, comments, posts and drafts are still to fetch. */
  pending: number;
  /** Estimated seconds left (`null` until there is a rate to go by). */
  etaSeconds: number | null;
  /** Milliseconds since the run started. */
  elapsedMs: number;
}

/** About this many requests per pending conversation (its four lists and a share of the bodies). */
const REQUESTS_PER_CONVERSATION = 4.2;

export class ProgressMeter {
  items = 0;
  requests = 0;
  private readonly started = Date.now();
  private readonly stamps: number[] = [];

  constructor(private readonly listener?: (progress: SyncProgress) => void) {}

  request(): void {
    this.requests++;
    const now = Date.now();
    this.stamps.push(now);
    while ((this.stamps[0] ?? now) < now - 30_000) this.stamps.shift();
  }

  rate(): number {
    const now = Date.now();
    const span = Math.min(30_000, now - this.started);
    return span > 0 ? (this.stamps.length * 1_000) / span : 0;
  }

  report(stream: string, pending: number): void {
    if (!this.listener) return;
    const rate = this.rate();
    const left = pending * REQUESTS_PER_CONVERSATION;
    this.listener({
      stream,
      items: this.items,
      requests: this.requests,
      rate: Math.round(rate * 10) / 10,
      pending,
      etaSeconds: rate > 0 ? Math.round(left / rate) : null,
      elapsedMs: Date.now() - this.started,
    });
  }
}
