/**
 * `search_api`: the methods of `missive` (the `@missive-ts/client` object inside `execute`)
 * that match a query, best first, from the operation catalogue and the bundled spec.
 */

import { matchScore, words } from "../dynamic/search-words.js";
import type { Operation } from "../operations.js";
import { failure } from "../results.js";
import type { Tool } from "../tool.js";
import { methodDoc } from "./api-docs.js";

function score(op: Operation, query: string[]): number {
  const { entry, meta } = op;
  const name = `${entry.namespace} ${entry.name} ${entry.listAllName ?? ""} ${meta.operationId}`;
  const rest = `${meta.tag} ${meta.summary} ${meta.params.map((p) => p.name).join(" ")}`;
  return matchScore(name, rest, query);
}

export function searchApiTool(ops: Map<string, Operation>): Tool {
  return {
    name: "search_api",
    kind: "read",
    toolset: "conversations",
    sendFields: [],
    description:
      'Finds methods of `missive` (the @missive-ts/client object in `execute`): signatures, first doc sentence, body and result types. Query with words ("list conversations", "close", "draft") or a method ("conversations.update" for its full types).',
    inputSchema: {
      type: "object",
      properties: {
        query: { type: "string" },
        limit: { type: "integer", minimum: 1, maximum: 20, default: 4 },
      },
      required: ["query"],
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
    async call(args) {
      const query = String(args.query ?? "").trim();
      const limit = Math.min(20, Math.max(1, Number(args.limit ?? 4) || 4));
      const exact = ops.get(query.replace(/^missive\./, "").replace(/\(.*$/, ""));
      if (exact) return { content: [{ type: "text", text: methodDoc(exact, true) }] };
      const terms = words(query);
      const ranked = [...ops.values()]
        .map((op) => ({ op, score: score(op, terms) }))
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
      if (ranked.length === 0) {
        return failure(
          `No method matches "${query}". Namespaces: ${[...new Set([...ops.values()].map((op) => op.entry.namespace))].join(", ")}.`,
        );
      }
      return {
        content: [{ type: "text", text: ranked.map(({ op }) => methodDoc(op, false)).join("\n") }],
      };
    },
  };
}
