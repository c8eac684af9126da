/** Injected faults: one draw per request, in arrival order, from the seed. */
import type { FaultKind, ResolvedFaults } from "./options.ts";
import { createRandom, mixSeed, type Random } from "./random.ts";

export class FaultInjector {
  private readonly random: Random;

  constructor(
    seed: number,
    private readonly faults: ResolvedFaults,
  ) {
    this.random = createRandom(mixSeed(seed, 3));
  }

  /**
   * The fault for the next request, or `null`. Always consumes two numbers of the stream, so
   * the n-th request of a run gets the same fault for the same seed and options.
   */
  next(): FaultKind | null {
    const roll = this.random();
    const which = this.random();
    if (this.faults.kinds.length === 0 || roll >= this.faults.rate) return null;
    return this.faults.kinds[Math.floor(which * this.faults.kinds.length)] ?? null;
  }
}
