/**
 * Test support (used only by tests): the real nvidia-smi captures in shared/data/nvidia-smi,
 * cut into sections by their banner titles, and fake `nvidia-smi` executables that print them.
 *
 * A capture is a header followed by sections like
 *
 *     ################################################################################
 *     # load :: query-gpu (csv, what the exporter parses)
 *     # $ nvidia-smi --query-gpu=... --format=csv
 *     ################################################################################
 *     <raw output>
 *
 * `section("load :: query-gpu")` returns the raw output of the section whose title starts with
 * that text (up to a space or the end: "idle :: query" is the `-q` section, not query-gpu).
 * Tests check parsed values against this text, never against numbers copied by hand.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../../common/src/version";

/** Where the captures live: `shared/` sits beside the repository (here and on CI). */
export const CAPTURES_DIR = join(PACKAGE_ROOT, "..", "shared", "data", "nvidia-smi");

export type CaptureMode = "idle" | "load";

export interface Capture {
  readonly file: string;
  readonly text: string;
  /** Every banner title in file order. */
  readonly titles: readonly string[];
  /** The raw output under the banner titled `title` (see the module comment); throws if none or several. */
  section(title: string): string;
  /** The `# $ nvidia-smi ...` command line of that section, or undefined. */
  command(title: string): string | undefined;
}

const BANNER = /^#{20,}\s*$/;

