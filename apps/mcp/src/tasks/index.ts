/** The task-shaped tools, beyond one tool per operation. */
import type { Policy } from "../policy.js";
import type { Tool } from "../tool.js";
import { draftReplyTool } from "./draft-reply.js";
import { findContactsTool } from "./find-contacts.js";
import { getAttachmentTool } from "./get-attachment.js";
import { timelineTool } from "./timeline.js";
import { triageTool } from "./triage.js";

export function taskTools(policy: Policy): Tool[] {
  const triage = triageTool();
  return [
    timelineTool(),
    findContactsTool(),
    draftReplyTool(policy),
    ...(triage ? [triage] : []),
    getAttachmentTool(),
  ];
}
