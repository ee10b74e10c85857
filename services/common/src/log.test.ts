import { PassThrough } from "node:stream";
import { createLogger } from "./log";
import { LOG_ARRAY_ITEMS, LOG_FIELD_CHARS, LOG_LINE_CHARS } from "./log-bounds";

/** A real winston logger writing into memory; returns the lines once they are written. */
function capture(): { log: ReturnType<typeof createLogger>; lines: () => Promise<string[]> } {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (d: Buffer) => (text += d.toString("utf8")));
  const log = createLogger("test", "debug", { stream });
  return {
    log,
    // winston writes asynchronously: wait for the stream to take everything queued so far.
    lines: () => new Promise((resolve) => setImmediate(() => resolve(text.split("\n").filter(Boolean)))),
  };
}

describe("logger bounds", () => {
  test("a 200,603-character argv item is cut to the field limit and states its length", async () => {
    const { log, lines } = capture();
    const prompt = "a red kite ".repeat(18_237).slice(0, 200_603);
    const argv = ["--prompt", prompt, "--out", "/x.mp4"];
    log.child({ task: "t1" }).info("command backend: starting", { argv });
    const [line] = await lines();
    expect(line).toBeDefined();
    expect((line as string).length).toBeLessThan(LOG_FIELD_CHARS + 500);
    const rec = JSON.parse(line as string) as { argv: string[]; task: string };
    expect(rec.task).toBe("t1");
    expect(rec.argv[0]).toBe("--prompt");
    expect(rec.argv[1]).toBe(`${prompt.slice(0, LOG_FIELD_CHARS)}… [cut: 200603 chars in all]`);
    expect(rec.argv[3]).toBe("/x.mp4");
    // The caller's array is not changed by logging it.
    expect(argv[1]).toBe(prompt);
  });

  test("long arrays keep their first items and say how many there were", async () => {
    const { log, lines } = capture();
    log.info("many", { items: Array.from({ length: LOG_ARRAY_ITEMS + 7 }, (_, i) => i) });
    const rec = JSON.parse((await lines())[0] as string) as { items: unknown[] };
    expect(rec.items).toHaveLength(LOG_ARRAY_ITEMS + 1);
    expect(rec.items[LOG_ARRAY_ITEMS]).toBe(`… [7 more items, ${LOG_ARRAY_ITEMS + 7} in all]`);
  });

  test("control characters reach the line as visible escapes, so jq -r cannot replay them", async () => {
    const { log, lines } = capture();
    log.warn("backend output", { line: "\u001b]0;pwned\u0007\u001b[2Jdone\u009b" });
    const line = (await lines())[0] as string;
    const rec = JSON.parse(line) as { line: string };
    expect(rec.line).toBe("\\x1b]0;pwned\\x07\\x1b[2Jdone\\x9b");
    expect(rec.line).not.toMatch(/[\u0000-\u001f\u0080-\u009f]/);
  });

  test("many long fields at once: the line is replaced by one under the line limit naming them", async () => {
    const { log, lines } = capture();
    const fields: Record<string, string> = {};
    for (let i = 0; i < 20; i++) fields[`f${i}`] = "x".repeat(LOG_FIELD_CHARS * 2);
    log.error("too much", { ...fields, task: "t9" });
    const line = (await lines())[0] as string;
    expect(line.length).toBeLessThanOrEqual(LOG_LINE_CHARS);
    const rec = JSON.parse(line) as { message: string; task: string; fields_left_out: string[]; line_chars: number };
    expect(rec.message).toBe("too much");
    expect(rec.task).toBe("t9");
    expect(rec.fields_left_out).toEqual(expect.arrayContaining(["f0", "f19"]));
    expect(rec.line_chars).toBeGreaterThan(LOG_LINE_CHARS);
  });
});
