/**
 * Text from outside (run specs, benchmark data files, prompts) is held to two rules, documented in
 * docs/run-spec.md ("Text rules"):
 *
 * 1. It is valid UTF-8. Bytes are decoded with a fatal decoder, never with replacement: a file
 *    saved in Latin-1 or cut mid-character is refused, naming the file, the line and the byte,
 *    instead of turning into U+FFFD in prompts, file names and reports. A UTF-8 BOM is dropped.
 * 2. It holds no control characters except tab, line feed and carriage return: C0 (U+0000–U+001F),
 *    DEL (U+007F) and C1 (U+0080–U+009F) are refused. Prompts become file names and model inputs,
 *    and a NUL or an escape sequence there is never what the author meant; refusing is safer than
 *    guessing an escape.
 */
import { isUtf8 } from "node:buffer";
import { readFile, stat } from "node:fs/promises";
import { FleetError, type FleetErrorCode } from "./errors";

/**
 * The bytes of a regular file. A FIFO or a device is refused before it is opened (reading one
 * could wait forever or never end); fs errors (ENOENT, EACCES, EISDIR) are thrown as they are, for
 * the caller to word.
 */
export async function readRegularFile(file: string): Promise<Buffer> {
  const st = await stat(file);
  if (!st.isFile() && !st.isDirectory()) {
    throw Object.assign(new Error(`${file} is not a regular file`), { code: "ENOTREG" });
  }
  return readFile(file);
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode table
 * 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when every byte does.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // The allowed range of the second byte depends on the first (this is what rules out
    // overlong forms, surrogates and code points above U+10FFFF); later bytes are 80–BF.
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      // A truncated or wrong sequence: its lead byte is where the text stops being UTF-8.
      if (c === undefined || c < min || c > max) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** 1-based line of a byte offset, and the 1-based byte of that line. */
function lineOfByte(bytes: Uint8Array, offset: number): { line: number; byte: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, byte: offset - start + 1 };
}

const DECODER = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes bytes as strict UTF-8 (a leading BOM is dropped). Invalid bytes throw FleetError(code)
 * naming `file`, the line, the byte within the line and the offset in the file.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, code: FleetErrorCode): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, byte } = lineOfByte(bytes, bad);
    const hex = Array.from(bytes.subarray(bad, bad + 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
    throw new FleetError(
      code,
      `${file}: not valid UTF-8 at line ${line}, byte ${byte} of the line (offset ${bad} in the file: ${hex}); save the file as UTF-8`,
    );
  }
  return DECODER.decode(bytes);
}

const C0_NAMES = [
  "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
];

/** Tab, line feed and carriage return: the whitespace controls that text formats allow. */
const ALLOWED = new Set([0x09, 0x0a, 0x0d]);

export function isForbiddenControl(cp: number): boolean {
  return (cp <= 0x1f && !ALLOWED.has(cp)) || (cp >= 0x7f && cp <= 0x9f);
}

/** `U+0000 (NUL)`, `U+007F (DEL)`, `U+0085 (C1 control)`. */
export function describeCodePoint(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = cp < 0x20 ? C0_NAMES[cp] : cp === 0x7f ? "DEL" : cp >= 0x80 && cp <= 0x9f ? "C1 control" : undefined;
  return name ? `${hex} (${name})` : hex;
}

/** Where a forbidden control character is: 1-based line and column (in characters). */
export interface ControlChar {
  readonly codePoint: number;
  readonly line: number;
  readonly column: number;
}

/** The first control character other than tab, LF and CR, or undefined. */
export function findControlChar(text: string): ControlChar | undefined {
  let line = 1;
  let column = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    column += 1;
    if (isForbiddenControl(cp)) return { codePoint: cp, line, column };
    if (cp === 0x0a) {
      line += 1;
      column = 0;
    }
  }
  return undefined;
}

/** The rule in one sentence, for the end of error messages. */
export const CONTROL_RULE = "text may not hold control characters other than tab and line breaks (docs/run-spec.md, text rules)";

/**
 * What is wrong with one text value (a prompt, a field), or undefined: the first control character
 * and where it is, counted in characters from 1.
 */
export function controlCharProblem(text: string): string | undefined {
  const c = findControlChar(text);
  if (!c) return undefined;
  const where = text.includes("\n") ? `line ${c.line}, character ${c.column}` : `character ${c.column}`;
  return `holds ${describeCodePoint(c.codePoint)} at ${where}; ${CONTROL_RULE}`;
}

/**
 * Throws FleetError(code) when a whole file's text holds a forbidden control character, naming the
 * file, line and column. For line-based files (prompt lists, CSV) where the line is the item.
 */
export function assertNoControlChars(text: string, file: string, code: FleetErrorCode): void {
  const c = findControlChar(text);
  if (c) throw new FleetError(code, `${file}: line ${c.line}, character ${c.column}: ${describeCodePoint(c.codePoint)}; ${CONTROL_RULE}`);
}
