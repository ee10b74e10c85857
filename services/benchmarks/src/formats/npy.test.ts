import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { FleetErrorCode } from "../../../common/src/errors";
import { crc32, readNpy, readNpz, scalarOf, toFloat64, writeNpy, writeNpz, type NpyArray } from "./npy";

const DATA = path.resolve(__dirname, "../../../..", "../shared/data/sana_wm_bench");

// Bytes written by numpy 2.4 (np.save / np.savez / np.savez_compressed / format.write_array),
// kept as data so the tests need no Python.
const NUMPY = {
  /** np.savez(f, a=np.arange(6, dtype='<i4').reshape(2, 3), fps=np.int64(16)): zip64 local headers. */
  savez:
    "UEsDBC0AAAAAAAAAIQBQtE2E//////////8FABQAYS5ucHkBABAAmAAAAAAAAACYAAAAAAAAAJNOVU1QWQEAdgB7J2Rlc2NyJzogJzxpNCcsICdmb3J0cmFuX29yZGVyJzogRmFsc2UsICdzaGFwZSc6ICgyLCAzKSwgfSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAKAAAAAAEAAAACAAAAAwAAAAQAAAAFAAAAUEsDBC0AAAAAAAAAIQARgI4a//////////8HABQAZnBzLm5weQEAEACIAAAAAAAAAIgAAAAAAAAAk05VTVBZAQB2AHsnZGVzY3InOiAnPGk4JywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKCksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoQAAAAAAAAAFBLAQItAy0AAAAAAAAAIQBQtE2EmAAAAJgAAAAFAAAAAAAAAAAAAACAAQAAAABhLm5weVBLAQItAy0AAAAAAAAAIQARgI4aiAAAAIgAAAAHAAAAAAAAAAAAAACAAc8AAABmcHMubnB5UEsFBgAAAAACAAIAaAAAAJABAAAAAA==",
  /** np.savez_compressed(f, c2w=np.eye(4, dtype='<f4')[None].repeat(2, 0), fps=np.float64(16.0)): deflate. */
  savezCompressed:
    "UEsDBC0AAAAIAAAAIQCkWf0k//////////8HABQAYzJ3Lm5weQEAEAAAAQAAAAAAAFMAAAAAAAAAm+wX6hsQychQxlCtnpJanFykbqWgbpNmoq6joJ6WX1RSlJgXn1+UkgoSd0vMKU4FihdnJBakAvkaRjoKJkCkqaNQq0Ae4GJgaLBnwACkiFGmHwBQSwMELQAAAAgAAAAhAMJHECj//////////wcAFABmcHMubnB5AQAQAIgAAAAAAAAARwAAAAAAAACb7BfqGxDJyFDGUK2eklqcXKRupaBuk2ahrqOgnpZfVFKUmBefX5SSChJ3S8wpTgWKF2ckFqQC+RqaOgq1ChQBLgYwMHAAAFBLAQItAy0AAAAIAAAAIQCkWf0kUwAAAAABAAAHAAAAAAAAAAAAAACAAQAAAABjMncubnB5UEsBAi0DLQAAAAgAAAAhAMJHEChHAAAAiAAAAAcAAAAAAAAAAAAAAIABjAAAAGZwcy5ucHlQSwUGAAAAAAIAAgBqAAAADAEAAAAA",
  /** format.write_array(f, np.array([1.5, -2.25]), version=(2, 0)) */
  v2: "k05VTVBZAgB0AAAAeydkZXNjcic6ICc8ZjgnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAD4PwAAAAAAAALA",
  /** the same with version=(3, 0) */
  v3: "k05VTVBZAwB0AAAAeydkZXNjcic6ICc8ZjgnLCAnZm9ydHJhbl9vcmRlcic6IEZhbHNlLCAnc2hhcGUnOiAoMiwpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAAAAAAD4PwAAAAAAAALA",
  /** np.save(f, np.array([[1, 2], [3, 4]], dtype='>i2')) */
  bigEndian:
    "k05VTVBZAQB2AHsnZGVzY3InOiAnPmkyJywgJ2ZvcnRyYW5fb3JkZXInOiBGYWxzZSwgJ3NoYXBlJzogKDIsIDIpLCB9ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAQACAAMABA==",
  /** np.save(f, np.asfortranarray(np.array([[1, 2], [3, 4]], dtype='<f4'))) */
  fortran:
    "k05VTVBZAQB2AHsnZGVzY3InOiAnPGY0JywgJ2ZvcnRyYW5fb3JkZXInOiBUcnVlLCAnc2hhcGUnOiAoMiwgMiksIH0gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIAoAAIA/AABAQAAAAEAAAIBA",
};
const b64 = (s: string): Buffer => Buffer.from(s, "base64");
const values = (a: NpyArray): number[] => Array.from(toFloat64(a));

