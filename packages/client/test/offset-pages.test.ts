/**
 * Concurrent offset pages: `listAll` of an offset list fetches several pages at once and still
 * hands out every item in list order, exactly once, whatever order the answers arrive in.
 */
import { describe, expect, it } from "vitest";
import { paginate } from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

type Contact = { id: string };
const contacts = (count: number): Contact[] =>
  Array.from({ length: count }, (_, i) => ({ id: `c${String(i).padStart(5, "0")}` }));

/**
 * A contacts server over `list(offset)` (read at each answer, so a test can change it),
 * answering after `delay(offset)` ms, that records offsets, aborts and the most requests in
 * flight at once. `fail(offset)` returns a status to answer instead.
 */
function contactServer(
  list: (offset: number) => Contact[],
  options: {
    delay?: (offset: number) => number;
    fail?: (offset: number) => number | undefined;
    pageConcurrency?: number;
    concurrent?: number;
  } = {},
) {
  const offsets: number[] = [];
  const aborted: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fake = fakeClient(
    async (request) => {
      const query = new URL(request.url).searchParams;
      const offset = Number(query.get("offset"));
      const limit = Number(query.get("limit"));
      offsets.push(offset);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, options.delay?.(offset) ?? 0);
          request.signal.addEventListener("abort", () => {
            clearTimeout(timer);
            aborted.push(offset);
            reject(request.signal.reason);
          });
        });
      } finally {
        inFlight--;
      }
      const status = options.fail?.(offset);
      if (status !== undefined) return json({ error: "no" }, { status });
      return json({ contacts: list(offset).slice(offset, offset + limit) });
    },
    options.concurrent === undefined ? {} : { rateLimit: { concurrent: options.concurrent } },
  );
  const walk = (limit: number, signal?: AbortSignal) =>
    fake.client.contacts.listAll(
      { contact_book: "b1", limit },
      { signal, pageConcurrency: options.pageConcurrency },
    );
  return { ...fake, walk, offsets, aborted, maxInFlight: () => maxInFlight };
}

const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe("listAll of an offset list: concurrent pages", () => {
  it("fetches up to 5 pages at once and yields every item in order, exactly once, whatever order the answers come in", async () => {
    const all = contacts(1_000);
    // Later pages answer first: page n waits (20 - n % 7) ms.
    const server = contactServer(() => all, { delay: (offset) => 20 - ((offset / 50) % 7) });
    const got = idsOf(await server.walk(50).collect());
    expect(got).toEqual(idsOf(all));
    expect(server.maxInFlight()).toBe(5);
    // 20 full pages, the empty 21st ends the list; at most 4 more were started past it.
    expect(server.offsets.length).toBeGreaterThanOrEqual(21);
    expect(server.offsets.length).toBeLessThanOrEqual(25);
    expect(new Set(server.offsets).size).toBe(server.offsets.length);
  });

  it("a list of one short page costs one request", async () => {
    const server = contactServer(() => contacts(7));
    expect(await server.walk(50).collect()).toHaveLength(7);
    expect(server.offsets).toEqual([0]);
  });

  it("stays within the rate limiter's concurrency, and pageConcurrency 1 walks one page at a time", async () => {
    const limited = contactServer(() => contacts(500), { delay: () => 5, concurrent: 2 });
    expect(await limited.walk(50).collect()).toHaveLength(500);
    expect(limited.maxInFlight()).toBe(2);
    const sequential = contactServer(() => contacts(500), { delay: () => 5, pageConcurrency: 1 });
    expect(await sequential.walk(50).collect()).toHaveLength(500);
    expect(sequential.maxInFlight()).toBe(1);
    expect(sequential.offsets).toEqual([0, 50, 100, 150, 200, 250, 300, 350, 400, 450, 500]);
  });

  it("discards the pages fetched past a short page, even if they answer with items", async () => {
    const all = contacts(230);
    // Past offset 200 the list has "grown": pages fetched beyond the short page hold items.
    const grown = contacts(2_000);
    const server = contactServer((offset) => (offset > 200 ? grown : all));
    expect(idsOf(await server.walk(50).collect())).toEqual(idsOf(all));
    expect(server.offsets.some((offset) => offset > 200)).toBe(true);
  });

  it("an error mid-walk hands out every page before it once, then throws; pages after it are aborted", async () => {
    const all = contacts(1_000);
    const server = contactServer(() => all, {
      delay: (offset) => (offset === 150 ? 20 : offset > 150 ? 200 : 0),
      fail: (offset) => (offset === 150 ? 404 : undefined),
    });
    const got: string[] = [];
    const failure = await (async () => {
      for await (const contact of server.walk(50)) got.push(contact.id);
    })().catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "NotFoundError", status: 404 });
    expect(got).toEqual(idsOf(all.slice(0, 150)));
    expect(server.aborted.length).toBeGreaterThan(0);
    expect(server.aborted.every((offset) => offset > 150)).toBe(true);
  });

  it("an item pushed onto the next page by an insert comes out once", async () => {
    let all = contacts(300);
    const server = contactServer(() => all, { pageConcurrency: 1 });
    const got: string[] = [];
    for await (const contact of server.walk(100)) {
      got.push(contact.id);
      // After the first page is read, a contact is inserted at the front: page 2 starts with
      // the last contact of page 1 again.
      if (got.length === 100) all = [{ id: "new" }, ...all];
    }
    expect(got).toEqual(idsOf(contacts(300)));
  });

  it("breaking out of the walk aborts the pages still in flight", async () => {
    const server = contactServer(() => contacts(5_000), { delay: (o) => (o === 0 ? 0 : 50) });
    const got: string[] = [];
    for await (const contact of server.walk(50)) {
      got.push(contact.id);
      if (got.length === 120) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(got).toHaveLength(120);
    expect(server.aborted.length).toBeGreaterThan(0);
  });

  it("the caller's signal aborts the walk and its pages", async () => {
    const server = contactServer(() => contacts(5_000), { delay: () => 30 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stop")), 45);
    const failure = await server
      .walk(50, controller.signal)
      .collect()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(server.aborted.length).toBeGreaterThan(0);
  });

  it("a page longer than limit discards the pages fetched ahead and goes on from where it ends", async () => {
    const all = contacts(95);
    const offsets: number[] = [];
    // The server ignores `limit` once: the page at offset 10 holds 25 items.
    const fetchPage = async (query: Record<string, unknown>) => {
      const offset = Number(query.offset);
      offsets.push(offset);
      return all.slice(offset, offset + (offset === 10 ? 25 : 10));
    };
    const walk = paginate(fetchPage, { style: "offset", limit: 10 }, {}, undefined, "x", {
      concurrency: 5,
    });
    expect(idsOf(await walk.collect())).toEqual(idsOf(all));
    expect(offsets).toContain(35);
  });

  it("without a known limit, pages go one at a time whatever the concurrency", async () => {
    const pages = [[1, 2], [3], []];
    const walk = paginate(
      async () => pages.shift() ?? [],
      { style: "offset", limit: null },
      {},
      undefined,
      "x",
      {
        concurrency: 5,
      },
    );
    expect(await walk.collect()).toEqual([1, 2, 3]);
  });
});
