import { readCapped } from "../read-capped.js";
import { PayloadTooLargeError } from "./errors.js";

/** A delivery's raw bytes, at most `maxBytes` (see `readCapped`); the body must be unread. */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (request.bodyUsed)
    throw new TypeError(
      "The request body was already read: give the handler the request before anything reads it.",
    );
  return readCapped(request, maxBytes, () => new PayloadTooLargeError(maxBytes));
}
