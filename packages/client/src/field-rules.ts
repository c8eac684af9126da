/**
 * Rules across fields that the spec states in JSON Schema and openapi-typescript cannot carry,
 * restated as types from the generated operation metadata (types only: nothing reaches the
 * bundle):
 * - `dependentRequired`: sending `add_shared_labels` requires `organization`;
 * - at most one of a group of query parameters (`email`, `domain`, `contact_organization`).
 */
import type { operationMetadata } from "@missive-ts/schema";

type Meta<Id> = Extract<(typeof operationMetadata)[number], { operationId: Id }>;

/** `dependentRequired` of an operation's body (of each item, for a list body). */
type Dependencies<Id> = Meta<Id>["requestBody"] extends { dependentRequired: infer D } ? D : never;

/** Groups of query parameters of which at most one may be sent. */
type ExclusiveGroups<Id> = Meta<Id>["exclusiveQuery"][number];

/** `[A] | [B]` → `A & B`: intersects boxed members, so that a member that is a union stays whole. */
type AllOfBoxed<B> = (B extends unknown ? (box: B) => void : never) extends (box: infer I) => void
  ? I extends [unknown]
    ? I[0]
    : unknown
  : unknown;

type Present<T, K extends PropertyKey> = { [P in K & keyof T]-?: Exclude<T[P], undefined> };
type Absent<T, K extends PropertyKey> = { [P in K & keyof T]?: never };

/** `K` left out, or `K` with every field it needs. */
type Needs<T, K extends PropertyKey, N extends PropertyKey> =
  | Absent<T, K>
  | (Present<T, K> & Present<T, N>);

/** `T` with each `dependentRequired` rule of `D` (`{key: [needed, …]}`) as a type. */
export type WithDependencies<T, D> = [D] extends [never]
  ? T
  : T &
      AllOfBoxed<
        {
          [K in keyof D]: [
            Needs<T, K, Extract<D[K] extends readonly (infer N)[] ? N : never, PropertyKey>>,
          ];
        }[keyof D]
      >;

/** None of the group `G`, or exactly one of them. */
type OneOrNone<Q, G extends PropertyKey> =
  | Absent<Q, G>
  | { [K in G & keyof Q]: Present<Q, K> & Absent<Q, Exclude<G, K>> }[G & keyof Q];

/** `Q` where at most one parameter of each exclusive group may be given. */
export type WithExclusiveGroups<Q, Groups> = [Groups] extends [never]
  ? Q
  : Q &
      AllOfBoxed<
        Groups extends readonly (infer G)[] ? [OneOrNone<Q, Extract<G, PropertyKey>>] : never
      >;

/** The body an operation takes, with its `dependentRequired` rules. */
export type RuledPayload<Id, P> = P extends readonly (infer I)[]
  ? ReadonlyArray<WithDependencies<I, Dependencies<Id>>>
  : WithDependencies<P, Dependencies<Id>>;

/** The query an operation takes, with its exclusive groups. */
export type RuledQuery<Id, Q> = WithExclusiveGroups<Q, ExclusiveGroups<Id>>;
