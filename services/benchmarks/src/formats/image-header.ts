/**
 * What kind of image a file is, and its size, from its header: JPEG, PNG or WebP, the formats the
 * benchmarks' first frames and reference images come in. Used at submit, on the coordinator, so
 * that a first frame that is not an image (a text file, a symlinked /etc/passwd, a truncated
 * download) is refused before a GPU is spent on it. The header is read by hand rather than with
 * ffprobe because the coordinator's image has no ffmpeg; the header is what ffprobe reads too
 * (it does not decode pixels to report a size).
 *
 * Checked: the signature; for PNG the IHDR chunk; for JPEG the marker segments up to the first
 * start-of-frame (SOF0–SOF15 except DHT/JPG/DAC), each segment's length inside the file; for WebP
 * the RIFF size and the VP8 / VP8L / VP8X header. Width and height must be at least 1. Pixel data
 * after the header is not decoded: a file cut inside it passes here and fails in the model.
 */
import { open, stat, type FileHandle } from "node:fs/promises";

export type ImageFormat = "jpeg" | "png" | "webp";

export interface ImageHeader {
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
}

/** An image header, or what is wrong with the file (a sentence fragment: "is not …"). */
export type ImageCheck = ({ readonly ok: true } & ImageHeader) | { readonly ok: false; readonly problem: string };

const NOT_AN_IMAGE = "is not a JPEG, PNG or WebP image";

/** Reads `length` bytes at `position` (fewer at the end of the file). */
async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

function png(head: Buffer): ImageCheck {
  // 8-byte signature, then the IHDR chunk: length 13, type, width, height (big-endian).
  if (head.length < 24 || head.readUInt32BE(8) !== 13 || head.toString("latin1", 12, 16) !== "IHDR") {
    return { ok: false, problem: "has a PNG signature but no IHDR header (truncated or damaged)" };
  }
  return sized("png", head.readUInt32BE(16), head.readUInt32BE(20));
}

function webp(head: Buffer, fileSize: number): ImageCheck {
  if (head.length < 30) return { ok: false, problem: "has a WebP signature but its header is cut short" };
  if (head.readUInt32LE(4) + 8 > fileSize) return { ok: false, problem: "is a WebP image cut short (its RIFF size is larger than the file)" };
  const chunk = head.toString("latin1", 12, 16);
  if (chunk === "VP8 ") {
    // Key frame start code 9d 01 2a, then 14-bit width and height.
    if (head[23] !== 0x9d || head[24] !== 0x01 || head[25] !== 0x2a) return { ok: false, problem: "has a WebP (VP8) header without its frame start code" };
    return sized("webp", head.readUInt16LE(26) & 0x3fff, head.readUInt16LE(28) & 0x3fff);
  }
  if (chunk === "VP8L") {
    if (head[20] !== 0x2f) return { ok: false, problem: "has a WebP (VP8L) header without its signature byte" };
    const bits = head.readUInt32LE(21);
    return sized("webp", (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === "VP8X") return sized("webp", head.readUIntLE(24, 3) + 1, head.readUIntLE(27, 3) + 1);
  return { ok: false, problem: `has a WebP signature but an unknown first chunk "${chunk}"` };
}

/** Start-of-frame markers: C0–CF except C4 (DHT), C8 (JPG) and CC (DAC). */
const isSof = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

async function jpeg(fh: FileHandle, fileSize: number): Promise<ImageCheck> {
  let pos = 2;
  // Each segment: FF <marker> <16-bit length including itself> <data>. Walked by length, so a
  // large EXIF or ICC segment before the frame header costs one small read, not the whole file.
  for (let segments = 0; segments < 10_000; segments++) {
    const h = await readAt(fh, pos, 9);
    if (h.length < 4) break;
    if (h[0] !== 0xff) return { ok: false, problem: `is a JPEG whose segment at byte ${pos} has no marker (damaged)` };
    const marker = h[1] as number;
    // Fill bytes (FF FF …) may precede a marker.
    if (marker === 0xff) {
      pos += 1;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image, or scan data before any frame header
    const len = h.readUInt16BE(2);
    if (len < 2 || pos + 2 + len > fileSize) return { ok: false, problem: `is a JPEG cut short or damaged (segment at byte ${pos} runs past the end)` };
    if (isSof(marker)) {
      if (h.length < 9) break;
      return sized("jpeg", h.readUInt16BE(7), h.readUInt16BE(5));
    }
    pos += 2 + len;
  }
  return { ok: false, problem: "is a JPEG without a frame header (truncated or damaged)" };
}

function sized(format: ImageFormat, width: number, height: number): ImageCheck {
  if (width < 1 || height < 1) return { ok: false, problem: `is a ${format.toUpperCase()} image of size ${width}x${height}` };
  return { ok: true, format, width, height };
}

/** The file's image header; fs errors (missing file, no permission) are thrown as they are. */
export async function readImageHeader(file: string): Promise<ImageCheck> {
  // Before opening: opening a FIFO would wait for a writer, and a device may never end.
  if (!(await stat(file)).isFile()) return { ok: false, problem: "is not a regular file" };
  const fh = await open(file, "r");
  try {
    const st = await fh.stat();
    const head = await readAt(fh, 0, 32);
    if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return png(head);
    if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return await jpeg(fh, st.size);
    if (head.length >= 12 && head.toString("latin1", 0, 4) === "RIFF" && head.toString("latin1", 8, 12) === "WEBP") return webp(head, st.size);
    return { ok: false, problem: st.size === 0 ? "is empty" : NOT_AN_IMAGE };
  } finally {
    await fh.close();
  }
}
