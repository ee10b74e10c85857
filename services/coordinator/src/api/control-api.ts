/**
 * The Control gRPC API: thin handlers that translate requests to coordinator calls.
 */
import type { ObjectStore } from "@nats-io/obj";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import type { ControlHandlers } from "../../../common/src/grpc/control";
import { pb, type RunStatus } from "../../../common/src/proto";
import { buildReport, renderMarkdown, reportObjectName } from "../../../reports/src";
import { safeJson } from "../../../common/src/safe-text";

import type { Coordinator } from "../coordinator";
import type { FleetView } from "../fleet/fleet";
import { checkingIds, explainingNats } from "./api-guards";
import type { NatsLink } from "./nats-link";
import { isRunFinished, type RunStore } from "../runs/run-store";

/**
 * Running tasks get the progress their node last advertised (adverts come every few seconds).
 * The adverts are read from KV only when something runs: watch yields on every change.
 */
async function withProgress(status: RunStatus, fleet: FleetView): Promise<RunStatus> {
  if (status.running.length === 0) return status;
  const byTask = new Map<string, { progress: number; stage: string }>();
  // Without the adverts (NATS unreachable) the status stands, its progress figures unknown: a
  // status stream rides out a NATS restart rather than ending on it.
  for (const n of await fleet.nodes().catch(() => [])) {
    for (const d of n.advert?.devices ?? []) {
      if (d.runningTaskId) byTask.set(d.runningTaskId, { progress: d.runningProgress, stage: d.runningStage });
    }
  }
  for (const t of status.running) {
    const p = byTask.get(t.taskId);
    t.progress = p ? p.progress : -1;
    t.stage = p?.stage ?? "";
  }
  return status;
}

/**
 * The Control API's handlers. Every request's run id and node name is checked against its rule
 * first, and a call that fails for want of NATS answers UNAVAILABLE naming NATS ({@link NatsLink}).
 */
export function controlHandlers(coordinator: Coordinator, fleet: FleetView, store: RunStore, reports: ObjectStore, nats: NatsLink): ControlHandlers {
  return checkingIds(explainingNats(handlers(coordinator, fleet, store, reports), nats));
}

function handlers(coordinator: Coordinator, fleet: FleetView, store: RunStore, reports: ObjectStore): ControlHandlers {
  return {
    async submitRun(req) {
      const r = await coordinator.submit(req);
      return pb.SubmitRunResponse.create({ ...r, warnings: [...r.warnings] });
    },
    getRun: async (req) => withProgress(await coordinator.status(req.runId), fleet),
    async *watchRun(req, signal) {
      for await (const s of coordinator.watch(req.runId, signal)) yield await withProgress(s, fleet);
    },
    async listRuns() {
      return pb.ListRunsResponse.create({ runs: await coordinator.listRuns() });
    },
    async listNodes(req) {
      // --prune: forget every stopped or lost node now, then list what is left.
      const pruned = req.prune ? (await fleet.forgetGone(0)).map((f) => f.node) : [];
      return pb.ListNodesResponse.create({ nodes: await fleet.nodes(), pruned });
    },
    async drainNode(req) {
      if (!req.node) throw new FleetError(FleetErrorCode.INVALID_INPUT, "node: required");
      const reply = await fleet.drain(req.node, req.deadlineMs, req.undrain);
      return pb.DrainNodeResponse.create({ ok: reply.ok, message: reply.message, state: reply.state });
    },
    async cancelRun(req) {
      const purged = await coordinator.cancel(req.runId);
      return pb.CancelRunResponse.create({ ok: true, purgedTasks: purged });
    },
    async getReport(req) {
      const format = req.format || "json";
      if (format !== "json" && format !== "md") throw new FleetError(FleetErrorCode.INVALID_INPUT, `format: "${format}" is not json or md`);
      const record = await store.record(req.runId);
      if (!record) throw new FleetError(FleetErrorCode.NOT_FOUND, `run ${req.runId} does not exist`);
      // The aggregator's report of this round of the run once it exists; built now before that
      // (partial while the run is in progress: `final` says whether the run has finished).
      const finished = isRunFinished(record.state);
      const stored = finished ? await reports.getBlob(reportObjectName(req.runId, record.generation, format)) : null;
      if (stored) {
        return pb.GetReportResponse.create({ content: new TextDecoder().decode(stored), final: true, path: `${record.outputDir}/report.${format}` });
      }
      const report = buildReport(record, await store.loadItems(req.runId));
      const content = format === "json" ? `${safeJson(report, 2)}\n` : renderMarkdown(report);
      return pb.GetReportResponse.create({ content, final: finished, path: "" });
    },
  };
}
