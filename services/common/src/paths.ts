/**
 * Output paths built from untrusted text (prompts become file names in VBench's layout).
 *
 * The one rule, documented in docs/run-spec.md: a name component is the text (NFC) with every
 * character that is not a letter, a combining mark, a digit, a space or one of
 * `, . _ ' ( ) + - ; ! & = @ # % ~ [ ] { }` replaced by `_`; leading dots and spaces removed;
 * cut to 240 bytes (whole characters); an empty result becomes `_`. Path separators and the
 * characters other file systems refuse (`: * ? " < > |`, control characters) never survive, so a
 * component cannot climb out of its folder, and `resolveInside` checks the final path anyway.
 * All 946 VBench prompts pass through unchanged, so VBench finds its videos by prompt.
 */
import { isAbsolute, join, normalize, relative, resolve, sep } from "node:path";
import { FleetError, FleetErrorCode } from "./errors";

const UNSAFE = /[^\p{L}\p{M}\p{N} ,._'()+\-;!&=@#%~[\]{}]/gu;
/** File systems allow 255 bytes a name; leave room for suffixes such as "-24.mp4". */
export const MAX_COMPONENT_BYTES = 240;

export function sanitizeComponent(text: string, maxBytes = MAX_COMPONENT_BYTES): string {
  const chars = Array.from(text.normalize("NFC").replace(UNSAFE, "_").replace(/^[.\s]+/, "").trim());
  let bytes = Buffer.byteLength(chars.join(""));
  while (bytes > maxBytes) bytes -= Buffer.byteLength(chars.pop() as string);
  const s = chars.join("").trimEnd();
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
  return components.map((c) => sanitizeComponent(c)).join("/");
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
