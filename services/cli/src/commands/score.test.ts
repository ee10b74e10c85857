import { resolve } from "node:path";
import { benchmarks } from "../../../benchmarks/src";
import { FleetErrorCode } from "../../../common/src/errors";
import { SCORE_COMMAND, scoreCommand } from "./score";

const DATA = resolve(__dirname, "../../../../../shared/data");

describe("framefleet score: flags and help from the benchmark registry", () => {
  const scorers = benchmarks().flatMap((b) => (b.scorer ? [b.scorer] : []));

  it("lists every registered scorer in its help, and each scorer's own file flags", () => {
    const notes = (SCORE_COMMAND.notes ?? []).join("\n");
    for (const s of scorers) expect(notes).toContain(s.name);
    for (const s of scorers) for (const flag of Object.keys(s.extraFiles ?? {})) expect(Object.keys(SCORE_COMMAND.flags)).toContain(flag);
    expect(SCORE_COMMAND.flags["pc"]?.help).toBe("videophy2: the PC output CSV");
  });

  it("refuses a scorer's flag given to another benchmark, naming who reads it", async () => {
    const err = await scoreCommand(["vbench", "--input", DATA, "--pc", "x.csv"], () => undefined).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: FleetErrorCode.CONFIG_INVALID, message: "--pc is for videophy2 only" });
  });

  it("passes the extra files to the scorer that declared them", async () => {
    let out = "";
    const sa = resolve(DATA, "videophy2/output_sa.csv");
    const pc = resolve(DATA, "videophy2/output_pc.csv");
    await scoreCommand(["videophy2", "--input", sa, "--pc", pc, "--json"], (t) => (out += t));
    expect(JSON.parse(out)).toMatchObject({ joint: 1 });
  });
});
