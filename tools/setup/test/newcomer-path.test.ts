/**
 * Issue 22's "done when": the root README, followed as written on this checkout. `npm run setup`
 * puts `missive` and `missive-mcp` on the PATH (here into a temporary bin directory, with the
 * README's `--bin`), `npm run sim` runs the simulator, and every command of "Try it against
 * the simulator" runs as printed (only the ports are free ones): a silent close, a label by
 * name, a post and a CSV export that all show the README's conversation id, a signed test
 * delivery seen by `missive webhooks listen`, and the MCP server through the Inspector.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "@missive-ts/mock/free-port";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Background, startBackground } from "./background.js";
import { exportsOf, readmeCommands } from "./readme-commands.js";

const exec = promisify(execFile);
const root = join(import.meta.dirname, "../../..");
const INSPECTOR = "npx -y @modelcontextprotocol/inspector@";

let dir: string;
const background: Background[] = [];
/** What each README command printed (stdout), by the command as the README writes it. */
const printed = new Map<string, string>();
let listener: Background | undefined;

function withoutMissiveVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith("MISSIVE_")));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "missive-newcomer-"));
  const bin = join(dir, "bin");
  const readme = await readFile(join(root, "README.md"), "utf8");
  expect(readme).toContain("npm run setup -- --bin ~/bin");
  // `npm run setup` is the workspace install (done: this test runs in it), then this script.
  await exec(
    join(root, "node_modules/.bin/tsx"),
    [join(root, "tools/setup/src/cli.ts"), "--bin", bin],
    {
      cwd: root,
      env: { ...process.env, MISSIVE_SETUP_RECORD: join(dir, "setup.json") },
    },
  );

  const [simPort, listenPort] = [await freePort(), await freePort()];
  const ports = (command: string) =>
    command
      .replaceAll("127.0.0.1:4020", `127.0.0.1:${simPort}`)
      .replaceAll("127.0.0.1:8788", `127.0.0.1:${listenPort}`)
      .replace(/--port 8788\b/, `--port ${listenPort}`);
  // A newcomer's shell: the commands on the PATH, a home of its own (no saved profile).
  const shell: NodeJS.ProcessEnv = {
    ...withoutMissiveVariables(process.env),
    PATH: `${bin}${delimiter}${process.env.PATH}`,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, ".config"),
  };
  const inspectorVersion = (
    JSON.parse(await readFile(join(root, "apps/mcp/package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    }
  ).devDependencies["@modelcontextprotocol/inspector"];

  for (const command of await readmeCommands(root)) {
    if (command.startsWith("npm run sim")) {
      // npm's own cache and config stay the developer's: only the port changes.
      const sim = await startBackground(
        `${command.replace(/^npm run sim.*$/, "npm run sim")} -- --port ${simPort}`,
        {
          cwd: root,
          env: withoutMissiveVariables(process.env),
          ready: /MISSIVE_API_TOKEN=/,
          timeoutMs: 30_000,
        },
      );
      background.push(sim);
    } else if (command.startsWith("export ")) {
      Object.assign(shell, exportsOf(ports(command)));
    } else if (command.startsWith("missive webhooks listen")) {
      listener = await startBackground(`exec ${ports(command)}`, {
        cwd: dir,
        env: shell,
        ready: /Listening on/,
        timeoutMs: 15_000,
      });
      background.push(listener);
    } else if (command.startsWith(INSPECTOR)) {
      // The same pinned Inspector the README names, from the workspace (no registry in tests).
      expect(
        command.startsWith(`${INSPECTOR}${inspectorVersion} `),
        `README pins the Inspector ${inspectorVersion}`,
      ).toBe(true);
      const local = join(root, "apps/mcp/node_modules/.bin/mcp-inspector");
      const { stdout } = await exec("bash", ["-c", ports(command).replace(/^npx -y \S+/, local)], {
        cwd: dir,
        env: shell,
      });
      printed.set(command, stdout);
    } else {
      const { stdout } = await exec("bash", ["-c", ports(command)], { cwd: dir, env: shell });
      printed.set(command, stdout);
    }
  }
  // Under `npm test` the builds are done (turbo.json: this test depends on them) and setup takes
  // seconds; run alone after a change, setup rebuilds first, which takes minutes on a busy machine.
}, 300_000);

afterAll(async () => {
  for (const process of background.reverse()) await process.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The JSON a README command printed, found by the start of the command. */
function output(prefix: string): unknown {
  const found = [...printed].find(([command]) => command.startsWith(prefix));
  if (!found) throw new Error(`the README has no command starting "${prefix}"`);
  return JSON.parse(found[1]);
}

function readmeConversation(): string {
  const close = [...printed.keys()].find((command) =>
    command.startsWith("missive conversations close"),
  );
  return close?.split(" ")[3] ?? "";
}

describe("the root README, followed as written", () => {
  it("lists the conversation the README then names, and the close and the label print it back", () => {
    const id = readmeConversation();
    const [newest] = output("missive conversations list --inbox") as Array<{ id: string }>;
    expect(newest?.id).toBe(id);
    expect(output("missive conversations close")).toEqual([{ id }]);
    expect(output("missive conversations label")).toEqual([{ id }]);
  });

  it("the post lands on that conversation, and the CSV export shows it labelled Refunds", async () => {
    const id = readmeConversation();
    expect(output("missive post")).toMatchObject({ conversation: id });
    const csv = (await readFile(join(dir, "closed.csv"), "utf8")).split(/\r?\n/);
    expect(csv[0]).toBe("id,latest_message_subject,shared_label_names");
    expect(csv.find((line) => line.startsWith(`${id},`))).toMatch(/,Refunds$/);
  });

  it("the signed test delivery is verified by webhooks listen, about the same conversation", () => {
    const id = readmeConversation();
    expect(output("missive webhooks trigger")).toMatchObject({ status: 200, conversation: id });
    const [delivery, ...more] = (listener?.stdout() ?? "").trim().split("\n");
    expect(more).toEqual([]);
    expect(JSON.parse(delivery ?? "{}")).toMatchObject({
      verified: true,
      kind: "rule",
      type: "incoming_email",
      conversation: id,
    });
  });

  it("missive-mcp, through the Inspector command, lists the same Inbox, less the closed one", () => {
    const result = output(INSPECTOR) as {
      structuredContent?: { conversations?: Array<{ id: string }> };
    };
    const listed = (output("missive conversations list --inbox") as Array<{ id: string }>).map(
      (conversation) => conversation.id,
    );
    const mcpIds = (result.structuredContent?.conversations ?? []).map((c) => c.id);
    expect(mcpIds).not.toContain(readmeConversation());
    expect(mcpIds.slice(0, 2)).toEqual(listed.slice(1, 3));
  });

  it("the MCP server's README documents the same Inspector command", async () => {
    const mcpReadme = await readFile(join(root, "apps/mcp/README.md"), "utf8");
    const tryIt = mcpReadme.slice(mcpReadme.indexOf("## Try it"));
    const block = /```sh\n([\s\S]*?)```/
      .exec(tryIt)?.[1]
      ?.replace(/\\\n\s*/g, "")
      .trim();
    const fromRoot = [...printed.keys()].find((command) => command.startsWith(INSPECTOR));
    expect(block).toBe(fromRoot);
  });
});
