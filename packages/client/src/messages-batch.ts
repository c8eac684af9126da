/**
 * `client.messages.getMany(ids)`: several messages by id through the batch form of
 * `GET /messages/{id}` (`/messages/a,b,c`), which Missive recommends to save requests. Long id
 * lists are split into chunks whose path stays well under the URL lengths that servers and
 * proxies accept, and the answers are joined in the order of the ids.
 */
import type { components } from "@missive-ts/schema";
import { ValidationError } from "./errors.js";
import type { RequestOptions, Resources } from "./resource-types.js";

export type Message = components["schemas"]["Message"];

/** At most this many ids per request. */
export const MAX_IDS_PER_REQUEST = 50;
/** At most this many characters of ids (encoded, with their commas) per request path. */
export const MAX_ID_CHARS_PER_REQUEST = 1_800;

/** Splits ids into request-sized chunks, keeping their order. */
export function chunkIds(
  ids: readonly string[],
  maxIds = MAX_IDS_PER_REQUEST,
  maxChars = MAX_ID_CHARS_PER_REQUEST,
): string[][] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let chars = 0; // encoded ids of the chunk and the commas between them
  for (const id of ids) {
    const cost = encodeURIComponent(id).length;
    if (chunk.length > 0 && (chunk.length >= maxIds || chars + 1 + cost > maxChars)) {
      chunks.push(chunk);
      chunk = [];
      chars = 0;
    }
    chars += (chunk.length > 0 ? 1 : 0) + cost;
    chunk.push(id);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** The batch answer's shape is not documented: one object or an array, both become a list. */
const asList = (answer: Message | Message[] | undefined): Message[] =>
  answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];

export function createGetMany(messages: Resources["messages"]) {
  return async (ids: readonly string[], options?: RequestOptions): Promise<Message[]> => {
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== "string" || id.trim() === "")) {
      throw new ValidationError(
        "messages.getMany: pass an array of message ids (non-empty strings).",
      );
    }
    const unique = [...new Set(ids)];
    const answers = await Promise.all(
      chunkIds(unique).map((chunk) => messages.get(chunk, options)),
    );
    return answers.flatMap(asList);
  };
}
