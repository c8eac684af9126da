/**
 * The lists nested under a conversation (messages, comments, drafts, posts), generated lazily
 * and deterministically on first access so 10 000+ conversations cost nothing until read.
 */
import { makeNested } from "./entities.ts";
import type { Entity } from "./http.ts";
import { seededBody } from "./message-bodies.ts";
import type { ResolvedData } from "./options.ts";
import { createRandom, mixSeed, type Random } from "./random.ts";
import { byNewest, NEWEST, timeline } from "./timeline.ts";

export type NestedKind = "messages" | "comments" | "drafts" | "posts";

/** Operation whose example is the template, and the pagination cursor, per kind. */
export const nestedKinds: Record<NestedKind, { operationId: string; cursor: string }> = {
  messages: { operationId: "listConversationMessages", cursor: "delivered_at" },
  comments: { operationId: "listConversationComments", cursor: "created_at" },
  drafts: { operationId: "listConversationDrafts", cursor: "delivered_at" },
  posts: { operationId: "listConversationPosts", cursor: "created_at" },
};

function hashString(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) >>> 0;
  return hash;
}

export class NestedStore {
  private readonly lists = new Map<string, Record<NestedKind, Entity[]>>();
  /** Messages by ID, for `GET /messages/{id}` (only of materialised conversations). */
  readonly messagesById = new Map<string, Entity>();
  /** The conversation each materialised item belongs to. */
  readonly owner = new Map<string, string>();
  /** Bodies of created messages (seeded ones are generated on read: `bodyOf`). */
  readonly bodies = new Map<string, string>();

  constructor(
    private readonly seed: number,
    private readonly data: ResolvedData,
  ) {}

  /** The conversation's list of a kind, newest first (generated on first access). */
  list(conversation: Entity, kind: NestedKind): Entity[] {
    const id = conversation.id as string;
    let lists = this.lists.get(id);
    if (!lists) {
      lists = this.generate(conversation);
      this.lists.set(id, lists);
    }
    return lists[kind];
  }

  /** A message's HTML body: the one it was created with, or a seeded one. */
  bodyOf(id: string): string {
    return this.bodies.get(id) ?? seededBody(this.seed, id);
  }

  /** Gives a newly created conversation empty lists. */
  startEmpty(conversation: Entity): void {
    this.lists.set(conversation.id as string, {
      messages: [],
      comments: [],
      drafts: [],
      posts: [],
    });
  }

  /** Adds an item to a conversation's list, keeping its order. */
  add(conversation: Entity, kind: NestedKind, item: Entity): void {
    const list = this.list(conversation, kind);
    list.push(item);
    list.sort(byNewest(nestedKinds[kind].cursor));
    this.index(conversation.id as string, kind, item);
  }

  /** Removes an item by ID from whichever materialised list holds it. */
  remove(kind: NestedKind, id: string): boolean {
    const conversationId = this.owner.get(id);
    const list = conversationId ? this.lists.get(conversationId)?.[kind] : undefined;
    const at = list?.findIndex((item) => item.id === id) ?? -1;
    if (!list || at < 0) return false;
    list.splice(at, 1);
    this.owner.delete(id);
    this.messagesById.delete(id);
    return true;
  }

  private index(conversationId: string, kind: NestedKind, item: Entity): void {
    this.owner.set(item.id as string, conversationId);
    if (kind === "messages") this.messagesById.set(item.id as string, item);
  }

  private generate(conversation: Entity): Record<NestedKind, Entity[]> {
    const id = conversation.id as string;
    const random = createRandom(mixSeed(this.seed, 2, hashString(id)));
    const newest = conversation.last_activity_at as number;
    const counts: Record<NestedKind, number> = {
      messages: this.data.messagesPerConversation,
      comments: this.data.commentsPerConversation,
      drafts: this.data.draftsPerConversation,
      posts: this.data.postsPerConversation,
    };
    const lists = {} as Record<NestedKind, Entity[]>;
    for (const kind of Object.keys(nestedKinds) as NestedKind[]) {
      const { operationId, cursor } = nestedKinds[kind];
      lists[kind] = timeline(random, counts[kind], {
        collisionRate: this.data.timestampCollisionRate,
        largestTie: this.data.largestTie,
        newest,
        maxStep: 60,
      })
        .map((stamp) => makeNested(operationId, random, cursor, stamp))
        .sort(byNewest(cursor));
      if (kind === "drafts") lists.drafts.push(...this.undelivered(random, operationId, cursor));
      for (const item of lists[kind]) this.index(id, kind, item);
    }
    return lists;
  }

  /** Drafts never sent: `delivered_at: null`, listed last (the list orders `null` as 0). */
  private undelivered(random: Random, operationId: string, cursor: string): Entity[] {
    const count = this.data.undeliveredDraftsPerConversation;
    const drafts = Array.from({ length: count }, () => {
      const draft = makeNested(operationId, random, cursor, NEWEST);
      draft[cursor] = null;
      return draft;
    });
    return drafts.sort(byNewest(cursor));
  }
}
