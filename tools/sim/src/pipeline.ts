/** One request's path through the simulator: auth, limiter, faults, validation, handler. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FaultInjector } from "./faults.ts";
import { HttpError, readJson, send } from "./http.ts";
import type { ResolvedFaults } from "./options.ts";
import { parseQuery } from "./query.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import { matchRoute } from "./router.ts";
import { validateRequestBody } from "./spec-validator.ts";
import type { SimulatorState } from "./state.ts";
import type { SimulatorStats } from "./stats.ts";

export interface Pipeline {
  state: SimulatorState;
  stats: SimulatorStats;
  limiter: RateLimiter | undefined;
  faults: FaultInjector;
  faultOptions: ResolvedFaults;
  /** Simulated network latency of every admitted request, in ms. */
  latencyMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function handle(
  pipeline: Pipeline,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const { stats, state, limiter } = pipeline;
  let limitHeaders: Record<string, string> = {};
  let resetAfter = false;
  try {
    const auth = request.headers.authorization ?? "";
    if (!/^Bearer\s+\S+/i.test(auth)) throw new HttpError(401, "Invalid token");
    const url = new URL(request.url ?? "/", "http://sim.local");
    const matched = matchRoute(request.method ?? "GET", url.pathname);
    if (!matched) throw new HttpError(404, "Not found");
    stats.byOperation[matched.key] = (stats.byOperation[matched.key] ?? 0) + 1;

    if (limiter) {
      const admission = limiter.admit();
      if (!admission.admitted) {
        stats.rateLimited++;
        send(response, {
          status: 429,
          body: { error: "Too many requests" },
          headers: admission.headers,
        });
        return;
      }
      response.once("close", () => limiter.release());
      limitHeaders = admission.headers;
    }

    // Faults strike before the request is processed (the server never acts on a faulted
    // request), except `reset-after`: processed normally, then the answer is lost.
    const fault = pipeline.faults.next();
    resetAfter = fault === "reset-after";
    if (fault) {
      stats.faultsInjected++;
      stats.faultsByKind[fault] = (stats.faultsByKind[fault] ?? 0) + 1;
      const retryAfter = String(pipeline.faultOptions.retryAfterSeconds);
      if (fault === "reset") {
        request.socket.destroy();
        return;
      }
      if (fault === "429") {
        const headers = {
          "retry-after": retryAfter,
          "x-ratelimit-limit": limitHeaders["x-ratelimit-limit"] ?? "300",
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": retryAfter,
        };
        send(response, { status: 429, body: { error: "Too many requests" }, headers });
        return;
      }
      if (fault === "500") {
        send(response, { status: 500, body: { error: "Internal server error" } });
        return;
      }
      if (fault === "503") {
        const headers = { "retry-after": retryAfter };
        send(response, { status: 503, body: { error: "Service unavailable" }, headers });
        return;
      }
      if (fault === "slow") {
        await sleep(pipeline.faultOptions.slowMs);
        if (request.socket.destroyed) return;
      }
    }

    if (pipeline.latencyMs > 0) {
      await sleep(pipeline.latencyMs);
      if (request.socket.destroyed) return;
    }
    const { route } = matched;
    const body = await readJson(request);
    if (route.operation.requestBody) {
      if (body === undefined) throw new HttpError(400, "Missing request body");
      const problem = validateRequestBody(route.operationId, body);
      if (problem) throw new HttpError(422, `Invalid request body: ${problem}`);
    }
    const query = parseQuery(route, url.searchParams);
    const reply = matched.handler({ params: matched.params, query, body, state });
    if (route.method !== "GET" && reply.status < 300) {
      stats.mutations.push({ operation: matched.key, body });
      if (route.method === "POST") stats.posts.push(body);
    }
    if (resetAfter) {
      request.socket.destroy();
      return;
    }
    send(response, { ...reply, headers: { ...limitHeaders, ...reply.headers } });
  } catch (error) {
    if (response.headersSent || response.destroyed) return;
    if (resetAfter) {
      request.socket.destroy();
      return;
    }
    if (error instanceof HttpError) {
      send(response, {
        status: error.status,
        body: { error: error.message },
        headers: limitHeaders,
      });
    } else {
      const message = error instanceof Error ? error.message : String(error);
      send(response, { status: 500, body: { error: `Simulator error: ${message}` } });
    }
  }
}
