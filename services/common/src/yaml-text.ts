/**
 * YAML from outside (run specs, MBench dataset.yaml) parsed to plain values with every failure
 * as an issue line rather than an exception: syntax errors, duplicate keys, and alias bombs.
 *
 * An alias bomb (`a: &a [x, x]`, `b: &b [*a, *a]`, … nine levels deep) is a few hundred bytes
 * that expand to billions of nodes. yaml stops it while converting to JavaScript (`toJS`), not
 * while parsing, by counting alias expansions against the document's size (`maxAliasCount`),
 * and throws a ReferenceError there; caught here, so that it is reported like any other bad
 * YAML, naming the file, instead of escaping as an internal error.
 */
import { parseDocument } from "yaml";

/** yaml's own default, stated: alias expansions allowed, scaled by the document's size. */
export const MAX_ALIAS_COUNT = 100;

export type YamlResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issues: string[] };

export function parseYamlText(text: string): YamlResult {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) return { ok: false, issues: doc.errors.map((e) => `YAML: ${e.message.split("\n")[0]}`) };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      return {
        ok: false,
        issues: [
          `YAML: aliases (*name) expand to far more values than the document holds (more than yaml's limit of ${MAX_ALIAS_COUNT} expansions for its size), ` +
            `as in a "billion laughs" alias bomb; write the values out instead of nesting aliases`,
        ],
      };
    }
    // Other conversion failures (an alias to an anchor defined later …) are YAML problems too.
    return { ok: false, issues: [`YAML: ${(err as Error).message.split("\n")[0]}`] };
  }
}
