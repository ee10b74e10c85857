import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FleetErrorCode } from "../errors";
import { sha256File } from "./sha256";

describe("sha256File", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ff-sha-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("hashes the file's bytes (several stream chunks)", async () => {
    const data = Buffer.alloc(3 * 65536 + 17, 7);
    const file = path.join(dir, "data.bin");
    await writeFile(file, data);
    await expect(sha256File(file)).resolves.toBe(createHash("sha256").update(data).digest("hex"));
  });

  it("hashes an empty file", async () => {
    const file = path.join(dir, "empty");
    await writeFile(file, "");
    await expect(sha256File(file)).resolves.toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("a missing file is NOT_FOUND naming it", async () => {
    const file = path.join(dir, "nope");
    await expect(sha256File(file)).rejects.toMatchObject({ code: FleetErrorCode.NOT_FOUND, message: expect.stringContaining(file) });
  });
});
