/**
 * `framefleet help COMMAND` / `framefleet COMMAND --help`: the command's usage and every flag it
 * accepts with its default and one line on what it does, written from the same declaration the
 * parser reads. Lines are wrapped to 80 columns.
 */
import { configDefault, envVarFor } from "../config/defaults";
import { flagType, type CommandSpec, type FlagDecl } from "./spec";

/** Width help is wrapped to: what a terminal shows without wrapping it itself. */
export const HELP_COLUMNS = 80;
/** Flag labels longer than this put their description on the next line. */
const LABEL_MAX = 24;

/** `--out FILE`, `-o, --out FILE`, `--wait`. */
export function flagLabel(name: string, f: FlagDecl): string {
  const value = flagType(f) === "string" ? ` ${f.arg ?? "VALUE"}` : "";
  return `${f.short ? `-${f.short}, ` : ""}--${name}${value}`;
}

/** The default in words, with the configuration field and variable the flag stands for. */
export function flagDefault(f: FlagDecl): string {
  const fromConfig = f.path !== undefined ? configDefault(f.path) : undefined;
  const value = f.defaultText ?? f.default ?? fromConfig ?? (flagType(f) === "boolean" ? "off" : "none");
  if (f.path === undefined) return value;
  const env = envVarFor(f.path);
  return `${value}; config ${f.path}${env ? `, env ${env}` : ""}`;
}

/** Splits `text` into lines of at most `width` characters at spaces (a longer word stays whole). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * Two columns: a label, then its text wrapped beside it (or below it when the label is longer
 * than `labelMax`). The label column is as wide as the longest label, at least `minWidth`.
 */
export function twoColumns(rows: readonly (readonly [string, string])[], labelMax: number, minWidth = 0, indent = 2): string[] {
  const width = Math.min(labelMax, Math.max(minWidth, ...rows.map(([l]) => l.length)));
  const pad = " ".repeat(indent + width + 2);
  const textWidth = Math.max(20, HELP_COLUMNS - pad.length);
  return rows.flatMap(([label, text]) => {
    const wrapped = wrapText(text, textWidth);
    const lead = `${" ".repeat(indent)}${label}`;
    if (label.length > width) return [lead, ...wrapped.map((l) => `${pad}${l}`)];
    return wrapped.map((l, i) => (i === 0 ? `${lead.padEnd(pad.length)}${l}` : `${pad}${l}`));
  });
}

/** A note wrapped to the help width, its continuation lines indented as its first. */
function wrapNote(note: string): string[] {
  // A line that fits stays as it is: notes may be laid out already (a table of benchmarks).
  if (note.length <= HELP_COLUMNS) return [note];
  const indent = /^ */.exec(note)?.[0] ?? "";
  return wrapText(note, HELP_COLUMNS - indent.length).map((l) => `${indent}${l}`);
}

export function renderCommandHelp(spec: CommandSpec): string {
  const rows: [string, string][] = Object.entries(spec.flags).map(([name, f]) => [
    flagLabel(name, f),
    `${f.help}${f.multiple ? " (repeatable)" : ""} [default: ${flagDefault(f)}]`,
  ]);
  rows.push(["-h, --help", "print this help and exit"]);
  return [
    ...wrapText(`framefleet ${spec.name}: ${spec.summary}`, HELP_COLUMNS),
    "",
    "Usage:",
    ...spec.usage.map((u) => `  framefleet ${spec.name}${u ? ` ${u}` : ""}`),
    "",
    "Flags:",
    ...twoColumns(rows, LABEL_MAX),
    ...(spec.notes && spec.notes.length > 0 ? ["", ...spec.notes.flatMap(wrapNote)] : []),
    "",
  ].join("\n");
}
