/**
 * Types of the resource methods, derived from the generated operation table and the
 * `operations` of @missive-ts/schema: no per-operation hand-written type.
 */
import type { operations } from "@missive-ts/schema";
import type { RuledPayload } from "./field-rules.js";
import type { OperationEntry } from "./generated/operations.js";
import type { Paginator } from "./paginate.js";

/** Per-call options of a resource method. */
export interface RequestOptions {
  /** Aborts the request, its retries and its waits. */
  signal?: AbortSignal | undefined;
}

/** Per-call options of `listAll…`. */
export interface ListAllOptions extends RequestOptions {
  /**
   * Offset lists: pages fetched at once, within the rate limiter. Default: the limiter's
   * `concurrent` (5). `1` walks one page after another. Until lists are always sequential.
   */
  pageConcurrency?: number | undefined;
}

type Op<E extends OperationEntry> = operations[E["operationId"]];
type JsonOf<T> = T extends { content: { "application/json": infer B } } ? B : never;
type Unwrap<B, Env> = Env extends string ? (Env extends keyof B ? B[Env] : never) : B;

type RequestJson<E extends OperationEntry> =
  Op<E> extends { requestBody: infer R }
    ? JsonOf<R>
    : Op<E> extends { requestBody?: infer R }
      ? JsonOf<NonNullable<R>>
      : never;

type ResponseJson<E extends OperationEntry> = E["response"] extends {
  status: infer S extends keyof Op<E>["responses"];
}
  ? JsonOf<Op<E>["responses"][S]>
  : never;

/** What a method takes as body: the payload under the request envelope. */
export type RequestPayload<E extends OperationEntry> = E["request"] extends { envelope: infer Env }
  ? Unwrap<RequestJson<E>, Env>
  : never;

/** What a method resolves to: the payload under the response envelope (`undefined` for an empty 201). */
export type ResultOf<E extends OperationEntry> = E["response"] extends { envelope: infer Env }
  ? Unwrap<ResponseJson<E>, Env> | (E["method"] extends "post" ? undefined : never)
  : undefined;

/** Query parameters of an operation. */
export type QueryOf<E extends OperationEntry> = NonNullable<Op<E>["parameters"]["query"]>;

type PathArgs<P extends readonly unknown[]> = {
  -readonly [K in keyof P]: P[K] extends { list: true } ? string | readonly string[] : string;
};

type QueryArgs<E extends OperationEntry, Q> = E["query"] extends { required: true }
  ? [query: Q]
  : E["query"] extends { required: false }
    ? [query?: Q | undefined]
    : [];

type WithIds<P> = P extends readonly (infer I)[] ? ReadonlyArray<I & { id: string }> : P;

/**
 * The objects of a PATCH by objects, with the spec's `dependentRequired` rules as types
 * (`add_shared_labels` needs `organization`). Other bodies and queries keep the plain generated
 * types: rules as unions there would break code that derives its own types from them with
 * `Omit<…>` (as @missive-ts/react does); the API and the mock enforce those rules at run time.
 */
type ItemsOf<E extends OperationEntry> = RuledPayload<E["operationId"], WithIds<RequestPayload<E>>>;

export type ArgsOf<E extends OperationEntry> =
  // PATCH of several objects by comma-separated ids: the ids come from the objects.
  E["idsFromBody"] extends string
    ? [items: ItemsOf<E>, options?: RequestOptions]
    : [
        ...PathArgs<E["pathParams"]>,
        ...(E["request"] extends null ? [] : [body: RequestPayload<E>]),
        ...QueryArgs<E, QueryOf<E>>,
        options?: RequestOptions,
      ];

/** One item of a paginated list. */
export type ItemOf<E extends OperationEntry> = ResultOf<E> extends readonly (infer I)[] ? I : never;

/** Query of `listAll…`: the list's query without the cursor, which the paginator manages. */
export type ListAllQuery<E extends OperationEntry> = Omit<QueryOf<E>, "until" | "offset">;

export type ListAllArgsOf<E extends OperationEntry> = [
  ...PathArgs<E["pathParams"]>,
  ...QueryArgs<E, ListAllQuery<E>>,
  options?: ListAllOptions,
];

type InNamespace<N extends string> = Extract<OperationEntry, { namespace: N }>;

/** The resource namespaces: `missive.conversations.list(...)`, `missive.contacts.update([...])`, … */
export type Resources = {
  [N in OperationEntry["namespace"]]: {
    [E in InNamespace<N> as E["name"]]: (...args: ArgsOf<E>) => Promise<ResultOf<E>>;
  } & {
    [E in Extract<InNamespace<N>, { listAllName: string }> as E["listAllName"]]: (
      ...args: ListAllArgsOf<E>
    ) => Paginator<ItemOf<E>>;
  };
};
