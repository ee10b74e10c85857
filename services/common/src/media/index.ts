/** Media helpers: ffprobe metadata, raw frame decoding, file hashing (all through real ffmpeg). */
export { probeVideo, DEFAULT_PROBE_TIMEOUT_MS, parseRate } from "./ffprobe";
export type { VideoProbe, ProbeOptions } from "./ffprobe";
export { readFrames } from "./frames";
export type { ReadFramesOptions } from "./frames";
export { sha256File } from "./sha256";
// Process helpers for code that runs ffmpeg itself (the synthetic backend).
export { runMediaTool, mediaInputArg } from "./ffprobe";
export type { MediaToolOptions, MediaToolResult } from "./ffprobe";
// Poster frames, made by the generator worker beside each video it commits.
export { makePoster, posterPathFor, PREVIEWS_DIR, POSTER_WIDTH, DEFAULT_POSTER_TIMEOUT_MS } from "./poster";
export type { PosterOptions } from "./poster";
