/**
 * `--help`, `-h` and `framefleet help CMD` on every command, and every declared flag accepted by
 * the command's real parser: the built `framefleet` bin, with the commands and their flags taken
 * from the registry itself (services/cli/src/registry.ts), not from a list written here.
 */
import { flagType, renderCommandHelp, type CommandSpec } from "../services/common/src/flags";
import { COMMANDS } from "../services/cli/src/registry";
import { framefleet } from "./helpers/cli";

/** A command line giving every declared flag once, with a value where it takes one. */
function everyFlag(spec: CommandSpec): string[] {
  return Object.entries(spec.flags).flatMap(([name, f]) => (flagType(f) === "boolean" ? [`--${name}`] : [`--${name}`, "x"]));
}

const specs = COMMANDS.map((c) => [c.spec.name, c.spec] as const);

describe.each(specs)("framefleet %s", (name, spec) => {
  const expected = renderCommandHelp(spec);

  test("--help, -h (even after a bad flag) and framefleet help CMD print its help, naming every flag, exit 0", async () => {
    for (const args of [[name, "--help"], [name, "--not-a-flag", "-h"], ["help", name]]) {
      const r = await framefleet(args, { timeoutMs: 30_000 });
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: "" });
      expect(r.stdout).toBe(expected);
      for (const flag of Object.keys(spec.flags)) expect(r.stdout).toMatch(new RegExp(`^ {2}(-\\w, )?--${flag}\\b`, "m"));
    }
  });

  test("its parser takes every declared flag: only the undeclared one after them is refused (exit 2)", async () => {
    // The parser reads left to right and stops at the first flag it does not know, before the
    // command does anything: an undeclared flag among the declared ones would be named instead.
    const r = await framefleet([name, ...everyFlag(spec), "--zz-not-a-flag"], { timeoutMs: 30_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`framefleet: unknown flag --zz-not-a-flag for framefleet ${name}; framefleet help ${name} lists the flags it takes\n`);
  });
});

test("framefleet --help lists every command and points to framefleet help COMMAND; an unknown command exits 2", async () => {
  const r = await framefleet(["--help"], { timeoutMs: 30_000 });
  expect(r.code).toBe(0);
  for (const [name] of specs) expect(r.stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, "m"));
  expect(r.stdout).toContain("framefleet help COMMAND");
  const bad = await framefleet(["help", "frobnicate"], { timeoutMs: 30_000 });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('unknown command "frobnicate"');
});
