import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DataRoots, isWithin } from "./data-roots";
import { FleetErrorCode } from "./errors";
import { rejectionOf } from "./testing/rejection";

let dir: string;
let spec: string;
let extra: string;
beforeAll(() => {
  // realpath: /tmp may itself be a link (macOS), and resolved paths come back real.
  dir = realpathSync(mkdtempSync(join(tmpdir(), "ff-roots-")));
  spec = join(dir, "specs");
  extra = join(dir, "datasets");
  mkdirSync(join(spec, "data"), { recursive: true });
  mkdirSync(extra);
  writeFileSync(join(spec, "data", "prompts.txt"), "a cat\n");
  writeFileSync(join(extra, "frame.png"), "x");
  writeFileSync(join(dir, "secret.txt"), "secret\n");
  symlinkSync("/etc/passwd", join(spec, "data", "passwd.jpg"));
  symlinkSync(join(dir, "secret.txt"), join(spec, "secret-link.txt"));
  symlinkSync(join(extra, "frame.png"), join(spec, "frame-link.png"));
  symlinkSync(dir, join(spec, "up"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const specOnly = () => DataRoots.open(spec, { roots: [], allowSpecFolder: true });

describe("isWithin", () => {
  test.each([
    ["/a", "/a", true],
    ["/a", "/a/b/c", true],
    ["/a", "/ab", false],
    ["/a", "/", false],
    ["/a/b", "/a", false],
    ["/a", "/a/..b", true],
  ])("%s contains %s: %s", (parent, child, expected) => {
    expect(isWithin(parent, child)).toBe(expected);
  });
});

describe("DataRoots.resolve", () => {
  test("a file under the spec's folder resolves to its real path", async () => {
    const roots = await specOnly();
    expect(await roots.resolve("synthetic.prompts_file", "data/prompts.txt")).toBe(join(spec, "data", "prompts.txt"));
    expect(await roots.resolve("f", join(spec, "data", "prompts.txt"))).toBe(join(spec, "data", "prompts.txt"));
  });

  test("an absolute path outside is refused naming the field, the path, the allowed folders and how to allow one", async () => {
    const e = await rejectionOf((await specOnly()).resolve("synthetic.prompts_file", "/etc/hostname"));
    expect(e.code).toBe(FleetErrorCode.SPEC_INVALID);
    expect(e.message).toBe(
      `synthetic.prompts_file: "/etc/hostname" is outside the allowed folders. Allowed: the spec's folder ${spec}; coordinator.data_roots: none. ` +
        `To use it, move the file under an allowed folder, or add its folder to the coordinator's coordinator.data_roots (flag --data-root, variable FRAMEFLEET_DATA_ROOTS; docs/configuration.md)`,
    );
  });

  test("a relative path climbing out with .. is refused, shown as written and resolved", async () => {
    const up = relative(join(spec, "data"), "/etc/passwd");
    const e = await rejectionOf((await specOnly()).resolve("worldmodelbench first_frame", up, join(spec, "data")));
    expect(e.message).toContain(`worldmodelbench first_frame: "${up}" (/etc/passwd) is outside the allowed folders`);
  });

  test("a symlink inside the folder that leads out is refused, naming where it leads", async () => {
    const roots = await specOnly();
    const e = await rejectionOf(roots.resolve("first_frame", "data/passwd.jpg"));
    expect(e.message).toContain(`first_frame: "data/passwd.jpg" (${join(spec, "data", "passwd.jpg")}) leads to /etc/passwd through a symbolic link, outside the allowed folders`);
    expect((await rejectionOf(roots.resolve("f", "secret-link.txt"))).message).toContain(`leads to ${join(dir, "secret.txt")}`);
    // A linked folder on the way counts too.
    expect((await rejectionOf(roots.resolve("f", "up/secret.txt"))).message).toContain("through a symbolic link");
  });

  test("a configured root allows its files, also through a link from the spec's folder", async () => {
    const roots = await DataRoots.open(spec, { roots: [extra], allowSpecFolder: true });
    expect(await roots.resolve("f", join(extra, "frame.png"))).toBe(join(extra, "frame.png"));
    expect(await roots.resolve("f", "frame-link.png")).toBe(join(extra, "frame.png"));
    expect(roots.describe()).toBe(`the spec's folder ${spec}; coordinator.data_roots: ${extra}`);
  });

  test("with allow_spec_folder false only the configured roots count", async () => {
    const roots = await DataRoots.open(spec, { roots: [extra], allowSpecFolder: false });
    const e = await rejectionOf(roots.resolve("f", "data/prompts.txt"));
    expect(e.message).toContain("is outside the allowed folders. Allowed: not the spec's folder (coordinator.allow_spec_folder is false); coordinator.data_roots: " + extra);
    expect(await roots.resolve("f", join(extra, "frame.png"))).toBe(join(extra, "frame.png"));
  });

  test("a missing file inside is returned as written, for its reader to report; a missing root says so", async () => {
    const roots = await DataRoots.open(spec, { roots: [join(dir, "nope")], allowSpecFolder: true });
    expect(await roots.resolve("f", "data/missing.txt")).toBe(join(spec, "data", "missing.txt"));
    expect(roots.describe()).toContain(`coordinator.data_roots: ${join(dir, "nope")} (does not exist)`);
  });

  test("a NUL in a path is refused", async () => {
    expect((await rejectionOf((await specOnly()).resolve("f", "data/a\0b"))).message).toContain("holds a NUL character");
  });

  test("a spec folder reached through a link is the same folder", async () => {
    const roots = await DataRoots.open(join(spec, "up", "specs"), { roots: [], allowSpecFolder: true });
    expect(await roots.resolve("f", "data/prompts.txt")).toBe(join(spec, "data", "prompts.txt"));
  });
});