function errorOf(fn: () => unknown): { code?: string; message: string } {
  try {
    fn();
  } catch (err) {
    return err as { code?: string; message: string };
  }
  throw new Error("expected a throw");
}

describe("readNpy on the real SANA-WM demo trajectory", () => {
  const pose = readNpy(readFileSync(path.join(DATA, "demo_0_pose.npy")), "demo_0_pose.npy");
  const intr = readNpy(readFileSync(path.join(DATA, "demo_0_intrinsics.npy")), "demo_0_intrinsics.npy");

  it("reads shape and dtype", () => {
    expect(pose.shape).toEqual([321, 4, 4]);
    expect(pose.dtype).toBe("f4");
    expect(pose.data).toBeInstanceOf(Float32Array);
    expect(pose.data.length).toBe(321 * 16);
    expect(intr.shape).toEqual([321, 3, 3]);
  });

  it("the first c2w is the identity; the second has moved 0.025 along z", () => {
    expect(values(pose).slice(0, 16)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    // C order: element [1][2][3] (row 2, column 3 of matrix 1) is at 16 + 2*4 + 3 = 27.
    expect(pose.data[27]).toBeCloseTo(0.025, 6);
  });

  it("intrinsics are fx≈797.9, fy≈830.1, cx≈844.3, cy≈463.7 in row-major K", () => {
    const k = toFloat64(intr).subarray(0, 9);
    expect(k[0]).toBeCloseTo(797.88, 2);
    expect(k[4]).toBeCloseTo(830.05, 2);
    expect(k[2]).toBeCloseTo(844.27, 2);
    expect(k[5]).toBeCloseTo(463.72, 2);
    expect([k[1], k[3], k[6], k[7], k[8]]).toEqual([0, 0, 0, 0, 1]);
  });

  it("writeNpy reproduces numpy's own bytes for the same array", () => {
    const original = readFileSync(path.join(DATA, "demo_0_pose.npy"));
    expect(writeNpy(pose).equals(original)).toBe(true);
  });
});

describe("readNpy header variants", () => {
  it("reads format 2.0 and 3.0 headers", () => {
    for (const v of [NUMPY.v2, NUMPY.v3]) {
      const a = readNpy(b64(v), "v.npy");
      expect(a.shape).toEqual([2]);
      expect(values(a)).toEqual([1.5, -2.25]);
    }
  });

  it("refuses big-endian data, saying how to convert it", () => {
    const err = errorOf(() => readNpy(b64(NUMPY.bigEndian), "be.npy"));
    expect(err.code).toBe(FleetErrorCode.INVALID_INPUT);
    expect(err.message).toContain("be.npy");
    expect(err.message).toContain("big-endian");
    expect(err.message).toContain("astype('<i2')");
  });

  it("refuses Fortran order", () => {
    const err = errorOf(() => readNpy(b64(NUMPY.fortran), "f.npy"));
    expect(err.message).toMatch(/f\.npy: .*Fortran order/);
  });

  it("refuses non-npy bytes and truncated data, naming the file", () => {
    expect(errorOf(() => readNpy(Buffer.from("hello world"), "x.npy")).message).toContain("x.npy: not a .npy file");
    const cut = b64(NUMPY.v2).subarray(0, 140);
    expect(errorOf(() => readNpy(cut, "cut.npy")).message).toContain("truncated");
  });

  it("reads 0-d scalars", () => {
    const npz = readNpz(b64(NUMPY.savez), "s.npz");
    const fps = npz.get("fps") as NpyArray;
    expect(fps.shape).toEqual([]);
    expect(fps.dtype).toBe("i8");
    expect(scalarOf(fps)).toBe(16);
  });
});

describe("readNpz", () => {
  it("reads numpy.savez output (stored members with zip64 local headers)", () => {
    const npz = readNpz(b64(NUMPY.savez), "s.npz");
    expect([...npz.keys()]).toEqual(["a", "fps"]);
    const a = npz.get("a") as NpyArray;
    expect(a.shape).toEqual([2, 3]);
    expect(values(a)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("reads numpy.savez_compressed output (deflate)", () => {
    const npz = readNpz(b64(NUMPY.savezCompressed), "c.npz");
    const c2w = npz.get("c2w") as NpyArray;
    expect(c2w.shape).toEqual([2, 4, 4]);
    expect(values(c2w).slice(16, 32)).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(scalarOf(npz.get("fps") as NpyArray)).toBe(16);
  });

  it("detects a damaged member by its CRC", () => {
    const bytes = b64(NUMPY.savez);
    // The first member's data: 30-byte local header + 5-byte name + 20-byte zip64 extra, then 128 header bytes.
    const at = 30 + 5 + 20 + 128;
    bytes[at] = (bytes[at] as number) ^ 0xff;
    expect(errorOf(() => readNpz(bytes, "bad.npz")).message).toMatch(/bad\.npz: member a\.npy fails its size\/CRC-32 check/);
  });

  it("refuses a file that is not a zip", () => {
    expect(errorOf(() => readNpz(Buffer.alloc(100), "z.npz")).message).toContain("z.npz: not a zip");
  });
});

describe("writeNpz", () => {
  it("round-trips arrays through readNpz, in order", () => {
    const c2w: NpyArray = { shape: [1, 2, 2], dtype: "f4", data: Float32Array.from([1, 2, 3, 4]) };
    const fps: NpyArray = { shape: [], dtype: "i8", data: BigInt64Array.from([16n]) };
    const back = readNpz(writeNpz([["c2w", c2w], ["fps", fps]]), "w.npz");
    expect([...back.keys()]).toEqual(["c2w", "fps"]);
    expect(values(back.get("c2w") as NpyArray)).toEqual([1, 2, 3, 4]);
    expect(scalarOf(back.get("fps") as NpyArray)).toBe(16);
  });

  it("is deterministic", () => {
    const a: NpyArray = { shape: [3], dtype: "f8", data: Float64Array.from([0.5, 1, 2]) };
    expect(writeNpz([["a", a]]).equals(writeNpz([["a", a]]))).toBe(true);
  });

  it("deflated members written by another zip writer are read too", () => {
    // Build a one-member deflate zip by hand from writeNpz's stored layout.
    const a: NpyArray = { shape: [4], dtype: "u1", data: Uint8Array.from([9, 8, 7, 6]) };
    const npy = writeNpy(a);
    const stored = writeNpz([["a", a]]);
    const deflated = deflateRawSync(npy);
    const nameLen = 5;
    const local = Buffer.from(stored.subarray(0, 30 + nameLen));
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.length, 18);
    const centralStart = 30 + nameLen + npy.length;
    const central = Buffer.from(stored.subarray(centralStart, centralStart + 46 + nameLen));
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.length, 20);
    const end = Buffer.from(stored.subarray(stored.length - 22));
    end.writeUInt32LE(local.length + deflated.length, 16);
    const zip = Buffer.concat([local, deflated, central, end]);
    expect(values(readNpz(zip, "d.npz").get("a") as NpyArray)).toEqual([9, 8, 7, 6]);
  });

  it("refuses data that does not fill the shape", () => {
    const bad: NpyArray = { shape: [2, 2], dtype: "f4", data: new Float32Array(3) };
    expect(errorOf(() => writeNpy(bad)).code).toBe(FleetErrorCode.INVALID_INPUT);
  });
});

describe("crc32", () => {
  it("matches the standard check value", () => {
    // The CRC-32 check value of the ASCII string "123456789" is 0xCBF43926 (every CRC catalogue lists it).
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });
});
