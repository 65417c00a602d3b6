/** Waits until the condition holds (polling), or fails the test after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 10_000, pollMs = 10): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
