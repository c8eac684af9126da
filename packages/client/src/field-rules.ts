/**
 * `dependentRequired` rules (sending `add_shared_labels` requires `organization`), which the
 * spec states in JSON Schema and openapi-typescript cannot carry, restated as types from the
 * generated operation metadata (types only: nothing reaches the bundle).
 */
import type { operationMetadata } from "@missive-ts/schema";

type Meta<Id> = Extract<(typeof operationMetadata)[number], { operationId: Id }>;

/** `dependentRequired` of an operation's body (of each item, for a list body). */
type Dependencies<Id> = Meta<Id>["requestBody"] extends { dependentRequired: infer D } ? D : never;

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

/** The body an operation takes, with its `dependentRequired` rules. */
export type RuledPayload<Id, P> = P extends readonly (infer I)[]
  ? ReadonlyArray<WithDependencies<I, Dependencies<Id>>>
  : WithDependencies<P, Dependencies<Id>>;
