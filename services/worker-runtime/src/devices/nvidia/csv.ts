/**
 * Parsing of nvidia-smi's `--format=csv` output, with or without header and units.
 *
 * `--format=csv` prints a header whose names carry the unit (`memory.total [MiB]`,
 * `utilization.gpu [%]`) and values that repeat it (`81559 MiB`, `100 %`, `71.15 W`), separated by
 * ", ". `--format=csv,noheader,nounits` prints bare values; the caller then names the columns.
 * Either way a row comes back keyed by the field name without its unit, with the unit stripped
 * from the value, and with nvidia-smi's "no value" markers (`[N/A]`, `[Not Supported]`, …) as
 * `undefined`.
 */

/** One data row: field name (units stripped) → value (unit stripped), undefined when not reported. */
export type CsvRow = Readonly<Record<string, string | undefined>>;

export interface CsvTable {
  /** Field names in column order, units stripped. */
  readonly fields: readonly string[];
  /** Unit per field as the header gave it (`MiB`, `%`, `W`); absent without a header or unit. */
  readonly units: Readonly<Record<string, string>>;
  readonly rows: readonly CsvRow[];
}

export interface CsvOptions {
  /** Column names of `--format=csv,noheader[,nounits]` output: every line is then a data row. */
  readonly fields?: readonly string[];
}

/** A line that does not fit the table; `line` is 1-based within the text given. */
export class CsvParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CsvParseError";
  }
}

/**
 * What nvidia-smi prints where it has no value, bracketed (`--format=csv`) or bare (`-q`, and
 * `nounits` on some drivers). Compared case-insensitively after trimming.
 */
const NO_VALUE = new Set(
  [
    "N/A",
    "[N/A]",
    "Not Supported",
    "[Not Supported]",
    "Requested functionality has been deprecated",
    "[Requested functionality has been deprecated]",
    "Unknown Error",
    "[Unknown Error]",
    "Insufficient Permissions",
    "[Insufficient Permissions]",
    "",
  ].map((s) => s.toLowerCase()),
);

/** The value, or undefined when it is one of nvidia-smi's "no value" markers or empty. */
export function presentValue(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const v = raw.trim();
  return NO_VALUE.has(v.toLowerCase()) ? undefined : v;
}

/**
 * A number from a value, ignoring a trailing unit (`81559 MiB`, `100 %`, `71.15 W`, `7484MiB`);
 * undefined for no value or anything that is not a number.
 */
export function csvNumber(raw: string | undefined): number | undefined {
  const v = presentValue(raw);
  if (v === undefined) return undefined;
  const m = /^([-+]?\d+(?:\.\d+)?)\s*(?:[A-Za-z%/]+)?$/.exec(v);
  return m ? Number(m[1]) : undefined;
}

/**
 * Splits one CSV line into trimmed cells. nvidia-smi never quotes and its fields here hold no
 * commas, but a quoted cell (`"a, b"`, with `""` for a quote) is honoured in case a driver does.
 */
export function splitCsvLine(line: string, lineNo = 1): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === " " || line[i] === "\t") i++;
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        if (i >= line.length) throw new CsvParseError("unterminated quoted value", lineNo);
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += line[i];
        i++;
      }
      while (line[i] === " " || line[i] === "\t") i++;
      if (i < line.length && line[i] !== ",") throw new CsvParseError("text after a quoted value", lineNo);
      cells.push(value);
    } else {
      const end = line.indexOf(",", i);
      const stop = end === -1 ? line.length : end;
      cells.push(line.slice(i, stop).trim());
      i = stop;
    }
    if (i >= line.length) return cells;
    i++; // the comma
  }
}

/** `memory.total [MiB]` → `{ name: "memory.total", unit: "MiB" }`. */
export function splitHeaderField(field: string): { name: string; unit?: string } {
  const m = /^(.*?)\s*\[([^\]]*)\]$/.exec(field.trim());
  if (!m) return { name: field.trim() };
  return { name: (m[1] as string).trim(), unit: (m[2] as string).trim() };
}

function stripUnit(value: string, unit: string | undefined): string {
  if (!unit) return value;
  if (value.endsWith(unit) && !value.startsWith("[")) return value.slice(0, -unit.length).trimEnd();
  return value;
}

/**
 * Parses nvidia-smi CSV text. Blank lines are skipped; with a header the first non-blank line is
 * the header. Throws {@link CsvParseError} for a row whose cell count differs from the header's.
 */
export function parseCsv(text: string, opts: CsvOptions = {}): CsvTable {
  const lines = text.split(/\r?\n/).map((line, i) => ({ line, no: i + 1 }));
  const nonBlank = lines.filter((l) => l.line.trim() !== "");
  let fields: string[];
  const units: Record<string, string> = {};
  let data = nonBlank;
  if (opts.fields) {
    fields = opts.fields.map((f) => splitHeaderField(f).name);
  } else {
    const header = nonBlank[0];
    if (!header) return { fields: [], units, rows: [] };
    fields = [];
    for (const cell of splitCsvLine(header.line, header.no)) {
      const { name, unit } = splitHeaderField(cell);
      if (name === "") throw new CsvParseError("empty field name in the header", header.no);
      fields.push(name);
      if (unit) units[name] = unit;
    }
    data = nonBlank.slice(1);
  }
  const rows = data.map(({ line, no }) => {
    const cells = splitCsvLine(line, no);
    if (cells.length !== fields.length) {
      throw new CsvParseError(`${cells.length} values for ${fields.length} fields (${fields.join(", ")})`, no);
    }
    const row: Record<string, string | undefined> = {};
    fields.forEach((f, c) => {
      const v = presentValue(cells[c]);
      row[f] = v === undefined ? undefined : stripUnit(v, units[f]);
    });
    return row;
  });
  return { fields, units, rows };
}
