/**
 * Reading the bundled spec's JSON Schemas the way the comparison needs them: which properties
 * an object declares (through `$ref`, `allOf`, `anyOf`, `oneOf`), which are required in every
 * alternative, and which values an enum allows. Every node keeps its JSON pointer, so a
 * difference can be tied to the place where an `x-reconciliation` would sit.
 */

export type Json = Record<string, unknown>;
export interface Located {
  node: Json;
  pointer: string;
}

export interface ObjectView {
  pointer: string;
  properties: Map<string, Located[]>;
  required: Set<string>;
  /** Declares `additionalProperties` (true or a schema), or declares nothing at all. */
  open: boolean | Located;
}

const isJson = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const escapePointer = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

export function at(root: Json, pointer: string): unknown {
  if (pointer === "#" || pointer === "") return root;
  return pointer
    .replace(/^#\//, "")
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>(
      (node, key) => (isJson(node) || Array.isArray(node) ? (node as Json)[key] : undefined),
      root,
    );
}

/** The node and every node its `$ref` chain leads to (annotations may sit on any of them). */
export function refChain(root: Json, located: Located): Located[] {
  const chain = [located];
  let current = located;
  while (typeof current.node.$ref === "string" && chain.length < 20) {
    const pointer = current.node.$ref;
    const node = at(root, pointer);
    if (!isJson(node)) break;
    current = { node, pointer };
    chain.push(current);
  }
  return chain;
}

export const resolve = (root: Json, located: Located): Located =>
  refChain(root, located).at(-1) ?? located;

const child = (parent: Located, ...keys: (string | number)[]): Located | undefined => {
  const node = keys.reduce<unknown>(
    (n, k) => (isJson(n) || Array.isArray(n) ? (n as Json)[k] : undefined),
    parent.node,
  );
  return isJson(node)
    ? { node, pointer: `${parent.pointer}/${keys.map((k) => escapePointer(String(k))).join("/")}` }
    : undefined;
};

const members = (root: Json, located: Located, keyword: "allOf" | "anyOf" | "oneOf") => {
  const list = located.node[keyword];
  if (!Array.isArray(list)) return [];
  return list.flatMap((_, i) => {
    const member = child(located, keyword, i);
    return member ? [resolve(root, member)] : [];
  });
};

/**
 * The alternatives an object schema allows: one view per `anyOf`/`oneOf` branch (each merged
 * with the schema's own properties and its `allOf`), or a single view.
 */
export function objectViews(root: Json, start: Located): ObjectView[] {
  const located = resolve(root, start);
  const own: ObjectView = {
    pointer: located.pointer,
    properties: new Map(),
    required: new Set(),
    open: false,
  };
  const properties = child(located, "properties");
  for (const name of Object.keys(properties?.node ?? {})) {
    const property = properties && child(properties, name);
    if (property) own.properties.set(name, [property]);
  }
  for (const name of (located.node.required as string[] | undefined) ?? []) own.required.add(name);
  const additional = located.node.additionalProperties;
  own.open = additional === true ? true : (child(located, "additionalProperties") ?? false);
  // An allOf member with alternatives (`anyOf: [{not: …}, {required: [team]}]`) requires
  // only what all its alternatives require.
  for (const member of members(root, located, "allOf"))
    merge(own, unionView(objectViews(root, member)), true);
  const branches = [...members(root, located, "anyOf"), ...members(root, located, "oneOf")];
  const declaresNothing =
    own.properties.size === 0 && branches.length === 0 && additional === undefined;
  if (declaresNothing && located.node.allOf === undefined) own.open = true;
  if (branches.length === 0) return [own];
  return branches.flatMap((branch) =>
    objectViews(root, branch).map((view) => {
      const combined: ObjectView = {
        ...view,
        properties: new Map(view.properties),
        required: new Set(view.required),
      };
      merge(combined, own, true);
      // A branch that only states `required` (PostCreate's text/markdown/attachments) adds
      // no properties of its own: the schema's properties still apply, closed or not.
      if (view.properties.size === 0 && view.open === true) combined.open = own.open;
      return combined;
    }),
  );
}

function merge(into: ObjectView, from: ObjectView, withRequired: boolean) {
  for (const [name, refs] of from.properties)
    into.properties.set(name, [...(into.properties.get(name) ?? []), ...refs]);
  if (withRequired) for (const name of from.required) into.required.add(name);
  if (into.open === false) into.open = from.open;
}

/** Everything any alternative declares; required = required in every alternative. */
export function unionView(views: readonly ObjectView[]): ObjectView {
  const union: ObjectView = {
    pointer: views[0]?.pointer ?? "#",
    properties: new Map(),
    required: new Set(),
    open: false,
  };
  for (const view of views) merge(union, view, false);
  for (const name of views[0]?.required ?? []) {
    if (views.every((view) => view.required.has(name))) union.required.add(name);
  }
  return union;
}

/** The item schemas of an array schema (through `$ref` and `anyOf`/`oneOf` of arrays). */
export function itemsOf(root: Json, start: Located): Located[] {
  const located = resolve(root, start);
  const items = child(located, "items");
  if (items) return [items];
  return [...members(root, located, "anyOf"), ...members(root, located, "oneOf")].flatMap((m) =>
    itemsOf(root, m),
  );
}

/** A schema, or its items when it is an array: what a docs field's own keys live in. */
export function elementOf(root: Json, located: Located): Located[] {
  const items = itemsOf(root, located);
  return items.length > 0 ? items : [located];
}

/** The values an enum allows (through `$ref`, `const`, `anyOf`/`oneOf` and array items). */
export function enumOf(root: Json, start: Located): string[] | undefined {
  const located = resolve(root, start);
  const found: string[] = [];
  const { node } = located;
  if (Array.isArray(node.enum)) found.push(...node.enum.filter((v) => v !== null).map(String));
  if (node.const !== undefined && node.const !== null) found.push(String(node.const));
  const nested = [
    ...members(root, located, "anyOf"),
    ...members(root, located, "oneOf"),
    ...(child(located, "items") ? [child(located, "items") as Located] : []),
  ];
  for (const member of nested) found.push(...(enumOf(root, member) ?? []));
  return found.length > 0 ? [...new Set(found)] : undefined;
}
