/**
 * The video grid's data: every item once, as gzip-compressed JSON in base64 inside a
 * non-executable `<script type="application/gzip">` block, which the page script unpacks and
 * renders one page of cards at a time (a card per item in the markup made a 5.6 MB page that
 * Chromium needed minutes for at 5,000 items). Compressed because the browser's HTML tokenizer
 * was the largest cost of loading the page: 1.9 MB of JSON for 5,000 VBench items is 0.35 MB
 * of base64. Base64 has no `<`, so no prompt can close the element, by construction. Paths are
 * checked here, by relativeHref; the page script puts every text in with textContent.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { ReportItem, RunReport } from "../types";
import { relativeHref } from "./escape";

/** The id of the JSON block; the page script looks it up by this id. */
export const GRID_DATA_ID = "grid-data";

/**
 * One item, with short keys and empty fields left out: the block is most of the page, and
 * repeating long key names 20,000 times would add megabytes.
 */
export interface GridItem {
  /** Task id. */
  id: string;
  /** Item key, or only what comes before the prompt (`kp`) when the key ends with it (VBench: folder/prompt). */
  key?: string;
  kp?: string;
  /** Sample index. */
  n: number;
  seed: number;
  /** Index into {@link GridData.states}. */
  st: number;
  /** The prompt (untrusted: the script puts it in with textContent). */
  p: string;
  /** Attempts, when more than one. */
  att?: number;
  /** Node and device: indexes into {@link GridData.strings}. */
  node?: number;
  dev?: number;
  /**
   * The video's path inside the run folder, checked here by relativeHref (never absolute, never
   * climbing out); the script percent-encodes each segment as relativeHref does. Sent unencoded
   * because VBench names files after prompts, and `%20` for every space made the block a fifth larger.
   */
  v?: string;
  /** The poster's path inside the run folder (made by the worker with the video), checked and sent as `v`. */
  img?: string;
  /** Index into {@link GridData.metrics} -> score. */
  sc?: Record<number, number>;
  /** Index into {@link GridData.labels} -> index of the value (comma lists as in the report) in {@link GridData.strings}. */
  lb?: Record<number, number>;
  err?: string;
  /** Generation and evaluation parameters as [name, value] pairs. */
  par?: [string, string][];
  epar?: [string, string][];
}

export interface GridData {
  /** False when the page is not in the run folder: no players, links or posters. */
  players: boolean;
  /** Sorted metric names; the grid sorts by each. */
  metrics: string[];
  /** Sorted label names. */
  labels: string[];
  /** Label names offered as a filter with their values (comma lists split); labels with too many values are searched instead. */
  filters: [string, string[]][];
  states: string[];
  /** Node names, devices and label values, each once: thousands of items share a few dozen. */
  strings: string[];
  items: GridItem[];
}

/** A label with more values than this (a caption, a scene id) gets no dropdown; the search box finds its values. */
export const MAX_FILTER_VALUES = 100;

export interface GridDataOptions {
  inRunFolder?: boolean;
}

/** The grid's data for `report`; `report.items` order is kept (item key, then sample). */
export function gridData(report: RunReport, opts: GridDataOptions = {}): GridData {
  const players = opts.inRunFolder !== false;
  const metrics = new Set<string>();
  const labelValues = new Map<string, Set<string>>();
  const states = new Set<string>();
  for (const it of report.items) {
    for (const m of Object.keys(it.scores)) metrics.add(m);
    for (const [k, v] of Object.entries(it.labels)) {
      const set = labelValues.get(k) ?? new Set<string>();
      for (const part of v.split(",")) if (part) set.add(part);
      labelValues.set(k, set);
    }
    states.add(it.state);
  }
  const metricList = [...metrics].sort();
  const labelList = [...labelValues.keys()].sort();
  const stateList = [...states].sort();
  const metricIndex = new Map(metricList.map((m, i) => [m, i]));
  const labelIndex = new Map(labelList.map((l, i) => [l, i]));
  const stateIndex = new Map(stateList.map((s, i) => [s, i]));
  const filters: [string, string[]][] = labelList
    .map((l): [string, string[]] => [l, [...(labelValues.get(l) ?? [])].sort()])
    .filter(([, values]) => values.length <= MAX_FILTER_VALUES);
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const intern = (text: string): number => {
    let i = stringIndex.get(text);
    if (i === undefined) {
      i = strings.push(text) - 1;
      stringIndex.set(text, i);
    }
    return i;
  };
  const items = report.items.map((it) => gridItem(it, { players, metricIndex, labelIndex, stateIndex, intern }));
  return { players, metrics: metricList, labels: labelList, filters, states: stateList, strings, items };
}

interface Indexes {
  players: boolean;
  metricIndex: ReadonlyMap<string, number>;
  labelIndex: ReadonlyMap<string, number>;
  stateIndex: ReadonlyMap<string, number>;
  intern: (text: string) => number;
}

function gridItem(it: ReportItem, x: Indexes): GridItem {
  const g: GridItem = { id: it.task_id, n: it.sample_index, seed: it.seed, st: x.stateIndex.get(it.state) ?? 0, p: it.prompt };
  if (it.prompt !== "" && it.item_key.endsWith(it.prompt)) g.kp = it.item_key.slice(0, it.item_key.length - it.prompt.length);
  else g.key = it.item_key;
  if (it.attempts > 1) g.att = it.attempts;
  if (it.node) g.node = x.intern(it.node);
  if (it.device) g.dev = x.intern(it.device);
  if (x.players && it.output_path && relativeHref(it.output_path) !== null) g.v = it.output_path;
  if (x.players && it.poster_path && relativeHref(it.poster_path) !== null) g.img = it.poster_path;
  const scores = Object.entries(it.scores);
  if (scores.length > 0) g.sc = Object.fromEntries(scores.map(([m, v]) => [x.metricIndex.get(m) ?? -1, v]));
  const labels = Object.entries(it.labels);
  if (labels.length > 0) g.lb = Object.fromEntries(labels.map(([k, v]) => [x.labelIndex.get(k) ?? -1, x.intern(v)]));
  if (it.error) g.err = it.error;
  const par = Object.entries(it.params ?? {});
  if (par.length > 0) g.par = par;
  const epar = Object.entries(it.eval_params ?? {});
  if (epar.length > 0) g.epar = epar;
  return g;
}

/** The item's recorded poster, as an href inside the run folder (null when none or when it would leave it). */
export function posterHref(it: ReportItem): string | null {
  return it.poster_path ? relativeHref(it.poster_path) : null;
}

/** The data block: JSON, gzip, base64 (the alphabet has no `<`, `>` or `&`). */
export function gridDataBlock(data: GridData): string {
  const packed = gzipSync(Buffer.from(JSON.stringify(data), "utf8"), { level: 6 }).toString("base64");
  return `<script type="application/gzip" id="${GRID_DATA_ID}" data-encoding="base64">${packed}</script>`;
}

/** The grid's data read back from a page (what the page script does, for tests and tools); null when the page has none. */
export function readGridData(html: string): GridData | null {
  const m = new RegExp(`<script type="application/gzip" id="${GRID_DATA_ID}" data-encoding="base64">([A-Za-z0-9+/=]*)</script>`).exec(html);
  if (!m) return null;
  return JSON.parse(gunzipSync(Buffer.from(m[1] ?? "", "base64")).toString("utf8")) as GridData;
}
