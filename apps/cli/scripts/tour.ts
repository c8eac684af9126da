/**
 * The quick start's main job (`npm run quickstart` → `pnpm demo`): a short tour of the
 * `missive` command against the stateful simulator (`tools/sim`, what `npm run sim` starts) on
 * 127.0.0.1. It keeps state, so what the tour changes is what it then shows: the conversation it
 * closes is the one the answer names, the post lands on it, the label shows in the export, and
 * the analytics report it waits for carries counts. Nothing reaches Missive.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSimulator } from "@missive-ts/sim";
import { run } from "../src/main.ts";

// The seed and sizes of `npm run sim`'s defaults, so the tour's ids are the playground's ids.
// Reports become ready faster than Missive's, to keep the tour short.
const sim = await startSimulator({ seed: 1, analytics: { readyAfterMs: 1_500 } });
const dir = await mkdtemp(join(tmpdir(), "missive-tour-"));
const env = {
  ...process.env,
  MISSIVE_API_TOKEN: "missive_pat-playground",
  MISSIVE_BASE_URL: sim.url,
  MISSIVE_CONFIG_DIR: join(dir, "config"),
};
const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env, cwd: dir };

const idOf = (list: Array<Record<string, unknown>>, index = 0) => String(list[index]?.id);
const conversation = idOf(sim.state.conversations);
const contactBook = idOf(sim.state.contactBooks);

const tour: Array<[string, string[]]> = [
  ["What version is this?", ["--version"]],
  [
    "The newest conversations of the Inbox, two fields each",
    ["conversations", "list", "--inbox", "--limit", "2", "--fields", "id,latest_message_subject"],
  ],
  [
    "Save the organization once, by name: label, assign and analytics commands use it",
    ["config", "set", "organization", "Acme"],
  ],
  [
    "Close the newest one silently (PATCH, no post): the exact request first, then for real",
    ["conversations", "close", conversation, "--dry-run"],
  ],
  ["", ["conversations", "close", conversation, "--fields", "id"]],
  [
    "Label it Refunds (a label's name or path, or its id), silently too",
    ["conversations", "label", conversation, "--label", "Refunds", "--fields", "id"],
  ],
  [
    "A post on the same conversation (visible to the team)",
    ["post", "--conversation", conversation, "--text", "Refund sent, ticket #1234 resolved"],
  ],
  [
    "Its newest post is that one (same id)",
    ["conversations", "list-posts", conversation, "--limit", "1", "--fields", "id,created_at"],
  ],
  [
    "Closed conversations as CSV: the one just closed left the Inbox, and shows its label",
    [
      "export",
      "conversations",
      "--closed",
      "--format",
      "csv",
      "--fields",
      "id,latest_message_subject,shared_label_names",
      "--output",
      "conversations.csv",
    ],
  ],
  [
    "An analytics report of the saved organization: created, waited for, printed",
    ["analytics", "report", "--start", "2026-01-01", "--end", "2026-02-01", "--wait"],
  ],
  [
    "Contacts of a contact book, three fields each",
    [
      "contacts",
      "list",
      "--contact-book",
      contactBook,
      "--limit",
      "3",
      "--fields",
      "id,first_name,last_name",
    ],
  ],
  [
    "A wrong enum value is a usage error (exit 2)",
    ["contact-groups", "list", "--contact-book", contactBook, "--kind", "team"],
  ],
];

try {
  console.log(
    `Missive simulator on ${sim.url} (npm run sim starts the same one); the CLI talks to it through MISSIVE_BASE_URL.\n`,
  );
  for (const [what, argv] of tour) {
    const shown = argv.map((arg) => (/[\s#]/.test(arg) ? `"${arg}"` : arg)).join(" ");
    console.log(`${what ? `# ${what}\n` : ""}$ missive ${shown}`);
    const code = await run(argv, io);
    console.log(`(exit ${code})\n`);
    if (argv[0] === "export") {
      const csv = (await readFile(join(dir, "conversations.csv"), "utf8")).trim().split("\n");
      console.log(`conversations.csv, first lines:\n${csv.slice(0, 3).join("\n")}`);
    }
  }
  console.log("Next: npm run setup, then npm run sim, and try `missive --help` (see the README).");
} finally {
  await rm(dir, { recursive: true, force: true });
  await sim.stop();
}
