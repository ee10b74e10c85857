/**
 * NumPy `.npy` and `.npz` files, read without Python: SANA-WM-Bench ships its camera
 * trajectories as `.npz` (`c2w` (N,4,4), `intrinsics` (N,3,3), `fps`, `num_frames`).
 *
 * `.npy` (numpy/lib/format.py): magic `\x93NUMPY`, version (1.0, 2.0 or 3.0), header length
 * (2 bytes LE in v1, 4 in v2/v3), a Python dict literal `{'descr': '<f4', 'fortran_order': False,
 * 'shape': (321, 4, 4), }`, then the raw data. Read here: little-endian (or 1-byte) numeric dtypes
 * in C order. Refused with a clear error: big-endian, Fortran order, structured/object/string dtypes.
 *
 * `.npz` is a zip of `<name>.npy` members, stored or deflated. Sizes and offsets come from the
 * central directory: numpy writes every member with a zip64 *local* header (force_zip64), whose
 * sizes are placeholders, so the local header is only used to find where the data starts.
 * Zip64 *central directories* (archives or members over 4 GiB) are not supported; no benchmark
 * file comes close.
 */
import { inflateRawSync } from "node:zlib";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";

/** dtype codes read and written here (numpy's `descr` without the byte-order character). */
export const NPY_DTYPES = ["f4", "f8", "i1", "i2", "i4", "i8", "u1", "u2", "u4", "u8", "b1"] as const;
export type NpyDtype = (typeof NPY_DTYPES)[number];

export type NpyData =
  | Float32Array
  | Float64Array
  | Int8Array
  | Int16Array
  | Int32Array
  | BigInt64Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigUint64Array;

/** One array: shape (empty for a 0-d scalar), dtype code, data in C order. */
export interface NpyArray {
  readonly shape: readonly number[];
  readonly dtype: NpyDtype;
  readonly data: NpyData;
}

const ITEM_BYTES: Readonly<Record<NpyDtype, number>> = { f4: 4, f8: 8, i1: 1, i2: 2, i4: 4, i8: 8, u1: 1, u2: 2, u4: 4, u8: 8, b1: 1 };
const MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);

function bad(file: string, what: string): FleetError {
  return new FleetError(FleetErrorCode.INVALID_INPUT, `${file}: ${what}`);
}

/** Parses a `.npy` file's bytes. `file` names the source in errors (`x.npz:c2w.npy` for members). */
export function readNpy(bytes: Uint8Array, file: string): NpyArray {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 10 || !buf.subarray(0, 6).equals(MAGIC)) throw bad(file, "not a .npy file (no \\x93NUMPY magic); save it with numpy.save");
  const major = buf[6] as number;
  let headerLen: number;
  let headerStart: number;
  if (major === 1) {
    headerLen = buf.readUInt16LE(8);
    headerStart = 10;
  } else if (major === 2 || major === 3) {
    if (buf.length < 12) throw bad(file, "truncated .npy header");
    headerLen = buf.readUInt32LE(8);
    headerStart = 12;
  } else {
    throw bad(file, `.npy format version ${major}.${buf[7]} is not supported (1.0, 2.0 and 3.0 are)`);
  }
  const dataStart = headerStart + headerLen;
  if (dataStart > buf.length) throw bad(file, "truncated .npy header");
  const header = buf.subarray(headerStart, dataStart).toString(major === 3 ? "utf8" : "latin1");
  const { dtype, shape } = parseHeader(header, file);
  const count = shape.reduce((n, d) => n * d, 1);
  const nbytes = count * ITEM_BYTES[dtype];
  if (buf.length - dataStart < nbytes) {
    throw bad(file, `data is ${buf.length - dataStart} bytes but shape (${shape.join(", ")}) of ${dtype} needs ${nbytes}; the file is truncated`);
  }
  // A fresh copy: typed arrays need aligned offsets, and callers may keep the array after the file buffer is gone.
  const raw = new Uint8Array(nbytes);
  raw.set(buf.subarray(dataStart, dataStart + nbytes));
  return { shape, dtype, data: typedView(dtype, raw.buffer, count) };
}

