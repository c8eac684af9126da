/**
 * `pnpm bench`: the 10,000-conversation walk (first, so its memory baseline is a fresh process),
 * then per-request overhead, the webhook handler's ack latency, concurrent offset pages, and the
 * bundle sizes of every public entry (client and React, on the built dist/).
 * Prints PASS/MISS against the goals; never fails on them.
 */
import { benchBundleSizes } from "./bundle-sizes.ts";
import { benchOffsetPages } from "./offset-pages.ts";
import { benchOverhead } from "./overhead.ts";
import { benchWalk } from "./walk.ts";
import { benchWebhookAck } from "./webhook-ack.ts";

console.log(
  `@missive-ts/client benchmarks — Node ${process.version}, ${process.platform}/${process.arch}`,
);
await benchWalk();
await benchOverhead();
await benchWebhookAck();
await benchOffsetPages();
await benchBundleSizes();
