/**
 * Tool results. Success: `structuredContent` plus a short text rendering. Failure: an
 * `isError` result whose text says what to do next — a Missive error never becomes a protocol
 * error, and no text ever holds the token (the client's errors never carry it).
 */
import { connectionCause } from "@missive-ts/cli/connection-cause";
import { MissiveError, RateLimitError } from "@missive-ts/client";
import type { CallToolResult } from "@modelcontextprotocol/server";
import { renderText } from "./render-text.js";

export function success(structured: Record<string, unknown>, summary: string): CallToolResult {
  return {
    content: [{ type: "text", text: renderText(summary, structured) }],
    structuredContent: structured,
  };
}

export function failure(text: string): CallToolResult {
  return { content: [{ type: "text", text }], isError: true };
}

/** The next step for a Missive error, from its class and Missive's own message. */
function nextStep(error: MissiveError): string {
  const said = error.serverMessage ?? "";
  const required = /'?(\w+)'? is required/.exec(said);
  if (required?.[1] === "organization") {
    return "Add `organization` (an id from list_organizations) to the arguments and call again. (A stdio server takes a default organization from MISSIVE_ORGANIZATION or `missive config set organization`.)";
  }
  if (required) return `Add \`${required[1]}\` to the arguments and call again.`;
  if (error.name === "ConnectionError") {
    // Nothing answered: often a local API (the simulator) that is not running, or a wrong port.
    const cause = connectionCause(error);
    return `Nothing answered${cause ? ` (${cause})` : ""}: the user must check the network connection and MISSIVE_BASE_URL (the API root this server was started with); retrying will not help until then.`;
  }
  if (error instanceof RateLimitError) {
    const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 1000));
    return `Missive's rate limit is reached: wait ${seconds} s before the next call.`;
  }
  switch (error.status) {
    case 401:
      return "The Missive token was refused: the user must set a valid token; retrying will not help.";
    case 403:
      return "The token's user may not do this: do not retry; ask the user.";
    case 404:
      return "Nothing with that id is visible to this user: check the id with a list tool.";
    case 400:
    case 422:
      return "Fix the arguments as the message says and call again.";
    default:
      return (error.status ?? 500) >= 500 || error.status === undefined
        ? "Missive did not answer properly: try again in a minute."
        : "Check the arguments.";
  }
}

export function errorResult(error: unknown): CallToolResult {
  if (error instanceof MissiveError) {
    // The client's messages hold the method, the path (never the query) and Missive's words.
    return failure(`${error.name}: ${error.message} ${nextStep(error)}`);
  }
  if (error instanceof Error && error.name === "AbortError") {
    return failure("The call was cancelled before Missive answered.");
  }
  // Our own argument checks throw plain errors whose message is written for the agent.
  return failure(error instanceof Error ? error.message : String(error));
}
