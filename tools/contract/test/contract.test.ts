import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type {} from "@missive-ts/mock/vitest-global-setup";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildCases, type CaseKind } from "../src/cases.ts";
import type { OpenApiDocument } from "../src/openapi-document.ts";
import { send } from "../src/send.ts";
import { documentedOperations } from "./documented-operations.ts";

const specPath = createRequire(import.meta.url).resolve("@missive-ts/schema/openapi.json");
const doc = JSON.parse(readFileSync(specPath, "utf8")) as OpenApiDocument;
const { operationIds, cases } = buildCases(doc);
const passed = new Map<CaseKind, number>();
const exercised = new Set<string>();

describe("the spec", () => {
  it("describes all 42 documented operations (41 of 2025 and the June 2026 update)", () => {
    expect(operationIds).toEqual(expect.arrayContaining([...documentedOperations]));
  });
});

for (const operationId of operationIds) {
  describe(operationId, () => {
    for (const c of cases.filter((c) => c.operationId === operationId)) {
      it(c.name, async () => {
        const answer = await send(inject("mockUrl"), c.request);
        const context = `${c.request.method} ${c.request.path} → ${answer.status} ${JSON.stringify(answer.body)?.slice(0, 300)} ${answer.violations ?? ""}`;
        if (c.status === "2xx")
          expect(answer.status >= 200 && answer.status < 300, context).toBe(true);
        else expect(c.status, context).toContain(answer.status);
        if (c.body !== undefined) expect(answer.body, context).toEqual(c.body);
        exercised.add(operationId);
        passed.set(c.kind, (passed.get(c.kind) ?? 0) + 1);
      });
    }
  });
}

afterAll(() => {
  // Every operation of the spec must have been exercised, with no per-operation test code.
  expect([...exercised].sort()).toEqual([...operationIds].sort());
  const count = (kind: CaseKind) => passed.get(kind) ?? 0;
  console.log(
    [
      "Contract harness against Prism:",
      `  operations exercised: ${exercised.size}/${operationIds.length}`,
      `  request examples accepted: ${count("request-example")}`,
      `  multi-id requests accepted: ${count("multi-id")}`,
      `  response examples served: ${count("response-example")}`,
      `  tokenless requests refused (401): ${count("unauthorized")}`,
      `  broken requests rejected (400/422): ${count("broken")}`,
    ].join("\n"),
  );
});
