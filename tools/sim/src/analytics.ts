/** Analytics reports: created at once, 404 (empty) until ready, 200 while fresh, then 404. */
import type { ResolvedAnalytics } from "./options.ts";
import { type Random, randomId } from "./random.ts";

interface Report {
  createdAt: number;
  request: unknown;
}

export class AnalyticsReports {
  private readonly reports = new Map<string, Report>();

  constructor(
    private readonly timing: ResolvedAnalytics,
    private readonly random: Random,
  ) {}

  /** Starts a report; returns its ID. */
  create(request: unknown): string {
    const id = randomId(this.random);
    this.reports.set(id, { createdAt: Date.now(), request });
    return id;
  }

  /** The report's content if it is ready and not expired, else `undefined` (→ empty 404). */
  get(id: string): Record<string, unknown> | undefined {
    const report = this.reports.get(id);
    if (!report) return undefined;
    const age = Date.now() - report.createdAt;
    if (age < this.timing.readyAfterMs) return undefined;
    if (age >= this.timing.readyAfterMs + this.timing.expireAfterMs) {
      this.reports.delete(id);
      return undefined;
    }
    return { id, request: report.request, conversations_count: 42, messages_count: 128 };
  }
}
