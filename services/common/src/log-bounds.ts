/**
 * Bounds on what one log line may carry, applied to every line by the logger (log.ts), so no
 * caller has to remember: a command backend's argv with a 200,000-character prompt, a backend
 * output line, an error quoting a whole stderr tail all stay readable and safe.
 *
 * - every string field is cut at {@link LOG_FIELD_CHARS}, with its full length stated;
 * - control characters in strings are rendered visibly (safe-text.ts): JSON already escapes C0
 *   controls, but `jq -r` turns `\u001b` back into ESC, and JSON leaves C1 controls raw;
 * - arrays keep their first {@link LOG_ARRAY_ITEMS} items and say how many more there were;
 * - nesting deeper than {@link LOG_DEPTH} is replaced by a note;
 * - whatever still makes the line longer than {@link LOG_LINE_CHARS} (many long fields at once)
 *   gives way to a line that keeps the message and names the fields it dropped.
 */
import { clip, escapeControl } from "./safe-text";

/** Longest string field, characters. Longer ones end with `… [cut: N chars in all]`. */
export const LOG_FIELD_CHARS = 2_000;
/** Items of an array field that are logged. */
export const LOG_ARRAY_ITEMS = 50;
/** Nesting depth of plain objects and arrays that is logged. */
export const LOG_DEPTH = 5;
/** Longest log line, characters (the JSON text). */
export const LOG_LINE_CHARS = 16_384;

/** One field value within the bounds; plain objects and arrays are copied, never changed. */
export function boundValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return escapeControl(clip(value, LOG_FIELD_CHARS), { keep: "lines" });
  if (value === null || typeof value !== "object") return value;
  if (depth >= LOG_DEPTH) return "[nested too deep to log]";
  if (Array.isArray(value)) {
    const kept = value.slice(0, LOG_ARRAY_ITEMS).map((v) => boundValue(v, depth + 1));
    if (value.length > LOG_ARRAY_ITEMS) kept.push(`… [${value.length - LOG_ARRAY_ITEMS} more items, ${value.length} in all]`);
    return kept;
  }
  // Errors, Dates, Buffers … keep their own JSON form; the line limit still holds for them.
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = boundValue(v, depth + 1);
  return out;
}

/** Bounds every enumerable string-keyed field of a log record in place (winston's info object). */
export function boundFields(info: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(info)) info[k] = boundValue(v);
}

/**
 * The line itself when it fits; otherwise a line with the level, message, time, service and pid
 * of `info` and the names of the fields left out, so the event is still there to grep.
 */
export function boundLine(line: string, info: Readonly<Record<string, unknown>>): string {
  if (line.length <= LOG_LINE_CHARS) return line;
  const kept = ["level", "message", "timestamp", "service", "pid", "node", "run", "task"];
  const short: Record<string, unknown> = {};
  for (const k of kept) if (info[k] !== undefined) short[k] = typeof info[k] === "string" ? clip(info[k] as string, 500) : info[k];
  short.fields_left_out = Object.keys(info).filter((k) => !kept.includes(k));
  short.line_chars = line.length;
  return JSON.stringify(short);
}
