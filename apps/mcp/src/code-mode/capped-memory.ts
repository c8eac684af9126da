/**
 * The WebAssembly memory QuickJS runs in, capped for real. QuickJS's own `setMemoryLimit`
 * counts what `malloc_usable_size` reports, and its Emscripten build reports 0: each
 * allocation counted 8 bytes, so `hog.push(new ArrayBuffer(2 ** 20))` grew one execution to
 * 2 GB under a "64 MB" limit. (It still refuses any single allocation over the limit, so it
 * stays set.) Every heap growth of Emscripten's allocator goes through `memory.grow`: past the
 * cap it is refused, and `onRefused` is told — the place where the memory limit is known to
 * be hit, whatever the code then does with the `out of memory` error.
 */

const pageBytes = 64 * 1024;
/** What Emscripten starts this build with (its INITIAL_MEMORY default): an empty runtime. */
const initialBytes = 16 * 2 ** 20;

/** A memory of 16 MB that may grow by `limitBytes`, no further. */
export function cappedMemory(limitBytes: number, onRefused: () => void): WebAssembly.Memory {
  const initial = initialBytes / pageBytes;
  const maximum = initial + Math.ceil(limitBytes / pageBytes);
  const memory = new WebAssembly.Memory({ initial, maximum });
  const grow = memory.grow.bind(memory);
  // Emscripten asks for some room beyond what it needs and retries smaller when refused; a
  // heap that asks to pass the cap has reached the limit either way.
  memory.grow = (pages: number) => {
    if (memory.buffer.byteLength / pageBytes + pages > maximum) {
      onRefused();
      throw new RangeError("the execution's memory limit was reached");
    }
    return grow(pages);
  };
  return memory;
}
