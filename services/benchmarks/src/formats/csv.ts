/**
 * CSV as the benchmarks' Python tools read and write it (RFC 4180 plus what pandas and Python's
 * csv module do in practice), so files round-trip with `pd.read_csv` / `df.to_csv`.
 *
 * Reading: fields separated by `,`, records by LF or CRLF (a lone CR too); a field in double
 * quotes may hold commas, newlines and doubled quotes (`""` → `"`); a UTF-8 BOM before the header is
 * dropped; typographic quotes (“ ” ‘ ’) are ordinary characters. A `"` inside an unquoted field is
 * kept as a character (as Python's csv does). Empty lines between records are skipped (as pandas
 * does). Every record must have as many fields as the header. Errors name the file and the line.
 *
 * Writing: pandas' QUOTE_MINIMAL: a field is quoted only when it holds a comma, a quote, CR or LF;
 * records end with LF.
 */
import { FleetError, FleetErrorCode } from "../../../common/src/errors";

export interface CsvRecord {
  /** 1-based line of the file on which the record starts (the header is line 1). */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

export interface CsvSource {
  /** Names the file in errors. */
  readonly file: string;
  /** SPEC_INVALID when the file comes from a run spec, INVALID_INPUT for `framefleet score`. */
  readonly code: FleetErrorCode;
}

/** Parses CSV text with a header line; throws FleetError(source.code) naming the file and line. */
export function parseCsv(text: string, source: CsvSource): CsvTable {
  const raw = splitRecords(text.startsWith("\uFEFF") ? text.slice(1) : text, source);
  const first = raw[0];
  if (first === undefined) throw new FleetError(source.code, `${source.file}: the file is empty; a CSV with a header line is expected`);
  const header = first.fields;
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== "" && seen.has(name)) {
      throw new FleetError(source.code, `${source.file}: line ${first.line}: column "${name}" appears twice in the header; keep one`);
    }
    seen.add(name);
  }
  const records = raw.slice(1);
  for (const r of records) {
    if (r.fields.length !== header.length) {
      throw new FleetError(
        source.code,
        `${source.file}: line ${r.line}: ${r.fields.length} fields but the header has ${header.length}; quote fields that contain commas`,
      );
    }
  }
  return { header, records };
}

/** Index of a column by name, or undefined. */
export function columnIndex(table: CsvTable, name: string): number | undefined {
  const i = table.header.indexOf(name);
  return i < 0 ? undefined : i;
}

function splitRecords(text: string, source: CsvSource): CsvRecord[] {
  const out: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  // A record that is only an empty line has one empty unquoted field: pandas skips those.
  let quotedField = false;
  let quotedRecord = false;
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    if (!(fields.length === 1 && field === "" && !quotedRecord)) out.push({ line: recordLine, fields });
    fields = [];
    field = "";
    quotedField = false;
    quotedRecord = false;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && field === "" && !quotedField) {
      const start = line;
      quotedField = true;
      quotedRecord = true;
      i++;
      for (;;) {
        if (i >= text.length) throw new FleetError(source.code, `${source.file}: line ${start}: a quoted field is never closed; close it with "`);
        const q = text[i] as string;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\n" || (q === "\r" && text[i + 1] !== "\n")) line++;
        field += q;
        i++;
      }
      const after = text[i];
      if (after !== undefined && after !== "," && after !== "\n" && after !== "\r") {
        throw new FleetError(
          source.code,
          `${source.file}: line ${line}: unexpected ${JSON.stringify(after)} after a closing quote; a quote inside a quoted field must be doubled ("")`,
        );
      }
      continue;
    }
    if (c === ",") {
      fields.push(field);
      field = "";
      quotedField = false;
      i++;
      continue;
    }
    if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== "" || fields.length > 0 || quotedRecord) endRecord();
  return out;
}

/** One field as pandas' to_csv writes it (QUOTE_MINIMAL). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with a header, LF line ends, pandas quoting. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (fields: readonly string[]): string =>
    // Python's csv writes a record that is one empty field as "" so it does not read back as a blank line.
    fields.length === 1 && fields[0] === "" ? '""' : fields.map(csvField).join(",");
  return [header, ...rows].map(line).join("\n") + "\n";
}
