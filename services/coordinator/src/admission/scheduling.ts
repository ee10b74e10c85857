/**
 * A run's scheduling fields, resolved at submit from its spec, the coordinator's priority classes
 * and the submitter: the class and its value, owner, team and share land in the run record, so
 * that a restarted coordinator schedules the run as it was submitted even if its config changed.
 */
import { ValidationError, FleetErrorCode } from "../../../common/src/errors";
import type { RunSpec } from "../../../benchmarks/src";
import type { RunRecord } from "../../../common/src/proto";
import type { TeamRules } from "./policy";

export interface PriorityClass {
  readonly value: number;
  readonly preempt: boolean;
}

export interface SchedulingConfig {
  readonly classes: Readonly<Record<string, PriorityClass>>;
  readonly defaultClass: string;
  readonly teams: Readonly<Record<string, { readonly weight: number; readonly max_devices?: number | undefined }>>;
}

export const DEFAULT_SCHEDULING: SchedulingConfig = {
  classes: { high: { value: 100, preempt: false }, normal: { value: 0, preempt: false }, low: { value: -100, preempt: false } },
  defaultClass: "normal",
  teams: {},
};

/** The team of a run submitted without one (and of records written before teams existed). */
export const DEFAULT_TEAM = "default";

/** The team a run counts against. */
export function teamOf(record: Pick<RunRecord, "team">): string {
  return record.team || DEFAULT_TEAM;
}

/** Who submitted, as the client says (the spec's owner and team win). */
export interface Submitter {
  readonly owner: string;
  readonly team: string;
}

/** Sets record.priorityClass/priority/owner/team/share; SPEC_INVALID for a class the coordinator does not have. */
export function resolveScheduling(record: RunRecord, spec: RunSpec, submitter: Submitter, cfg: SchedulingConfig, source: string): void {
  const p = spec.priority;
  if (typeof p === "number") {
    record.priorityClass = "";
    record.priority = p;
  } else {
    const name = p ?? cfg.defaultClass;
    const cls = cfg.classes[name];
    if (!cls) {
      throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source}`, [
        `priority: "${name}" is not a priority class of this coordinator; use one of ${Object.keys(cfg.classes).join(", ")} (coordinator.priority_classes) or an integer`,
      ]);
    }
    record.priorityClass = name;
    record.priority = cls.value;
  }
  record.owner = spec.owner || submitter.owner || "unknown";
  record.team = spec.team || submitter.team || DEFAULT_TEAM;
  record.share = spec.share ?? 1;
}

/** "high", or "priority 5" for a run given an integer. */
export function priorityLabel(record: Pick<RunRecord, "priorityClass" | "priority">): string {
  return record.priorityClass || `priority ${record.priority}`;
}

/** Whether runs of this priority may take devices from lower ones. */
export function preempts(cfg: SchedulingConfig, record: Pick<RunRecord, "priorityClass">): boolean {
  return cfg.classes[record.priorityClass]?.preempt === true;
}

export function teamRules(cfg: SchedulingConfig): TeamRules {
  return {
    weight: (t) => cfg.teams[t]?.weight ?? 1,
    maxDevices: (t) => cfg.teams[t]?.max_devices,
  };
}
