import { applyFields, readData } from "../body.js";
import { defineCommand } from "../command.js";
import { DRY_RUN_FLAG } from "../common-flags.js";
import { ExitCode, UsageError } from "../errors.js";
import { makeClient } from "../make-client.js";
import { objectKey } from "../object-key.js";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

const api = defineCommand({
  usage: `Send any request to the Missive API, through the client (token, retries, rate limits).

Usage: missive api <METHOD> <path> [flags]

  missive api GET /users
  missive api GET "/conversations?inbox=true&limit=5"
  missive api POST /posts --data @post.json
  missive api PATCH /tasks/<id> --data '{"tasks": {"state": "closed"}}'
  missive api DELETE /hooks/<id> --dry-run`,
  notes: "Prints the answer's JSON as is (envelope included). Exit codes as for every command.",
  completes: async () => METHODS,
  flags: {
    data: {
      type: "string",
      short: "d",
      value: "<json>",
      stdin: true,
      description: "Request body: JSON, @file.json or - for stdin (sent as is, envelope included)",
    },
    field: {
      type: "string",
      multiple: true,
      value: "key=value",
      description: "Set a body field to a string (repeatable)",
    },
    "field-json": {
      type: "string",
      multiple: true,
      value: "key=<json>",
      description: "Set a body field to a JSON value (repeatable)",
    },
    query: {
      type: "string",
      short: "q",
      multiple: true,
      value: "key=value",
      description: "Add a query parameter (repeatable)",
    },
    "dry-run": DRY_RUN_FLAG,
  },
  async run(options, io) {
    const [rawMethod, rawPath, ...extra] = options.args;
    const method = rawMethod?.toUpperCase() as (typeof METHODS)[number] | undefined;
    if (!method || !METHODS.includes(method) || rawPath === undefined || extra.length > 0) {
      throw new UsageError(
        `missive api takes <METHOD> <path>, METHOD one of ${METHODS.join(", ")}: missive api GET /users`,
      );
    }
    // Checked before URL parsing, which would resolve `..` and `%2E%2E` out of their segment,
    // read `\` as `/` and drop tabs and newlines (`..\users` and `..<TAB>` are `..` to it).
    const rawPathname = rawPath.split(/[?#]/)[0] ?? "";
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
    if (/[\\\x00-\x1f\x7f]/.test(rawPathname)) {
      throw new UsageError(
        `missive api: the path ${JSON.stringify(rawPathname)} has a backslash or a control character; percent-encode it (\\ is %5C) or give the id without it.`,
      );
    }
    const segments = rawPathname.replace(/^\//, "").split("/");
    if (segments.some((segment) => segment === "" || /^(\.|%2e){1,2}$/i.test(segment))) {
      throw new UsageError(
        `missive api: the path ${JSON.stringify(rawPathname)} has an empty, "." or ".." segment; give every id in full: missive api GET /conversations/<id>`,
      );
    }
    const url = new URL(rawPath.replace(/^\/?/, "/"), "http://x");
    const query: Record<string, string> = Object.fromEntries(url.searchParams);
    for (const pair of options.query) {
      const at = pair.indexOf("=");
      if (at <= 0) throw new UsageError(`--query takes key=value, got "${pair}".`);
      query[objectKey(pair.slice(0, at), "--query")] = pair.slice(at + 1);
    }
    const body = applyFields(await readData(options.data, io), options);
    if (method === "GET" && body !== undefined) {
      throw new UsageError(
        "missive api GET sends no body: drop --data/--field, or use another method.",
      );
    }
    if (body !== undefined) {
      const { checkRequestBody, operationAt } = await import("../request-body-check.js");
      const operationId = operationAt(method, url.pathname);
      if (operationId) checkRequestBody(operationId, body, "--data and --field");
    }
    if (options.dryRun === true) {
      const { printDryRun } = await import("../dry-run.js");
      printDryRun(io, method, url.pathname, query, body);
      return ExitCode.ok;
    }
    const client = await makeClient(options, io);
    type Raw = (
      path: string,
      init: Record<string, unknown>,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const send = (client as unknown as Record<string, Raw>)[method];
    if (!send) throw new UsageError(`The client has no ${method} method.`);
    const init: Record<string, unknown> = { params: { query } };
    if (body !== undefined) init.body = body;
    if (io.signal) init.signal = io.signal;
    const { data, error, response } = await send(url.pathname, init);
    if (!response.ok) {
      const { toMissiveError } = await import("@missive-ts/client");
      throw toMissiveError(response, error, { method, url: response.url });
    }
    if (data !== undefined && data !== null && data !== "") {
      io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    }
    return ExitCode.ok;
  },
});

export default api;
