/**
 * Progress of a run on the terminal (`framefleet status --watch`, `submit --wait`).
 *
 * On a TTY: a header and two bars (generated, evaluated) redrawn in place with ANSI cursor
 * moves. Elsewhere (CI logs, pipes): plain lines without escape codes, printed only when a
 * count changed and at most once per interval, so a long run does not flood the log.
 *
 * Both fit the terminal's width (80 columns when it is not known): the least important fields
 * give way first (throughput, then the running count ...), while the run, its state, the
 * generated and evaluated counts and the ETA stay (fit-fields.ts).
 */
import { formatDuration } from "../../../common/src/units";
import { FieldPriority, cut, fitFields, type LineField } from "./fit-fields";

/** One observation of a run's progress. Counts are items (generation tasks). */
export interface ProgressSnapshot {
  /** What is tracked, e.g. "vbench-mini (r-1a2b)". */
  label: string;
  total: number;
  /** Items evaluated (state done). */
  done: number;
  /** Items failed for good. */
  failed: number;
  /** Items with an attempt running now. */
  running: number;
  /**
   * Items whose video is committed, including those evaluated since (so generated >= done):
   * from run counters, generated + evaluating + done.
   */
  generated: number;
  /** Estimated seconds left; null when unknown. */
  etaS: number | null;
  videosPerHour: number | null;
  /** The label without what can go when space is short (the run's name): e.g. "r-1a2b running". */
  shortLabel?: string;
  /** More fields (hints, warnings), each giving way at its priority ({@link FieldPriority}); shown after the ETA. */
  notes?: readonly LineField[];
  /** The stage that decides the ETA ("generation", "evaluation"); null or absent when unknown. */
  bottleneck?: string | null;
}

/** Where progress is written: a terminal when `isTTY` is true. */
export type ProgressOutput = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/** Options of {@link ProgressView}. */
export interface ProgressViewOptions {
  /** Non-TTY only: least time between two printed lines, ms. @default 10000 */
  plainIntervalMs?: number;
  /** Clock, ms since the epoch; tests pass a fake one. @default Date.now */
  now?: () => number;
  /** Width to fit; @default the output's columns when it has them, else 80 */
  columns?: number;
}

/** The width a line must fit when the output does not say (a log file, a pipe). */
export const DEFAULT_COLUMNS = 80;

const ESC = "\u001b[";
const BAR_MAX = 40;
const BAR_MIN = 5;
const NAME_WIDTH = "generated".length;

function ratio(part: number, total: number): number {
  return total > 0 ? Math.min(1, Math.max(0, part / total)) : 0;
}

function percent(part: number, total: number): string {
  return `${Math.floor(ratio(part, total) * 100)}%`;
}

/** The run: its name goes before anything essential; its id and state are cut only when nothing else is left. */
function label(s: ProgressSnapshot): LineField {
  return { text: s.label, ...(s.shortLabel ? { shorter: [{ text: s.shortLabel, at: FieldPriority.RUN_NAME }] } : {}), cuttable: true };
}

function count(name: string, short: string, part: number, total: number): LineField {
  return {
    text: `${name} ${part}/${total} (${percent(part, total)})`,
    shorter: [
      { text: `${name} ${part}/${total}`, at: FieldPriority.PERCENTAGES },
      { text: `${short} ${part}/${total}`, at: FieldPriority.COUNT_NAMES },
    ],
  };
}

/** Running, throughput, ETA and notes: the fields after the counts, where known. */
function tail(s: ProgressSnapshot): LineField[] {
  const fields: LineField[] = [{ text: `running ${s.running}`, dropAt: FieldPriority.RUNNING }];
  if (s.videosPerHour !== null) {
    fields.push({ text: `${s.videosPerHour.toFixed(1)} videos/h`, shorter: [{ text: `${Math.round(s.videosPerHour)}/h`, at: FieldPriority.THROUGHPUT }], dropAt: FieldPriority.THROUGHPUT });
  }
  if (s.etaS !== null) {
    const eta = `ETA ${formatDuration(s.etaS * 1000)}`;
    // Which stage limits the ETA is a hint: it gives way before the counts do.
    fields.push(s.bottleneck ? { text: `${eta} (${s.bottleneck})`, shorter: [{ text: eta, at: FieldPriority.HINT }] } : { text: eta });
  }
  return [...fields, ...(s.notes ?? [])];
}

