import { isFleetError } from "./errors";
import { MESSAGE_MAX_BYTES, PROMPT_MAX_BYTES, SPEC_MAX_BYTES, assertSpecSize, formatBytes, runLimits, specSizeIssue, videoCountIssue } from "./limits";

describe("runLimits", () => {
  test("on a server with the default max_payload (1 MiB) the documented limits apply", () => {
    expect(runLimits(1024 * 1024, 100_000)).toEqual({ specBytes: SPEC_MAX_BYTES, messageBytes: MESSAGE_MAX_BYTES, promptBytes: PROMPT_MAX_BYTES, maxVideos: 100_000, natsMaxPayload: 1024 * 1024 });
    expect(SPEC_MAX_BYTES).toBe(262_144);
    expect(PROMPT_MAX_BYTES).toBe(65_536);
  });

  test("a larger max_payload does not raise them; a smaller one shrinks them to a quarter (prompt: a sixteenth)", () => {
    expect(runLimits(64 * 1024 * 1024, 5)).toMatchObject({ specBytes: SPEC_MAX_BYTES, messageBytes: MESSAGE_MAX_BYTES, promptBytes: PROMPT_MAX_BYTES });
    expect(runLimits(256 * 1024, 5)).toMatchObject({ specBytes: 65_536, messageBytes: 65_536, promptBytes: 16_384, natsMaxPayload: 262_144 });
  });

  test("a server that does not say is taken to have nats-server's default", () => {
    expect(runLimits(undefined, 5)).toMatchObject({ specBytes: SPEC_MAX_BYTES, natsMaxPayload: 1_048_576 });
    expect(runLimits(0, 5)).toMatchObject({ natsMaxPayload: 1_048_576 });
  });
});

describe("messages name the size, the limit and where it comes from", () => {
  test("formatBytes", () => {
    expect(formatBytes(262_144)).toBe("262,144 bytes (256 KiB)");
    expect(formatBytes(4 * 1024 * 1024)).toBe("4,194,304 bytes (4 MiB)");
    expect(formatBytes(17_000)).toBe("17,000 bytes");
  });

  test("a spec above the limit is spec_invalid (exit 2), naming its size, the limit and the way out", () => {
    const limits = runLimits(undefined, 5);
    expect(() => assertSpecSize("x".repeat(SPEC_MAX_BYTES), "a.yaml", limits)).not.toThrow();
    let err: unknown;
    try {
      assertSpecSize(`${"é".repeat(SPEC_MAX_BYTES / 2)}x`, "a.yaml", limits);
    } catch (e) {
      err = e;
    }
    // Bytes, not characters: é is two bytes in UTF-8.
    expect(isFleetError(err) && err.code).toBe("spec_invalid");
    expect((err as Error).message).toBe(
      "run spec a.yaml is invalid:\n  - size: the spec is 262,145 bytes; a run spec may have at most 262,144 bytes (256 KiB) (docs/run-spec.md#limits); put long prompt lists in a file (synthetic.prompts_file) instead",
    );
  });

  test("a limit shrunk by the server says so", () => {
    expect(specSizeIssue(70_000, runLimits(256 * 1024, 5))).toContain("at most 65,536 bytes (64 KiB) (shrunk from 262,144 bytes (256 KiB) to fit NATS max_payload 262,144 bytes (256 KiB))");
  });

  test("the video count", () => {
    expect(videoCountIssue("synthetic.items × samples_per_prompt", 1e9, 100_000, "1,000,000 × 1,000")).toBe(
      "synthetic.items × samples_per_prompt: 1,000,000 × 1,000 = 1,000,000,000 videos; a run may have at most 100,000 videos (coordinator.max_videos_per_run); split it into several runs",
    );
    expect(videoCountIssue("videophy2", 1770, 100)).toBe(
      "videophy2: the spec and the files it names plan 1,770 videos; a run may have at most 100 videos (coordinator.max_videos_per_run); split it into several runs",
    );
  });
});
