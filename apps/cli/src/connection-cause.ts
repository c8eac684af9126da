/**
 * Why a request got no answer, in the words of the system: `ECONNREFUSED 127.0.0.1:4010`,
 * `ENOTFOUND api.example.test`. Node's fetch hides it two causes deep (`fetch failed` →
 * the socket error, or an AggregateError of one per address tried).
 */
interface SocketError {
  code?: unknown;
  address?: unknown;
  port?: unknown;
  hostname?: unknown;
  cause?: unknown;
  errors?: unknown;
}

export function connectionCause(error: unknown): string | undefined {
  let at = error as SocketError | undefined;
  for (let depth = 0; at && depth < 6; depth++) {
    if (typeof at.code === "string" && /^E[A-Z_]+$/.test(at.code)) {
      const where =
        typeof at.address === "string"
          ? `${at.address}${typeof at.port === "number" ? `:${at.port}` : ""}`
          : typeof at.hostname === "string"
            ? at.hostname
            : "";
      return `${at.code}${where ? ` ${where}` : ""}`;
    }
    const errors = Array.isArray(at.errors) ? (at.errors as SocketError[]) : [];
    at = (at.cause as SocketError | undefined) ?? errors[0];
  }
  return undefined;
}
