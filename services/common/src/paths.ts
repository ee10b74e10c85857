/**
 * Output paths built from untrusted text (prompts become file names in VBench's layout).
 *
 * The one rule, documented in docs/architecture.md: a name component is the text with every
 * character outside `[A-Za-z0-9 ,._'()+-]` replaced by `_`, leading dots removed, trimmed and cut
 * to 180 bytes; empty names become `_`. Separators never survive, so a component can never
 * climb out of its folder, and `resolveInside` checks the final path anyway.
 */
import { isAbsolute, join, normalize, relative, resolve, sep } from "node:path";
import { FleetError, FleetErrorCode } from "./errors";

const UNSAFE = /[^A-Za-z0-9 ,._'()+-]/g;
const MAX_COMPONENT_BYTES = 180;

export function sanitizeComponent(text: string): string {
  let s = text.normalize("NFC").replace(UNSAFE, "_").replace(/^[.\s]+/, "").trim();
  while (Buffer.byteLength(s) > MAX_COMPONENT_BYTES) s = s.slice(0, -1);
  s = s.trimEnd();
  return s.length > 0 ? s : "_";
}

/** Joins relative parts under `root`; throws if the result is not strictly inside `root`. */
export function resolveInside(root: string, ...parts: string[]): string {
  for (const p of parts) {
    if (isAbsolute(p)) throw outside(root, p);
  }
  const base = resolve(root);
  const full = resolve(base, join(...parts));
  const rel = relative(base, full);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel) || rel.split(sep).includes("..")) throw outside(root, join(...parts));
  return full;
}

/** A relative path made of sanitised components, joined with `/`. */
export function safeRelativePath(...components: string[]): string {
  return components.map(sanitizeComponent).join("/");
}

/** Validates a relative path received from the queue (defence in depth: never trust the wire). */
export function assertSafeRelative(path: string, field = "path"): string {
  const n = normalize(path);
  if (path.trim() === "" || n === "." || isAbsolute(path) || n.startsWith("..") || n.split(sep).includes("..") || path.includes("\0")) {
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `${field}: "${path}" is not a relative path inside the run folder`);
  }
  return n;
}

function outside(root: string, p: string): FleetError {
  return new FleetError(FleetErrorCode.INVALID_INPUT, `path "${p}" would leave the output root ${root}`);
}
