/** Seeded timestamps for `until` lists, newest first, with controlled collisions. */
import { type Random, randomInt } from "./random.ts";

/** The newest timestamp of the generated data (Unix seconds, mid-2025). */
export const NEWEST = 1_750_000_000;

export interface TimelineShape {
  /** About this fraction of the timestamps is shared with a neighbour. */
  collisionRate: number;
  /** Largest group of items sharing one timestamp. */
  largestTie: number;
  /** The first (newest) timestamp. */
  newest?: number;
  /** Largest gap between two different timestamps, in seconds. */
  maxStep?: number;
}

/**
 * `count` timestamps going back in time from `newest`. About `collisionRate` of them share a
 * timestamp with a neighbour, in groups of at most `largestTie`.
 */
export function timeline(random: Random, count: number, shape: TimelineShape): number[] {
  const { collisionRate, largestTie, newest = NEWEST, maxStep = 900 } = shape;
  // Pairs dominate: a fraction f of items in pairs needs a per-item join chance f / (2 - f).
  const join = collisionRate >= 1 ? 1 : collisionRate / (2 - collisionRate);
  const stamps: number[] = [];
  let current = newest;
  let group = 0;
  for (let index = 0; index < count; index++) {
    if (index > 0) {
      if (group < largestTie && random() < join) group++;
      else {
        current -= randomInt(random, 1, maxStep);
        group = 1;
      }
    } else group = 1;
    stamps.push(current);
  }
  return stamps;
}

/** Newest first; ties broken by `id` so every page sees the same order. */
export function byNewest(field: string) {
  return (a: Record<string, unknown>, b: Record<string, unknown>): number =>
    (b[field] as number) - (a[field] as number) || compareIds(a.id, b.id);
}

/** Plain code-unit order of two IDs (stable, locale-independent). */
export function compareIds(a: unknown, b: unknown): number {
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
