/**
 * What a rendered chart hands to its programs: the values a subchart receives (checked against
 * the keys that subchart reads) and the FrameFleet configuration each workload's container gets
 * (its FRAMEFLEET_CONFIG file from a mounted ConfigMap, its environment, its flags).
 */
import { posix } from "node:path";
import type { K8sObject } from "./helm";

type Json = Record<string, unknown>;

const isMap = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Key paths of `ours` that `theirs` (a chart's own values.yaml) does not have. Below a key whose
 * default is `{}` or a list the chart takes anything (config.merge, container.env), so the walk
 * stops there; `allowed` are top-level keys that are not the chart's (its dependency condition).
 */
export function unknownValuePaths(ours: Json, theirs: Json, allowed: readonly string[] = [], prefix = ""): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(ours)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (prefix === "" && allowed.includes(key)) continue;
    if (!(key in theirs)) {
      out.push(path);
      continue;
    }
    const def = theirs[key];
    const freeForm = Array.isArray(def) || (isMap(def) && Object.keys(def).length === 0);
    if (isMap(value) && isMap(def) && !freeForm) out.push(...unknownValuePaths(value, def, [], path));
  }
  return out;
}

/** One container of a FrameFleet workload, with what its FrameFleet process will read. */
export interface WorkloadInput {
  readonly workload: K8sObject;
  readonly container: string;
  /** The FRAMEFLEET_CONFIG file's text, from the ConfigMap mounted at its folder. */
  readonly configText: string;
  /** The environment; Secret and field references become stand-in strings. */
  readonly env: Record<string, string>;
  /** `--node` and other flags from the command line, by config path. */
  readonly overrides: Record<string, string>;
  /** Paths named by *_FILE variables and the Secret mounted where each lies (undefined: none). */
  readonly files: Record<string, string | undefined>;
  readonly podSpec: Json;
}

type Container = { name: string; env?: Json[]; args?: string[]; volumeMounts?: Array<{ name: string; mountPath: string }> };
type Volume = { name: string; configMap?: { name: string }; secret?: { secretName: string } };

export function podSpecOf(o: K8sObject): Json {
  return ((o.spec as Json).template as Json).spec as Json;
}

/** Every container of the chart's own Deployments and DaemonSets (not the subchart's). */
export function workloadInputs(objects: readonly K8sObject[]): WorkloadInput[] {
  const configMaps = new Map(objects.filter((o) => o.kind === "ConfigMap").map((o) => [o.metadata.name, o.data as Record<string, string>]));
  const workloads = objects.filter(
    (o) => (o.kind === "Deployment" || o.kind === "DaemonSet") && o.metadata.labels?.["app.kubernetes.io/name"] === "framefleet",
  );
  return workloads.flatMap((w) => {
    const spec = podSpecOf(w);
    const volumes = new Map(((spec.volumes ?? []) as Volume[]).map((v) => [v.name, v]));
    return (spec.containers as Container[]).map((c) => {
      const env: Record<string, string> = {};
      for (const e of c.env ?? []) {
        const from = e.valueFrom as Json | undefined;
        env[String(e.name)] = from === undefined ? String(e.value) : `from-${Object.keys(from)[0]}-${String(e.name).toLowerCase()}`;
      }
      // The mount holding a path, and the volume behind it.
      const volumeAt = (path: string): Volume | undefined => {
        const m = (c.volumeMounts ?? []).find((vm) => path.startsWith(`${vm.mountPath}/`));
        return m === undefined ? undefined : volumes.get(m.name);
      };
      const configPath = env.FRAMEFLEET_CONFIG ?? "";
      const cmName = volumeAt(configPath)?.configMap?.name;
      const configText = cmName === undefined ? undefined : configMaps.get(cmName)?.[posix.basename(configPath)];
      if (configText === undefined) throw new Error(`${w.metadata.name}/${c.name}: FRAMEFLEET_CONFIG ${configPath} is not in a mounted, rendered ConfigMap`);
      const files: Record<string, string | undefined> = {};
      for (const [name, value] of Object.entries(env)) if (name.endsWith("_FILE")) files[value] = volumeAt(value)?.secret?.secretName;
      const overrides: Record<string, string> = {};
      const node = /--node\s/.test((c.args ?? []).join(" "));
      // The shell computes the node name from the pod's or node's name; any valid name will do here.
      if (node) overrides["worker.node"] = "gpu-node-1";
      return { workload: w, container: c.name, configText, env, overrides, files, podSpec: spec };
    });
  });
}
