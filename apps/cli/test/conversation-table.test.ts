import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

/** Two conversations as Missive lists them: `subject` is null until someone renames one. */
const conversations = async () =>
  Response.json({
    conversations: [
      {
        id: "c1",
        subject: null,
        latest_message_subject: "Refund for order 1042",
        messages_count: 2,
      },
      {
        id: "c2",
        subject: "Renamed by Ann",
        latest_message_subject: "Re: hello",
        messages_count: 1,
      },
    ],
  });

describe("the conversation table shows what a person reads (#22.9)", () => {
  it("SUBJECT falls back to latest_message_subject when subject is null", async () => {
    const { code, stdout } = await cli(["conversations", "list", "--inbox"], {
      fetch: conversations,
      tty: true,
    });
    expect(code).toBe(0);
    const [header, first, second] = stdout.split("\n");
    expect(header).toMatch(/^ID\s+SUBJECT/);
    expect(first).toContain("Refund for order 1042");
    // A renamed conversation shows its own subject.
    expect(second).toContain("Renamed by Ann");
    expect(second).not.toContain("Re: hello");
  });

  it("JSON keeps the API's null subject", async () => {
    const { stdout } = await cli(["conversations", "list", "--inbox", "--json"], {
      fetch: conversations,
    });
    expect(JSON.parse(stdout)[0].subject).toBeNull();
  });
});
