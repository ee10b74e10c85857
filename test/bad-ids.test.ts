/**
 * Run ids and node names outside their rule (NATS wildcards, separators, control characters,
 * megabytes of text) are refused with the rule, by the CLI before it calls anything (exit 2) and
 * by the coordinator for any client that calls the Control API itself (INVALID_ARGUMENT).
 */
import { FleetErrorCode, isFleetError, type FleetError } from "../services/common/src/errors";
import { IdRule } from "../services/common/src/ids";
import { framefleet } from "./helpers/cli";
import { startTestFleet, type TestFleet } from "./helpers/fleet";

const BAD_RUN_IDS = ["*", ">", "gen-a.>", "a.b", "Demo", "_x", "a\tb", "a".repeat(129)];
const BAD_NODE_NAMES = ["*", ">", "gen-a.>", "node a", "n".repeat(65)];

/** Nothing listens here: a command that got as far as calling would say it cannot reach it. */
const NOWHERE = "127.0.0.1:1";

describe("the CLI refuses them before calling the coordinator (exit 2, naming the rule)", () => {
  const commands: [string, (id: string) => string[], "run" | "node"][] = [
    ["status RUN", (id) => ["status", id], "run"],
    ["status RUN --watch", (id) => ["status", id, "--watch"], "run"],
    ["cancel RUN", (id) => ["cancel", id], "run"],
    ["retry RUN --failed", (id) => ["retry", id, "--failed"], "run"],
    ["report RUN", (id) => ["report", "demo-f1564726", id], "run"],
    ["submit --resume RUN", (id) => ["submit", "--resume", id], "run"],
    ["drain NODE", (id) => ["drain", id, "--wait"], "node"],
    ["undrain NODE", (id) => ["undrain", id], "node"],
  ];

  test.each(commands)("%s", async (_, args, kind) => {
    const rule = kind === "run" ? IdRule.RUN : IdRule.NODE;
    for (const id of kind === "run" ? BAD_RUN_IDS : BAD_NODE_NAMES) {
      const r = await framefleet([...args(id), "--api", NOWHERE], { timeoutMs: 60_000, env: { FRAMEFLEET_CONFIG: "" } });
      const shown = id.length > 80 ? `${JSON.stringify(id.slice(0, 80))}… (${id.length} characters)` : JSON.stringify(id);
      expect({ id, code: r.code, stdout: r.stdout }).toEqual({ id, code: 2, stdout: "" });
      expect(r.stderr).toBe(`framefleet: invalid ${rule.what} ${shown}: ${rule.rule} (${rule.hint})\n`);
    }
  });

  test("a valid id still goes to the coordinator (here: nobody listens, exit 1)", async () => {
    const r = await framefleet(["status", "demo-f1564726", "--api", NOWHERE], { timeoutMs: 60_000, env: { FRAMEFLEET_CONFIG: "" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot reach the coordinator at ${NOWHERE}`);
  });
});

describe("the coordinator refuses them from any client (INVALID_ARGUMENT naming the rule)", () => {
  let t: TestFleet;
  beforeAll(async () => {
    t = await startTestFleet([]);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function refusal(call: () => Promise<unknown>): Promise<FleetError> {
    try {
      await call();
    } catch (err) {
      if (isFleetError(err)) return err;
      throw err;
    }
    throw new Error("the call was not refused");
  }

  test("every call that takes a run id", async () => {
    for (const id of BAD_RUN_IDS) {
      const calls: [string, () => Promise<unknown>][] = [
        ["GetRun", () => t.client.getRun(id)],
        ["CancelRun", () => t.client.cancelRun(id)],
        ["GetReport", () => t.client.getReport(id, "json")],
        ["SubmitRun resume", () => t.client.submitRun({ specYaml: "", baseDir: "", specSource: "", resumeRunId: id })],
        [
          "WatchRun",
          async () => {
            for await (const s of t.client.watchRun(id)) void s;
          },
        ],
      ];
      for (const [name, call] of calls) {
        const e = await refusal(call);
        // INVALID_ARGUMENT comes back as a usage error: the CLI would exit 2.
        expect({ id, name, code: e.code }).toEqual({ id, name, code: FleetErrorCode.SPEC_INVALID });
        expect(e.message).toContain(`invalid run id ${JSON.stringify(id.length > 80 ? id.slice(0, 80) : id)}`);
        expect(e.message).toContain(IdRule.RUN.rule);
      }
    }
  });

  test("DrainNode", async () => {
    for (const node of BAD_NODE_NAMES) {
      const e = await refusal(() => t.client.drainNode({ node, deadlineMs: 0, undrain: false }));
      expect({ node, code: e.code }).toEqual({ node, code: FleetErrorCode.SPEC_INVALID });
      expect(e.message).toContain(IdRule.NODE.rule);
    }
  });

  test("a well-formed id that does not exist is still 'does not exist', not a rule", async () => {
    const e = await refusal(() => t.client.getRun("no-such-run"));
    expect(e.code).toBe(FleetErrorCode.NOT_FOUND);
    expect(e.message).toBe("run no-such-run does not exist (framefleet status lists runs)");
  });
});
