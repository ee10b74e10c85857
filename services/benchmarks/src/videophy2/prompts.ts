/**
 * VideoPhy-2 prompt CSVs. Two forms exist: the public copy (`caption,upsampled_caption`, 591 rows)
 * and the official one, which also has `action`, `category` and `is_hard` (and, in the seed's
 * `videophy2_prompts.csv`, an `id` column 0…599). Both are read; features that need a column the
 * file lacks say which column and which file (see `requireColumn`).
 */
import { assertNoControlChars, decodeUtf8, readRegularFile } from "../../../common/src/encoding";
import { FleetError, type FleetErrorCode } from "../../../common/src/errors";
import { columnIndex, parseCsv, type CsvTable } from "../formats/csv";

export const OPTIONAL_COLUMNS = ["id", "upsampled_caption", "action", "category", "is_hard"] as const;

export interface PromptRow {
  /** Line of the file the row starts on. */
  readonly line: number;
  /** The `id` column when the file has one, else the row's 0-based index among the data rows. */
  readonly id: number;
  readonly caption: string;
  readonly upsampledCaption?: string;
  readonly action?: string;
  readonly category?: string;
  readonly isHard?: boolean;
}

export interface PromptFile {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly PromptRow[];
}

/** Reads and checks a prompt CSV; errors carry `code` and name the file, line and column. */
export async function readPromptFile(file: string, code: FleetErrorCode, label = file): Promise<PromptFile> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (err) {
    throw new FleetError(code, `${label}: cannot read the VideoPhy-2 prompt CSV (${(err as Error).message}); check the path`, { cause: err });
  }
  return parsePromptCsv(decodeUtf8(bytes, label, code), code, label);
}

/** Parses the text of a prompt CSV; a control character anywhere (prompts are in it) is refused with its line. */
export function parsePromptCsv(text: string, code: FleetErrorCode, file: string): PromptFile {
  assertNoControlChars(text, file, code);
  const table = parseCsv(text, { file, code });
  const col = (name: string): number | undefined => columnIndex(table, name);
  const captionCol = col("caption");
  if (captionCol === undefined) {
    throw new FleetError(code, `${file}: no "caption" column (columns: ${describeColumns(table)}); a VideoPhy-2 prompt CSV needs caption`);
  }
  const idCol = col("id");
  const seenIds = new Map<number, number>();
  const rows = table.records.map((r, index): PromptRow => {
    const get = (c: number | undefined): string | undefined => (c === undefined ? undefined : (r.fields[c] ?? ""));
    const caption = get(captionCol) ?? "";
    if (caption.trim() === "") throw new FleetError(code, `${file}: line ${r.line}: column caption is empty; every row needs a caption`);
    const id = idCol === undefined ? index : parseId(get(idCol) ?? "", file, r.line, code);
    const dup = seenIds.get(id);
    if (dup !== undefined) throw new FleetError(code, `${file}: line ${r.line}: id ${id} was already used on line ${dup}; ids must be unique`);
    seenIds.set(id, r.line);
    const hard = get(col("is_hard"));
    return {
      line: r.line,
      id,
      caption,
      ...optional("upsampledCaption", get(col("upsampled_caption"))),
      ...optional("action", get(col("action"))),
      ...optional("category", get(col("category"))),
      ...(hard === undefined ? {} : { isHard: parseBool(hard, file, r.line, code) }),
    };
  });
  return { file, columns: [...table.header], rows };
}

/** Throws unless the file has `column`; `feature` says what needs it. */
export function requireColumn(prompts: PromptFile, column: string, feature: string, code: FleetErrorCode): void {
  if (prompts.columns.includes(column)) return;
  throw new FleetError(
    code,
    `${prompts.file}: no "${column}" column (it has ${prompts.columns.join(", ")}); ${feature} needs it. ` +
      `Use the official VideoPhy-2 prompt CSV, which has action, category and is_hard`,
  );
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Partial<Record<K, string>>);
}

function parseId(text: string, file: string, line: number, code: FleetErrorCode): number {
  const t = text.trim();
  // pandas may write integer ids as floats ("3.0").
  if (!/^\d+(\.0+)?$/.test(t)) throw new FleetError(code, `${file}: line ${line}: column id is "${text}", not a non-negative integer`);
  return Number.parseInt(t, 10);
}

/** is_hard as pandas writes booleans (True/False) or as 0/1. */
export function parseBool(text: string, file: string, line: number, code: FleetErrorCode): boolean {
  const t = text.trim().toLowerCase();
  if (["true", "1", "1.0", "yes"].includes(t)) return true;
  if (["false", "0", "0.0", "no"].includes(t)) return false;
  throw new FleetError(code, `${file}: line ${line}: column is_hard is "${text}"; expected True/False or 1/0`);
}

function describeColumns(table: CsvTable): string {
  return table.header.map((h) => (h === "" ? "(unnamed)" : h)).join(", ");
}
