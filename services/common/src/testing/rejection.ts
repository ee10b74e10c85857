/**
 * The error a promise rejects with, for tests that look at more than the message (its code, its
 * issues). A promise that resolves fails the test: an expected refusal that did not happen.
 */
export async function rejectionOf(p: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await p;
  } catch (err) {
    return err as Error & { code?: string };
  }
  throw new Error("expected a rejection, but the promise resolved");
}
