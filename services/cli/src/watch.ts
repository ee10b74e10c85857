/**
 * Follows a run through WatchRun and shows its progress until it finishes.
 */
import type { ControlClient } from "../../common/src/grpc/client";
import { runStateName, type RunStatus } from "../../common/src/proto";
import { escapeControl } from "../../common/src/safe-text";
import { ProgressView, type ProgressOutput, type ProgressSnapshot } from "./ui/progress";

export function snapshotOf(status: RunStatus): ProgressSnapshot {
  const r = status.run;
  const c = r?.counters;
  return {
    // The name comes from the run spec: shown escaped, the bars' own ANSI codes stay the only ones.
    label: `${escapeControl(r?.name ?? "?")} (${r?.runId ?? "?"}) ${runStateName(r?.state)}`,
    // The run id and state stay when the name has to go (a narrow terminal, a long name).
    shortLabel: `${r?.runId ?? "?"} ${runStateName(r?.state)}`,
    total: c?.total ?? 0,
    done: c?.done ?? 0,
    failed: c?.failed ?? 0,
    running: (c?.running ?? 0) + (c?.evaluating ?? 0),
    generated: (c?.generated ?? 0) + (c?.evaluating ?? 0) + (c?.done ?? 0),
    etaS: status.etaS >= 0 ? status.etaS : null,
    videosPerHour: status.videosPerHour >= 0 ? status.videosPerHour : null,
    bottleneck: status.etaBottleneck || null,
  };
}

/** Shows progress on `out` until the run finishes; returns the final status. */
export async function watchRun(client: ControlClient, runId: string, out: ProgressOutput, signal?: AbortSignal): Promise<RunStatus> {
  const view = new ProgressView(out, { plainIntervalMs: 5000 });
  let last: RunStatus | undefined;
  for await (const status of client.watchRun(runId, signal)) {
    last = status;
    view.update(snapshotOf(status));
  }
  if (!last) last = await client.getRun(runId);
  view.finish(snapshotOf(last));
  return last;
}
