/**
 * A one-line summary that fits a width by giving up its least important parts first. Each field
 * has its full text, optionally shorter forms, and optionally a priority at which it goes; every
 * such step (shorten, drop) has a priority, and while the line is too wide the pending steps
 * with the highest priority number are taken (all fields at that priority together, so the two
 * counts shorten alike). A field without `dropAt` stays. Another field (a hint, a warning) joins
 * by choosing its priorities among {@link FieldPriority}.
 */

/**
 * When a step is taken: higher numbers first. The progress line's order, from what goes first:
 * throughput, running count, a zero failed count, hints, the run's name (its id stays), the
 * counts' percentages, a non-zero failed count, the counts' long names.
 */
export const FieldPriority = {
  THROUGHPUT: 60,
  RUNNING: 50,
  NO_FAILURES: 40,
  /** Notes on the figures, e.g. what limits the ETA. */
  HINT: 35,
  RUN_NAME: 30,
  PERCENTAGES: 20,
  FAILURES: 15,
  COUNT_NAMES: 10,
} as const;

export interface LineField {
  /** The full text. */
  readonly text: string;
  /** Shorter forms, in order, each replacing the one before at its priority. */
  readonly shorter?: readonly { readonly text: string; readonly at: number }[];
  /** The priority at which the field goes (after its shorter forms); absent: it always stays. */
  readonly dropAt?: number;
  /**
   * Last resort for an essential field too long for the width: cut it with "…" before its last
   * word (a long run id is cut, its state stays).
   */
  readonly cuttable?: boolean;
}

/** The least a cut field keeps, "…" and its last word included: a few characters of a run id still tell runs apart. */
const CUT_MIN = 14;

/** Display width: characters, not UTF-16 units (the bars' blocks and "…" count once). */
export function width(text: string): number {
  return [...text].length;
}

/** Cuts `text` to `max` characters, ending with "…" when it cut. */
export function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** Cuts `text` to `max` characters before its last word, which stays whole: "vbench-sw… running". */
export function cutBeforeLastWord(text: string, max: number): string {
  const space = text.lastIndexOf(" ");
  if (space <= 0) return cut(text, max);
  const last = text.slice(space);
  return `${cut(text.slice(0, space), Math.max(1, max - width(last)))}${last}`;
}

/** A field's next step: its priority, or undefined when it has none left. */
function nextStep(f: LineField, level: number): number | undefined {
  const shorter = f.shorter ?? [];
  if (level < shorter.length) return (shorter[level] as { at: number }).at;
  return level === shorter.length ? f.dropAt : undefined;
}

function textAt(f: LineField, level: number): string | undefined {
  if (level === 0) return f.text;
  return f.shorter?.[level - 1]?.text;
}

/**
 * The widest rendering of `fields` (kept in their order) that fits `max` characters. `render`
 * joins the texts of the fields present, each with its index in `fields`. When no step is left,
 * a `cuttable` field is cut to make room; failing that the line itself is cut.
 */
export function fitFields(fields: readonly LineField[], render: (parts: readonly { text: string; index: number }[]) => string, max: number): string {
  const level = fields.map(() => 0);
  const texts = fields.map((f) => f.text as string | undefined);
  const line = () => render(texts.flatMap((text, index) => (text === undefined ? [] : [{ text, index }])));
  for (;;) {
    const text = line();
    if (width(text) <= max) return text;
    const steps = fields.map((f, i) => nextStep(f, level[i] as number));
    const best = Math.max(...steps.map((at) => at ?? -Infinity));
    if (best === -Infinity) break;
    steps.forEach((at, i) => {
      if (at !== best) return;
      level[i] = (level[i] as number) + 1;
      texts[i] = textAt(fields[i] as LineField, level[i] as number);
    });
  }
  const over = width(line()) - max;
  const i = fields.findIndex((f, k) => f.cuttable && texts[k] !== undefined);
  const own = i >= 0 ? width(texts[i] as string) : 0;
  if (i >= 0 && own - over >= CUT_MIN) texts[i] = cutBeforeLastWord(texts[i] as string, own - over);
  return cut(line(), max);
}
