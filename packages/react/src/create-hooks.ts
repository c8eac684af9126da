/**
 * Path-based hooks over the client's openapi-fetch methods, by openapi-react-query:
 * `hooks.useQuery("get", "/conversations/{id}", { params: { path: { id } } })`. The answer is
 * the whole response body (Missive's envelope included), as with `missive.GET`; a non-2xx
 * answer is thrown as the client's typed `MissiveError`.
 */
import { type MissiveClient, type MissiveError, toMissiveError } from "@missive-ts/client";
import type { paths } from "@missive-ts/schema";
import type {
  InfiniteData,
  QueryClient,
  SkipToken,
  UseInfiniteQueryOptions,
  UseInfiniteQueryResult,
  UseMutationOptions,
  UseMutationResult,
  UseQueryOptions,
  UseQueryResult,
  UseSuspenseQueryOptions,
  UseSuspenseQueryResult,
} from "@tanstack/react-query";
import type { Client, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import createQueryClient from "openapi-react-query";
import type { HttpMethod, PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";

type Paths = paths;
type Init<P extends keyof Paths, M extends HttpMethod> = MaybeOptionalInit<Paths[P], M>;
type Data<P extends keyof Paths, M extends HttpMethod, I> = Required<
  FetchResponse<NonNullable<Paths[P][M & keyof Paths[P]]>, I, `${string}/${string}`>
>["data"];
type Key<M, P, I> = I extends undefined ? readonly [M, P] : readonly [M, P, I];
type Args<I, O> =
  RequiredKeysOf<I> extends never ? [init?: I, options?: O] : [init: I, options?: O];
type Selected<D, O> = O extends { select: (data: D) => infer R } ? R : D;

type QueryOpts<M extends HttpMethod, P extends keyof Paths, I> = Omit<
  UseQueryOptions<Data<P, M, I>, MissiveError, Data<P, M, I>, Key<M, P, I>>,
  "queryKey" | "queryFn"
>;

/** The hooks of `createMissiveHooks`: openapi-react-query's, with `MissiveError` as the error. */
export interface MissiveHooks {
  /** Options for `useQuery`, `prefetchQuery`, `ensureQueryData` and loaders. */
  queryOptions<
    M extends HttpMethod,
    P extends PathsWithMethod<Paths, M>,
    I extends Init<P, M>,
    O extends QueryOpts<M, P, I>,
  >(
    method: M,
    path: P,
    ...args: Args<I, O>
  ): UseQueryOptions<Data<P, M, I>, MissiveError, Selected<Data<P, M, I>, O>, Key<M, P, I>> & {
    queryKey: Key<M, P, I>;
    queryFn: Exclude<
      UseQueryOptions<Data<P, M, I>, MissiveError, Data<P, M, I>, Key<M, P, I>>["queryFn"],
      SkipToken | undefined
    >;
  };
  useQuery<
    M extends HttpMethod,
    P extends PathsWithMethod<Paths, M>,
    I extends Init<P, M>,
    O extends QueryOpts<M, P, I>,
  >(
    method: M,
    path: P,
    ...args: [...Args<I, O>, queryClient?: QueryClient]
  ): UseQueryResult<Selected<Data<P, M, I>, O>, MissiveError>;
  useSuspenseQuery<
    M extends HttpMethod,
    P extends PathsWithMethod<Paths, M>,
    I extends Init<P, M>,
    O extends Omit<
      UseSuspenseQueryOptions<Data<P, M, I>, MissiveError, Data<P, M, I>, Key<M, P, I>>,
      "queryKey" | "queryFn"
    >,
  >(
    method: M,
    path: P,
    ...args: [...Args<I, O>, queryClient?: QueryClient]
  ): UseSuspenseQueryResult<Selected<Data<P, M, I>, O>, MissiveError>;
  /** openapi-react-query's infinite query: the page param goes into the query as `pageParamName`. */
  useInfiniteQuery<
    M extends HttpMethod,
    P extends PathsWithMethod<Paths, M>,
    I extends Init<P, M>,
    O extends Omit<
      UseInfiniteQueryOptions<
        Data<P, M, I>,
        MissiveError,
        InfiniteData<Data<P, M, I>>,
        Key<M, P, I>,
        unknown
      >,
      "queryKey" | "queryFn"
    > & { pageParamName?: string },
  >(
    method: M,
    path: P,
    init: I,
    options: O,
    queryClient?: QueryClient,
  ): UseInfiniteQueryResult<InfiniteData<Data<P, M, I>>, MissiveError>;
  useMutation<M extends HttpMethod, P extends PathsWithMethod<Paths, M>, I extends Init<P, M>>(
    method: M,
    path: P,
    options?: Omit<
      UseMutationOptions<Data<P, M, I>, MissiveError, I>,
      "mutationKey" | "mutationFn"
    >,
    queryClient?: QueryClient,
  ): UseMutationResult<Data<P, M, I>, MissiveError, I>;
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * The openapi-fetch facade handed to openapi-react-query: the client's own methods (token,
 * retries, rate limits apply), each throwing the typed error of a non-2xx answer. Plain
 * openapi-react-query would throw the parsed body instead, and nothing at all for an empty one.
 */
function throwing(client: MissiveClient): Client<Paths> {
  const facade: Record<string, unknown> = {};
  for (const method of METHODS) {
    const send = client[method] as unknown as (
      path: string,
      init?: unknown,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    facade[method] = async (path: string, init?: unknown) => {
      const result = await send(path, init);
      if (!result.response.ok) {
        throw toMissiveError(result.response, result.error, {
          method,
          url: result.response.url,
        });
      }
      return result;
    };
  }
  return facade as unknown as Client<Paths>;
}

/**
 * Path-based hooks for `client`, typed by the Missive spec. Create them once, next to the
 * client: `export const $missive = createMissiveHooks(client)`.
 */
export function createMissiveHooks(client: MissiveClient): MissiveHooks {
  return createQueryClient<Paths>(throwing(client)) as unknown as MissiveHooks;
}
