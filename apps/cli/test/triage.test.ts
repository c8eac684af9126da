/**
 * Triage verbs against the Prism mock: silent PATCH by default, the post route with --post,
 * the profile's default organization, --dry-run, and the contact filters' one-of rule.
 */
import { describe, expect, it } from "vitest";
import { cli, recordRequests, tempDir } from "./helpers.js";

const ID = "6d3c9b1c-7067-4a28-8ea6-ea91340b67cc";

describe("missive conversations close|reopen|label|unlabel|assign|unassign|move", () => {
  it("close sends PATCH /conversations/<id> with {conversations:[{id, close:true}]}", async () => {
    const { sent, fetch } = recordRequests();
    const result = await cli(["conversations", "close", ID], { fetch });
    expect(result.code, result.stderr).toBe(0);
    expect(sent).toEqual([
      {
        method: "PATCH",
        path: `/conversations/${ID}`,
        body: { conversations: [{ id: ID, close: true }] },
      },
    ]);
  });

  it("acts on several ids in one request; move takes --inbox or --team", async () => {
    const { sent, fetch } = recordRequests();
    expect((await cli(["conversations", "reopen", ID, "c2"], { fetch })).code).toBe(0);
    expect(
      (
        await cli(["conversations", "move", ID, "--team", "d75aecb6-96a2-4b5f-afa6-19d1916052e1"], {
          fetch,
        })
      ).code,
    ).toBe(0);
    expect(sent.map((s) => [s.path, s.body])).toEqual([
      [
        `/conversations/${ID},c2`,
        {
          conversations: [
            { id: ID, reopen: true },
            { id: "c2", reopen: true },
          ],
        },
      ],
      [
        `/conversations/${ID}`,
        {
          conversations: [
            { id: ID, team: "d75aecb6-96a2-4b5f-afa6-19d1916052e1", add_to_team_inbox: true },
          ],
        },
      ],
    ]);
    const both = await cli(
      ["conversations", "move", ID, "--inbox", "--team", "d75aecb6-96a2-4b5f-afa6-19d1916052e1"],
      { fetch },
    );
    expect(both.code).toBe(2);
    expect(sent).toHaveLength(2);
  });

  it("label without an organization exits 2 naming the setting, and sends nothing", async () => {
    const { sent, fetch } = recordRequests();
    const result = await cli(["conversations", "label", ID, "--label", "l1"], { fetch });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missive config set organization/);
    expect(result.stderr).toMatch(/MISSIVE_ORGANIZATION/);
    expect(sent).toEqual([]);
  });

  it("takes the organization from --organization, MISSIVE_ORGANIZATION or the profile", async () => {
    const { sent, fetch } = recordRequests();
    const config = tempDir();
    const env = { MISSIVE_CONFIG_DIR: config };
    expect(
      (
        await cli(["config", "set", "organization", "0d9bab85-a74f-4ece-9142-0f9b9f36ffa1"], {
          env,
        })
      ).code,
    ).toBe(0);
    await cli(
      [
        "conversations",
        "label",
        ID,
        "--label",
        "b45a00fd-353a-4fa2-a487-2465c35c3a01,b45a00fd-353a-4fa2-a487-2465c35c3a02",
      ],
      { fetch, env },
    );
    await cli(["conversations", "assign", ID, "--user", "a41a00fd-453d-49d7-a487-9765c35a3b01"], {
      fetch,
      env: { ...env, MISSIVE_ORGANIZATION: "0d9bab85-a74f-4ece-9142-0f9b9f36ffe1" },
    });
    await cli(
      [
        "conversations",
        "unassign",
        ID,
        "--user",
        "a41a00fd-453d-49d7-a487-9765c35a3b01",
        "--organization",
        "0d9bab85-a74f-4ece-9142-0f9b9f36fff1",
      ],
      {
        fetch,
        env: { ...env, MISSIVE_ORGANIZATION: "0d9bab85-a74f-4ece-9142-0f9b9f36ffe1" },
      },
    );
    expect(sent.map((s) => (s.body as { conversations: unknown[] }).conversations[0])).toEqual([
      {
        id: ID,
        add_shared_labels: [
          "b45a00fd-353a-4fa2-a487-2465c35c3a01",
          "b45a00fd-353a-4fa2-a487-2465c35c3a02",
        ],
        organization: "0d9bab85-a74f-4ece-9142-0f9b9f36ffa1",
      },
      {
        id: ID,
        add_assignees: ["a41a00fd-453d-49d7-a487-9765c35a3b01"],
        organization: "0d9bab85-a74f-4ece-9142-0f9b9f36ffe1",
      },
      {
        id: ID,
        remove_assignees: ["a41a00fd-453d-49d7-a487-9765c35a3b01"],
        organization: "0d9bab85-a74f-4ece-9142-0f9b9f36fff1",
      },
    ]);
  });

  it("--post uses the post route: one visible post per conversation", async () => {
    const { sent, fetch } = recordRequests();
    const result = await cli(["conversations", "close", ID, "--post", "Resolved"], { fetch });
    expect(result.code, result.stderr).toBe(0);
    expect(sent).toEqual([
      {
        method: "POST",
        path: "/posts",
        body: {
          posts: {
            conversation: ID,
            text: "Resolved",
            notification: { title: "Close conversations", body: "Resolved" },
            close: true,
          },
        },
      },
    ]);
  });

  it("--dry-run prints the exact request and sends nothing", async () => {
    const { sent, fetch } = recordRequests();
    const result = await cli(["conversations", "close", ID, "c2", "--dry-run"], { fetch });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `PATCH /conversations/${ID},c2\n{"conversations":[{"id":"${ID}","close":true},{"id":"c2","close":true}]}\n`,
    );
    const generated = await cli(
      ["contacts", "update", "a1", "--data", '{"last_name":"Lehoux"}', "--dry-run"],
      { fetch },
    );
    expect(generated.stdout).toBe(
      'PATCH /contacts/a1\n{"contacts":[{"last_name":"Lehoux","id":"a1"}]}\n',
    );
    const posted = await cli(
      ["post", "--conversation", ID, "--text", "Hi", "--notification-title", "T", "--dry-run"],
      { fetch },
    );
    expect(posted.stdout.split("\n")[0]).toBe("POST /posts");
    expect(JSON.parse(posted.stdout.split("\n")[1] ?? "")).toMatchObject({
      posts: { conversation: ID, text: "Hi" },
    });
    expect(sent).toEqual([]);
  });
});

describe("missive conversations list contact filters", () => {
  it("exits 2 on two of --email, --domain, --contact-organization, and sends nothing", async () => {
    const { sent, fetch } = recordRequests();
    const two = await cli(
      ["conversations", "list", "--inbox", "--email", "a@b.c", "--domain", "b.c"],
      { fetch },
    );
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/at most one of --email, --domain, --contact-organization/);
    expect(sent).toEqual([]);
    const one = await cli(["conversations", "list", "--inbox", "--domain", "b.c"], { fetch });
    expect(one.code, one.stderr).toBe(0);
    expect(sent[0]?.path).toMatch(/domain=b\.c/);
  });
});

describe("--help shows x-missive-plan", () => {
  it("names the plans of analytics", async () => {
    const help = await cli(["analytics", "create", "--help"]);
    expect(help.stdout).toMatch(/Plan: Productive or Business \(teams: Business; users: Business/);
  });
});