function parseHeader(header: string, file: string): { dtype: NpyDtype; shape: number[] } {
  const descr = /['"]descr['"]\s*:\s*(['"])(.*?)\1/.exec(header);
  if (!descr) {
    throw bad(file, `.npy header has no plain 'descr' (structured arrays are not supported): ${header.trim()}`);
  }
  const fortran = /['"]fortran_order['"]\s*:\s*(True|False)/.exec(header);
  if (!fortran) throw bad(file, `.npy header has no 'fortran_order': ${header.trim()}`);
  if (fortran[1] === "True") {
    throw bad(file, "array is stored in Fortran order; save a C-ordered array (numpy.ascontiguousarray) instead");
  }
  const shapeMatch = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(header);
  if (!shapeMatch) throw bad(file, `.npy header has no 'shape' tuple: ${header.trim()}`);
  const shape = (shapeMatch[1] as string)
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      if (!/^\d+$/.test(s)) throw bad(file, `.npy shape entry "${s}" is not a non-negative integer`);
      return Number(s);
    });
  const d = descr[2] as string;
  const order = d[0];
  const code = d.slice(1);
  if (order === ">") throw bad(file, `dtype ${d} is big-endian; convert it with arr.astype('<${code}') before saving`);
  if (!["<", "|", "="].includes(order ?? "") || !(NPY_DTYPES as readonly string[]).includes(code)) {
    throw bad(file, `dtype "${d}" is not supported (numeric little-endian ${NPY_DTYPES.join(", ")} are)`);
  }
  return { dtype: code as NpyDtype, shape };
}

function typedView(dtype: NpyDtype, buffer: ArrayBuffer, count: number): NpyData {
  switch (dtype) {
    case "f4":
      return new Float32Array(buffer, 0, count);
    case "f8":
      return new Float64Array(buffer, 0, count);
    case "i1":
      return new Int8Array(buffer, 0, count);
    case "i2":
      return new Int16Array(buffer, 0, count);
    case "i4":
      return new Int32Array(buffer, 0, count);
    case "i8":
      return new BigInt64Array(buffer, 0, count);
    case "u1":
    case "b1":
      return new Uint8Array(buffer, 0, count);
    case "u2":
      return new Uint16Array(buffer, 0, count);
    case "u4":
      return new Uint32Array(buffer, 0, count);
    case "u8":
      return new BigUint64Array(buffer, 0, count);
  }
}

/** The array's values as float64 (64-bit integers beyond 2^53 lose precision, as in numpy's astype). */
export function toFloat64(arr: NpyArray): Float64Array {
  const out = new Float64Array(arr.data.length);
  for (let i = 0; i < arr.data.length; i++) out[i] = Number(arr.data[i]);
  return out;
}

/** The single value of a 0-d or 1-element array (e.g. an npz's `fps`), or undefined. */
export function scalarOf(arr: NpyArray): number | undefined {
  return arr.data.length === 1 ? Number(arr.data[0]) : undefined;
}

// ------------------------------------------------------------------------------------------------
// .npz

