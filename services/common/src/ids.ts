/**
 * Deterministic identifiers. A task id is a stable hash of what the task *is* (run, item,
 * sample, seed, kind), so re-planning a run or re-publishing after a coordinator crash yields
 * the same id, and JetStream's Nats-Msg-Id dedup and the ff_outputs compare-and-set create
 * make the work happen once.
 */
import { createHash, randomBytes } from "node:crypto";

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

export function evalTaskId(genTaskId: string, evaluator: string, metrics: readonly string[]): string {
  return `e${digest(["eval", genTaskId, evaluator, [...metrics].sort()]).slice(0, 23)}`;
}

/** `<name>-<yyyymmdd>-<6 hex>`: sortable, readable, unique enough for humans to type. */
export function newRunId(name: string, now = new Date()): string {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "run";
  const day = now.toISOString().slice(0, 10).replace(/-/g, "");
  return `${slug}-${day}-${randomBytes(3).toString("hex")}`;
}

/** A deterministic seed for (base seed, item, sample) when a benchmark does not fix one. */
export function deriveSeed(baseSeed: number, itemKey: string, sampleIndex: number): number {
  return parseInt(digest(["seed", baseSeed, itemKey, sampleIndex]).slice(0, 12), 16) % 2 ** 31;
}