/** The capture file names; throws with what to do when the folder is missing (never skips). */
export function captureFiles(): string[] {
  if (!existsSync(CAPTURES_DIR)) {
    throw new Error(
      `nvidia-smi captures not found at ${CAPTURES_DIR}: these tests need the shared/ folder beside the repository (shared/data/nvidia-smi/*.txt)`,
    );
  }
  const files = readdirSync(CAPTURES_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  if (files.length === 0) throw new Error(`no *.txt nvidia-smi captures in ${CAPTURES_DIR}`);
  return files;
}

interface Section {
  readonly title: string;
  readonly command?: string;
  readonly body: string;
}

function cutSections(text: string): Section[] {
  const lines = text.split("\n");
  const sections: Section[] = [];
  let i = 0;
  while (i < lines.length) {
    // A banner block: a #### line, "# title", optional "# ..." lines, a closing #### line.
    if (BANNER.test(lines[i] as string) && /^# \S/.test(lines[i + 1] ?? "") && !BANNER.test(lines[i + 1] as string)) {
      const title = (lines[i + 1] as string).slice(2).trim();
      let j = i + 2;
      let command: string | undefined;
      while (j < lines.length && !BANNER.test(lines[j] as string)) {
        const m = /^# \$ (.*)$/.exec(lines[j] as string);
        if (m) command = (m[1] as string).trim();
        j++;
      }
      let k = j + 1;
      while (k < lines.length && !BANNER.test(lines[k] as string)) k++;
      const bodyLines = lines.slice(j + 1, k);
      while (bodyLines.length > 0 && (bodyLines[bodyLines.length - 1] as string).trim() === "") bodyLines.pop();
      sections.push({ title, ...(command !== undefined ? { command } : {}), body: bodyLines.length > 0 ? `${bodyLines.join("\n")}\n` : "" });
      i = k;
      continue;
    }
    i++;
  }
  return sections;
}

export function loadCapture(file: string): Capture {
  captureFiles();
  const text = readFileSync(join(CAPTURES_DIR, file), "utf8");
  const sections = cutSections(text);
  const find = (title: string): Section => {
    const hits = sections.filter((s) => s.title === title || s.title.startsWith(`${title} `));
    if (hits.length !== 1) {
      throw new Error(`${file}: ${hits.length === 0 ? "no" : hits.length} section(s) titled "${title}" (titles: ${sections.map((s) => s.title).join(" | ")})`);
    }
    return hits[0] as Section;
  };
  return {
    file,
    text,
    titles: sections.map((s) => s.title),
    section: (title) => find(title).body,
    command: (title) => find(title).command,
  };
}

/** The titles of the sections a fake nvidia-smi prints for discovery's four calls. */
export function discoverySections(mode: CaptureMode): { queryGpu: string; computeApps: string; list: string; detail: string } {
  return {
    queryGpu: `${mode} :: query-gpu`,
    computeApps: `${mode} :: query-compute-apps`,
    // The captures hold -L once, among the capabilities (MIG layout is the same idle and loaded).
    list: "capabilities :: list (-L)",
    detail: `${mode} :: query (-q)`,
  };
}

export interface FakeNvidiaSmiOptions {
  /** Body of the script instead of answering from the capture (e.g. "sleep 30"). */
  readonly script?: string;
  /** Sections to print, keyed by the call: the capture's `mode` sections by default. */
  readonly outputs?: Partial<Record<"queryGpu" | "computeApps" | "list" | "detail", string>>;
  /**
   * A path: while a file exists there, every call fails as nvidia-smi does when it cannot talk to
   * the driver (its message, exit code 9), so a test can break discovery and mend it again.
   */
  readonly failWhileExists?: string;
}

/** What nvidia-smi prints (exit code 9) when the driver is not loaded or does not answer. */
export const DRIVER_DOWN_MESSAGE =
  "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.";

/**
 * Writes an executable `nvidia-smi` into `dir` that answers discovery's calls from a capture's
 * sections (chosen by its first argument), logs each call's arguments (one line, space-joined)
 * to `dir/calls.log` and its pid to `dir/pids.log`. Returns the path.
 */
export function writeFakeNvidiaSmi(dir: string, capture: Capture | undefined, mode: CaptureMode, opts: FakeNvidiaSmiOptions = {}): string {
  const titles = discoverySections(mode);
  const outFiles: Record<string, string> = {};
  for (const key of ["queryGpu", "computeApps", "list", "detail"] as const) {
    const body = opts.outputs?.[key] ?? (capture ? capture.section(titles[key]) : "");
    const p = join(dir, `${key}.out`);
    writeFileSync(p, body);
    outFiles[key] = p;
  }
  const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  const bin = join(dir, "nvidia-smi");
  const body =
    opts.script ??
    `case "$1" in
  --query-gpu=*) cat ${q(outFiles.queryGpu as string)} ;;
  --query-compute-apps=*) cat ${q(outFiles.computeApps as string)} ;;
  -L) cat ${q(outFiles.list as string)} ;;
  -q) cat ${q(outFiles.detail as string)} ;;
  *) echo "fake nvidia-smi: unexpected arguments: $*" >&2; exit 2 ;;
esac`;
  const broken = opts.failWhileExists === undefined ? "" : `if [ -e ${q(opts.failWhileExists)} ]; then echo ${q(DRIVER_DOWN_MESSAGE)}; exit 9; fi\n`;
  writeFileSync(
    bin,
    `#!/usr/bin/env bash
echo "$*" >> ${q(join(dir, "calls.log"))}
echo "$$" >> ${q(join(dir, "pids.log"))}
${broken}${body}
`,
  );
  chmodSync(bin, 0o755);
  return bin;
}

/** Lines of a file written by the fake (calls.log, pids.log); [] when it was never run. */
export function fakeLog(dir: string, name: "calls.log" | "pids.log"): string[] {
  const p = join(dir, name);
  return existsSync(p) ? readFileSync(p, "utf8").split("\n").filter((l) => l !== "") : [];
}

/*
 * Independent readers of the raw text, for cross-checks: deliberately simple regexes over the
 * human-readable outputs, not the parsers under test.
 */

/** `-q`: the value of `child` under the GPU-level heading `heading` ("FB Memory Usage" → "Used"). */
export function qGpuValue(qText: string, heading: string, child: string): string | undefined {
  const lines = qText.split("\n");
  const start = lines.findIndex((l) => l.trimEnd() === `    ${heading}`);
  if (start < 0) return undefined;
  for (let i = start + 1; i < lines.length && /^ {8}/.test(lines[i] as string); i++) {
    const m = /^ {8}(\S.*?)\s+: (.*)$/.exec(lines[i] as string);
    if (m && m[1] === child) return (m[2] as string).trim();
  }
  return undefined;
}

/** `-q`: the value of a GPU-level `Key : value` line ("GPU UUID", "Product Name"). */
export function qGpuLine(qText: string, key: string): string | undefined {
  const m = new RegExp(`^ {4}${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+: (.*)$`, "m").exec(qText);
  return m ? (m[1] as string).trim() : undefined;
}

/** `-q`: every "Process ID" with its "Used GPU Memory" (MiB, NaN when N/A) and "GPU instance ID". */
export function qProcesses(qText: string): { pid: number; usedMiB: number; gi: string }[] {
  const out: { pid: number; usedMiB: number; gi: string }[] = [];
  let gi = "";
  for (const line of qText.split("\n")) {
    const g = /^\s+GPU instance ID\s+: (.*)$/.exec(line);
    if (g) gi = (g[1] as string).trim();
    const p = /^\s+Process ID\s+: (\d+)$/.exec(line);
    if (p) out.push({ pid: Number(p[1]), usedMiB: NaN, gi });
    const u = /^\s+Used GPU Memory\s+: (.*)$/.exec(line);
    const last = out[out.length - 1];
    if (u && last) last.usedMiB = parseInt(u[1] as string, 10);
  }
  return out;
}

/** The default table's GPU row: "  19818MiB /  81559MiB" and its "100%" / "N/A" utilisation. */
export function tableGpuMemory(table: string): { usedMiB: number; totalMiB: number; util: string } {
  const m = /\|\s+(\d+)MiB\s*\/\s*(\d+)MiB\s*\|\s+(\S+)\s/.exec(table);
  if (!m) throw new Error("no GPU memory usage in the default table");
  return { usedMiB: Number(m[1]), totalMiB: Number(m[2]), util: m[3] as string };
}

/** The default table's "MIG devices" rows: GPU, GI, CI, MIG device, used/total shared memory. */
export function tableMigRows(table: string): { gpu: number; gi: number; ci: number; dev: number; usedMiB: number; totalMiB: number }[] {
  return [...table.matchAll(/^\|\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+\|\s+(\d+)MiB\s*\/\s*(\d+)MiB/gm)].map((m) => ({
    gpu: Number(m[1]),
    gi: Number(m[2]),
    ci: Number(m[3]),
    dev: Number(m[4]),
    usedMiB: Number(m[5]),
    totalMiB: Number(m[6]),
  }));
}

/** The default table's process rows: GPU, GI, CI ("N/A" outside MIG), pid, type, name, MiB. */
export function tableProcesses(table: string): { gpu: number; gi: string; ci: string; pid: number; type: string; name: string; usedMiB: number }[] {
  return [...table.matchAll(/^\|\s+(\d+)\s+(\S+)\s+(\S+)\s+(\d+)\s+(C\+G|C|G)\s+(\S+)\s+(\d+)MiB\s*\|/gm)].map((m) => ({
    gpu: Number(m[1]),
    gi: m[2] as string,
    ci: m[3] as string,
    pid: Number(m[4]),
    type: m[5] as string,
    name: m[6] as string,
    usedMiB: Number(m[7]),
  }));
}

/** `-L`: the "MIG <profile> Device <n>: (UUID: …)" lines as written. */
export function listMigLines(list: string): { profile: string; dev: number; uuid: string }[] {
  return [...list.matchAll(/^\s+MIG (\S+)\s+Device\s+(\d+): \(UUID: (\S+)\)$/gm)].map((m) => ({
    profile: m[1] as string,
    dev: Number(m[2]),
    uuid: m[3] as string,
  }));
}
