/**
 * Structured JSON logs (winston). Every line carries the service name; task code logs through
 * a child carrying `run` and `task` so a user can grep one video's whole story across services.
 */
import winston from "winston";

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
  debug(msg: string, fields?: LogFields): void {
    this.w.debug(msg, fields);
  }
  info(msg: string, fields?: LogFields): void {
    this.w.info(msg, fields);
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

/**
 * Logs go to stderr so that stdout stays free for command output (`--json`).
 * `FRAMEFLEET_LOG_LEVEL` overrides the level; `silent` turns logging off (tests, CLI).
 */
export function createLogger(service: string, level: LogLevel | "silent" = "info"): Logger {
  const w = winston.createLogger({
    level: level === "silent" ? "error" : level,
    silent: level === "silent",
    defaultMeta: { service, pid: process.pid },
    format: winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json()),
    transports: [new winston.transports.Console({ stderrLevels: ["error", "warn", "info", "debug"] })],
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
