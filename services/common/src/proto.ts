/**
 * The one place that imports the generated protobuf code (proto/gen, never edited by hand).
 * Services take message classes and types from here.
 */
import "./protobuf-numbers";
import { framefleet } from "../../../proto/gen/framefleet";

export const pb = framefleet.v1;
/** framefleet.backend.v1: what model and evaluator processes serve to their worker (backend.proto). */
export const backendPb = framefleet.backend.v1;
export type Task = framefleet.v1.Task;
export type GenerateTask = framefleet.v1.GenerateTask;
export type EvaluateTask = framefleet.v1.EvaluateTask;
export type TaskResult = framefleet.v1.TaskResult;
export type TaskStarted = framefleet.v1.TaskStarted;
export type TaskResults = framefleet.v1.TaskResults;
export type ItemOutcomes = framefleet.v1.ItemOutcomes;
export type TaskRetry = framefleet.v1.TaskRetry;
export type TaskError = framefleet.v1.TaskError;
export type Timings = framefleet.v1.Timings;
export type OutputFile = framefleet.v1.OutputFile;
export type OutputCommit = framefleet.v1.OutputCommit;
export type TaskAttempts = framefleet.v1.TaskAttempts;
export type BackendLoad = framefleet.v1.BackendLoad;
export type VideoParams = framefleet.v1.VideoParams;
export type RunRecord = framefleet.v1.RunRecord;
export type RunCounters = framefleet.v1.RunCounters;
export type ItemRecord = framefleet.v1.ItemRecord;
export type RunStateChanged = framefleet.v1.RunStateChanged;
export type NodeAdvert = framefleet.v1.NodeAdvert;
export type DeviceStatus = framefleet.v1.DeviceStatus;
export type DeviceProcess = framefleet.v1.DeviceProcess;
export type NodeCommand = framefleet.v1.NodeCommand;
export type NodeCommandReply = framefleet.v1.NodeCommandReply;
export type RunStatus = framefleet.v1.RunStatus;
export type NodeView = framefleet.v1.NodeView;
export type StuckQueue = framefleet.v1.StuckQueue;

export const TaskKind = framefleet.v1.TaskKind;
export type TaskKind = framefleet.v1.TaskKind;
export const Outcome = framefleet.v1.Outcome;
export type Outcome = framefleet.v1.Outcome;
export const HandbackReason = framefleet.v1.HandbackReason;
export type HandbackReason = framefleet.v1.HandbackReason;
export const RunState = framefleet.v1.RunState;
export type RunState = framefleet.v1.RunState;
export const ItemState = framefleet.v1.ItemState;
export type ItemState = framefleet.v1.ItemState;
export const NodeState = framefleet.v1.NodeState;
export type NodeState = framefleet.v1.NodeState;

/** Properties accepted by `Msg.create(...)` for message class `M`. */
export type Props<M extends abstract new (...args: never[]) => unknown> = NonNullable<ConstructorParameters<M>[0]>;

/** The static half of a generated message class: what the codec needs. */
export interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(data: Uint8Array): T;
  create(properties?: object): T;
  toObject(message: T, options?: object): { [k: string]: unknown };
  readonly name?: string;
}

/** Lower-case short names for enums in logs, CLI output and report JSON. */
export function taskKindName(kind: TaskKind | null | undefined): "gen" | "eval" | "unknown" {
  return kind === TaskKind.TASK_KIND_GEN ? "gen" : kind === TaskKind.TASK_KIND_EVAL ? "eval" : "unknown";
}

export function runStateName(state: RunState | null | undefined): string {
  const name = state === undefined || state === null ? undefined : RunState[state];
  return name ? name.replace("RUN_STATE_", "").toLowerCase() : "unknown";
}

export function itemStateName(state: ItemState | null | undefined): string {
  const name = state === undefined || state === null ? undefined : ItemState[state];
  return name ? name.replace("ITEM_STATE_", "").toLowerCase() : "unknown";
}

export function nodeStateName(state: NodeState | null | undefined): string {
  const name = state === undefined || state === null ? undefined : NodeState[state];
  return name ? name.replace("NODE_STATE_", "").toLowerCase() : "unknown";
}

/** A node that stopped cleanly or went silent (lost): what it last advertised is history. */
export function isNodeGone(view: NodeView): boolean {
  return view.lost || view.advert?.state === NodeState.NODE_STATE_STOPPED;
}

export function outcomeName(outcome: Outcome | null | undefined): string {
  const name = outcome === undefined || outcome === null ? undefined : Outcome[outcome];
  return name ? name.replace("OUTCOME_", "").toLowerCase() : "unknown";
}
