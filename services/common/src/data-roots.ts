/**
 * Data roots: the folders on the coordinator's machine that a run spec may read from. Specs come
 * from API clients, and whatever file a spec names is read by the coordinator (prompts go into
 * reports, images to the workers), so without a fence any client could read the coordinator's
 * files. The allowed roots are the spec's own folder (the submit's base_dir, unless
 * `coordinator.allow_spec_folder` is false) and `coordinator.data_roots`.
 *
 * A path is allowed when its real path (every symbolic link followed) is a root or lies under one:
 * a link inside a root that points out is refused like the path it points to. The lexical path is
 * checked first, before anything is looked up on disk, so that a refused path tells nothing about
 * what exists outside the roots.
 */
import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { FleetError, FleetErrorCode } from "./errors";

/** Where the allowed folders come from. */
export interface DataRootsConfig {
  /** `coordinator.data_roots`: absolute folders (relative ones resolve against the working folder). */
  readonly roots: readonly string[];
  /** `coordinator.allow_spec_folder`: whether the spec's own folder is allowed too. @default true */
  readonly allowSpecFolder: boolean;
}

/** How a refused path tells the user to allow a folder. */
export const HOW_TO_ALLOW =
  "move the file under an allowed folder, or add its folder to the coordinator's coordinator.data_roots (flag --data-root, variable FRAMEFLEET_DATA_ROOTS; docs/configuration.md)";

interface Root {
  /** What is shown: the folder as configured, made absolute. */
  readonly shown: string;
  /** Where it is, with links followed (undefined when it does not exist now). */
  readonly real: string | undefined;
  readonly origin: "spec folder" | "data_roots";
}

/** `child` is `parent` or lies under it (both absolute and normalised). */
export function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (!isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`));
}

async function realOrUndefined(p: string): Promise<string | undefined> {
  try {
    return await realpath(p);
  } catch {
    return undefined;
  }
}

/** The allowed folders of one submit, with their real paths taken once. */
export class DataRoots {
  private constructor(
    /** The folder relative paths resolve against. */
    readonly baseDir: string,
    private readonly roots: readonly Root[],
  ) {}

  /** Looks the roots up now (a root that does not exist allows nothing, and says so in errors). */
  static async open(baseDir: string, config: DataRootsConfig): Promise<DataRoots> {
    const base = resolve(baseDir);
    const wanted: { shown: string; origin: Root["origin"] }[] = [
      ...(config.allowSpecFolder ? [{ shown: base, origin: "spec folder" as const }] : []),
      ...config.roots.map((r) => ({ shown: resolve(r), origin: "data_roots" as const })),
    ];
    const roots = await Promise.all(wanted.map(async (w) => ({ ...w, real: await realOrUndefined(w.shown) })));
    return new DataRoots(base, roots);
  }

  /** The allowed folders for messages: `the spec's folder /a; coordinator.data_roots: /b, /c (does not exist)`. */
  describe(): string {
    const show = (r: Root) => (r.real === undefined ? `${r.shown} (does not exist)` : r.shown);
    const spec = this.roots.filter((r) => r.origin === "spec folder").map(show);
    const conf = this.roots.filter((r) => r.origin === "data_roots").map(show);
    const parts = [
      ...(spec.length > 0 ? [`the spec's folder ${spec.join(", ")}`] : ["not the spec's folder (coordinator.allow_spec_folder is false)"]),
      conf.length > 0 ? `coordinator.data_roots: ${conf.join(", ")}` : "coordinator.data_roots: none",
    ];
    return parts.join("; ");
  }

  /**
   * The real path of `path` (relative to `base`, by default the spec's folder), when it is inside
   * an allowed folder. A path that does not exist yet is returned as written (once its lexical
   * place is allowed), so that the reader reports it missing in its own words. Throws
   * SPEC_INVALID naming `field`, the path and the allowed folders otherwise.
   */
  async resolve(field: string, path: string, base: string = this.baseDir): Promise<string> {
    if (path.includes("\0")) throw this.refused(field, path, undefined, "holds a NUL character");
    const lexical = resolve(base, path);
    // Lexically outside every root: refused without touching the disk.
    if (!this.roots.some((r) => isWithin(r.shown, lexical) || (r.real !== undefined && isWithin(r.real, lexical)))) {
      throw this.refused(field, path, lexical);
    }
    let real: string;
    try {
      real = await realpath(lexical);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return lexical;
      throw new FleetError(FleetErrorCode.SPEC_INVALID, `${field}: cannot look up ${lexical} (${(err as Error).message})`, { cause: err });
    }
    if (!this.roots.some((r) => r.real !== undefined && isWithin(r.real, real))) throw this.refused(field, path, lexical, undefined, real);
    return real;
  }

  private refused(field: string, path: string, lexical: string | undefined, why?: string, real?: string): FleetError {
    const shown = lexical !== undefined && lexical !== path ? `"${path}" (${lexical})` : `"${path}"`;
    const detail = why ?? (real !== undefined ? `leads to ${real} through a symbolic link, outside the allowed folders` : "is outside the allowed folders");
    return new FleetError(FleetErrorCode.SPEC_INVALID, `${field}: ${shown} ${detail}. Allowed: ${this.describe()}. To use it, ${HOW_TO_ALLOW}`);
  }
}
