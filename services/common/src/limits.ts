/**
 * Every limit on what one run may ask for, in one place (docs/run-spec.md#limits).
 *
 * A run spec travels in one gRPC request and is stored in one KV record; each planned video
 * becomes one task message and one item record, each a single NATS message. NATS refuses any
 * message above the server's `max_payload` (1 MB by default), and an item record grows after
 * planning (errors, scores, timings), so the limits below keep each message well under it: a
 * quarter of `max_payload` for a spec or a planned message, at most 256 KiB. On a server with a
 * smaller `max_payload` the limits shrink with it.
 *
 * The number of videos is capped as well (`coordinator.max_videos_per_run`): the coordinator
 * keeps every item of a run in progress in memory, so the cap is what bounds its memory.
 */
import { FleetErrorCode, ValidationError } from "./errors";

/** The largest run spec (UTF-8 bytes of its YAML) on a NATS server with the default max_payload. */
export const SPEC_MAX_BYTES = 256 * 1024;
/** The largest planned task message or item record, likewise. */
export const MESSAGE_MAX_BYTES = 256 * 1024;
/** The largest prompt of one video, likewise. */
export const PROMPT_MAX_BYTES = 64 * 1024;
/** nats-server's default max_payload, assumed when the server does not say. */
export const NATS_DEFAULT_MAX_PAYLOAD = 1024 * 1024;
/** Default of coordinator.max_videos_per_run (docs/performance.md measures planning at it). */
export const DEFAULT_MAX_VIDEOS_PER_RUN = 100_000;
/**
 * The largest Control API request the coordinator reads (gRPC's own default, set explicitly):
 * far above SPEC_MAX_BYTES plus the request's paths, so an oversized spec reaches the
 * coordinator's own check and gets its error naming the limit, not a transport error.
 */
export const CONTROL_MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/**
 * The largest Control API answer the CLI reads. gRPC's default (4 MiB) is less than the report of
 * a run of ~5,000 videos (report.json is ~0.9 KB per video), so `framefleet report` and
 * `submit --wait` failed on the sweeps they are for; 512 MiB holds a run at the 100,000-video cap
 * several times over.
 */
export const CONTROL_MAX_RESPONSE_BYTES = 512 * 1024 * 1024;

/** The limits a coordinator applies to one submitted run. */
export interface RunLimits {
  /** UTF-8 bytes of the spec's YAML. */
  readonly specBytes: number;
  /** Encoded bytes of each planned task message and item record. */
  readonly messageBytes: number;
  /** UTF-8 bytes of each video's prompt. */
  readonly promptBytes: number;
  /** Videos (generation tasks) of one run. */
  readonly maxVideos: number;
  /** The NATS server's max_payload the byte limits were derived from. */
  readonly natsMaxPayload: number;
}

/** The limits for a NATS server with this max_payload and a coordinator with this video cap. */
export function runLimits(natsMaxPayload: number | undefined, maxVideos: number): RunLimits {
  const payload = natsMaxPayload && natsMaxPayload > 0 ? natsMaxPayload : NATS_DEFAULT_MAX_PAYLOAD;
  const quarter = Math.floor(payload / 4);
  return {
    specBytes: Math.min(SPEC_MAX_BYTES, quarter),
    messageBytes: Math.min(MESSAGE_MAX_BYTES, quarter),
    promptBytes: Math.min(PROMPT_MAX_BYTES, Math.floor(quarter / 4)),
    maxVideos,
    natsMaxPayload: payload,
  };
}

/** 262144 → "262,144 bytes (256 KiB)". */
export function formatBytes(n: number): string {
  const exact = `${n.toLocaleString("en-US")} bytes`;
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${exact} (${n / (1024 * 1024)} MiB)`;
  if (n >= 1024 && n % 1024 === 0) return `${exact} (${n / 1024} KiB)`;
  return exact;
}

/** Where a byte limit comes from, for error messages. */
export function byteLimitSource(limit: number, fixed: number, limits: Pick<RunLimits, "natsMaxPayload">): string {
  return limit < fixed ? `shrunk from ${formatBytes(fixed)} to fit NATS max_payload ${formatBytes(limits.natsMaxPayload)}` : "docs/run-spec.md#limits";
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * The spec's size against the limit, before anything parses it; `source` names the file or
 * "request". Throws SPEC_INVALID (exit 2) naming the size and the limit.
 */
export function assertSpecSize(specYaml: string, source: string, limits: Pick<RunLimits, "specBytes" | "natsMaxPayload">): void {
  const bytes = utf8Bytes(specYaml);
  if (bytes <= limits.specBytes) return;
  throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source}`, [specSizeIssue(bytes, limits)]);
}

export function specSizeIssue(bytes: number, limits: Pick<RunLimits, "specBytes" | "natsMaxPayload">): string {
  return (
    `size: the spec is ${formatBytes(bytes)}; a run spec may have at most ${formatBytes(limits.specBytes)} ` +
    `(${byteLimitSource(limits.specBytes, SPEC_MAX_BYTES, limits)}); put long prompt lists in a file (synthetic.prompts_file) instead`
  );
}

/**
 * The issue line of a plan with more videos than the cap: `arithmetic` shows how the spec's
 * numbers make the count ("1,000 × 5"); without it the count is what planning found.
 */
export function videoCountIssue(field: string, count: number, maxVideos: number, arithmetic?: string): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const counted = arithmetic ? `${arithmetic} = ${n(count)} videos` : `the spec and the files it names plan ${n(count)} videos`;
  return `${field}: ${counted}; a run may have at most ${n(maxVideos)} videos (coordinator.max_videos_per_run); split it into several runs`;
}
