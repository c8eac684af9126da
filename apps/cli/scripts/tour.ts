/**
 * The quick start's main job (`npm run quickstart` → `pnpm demo`): a short tour of the
 * `missive` command against a Prism mock of the spec on 127.0.0.1. Nothing reaches Missive.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMock } from "@missive-ts/mock";
import { run } from "../src/main.ts";

const mock = await startMock();
const dir = await mkdtemp(join(tmpdir(), "missive-tour-"));
const env = { ...process.env, MISSIVE_API_TOKEN: "missive_pat-tour", MISSIVE_BASE_URL: mock.url };
const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env, cwd: dir };

const tour: Array<[string, string[]]> = [
  ["What version is this?", ["--version"]],
  [
    "The newest conversations of the Inbox, two fields each",
    ["conversations", "list", "--inbox", "--limit", "2", "--fields", "id,latest_message_subject"],
  ],
  [
    "Close a conversation silently (PATCH, no post): the exact request first, then for real",
    ["conversations", "close", "00f78fe9-f11a-4b4e-a502-67e6138d3b0f", "--dry-run"],
  ],
  ["", ["conversations", "close", "00f78fe9-f11a-4b4e-a502-67e6138d3b0f", "--fields", "id"]],
  [
    "A post that closes a conversation (visible to the team)",
    [
      "post",
      "--conversation",
      "00f78fe9-f11a-4b4e-a502-67e6138d3b0f",
      "--text",
      "Ticket #1234 resolved",
      "--close",
    ],
  ],
  [
    "Contacts of a contact book, as NDJSON across every page",
    [
      "contacts",
      "list",
      "--contact-book",
      "487bc080-6631-4edc-830e-1d114eef4ab0",
      "--all",
      "--fields",
      "id,first_name,last_name",
    ],
  ],
  [
    "Export them to a file (resumable)",
    [
      "export",
      "contacts",
      "--contact-book",
      "487bc080-6631-4edc-830e-1d114eef4ab0",
      "--output",
      "contacts.ndjson",
    ],
  ],
  [
    "A wrong enum value is a usage error (exit 2)",
    [
      "contact-groups",
      "list",
      "--contact-book",
      "487bc080-6631-4edc-830e-1d114eef4ab0",
      "--kind",
      "team",
    ],
  ],
];

try {
  console.log(
    `Missive mock (Prism) on ${mock.url}; the CLI talks to it through MISSIVE_BASE_URL.\n`,
  );
  for (const [what, argv] of tour) {
    const shown = argv.map((arg) => (/[\s#]/.test(arg) ? `"${arg}"` : arg)).join(" ");
    console.log(`${what ? `# ${what}\n` : ""}$ missive ${shown}`);
    const code = await run(argv, io);
    console.log(`(exit ${code})\n`);
  }
  const lines = (await readFile(join(dir, "contacts.ndjson"), "utf8")).trim().split("\n");
  console.log(`contacts.ndjson holds ${lines.length} contacts. Try \`missive --help\` next.`);
} finally {
  await rm(dir, { recursive: true, force: true });
  await mock.stop();
}
