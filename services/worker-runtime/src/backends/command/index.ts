/** The command backend: one program run per task from an argv template, never through a shell. */
export { CommandBackendFactory, resolveProgram } from "./factory";
export type { CommandBackendOptions } from "./factory";
export { parseCommandTemplate, expandCommandTemplate, PLACEHOLDER_NAMES } from "./template";
export type { CommandTemplate, PlaceholderName, TemplatePart, TemplateValues } from "./template";
export { PROGRESS_PREFIX, DEFAULT_KILL_GRACE_MS, parseProgressLine } from "./child";
