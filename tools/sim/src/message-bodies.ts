/**
 * Message bodies. Missive lists messages without their bodies; `GET /messages/{id}` answers
 * them with one. Seeded messages get a deterministic HTML body of varied words (so search
 * has real text to rank); created messages keep the `body` they were sent with.
 */
import { createRandom, mixSeed, type Random } from "./random.ts";

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ner",
  "sto",
  "va",
  "qui",
  "ren",
  "dal",
  "po",
  "sa",
  "te",
  "bru",
  "fen",
  "gor",
  "hal",
  "ix",
  "jun",
  "kel",
  "mor",
  "nu",
  "ol",
  "pra",
  "ris",
  "sul",
  "tor",
  "ur",
  "vel",
  "wen",
  "yal",
  "zor",
  "ab",
  "ce",
  "do",
  "ef",
  "gi",
  "ho",
  "in",
  "ju",
  "ko",
];
const COMMON = [
  "the",
  "order",
  "invoice",
  "refund",
  "please",
  "thanks",
  "shipping",
  "account",
  "meeting",
  "update",
];

function hash(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = (Math.imul(value, 31) + text.charCodeAt(i)) >>> 0;
  return value;
}

/** A word of a large vocabulary, rarer words more often unique (a rough Zipf shape). */
function word(random: Random): string {
  if (random() < 0.35) return COMMON[Math.floor(random() * COMMON.length)] as string;
  const syllables = 2 + Math.floor(random() * 2);
  let text = "";
  for (let i = 0; i < syllables; i++) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text;
}

/** The seeded body of a message: 20–60 words in two paragraphs of HTML. */
export function seededBody(seed: number, messageId: string): string {
  const random = createRandom(mixSeed(seed, 3, hash(messageId)));
  const count = 20 + Math.floor(random() * 41);
  const words = Array.from({ length: count }, () => word(random));
  const half = Math.floor(count / 2);
  return `<div>${words.slice(0, half).join(" ")}.</div><p>${words.slice(half).join(" ")}.</p>`;
}
