/**
 * A configuration field's default as written in the schema ("60s", "1GiB", 7701), for help
 * texts: read from the schema itself so help never states a default the loader does not apply.
 */
import type { z } from "zod";
import { ENV_VARS } from "./load";
import { configSchema } from "./schema";

/** The parts of Zod's schema definition walked here (zod 4 `_zod.def`, its library-author API). */
interface Def {
  readonly type: string;
  readonly innerType?: Node;
  readonly in?: Node;
  readonly shape?: Record<string, Node>;
  readonly defaultValue?: unknown;
}
interface Node {
  readonly _zod: { readonly def: Def };
}

/** Wrappers that carry no fields of their own: optional, default, prefault, pipe (a transform). */
function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    const d = n._zod.def;
    const next = d.innerType ?? (d.type === "pipe" ? d.in : undefined);
    if (!next) return n;
    n = next;
  }
}

function field(path: string, root: z.ZodType = configSchema): Node | undefined {
  let node: Node | undefined = root as unknown as Node;
  for (const key of path.split(".")) {
    const shape: Record<string, Node> | undefined = node ? unwrap(node)._zod.def.shape : undefined;
    node = shape?.[key];
  }
  return node;
}

/**
 * The default of the field at `path` as the schema spells it, or undefined when it has none
 * (optional fields) or is a section. Throws for a path the schema does not have, so a flag
 * declaring a wrong `path` fails its test.
 */
export function configDefault(path: string, root: z.ZodType = configSchema): string | undefined {
  const node = field(path, root);
  if (!node) throw new Error(`no configuration field ${path}`);
  const d = node._zod.def;
  if (d.type !== "default" && d.type !== "prefault") return undefined;
  const v = d.defaultValue;
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
}

/** The environment variable that sets the field at `path`, if any. */
export function envVarFor(path: string): string | undefined {
  return Object.entries(ENV_VARS).find(([, p]) => p === path)?.[0];
}
