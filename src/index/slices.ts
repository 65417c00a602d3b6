/**
 * Long work (building the knowledge base, parsing the persisted index) is written as generators
 * that yield at points where it may pause: run through at once, or in slices on a thread that
 * answers meanwhile.
 */

/** Items handled between two points where a sliced build may pause. */
export const STEP = 2_000;

/** Runs the work through at once. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the work, letting the event loop turn whenever a slice has taken `sliceMs`. */
export async function inSlices<T>(steps: Generator<void, T>, sliceMs: number): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
