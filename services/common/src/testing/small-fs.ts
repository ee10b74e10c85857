/**
 * Test support (used only by tests): a small real filesystem that tests can fill up, so that
 * "disk full" is the kernel's own ENOSPC and not a fake.
 *
 * It is a tmpfs of the asked size, mounted on a fresh folder, or where tmpfs cannot be mounted a
 * loop-mounted ext4 image. Both need root (CAP_SYS_ADMIN). Where neither works, mountSmallFs
 * returns why, and the tests that need a full disk skip with that reason printed; the logic is
 * still covered by tests that get a real ENOSPC from /dev/full.
 */
import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, rmdirSync, unlinkSync, writeSync } from "node:fs";
import { statfsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface SmallFs {
  /** Where it is mounted. */
  readonly dir: string;
  /** "tmpfs" or "ext4 image". */
  readonly kind: string;
  /** Bytes an unprivileged write may still use (statfs f_bavail × f_bsize). */
  freeBytes(): number;
  /** Writes a filler file so that only about `leaveBytes` stay free (0: until ENOSPC). */
  fill(leaveBytes?: number): void;
  /** Deletes the filler: the space comes back. */
  release(): void;
  /** Unmounts (lazily, if a process still holds a file there) and removes the folder. */
  dispose(): void;
}

const FILLER = ".framefleet-test-filler";
const CHUNK = Buffer.alloc(1 << 20, 0x5a);

function run(cmd: string, args: readonly string[]): void {
  execFileSync(cmd, [...args], { stdio: ["ignore", "ignore", "pipe"], timeout: 30_000 });
}

function why(err: unknown): string {
  const stderr = (err as { stderr?: Buffer }).stderr?.toString("utf8").trim();
  return stderr || (err as Error).message;
}

/** Mounts a small filesystem of `sizeMiB`; returns it, or a sentence saying why it could not. */
export function mountSmallFs(sizeMiB: number): SmallFs | string {
  const base = mkdtempSync(join(tmpdir(), "ff-smallfs-"));
  const dir = join(base, "mnt");
  execFileSync("mkdir", [dir]);
  const reasons: string[] = [];
  try {
    run("mount", ["-t", "tmpfs", "-o", `size=${sizeMiB}m,mode=0777`, "tmpfs", dir]);
    return handle(base, dir, "tmpfs", undefined);
  } catch (err) {
    reasons.push(`tmpfs: ${why(err)}`);
  }
  const image = join(base, "fs.img");
  try {
    run("truncate", ["-s", `${sizeMiB}M`, image]);
    run("mkfs.ext4", ["-q", "-F", "-m", "0", image]);
    run("mount", ["-o", "loop", image, dir]);
    return handle(base, dir, "ext4 image", image);
  } catch (err) {
    reasons.push(`loop-mounted ext4: ${why(err)}`);
  }
  rmSync(base, { recursive: true, force: true });
  return `cannot mount a small filesystem here (${reasons.join("; ")}); mounting needs root with CAP_SYS_ADMIN`;
}

function handle(base: string, dir: string, kind: string, image: string | undefined): SmallFs {
  const filler = join(dir, FILLER);
  const freeBytes = () => {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  };
  return {
    dir,
    kind,
    freeBytes,
    fill(leaveBytes = 0) {
      const fd = openSync(filler, "a");
      try {
        // Real data, not a sparse file: the blocks must be taken for the space to go.
        for (let left = freeBytes() - leaveBytes; left > 0; left = freeBytes() - leaveBytes) {
          try {
            writeSync(fd, CHUNK, 0, Math.min(CHUNK.length, left));
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code === "ENOSPC") break;
            throw err;
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    release() {
      try {
        unlinkSync(filler);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      }
    },
    dispose() {
      try {
        run("umount", ["-l", dir]);
      } catch {
        // Already unmounted: nothing to undo.
      }
      if (image) rmSync(image, { force: true });
      try {
        rmdirSync(dir);
      } catch {
        // A lazy unmount may leave the folder busy for a moment; the temp folder is removed below anyway.
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}
