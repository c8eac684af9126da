/**
 * How `x-reconciliation` explains a difference: on the object the difference is about, or, for
 * something the spec lacks, on the object that would hold it with an entry that names it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDrift } from "../src/check-drift.ts";
import { seedDocsPath } from "../src/locations.ts";
import { readLog } from "../src/reconciliation-log.ts";
import type { Json } from "../src/schema-view.ts";
import { bundledSpec } from "./run-drift.ts";

const docs = readFileSync(seedDocsPath(), "utf8");

/** Entries of the API's 2026 additions: differences these tests are not about keep them. */
const unrelated = [
  "recon-update-conversations",
  "recon-conversation-contact-filters",
  "recon-get-messages-batch",
];

/** The bundled spec with every other annotation removed, then the given ones added. */
function specWith(annotations: Record<string, string[]>): Json {
  const spec = JSON.parse(readFileSync(bundledSpec, "utf8"), (key, value) =>
    key === "x-reconciliation" && !(value as string[]).some((id) => unrelated.includes(id))
      ? undefined
      : value,
  ) as Json;
  for (const [pointer, ids] of Object.entries(annotations)) {
    const node = pointer
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/"))
      .reduce<Json>((n, key) => n[key] as Json, spec);
    node["x-reconciliation"] = ids;
  }
  return spec;
}

const labelsLog = (body: string) =>
  `# Log\n\n### updateSharedLabels: attributes {#recon-shared-labels}\n\n${body}\n\n### listMessages: docs' example is not JSON {#recon-list-messages}\n\n- **Docs say:** (\`000 § Messages › List messages\`)\n${unrelated.map((id) => `\n### 2026 addition {#${id}}\n`).join("")}`;
const organization = (d: { subject: string }) => d.subject === "body field `organization`";

describe("x-reconciliation", () => {
  it("explains a field the spec leaves out when the entry on its object names it", () => {
    const result = checkDrift({
      docs,
      spec: specWith({
        "#/components/schemas/SharedLabelUpdate": ["recon-shared-labels"],
        "#/paths/~1messages/get": ["recon-list-messages"],
      }),
      log: labelsLog("- **Spec now says:** no `organization` in the update."),
    });
    expect(result.unexplained).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.explained.find(organization)?.explainedBy).toEqual(["recon-shared-labels"]);
    expect(result.explainedByKind).toMatchObject({
      "parameter-not-in-spec": 1,
      "unreadable-docs": 1,
    });
  });

  it("lists an annotation that explains nothing, without failing", () => {
    const result = checkDrift({
      docs,
      spec: specWith({
        "#/components/schemas/SharedLabelUpdate": ["recon-shared-labels"],
        "#/paths/~1messages/get": ["recon-list-messages"],
        "#/paths/~1contacts/get": ["recon-shared-labels"],
      }),
      log: labelsLog("- **Spec now says:** no `organization` in the update."),
    });
    expect(result.ok).toBe(true);
    expect(result.unusedAnnotations).toEqual(["#/paths/~1contacts/get/x-reconciliation"]);
  });

  it("does not count an entry that does not name the missing field", () => {
    const result = checkDrift({
      docs,
      spec: specWith({ "#/components/schemas/SharedLabelUpdate": ["recon-shared-labels"] }),
      log: labelsLog("- **Spec now says:** only the seven attributes."),
    });
    expect(result.ok).toBe(false);
    expect(result.unexplained.find(organization)?.problems).toEqual([
      "recon-shared-labels is listed at #/components/schemas/SharedLabelUpdate but its entry does not mention `organization`",
    ]);
  });

  it("fails on an id that no log heading defines", () => {
    const result = checkDrift({
      docs,
      spec: specWith({ "#/components/schemas/SharedLabelUpdate": ["recon-typo"] }),
      log: labelsLog(""),
    });
    expect(result.ok).toBe(false);
    expect(result.danglingAnnotations).toEqual([
      "#/components/schemas/SharedLabelUpdate/x-reconciliation names recon-typo, which no spec/RECONCILIATION.md heading defines ({#recon-typo})",
    ]);
    expect(result.unexplained.find(organization)?.explainedBy).toEqual([]);
  });

  it("refuses a log that gives two entries the same id", () => {
    expect(() => readLog("### A {#recon-a}\n\n### B {#recon-a}\n")).toThrow(
      "the id recon-a is used twice (line 3)",
    );
  });
});
