import type { MissiveClient } from "@missive-ts/client";
import { configPath, maskToken, profileName, readConfig, writeConfig } from "../config.js";
import { CliError, ExitCode, UsageError } from "../errors.js";
import { type CliIo, readAll } from "../io.js";
import { makeClient, resolveToken, type TokenSource } from "../make-client.js";
import { type ParsedValues, parseFlags, stringFlag } from "../parse.js";
import { promptHidden } from "../prompt.js";

const HELP = `Log in to Missive with an API token (Missive → Settings → API → Create a new token).

Usage:
  missive auth login [--with-token] [--profile <name>] [--base-url <url>]
  missive auth status [--profile <name>] [--json]
  missive auth logout [--profile <name>]

login       Asks for the token without echoing it, or reads it from stdin with --with-token
            (missive auth login --with-token < token.txt). Checks it against GET /users, then
            saves it (mode 0600) in $MISSIVE_CONFIG_DIR, $XDG_CONFIG_HOME/missive or
            ~/.config/missive, as config.json. --skip-check saves it without a request.
status      Shows the account, where the token comes from, and the token masked.
logout      Forgets the token of the profile.

MISSIVE_API_TOKEN, when set, wins over any saved token.
`;

type User = { id?: string; me?: boolean; name?: string; email?: string };

async function whoAmI(client: MissiveClient, io: CliIo): Promise<User | undefined> {
  const users = (await client.users.list({}, { signal: io.signal })) as User[];
  return users.find((u) => u.me === true);
}

const describeUser = (u: User | undefined) =>
  u ? `${u.name ?? "(no name)"}${u.email ? ` <${u.email}>` : ""}` : "(unknown user)";

async function login(values: ParsedValues, io: CliIo): Promise<number> {
  const profile = profileName(stringFlag(values, "profile"), io.env);
  let token: string;
  if (values["with-token"]) token = (await readAll(io.stdin)).split(/\r?\n/)[0] ?? "";
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
      "That is not a token: expected one word such as missive_pat-…, got nothing or spaces.",
    );
  }
  const baseUrl = stringFlag(values, "base-url");
  let user: User | undefined;
  if (!values["skip-check"]) {
    const source: TokenSource = {
      token,
      source: "login",
      profile,
      baseUrl: baseUrl ?? io.env.MISSIVE_BASE_URL,
    };
    try {
      user = await whoAmI(await makeClient(values, io, source), io);
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
  const config = await readConfig(io.env);
  config.profiles[profile] = baseUrl ? { token, baseUrl } : { token };
  await writeConfig(io.env, config);
  io.stderr.write(
    `Logged in${user ? ` as ${describeUser(user)}` : ""} (profile ${profile}, token ${maskToken(token)}), saved to ${configPath(io.env)}.\n`,
  );
  if (io.env.MISSIVE_API_TOKEN) {
    io.stderr.write("Note: MISSIVE_API_TOKEN is set and wins over the saved token.\n");
  }
  return ExitCode.ok;
}

async function status(values: ParsedValues, io: CliIo): Promise<number> {
  const source = await resolveToken(values, io);
  if (!source.token) {
    throw new CliError(
      `Not logged in (profile ${source.profile}): run \`missive auth login\` or set MISSIVE_API_TOKEN.`,
      ExitCode.auth,
    );
  }
  const user = await whoAmI(await makeClient(values, io, source), io);
  const info = {
    profile: source.profile,
    source: source.source,
    token: maskToken(source.token),
    user: user ?? null,
  };
  if (values.json || !io.stdout.isTTY) io.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
  else {
    io.stdout.write(
      `Logged in as ${describeUser(user)}\n  profile: ${info.profile}\n  token:   ${info.token} (from ${info.source})\n`,
    );
  }
  return ExitCode.ok;
}

async function logout(values: ParsedValues, io: CliIo): Promise<number> {
  const profile = profileName(stringFlag(values, "profile"), io.env);
  const config = await readConfig(io.env);
  if (!config.profiles[profile]) {
    throw new CliError(`No token saved for profile ${profile}.`, ExitCode.api);
  }
  delete config.profiles[profile];
  await writeConfig(io.env, config);
  io.stderr.write(`Logged out of profile ${profile}.\n`);
  if (io.env.MISSIVE_API_TOKEN) io.stderr.write("MISSIVE_API_TOKEN is still set in this shell.\n");
  return ExitCode.ok;
}

export async function runAuth(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { "with-token": { type: "boolean" }, "skip-check": { type: "boolean" } },
    "auth",
  );
  const [sub, ...extra] = positionals;
  if (values.help || sub === undefined) {
    io.stdout.write(HELP);
    return ExitCode.ok;
  }
  if (extra.length > 0)
    throw new UsageError(`Unexpected argument "${extra[0]}". See \`missive auth --help\`.`);
  if (sub === "login") return login(values, io);
  if (sub === "status") return status(values, io);
  if (sub === "logout") return logout(values, io);
  throw new UsageError(`Unknown auth command "${sub}": use login, status or logout.`);
}
