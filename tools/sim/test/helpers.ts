/** Test helpers: a small JSON client for the simulator. */

export const TOKEN = "Bearer missive_pat-test";

export interface Answer {
  status: number;
  headers: Headers;
  /** Raw body text ("" when empty). */
  text: string;
  /** Parsed JSON body, `undefined` when empty. */
  json: unknown;
}

export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token: string | null = TOKEN,
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = token;
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: text ? JSON.parse(text) : undefined,
  };
}

/** `GET` and return the list under `key` (asserting a 200). */
export async function list(
  base: string,
  path: string,
  key: string,
): Promise<Record<string, unknown>[]> {
  const answer = await call(base, "GET", path);
  if (answer.status !== 200) throw new Error(`GET ${path} → ${answer.status} ${answer.text}`);
  return (answer.json as Record<string, Record<string, unknown>[]>)[key] ?? [];
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
