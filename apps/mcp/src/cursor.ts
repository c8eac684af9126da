/**
 * The opaque `cursor` of list tools: base64url JSON of where the next page starts (`until` or
 * `offset`), the ids of the previous page that may come back on it (so no item is handed out
 * twice), and the query it belongs to (so a walk cannot change filters half-way).
 */

export interface CursorState {
  /** The tool it belongs to. */
  tool: string;
  /** Path and query arguments of the walk. */
  args: Record<string, unknown>;
  until?: number;
  offset?: number;
  /** Ids already handed out that the next page may repeat. */
  seen: unknown[];
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state)).toString("base64url");
}

/** The cursor's state; throws a message for the agent when it is not one of this tool's. */
export function decodeCursor(cursor: string, tool: string): CursorState {
  let state: Partial<CursorState>;
  try {
    state = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Partial<CursorState>;
  } catch {
    throw new Error("cursor is not a next_cursor of this server: pass it back unchanged");
  }
  if (!state || typeof state !== "object" || typeof state.args !== "object" || !state.args) {
    throw new Error("cursor is not a next_cursor of this server: pass it back unchanged");
  }
  if (state.tool !== tool) {
    throw new Error(`cursor belongs to ${String(state.tool)}, not ${tool}`);
  }
  const out: CursorState = {
    tool,
    args: state.args,
    seen: Array.isArray(state.seen) ? state.seen : [],
  };
  for (const key of ["until", "offset"] as const) {
    const value = state[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new Error("cursor is damaged: pass next_cursor back unchanged");
    }
    out[key] = value;
  }
  return out;
}
