import type { OperationMetadata } from "../../../packages/schema/src/operation-metadata.js";

/**
 * The slim operation table of @missive-ts/client (`packages/client/src/generated/operations.ts`):
 * only what the runtime needs to build resource methods — no descriptions, so the client bundle
 * stays small.
 *
 * Naming rule (documented in packages/client/README.md):
 * - namespace = the operation's tag in camelCase (`Contact books` → `contactBooks`);
 * - method = the operationId minus the namespace noun, singular or plural
 *   (`listConversations` → `list`, `listConversationMessages` → `listMessages`,
 *   `createContacts` → `create`). A tag that is not itself the noun of its items names the
 *   noun in `nounOverrides` (`getAnalyticsReport` → `analytics.get`).
 * - every paginated list also gets `listAll…` (`list` → `listAll`, `listMessages` → `listAllMessages`).
 */

export interface ClientOperation {
  readonly operationId: string;
  readonly namespace: string;
  readonly name: string;
  /** Name of the auto-paginating variant, for paginated lists. */
  readonly listAllName: string | null;
  readonly method: OperationMetadata["method"];
  readonly path: string;
  readonly pathParams: readonly { readonly name: string; readonly list: boolean }[];
  /** Whether the operation takes any query parameter, and whether one is required. */
  readonly query: { readonly required: boolean } | null;
  readonly request: { readonly envelope: string | null; readonly list: boolean } | null;
  /**
   * A PATCH of several objects by comma-separated ids (`PATCH /contacts/{id}` with a list body):
   * the path parameter that the `id`s of the body's objects fill, so callers give the objects
   * only. `null` for every other operation. The one place this rule is derived.
   */
  readonly idsFromBody: string | null;
  readonly response: {
    readonly status: number;
    readonly envelope: string | null;
    readonly list: boolean;
  } | null;
  readonly pagination:
    | {
        readonly style: "until";
        readonly cursor: string;
        /** Page size sent by `listAll` when the query has none: the spec's maximum. */
        readonly limit: number | null;
      }
    | { readonly style: "offset"; readonly limit: number | null }
    | null;
  /**
   * The Missive plans the operation needs (`x-missive-plan`), or `null`: a 403 on such an
   * operation may come from the organization's plan, and the client's error says so.
   */
  readonly plans: readonly string[] | null;
}

/** Tags whose name is not the noun used in their operationIds. */
const nounOverrides: Record<string, readonly string[]> = {
  Analytics: ["AnalyticsReports", "AnalyticsReport"],
};

const words = (tag: string) => tag.split(/[^A-Za-z0-9]+/).filter(Boolean);
const pascal = (tag: string) =>
  words(tag)
    .map((w) => w[0]?.toUpperCase() + w.slice(1).toLowerCase())
    .join("");
const camel = (tag: string) => {
  const p = pascal(tag);
  return p.charAt(0).toLowerCase() + p.slice(1);
};

function methodName(operationId: string, tag: string): string {
  const match = /^([a-z]+)(.*)$/.exec(operationId);
  if (!match) throw new Error(`${operationId}: operationId must start with a lowercase verb`);
  const [, verb = "", rest = ""] = match;
  const noun = pascal(tag);
  const nouns = nounOverrides[tag] ?? [noun, noun.replace(/s$/, "")];
  const found = [...nouns].sort((a, b) => b.length - a.length).find((n) => rest.startsWith(n));
  if (found === undefined) {
    throw new Error(
      `${operationId}: does not name its tag "${tag}" after the verb; rename it or add the tag to nounOverrides`,
    );
  }
  return verb + rest.slice(found.length);
}

export function deriveClientOperations(metadata: readonly OperationMetadata[]): ClientOperation[] {
  const seen = new Set<string>();
  return metadata.map((op) => {
    const namespace = camel(op.tag);
    const name = methodName(op.operationId, op.tag);
    const listAllName = op.pagination ? name.replace(/^list/, "listAll") : null;
    for (const key of [name, listAllName]) {
      if (key === null) continue;
      if (seen.has(`${namespace}.${key}`)) {
        throw new Error(`${op.operationId}: ${namespace}.${key} is already taken`);
      }
      seen.add(`${namespace}.${key}`);
    }
    const queryParams = op.params.filter((p) => p.in === "query");
    // listAll always sends the page size it counts on: the documented default, or the maximum
    // when the docs state no default (tasks).
    const limitParam = queryParams.find((p) => p.name === "limit");
    // listAll walks everything: the largest page the API allows means the fewest requests,
    // and requests are what Missive's rate limits count.
    const limit = limitParam?.maximum ?? limitParam?.default;
    const pageLimit = typeof limit === "number" ? limit : null;
    const pathParams = op.params.filter((p) => p.in === "path");
    const idsParam =
      pathParams.length === 1 && pathParams[0]?.type === "array" ? pathParams[0] : null;
    return {
      operationId: op.operationId,
      namespace,
      name,
      listAllName,
      method: op.method,
      path: op.path,
      pathParams: pathParams.map((p) => ({ name: p.name, list: p.type === "array" })),
      query: queryParams.length > 0 ? { required: queryParams.some((p) => p.required) } : null,
      request: op.requestBody
        ? { envelope: op.requestBody.envelope, list: op.requestBody.list }
        : null,
      idsFromBody: op.requestBody?.list === true && idsParam ? idsParam.name : null,
      response: op.response
        ? { status: op.response.status, envelope: op.response.envelope, list: op.response.list }
        : null,
      pagination:
        op.pagination === null
          ? null
          : op.pagination.style === "until"
            ? { style: "until", cursor: op.pagination.cursor, limit: pageLimit }
            : { style: "offset", limit: pageLimit },
      plans: op.plan?.plans ?? null,
    };
  });
}

/** The source of `packages/client/src/generated/operations.ts`, after the generated header. */
export function clientOperationsSource(operations: readonly ClientOperation[]): string {
  return `/** One entry per operation of the spec, in path order: what the client's resource methods need. */
export const operationTable = [
${operations.map((op) => `  ${JSON.stringify(op)},`).join("\n")}
] as const;

/** One entry of {@link operationTable}. */
export type OperationEntry = (typeof operationTable)[number];
`;
}
