// Checks of the deployment files that need no cluster and no helm (helm cannot be installed
// on these machines; test/helm.test.ts renders the chart with a real helm): the chart's values against values.schema.json, the YAML shape of every
// chart template, the plain manifests under deploy/kubernetes against the Kubernetes schemas
// (kubernetes-models), the chart's dashboard copies, and the paths the Dockerfiles copy.
//
// Limit: templates are not rendered. Each template is checked with its template-only lines
// dropped and every other `{{ … }}` replaced by a placeholder scalar, so both branches of an
// `if` are parsed together; this catches broken indentation and structure, not wrong values.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import type { ValidateFunction } from "ajv";
import { parse as parseYaml, parseAllDocuments } from "yaml";
import * as appsV1 from "kubernetes-models/apps/v1";
import * as coreV1 from "kubernetes-models/v1";
import * as policyV1 from "kubernetes-models/policy/v1";
import { loadConfig } from "../services/common/src/config";

const ROOT = join(__dirname, "..");
const CHART = join(ROOT, "helm", "framefleet");
const KUBE = join(ROOT, "deploy", "kubernetes");

type Json = Record<string, unknown>;

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, "utf8")) as Json;
}

function readYaml(path: string): Json {
  return parseYaml(readFileSync(path, "utf8")) as Json;
}

/** A deep copy of `obj` with `value` at the dotted `path` (the chart's values are plain data). */
function withValue(obj: Json, path: string, value: unknown): Json {
  const copy = structuredClone(obj);
  const keys = path.split(".");
  let cur: Json = copy;
  for (const k of keys.slice(0, -1)) cur = cur[k] as Json;
  cur[keys[keys.length - 1] as string] = value;
  return copy;
}

