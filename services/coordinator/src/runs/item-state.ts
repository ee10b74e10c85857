/**
 * How events move an item through its states. Pure functions, so the rules are testable alone:
 *
 *   QUEUED → RUNNING → GENERATED → EVALUATING → DONE        (FAILED from any non-terminal state)
 *
 * Delivery is at-least-once and attempts race, so every rule only moves an item forward: an
 * event that finds the item past the state it applies to changes nothing.
 */
import { counterOf, countStates } from "../../../common/src/item-counts";
import { ItemState, Outcome, TaskKind, pb, type BackendLoad, type ItemRecord, type RunCounters, type TaskError, type TaskResult, type TaskRetry, type TaskStarted } from "../../../common/src/proto";

const GEN_OPEN: readonly ItemState[] = [ItemState.ITEM_STATE_QUEUED, ItemState.ITEM_STATE_RUNNING];
const EVAL_OPEN: readonly ItemState[] = [ItemState.ITEM_STATE_GENERATED, ItemState.ITEM_STATE_EVALUATING];

export function isTerminal(state: ItemState): boolean {
  return state === ItemState.ITEM_STATE_DONE || state === ItemState.ITEM_STATE_FAILED;
}

function addError(item: ItemRecord, err: TaskError | null | undefined): void {
  if (!err) return;
  const dup = item.errors.some((e) => e.attempt === err.attempt && e.code === err.code && e.atMs === err.atMs && e.deviceUuid === err.deviceUuid);
  if (!dup) item.errors.push(pb.TaskError.create(err));
}

export function applyStarted(item: ItemRecord, ev: TaskStarted): boolean {
  if (ev.kind === TaskKind.TASK_KIND_GEN && GEN_OPEN.includes(item.state)) {
    item.state = ItemState.ITEM_STATE_RUNNING;
    item.node = ev.node;
    item.deviceUuid = ev.deviceUuid;
    item.attempts = Math.max(item.attempts, ev.attempt);
    item.startedAtMs = ev.atMs;
    return true;
  }
  if (ev.kind === TaskKind.TASK_KIND_EVAL && EVAL_OPEN.includes(item.state)) {
    item.state = ItemState.ITEM_STATE_EVALUATING;
    item.evalNode = ev.node;
    item.startedAtMs = ev.atMs;
    return true;
  }
  return false;
}

/** Records a backend load an attempt paid (once, however often its event is delivered). */
function addLoad(item: ItemRecord, load: BackendLoad | null | undefined): boolean {
  if (!load || !load.node) return false;
  const dup = item.loads.some((l) => l.attempt === load.attempt && l.deviceUuid === load.deviceUuid && l.kind === load.kind && l.node === load.node);
  if (!dup) item.loads.push(pb.BackendLoad.create(load));
  return !dup;
}

export function applyRetry(item: ItemRecord, ev: TaskRetry): boolean {
  if (isTerminal(item.state)) return false;
  const before = item.errors.length;
  const state = item.state;
  const loaded = addLoad(item, ev.load);
  addError(item, ev.error);
  if (ev.kind === TaskKind.TASK_KIND_GEN && item.state === ItemState.ITEM_STATE_RUNNING) item.state = ItemState.ITEM_STATE_QUEUED;
  if (ev.kind === TaskKind.TASK_KIND_EVAL && item.state === ItemState.ITEM_STATE_EVALUATING) item.state = ItemState.ITEM_STATE_GENERATED;
  return loaded || item.errors.length !== before || item.state !== state;
}

export interface ResultEffect {
  readonly changed: boolean;
  /** The video just landed: publish its evaluation task. */
  readonly publishEval: boolean;
}

const NO_CHANGE: ResultEffect = { changed: false, publishEval: false };

export function applyResult(item: ItemRecord, res: TaskResult, hasEvaluation: boolean): ResultEffect {
  const succeeded = res.outcome === Outcome.OUTCOME_DONE || res.outcome === Outcome.OUTCOME_DUPLICATE;
  if (res.kind === TaskKind.TASK_KIND_GEN) {
    if (!GEN_OPEN.includes(item.state)) return NO_CHANGE;
    addLoad(item, res.load);
    item.attempts = Math.max(item.attempts, res.attempt);
    // A result from no worker (a dead letter) keeps where the item last ran.
    if (res.node) {
      item.node = res.node;
      item.deviceUuid = res.deviceUuid;
      item.genTimings = res.timings ? pb.Timings.create(res.timings) : null;
    }
    item.backend = res.backend;
    if (!succeeded) {
      for (const e of res.errors) addError(item, e);
      item.state = ItemState.ITEM_STATE_FAILED;
      return { changed: true, publishEval: false };
    }
    item.output = res.output ? pb.OutputFile.create(res.output) : null;
    item.state = hasEvaluation ? ItemState.ITEM_STATE_GENERATED : ItemState.ITEM_STATE_DONE;
    return { changed: true, publishEval: hasEvaluation };
  }
  if (res.kind === TaskKind.TASK_KIND_EVAL) {
    if (!EVAL_OPEN.includes(item.state)) return NO_CHANGE;
    addLoad(item, res.load);
    item.evalNode = res.node;
    item.evalTimings = res.timings ? pb.Timings.create(res.timings) : null;
    if (!succeeded) {
      for (const e of res.errors) {
        // Field by field: spreading a decoded message drops fields at their default values.
        addError(item, pb.TaskError.create({ code: e.code, message: `evaluation: ${e.message}`, node: e.node, deviceUuid: e.deviceUuid, attempt: e.attempt, atMs: e.atMs, handbackReason: e.handbackReason }));
      }
      item.state = ItemState.ITEM_STATE_FAILED;
      return { changed: true, publishEval: false };
    }
    item.scores = { ...res.scores };
    item.state = ItemState.ITEM_STATE_DONE;
    return { changed: true, publishEval: false };
  }
  return NO_CHANGE;
}

/** Counters derived from item states (on load), then moved with every state change. */
export function countItems(items: Iterable<ItemRecord>): RunCounters {
  return pb.RunCounters.create(countStates([...items].map((i) => i.state)));
}

export function moveCounter(c: RunCounters, from: ItemState, to: ItemState): void {
  if (from === to) return;
  const a = counterOf(from);
  const b = counterOf(to);
  if (a) c[a]--;
  if (b) c[b]++;
}
