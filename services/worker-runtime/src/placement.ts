/**
 * Which device may take a task of which backend, right now. This is the rule the project exists
 * for: never place a model on a GPU that someone else already fills.
 *
 * A device is free for backend B when
 *   - no task of ours runs on it,
 *   - it is not cooling down after an OOM,
 *   - and, if B needs GPU memory, the memory we could use there (free + what our own idle
 *     backend holds, which we would reuse or unload) ≥ B's need + margin.
 * Among free devices the one already holding B wins (no reload), then the best fit (least
 * memory left over), then the lowest index.
 */
import { foreignMiB, ourMiB, type DeviceSnapshot } from "./devices/types";

export interface DeviceView {
  readonly snapshot: DeviceSnapshot;
  /** A task of ours runs on it. */
  readonly busy: boolean;
  readonly coolingUntilMs: number;
  readonly loadedBackend: string | undefined;
  /** The device keeps the backend it loaded first and takes no other (backend_switch: never). */
  readonly sticky?: boolean;
}

export interface BackendNeed {
  readonly name: string;
  readonly memoryMiB: number;
}

export type Fit = { readonly ok: true; readonly spareMiB: number } | { readonly ok: false; readonly reason: string };

export function usableMiB(d: DeviceSnapshot): number {
  return d.freeMiB + ourMiB(d);
}

export function fits(view: DeviceView, need: BackendNeed, marginMiB: number, nowMs: number): Fit {
  if (view.busy) return { ok: false, reason: "running a task" };
  if (view.sticky && view.loadedBackend !== undefined && view.loadedBackend !== need.name) {
    return { ok: false, reason: `keeps backend ${view.loadedBackend} (backend_switch: never)` };
  }
  if (view.coolingUntilMs > nowMs) return { ok: false, reason: `cooling down for ${Math.ceil((view.coolingUntilMs - nowMs) / 1000)} s after an OOM` };
  if (need.memoryMiB <= 0) return { ok: true, spareMiB: usableMiB(view.snapshot) };
  const usable = usableMiB(view.snapshot);
  const wanted = need.memoryMiB + marginMiB;
  if (usable < wanted) {
    return {
      ok: false,
      reason: `${usable} MiB usable < ${need.memoryMiB} MiB needed + ${marginMiB} MiB margin (${foreignMiB(view.snapshot)} MiB held by other processes)`,
    };
  }
  return { ok: true, spareMiB: usable - wanted };
}

export function chooseDevice(views: readonly DeviceView[], need: BackendNeed, marginMiB: number, nowMs: number): DeviceView | undefined {
  let best: { view: DeviceView; spare: number; loaded: boolean } | undefined;
  for (const view of views) {
    const fit = fits(view, need, marginMiB, nowMs);
    if (!fit.ok) continue;
    const loaded = view.loadedBackend === need.name;
    const better =
      !best ||
      (loaded && !best.loaded) ||
      (loaded === best.loaded && (fit.spareMiB < best.spare || (fit.spareMiB === best.spare && view.snapshot.index < best.view.snapshot.index)));
    if (better) best = { view, spare: fit.spareMiB, loaded };
  }
  return best?.view;
}

/** Backends that have at least one device free for them now, the ones already loaded first. */
export function servableBackends(views: readonly DeviceView[], needs: readonly BackendNeed[], marginMiB: number, nowMs: number): BackendNeed[] {
  const loaded = new Set(views.map((v) => v.loadedBackend).filter((b): b is string => b !== undefined));
  return needs
    .filter((n) => views.some((v) => fits(v, n, marginMiB, nowMs).ok))
    .sort((a, b) => Number(loaded.has(b.name)) - Number(loaded.has(a.name)));
}
