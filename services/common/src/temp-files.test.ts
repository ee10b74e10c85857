import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { isTempName, siblingTempName, sweepTempFiles, sweepTempSiblings, tempNameFor } from "./temp-files";

test("temp names are hidden, beside the final file, and recognised; final files are not", () => {
  const t = tempNameFor("/r/videos/0001_a cat-0.mp4", 2, "0a1b2c3d");
  expect(t).toBe("/r/videos/.0001_a cat-0.mp4.2-0a1b2c3d.tmp.mp4");
  expect(isTempName(basename(t))).toBe(true);
  expect(isTempName("0001_a cat-0.mp4")).toBe(false);
  expect(isTempName(".hidden.mp4")).toBe(false);
});

test("sweeping removes only the attempts of one output, or every temp file of a run", async () => {
  const dir = mkdtempSync(join(tmpdir(), "ff-tmp-"));
  mkdirSync(join(dir, "videos"));
  const a = join(dir, "videos", "a.mp4");
  const b = join(dir, "videos", "b.mp4");
  for (const f of [a, b, tempNameFor(a, 1, "00000001"), tempNameFor(a, 2, "00000002"), tempNameFor(b, 1, "00000003")]) writeFileSync(f, "x");
  expect(await sweepTempSiblings(a)).toBe(2);
  expect(readdirSync(join(dir, "videos")).sort()).toEqual([".b.mp4.1-00000003.tmp.mp4", "a.mp4", "b.mp4"]);
  expect(await sweepTempFiles(dir)).toBe(1);
  expect(readdirSync(join(dir, "videos")).sort()).toEqual(["a.mp4", "b.mp4"]);
});

test("a sibling temp name shares the attempt and random part of the file it is derived from", () => {
  const video = tempNameFor("/r/videos/a.mp4", 3, "0a1b2c3d");
  expect(siblingTempName(video, "/r/.previews/g1.jpg")).toBe("/r/.previews/.g1.jpg.3-0a1b2c3d.tmp.jpg");
  expect(siblingTempName("videos/.a.mp4.3-0a1b2c3d.tmp.mp4", "/r/.previews/g1.jpg")).toBe("/r/.previews/.g1.jpg.3-0a1b2c3d.tmp.jpg");
  expect(siblingTempName("/r/videos/a.mp4", "/r/.previews/g1.jpg")).toBeUndefined();
  expect(siblingTempName("", "/r/.previews/g1.jpg")).toBeUndefined();
});
