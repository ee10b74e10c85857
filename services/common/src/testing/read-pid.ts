/** The pid a test script wrote to a file, once the file is there. */
import { existsSync, readFileSync } from "node:fs";
import { waitFor } from "../abort";

export async function readPid(file: string): Promise<number> {
  await waitFor(() => existsSync(file), { timeoutMs: 5_000, intervalMs: 20, what: file });
  return Number(readFileSync(file, "utf8").trim());
}
