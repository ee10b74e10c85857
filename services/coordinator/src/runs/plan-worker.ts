/**
 * The planning thread: plans runs one at a time (planner.ts) as the coordinator asks, and posts
 * each plan back with its item records transferred rather than copied. planning-thread.ts runs
 * it with a heap limit, so a spec that plans too much ends this thread, never the coordinator.
 */
import { parentPort } from "node:worker_threads";
import { encode } from "../../../common/src/codec";
import { FleetErrorCode, isFleetError } from "../../../common/src/errors";
import { pb } from "../../../common/src/proto";
import { transferList } from "./item-chunks";
import { planRun } from "./planner";
import type { PlanAsk, PlanReply } from "./planning-thread";

const port = parentPort;
if (!port) throw new Error("plan-worker.js runs as a worker thread of the coordinator");

port.on("message", (ask: PlanAsk) => {
  planRun(ask.req).then(
    (plan) => {
      // The record is small and copied; the chunks are ours alone (never pooled buffers), so they move.
      const reply: PlanReply = { id: ask.id, ok: true, record: encode(pb.RunRecord, plan.record), chunks: plan.chunks };
      port.postMessage(reply, transferList(plan.chunks));
    },
    (err: unknown) => {
      // Errors lose their class crossing threads: send what rebuilds one.
      const known = isFleetError(err);
      const message = err instanceof Error ? (known ? err.message : (err.stack ?? err.message)) : String(err);
      const reply: PlanReply = { id: ask.id, ok: false, code: known ? err.code : FleetErrorCode.INTERNAL, message };
      port.postMessage(reply);
    },
  );
});
