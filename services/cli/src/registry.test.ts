/**
 * Every command's declaration against its parser and its help, iterating the registry: a flag a
 * command declares must be accepted by the parser and listed by help, and help and usage must
 * name no flag that is not declared.
 */
import { flagType, parseFlags, renderCommandHelp, type CommandSpec } from "../../common/src/flags";
import { configDefault } from "../../common/src/config";
import { globalHelp } from "./help";
import { COMMANDS, findCommand } from "./registry";

/** A command line giving every declared flag once, with a value where it takes one. */
function everyFlag(spec: CommandSpec): string[] {
  return Object.entries(spec.flags).flatMap(([name, f]) => (flagType(f) === "boolean" ? [`--${name}`] : [`--${name}`, "x"]));
}

const names = COMMANDS.map((c) => c.spec.name);

test("the registry has every command of the CLI contract, once", () => {
  expect([...names].sort()).toEqual(
    ["aggregator", "cancel", "coordinator", "demo", "devices", "drain", "nodes", "report", "retry", "score", "status", "submit", "undrain", "up", "worker"].sort(),
  );
  expect(findCommand("submit")?.spec.name).toBe("submit");
});

describe.each(names)("framefleet %s", (name) => {
  const spec = (findCommand(name) as (typeof COMMANDS)[number]).spec;

  test("its parser accepts every flag it declares", () => {
    const { values } = parseFlags(spec, everyFlag(spec));
    for (const [flag, f] of Object.entries(spec.flags)) expect(values[flag]).toEqual(flagType(f) === "boolean" ? true : f.multiple ? ["x"] : "x");
  });

  test("its help lists every flag it declares, with a default, and -h/--help", () => {
    const help = renderCommandHelp(spec);
    const listed = [...help.matchAll(/^ {2}(?:-\w, )?--([a-z][a-z-]*)/gm)].map((m) => m[1]);
    expect(listed).toEqual([...Object.keys(spec.flags), "help"]);
    expect(help.replace(/\s+/g, " ").match(/\[default: /g)).toHaveLength(Object.keys(spec.flags).length);
    for (const line of help.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  test("its usage lines name declared flags only, and each config path exists", () => {
    for (const u of spec.usage) for (const m of u.matchAll(/--([a-z][a-z-]*)/g)) expect(Object.keys(spec.flags)).toContain(m[1]);
    for (const f of Object.values(spec.flags)) if (f.path) expect(() => configDefault(f.path as string)).not.toThrow();
  });
});

test("framefleet --help lists every command, points to framefleet help COMMAND, and fits 80 columns", () => {
  const text = globalHelp();
  for (const name of names) expect(text).toMatch(new RegExp(`^ {2}${name} +\\S`, "m"));
  expect(text).toContain("framefleet help COMMAND");
  for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
});
