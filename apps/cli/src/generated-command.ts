import { applyFields, readData, toPayload } from "./body.js";
import type { GeneratedCommand } from "./command-table.js";
import { ExitCode, UsageError } from "./errors.js";
import { pathPlaceholder } from "./help-words.js";
import type { CliIo } from "./io.js";
import { makeClient } from "./make-client.js";
import { counted } from "./names.js";
import { confirm, ndjsonLine, outputOptions, printResult } from "./output.js";
import { convertParam, optionOf } from "./param-values.js";
import {
  globalOptions,
  listFlag,
  type OptionSpec,
  type ParsedValues,
  parseFlags,
  stringFlag,
} from "./parse.js";
import { checkRequiredFilters } from "./required-filters.js";

type Method = (...args: unknown[]) => unknown;

/** What a write did, for its confirmation line. */
const PAST: Record<string, string> = {
  create: "Created",
  update: "Updated",
  delete: "Deleted",
  merge: "Merged",
};

/** The flags of a generated command, from its operation's metadata. */
export function optionsOf(command: GeneratedCommand): OptionSpec {
  const options: OptionSpec = { fields: { type: "string", multiple: true } };
  for (const p of command.pathParams) options[p.name] = optionOf(p);
  for (const p of command.queryParams) options[p.flag] = optionOf(p);
  if (command.operation.requestBody) {
    options.data = { type: "string", short: "d" };
    options.field = { type: "string", multiple: true };
    options["field-json"] = { type: "string", multiple: true };
  }
  if (command.entry.listAllName) {
    options.all = { type: "boolean" };
    options.paginate = { type: "boolean" };
  }
  if (command.operation.method !== "get") options["dry-run"] = { type: "boolean" };
  return options;
}

/** Path parameters from positionals (`get <id>`, `delete id1 id2`) or their flags. */
function pathValues(command: GeneratedCommand, values: ParsedValues, positionals: string[]) {
  const name = `${command.resource} ${command.action}`;
  const params = command.pathParams;
  const out: Record<string, unknown> = {};
  const rest = [...positionals];
  for (const [i, p] of params.entries()) {
    const isLast = i === params.length - 1;
    const fromFlag = values[p.name];
    let raw: unknown;
    if (fromFlag !== undefined) raw = fromFlag;
    else if (p.type === "array" && isLast) raw = rest.splice(0);
    else raw = rest.shift();
    const value = raw === undefined ? undefined : convertParam(p, p.name, raw);
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    if (empty && command.entry.idsFromBody === null) {
      throw new UsageError(
        `missive ${name} needs ${pathPlaceholder(command, p)}${p.type === "array" ? "… (one or more)" : ""}: ${p.description}`,
      );
    }
    if (!empty) out[p.name] = value;
  }
  if (rest.length > 0) {
    throw new UsageError(
      `Unexpected argument "${rest[0]}" for missive ${name}. See \`missive ${name} --help\`.`,
    );
  }
  return out;
}

/**
 * Refuses, before the token is even looked up, an id that would leave its path segment (`.`,
 * `..`, `%2E%2E`, empty): the client's own rule, for every path parameter of every command.
 */
async function checkPathValues(command: GeneratedCommand, path: Record<string, unknown>) {
  const { pathParameterProblem } = await import("@missive-ts/client");
  for (const p of command.pathParams) {
    // ids of `update` may come from the objects of --data instead: the client checks those.
    if (path[p.name] === undefined && command.entry.idsFromBody !== null) continue;
    const problem = pathParameterProblem(path[p.name]);
    if (problem) {
      throw new UsageError(
        `<${p.name}> of missive ${command.resource} ${command.action} ${problem}: pass a real id (not ".", ".." or empty).`,
      );
    }
  }
}

export function queryValues(command: GeneratedCommand, values: ParsedValues) {
  const query: Record<string, unknown> = {};
  for (const p of command.queryParams) {
    const raw = values[p.flag];
    if (raw === undefined) {
      if (p.required) {
        throw new UsageError(
          `missive ${command.resource} ${command.action} needs --${p.flag}: ${p.description}`,
        );
      }
      continue;
    }
    // `--shared-label ""` (an unset shell variable) would send `shared_label=`: the filter
    // silently dropped, every conversation listed.
    if (p.type === "string" && typeof raw === "string" && raw.trim() === "") {
      throw new UsageError(`--${p.flag} is empty: give a value, or leave the flag out.`);
    }
    query[p.name] = convertParam(p, p.flag, raw);
  }
  checkRequiredFilters(command, query);
  // At most one of a group (`--email`, `--domain`, `--contact-organization`): Missive answers
  // 400 for two, so nothing is sent.
  for (const group of command.operation.exclusiveQuery) {
    const given = command.queryParams.filter((p) => group.includes(p.name) && p.name in query);
    if (given.length > 1) {
      throw new UsageError(
        `Give at most one of ${group.map((name) => `--${command.queryParams.find((p) => p.name === name)?.flag ?? name}`).join(", ")} (got ${given.map((p) => `--${p.flag}`).join(" and ")}).`,
      );
    }
  }
  return query;
}

