/**
 * Seeded cases for the differential serializer tests: query values × `querySerializer` options,
 * path templates × ids, header layers. The same seed gives the same cases on every run, so a
 * failure names a case that can be replayed; every style, `explode` and `allowReserved` value
 * (defaults, `undefined` overrides and unknown ones included) is drawn many times.
 */

/** mulberry32: a small seeded generator. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof seeded>;

/** Reserved characters, percent signs, spaces, accents, CJK, an emoji, an empty string. */
export const TEXTS = [
  "a",
  "plain-text_1.2~",
  "",
  " ",
  "a b",
  ":/?#[]@",
  "!$&'()*+,;=",
  "x=y&z=w",
  "100%",
  "%2E%2E",
  "hé",
  "日本語",
  "🙂",
  "a,b|c d",
  "$&$1$'",
  "\n\t",
] as const;
const NUMBERS = [0, -1, 1.5, 42, Number.NaN] as const;
const NAMES = ["a", "id", "b[c]", "x y", "日付", "?q", "$&", "labels", "deep"] as const;

export const ARRAY_STYLES = [
  "form",
  "spaceDelimited",
  "pipeDelimited",
  "simple",
  "label",
  "matrix",
  "deepObject",
  undefined,
  "bogus",
] as const;
export const OBJECT_STYLES = [
  "form",
  "deepObject",
  "simple",
  "label",
  "matrix",
  undefined,
  "bogus",
];
const EXPLODES = [true, false, undefined] as const;
const RESERVED = [true, false, undefined, 1] as const;

export function primitive(rng: Rng): unknown {
  const roll = rng.next();
  // A lone surrogate: encodeURIComponent throws a URIError.
  if (roll < 0.015) return "\ud800";
  if (roll < 0.55) return rng.pick(TEXTS);
  if (roll < 0.75) return rng.pick(NUMBERS);
  if (roll < 0.82) return rng.pick([true, false]);
  if (roll < 0.91) return null;
  return undefined;
}

/** A list: empty, of primitives, with holes, or holding a nested list or object. */
export function list(rng: Rng): unknown[] {
  const length = rng.pick([0, 1, 2, 3, 4]);
  const items: unknown[] = [];
  for (let i = 0; i < length; i++) items.push(primitive(rng));
  if (rng.chance(0.1) && length) delete items[0];
  if (rng.chance(0.08)) items.push(rng.chance(0.5) ? ["n"] : { n: 1 });
  return items;
}

/** An object: empty, of primitives (incl. `null`/`undefined`), or with a nested value. */
export function object(rng: Rng): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const count = rng.pick([0, 1, 2, 3]);
  for (let i = 0; i < count; i++)
    fields[rng.pick([...NAMES, ...TEXTS.slice(0, 8)])] = primitive(rng);
  if (rng.chance(0.08)) fields.nested = rng.chance(0.5) ? { n: 1 } : [1];
  return fields;
}

/** A query object with 0–4 parameters of every kind. */
export function query(rng: Rng): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const count = rng.pick([0, 1, 2, 3, 4]);
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    params[rng.pick(NAMES)] = roll < 0.4 ? primitive(rng) : roll < 0.7 ? list(rng) : object(rng);
  }
  return params;
}

/** `querySerializer` options: absent, partial, `undefined` overrides, unknown styles. */
export function queryOptions(rng: Rng): Record<string, unknown> | undefined {
  if (rng.chance(0.1)) return undefined;
  const options: Record<string, unknown> = {};
  if (rng.chance(0.75)) {
    options.array = rng.chance(0.1)
      ? {}
      : { style: rng.pick(ARRAY_STYLES), explode: rng.pick(EXPLODES) };
  }
  if (rng.chance(0.75)) {
    options.object = rng.chance(0.1)
      ? { explode: false }
      : { style: rng.pick(OBJECT_STYLES), explode: rng.pick(EXPLODES) };
  }
  if (rng.chance(0.7)) options.allowReserved = rng.pick(RESERVED);
  return options;
}

const TEMPLATES = [
  "/things/{id}",
  "/things/{.id}",
  "/things/{;id}",
  "/things/{id*}",
  "/things/{.id*}",
  "/things/{;id*}",
  "/a/{x}/b/{;y*}",
  "/a/{.x*}{;y}",
  "/twice/{id}/{id}",
  "/things/{id}.json",
  "/odd/{;$&}",
] as const;

/** A path template and its parameters: ids (text, numbers, lists of ids, hostile ones). */
export function pathCase(rng: Rng): [string, Record<string, unknown>] {
  const template = rng.pick(TEMPLATES);
  const params: Record<string, unknown> = {};
  for (const [, inner = ""] of template.matchAll(/\{([^{}]+)\}/g)) {
    const key = inner.replace(/^[.;]/, "").replace(/\*$/, "");
    const roll = rng.next();
    params[key] =
      roll < 0.45
        ? rng.pick(TEXTS.filter((t) => t.trim()))
        : roll < 0.6
          ? rng.pick([7, 0, 1.5, -3])
          : roll < 0.9
            ? Array.from({ length: rng.pick([1, 2, 3]) }, () => rng.pick(["a", "b c", "é", 9, "/"]))
            : rng.pick([".", "..", "", [], null, undefined, ["ok", ".."], { a: 1 }, [["n"]]]);
  }
  return [template, params];
}

/** A header layer: `Headers`, a plain object (strings, numbers, lists, `null`, `undefined`), or not an object. */
export function headerLayer(rng: Rng): unknown {
  const roll = rng.next();
  if (roll < 0.1) return rng.pick([undefined, null, "x-text", 3]);
  const names = ["x-one", "X-One", "content-type", "Content-Type", "accept", "x-list"];
  const values = ["1", "two", "application/x-www-form-urlencoded", "text/plain", 5];
  if (roll < 0.35) {
    const headers = new Headers();
    for (let i = rng.pick([0, 1, 2]); i > 0; i--)
      headers.append(rng.pick(names), String(rng.pick(values)));
    return headers;
  }
  const layer: Record<string, unknown> = {};
  for (let i = rng.pick([0, 1, 2, 3]); i > 0; i--) {
    const kind = rng.next();
    layer[rng.pick(names)] =
      kind < 0.5
        ? rng.pick(values)
        : kind < 0.7
          ? [rng.pick(values), rng.pick(values)]
          : kind < 0.85
            ? null
            : undefined;
  }
  return layer;
}