describe("helm/framefleet values", () => {
  let validate: ValidateFunction;
  let values: Json;

  beforeAll(() => {
    // strict: unknown schema keywords are errors, so a typo in the schema itself fails here.
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    validate = ajv.compile(readJson(join(CHART, "values.schema.json")));
    values = readYaml(join(CHART, "values.yaml"));
  });

  test("values.yaml validates against values.schema.json", () => {
    const ok = validate(values);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test.each<[string, unknown, string]>([
    ["evaluator.replicas", "2", "a string for replicas"],
    ["evaluator.replicas", -1, "negative replicas"],
    ["generator.drainDeadlineSeconds", "10m", "a duration string where seconds are expected"],
    ["generator.devices", "tpu", "an unknown device spec"],
    ["generator.ackWait", "60", "a duration without unit (milliseconds in FrameFleet)"],
    ["natsClient.url", "http://nats:4222", "a non-NATS URL"],
    ["natsClient.replicas", 7, "more stream replicas than FrameFleet allows"],
    ["config.logLevel", "verbose", "an unknown log level"],
    ["generator.gpuCount", 2, "an unknown key (additionalProperties false)"],
    ["unknownTopLevel", true, "an unknown top-level key"],
    ["output.hostPath", "relative/dir", "a relative hostPath"],
    ["monitoring.serviceMonitor.enabled", "yes", "a string for a boolean"],
  ])("rejects %s = %p (%s)", (path, value, _why) => {
    expect(validate(withValue(values, path, value))).toBe(false);
  });

  test("the NATS subchart is a conditional dependency with JetStream file storage and 3 replicas", () => {
    const chart = readYaml(join(CHART, "Chart.yaml"));
    expect(chart.apiVersion).toBe("v2");
    const deps = chart.dependencies as Json[];
    const nats = deps.find((d) => d.name === "nats");
    expect(nats).toMatchObject({ repository: "https://nats-io.github.io/k8s/helm/charts/", condition: "nats.enabled" });
    expect(values.nats).toMatchObject({
      enabled: true,
      config: { cluster: { enabled: true, replicas: 3 }, jetstream: { enabled: true, fileStore: { enabled: true } } },
    });
    // FrameFleet's own streams must be replicated like the cluster they live on.
    expect((values.natsClient as Json).replicas).toBe(3);
  });

  test("worker grace periods are the drain deadline + the worker's 30 s forced-exit margin + a margin", () => {
    for (const file of ["generator.yaml", "evaluator-deployment.yaml"]) {
      const text = readFileSync(join(CHART, "templates", file), "utf8");
      const role = file.startsWith("generator") ? "generator" : "evaluator";
      expect(text).toContain(
        `terminationGracePeriodSeconds: {{ add .Values.${role}.drainDeadlineSeconds 30 .Values.${role}.terminationGraceMarginSeconds }}`,
      );
    }
    const gen = values.generator as Json;
    expect(gen.terminationGraceMarginSeconds).toBeGreaterThan(0);
  });
});

// One template action, `{{ … }}`, possibly over several lines (it never contains `}}`).
const ACTION = String.raw`\{\{(?:(?!\}\})[\s\S])*\}\}`;

/** Template text with template-only lines dropped and inline actions made scalars. */
function stubTemplate(text: string): string {
  return text
    .replace(new RegExp(String.raw`^[ \t]*(?:${ACTION}[ \t]*)+(?:\n|$)`, "gm"), "")
    .replace(new RegExp(ACTION, "g"), "TEMPLATED");
}

/** Opening block actions minus `end`s: 0 for a well-formed file. */
function blockBalance(text: string): number {
  const actions = text.match(/\{\{-?\s*(if|range|with|define|end)\b/g) ?? [];
  return actions.reduce((n, a) => n + (/\bend$/.test(a) ? -1 : 1), 0);
}

describe("helm/framefleet templates", () => {
  const dir = join(CHART, "templates");
  const files = readdirSync(dir);
  const yamlFiles = files.filter((f) => f.endsWith(".yaml"));

  test("the chart has the templates the deployment needs", () => {
    expect(files).toEqual(
      expect.arrayContaining(["_helpers.tpl", "NOTES.txt", "configmap.yaml", "coordinator.yaml", "aggregator.yaml",
        "generator.yaml", "evaluator-deployment.yaml", "autoscaling.yaml", "pdb.yaml", "monitoring.yaml", "dashboards.yaml"]),
    );
  });

  test.each(files)("%s has balanced if/range/with/define … end blocks", (file) => {
    expect(blockBalance(readFileSync(join(dir, file), "utf8"))).toBe(0);
  });

  test.each(yamlFiles)("%s parses as Kubernetes objects once template actions are stubbed", (file) => {
    const docs = parseAllDocuments(stubTemplate(readFileSync(join(dir, file), "utf8")), { uniqueKeys: false });
    const objects = docs.map((d) => {
      expect(d.errors.map((e) => e.message)).toEqual([]);
      return d.toJS() as Json | null;
    }).filter((o): o is Json => o !== null);
    expect(objects.length).toBeGreaterThan(0);
    for (const o of objects) {
      expect(typeof o.apiVersion).toBe("string");
      expect(typeof o.kind).toBe("string");
      expect(o.metadata).toHaveProperty("name");
    }
  });

  test("the generator DaemonSet asks for GPUs, tolerates GPU taints and runs on NVIDIA devices", () => {
    const text = readFileSync(join(dir, "generator.yaml"), "utf8");
    expect(text).toContain(`kind: {{ ternary "Deployment" "DaemonSet" $deployment }}`);
    expect(text).toContain("nvidia.com/gpu: {{ .Values.generator.gpus }}");
    const gen = readYaml(join(CHART, "values.yaml")).generator as Json;
    expect(gen.devices).toBe("nvidia");
    expect(gen.tolerations).toEqual([{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }]);
    expect(gen.nodeSelector).toEqual({ "nvidia.com/gpu.present": "true" });
  });

  test("the stub check itself catches broken YAML", () => {
    const broken = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n   labels: x\n";
    const docs = parseAllDocuments(stubTemplate(broken), { uniqueKeys: false });
    expect(docs.some((d) => d.errors.length > 0)).toBe(true);
  });
});

// kubernetes-models classes by apiVersion/kind: every kind the plain manifests use.
type Model = { validate(): void };
type ModelClass = new (data: Json) => Model;
const MODELS: Record<string, ModelClass> = {
  "v1/Namespace": coreV1.Namespace as unknown as ModelClass,
  "v1/ConfigMap": coreV1.ConfigMap as unknown as ModelClass,
  "v1/Service": coreV1.Service as unknown as ModelClass,
  "v1/PersistentVolumeClaim": coreV1.PersistentVolumeClaim as unknown as ModelClass,
  "apps/v1/Deployment": appsV1.Deployment as unknown as ModelClass,
  "apps/v1/DaemonSet": appsV1.DaemonSet as unknown as ModelClass,
  "policy/v1/PodDisruptionBudget": policyV1.PodDisruptionBudget as unknown as ModelClass,
};

function manifests(): Array<[string, Json]> {
  const out: Array<[string, Json]> = [];
  for (const file of readdirSync(KUBE).filter((f) => f.endsWith(".yaml"))) {
    for (const doc of parseAllDocuments(readFileSync(join(KUBE, file), "utf8"))) {
      expect(doc.errors).toEqual([]);
      const o = doc.toJS() as Json | null;
      if (o !== null) out.push([`${file}: ${String(o.kind)} ${String((o.metadata as Json | undefined)?.name)}`, o]);
    }
  }
  return out;
}

function modelFor(o: Json): Model {
  const cls = MODELS[`${String(o.apiVersion)}/${String(o.kind)}`];
  if (cls === undefined) throw new Error(`no kubernetes-models class for ${String(o.apiVersion)} ${String(o.kind)}: add it to MODELS`);
  return new cls(o);
}

describe("deploy/kubernetes manifests", () => {
  const all = manifests();

  test("there are manifests, including a worker DaemonSet", () => {
    expect(all.map(([, o]) => o.kind)).toEqual(expect.arrayContaining(["Namespace", "Deployment", "DaemonSet", "Service"]));
  });

  test.each(all)("%s validates against the Kubernetes schema", (_name, o) => {
    expect(() => modelFor(o).validate()).not.toThrow();
  });

  test("the validation rejects a wrong manifest (a string container port)", () => {
    const [, dep] = all.find(([, o]) => o.kind === "Deployment") as [string, Json];
    const bad = structuredClone(dep);
    const containers = ((((bad.spec as Json).template as Json).spec as Json).containers as Json[]);
    (containers[0] as Json).ports = [{ containerPort: "seventy-seven" }];
    expect(() => modelFor(bad).validate()).toThrow(/containerPort/);
  });

  test("the example ConfigMap's framefleet.yaml is a valid FrameFleet configuration", () => {
    const cms = all.filter(([, o]) => o.kind === "ConfigMap");
    expect(cms.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), "ff-deploy-"));
    try {
      for (const [, cm] of cms) {
        const file = join(dir, "framefleet.yaml");
        writeFileSync(file, String((cm.data as Json)["framefleet.yaml"]));
        // The real loader: strict schema, so an unknown or misspelt key throws config_invalid.
        const cfg = loadConfig({ file, env: {} });
        expect(cfg.api.listen).toBe("0.0.0.0:7700");
        expect(cfg.output_root).toBe("/data/runs");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the generator's grace period covers its drain deadline plus the 30 s forced-exit margin", () => {
    const [, ds] = all.find(([, o]) => o.kind === "DaemonSet") as [string, Json];
    const [, cm] = all.find(([, o]) => o.kind === "ConfigMap") as [string, Json];
    const cfg = parseYaml(String((cm.data as Json)["framefleet.yaml"])) as { worker: { drain_deadline: string } };
    expect(cfg.worker.drain_deadline).toBe("10m");
    const grace = (((ds.spec as Json).template as Json).spec as Json).terminationGracePeriodSeconds as number;
    expect(grace).toBeGreaterThan(10 * 60 + 30);
  });
});

describe("chart dashboards", () => {
  const copies = join(CHART, "dashboards");
  const originals = join(ROOT, "deploy", "grafana");
  const json = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort() : []);

  test("helm/framefleet/dashboards holds exactly the dashboards of deploy/grafana, byte for byte", () => {
    expect(json(originals).length).toBeGreaterThan(0);
    expect(json(copies)).toEqual(json(originals));
    for (const f of json(originals)) {
      expect(`${f}: ${readFileSync(join(copies, f), "utf8")}`).toBe(`${f}: ${readFileSync(join(originals, f), "utf8")}`);
    }
  });
});

describe("Dockerfiles", () => {
  const dockerfiles = ["deploy/docker/Dockerfile", "deploy/docker/worker-cuda.Dockerfile"];
  const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));

  test.each(dockerfiles)("%s copies only paths that exist and are not in .dockerignore", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const sources = text
      .split("\n")
      .filter((l) => /^COPY\s/.test(l) && !l.includes("--from="))
      .flatMap((l) => l.trim().split(/\s+/).slice(1, -1));
    expect(sources.length).toBeGreaterThan(3);
    for (const src of sources) {
      expect(`${src}: ${existsSync(join(ROOT, src)) ? "exists" : "missing"}`).toBe(`${src}: exists`);
      expect(ignored).not.toContain(src);
    }
  });

  test.each(dockerfiles)("%s runs framefleet as a non-root user", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const user = /^USER\s+(\S+)/m.exec(text)?.[1];
    expect(user).toBeDefined();
    expect(user?.split(":")[0]).not.toMatch(/^(0|root)$/);
    expect(text).toMatch(/^ENTRYPOINT \[.*"framefleet"\]$/m);
  });

  test("the worker image puts the Python SDK on PYTHONPATH", () => {
    const text = readFileSync(join(ROOT, "deploy/docker/worker-cuda.Dockerfile"), "utf8");
    expect(text).toMatch(/^FROM pytorch\/pytorch:\S*cuda12\S*-runtime$/m);
    expect(text).toContain("PYTHONPATH=/opt/framefleet/services/backends/python");
    expect(existsSync(join(ROOT, "services/backends/python/framefleet_backend/__init__.py"))).toBe(true);
  });
});
