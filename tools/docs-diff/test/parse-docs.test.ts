import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compare } from "../src/compare.ts";
import { formatFieldPath } from "../src/docs-model.ts";
import { seedDocsPath } from "../src/locations.ts";
import { normalisePath, parseDocs } from "../src/parse-docs.ts";
import { bundledSpec } from "./run-drift.ts";

const fence = "```";
const op = (markdown: string) => {
  const model = parseDocs(markdown);
  return { ...model, first: model.operations[0] };
};
const params = (markdown: string) =>
  (op(markdown).first?.parameters ?? []).map((p) => ({
    at: `${p.location} ${formatFieldPath(p.path)}`,
    required: p.required,
    ...(p.enum && { enum: p.enum }),
  }));

describe("request lines", () => {
  it("turns Missive's paths into the spec's form", () => {
    expect(normalisePath("/v1/contacts/:id1,:id2,:id3,...")).toEqual({
      path: "/contacts/{id}",
      params: [{ name: "id", multiple: true }],
      query: undefined,
    });
    expect(normalisePath("/v1/messages?email_message_id=Message-ID")).toMatchObject({
      path: "/messages",
      query: { email_message_id: "Message-ID" },
    });
  });

  it("joins two request lines of one route, and reports a heading with no request line", () => {
    const markdown = `## Messages\n\n### Get message(s)\n\n\`GET /v1/messages/:id\`\n\n\`GET /v1/messages/:id1,:id2,...\`\n\n### Update conversations\n\nPATCH /v1/conversations/:ids (written without backticks)\n`;
    const model = parseDocs(markdown);
    expect(model.operations.map((o) => [o.method, o.path, o.parameters[0]?.multiple])).toEqual([
      ["GET", "/messages/{id}", true],
    ]);
    expect(model.unreadable.map((u) => `${u.section} @${u.line}`)).toEqual([
      "Messages › Update conversations @9",
    ]);
  });

  it("reads every operation of the seed docs", () => {
    const model = parseDocs(readFileSync(seedDocsPath(), "utf8"));
    expect(model.operations).toHaveLength(41);
    expect(model.operations.map((o) => `${o.method} ${o.path}`)).toContain(
      "PATCH /shared_labels/{id}",
    );
    const merge = model.operations.find((o) => o.path === "/conversations/{id}/merge");
    expect(merge?.parameters.map((p) => `${p.location} ${p.path[0]?.name} ${p.required}`)).toEqual([
      "path id true",
      "body target true",
      "body subject false",
    ]);
  });
});

describe("parameter tables", () => {
  it("reads required marks: `\\*` after the name and **Required.** in the description", () => {
    const markdown = `## Things\n\n### List things\n\n\`GET /v1/things\`\n\n**Params**\n\n| Name \\* required | Default | Description |\n| --- | --- | --- |\n| \`book\`\\* | | Book ID |\n| \`limit\` | \`50\` | **Required.** Max |\n| \`search\` | \`null\` | Text |\n`;
    expect(params(markdown)).toEqual([
      { at: "query book", required: true },
      { at: "query limit", required: true },
      { at: "query search", required: false },
    ]);
  });

  it("reads enums written in prose", () => {
    const markdown = `## T\n\n### Create thing\n\n\`POST /v1/things\`\n\n**Attributes**\n\n| Name \\* required | Description | Example |\n| --- | --- | --- |\n| \`label\`\\* | Type. Accepted values: \`home\`, \`work\` | \`"work"\` |\n| \`state\` | Task state. One of: \`todo\`, \`closed\` | |\n| \`kind\` | Either \`group\` or \`organization\`. | |\n| \`owner\` | Either \`organization\` or \`user\` is required | |\n| \`type\` \\* | Supported values: incoming\\_email, new\\_comment | |\n| \`color\` | HEX color code or \`"good"\` \`"danger"\` string | |\n| \`mode\` | How | \`"a"\` |\n| \`sizes\` | Sizes | |\n\n\`mode\`\n\n* \`fast\`: quickly\n* \`slow\` - slowly\n\n\`sizes\`\\\n\`"s"\`, \`"m"\`\n`;
    expect(params(markdown)).toEqual([
      { at: "body label", required: true, enum: ["home", "work"] },
      { at: "body state", required: false, enum: ["todo", "closed"] },
      { at: "body kind", required: false, enum: ["group", "organization"] },
      { at: "body owner", required: false },
      { at: "body type", required: true, enum: ["incoming_email", "new_comment"] },
      { at: "body color", required: false, enum: ["good", "danger"] },
      { at: "body mode", required: false, enum: ["fast", "slow"] },
      { at: "body sizes", required: false, enum: ["s", "m"] },
    ]);
  });

  it("nests tables under the field label before them, and per kind", () => {
    const markdown = `## T\n\n### Create thing\n\n\`POST /v1/things\`\n\n**Attributes**\n\n| Name \\* required | Description |\n| --- | --- |\n| \`infos\` | Array |\n| \`files\` | Array |\n\n\`files\`\n\nThe \`files\` array lets you attach files.\n\n| Name \\* required | Description |\n| --- | --- |\n| \`base64_data\`\\* | Data |\n\nInfos with kind \`email\`\n\n| Name \\* required | Description |\n| --- | --- |\n| \`value\`\\* | Email |\n`;
    expect(params(markdown).map((p) => p.at)).toEqual([
      "body infos",
      "body files",
      "body files.base64_data",
      "body infos[kind=email].value",
    ]);
  });

  it("gives an update the create section's attributes when it refers to them", () => {
    const markdown = `## T\n\n### Create thing(s)\n\n\`POST /v1/things\`\n\n**Attributes**\n\n| Name \\* required | Description |\n| --- | --- |\n| \`name\`\\* | Name |\n\n### Update things(s)\n\n\`PATCH /v1/things/:id1,:id2,...\`\n\n**Attributes**\n\nThing \`id\` is required. See the Create thing(s) section for other attributes.\n`;
    const update = parseDocs(markdown).operations[1];
    expect(update?.parameters.map((p) => `${p.location} ${p.path[0]?.name} ${p.required}`)).toEqual(
      ["path id true", "body id true", "body name false"],
    );
  });
});

