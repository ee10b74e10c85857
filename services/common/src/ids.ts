/**
 * Deterministic identifiers. A task id is a stable hash of what the task *is* (run, item,
 * sample, seed, kind), so re-planning a run or re-publishing after a coordinator crash yields
 * the same id, and JetStream's Nats-Msg-Id dedup and the ff_outputs compare-and-set create
 * make the work happen once.
 */
import { createHash } from "node:crypto";
import { InvalidIdError } from "./errors";

function digest(parts: readonly unknown[]): string {
  const h = createHash("sha256");
  // JSON keeps the parts unambiguous ("a|b","c" vs "a","b|c").
  h.update(JSON.stringify(parts));
  return h.digest("hex");
}

/** 24 hex characters: 96 bits, no practical collisions within a run. */
export function genTaskId(runId: string, itemKey: string, sampleIndex: number, seed: number): string {
  return `g${digest(["gen", runId, itemKey, sampleIndex, seed]).slice(0, 23)}`;
}

/**
 * Nats-Msg-Id of a task: the task id itself, so that publishing twice (a coordinator crash)
 * queues it once; a resumed run (generation > 0) must queue it again, so it gets a suffix.
 */
export function taskMsgId(taskId: string, generation: number): string {
  return generation > 0 ? `${taskId}.g${generation}` : taskId;
}

/**
 * Nats-Msg-Id of a task's final result: one per queued message (its stream sequence), so a
 * redelivered message reporting again is dropped as a duplicate, while a re-queued task reports
 * afresh. Workers and the dead-letter handler use the same id, so only one of them counts.
 */
export function resultMsgId(taskId: string, streamSeq: number): string {
  return `${taskId}.${streamSeq}.result`;
}

export function evalTaskId(genTaskId: string, evaluator: string, metrics: readonly string[]): string {
  return `e${digest(["eval", genTaskId, evaluator, [...metrics].sort()]).slice(0, 23)}`;
}

/** The value with every object's keys sorted, so JSON text does not depend on key order. */
function canonical(v: unknown): unknown {
  return Array.isArray(v)
    ? v.map(canonical)
    : v !== null && typeof v === "object"
      ? Object.fromEntries(
          Object.keys(v as object)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : v;
}

/** A stable hash of any JSON-able value, with object keys sorted (key order does not matter). */
export function fingerprint(value: unknown): string {
  return digest([canonical(value)]);
}

/**
 * `fingerprint({ spec, items })` fed one item at a time: the same hash, without building the JSON
 * text of a whole plan at once (a 100,000-video plan would be one string of tens of MB). The
 * text hashed is `[{"items":[<item>,<item>…],"spec":<spec>}]`, exactly what fingerprint writes
 * for that object, since "items" sorts before "spec".
 */
export class PlanFingerprint {
  private readonly hash = createHash("sha256").update('[{"items":[');
  private empty = true;

  add(item: unknown): void {
    this.hash.update(this.empty ? JSON.stringify(canonical(item)) : `,${JSON.stringify(canonical(item))}`);
    this.empty = false;
  }

  /** The hash; the fingerprint cannot be used afterwards. */
  finish(spec: object): string {
    return this.hash.update(`],"spec":${JSON.stringify(canonical(spec))}}]`).digest("hex");
  }
}

/**
 * The run id of a spec: `<name>-<8 hex of its fingerprint>`. The same spec submitted again finds
 * the same run (and resumes it); any change to the spec makes a new run.
 */
export function specRunId(name: string, specFingerprint: string): string {
  return `${slug(name)}-${specFingerprint.slice(0, 8)}`;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "run"
  );
}

/** A deterministic seed for (base seed, item, sample) when a benchmark does not fix one. */
export function deriveSeed(baseSeed: number, itemKey: string, sampleIndex: number): number {
  return parseInt(digest(["seed", baseSeed, itemKey, sampleIndex]).slice(0, 12), 16) % 2 ** 31;
}

/**
 * The shapes of the ids people type (`framefleet status RUN`, `drain NODE`). Each becomes a NATS
 * subject token, a KV key and part of KV filters (`ff_runs[<run>]`, `ff_items[<run>.>]`,
 * `ff.node.<node>.ctl`), where `*` and `>` are wildcards and `.` separates tokens: such an id
 * made NATS answer with its own error (`invalid key: *`), and in a filter it would select other
 * runs' records. The CLI and the Control API check ids against these rules before using them.
 */
export const IdRule = {
  RUN: {
    what: "run id",
    pattern: /^[a-z0-9][a-z0-9_-]{0,127}$/,
    rule: "run ids are lower-case letters, digits, '_' and '-', start with a letter or digit, and are at most 128 characters long",
    hint: "framefleet status lists the runs",
  },
  NODE: {
    what: "node name",
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/,
    rule: "node names are letters, digits, '_' and '-', start with a letter or digit, and are at most 64 characters long",
    hint: "framefleet nodes lists the nodes",
  },
} as const;
export type IdRule = (typeof IdRule)[keyof typeof IdRule];

/**
 * Returns `value` when it follows `rule`; otherwise throws {@link InvalidIdError} with `code`:
 * `config_invalid` where the user typed it (CLI, exit 2), `invalid_input` where a request carried
 * it (Control API, INVALID_ARGUMENT).
 */
export function checkId(rule: IdRule, value: string, code: "config_invalid" | "invalid_input"): string {
  if (!rule.pattern.test(value)) throw new InvalidIdError(code, rule.what, value, `${rule.rule} (${rule.hint})`);
  return value;
}

/** Names of priority classes, teams and owners: they label metrics and show in status. */
export const SCHED_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
export const SCHED_NAME_RULE = "letters, digits, '.', '_', '@' and '-', starting with a letter or digit, at most 64 characters";
