/**
 * Aligned plain-text tables for terminal output (`status`, `nodes`, `devices`), in the
 * kubectl style: a header line, two spaces between columns, no borders.
 */

import { escapeControl } from "../../../common/src/safe-text";

/** Column alignment: "l" left, "r" right. */
export type Align = "l" | "r";

/** Options of {@link renderTable}. */
export interface TableOptions {
  /**
   * Alignment per column. A column without an entry is right-aligned when every value in it
   * is a number (so digits line up) and left-aligned otherwise.
   */
  align?: Align[];
}

const GAP = "  ";

/**
 * One line per cell: a newline or tab inside a value would break the columns. Cells carry text
 * from outside (device and process names from nvidia-smi, errors quoting a backend's stderr),
 * so every other control character is shown escaped (safe-text.ts), never sent to the terminal.
 */
function flat(value: string | number): string {
  return escapeControl(String(value).replace(/[\r\n\t]+/g, " "));
}

/**
 * Renders `rows` under `headers` with aligned columns. Returns the lines joined by "\n",
 * without a trailing newline; lines carry no trailing spaces. Rows shorter than the header
 * are padded with empty cells.
 */
export function renderTable(headers: string[], rows: (string | number)[][], opts: TableOptions = {}): string {
  const columns = rows.reduce((n, r) => Math.max(n, r.length), headers.length);
  const align: Align[] = [];
  for (let c = 0; c < columns; c++) {
    const numeric = rows.length > 0 && rows.every((r) => typeof r[c] === "number");
    align.push(opts.align?.[c] ?? (numeric ? "r" : "l"));
  }
  const cells = [headers, ...rows].map((r) => Array.from({ length: columns }, (_, c) => flat(r[c] ?? "")));
  const widths = align.map((_, c) => cells.reduce((w, r) => Math.max(w, [...(r[c] ?? "")].length), 0));
  return cells
    .map((r) =>
      r
        .map((text, c) => {
          const pad = " ".repeat((widths[c] ?? 0) - [...text].length);
          return align[c] === "r" ? pad + text : text + pad;
        })
        .join(GAP)
        .trimEnd(),
    )
    .join("\n");
}
