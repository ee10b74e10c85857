/**
 * An MBench run folder as `mbench eval --output runs/<run_name>` writes it (README "Output
 * Layout"): `items.jsonl` (item_id, model_id per evaluated sample) and
 * `metrics/<metric>/{units,items}.jsonl, summary.json`. Read for `framefleet score mbench`, so
 * every problem is an invalid_input error naming the file and line or field.
 *
 * Per metric the per-sample `items.jsonl` is used; `summary.json` (grouped by model_id) only when
 * items.jsonl is absent; units.jsonl never (items aggregate their units). Shapes the README does
 * not show in full are read leniently; docs/benchmarks/mbench.md lists what is accepted.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { pythonJsonToJson } from "../vbench/results";
import { parseMetricName, usesTrigger, type MBenchSetting } from "./dimensions";
import { dimensionFromSummary, dimensionScore, type DimensionResult, type MetricObservation } from "./formula";

export interface MBenchRunFolder {
  readonly setting: MBenchSetting;
  /** model_id → registration name → result, models in code-point order. */
  readonly models: ReadonlyMap<string, Record<string, DimensionResult>>;
  /** Where numbers came from and what was skipped. */
  readonly notes: string[];
}

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function bad(where: string, what: string): FleetError {
  return new FleetError(FleetErrorCode.INVALID_INPUT, `${where}: ${what}`);
}

async function readText(file: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw bad(file, `cannot read (${(err as Error).message})`);
  }
  return decodeUtf8(bytes, file, FleetErrorCode.INVALID_INPUT);
}

/** JSON Lines, NaN/Infinity read as null (Python writes them bare); each line must be an object. */
function jsonLines(text: string, file: string): { line: number; value: Json }[] {
  const out: { line: number; value: Json }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(pythonJsonToJson(raw));
    } catch (err) {
      throw bad(`${file}:${i + 1}`, `not valid JSON (${(err as Error).message}); each line must be one JSON object`);
    }
    if (!isRecord(value)) throw bad(`${file}:${i + 1}`, "must be a JSON object");
    out.push({ line: i + 1, value });
  });
  return out;
}

/** A [0, 1] value of a score object: undefined when absent or null (NaN); booleans count as 0/1. */
function unitValue(scores: Json, key: string, where: string): number | undefined {
  const v = scores[key];
  if (v === undefined || v === null) return undefined;
  const n = typeof v === "boolean" ? (v ? 1 : 0) : v;
  if (typeof n !== "number" || n < 0 || n > 1) {
    throw bad(where, `${key}: ${JSON.stringify(v)} must be a number in [0, 1] (MBench's score schema normalises score, triggered and trigger_score)`);
  }
  return n;
}

/** The score object of an item line or summary group: its `scores` field, else the object itself. */
function scoresOf(o: Json): Json {
  return isRecord(o.scores) ? o.scores : o;
}

/** item_id → model ids, from the run's items.jsonl (used for metric lines that name no model). */
async function runItems(dir: string): Promise<Map<string, Set<string>>> {
  const file = join(dir, "items.jsonl");
  const text = await readText(file);
  const map = new Map<string, Set<string>>();
  for (const { line, value } of text === undefined ? [] : jsonLines(text, file)) {
    if (typeof value.item_id !== "string" || typeof value.model_id !== "string") throw bad(`${file}:${line}`, "item_id and model_id must be strings");
    map.set(value.item_id, (map.get(value.item_id) ?? new Set()).add(value.model_id));
  }
  return map;
}

/** model → per-sample observations of one metric's items.jsonl. */
function itemObservations(text: string, file: string, owners: Map<string, Set<string>>): { byModel: Map<string, MetricObservation[]>; skipped: number } {
  const byModel = new Map<string, MetricObservation[]>();
  const seen = new Set<string>();
  let skipped = 0;
  for (const { line, value } of jsonLines(text, file)) {
    const where = `${file}:${line}`;
    if (typeof value.item_id !== "string") throw bad(where, "item_id: missing; each line is one ItemResult with its item_id");
    let model = value.model_id;
    if (model === undefined) {
      const known = [...(owners.get(value.item_id) ?? [])];
      if (known.length !== 1) {
        throw bad(where, `model_id: missing, and the run's items.jsonl ${known.length === 0 ? "does not list" : "lists several models for"} item ${value.item_id}; add model_id to the line`);
      }
      model = known[0];
    }
    if (typeof model !== "string" || model === "") throw bad(where, "model_id: must be a non-empty string");
    const key = JSON.stringify([model, value.item_id]);
    if (seen.has(key)) throw bad(where, `item ${value.item_id} of model ${model} appears twice; keep one result per item (re-run into a fresh folder)`);
    seen.add(key);
    const scores = scoresOf(value);
    const score = unitValue(scores, "score", where);
    const triggered = unitValue(scores, "triggered", where);
    if (score === undefined && triggered === undefined) {
      skipped++; // an item the lenient eval could not score
      continue;
    }
    const list = byModel.get(model) ?? [];
    list.push({ score, triggered });
    byModel.set(model, list);
  }
  return { byModel, skipped };
}

