/** A node:http server on 127.0.0.1 (free port) answering GET /users with a small fixed body. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const USERS = [1, 2, 3].map((n) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  me: n === 1,
  name: `User ${n}`,
  email: `user${n}@example.com`,
  avatar_url: `https://example.com/avatars/${n}.png`,
}));

/** The exact bytes every answer carries (~330 B of JSON). */
export const USERS_BODY = JSON.stringify({ users: USERS });

export interface UsersServer {
  url: string;
  stop(): Promise<void>;
}

export async function startUsersServer(): Promise<UsersServer> {
  const body = Buffer.from(USERS_BODY);
  const server = createServer((request, response) => {
    if (request.method === "GET" && request.url?.split("?")[0] === "/users") {
      response.writeHead(200, {
        "content-type": "application/json",
        "content-length": body.length,
      });
      response.end(body);
    } else {
      response.writeHead(404, { "content-type": "application/json" });
      response.end('{"error":"not found"}');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
