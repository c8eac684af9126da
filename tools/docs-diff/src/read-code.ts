import type { DocsExample } from "./docs-model.ts";
import type { Block } from "./markdown-blocks.ts";

export const requestLine = /^(GET|POST|PUT|PATCH|DELETE)\s+(\/v1\/\S*)$/;

/** The keys of a query string: `?a=1&b=2` → `{a: "1", b: "2"}`. */
export function queryKeys(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(query));
}

/**
 * A fenced block: a JSON example (its `{% code title %}` says request or response), a request
 * line with a query string, or an illustration (HTML bodies) that describes no API shape.
 */
export function readCode(
  block: Extract<Block, { type: "code" }>,
): { example: DocsExample } | { unreadable: string } | { ignored: true } {
  const request = requestLine.exec(block.text.trim());
  if (request) {
    const query = (request[2] ?? "").split("?")[1];
    if (query === undefined) return { ignored: true };
    return {
      example: {
        direction: "request",
        scope: "query",
        title: "request line",
        value: queryKeys(query),
        line: block.line,
      },
    };
  }
  if (block.lang !== "json") return { ignored: true };
  const direction = /response/i.test(block.title)
    ? "response"
    : /request/i.test(block.title)
      ? "request"
      : undefined;
  if (direction === undefined) {
    return { unreadable: `a JSON block titled "${block.title}", neither a request nor a response` };
  }
  try {
    const value: unknown = JSON.parse(block.text);
    const title = block.tab ? `${block.title} (${block.tab})` : block.title;
    return { example: { direction, scope: "whole", title, value, line: block.line } };
  } catch (error) {
    return { unreadable: `a ${direction} example that is not JSON (${(error as Error).message})` };
  }
}
