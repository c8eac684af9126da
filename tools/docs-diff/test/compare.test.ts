/**
 * Each kind of difference, from one edit of the seed docs: what the edit adds to the
 * comparison with the bundled spec is exactly the difference it should cause.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compare } from "../src/compare.ts";
import type { Difference } from "../src/difference.ts";
import { seedDocsPath } from "../src/locations.ts";
import { parseDocs } from "../src/parse-docs.ts";
import type { Json } from "../src/schema-view.ts";
import { bundledSpec } from "./run-drift.ts";

const seed = readFileSync(seedDocsPath(), "utf8");
const spec = JSON.parse(readFileSync(bundledSpec, "utf8")) as Json;
const key = (d: Difference) => `${d.kind} ${d.operation} ${d.subject}`;
const before = new Set(compare(parseDocs(seed), spec).map(key));

function added(edit: (docs: string) => string) {
  const edited = edit(seed);
  expect(edited).not.toBe(seed);
  return compare(parseDocs(edited), spec)
    .filter((d) => !before.has(key(d)))
    .map((d) => ({ kind: d.kind, operation: d.operation, subject: d.subject, detail: d.detail }));
}

describe("kinds of difference", () => {
  it("an operation only the docs have", () => {
    expect(
      added((docs) =>
        docs.replace(
          "### Delete webhook",
          "### Archive webhook\n\n`POST /v1/hooks/:id/archive`\n\n### Delete webhook",
        ),
      ),
    ).toEqual([
      {
        kind: "operation-not-in-spec",
        operation: "POST /hooks/{id}/archive",
        subject: "operation POST /hooks/{id}/archive",
        detail: 'the docs document it ("Hooks › Archive webhook"); the spec has no such operation',
      },
    ]);
  });

  it("a parameter only the spec has", () => {
    expect(added((docs) => docs.replace(/\| `search` +\| `null` +\|[^\n]*\n/, ""))).toEqual([
      {
        kind: "parameter-not-in-docs",
        operation: "GET /contacts",
        subject: "query parameter `search`",
        detail: "the spec accepts it; the docs do not list it",
      },
    ]);
  });

  it("a required flag that differs", () => {
    expect(
      added((docs) => docs.replace("| `order`           |", "| `order`\\*         |")),
    ).toEqual([
      {
        kind: "required-differs",
        operation: "GET /contacts",
        subject: "query parameter `order`",
        detail: "required in the docs, optional in the spec",
      },
    ]);
  });

  it("a path that takes several ids on one side only", () => {
    expect(
      added((docs) => docs.replace("`GET /v1/contacts/:id`", "`GET /v1/contacts/:id1,:id2,...`")),
    ).toEqual([
      {
        kind: "multiple-ids-differ",
        operation: "GET /contacts/{id}",
        subject: "path parameter `id`",
        detail: "the docs take several comma-separated ids; the spec takes one",
      },
    ]);
  });

  it("an example key the spec's schema does not declare, in a request and in a nested response object", () => {
    const edited = added((docs) =>
      docs
        .replace(
          '"target": "3fa4bcf5-e57e-47a4-9422-de2cce5f802e",',
          '"target": "3fa4bcf5-e57e-47a4-9422-de2cce5f802e",\n  "keep_both": true,',
        )
        .replace(
          '"name": "Conference Badge"\n      },\n      "color": null,\n      "assignees": [],\n      "users": [\n        {\n          "id": "dc3c4104-eced-4206-b532-ef84b331778a",\n          "name": "Chad Zemlak",\n          "email": "chad@conferencebade.com",\n          "unassigned": false,',
          '"name": "Conference Badge",\n        "plan": "business"\n      },\n      "color": null,\n      "assignees": [],\n      "users": [\n        {\n          "id": "dc3c4104-eced-4206-b532-ef84b331778a",\n          "name": "Chad Zemlak",\n          "email": "chad@conferencebade.com",\n          "unassigned": false,',
        ),
    );
    expect(edited.map((d) => `${d.kind} ${d.operation} ${d.subject}`)).toEqual([
      "example-key-not-in-spec GET /conversations response key `conversations[].organization.plan`",
      "example-key-not-in-spec POST /conversations/{id}/merge request key `keep_both`",
    ]);
  });

  it("a body field enum and a nested field", () => {
    expect(
      added((docs) =>
        docs
          .replace(
            "Group type. Accepted values: `organization`, `group`",
            "Group type. Accepted values: `organization`, `group`, `household`",
          )
          .replace(
            '| `filename`\\*     | Filename of the attachment              | `"logo.png"`             |\n\n`references`',
            '| `filename`\\*     | Filename of the attachment              | `"logo.png"`             |\n| `mime_type`      | MIME type                               | `"image/png"`            |\n\n`references`',
          ),
      ),
    ).toEqual([
      {
        kind: "enum-differs",
        operation: "POST /contacts",
        subject: "body field `memberships.group.kind`",
        detail: "only the docs allow `household`",
      },
      {
        kind: "enum-differs",
        operation: "PATCH /contacts/{id}",
        subject: "body field `memberships.group.kind`",
        detail: "only the docs allow `household`",
      },
      {
        kind: "parameter-not-in-spec",
        operation: "POST /messages",
        subject: "body field `attachments.mime_type`",
        detail: "the docs list it; the spec's request body has no such field",
      },
    ]);
  });
});
