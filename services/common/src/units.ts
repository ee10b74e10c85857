/**
 * Parsing of human-written durations and sizes ("30s", "10m", "80GiB") into numbers with a
 * unit in their name (`…Ms`, `…MiB`). Bad values throw with the field named.
 */
import { FleetError, FleetErrorCode } from "./errors";

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "1500" (ms), "1.5s", "10m", "2h", "1h30m" → milliseconds. */
export function parseDurationMs(value: string | number, field = "duration"): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) throw badValue(field, String(value), "a duration such as 30s, 10m or 1500ms");
    return value;
  }
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * (DURATION_UNITS[m[2] as string] as number);
    matched = re.lastIndex;
  }
  if (matched === 0 || matched !== text.length) throw badValue(field, value, "a duration such as 30s, 10m or 1500ms");
  return Math.round(total);
}

const SIZE_UNITS: Record<string, number> = {
  "": 1,
  mib: 1,
  mb: 1e6 / 2 ** 20,
  gib: 1024,
  gb: 1e9 / 2 ** 20,
  tib: 1024 * 1024,
  g: 1024,
  m: 1,
};

/** "80GiB", "80G", "81920", "500MiB" → MiB (a bare number is MiB, as nvidia-smi reports). */
export function parseSizeMiB(value: string | number, field = "size"): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) throw badValue(field, String(value), "a size such as 80GiB or 40960MiB");
    return value;
  }
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  const factor = m ? SIZE_UNITS[(m[2] ?? "").toLowerCase()] : undefined;
  if (!m || factor === undefined) throw badValue(field, value, "a size such as 80GiB or 40960MiB");
  return Math.round(Number(m[1]) * factor);
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

function badValue(field: string, value: string, expected: string): FleetError {
  return new FleetError(FleetErrorCode.CONFIG_INVALID, `${field}: "${value}" is not ${expected}`);
}