/** The ids of `update id1 id2 --data '{…}'`: one object for each id, or ids zipped onto a list. */
function withIds(payload: unknown, ids: unknown): unknown {
  const list = Array.isArray(ids) ? (ids as string[]) : [];
  if (list.length === 0 || !Array.isArray(payload)) return payload;
  if (payload.length === 1) return list.map((id) => ({ ...(payload[0] as object), id }));
  if (payload.length === list.length) {
    return payload.map((item, i) => ({ ...(item as object), id: list[i] }));
  }
  throw new UsageError(`Give one object, or as many objects as ids (${list.length}), in --data.`);
}

export async function runGenerated(
  command: GeneratedCommand,
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const name = `${command.resource} ${command.action}`;
  const { values, positionals } = parseFlags(args, optionsOf(command), name);
  if (values.help) {
    const { actionHelp } = await import("./help.js");
    io.stdout.write(actionHelp(command));
    return ExitCode.ok;
  }
  const path = pathValues(command, values, positionals);
  await checkPathValues(command, path);
  const globals = globalOptions(values);
  const { resolveQueryNames } = await import("./query-names.js");
  const query = await resolveQueryNames(command, queryValues(command, values), globals, io);
  const body = command.operation.requestBody;
  let payload: unknown;
  if (body) {
    const parsed = await readData(stringFlag(values, "data"), io);
    const fields = { field: listOf(values.field), fieldJson: listOf(values["field-json"]) };
    payload = toPayload(body, applyFields(toPayload({ ...body, list: false }, parsed), fields));
    if (payload === undefined && body.required) {
      throw new UsageError(
        `missive ${name} needs a body: --data '<json>', --data @file.json or --data - (stdin). See \`missive ${name} --help\`.`,
      );
    }
    const { withDefaultOrganization } = await import("./body-organization.js");
    payload = await withDefaultOrganization(command, payload, globals, io);
    const idsParam = command.entry.idsFromBody;
    if (idsParam !== null) payload = withIds(payload, path[idsParam]);
    if (payload !== undefined) {
      const sent = body.envelope === null ? payload : { [body.envelope]: payload };
      const { checkRequestBody } = await import("./request-body-check.js");
      checkRequestBody(command.operationId, sent, "--data and --field");
    }
  }
  if (values["dry-run"] === true) {
    const { printDryRun, pathWith } = await import("./dry-run.js");
    const ids = command.entry.idsFromBody;
    const filled =
      ids !== null && Array.isArray(payload)
        ? { ...path, [ids]: payload.map((item) => (item as { id?: unknown }).id) }
        : path;
    const sent =
      body && payload !== undefined
        ? body.envelope === null
          ? payload
          : { [body.envelope]: payload }
        : undefined;
    printDryRun(
      io,
      command.operation.method,
      pathWith(command.operation.path, filled),
      query,
      sent,
    );
    return ExitCode.ok;
  }
  const output = outputOptions({ json: globals.json, fields: listFlag(values, "fields") }, io);
  const paginate = values.all === true || values.paginate === true;
  const client = await makeClient(globals, io);
  const ns = (client as unknown as Record<string, Record<string, Method>>)[command.entry.namespace];
  const signal = io.signal;
  const pathArgs = command.pathParams.map((p) => path[p.name]);

  if (paginate && command.entry.listAllName) {
    const listAll = ns?.[command.entry.listAllName];
    const { until: _u, offset: _o, ...rest } = query;
    const iterator = listAll?.(...pathArgs, rest, { signal }) as AsyncIterable<unknown>;
    for await (const item of iterator) io.stdout.write(ndjsonLine(item, output.fields));
    return ExitCode.ok;
  }
  const method = ns?.[command.entry.name];
  if (!method) throw new Error(`client has no ${command.entry.namespace}.${command.entry.name}`);
  const callArgs: unknown[] =
    command.entry.idsFromBody !== null
      ? [payload]
      : [...pathArgs, ...(body ? [payload] : []), ...(command.entry.query ? [query] : [])];
  const result = await method(...callArgs, { signal });
  if (command.operation.method !== "get") {
    const { forgetLists } = await import("./directory-cache.js");
    await forgetLists(io, command.resource);
  }
  printResult(result, output, io);
  const done = PAST[command.action];
  if (done) {
    const ids = pathArgs.flat().filter((id) => id !== undefined);
    const n = Array.isArray(result) ? result.length : Math.max(ids.length, 1);
    confirm(io, `${done} ${counted(n, command.resource)}`);
  }
  return ExitCode.ok;
}

/** Every value of a repeatable flag, as given (`--field a=1 --field b=2`). */
const listOf = (value: ParsedValues[string]): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
