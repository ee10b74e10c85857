import { parseRunSpec } from "../../../benchmarks/src";
import { ValidationError } from "../../../common/src/errors";
import { pb } from "../../../common/src/proto";
import { DEFAULT_SCHEDULING, priorityLabel, resolveScheduling } from "./scheduling";

const spec = (extra = "") =>
  parseRunSpec(`name: t\nbenchmark: synthetic\n${extra}video: {frames: 9, fps: 8, width: 64, height: 48}\ngenerator: {backend: synthetic}\nsynthetic: {items: 1, prompts: [a]}\n`, { name: "t.yaml", baseDir: "/tmp" });

test("the spec's fields win over the submitter's; defaults: the default class, the login's owner, team default, share 1", () => {
  const r = pb.RunRecord.create();
  resolveScheduling(r, spec(), { owner: "ana", team: "" }, DEFAULT_SCHEDULING, "t.yaml");
  expect(r).toMatchObject({ priorityClass: "normal", priority: 0, owner: "ana", team: "default", share: 1 });
  resolveScheduling(r, spec("priority: high\nowner: bo\nteam: vision\nshare: 3\n"), { owner: "ana", team: "audio" }, DEFAULT_SCHEDULING, "t.yaml");
  expect(r).toMatchObject({ priorityClass: "high", priority: 100, owner: "bo", team: "vision", share: 3 });
  expect(priorityLabel(r)).toBe("high");
});

test("an integer priority has no class; a class the coordinator lacks is a spec error naming its classes", () => {
  const r = pb.RunRecord.create();
  resolveScheduling(r, spec("priority: 7\n"), { owner: "", team: "" }, DEFAULT_SCHEDULING, "t.yaml");
  expect(r).toMatchObject({ priorityClass: "", priority: 7, owner: "unknown" });
  expect(priorityLabel(r)).toBe("priority 7");
  let err: unknown;
  try {
    resolveScheduling(r, spec("priority: urgent\n"), { owner: "", team: "" }, DEFAULT_SCHEDULING, "t.yaml");
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ValidationError);
  expect((err as ValidationError).issues).toEqual(['priority: "urgent" is not a priority class of this coordinator; use one of high, normal, low (coordinator.priority_classes) or an integer']);
});
