/** A service's JSON log as records; lines that are not JSON (a crash's stack trace) are skipped. */
import { readFileSync } from "node:fs";

export function jsonLogLines<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as T];
      } catch {
        return [];
      }
    });
}
