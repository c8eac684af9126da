import type { MissiveClient } from "@missive-ts/client";
import { MISSIVE_API_ROOT } from "../api-root.js";
import { defineCommand } from "../command.js";
import { configPath, configWarning, maskToken, profileName, updateConfig } from "../config.js";
import { CliError, ExitCode, UsageError } from "../errors.js";
import { type CliIo, readAll } from "../io.js";
import { findTokenSource, makeClient, type TokenSource } from "../make-client.js";
import { promptHidden } from "../prompt.js";
import { forTerminal } from "../terminal-text.js";

type User = { id?: string; me?: boolean; name?: string; email?: string };

async function whoAmI(client: MissiveClient, io: CliIo): Promise<User | undefined> {
  const users = (await client.users.list({}, { signal: io.signal })) as User[];
  return users.find((u) => u.me === true);
}

/** The account, as shown to a person: Missive's text with its control characters escaped. */
const describeUser = (u: User | undefined) =>
  u ? forTerminal(`${u.name ?? "(no name)"}${u.email ? ` <${u.email}>` : ""}`) : "(unknown user)";

function noArguments(options: { args: readonly string[] }, name: string): void {
  // The argument is never quoted: `missive auth login <token>` would echo the token.
  if (options.args.length > 0)
    throw new UsageError(
      `missive ${name} takes no argument (${options.args.length} given). See \`missive ${name} --help\`.` +
        (name === "auth login"
          ? " A token never goes on the command line (shell history, process list): paste it at the prompt, or pipe it with --with-token."
          : ""),
    );
}

const ENV_NOTE = "MISSIVE_API_TOKEN, when set, wins over any saved token.";

export const authLogin = defineCommand({
  usage: `Log in to Missive with an API token (Missive → Settings → API → Create a new token).

Usage: missive auth login [--with-token] [--profile <name>] [--base-url <url>]

Asks for the token without echoing it, or reads it from stdin with --with-token
(missive auth login --with-token < token.txt). Checks it against GET /users, then saves it
(mode 0600) in $MISSIVE_CONFIG_DIR, $XDG_CONFIG_HOME/missive or ~/.config/missive, as
config.json.`,
  notes: ENV_NOTE,
  flags: {
    "with-token": { type: "boolean", description: "Read the token from stdin" },
    "skip-check": { type: "boolean", description: "Save the token without a request" },
  },
  async run(options, io) {
    noArguments(options, "auth login");
    const profile = profileName(options.profile, io.env);
    let token: string;
    if (options.withToken) token = (await readAll(io.stdin)).split(/\r?\n/)[0] ?? "";
    else if (io.stdin.isTTY && io.stdin.setRawMode) {
      token = await promptHidden("Paste your Missive API token: ", io);
    } else {
      throw new UsageError(
        "stdin is not a terminal: pipe the token with --with-token (missive auth login --with-token < token.txt).",
      );
    }
    token = token.trim();
    if (token === "" || /\s/.test(token)) {
      throw new UsageError(
        // Not "such as missive_pat-…": the CLI redacts token-like text from every message.
        "That is not a token: expected one word (Missive → Settings → API → Create a new token), got nothing or spaces; nothing was saved.",
      );
    }
    const bad = token.search(/[^\x21-\x7e]/);
    if (bad >= 0) {
      throw new UsageError(
        `That is not a token: character ${bad + 1} (code ${token.charCodeAt(bad)}) cannot be sent in an HTTP header. Copy it again from Missive → Settings → API; nothing was saved.`,
      );
    }
    // A plain-HTTP URL is refused before anything is saved, even with --skip-check.
    const { checkBaseUrl } = await import("@missive-ts/client");
    if (options.baseUrl !== undefined) {
      checkBaseUrl(options.baseUrl, options.insecure === true, "--insecure");
    }
    let user: User | undefined;
    if (!options.skipCheck) {
      const source: TokenSource = {
        token,
        source: "login",
        profile,
        baseUrl: options.baseUrl ?? io.env.MISSIVE_BASE_URL,
      };
      try {
        user = await whoAmI(await makeClient(options, io, source), io);
      } catch (error) {
        if ((error as Error).name === "AuthenticationError") {
          throw new CliError(
            "Missive refused this token (401); nothing was saved. Check it in Missive → Settings → API.",
            ExitCode.auth,
          );
        }
        throw error;
      }
    }
    await updateConfig(io.env, configWarning(io), (config) => {
      const { organization } = config.profiles[profile] ?? {};
      config.profiles[profile] = {
        token,
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        ...(organization ? { organization } : {}),
      };
    });
    io.stderr.write(
      `Logged in${user ? ` as ${describeUser(user)}` : ""} (profile ${profile}, token ${maskToken(token)}), saved to ${configPath(io.env)}.\n`,
    );
    if (io.env.MISSIVE_API_TOKEN) {
      io.stderr.write("Note: MISSIVE_API_TOKEN is set and wins over the saved token.\n");
    }
    return ExitCode.ok;
  },
});

export const authStatus = defineCommand({
  usage:
    "Show the account, where the token comes from, and the token masked.\n\nUsage: missive auth status [--profile <name>] [--json]",
  notes: ENV_NOTE,
  flags: {},
  async run(options, io) {
    noArguments(options, "auth status");
    const source = await findTokenSource(options, io);
    if (!source.token) {
      throw new CliError(
        `Not logged in (profile ${source.profile}): run \`missive auth login\` or set MISSIVE_API_TOKEN.`,
        ExitCode.auth,
      );
    }
    const user = await whoAmI(await makeClient(options, io, source), io);
    const info = {
      profile: source.profile,
      source: source.source,
      token: maskToken(source.token),
      api: source.baseUrl ?? MISSIVE_API_ROOT,
      user: user ?? null,
    };
    if (options.json || !io.stdout.isTTY) io.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
    else {
      io.stdout.write(
        `Logged in as ${describeUser(user)}\n  profile: ${info.profile}\n  token:   ${info.token} (from ${info.source})\n  api:     ${info.api}\n`,
      );
    }
    return ExitCode.ok;
  },
});

export const authLogout = defineCommand({
  usage: "Forget the token of the profile.\n\nUsage: missive auth logout [--profile <name>]",
  flags: {},
  async run(options, io) {
    noArguments(options, "auth logout");
    const profile = profileName(options.profile, io.env);
    await updateConfig(io.env, configWarning(io), (config) => {
      if (!config.profiles[profile]) {
        throw new CliError(`No token saved for profile ${profile}.`, ExitCode.api);
      }
      delete config.profiles[profile];
    });
    io.stderr.write(`Logged out of profile ${profile}.\n`);
    if (io.env.MISSIVE_API_TOKEN)
      io.stderr.write("MISSIVE_API_TOKEN is still set in this shell.\n");
    return ExitCode.ok;
  },
});
