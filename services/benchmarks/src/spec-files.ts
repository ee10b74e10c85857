/**
 * The one way an adapter reaches a file a run spec names, directly (`vbench.full_info`) or through
 * the benchmark's data (a first frame named in worldmodelbench.json, a camera path in a SANA-WM
 * manifest, a sample's reference.png): every path is checked against the allowed data roots
 * (data-roots.ts) after following links, and inputs handed to workers are checked for their kind
 * (an image must be a JPEG, PNG or WebP with a size) before any GPU is spent. Errors are
 * SPEC_INVALID and name the field or the data file and row the path came from.
 */
import { stat } from "node:fs/promises";
import { DataRoots, type DataRootsConfig } from "../../common/src/data-roots";
import { FleetError, FleetErrorCode, ValidationError, isFleetError } from "../../common/src/errors";
import { readImageHeader, type ImageHeader } from "./formats/image-header";
import type { SpecSource } from "./run-spec";

/** Only the spec's own folder: what a plan gets when nothing else is configured (tests, tools). */
export const SPEC_FOLDER_ONLY: DataRootsConfig = Object.freeze({ roots: [], allowSpecFolder: true });

export class SpecFiles {
  private constructor(
    readonly roots: DataRoots,
    private readonly specName: string,
  ) {}

  static async open(source: SpecSource, config: DataRootsConfig = SPEC_FOLDER_ONLY): Promise<SpecFiles> {
    return new SpecFiles(await DataRoots.open(source.baseDir, config), source.name);
  }

  /** A path written in the spec at `field`, relative to the spec's folder: its real path, once allowed. */
  path(field: string, path: string): Promise<string> {
    return this.roots.resolve(field, path);
  }

  /**
   * Several paths of the spec, `[field, path]` each, checked together: one error lists every
   * refused one, so that the user fixes them all in one go.
   */
  async paths(entries: readonly (readonly [field: string, path: string])[]): Promise<string[]> {
    const out: string[] = [];
    const issues: string[] = [];
    for (const [field, p] of entries) {
      try {
        out.push(await this.path(field, p));
      } catch (err) {
        if (!isFleetError(err) || err.code !== FleetErrorCode.SPEC_INVALID) throw err;
        issues.push(err.message);
      }
    }
    if (issues.length > 0) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${this.specName}`, issues);
    return out;
  }

  /**
   * A path found in the benchmark's data, relative to `base` (the folder the data says it is
   * relative to) or absolute. `where` names its origin: `<file>:<line> image_path`.
   */
  within(where: string, path: string, base: string): Promise<string> {
    return this.roots.resolve(where, path, base);
  }

  /**
   * An image input (first frame, reference image): allowed, a regular file, and a JPEG, PNG or
   * WebP whose header gives a size. Returns its real path and header.
   */
  async image(where: string, path: string, base: string = this.roots.baseDir): Promise<{ path: string } & ImageHeader> {
    const real = await this.within(where, path, base);
    let check;
    try {
      check = await readImageHeader(real);
    } catch (err) {
      const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
      throw new FleetError(FleetErrorCode.SPEC_INVALID, `${where}: image ${real} ${missing ? "does not exist" : `cannot be read (${(err as Error).message})`}`, { cause: err });
    }
    if (!check.ok) throw new FleetError(FleetErrorCode.SPEC_INVALID, `${where}: ${real} ${check.problem}; an image input must be a JPEG, PNG or WebP image`);
    return { path: real, format: check.format, width: check.width, height: check.height };
  }

  /** Whether an allowed path is an existing regular file (links followed). */
  async isFile(where: string, path: string, base: string = this.roots.baseDir): Promise<boolean> {
    const real = await this.within(where, path, base);
    return stat(real).then(
      (s) => s.isFile(),
      () => false,
    );
  }
}
