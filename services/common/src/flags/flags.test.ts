import { z } from "zod";
import { FleetErrorCode } from "../errors";
import { configDefault, envVarFor } from "../config/defaults";
import { AGGREGATOR_COMMAND, COORDINATOR_COMMAND, WORKER_COMMAND } from "../config/flags";
import { flagDefault, renderCommandHelp, twoColumns, wrapText } from "./help";
import { parseFlags, wantsHelp } from "./parse";
import type { CommandSpec } from "./spec";
import { thrown } from "../testing/rejection";

const SPEC: CommandSpec = {
  name: "demo-cmd",
  summary: "a command for these tests",
  usage: ["THING [--out FILE]"],
  positionals: true,
  flags: {
    out: { arg: "FILE", short: "o", help: "where to write" },
    format: { arg: "md|json", default: "md", help: "output format" },
    wait: { type: "boolean", help: "wait for it" },
    tag: { arg: "TAG", multiple: true, help: "a tag" },
    "ack-wait": { path: "worker.ack_wait", arg: "DURATION", help: "task lease" },
  },
};

describe("parseFlags", () => {
  test("values by long name, declared defaults filled in, positionals kept, repeatable flags as lists", () => {
    const { values, positionals } = parseFlags(SPEC, ["x.yaml", "-o", "out.md", "--wait", "--tag", "a", "--tag=b"]);
    expect(values).toEqual({ out: "out.md", wait: true, tag: ["a", "b"], format: "md" });
    expect(positionals).toEqual(["x.yaml"]);
  });

  test("an unknown flag is a usage error naming the flag and framefleet help CMD", () => {
    const e = thrown(() => parseFlags(SPEC, ["--bogus", "1"]));
    expect(e.name).toBe("UsageError");
    expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e.flag).toBe("--bogus");
    expect(e.message).toBe("unknown flag --bogus for framefleet demo-cmd; framefleet help demo-cmd lists the flags it takes");
  });

  test("a missing value, a value given to a switch and a stray argument say so", () => {
    expect(thrown(() => parseFlags(SPEC, ["--out"])).message).toBe("demo-cmd --out needs a value; framefleet help demo-cmd lists the flags it takes");
    expect(thrown(() => parseFlags(SPEC, ["--out", "--wait"])).message).toMatch(/^demo-cmd --out needs a value \(one starting with '-' is written --out=-VALUE\)/);
    expect(thrown(() => parseFlags(SPEC, ["--wait=yes"])).message).toMatch(/^demo-cmd --wait is a switch and takes no value;/);
    const noArgs = { ...SPEC, positionals: false };
    expect(thrown(() => parseFlags(noArgs, ["extra"])).message).toBe('demo-cmd takes no arguments, got "extra"; framefleet help demo-cmd lists the flags it takes');
  });
});

describe("wantsHelp", () => {
  test("--help or -h anywhere before --, whatever else the line holds", () => {
    expect(wantsHelp(["--help"])).toBe(true);
    expect(wantsHelp(["run", "--bogus", "-h"])).toBe(true);
    expect(wantsHelp(["run", "--", "--help"])).toBe(false);
    expect(wantsHelp(["--helpful"])).toBe(false);
  });
});

describe("help text", () => {
  const text = renderCommandHelp(SPEC);

  test("usage, then every flag with its placeholder, description and default", () => {
    expect(text.split("\n").slice(0, 4)).toEqual(["framefleet demo-cmd: a command for these tests", "", "Usage:", "  framefleet demo-cmd THING [--out FILE]"]);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("-o, --out FILE where to write [default: none]");
    expect(flat).toContain("--format md|json output format [default: md]");
    expect(flat).toContain("--wait wait for it [default: off]");
    expect(flat).toContain("--tag TAG a tag (repeatable) [default: none]");
    expect(flat).toContain("--ack-wait DURATION task lease [default: 60s; config worker.ack_wait, env FRAMEFLEET_ACK_WAIT]");
    expect(flat).toContain("-h, --help print this help and exit");
  });

  test("fits 80 columns", () => {
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  test("defaultText wins over the configuration's default", () => {
    expect(flagDefault({ path: "worker.node", help: "", defaultText: "the host name" })).toBe("the host name; config worker.node, env FRAMEFLEET_NODE");
  });

  test("wrapText breaks at spaces and keeps a word longer than the width whole", () => {
    expect(wrapText("aa bb cc dd", 5)).toEqual(["aa bb", "cc dd"]);
    expect(wrapText("a verylongword b", 4)).toEqual(["a", "verylongword", "b"]);
  });

  test("notes: a line that fits keeps its layout, a longer one is wrapped with its indent", () => {
    const laid = ["  vbench     a folder", "  mbench     a run folder"];
    const long = `  ${"word ".repeat(30).trim()}`;
    const out = renderCommandHelp({ ...SPEC, notes: [...laid, long] }).trimEnd().split("\n");
    expect(out.slice(-4, -2)).toEqual(laid);
    expect(out.slice(-2).every((l) => l.startsWith("  word") && l.length <= 80)).toBe(true);
  });

  test("twoColumns puts a label longer than the column on its own line", () => {
    expect(twoColumns([["--a", "x"], ["--a-very-long-label", "y"]], 6)).toEqual(["  --a     x", "  --a-very-long-label", "          y"]);
  });
});

describe("configuration defaults for help", () => {
  test("read from the schema as written there: durations and sizes as text, numbers, enums", () => {
    expect(configDefault("worker.ack_wait")).toBe("60s");
    expect(configDefault("worker.memory_margin")).toBe("1GiB");
    expect(configDefault("worker.max_deliver")).toBe("20");
    expect(configDefault("coordinator.http_port")).toBe("7701");
    expect(configDefault("nats.url")).toBe("nats://127.0.0.1:4222");
    expect(configDefault("worker.node")).toBeUndefined();
    expect(envVarFor("nats.url")).toBe("FRAMEFLEET_NATS_URL");
  });

  test("a path the schema does not have throws, so a flag declaring a wrong path fails here", () => {
    expect(() => configDefault("worker.gpus")).toThrow("no configuration field worker.gpus");
    const tiny = z.object({ a: z.object({ b: z.string().default("x") }).prefault({}) });
    expect(configDefault("a.b", tiny)).toBe("x");
  });

  test("every service flag's path is a configuration field", () => {
    for (const cmd of [COORDINATOR_COMMAND, AGGREGATOR_COMMAND, WORKER_COMMAND]) {
      for (const f of Object.values(cmd.flags)) if (f.path !== undefined) expect(() => configDefault(f.path as string)).not.toThrow();
    }
  });
});
