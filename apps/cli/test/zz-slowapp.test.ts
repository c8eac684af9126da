import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, it } from "vitest";
import { deliver, listen, SECRET } from "./webhook-listen-helpers.js";

it("a slow app (11 s) still gets its answer relayed", async () => {
  const app = createServer((req, res) => { req.resume(); setTimeout(() => res.writeHead(202).end("late"), 11_000); });
  await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(app.address() as AddressInfo).port}/`;
  const listener = await listen(["--forward-to", url], { MISSIVE_WEBHOOK_SECRET: SECRET });
  const response = await deliver(listener.url, JSON.stringify({ rule: { id: "r", type: "x" }, conversation: { id: "c" } }));
  expect(response.status).toBe(202);
  app.closeAllConnections(); app.close();
}, 30_000);