/** The non-TTY line, fitted to `columns`. */
export function plainLine(s: ProgressSnapshot, columns = DEFAULT_COLUMNS): string {
  const fields = [
    label(s),
    count("generated", "gen", s.generated, s.total),
    count("evaluated", "eval", s.done, s.total),
    { text: `failed ${s.failed}`, dropAt: s.failed > 0 ? FieldPriority.FAILURES : FieldPriority.NO_FAILURES },
    ...tail(s),
  ];
  return fitFields(fields, (parts) => `${parts[0]?.text ?? ""}: ${parts.slice(1).map((p) => p.text).join(", ")}`, columns);
}

function bar(name: string, part: number, total: number, columns: number, note: string): string {
  const digits = String(total).length;
  const suffix = ` ${String(part).padStart(digits)}/${total}  ${percent(part, total).padStart(4)}${note}`;
  const prefix = `${name.padEnd(NAME_WIDTH)} `;
  const width = Math.max(BAR_MIN, Math.min(BAR_MAX, columns - prefix.length - suffix.length - 2));
  const filled = Math.round(ratio(part, total) * width);
  return `${prefix}[${"█".repeat(filled)}${"░".repeat(width - filled)}]${suffix}`;
}

/**
 * The TTY frame: a header and the two bars. Lines stay below `columns`: a line as wide as the
 * terminal wraps in some terminals and would throw off the cursor-up count.
 */
export function ttyLines(s: ProgressSnapshot, columns: number): string[] {
  const failed = s.failed > 0 ? `  ${s.failed} failed` : "";
  return [
    fitFields([label(s), ...tail(s)], (parts) => parts.map((p) => p.text).join("  "), columns - 1),
    bar("generated", s.generated, s.total, columns, ""),
    bar("evaluated", s.done, s.total, columns, failed),
  ];
}

/** Cuts a line below the terminal width (the bars at a very narrow width). */
function fit(line: string, columns: number): string {
  return cut(line, Math.max(1, columns - 1));
}

/**
 * Renders a sequence of snapshots. Call {@link update} as often as new data arrives and
 * {@link finish} once at the end; calls after `finish` are ignored.
 */
export class ProgressView {
  private readonly tty: boolean;
  private readonly intervalMs: number;
  private readonly now: () => number;
  private readonly columns: number;
  private finished = false;
  /** TTY: the frame on screen, to move up over it and to skip identical redraws. */
  private frame: string[] = [];
  /** Non-TTY: counts of the last printed line and when it was printed. */
  private printedKey: string | null = null;
  private printedAt = 0;

  constructor(
    private readonly out: ProgressOutput,
    opts: ProgressViewOptions = {},
  ) {
    this.tty = out.isTTY === true;
    this.intervalMs = opts.plainIntervalMs ?? 10_000;
    this.now = opts.now ?? Date.now;
    this.columns = opts.columns ?? (out.columns && out.columns > 0 ? out.columns : DEFAULT_COLUMNS);
  }

  /** Shows a new snapshot (TTY: redraws; otherwise prints a line if due). */
  update(s: ProgressSnapshot): void {
    if (this.finished) return;
    if (this.tty) {
      this.draw(s);
      return;
    }
    const key = changeKey(s);
    if (key === this.printedKey) return;
    // A change inside the interval is not lost: the next update after it, or finish, prints it.
    if (this.printedKey !== null && this.now() - this.printedAt < this.intervalMs) return;
    this.print(s, key);
  }

  /** Shows the final snapshot; on a non-TTY it is printed unless the last line already says it. */
  finish(s: ProgressSnapshot): void {
    if (this.finished) return;
    this.finished = true;
    if (this.tty) {
      this.draw(s);
      return;
    }
    const key = changeKey(s);
    if (key !== this.printedKey) this.print(s, key);
  }

  private draw(s: ProgressSnapshot): void {
    // A terminal may be resized while we draw: read its width each time.
    const columns = this.out.columns && this.out.columns > 0 ? this.out.columns : this.columns;
    const lines = ttyLines(s, columns).map((l) => fit(l, columns));
    if (lines.join("\n") === this.frame.join("\n")) return;
    // Each line ends with "\n", so the cursor rests below the frame; go back up over it.
    let text = this.frame.length > 0 ? `${ESC}${this.frame.length}A` : "";
    for (const line of lines) text += `\r${ESC}2K${line}\n`;
    this.out.write(text);
    this.frame = lines;
  }

  private print(s: ProgressSnapshot, key: string): void {
    this.out.write(`${plainLine(s, this.columns)}\n`);
    this.printedKey = key;
    this.printedAt = this.now();
  }
}

/** What counts as a change: the counts, not the ETA, which moves on every poll. */
function changeKey(s: ProgressSnapshot): string {
  return [s.label, s.total, s.generated, s.done, s.failed, s.running].join("\u0000");
}
