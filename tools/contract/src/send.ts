import type { ContractRequest } from "./cases.ts";

export interface ContractAnswer {
  status: number;
  body: unknown;
  /** Prism's list of request violations, when it found any. */
  violations: string | null;
}

/** Sends one contract request to the mock with plain fetch: the harness trusts no client code. */
export async function send(baseUrl: string, request: ContractRequest): Promise<ContractAnswer> {
  const url = new URL(request.path.replace(/^\//, ""), `${baseUrl}/`);
  for (const [name, value] of Object.entries(request.query)) url.searchParams.set(name, value);
  const response = await fetch(url, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text for the failure message
  }
  return { status: response.status, body, violations: response.headers.get("sl-violations") };
}
