export { flagType, type CommandSpec, type FlagDecl, type FlagDecls } from "./spec";
export { helpHint, parseArgsOptions, parseFlags, wantsHelp, type FlagValues, type ParsedFlags } from "./parse";
export { HELP_COLUMNS, flagDefault, flagLabel, renderCommandHelp, twoColumns, wrapText } from "./help";