/** [model_id, group] pairs of a summary.json: `groups` (mapping or list), `by_model_id`, or a top-level mapping. */
function summaryGroups(data: unknown, file: string): [string, Json][] {
  if (!isRecord(data)) throw bad(file, "must be a JSON object (SummaryResult grouped by model_id)");
  const container = data.groups ?? data.by_model_id ?? data.by_model;
  if (Array.isArray(container)) {
    return container.map((g, i) => {
      if (!isRecord(g) || typeof g.model_id !== "string") throw bad(file, `groups[${i}]: must be an object with a model_id string`);
      return [g.model_id, g];
    });
  }
  const map = isRecord(container) ? container : data;
  const looksLikeGroup = (v: unknown) => isRecord(v) && ["score", "triggered"].some((k) => k in scoresOf(v));
  const groups = Object.entries(map).filter(([, v]) => looksLikeGroup(v)) as [string, Json][];
  if (groups.length === 0) throw bad(file, 'no group per model_id found; expected {"groups": {"<model_id>": {"score": …, "triggered": …}}} or {"<model_id>": {…}}');
  return groups;
}

function summaryResults(text: string, file: string, trigger: boolean): Map<string, DimensionResult> {
  let data: unknown;
  try {
    data = JSON.parse(pythonJsonToJson(text));
  } catch (err) {
    throw bad(file, `not valid JSON (${(err as Error).message})`);
  }
  const out = new Map<string, DimensionResult>();
  for (const [model, group] of summaryGroups(data, file)) {
    const where = `${file}: group ${model}`;
    const scores = scoresOf(group);
    const count = group.n ?? group.count ?? group.num_items;
    const n = typeof count === "number" && Number.isInteger(count) && count >= 0 ? count : null;
    out.set(model, dimensionFromSummary(unitValue(scores, "score", where), unitValue(scores, "triggered", where), trigger, n));
  }
  return out;
}

async function metricDirs(dir: string): Promise<string[]> {
  const metrics = join(dir, "metrics");
  try {
    const entries = await readdir(metrics, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (err) {
    throw bad(metrics, `cannot list (${(err as Error).message}); --input must be an MBench run folder (runs/<run_name>) with metrics/<metric>/ inside`);
  }
}

/** Reads every MBench metric of a run folder; the results per model and metric. */
export async function readMBenchRunFolder(dir: string): Promise<MBenchRunFolder> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw bad(dir, "not a folder; --input must be an MBench run folder (runs/<run_name>)");
  const names = await metricDirs(dir);
  const known = names.filter((n) => parseMetricName(n) !== undefined);
  const settings = [...new Set(known.map((n) => parseMetricName(n)?.setting as MBenchSetting))];
  if (settings.length === 0) {
    throw bad(join(dir, "metrics"), `holds no MBench metric folder (${names.length > 0 ? `found ${names.join(", ")}` : "it is empty"}); expected names such as mbencha.environment.spatial_epipolar`);
  }
  if (settings.length > 1) throw bad(join(dir, "metrics"), "holds both mbencha.* and mbencht.* metrics; score the MBench-A and MBench-T runs from separate run folders");
  const setting = settings[0] as MBenchSetting;
  const notes: string[] = [];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) notes.push(`ignored (not one of MBench's ${setting} metrics): ${unknown.join(", ")}`);

  const owners = await runItems(dir);
  const models = new Map<string, Record<string, DimensionResult>>();
  const put = (model: string, metric: string, r: DimensionResult) => models.set(model, { ...(models.get(model) ?? {}), [metric]: r });
  for (const metric of known) {
    const base = join(dir, "metrics", metric);
    const itemsText = await readText(join(base, "items.jsonl"));
    if (itemsText !== undefined) {
      const { byModel, skipped } = itemObservations(itemsText, join(base, "items.jsonl"), owners);
      for (const [model, obs] of byModel) put(model, metric, dimensionScore(obs, usesTrigger(setting)));
      if (skipped > 0) notes.push(`${metric}: ${skipped} item line(s) with no score and no trigger (errors) left out`);
      continue;
    }
    const summaryText = await readText(join(base, "summary.json"));
    if (summaryText === undefined) {
      notes.push(`${metric}: neither items.jsonl nor summary.json, so not measured`);
      continue;
    }
    for (const [model, r] of summaryResults(summaryText, join(base, "summary.json"), usesTrigger(setting))) put(model, metric, r);
    notes.push(`${metric}: from summary.json (no items.jsonl): R = group score, C = group triggered (1 without it)`);
  }
  const sorted = new Map([...models.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { setting, models: sorted, notes };
}
