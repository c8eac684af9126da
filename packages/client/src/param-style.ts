/**
 * OpenAPI parameter styles (`form`, `spaceDelimited`, `pipeDelimited`, `deepObject` in the
 * query; `simple`, `label`, `matrix` in the path), written exactly as openapi-fetch 0.17's
 * `serializeArrayParam`/`serializeObjectParam`/`serializePrimitiveParam` write them, quirks
 * included (identity with openapi-fetch is the contract, `test/serializers.test.ts` checks it):
 * - an unknown or `undefined` style of a list is written as `form`; an unexploded object in
 *   a style other than `form`/`label`/`matrix`/`deepObject` as bare `key,value` pairs (no name);
 *   `deepObject` is always exploded;
 * - `allowReserved` leaves a value as it is, so `null` and `undefined` in a list become "";
 * - the joiners are looked up in object literals, as openapi-fetch does.
 */

/** Joiners by style, as openapi-fetch's literals (an unknown style falls back after `||`). */
const LIST_JOINERS: Record<string, string> = {
  form: ",",
  spaceDelimited: "%20",
  pipeDelimited: "|",
};
const EXPLODED_JOINERS: Record<string, string> = { simple: ",", label: ".", matrix: ";" };

const DEEP =
  "Deeply-nested arrays/objects aren\u2019t supported. Provide your own `querySerializer()` to handle these.";

/** `name=value`; "" for `null`/`undefined`; a nested list or object is refused. */
export function styledPair(name: string, value: unknown, reserved?: boolean): string {
  if (value == null) return "";
  if (typeof value === "object") throw new Error(DEEP);
  return `${name}=${reserved ? value : encodeURIComponent(value as string)}`;
}

/** A list or an object in `style`, exploded or not. */
export function styled(
  name: string,
  value: object,
  style: string | undefined,
  explode: boolean,
  reserved?: boolean,
): string {
  const encode = (item: unknown) => (reserved ? item : encodeURIComponent(item as string));
  const list = Array.isArray(value);
  const fields = value as Record<string, unknown>;
  // `deepObject` is always exploded.
  const flat = !explode && (list || style !== "deepObject");
  let items: unknown[] = [];
  if (list) {
    // `map` keeps a list's holes (""), iterating reads them as `undefined`, as there.
    items = flat
      ? value.map(encode)
      : Array.from(value, (item) =>
          style === "simple" || style === "label" ? encode(item) : styledPair(name, item, reserved),
        );
  } else {
    for (const key in fields) {
      if (flat) items.push(key, encode(fields[key]));
      else
        items.push(
          styledPair(style === "deepObject" ? `${name}[${key}]` : key, fields[key], reserved),
        );
    }
  }
  // Only `label` and `matrix` lead with a marker; an unexploded value may lead with its name.
  const lead =
    style === "label"
      ? "."
      : style === "matrix"
        ? flat
          ? `;${name}=`
          : ";"
        : flat && (list ? style !== "simple" : style === "form")
          ? `${name}=`
          : "";
  return (
    lead +
    items.join(
      flat
        ? (list && LIST_JOINERS[style as string]) || ","
        : EXPLODED_JOINERS[style as string] || "&",
    )
  );
}
