import { applyFields, readData } from "../body.js";
import { UsageError } from "../errors.js";
import type { CliIo } from "../io.js";
import { makeClient } from "../make-client.js";
import { parseFlags } from "../parse.js";

const HELP = `Send any request to the Missive API, through the client (token, retries, rate limits).

Usage: missive api <METHOD> <path> [flags]

  missive api GET /users
  missive api GET "/conversations?inbox=true&limit=5"
  missive api POST /posts --data @post.json
  missive api PATCH /tasks/<id> --field state=done

Flags:
  -d, --data <json>          Request body: JSON, @file.json or - for stdin (sent as is, envelope included)
  --field key=value          Set a body field to a string (repeatable)
  --field-json key=<json>    Set a body field to a JSON value (repeatable)
  -q, --query key=value      Add a query parameter (repeatable)

Prints the answer's JSON as is (envelope included). Exit codes as for every command.
`;

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export async function runApi(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      data: { type: "string", short: "d" },
      field: { type: "string", multiple: true },
      "field-json": { type: "string", multiple: true },
      query: { type: "string", short: "q", multiple: true },
    },
    "api",
  );
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const [rawMethod, rawPath, ...extra] = positionals;
  const method = rawMethod?.toUpperCase() as (typeof METHODS)[number] | undefined;
  if (!method || !METHODS.includes(method) || rawPath === undefined || extra.length > 0) {
    throw new UsageError(
      `missive api takes <METHOD> <path>, METHOD one of ${METHODS.join(", ")}: missive api GET /users`,
    );
  }
  const url = new URL(rawPath.replace(/^\/?/, "/"), "http://x");
  const query: Record<string, string> = Object.fromEntries(url.searchParams);
  for (const pair of values.query === undefined ? [] : (values.query as string[])) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError(`--query takes key=value, got "${pair}".`);
    query[pair.slice(0, at)] = pair.slice(at + 1);
  }
  let body = await readData(values, io);
  if (values.field !== undefined || values["field-json"] !== undefined) {
    body = applyFields(body, values);
  }
  const client = await makeClient(values, io);
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
  return 0;
}
