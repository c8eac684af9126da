// Child process of local-registry.ts: `node registry-server.mjs <config.yaml> <port>`.
// Verdaccio is started through its API because its CLI refuses Node < 22 on a version check
// alone, while the server runs fine on Node 20, the oldest Node this repo supports.
import { runServer } from "verdaccio";

const [configPath, port] = process.argv.slice(2);
const app = await runServer(configPath);
const server = app.listen(Number(port), "127.0.0.1", () => {
  console.log(`verdaccio listening on 127.0.0.1:${port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    // npm keeps connections alive: drop them, or close() would wait for their timeout.
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
