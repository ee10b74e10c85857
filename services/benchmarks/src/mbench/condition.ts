/**
 * MBench condition ids. dataset.yaml's `condition_id.pattern` (MBench-A: `{action}_{length}`, e.g.
 * `left_then_right_25s`) names the parts of a condition id; they reach the generator as params.
 * Every placeholder matches greedily, so in `{action}_{length}` the action keeps its own
 * underscores and the length is what follows the last one.
 */

export const DEFAULT_A_PATTERN = "{action}_{length}";
/** MBench-T's one condition. */
export const T_CONDITION = "text";

export interface ConditionPattern {
  readonly text: string;
  readonly names: readonly string[];
  readonly regex: RegExp;
}

const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Compiles a pattern; a string result is what is wrong with it. */
export function compileConditionPattern(text: string): ConditionPattern | string {
  const names: string[] = [];
  const literals: string[] = [];
  let source = "";
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] as string;
    if (names.includes(name)) return `placeholder {${name}} appears twice`;
    names.push(name);
    literals.push(text.slice(last, m.index));
    source += escapeRegex(text.slice(last, m.index)) + "(.+)";
    last = (m.index as number) + m[0].length;
  }
  const rest = text.slice(last);
  literals.push(rest);
  if (literals.some((l) => /[{}]/.test(l))) return `"${text}" has a brace that is not part of a {name} placeholder`;
  source += escapeRegex(rest);
  return { text, names, regex: new RegExp(`^${source}$`, "u") };
}

/** The parts of `id` by placeholder name, or undefined when it does not match the pattern. */
export function parseCondition(pattern: ConditionPattern, id: string): Record<string, string> | undefined {
  const m = pattern.regex.exec(id);
  if (!m) return undefined;
  return Object.fromEntries(pattern.names.map((n, i) => [n, m[i + 1] as string]));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
