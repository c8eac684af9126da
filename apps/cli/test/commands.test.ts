import { validateResponseBody } from "@missive-ts/sim";
import { describe, expect, it } from "vitest";
import { cli, recordRequests } from "./helpers.js";

describe("missive api", () => {
  it("sends a raw request and prints the answer with its envelope", async () => {
    const rec = recordRequests();
    const { code, stdout } = await cli(
      ["api", "GET", "/conversations?limit=2", "-q", "inbox=true"],
      rec,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty("conversations");
    expect(rec.sent[0]?.path).toBe("/conversations?limit=2&inbox=true");
  });

  it("sends --data as is", async () => {
    const rec = recordRequests();
    const body = {
      posts: { conversation: "c1", text: "hi", notification: { title: "t", body: "b" } },
    };
    const { code } = await cli(["api", "post", "/posts", "--data", JSON.stringify(body)], rec);
    expect(code).toBe(0);
    expect(rec.sent[0]).toMatchObject({ method: "POST", path: "/posts", body });
  });

  it("--dry-run prints the exact method, path, query and body, and sends nothing", async () => {
    const rec = recordRequests();
    const body = { hooks: { type: "new_comment", url: "https://example.com/hook" } };
    const posted = await cli(
      ["api", "post", "/hooks?a=1", "-q", "b=2", "--data", JSON.stringify(body), "--dry-run"],
      rec,
    );
    expect(posted.code, posted.stderr).toBe(0);
    expect(posted.stdout).toBe(`POST /hooks?a=1&b=2\n${JSON.stringify(body)}\n`);
    const deleted = await cli(["api", "DELETE", "/hooks/h%201", "--dry-run"], rec);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toBe("DELETE /hooks/h%201\n");
    expect(rec.sent).toEqual([]);
  });

  it("maps statuses to exit codes and refuses a bad method", async () => {
    expect((await cli(["api", "GET", "/nowhere"])).code).toBe(4);
    expect((await cli(["api", "FETCH", "/users"])).code).toBe(2);
  });
});

describe("missive post", () => {
  it("builds the post from flags", async () => {
    const rec = recordRequests();
    const { code } = await cli(
      [
        "post",
        "--conversation",
        "c1",
        "--text",
        "Deployed v2",
        "--close",
        "--label",
        "b45a00fd-353a-4fa2-a487-2465c35c3a01,b45a00fd-353a-4fa2-a487-2465c35c3a02",
        "--assign",
        "a41a00fd-453d-49d7-a487-9765c35a3b01",
        "--organization",
        "0d9bab85-a74f-4ece-9142-0f9b9f36ff01",
        "--notification-title",
        "CI",
      ],
      rec,
    );
    expect(code).toBe(0);
    expect(rec.sent[0]?.body).toEqual({
      posts: {
        conversation: "c1",
        text: "Deployed v2",
        organization: "0d9bab85-a74f-4ece-9142-0f9b9f36ff01",
        close: true,
        add_shared_labels: [
          "b45a00fd-353a-4fa2-a487-2465c35c3a01",
          "b45a00fd-353a-4fa2-a487-2465c35c3a02",
        ],
        add_assignees: ["a41a00fd-453d-49d7-a487-9765c35a3b01"],
        notification: { title: "CI", body: "Deployed v2" },
      },
    });
  });

  it("--assign needs --organization", async () => {
    const { code, stderr } = await cli([
      "post",
      "--conversation",
      "c",
      "--text",
      "x",
      "--assign",
      "u",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("--organization");
  });
});

describe("missive send", () => {
  it("creates a draft with send: true", async () => {
    const rec = recordRequests();
    const { code } = await cli(
      [
        "send",
        "--to",
        "Ann <ann@example.com>",
        "--from",
        "me@example.com",
        "--subject",
        "Hi",
        "--body",
        "Hello",
      ],
      rec,
    );
    expect(code).toBe(0);
    expect(rec.sent[0]?.body).toEqual({
      drafts: {
        to_fields: [{ name: "Ann", address: "ann@example.com" }],
        from_field: { address: "me@example.com" },
        subject: "Hi",
        body: "Hello",
        send: true,
      },
    });
  });

  it("--at schedules it with send_at (ISO date or Unix seconds)", async () => {
    const rec = recordRequests();
    const argv = [
      "send",
      "--to",
      "ann@example.com",
      "--from",
      "me@example.com",
      "--subject",
      "Hi",
      "--body",
      "x",
    ];
    expect((await cli([...argv, "--at", "2030-01-01T00:00:00Z"], rec)).code).toBe(0);
    expect(rec.sent[0]?.body).toMatchObject({ drafts: { send_at: 1893456000 } });
    expect(rec.sent[0]?.body).not.toHaveProperty("drafts.send");
    expect((await cli([...argv, "--at", "tomorrow-ish"])).code).toBe(2);
  });
});

/** An organization id, UUID-shaped as Missive's are (a name would be looked up). */
const ORG = "0d9bab85-a74f-4ece-9142-0f9b9f36ff01";

describe("missive analytics report", () => {
  it("--wait creates the report, polls and prints it", async () => {
    const rec = recordRequests();
    const { code, stdout } = await cli(
      [
        ...["analytics", "report", "--organization", ORG, "--start", "1700000000"],
        "--end",
        "2023-11-21",
        "--wait",
        "--poll-interval",
        "0",
      ],
      rec,
    );
    expect(code).toBe(0);
    expect(rec.sent.map((s) => s.method)).toEqual(["POST", "GET"]);
    expect(rec.sent[0]?.body).toEqual({
      reports: {
        organization: ORG,
        start: 1700000000,
        end: 1700524800,
      },
    });
    // The report is printed whole: what `GET /analytics/reports/{id}` holds under `reports`.
    expect(
      validateResponseBody("getAnalyticsReport", 200, { reports: JSON.parse(stdout) }),
    ).toBeNull();
  });

  it("--dry-run prints the create request, even with --wait, and sends nothing", async () => {
    const rec = recordRequests();
    const args = ["analytics", "report", "--organization", ORG, "--start", "1700000000"];
    const result = await cli(
      [
        ...args,
        "--end",
        "1700524800",
        "--team",
        "d75aecb6-96a2-4b5f-afa6-19d1916052e1,d75aecb6-96a2-4b5f-afa6-19d1916052e2",
        "--wait",
        "--dry-run",
      ],
      rec,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      `POST /analytics/reports\n{"reports":{"start":1700000000,"end":1700524800,"organization":"${ORG}","teams":["d75aecb6-96a2-4b5f-afa6-19d1916052e1","d75aecb6-96a2-4b5f-afa6-19d1916052e2"]}}\n`,
    );
    expect(rec.sent).toEqual([]);
  });

  it("needs its three flags", async () => {
    expect((await cli(["analytics", "report", "--organization", "o"])).code).toBe(2);
  });
});

describe("missive completion", () => {
  it.each(["bash", "zsh", "fish"])("%s lists resources, actions and flags", async (shell) => {
    const { code, stdout } = await cli(["completion", shell]);
    expect(code).toBe(0);
    expect(stdout).toContain("contact-books");
    expect(stdout).toContain("list-messages");
    expect(stdout).toMatch(/contact-book/);
    expect(stdout).toContain("last_modified");
  });
});
