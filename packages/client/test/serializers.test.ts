import {
  defaultPathSerializer,
  defaultBodySerializer as theirBodySerializer,
  mergeHeaders as theirMergeHeaders,
  createQuerySerializer as theirQuerySerializer,
  removeTrailingSlash as theirRemoveTrailingSlash,
} from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { checkedPathSerializer } from "../src/path-params.js";
import { createQuerySerializer } from "../src/query-serializer.js";
import { defaultBodySerializer, mergeHeaders, removeTrailingSlash } from "../src/request-parts.js";
import {
  ARRAY_STYLES,
  headerLayer,
  list,
  OBJECT_STYLES,
  object,
  pathCase,
  query,
  queryOptions,
  seeded,
  TEXTS,
} from "./serializer-cases.js";

/**
 * The client's serializers replace openapi-fetch 0.17's (issue 24: theirs were most of its bytes
 * in a browser bundle). Identity with openapi-fetch is the contract: each check runs both on the
 * same input and requires the same text, or the same error.
 */
function outcome(run: () => unknown) {
  try {
    return { value: run() };
  } catch (error) {
    return { thrown: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

describe("createQuerySerializer writes what openapi-fetch's writes", () => {
  it("for every array and object style × explode × allowReserved, on one value of each kind", () => {
    const values: unknown[] = [
      ["a", "b c", 1],
      [],
      [null, undefined, "x"],
      ["日本", "🙂", ":/?#[]@!$&'()*+,;="],
      { a: 1, "b c": "d e", nil: null, none: undefined },
      {},
      { deep: { nested: 1 } },
      [{ n: 1 }],
      "p&q",
      null,
    ];
    let compared = 0;
    for (const arrayStyle of ARRAY_STYLES) {
      for (const objectStyle of OBJECT_STYLES) {
        for (const explode of [true, false, undefined]) {
          for (const allowReserved of [true, false, undefined, 1]) {
            const options = {
              array: { style: arrayStyle, explode },
              object: { style: objectStyle, explode },
              allowReserved,
            };
            for (const value of values) {
              const params = { first: "1", value, last: ["z"] };
              const theirs = outcome(() => theirQuerySerializer(options as never)(params));
              const ours = outcome(() => createQuerySerializer(options as never)(params));
              expect(ours, JSON.stringify({ options, value })).toEqual(theirs);
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBe(9 * 7 * 3 * 4 * 10);
  });

  it("on 4,000 seeded random queries and options (lists with holes, nesting, unicode, lone surrogates)", () => {
    const rng = seeded(24);
    const kinds = new Set<string>();
    for (let i = 0; i < 4000; i++) {
      const options = queryOptions(rng);
      const params = query(rng);
      const theirs = outcome(() => theirQuerySerializer(options as never)(params));
      const ours = outcome(() => createQuerySerializer(options as never)(params));
      expect(ours, `case ${i}: ${JSON.stringify({ options, params })}`).toEqual(theirs);
      kinds.add("thrown" in theirs ? ((theirs.thrown ?? "").split(":")[0] ?? "") : "text");
    }
    // The cases reach both refusals: a nested value and a lone surrogate.
    expect([...kinds].sort()).toEqual(["Error", "URIError", "text"]);
  });

  it("with options absent or not objects, on queries that are not objects", () => {
    const rng = seeded(7);
    for (const options of [undefined, null, {}, { allowReserved: true }, 0, "x"]) {
      for (const params of [
        undefined,
        null,
        "a=1",
        5,
        [],
        ["x"],
        query(rng),
        list(rng),
        object(rng),
      ]) {
        const theirs = outcome(() => theirQuerySerializer(options as never)(params as never));
        const ours = outcome(() => createQuerySerializer(options as never)(params as never));
        expect(ours, JSON.stringify({ options, params })).toEqual(theirs);
      }
    }
  });
});

describe("checkedPathSerializer writes what openapi-fetch's defaultPathSerializer writes", () => {
  it("for simple, label and matrix, exploded or not, on 3,000 seeded templates and ids", () => {
    const rng = seeded(13);
    let written = 0;
    for (let i = 0; i < 3000; i++) {
      const [template, params] = pathCase(rng);
      const url = `https://api.test/v1${template}`;
      const ours = outcome(() => checkedPathSerializer(url, params));
      if ("thrown" in ours) {
        // Refused ids are the check's (path-params.test.ts); any other error is openapi-fetch's too.
        if (!ours.thrown?.startsWith("InvalidPathParameterError")) {
          expect(ours).toEqual(outcome(() => defaultPathSerializer(url, params)));
        }
        continue;
      }
      expect(ours, `case ${i}: ${template} ${JSON.stringify(params)}`).toEqual(
        outcome(() => defaultPathSerializer(url, params)),
      );
      written++;
    }
    expect(written).toBeGreaterThan(2000);
  });

  it("on every text id in every style, and on lists of them", () => {
    const ids = TEXTS.filter((text) => text.trim() && text !== "%2E%2E");
    for (const template of [
      "/t/{id}",
      "/t/{.id}",
      "/t/{;id}",
      "/t/{id*}",
      "/t/{.id*}",
      "/t/{;id*}",
    ]) {
      for (const id of [...ids, 12, ids]) {
        expect(checkedPathSerializer(template, { id })).toBe(
          defaultPathSerializer(template, { id }),
        );
      }
    }
  });
});

describe("mergeHeaders, defaultBodySerializer and removeTrailingSlash do what openapi-fetch's do", () => {
  it("merges 2,000 seeded header layers the same way (null removes, lists append, undefined skips)", () => {
    const rng = seeded(5);
    for (let i = 0; i < 2000; i++) {
      const layers = Array.from({ length: rng.pick([0, 1, 2, 3]) }, () => headerLayer(rng));
      const theirs = outcome(() => [...theirMergeHeaders(...(layers as never[]))]);
      const ours = outcome(() => [...mergeHeaders(...layers)]);
      expect(ours, `case ${i}`).toEqual(theirs);
    }
  });

  it("serializes bodies the same way for every kind of headers", () => {
    const form = new FormData();
    form.append("a", "1");
    const bodies: unknown[] = [
      { a: 1, b: ["x", "y"] },
      "text",
      5,
      null,
      [1, 2],
      form,
      { "a b": "c&d" },
    ];
    const type = "application/x-www-form-urlencoded";
    const headers: unknown[] = [
      undefined,
      new Headers({ "content-type": type }),
      new Headers({ "Content-Type": "application/json" }),
      { "Content-Type": type },
      { "content-type": type },
      { "CONTENT-TYPE": type },
      { "Content-Type": `${type}; charset=utf-8` },
    ];
    for (const body of bodies) {
      for (const header of headers) {
        const theirs = outcome(() =>
          (theirBodySerializer as (b: unknown, h: unknown) => unknown)(body, header),
        );
        expect(outcome(() => defaultBodySerializer(body, header))).toEqual(theirs);
      }
    }
    for (const url of ["https://a.test/v1/", "https://a.test/v1", "/", "", "//"]) {
      expect(removeTrailingSlash(url)).toBe(theirRemoveTrailingSlash(url));
    }
  });
});
