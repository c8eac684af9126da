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

export async function benchOffsetPages(): Promise<void> {
  const sim = await startSimulator({
    seed: 15,
    latencyMs: LATENCY_MS,
    data: { contacts: CONTACTS, contactBooks: 1 },
  });
  try {
    const book = String(sim.state.contactBooks[0]?.id);
    const rows: string[][] = [];
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
      const ceiling = ceilingSeconds(requests);
      rows.push([
        pageConcurrency === 1 ? "one page at a time" : `concurrent (${LIMITS.concurrent} pages)`,
        String(requests),
        fixed(seconds, 2),
        fixed(ceiling, 2),
        fixed(seconds / ceiling, 2),
        String(sim.stats.rateLimited - limitedBefore),
      ]);
    }
    console.log(
      `\n## Offset pages — contacts.listAll over ${CONTACTS} contacts (limit 200), ${LATENCY_MS} ms per answer, simulator with Missive's limits\n`,
    );
    printTable(["walk", "requests", "seconds", "ceiling s", "÷ ceiling", "429s"], rows);
    const [sequential, concurrent] = rows.map((row) => Number(row[2]));
    if (sequential && concurrent) {
      console.log(
        `\nspeed-up: ${fixed(sequential / concurrent, 2)}× (ceiling = ceil(requests / ${LIMITS.concurrent}) × ${LATENCY_MS} ms: ${LIMITS.concurrent} in flight; the windows allow every request at once)`,
      );
    }
    console.log(`server max in flight: ${sim.stats.maxInFlight} (limit ${LIMITS.concurrent})`);
  } finally {
    await sim.stop();
  }
}
