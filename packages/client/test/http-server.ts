import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface TestServer {
  /** `http://127.0.0.1:<port>/v1` */
  baseUrl: string;
  /** Connections closed by the client before the server finished its answer. */
  closedEarly: number;
  stop(): Promise<void>;
}

/**
 * A real HTTP server on a free 127.0.0.1 port, answered by `handler`; health-checked before it
 * is handed out. Always `stop()` it (in `finally`).
 */
export async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse, count: number) => void,
): Promise<TestServer> {
  let count = 0;
  const server = createServer((request, response) => {
    if (request.url === "/health") {
      response.end("ok");
      return;
    }
    response.on("close", () => {
      if (!response.writableFinished) running.closedEarly++;
    });
    handler(request, response, ++count);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  const health = await fetch(`${origin}/health`);
  if ((await health.text()) !== "ok") throw new Error(`test server on ${origin} is not healthy`);
  const running: TestServer = {
    baseUrl: `${origin}/v1`,
    closedEarly: 0,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return running;
}
