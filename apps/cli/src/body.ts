import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { UsageError } from "./errors.js";
import { type CliIo, readAll } from "./io.js";
import { objectKey } from "./object-key.js";

type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `--data '<json>'`, `--data @file.json` or `--data -` (stdin), parsed; `undefined` without it. */
export async function readData(spec: string | undefined, io: CliIo): Promise<unknown> {
  if (spec === undefined) return undefined;
  let text: string;
  let where = "--data";
  if (spec === "-") {
    text = await readAll(io.stdin);
    where = "--data - (stdin)";
  } else if (spec.startsWith("@")) {
    const file = resolve(io.cwd ?? process.cwd(), spec.slice(1));
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new UsageError(`--data ${spec}: cannot read ${file} (${(error as Error).message}).`);
    }
    where = `--data ${spec}`;
  } else {
    text = spec;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${where} is not valid JSON: ${(error as Error).message}. Pass a JSON object such as '{"subject": "Hi"}', @file.json or - for stdin.`,
    );
  }
}

/**
 * The `--data` of a command that builds one object from its flags (`post`, `send`): a JSON
 * object, with or without its envelope; `{}` without `--data`.
 */
export async function readBaseObject(
  spec: string | undefined,
  envelope: string,
  command: string,
  io: CliIo,
): Promise<Json> {
  const base = await readData(spec, io);
  if (base !== undefined && !isObject(base)) {
    throw new UsageError(`--data must be a JSON object for ${command}.`);
  }
  return { ...(isObject(base?.[envelope]) ? base[envelope] : base) };
}

/** Sets `a.b=value` on an object, creating the objects on the way. */
function setPath(target: Json, key: string, value: unknown, flag: string): void {
  const parts = key.split(".").map((part) => objectKey(part, `--${flag} ${key}`));
  let at = target;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(at[part])) at[part] = {};
    at = at[part] as Json;
  }
  at[parts.at(-1) ?? key] = value;
}

/**
 * `--field key=value` (a string) and `--field-json key=<json>` (any JSON value) set top-level
 * (or dotted: `notification.title=Hi`) fields of the payload, or of every item of a list.
 */
export function applyFields(
  payload: unknown,
  fields: { readonly field: readonly string[]; readonly fieldJson: readonly string[] },
): unknown {
  const pairs: [string, unknown, string][] = [];
  for (const pair of fields.field) pairs.push([...splitPair(pair, "field", false), "field"]);
  for (const pair of fields.fieldJson) {
    pairs.push([...splitPair(pair, "field-json", true), "field-json"]);
  }
  if (pairs.length === 0) return payload;
  const targets = Array.isArray(payload) ? payload : [payload ?? {}];
  for (const target of targets) {
    if (!isObject(target))
      throw new UsageError("--field needs a JSON object (or a list of objects) in --data.");
    for (const [key, value, flag] of pairs) setPath(target, key, value, flag);
  }
  return Array.isArray(payload) ? targets : targets[0];
}

function splitPair(pair: string, flag: string, json: boolean): [string, unknown] {
  const at = pair.indexOf("=");
  if (at <= 0) throw new UsageError(`--${flag} takes key=value, got "${pair}".`);
  const key = pair.slice(0, at);
  const raw = pair.slice(at + 1);
  if (!json) return [key, raw];
  try {
    return [key, JSON.parse(raw)];
  } catch {
    throw new UsageError(
      `--${flag} ${key}: "${raw}" is not valid JSON (strings need quotes: '"text"').`,
    );
  }
}

/**
 * The payload the client wraps in the envelope: `{"drafts": {...}}` given whole is unwrapped,
 * and one object given where the API takes a list becomes a list of one.
 */
export function toPayload(
  body: { envelope: string | null; list: boolean },
  parsed: unknown,
): unknown {
  let payload = parsed;
  if (body.envelope !== null && isObject(parsed)) {
    const keys = Object.keys(parsed);
    if (keys.length === 1 && keys[0] === body.envelope) payload = parsed[body.envelope];
  }
  if (body.list && isObject(payload)) payload = [payload];
  return payload;
}