describe("examples and what cannot be read", () => {
  it("keeps request and response examples, and attaches a heading without a request line by its envelope", () => {
    const markdown = `## Drafts\n\n### Create a draft\n\n\`POST /v1/drafts\`\n\n{% code title="Request payload" %}\n\n${fence}json\n{"drafts": {"subject": "a"}}\n${fence}\n\n{% endcode %}\n\n### Send a message\n\n{% code title="Request payload" %}\n\n${fence}json\n{"drafts": {"send": true}}\n${fence}\n\n{% endcode %}\n`;
    const { first, unreadable } = op(markdown);
    expect(first?.examples.map((e) => [e.direction, e.value])).toEqual([
      ["request", { drafts: { subject: "a" } }],
      ["request", { drafts: { send: true } }],
    ]);
    expect(unreadable).toEqual([]);
  });

  it("reports what it cannot read instead of skipping it", () => {
    const markdown = `## Messages\n\n### List messages\n\n\`GET /v1/messages\`\n\n{% code title="Response" %}\n\n${fence}json\n{"messages": [{ // Latest message\n }]}\n${fence}\n\n{% endcode %}\n\nSome prose.\n\n| Name | Description |\n| --- | --- |\n| \`stray\` | A table with no heading |\n\n**Params**\n\n| Name | Description |\n| --- | --- |\n| limit | no backticks |\n\n### Orphans\n\n{% code title="Request" %}\n\n${fence}json\n{"orphans": {}}\n${fence}\n\n{% endcode %}\n`;
    const reasons = parseDocs(markdown).unreadable.map(
      (u) => `${u.section} @${u.line}: ${u.reason}`,
    );
    expect(reasons).toEqual([
      expect.stringMatching(/^Messages › List messages @9: a response example that is not JSON/),
      "Messages › List messages @18: a parameter table with no **Params**/**Attributes** heading or field label before it",
      "Messages › List messages @26: table row without a `name`",
      "Messages › Orphans @28: a heading with no `METHOD /v1/path` line whose examples (if any) match no operation of its group",
    ]);
  });

  it("reports values it cannot read and table rows the table lost, instead of taking them as nothing", () => {
    const markdown = `## T\n\n### List things\n\n\`GET /v1/things\`\n\n**Params**\n\n| Name | Description |\n| --- | --- |\n| \`kind\` | Either \`group\`, \`organization\` or \`team\`. |\n| \`type\` | Group type. Accepted values are organization, group and team |\n| \`limit\` | Max |\n| \`team\` | ID of one of your teams |\n\`region\` | Region ID |\n`;
    expect(params(markdown)).toEqual([
      { at: "query kind", required: false, enum: ["group", "organization", "team"] },
      { at: "query type", required: false },
      { at: "query limit", required: false },
      { at: "query team", required: false },
    ]);
    expect(parseDocs(markdown).unreadable.map((u) => `@${u.line}: ${u.reason}`)).toEqual([
      "@12: a list of values in a form the parser cannot read",
      "@15: a table row outside a table",
    ]);
  });

  it("reads the seed docs with one unreadable part: the List messages example with comments", () => {
    const { unreadable } = parseDocs(readFileSync(seedDocsPath(), "utf8"));
    expect(unreadable.map((u) => `${u.section}: ${u.reason.split(" (")[0]}`)).toEqual([
      "Messages › List messages: a response example that is not JSON",
    ]);
  });
});

describe("hostile input", () => {
  it("compares examples that are null, lists or scalars without failing", () => {
    const example = (title: string, json: string) =>
      `{% code title="${title}" %}\n\n${fence}json\n${json}\n${fence}\n\n{% endcode %}\n\n`;
    const markdown = `## Posts\n\n### Create a post\n\n\`POST /v1/posts\`\n\n${example("Request payload", "null")}${example("Request payload", "[1, 2]")}${example("Response", '"created"')}### Stray\n\n${example("Request", "null")}`;
    const model = parseDocs(markdown);
    expect(model.operations[0]?.examples).toHaveLength(3);
    const spec = JSON.parse(readFileSync(bundledSpec, "utf8"));
    // Only the docs' own sections: the other 40 operations of the spec are simply not in them.
    const differences = compare(model, spec).filter((d) => d.docs !== undefined);
    expect(differences.map((d) => `${d.kind} ${d.docs?.section}`)).toEqual([
      "unreadable-docs Posts › Stray",
    ]);
  });
});