const EOCD_SIG = 0x06054b50;
const CDIR_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** Reads every `<name>.npy` member of an `.npz`: name (without `.npy`) → array. */
export function readNpz(bytes: Uint8Array, file: string): Map<string, NpyArray> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(buf, file);
  const entries = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    throw bad(file, "is a zip64 archive (over 4 GiB or 65535 members), which is not supported");
  }
  if (cdOffset + cdSize > buf.length) throw bad(file, "zip central directory lies past the end of the file; the file is truncated");
  const out = new Map<string, NpyArray>();
  let p = cdOffset;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDIR_SIG) throw bad(file, `zip central directory entry ${i} is damaged`);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    p += 46 + nameLen + extraLen + commentLen;
    if (compSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw bad(file, `member ${name} needs zip64 sizes (over 4 GiB), which are not supported`);
    }
    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL_SIG) throw bad(file, `zip local header of ${name} is damaged`);
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (dataStart + compSize > buf.length) throw bad(file, `member ${name} lies past the end of the file; the file is truncated`);
    const stored = buf.subarray(dataStart, dataStart + compSize);
    let data: Buffer;
    if (method === 0) data = stored;
    else if (method === 8) {
      try {
        data = inflateRawSync(stored);
      } catch (err) {
        throw bad(file, `member ${name} does not inflate (${(err as Error).message})`);
      }
    } else throw bad(file, `member ${name} uses zip compression method ${method}; only stored (0) and deflate (8) are supported`);
    if (data.length !== size || crc32(data) !== crc) throw bad(file, `member ${name} fails its size/CRC-32 check; the file is damaged`);
    if (!name.endsWith(".npy")) continue;
    out.set(name.slice(0, -4), readNpy(data, `${file}:${name}`));
  }
  return out;
}

function findEocd(buf: Buffer, file: string): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  throw bad(file, "not a zip/.npz file (no end-of-central-directory record); save it with numpy.savez");
}

// ------------------------------------------------------------------------------------------------
// Writers (fixtures and tests): the same bytes numpy's readers accept.

/** `.npy` v1.0 bytes of an array, header padded to 64 bytes as numpy does. */
export function writeNpy(arr: NpyArray): Buffer {
  const count = arr.shape.reduce((n, d) => n * d, 1);
  if (count !== arr.data.length) throw new FleetError(FleetErrorCode.INVALID_INPUT, `writeNpy: shape (${arr.shape.join(", ")}) has ${count} elements but data has ${arr.data.length}`);
  if (arr.data.BYTES_PER_ELEMENT !== ITEM_BYTES[arr.dtype]) {
    throw new FleetError(FleetErrorCode.INVALID_INPUT, `writeNpy: dtype ${arr.dtype} needs ${ITEM_BYTES[arr.dtype]}-byte elements, data has ${arr.data.BYTES_PER_ELEMENT}`);
  }
  // Typed arrays use the host's byte order; every platform Node supports here is little-endian.
  const order = ITEM_BYTES[arr.dtype] === 1 ? "|" : "<";
  const shape = arr.shape.length === 1 ? `(${arr.shape[0]},)` : `(${arr.shape.join(", ")})`;
  let header = `{'descr': '${order}${arr.dtype}', 'fortran_order': False, 'shape': ${shape}, }`;
  const unpadded = 10 + header.length + 1;
  header += " ".repeat((64 - (unpadded % 64)) % 64) + "\n";
  const head = Buffer.alloc(10);
  MAGIC.copy(head, 0);
  head[6] = 1;
  head[7] = 0;
  head.writeUInt16LE(header.length, 8);
  const body = Buffer.from(arr.data.buffer, arr.data.byteOffset, arr.data.byteLength);
  return Buffer.concat([head, Buffer.from(header, "latin1"), body]);
}

/**
 * An `.npz` of stored (uncompressed) members `<name>.npy`, in the given order, with CRC-32 and a
 * fixed timestamp (1980-01-01) so that the same arrays always give the same bytes.
 */
export function writeNpz(arrays: ReadonlyArray<readonly [string, NpyArray]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [key, arr] of arrays) {
    const name = Buffer.from(`${key}.npy`, "utf8");
    const data = writeNpy(arr);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIG, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // time 00:00:00
    local.writeUInt16LE((0 << 9) | (1 << 5) | 1, 12); // date 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CDIR_SIG, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    local.copy(central, 6, 4, 30); // version needed … name length, same as the local header
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(0, 38); // external attributes
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD_SIG, 0);
  end.writeUInt16LE(arrays.length, 8);
  end.writeUInt16LE(arrays.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, as zip uses), table-driven. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (crcTable[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
