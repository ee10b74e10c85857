/**
 * The per-video limits of a plan (common/src/limits.ts): each prompt, and each message a video
 * becomes — its item record, its generation task and its evaluation task — must fit in one NATS
 * message with room to spare. Checked for every planned video before anything is written, so a
 * run is refused whole instead of failing half-way through publishing.
 */
import { encode } from "../../../common/src/codec";
import { PROMPT_MAX_BYTES, MESSAGE_MAX_BYTES, byteLimitSource, formatBytes, utf8Bytes, type RunLimits } from "../../../common/src/limits";
import { pb, type ItemRecord } from "../../../common/src/proto";
import type { RunSpec } from "../../../benchmarks/src";
import { buildEvalTask, buildGenTask } from "./task-builder";

/** Items named one by one in the error; the rest are counted. */
const MAX_LISTED = 10;

/** A planned item's generation and evaluation task would carry this output (path, sha256) once committed. */
const OUTPUT_SHA256_PLACEHOLDER = "0".repeat(64);

export class PlanSizeCheck {
  private readonly issues: string[] = [];
  private more = 0;

  constructor(
    private readonly spec: RunSpec,
    private readonly limits: RunLimits,
  ) {}

  /** Checks one item; `recordBytes` is its encoded record (written to KV as it is). */
  check(item: ItemRecord, recordBytes: number): void {
    const key = `item ${item.itemKey}#${item.sampleIndex}`;
    const prompt = utf8Bytes(item.prompt);
    if (prompt > this.limits.promptBytes) {
      this.add(`${key}: the prompt is ${formatBytes(prompt)}; a prompt may have at most ${formatBytes(this.limits.promptBytes)} (${byteLimitSource(this.limits.promptBytes, PROMPT_MAX_BYTES, this.limits)})`);
      return;
    }
    const sizes: [string, number][] = [["item record", recordBytes], ["generation task", encode(pb.Task, buildGenTask(item, this.spec)).length]];
    if (this.spec.evaluation) {
      const committed = pb.ItemRecord.create({ ...item, output: { path: item.outputPath, sha256: OUTPUT_SHA256_PLACEHOLDER } });
      const t = buildEvalTask(committed, this.spec);
      if (t) sizes.push(["evaluation task", encode(pb.Task, t).length]);
    }
    const over = sizes.filter(([, n]) => n > this.limits.messageBytes);
    if (over.length === 0) return;
    const [what, n] = over.reduce((a, b) => (b[1] > a[1] ? b : a));
    this.add(
      `${key}: its ${what} would be ${formatBytes(n)}; a task message or item record may have at most ${formatBytes(this.limits.messageBytes)} ` +
        `(${byteLimitSource(this.limits.messageBytes, MESSAGE_MAX_BYTES, this.limits)}); the largest parts: ${largestParts(item, this.spec)}`,
    );
  }

  /** One line per item at fault (the first ten, then how many more). */
  problems(): string[] {
    return this.more > 0 ? [...this.issues, `… and ${this.more} more items over the limits`] : [...this.issues];
  }

  private add(issue: string): void {
    if (this.issues.length < MAX_LISTED) this.issues.push(issue);
    else this.more++;
  }
}

/** The three largest variable parts of an item's messages, by the spec field they come from. */
function largestParts(item: ItemRecord, spec: RunSpec): string {
  const mapBytes = (m: Readonly<Record<string, string>> | undefined) => Object.entries(m ?? {}).reduce((s, [k, v]) => s + utf8Bytes(k) + utf8Bytes(v), 0);
  const parts: [string, number][] = [
    ["prompt", utf8Bytes(item.prompt)],
    ["generator.params", mapBytes(spec.generator.params)],
    ["the item's params", mapBytes(item.params)],
    ["inputs", mapBytes(item.inputs)],
    ["labels", mapBytes(item.labels)],
    ["evaluation inputs", mapBytes(item.evalInputs)],
    ["evaluation params", mapBytes(item.evalParams)],
    ["metrics", item.evalMetrics.reduce((s, m) => s + utf8Bytes(m), 0) + (spec.evaluation?.metrics ?? []).reduce((s, m) => s + utf8Bytes(m), 0)],
    ["output path", utf8Bytes(item.outputPath)],
  ];
  return parts
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, n]) => `${name} ${formatBytes(n)}`)
    .join(", ");
}
