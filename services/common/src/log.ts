/**
 * Structured JSON logs (winston). Every line carries the service name; task code logs through
 * a child carrying `run` and `task` so a user can grep one video's whole story across services.
 * Every line is bounded and made safe to print (log-bounds.ts), whatever a caller passes.
 */
import type { Writable } from "node:stream";
import winston from "winston";
import { boundFields, boundLine } from "./log-bounds";

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export const LOG_LEVELS = ["error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

class WinstonLogger implements Logger {
  constructor(private readonly w: winston.Logger) {}
  // A line below the level costs nothing but this check: winston would build and stream it first.
  debug(msg: string, fields?: LogFields): void {
    if (this.w.isDebugEnabled()) this.w.debug(msg, fields);
  }
  info(msg: string, fields?: LogFields): void {
    if (this.w.isInfoEnabled()) this.w.info(msg, fields);
  }
  warn(msg: string, fields?: LogFields): void {
    this.w.warn(msg, fields);
  }
  error(msg: string, fields?: LogFields): void {
    this.w.error(msg, fields);
  }
  child(fields: LogFields): Logger {
    return new WinstonLogger(this.w.child(fields));
  }
}

/** winston keeps the finished line under this symbol (triple-beam's MESSAGE). */
const LINE = Symbol.for("message");

/** Cuts long fields and escapes control characters before the line is made (log-bounds.ts). */
const bounded = winston.format((info) => {
  boundFields(info as Record<string, unknown>);
  return info;
});

/** Replaces a line that is still too long with a short one naming what it left out. */
const boundedLine = winston.format((info) => {
  const rec = info as unknown as Record<string | symbol, unknown>;
  const line = rec[LINE];
  if (typeof line === "string") rec[LINE] = boundLine(line, info as Record<string, unknown>);
  return info;
});

export interface LoggerOptions {
  /** Where lines go instead of stderr (tests read them back). */
  readonly stream?: Writable;
}

/**
 * Logs go to stderr so that stdout stays free for command output (`--json`).
 * `FRAMEFLEET_LOG_LEVEL` overrides the level; `silent` turns logging off (tests, CLI).
 */
export function createLogger(service: string, level: LogLevel | "silent" = "info", opts: LoggerOptions = {}): Logger {
  const w = winston.createLogger({
    level: level === "silent" ? "error" : level,
    silent: level === "silent",
    defaultMeta: { service, pid: process.pid },
    format: winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), bounded(), winston.format.json(), boundedLine()),
    transports: [opts.stream ? new winston.transports.Stream({ stream: opts.stream }) : new winston.transports.Console({ stderrLevels: ["error", "warn", "info", "debug"] })],
  });
  return new WinstonLogger(w);
}

/** A logger that drops everything: for unit tests and library defaults. */
export const nullLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return nullLogger;
  },
};

/** Error fields for a log line: message, code and (at debug) the stack. */
export function errorFields(err: unknown): LogFields {
  if (err instanceof Error) {
    return { error: err.message, code: (err as { code?: unknown }).code, errorName: err.name };
  }
  return { error: String(err) };
}
