import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readImageHeader } from "./image-header";

const EXAMPLES = resolve(__dirname, "../../../../examples/data");
const JPEG = join(EXAMPLES, "worldmodelbench/images/000000000073.6.jpg");
const PNG = join(EXAMPLES, "sana_wm_mini/images/indoor_001.png");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ff-image-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An image made by ffmpeg from a test pattern: a real encoder's output, not hand-made bytes. */
function ffmpegImage(name: string, size: string, ...codec: string[]): string {
  return ffmpegFrom(`testsrc=size=${size}:rate=1`, name, ...codec);
}

function ffmpegFrom(source: string, name: string, ...codec: string[]): string {
  const out = join(dir, name);
  execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", source, "-frames:v", "1", ...codec, "-y", out]);
  return out;
}

function file(name: string, bytes: Buffer | string): string {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

describe("readImageHeader: real images", () => {
  test("the bundled WorldModelBench first frame is a 640x360 JPEG", async () => {
    expect(await readImageHeader(JPEG)).toEqual({ ok: true, format: "jpeg", width: 640, height: 360 });
  });

  test("the bundled SANA-WM scene image is a 64x48 PNG", async () => {
    expect(await readImageHeader(PNG)).toEqual({ ok: true, format: "png", width: 64, height: 48 });
  });

  test("WebP lossy (VP8), lossless (VP8L) and with alpha/extended header (VP8X), as libwebp writes them", async () => {
    expect(await readImageHeader(ffmpegImage("lossy.webp", "97x41", "-c:v", "libwebp", "-lossless", "0"))).toEqual({ ok: true, format: "webp", width: 97, height: 41 });
    expect(await readImageHeader(ffmpegImage("lossless.webp", "33x17", "-c:v", "libwebp", "-lossless", "1"))).toEqual({ ok: true, format: "webp", width: 33, height: 17 });
    const alpha = ffmpegFrom("color=c=red@0.5:size=20x10,format=rgba", "alpha.webp", "-c:v", "libwebp", "-pix_fmt", "yuva420p");
    expect(readFileSync(alpha).toString("latin1", 12, 16)).toBe("VP8X");
    expect(await readImageHeader(alpha)).toEqual({ ok: true, format: "webp", width: 20, height: 10 });
  });

  test("a JPEG with a large EXIF-like segment before its frame header is walked by segment length", async () => {
    const jpeg = readFileSync(JPEG);
    // SOI, then an APP1 segment of 60,000 bytes, then the original file after its SOI.
    const app1 = Buffer.alloc(4 + 59_998);
    app1.writeUInt16BE(0xffe1, 0);
    app1.writeUInt16BE(60_000, 2);
    const big = file("exif.jpg", Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]));
    expect(await readImageHeader(big)).toEqual({ ok: true, format: "jpeg", width: 640, height: 360 });
  });
});

describe("readImageHeader: what is not an image", () => {
  test.each([
    ["a text file", () => file("frame.jpg", "hello, not an image\n"), "is not a JPEG, PNG or WebP image"],
    ["/etc/passwd", () => "/etc/passwd", "is not a JPEG, PNG or WebP image"],
    ["an empty file", () => file("empty.png", ""), "is empty"],
    ["a PNG cut after its signature", () => file("cut.png", readFileSync(PNG).subarray(0, 12)), "has a PNG signature but no IHDR header"],
    ["a JPEG cut inside its first segment", () => file("cut.jpg", readFileSync(JPEG).subarray(0, 10)), "is a JPEG cut short or damaged"],
    ["a JPEG that is only its start marker", () => file("soi.jpg", Buffer.from([0xff, 0xd8, 0xff])), "is a JPEG without a frame header"],
    ["a WebP cut short", () => file("cut.webp", readFileSync(ffmpegImage("whole.webp", "64x64", "-c:v", "libwebp")).subarray(0, 40)), "is a WebP image cut short"],
    ["a folder", () => dir, "is not a regular file"],
  ])("%s", async (_what, make, problem) => {
    const r = await readImageHeader(make());
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.problem).toContain(problem);
  });

  test("a FIFO is refused without waiting for a writer", async () => {
    const fifo = join(dir, "frame-fifo.png");
    execFileSync("mkfifo", [fifo]);
    expect(await readImageHeader(fifo)).toEqual({ ok: false, problem: "is not a regular file" });
  });

  test("a missing file is an fs error for the caller to word", async () => {
    await expect(readImageHeader(join(dir, "missing.png"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});
