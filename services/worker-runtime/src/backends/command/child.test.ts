import { FleetErrorCode } from "../../../../common/src/errors";
import { LineSplitter, parseProgressLine, runChild } from "./child";
import { exitFailure } from "./run";
import { recordingLogger } from "../../../../common/src/testing/recording-logger";

describe("LineSplitter", () => {
  it("splits on \\n, \\r\\n and \\r, keeps UTF-8 split across chunks, flushes the rest at end", () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    const bytes = Buffer.from("one\r\ntwo\n 10%|█\r 20%|██\rlast é", "utf8");
    // Cut inside the 3-byte "█" and the 2-byte "é".
    const cuts = [5, bytes.indexOf(Buffer.from("█")) + 1, bytes.length - 1];
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      s.push(bytes.subarray(from, cut));
      from = cut;
    }
    s.end();
    expect(lines).toEqual(["one", "two", " 10%|█", " 20%|██", "last é"]);
  });

  it("cuts a line longer than 4096 characters into pieces", () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    s.push(Buffer.from("x".repeat(5000) + "\n"));
    expect(lines.map((l) => l.length)).toEqual([4096, 904]);
  });
});

describe("parseProgressLine", () => {
  it("reads a fraction and an optional stage, clamped to [0, 1]", () => {
    expect(parseProgressLine("FRAMEFLEET_PROGRESS 0.5")).toEqual({ fraction: 0.5 });
    expect(parseProgressLine("FRAMEFLEET_PROGRESS 0.42 denoising step 21/50  ")).toEqual({ fraction: 0.42, stage: "denoising step 21/50" });
    expect(parseProgressLine("FRAMEFLEET_PROGRESS 1.7")).toEqual({ fraction: 1 });
  });

  it("leaves other and malformed lines alone", () => {
    expect(parseProgressLine("FRAMEFLEET_PROGRESS half")).toBeUndefined();
    expect(parseProgressLine("FRAMEFLEET_PROGRESSX 0.5")).toBeUndefined();
    expect(parseProgressLine("step FRAMEFLEET_PROGRESS 0.5")).toBeUndefined();
  });
});

describe("runChild and exitFailure", () => {
  const base = { env: process.env, timeoutMs: 0, oomPattern: /CUDA out of memory/, log: recordingLogger(), onProgress: () => {}, what: "test" };

  it("reports a program killed by a signal as BACKEND_CRASHED", async () => {
    const exit = await runChild({ ...base, program: "bash", args: ["-c", "echo dying >&2; kill -SEGV $$"], signal: new AbortController().signal });
    expect(exit).toMatchObject({ code: null, signal: "SIGSEGV", stderrTail: ["dying"] });
    const err = exitFailure({ oomExitCodes: new Set(), invalidInputExitCodes: new Set() }, exit, "task t");
    expect(err).toMatchObject({ code: FleetErrorCode.BACKEND_CRASHED, message: expect.stringContaining("killed by SIGSEGV:\ndying") });
  });

  it("is DEPENDENCY_MISSING when the program cannot be started", async () => {
    await expect(runChild({ ...base, program: "/nonexistent/prog", args: [], signal: new AbortController().signal })).rejects.toMatchObject({
      code: FleetErrorCode.DEPENDENCY_MISSING,
    });
  });

  it("an argument too long for the system (a 200,603-character prompt) is INVALID_INPUT saying to use {prompt_file}", async () => {
    const prompt = "p".repeat(200_603);
    const err = await runChild({ ...base, program: "true", args: ["--prompt", prompt], signal: new AbortController().signal }).then(
      () => new Error("started"),
      (e: unknown) => e as Error & { code?: string },
    );
    expect(err).toMatchObject({ code: FleetErrorCode.INVALID_INPUT });
    expect(err.message).toContain("E2BIG; the longest is 200603 bytes");
    expect(err.message).toContain("use {prompt_file}");
    expect(err.message.length).toBeLessThan(500);
  });

  it("does not start at all when the signal is already aborted", async () => {
    const ac = new AbortController();
    ac.abort(new Error("gone"));
    await expect(runChild({ ...base, program: "bash", args: ["-c", "exit 0"], signal: ac.signal })).rejects.toThrow("gone");
  });
});
