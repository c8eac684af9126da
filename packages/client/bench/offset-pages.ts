/**
 * Concurrent offset pages (#15 item 5): `contacts.listAll` over 10,000 contacts with 150 ms of
 * simulated latency per answer, one page at a time (`pageConcurrency: 1`) and then with the
 * default (up to the limiter's 5 pages at once), in the same run, against the simulator with
 * Missive's real limits. Both are compared with the ceiling those limits allow at that latency:
 * at most 5 requests in flight, 300 per minute, 900 per 15 minutes.
 */
import { createMissiveClient } from "@missive-ts/client";
import { startSimulator } from "@missive-ts/sim";
import { burstFloorSeconds, LIMITS } from "./ceiling.ts";
import { fixed, printTable } from "./stats.ts";

const CONTACTS = 10_000;
const LATENCY_MS = 150;

/** The least time `requests` can take: 5 in flight at a time, each one latency long, within the windows. */
const ceilingSeconds = (requests: number) =>
  Math.max(
    (Math.ceil(requests / LIMITS.concurrent) * LATENCY_MS) / 1000,
    burstFloorSeconds(requests) + LATENCY_MS / 1000,
  );

/** One walk of the comparison. */
export interface OffsetPagesResult {
  walk: string;
  requests: number;
  seconds: number;
  ceilingSeconds: number;
  /** 429s the simulator's limiter sent during the walk. */
  tooMany: number;
  /** Most requests open at the simulator at once, up to the end of this walk. */
  maxInFlight: number;
}

/** Both walks, one page at a time and then concurrent, on one simulator. */
export async function measureOffsetPages(): Promise<OffsetPagesResult[]> {
  const sim = await startSimulator({
    seed: 15,
    latencyMs: LATENCY_MS,
    data: { contacts: CONTACTS, contactBooks: 1 },
  });
  try {
    const book = String(sim.state.contactBooks[0]?.id);
    const results: OffsetPagesResult[] = [];
    for (const pageConcurrency of [1, undefined]) {
      let requests = 0;
      const missive = createMissiveClient({
        token: "bench-token",
        baseUrl: sim.url,
        fetch: (request) => {
          requests++;
          return fetch(request);
        },
      });
      const limitedBefore = sim.stats.rateLimited;
      const start = performance.now();
      const ids = new Set<unknown>();
      let items = 0;
      for await (const contact of missive.contacts.listAll(
        { contact_book: book },
        { pageConcurrency },
      )) {
        ids.add(contact.id);
        items++;
      }
      const seconds = (performance.now() - start) / 1000;
      if (items !== CONTACTS || ids.size !== CONTACTS) {
        throw new Error(`walked ${items} contacts (${ids.size} distinct), expected ${CONTACTS}`);
      }
      results.push({
        walk:
          pageConcurrency === 1 ? "one page at a time" : `concurrent (${LIMITS.concurrent} pages)`,
        requests,
        seconds,
        ceilingSeconds: ceilingSeconds(requests),
        tooMany: sim.stats.rateLimited - limitedBefore,
        maxInFlight: sim.stats.maxInFlight,
      });
    }
    return results;
  } finally {
    await sim.stop();
  }
}

export const OFFSET_PAGES_TITLE = `contacts.listAll over ${CONTACTS} contacts (limit 200), ${LATENCY_MS} ms per answer, simulator with Missive's limits`;

export async function benchOffsetPages(): Promise<void> {
  const results = await measureOffsetPages();
  console.log(`\n## Offset pages — ${OFFSET_PAGES_TITLE}\n`);
  printTable(
    ["walk", "requests", "seconds", "ceiling s", "÷ ceiling", "429s"],
    results.map((r) => [
      r.walk,
      String(r.requests),
      fixed(r.seconds, 2),
      fixed(r.ceilingSeconds, 2),
      fixed(r.seconds / r.ceilingSeconds, 2),
      String(r.tooMany),
    ]),
  );
  const [sequential, concurrent] = results.map((r) => r.seconds);
  if (sequential && concurrent) {
    console.log(
      `\nspeed-up: ${fixed(sequential / concurrent, 2)}× (ceiling = ceil(requests / ${LIMITS.concurrent}) × ${LATENCY_MS} ms: ${LIMITS.concurrent} in flight; the windows allow every request at once)`,
    );
  }
  console.log(`server max in flight: ${results.at(-1)?.maxInFlight} (limit ${LIMITS.concurrent})`);
}
