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

/** What `f` throws, typed for the fields tests read; `f` returning normally fails the test. */
export function thrown(f: () => unknown): Error & { code?: string; issues?: readonly string[]; flag?: string; command?: string } {
  try {
    f();
  } catch (err) {
    return err as Error & { code?: string; issues?: readonly string[]; flag?: string; command?: string };
  }
  throw new Error("expected an error");
}
