// helm/framefleet rendered by a real helm (test/helpers/helm.ts), with the official NATS chart
// as its subchart, for a matrix of values. For each case: `helm lint --strict` passes, every
// rendered object (the subchart's too) validates against its Kubernetes or CRD schema, each
// FrameFleet container's configuration loads through the project's own loader, and every value
// we hand the NATS subchart is a key that chart reads. Then values.schema.json against bad values.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { loadConfig } from "../services/common/src/config";
import { workloadInputs, podSpecOf, unknownValuePaths } from "./helpers/chart-inputs";
import { CHART_SRC, HelmSandbox, NATS_CHART_TGZ, NATS_CHART_VERSION, type K8sObject } from "./helpers/helm";
import { validateObject } from "./helpers/k8s-schemas";

type Json = Record<string, unknown>;

const natsAuthTls = {
  natsClient: { existingSecret: "framefleet-nats", tlsSecret: "framefleet-nats-tls" },
  nats: {
    config: {
      nats: { tls: { enabled: true, secretName: "framefleet-nats-server-tls" } },
      // The server's users from the same Secret as the clients' (<< $VAR >>: the chart writes a variable).
      merge: { authorization: { user: "<< $NATS_USER >>", password: "<< $NATS_PASS >>" } },
    },
    container: {
      env: {
        NATS_USER: { valueFrom: { secretKeyRef: { name: "framefleet-nats", key: "user" } } },
        NATS_PASS: { valueFrom: { secretKeyRef: { name: "framefleet-nats", key: "password" } } },
      },
    },
  },
};

const gpuToleration = [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }];

/** The matrix: name, values, and what must be true of that render beyond the common checks. */
const CASES: Array<[string, Json]> = [
  ["NATS subchart (3 servers, JetStream file storage)", { nats: { enabled: true, config: { cluster: { enabled: true, replicas: 3 }, jetstream: { enabled: true, fileStore: { enabled: true, pvc: { size: "50Gi" } } } } } }],
  ["existing NATS", { nats: { enabled: false }, natsClient: { url: "nats://nats.infra:4222", replicas: 3 } }],
  ["NATS auth + TLS secrets", natsAuthTls],
  ["API token + TLS", { api: { existingSecret: "framefleet-api", tlsSecret: "framefleet-api-tls" } }],
  ["8 GPUs per node", { generator: { gpus: 8, devices: "nvidia" } }],
  ["evaluator on GPU nodes", { evaluator: { devices: "nvidia", gpus: 1, nodeSelector: { "nvidia.com/gpu.present": "true" }, tolerations: gpuToleration } }],
  [
    "autoscaling on (KEDA, generator Deployment, monitoring)",
    {
      generator: {
        mode: "deployment",
        gpus: 8,
        autoscaling: { enabled: true },
        // An eval entry in the generators' file is theirs to ignore, and gets no generator trigger.
        backends: { "wan-ti2v-5b": { type: "grpc", kind: "gen", command: ["python3", "-m", "wan"], memory: "30GiB" }, stray: { type: "cpu-metrics" } },
      },
      evaluator: {
        autoscaling: { enabled: true, minReplicas: 0 },
        backends: { "vbench-gpu": { type: "grpc", kind: "eval", command: ["python3", "-m", "vb"] } },
      },
      monitoring: { serviceMonitor: { enabled: true }, podMonitor: { enabled: true } },
    },
  ],
];

let sandbox: HelmSandbox;
let natsDefaults: Json;
let ourDefaults: Json;
const rendered = new Map<string, K8sObject[]>();
const tmp = mkdtempSync(join(tmpdir(), "ff-helm-cfg-"));

beforeAll(() => {
  sandbox = new HelmSandbox();
  const shown = sandbox.run(["show", "values", NATS_CHART_TGZ]);
  expect(shown.stderr).toBe("");
  natsDefaults = parseYaml(shown.stdout) as Json;
  ourDefaults = parseYaml(sandbox.run(["show", "values", CHART_SRC]).stdout) as Json;
  for (const [name, values] of CASES) rendered.set(name, sandbox.template(values));
});

afterAll(() => {
  sandbox?.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

const objectsOf = (name: string): K8sObject[] => rendered.get(name) ?? [];
const find = (objs: K8sObject[], kind: string, suffix: string): K8sObject | undefined =>
  objs.find((o) => o.kind === kind && o.metadata.name.endsWith(suffix));

test("Chart.yaml depends on the NATS chart version that is rendered here", () => {
  const chart = parseYaml(sandbox.run(["show", "chart", CHART_SRC]).stdout) as { dependencies: Json[] };
  expect(chart.dependencies.find((d) => d.name === "nats")?.version).toBe(NATS_CHART_VERSION);
  const nats = parseYaml(sandbox.run(["show", "chart", NATS_CHART_TGZ]).stdout) as Json;
  expect(nats.version).toBe(NATS_CHART_VERSION);
});

describe.each(CASES)("%s", (name, values) => {
  test("helm lint --strict passes", () => {
    const r = sandbox.run(["lint", "--strict", sandbox.chart, "-f", sandbox.valuesFile(values)]);
    expect(`${r.stdout}${r.stderr}`).toContain("0 chart(s) failed");
    expect(r.code).toBe(0);
  });

  test("every rendered object validates against its Kubernetes or CRD schema", () => {
    const objs = objectsOf(name);
    expect(objs.length).toBeGreaterThan(10);
    const errors: string[] = [];
    for (const o of objs) {
      try {
        validateObject(o);
      } catch (err) {
        errors.push((err as Error).message);
      }
    }
    expect(errors).toEqual([]);
  });

  test("each FrameFleet container's configuration loads through loadConfig", () => {
    const inputs = workloadInputs(objectsOf(name));
    expect(inputs.map((i) => i.container).sort()).toEqual(["aggregator", "coordinator", "worker", "worker"]);
    for (const input of inputs) {
      const file = join(tmp, `${input.workload.metadata.name}.yaml`);
      writeFileSync(file, input.configText);
      const cfg = loadConfig({ file, env: input.env, overrides: input.overrides });
      expect(cfg.output_root).toBe("/data/runs");
      // Every file a variable names lies in a mounted Secret.
      for (const [path, secret] of Object.entries(input.files)) expect(`${path} in secret ${String(secret)}`).not.toMatch(/undefined$/);
      if (input.container !== "worker") continue;
      // The kubelet's SIGKILL comes after the worker's drain and its own 30 s forced-exit margin.
      const grace = input.podSpec.terminationGracePeriodSeconds as number;
      expect(grace).toBeGreaterThan(cfg.worker.drain_deadline / 1000 + 30);
      // A worker on NVIDIA devices asks Kubernetes for GPUs; one without asks for none.
      const gpu = ((input.podSpec.containers as Json[])[0]?.resources as { limits?: Json }).limits?.["nvidia.com/gpu"];
      const devices = String(cfg.worker.devices);
      expect(`${devices}: ${gpu === undefined ? "no gpus" : "gpus"}`).toBe(`${devices}: ${devices.startsWith("nvidia") ? "gpus" : "no gpus"}`);
    }
  });

  test("every value handed to the NATS subchart is a key that chart reads", () => {
    const merged = { ...(ourDefaults.nats as Json), ...((values.nats as Json | undefined) ?? {}) };
    expect(unknownValuePaths(merged, natsDefaults, ["enabled"])).toEqual([]);
  });
});

describe("what each case renders", () => {
  test("NATS subchart: a 3-server StatefulSet with a JetStream volume, and FrameFleet pointed at it", () => {
    const objs = objectsOf(CASES[0]![0]);
    const sts = find(objs, "StatefulSet", "-nats") as K8sObject;
    expect((sts.spec as Json).replicas).toBe(3);
    const claims = (sts.spec as { volumeClaimTemplates: Array<{ spec: { resources: { requests: Json } } }> }).volumeClaimTemplates;
    expect(claims.map((c) => c.spec.resources.requests.storage)).toEqual(["50Gi"]);
    const conf = String((find(objs, "ConfigMap", "-nats-config")?.data as Json)["nats.conf"]);
    expect(conf).toMatch(/"store_dir": "\/data"/);
    expect(conf).toMatch(/"ping_interval": "10s"/);
    expect(parseYaml(String((find(objs, "ConfigMap", "framefleet-config")?.data as Json)["framefleet.yaml"]))).toMatchObject({ nats: { url: "nats://ff-nats:4222", replicas: 3 } });
  });

  test("existing NATS: no NATS objects, FrameFleet pointed at the given URL", () => {
    const objs = objectsOf(CASES[1]![0]);
    expect(objs.filter((o) => o.metadata.labels?.["app.kubernetes.io/name"] === "nats")).toEqual([]);
    expect(parseYaml(String((find(objs, "ConfigMap", "framefleet-config")?.data as Json)["framefleet.yaml"]))).toMatchObject({ nats: { url: "nats://nats.infra:4222" } });
  });

  test("NATS auth + TLS: the server has users and TLS, every FrameFleet pod has the credentials and the CA", () => {
    const objs = objectsOf(CASES[2]![0]);
    const conf = String((find(objs, "ConfigMap", "-nats-config")?.data as Json)["nats.conf"]);
    expect(conf).toContain('"user": $NATS_USER');
    expect(conf).toContain('"cert_file": "/etc/nats-certs/nats/tls.crt"');
    for (const input of workloadInputs(objs)) {
      expect(Object.keys(input.env)).toEqual(expect.arrayContaining(["FRAMEFLEET_NATS_USER", "FRAMEFLEET_NATS_PASS", "FRAMEFLEET_NATS_TLS_CA_FILE"]));
      expect(input.files["/etc/framefleet-secrets/nats-tls/ca.crt"]).toBe("framefleet-nats-tls");
    }
  });

  test("API token + TLS: the coordinator reads the token file and serves TLS from the Secrets", () => {
    const inputs = workloadInputs(objectsOf(CASES[3]![0]));
    const coord = inputs.find((i) => i.container === "coordinator") as (typeof inputs)[number];
    const file = join(tmp, "coordinator-api.yaml");
    writeFileSync(file, coord.configText);
    const cfg = loadConfig({ file, env: coord.env });
    expect(cfg.api.token_file).toBe("/etc/framefleet-secrets/api-token/token");
    expect(coord.files).toEqual({
      "/etc/framefleet-secrets/api-token/token": "framefleet-api",
      "/etc/framefleet-secrets/api-tls/tls.crt": "framefleet-api-tls",
      "/etc/framefleet-secrets/api-tls/tls.key": "framefleet-api-tls",
    });
  });

  test("8 GPUs: the generator DaemonSet asks for 8 and places on NVIDIA devices", () => {
    const ds = find(objectsOf(CASES[4]![0]), "DaemonSet", "-generator") as K8sObject;
    const c = (podSpecOf(ds).containers as Array<{ resources: { requests: Json; limits: Json } }>)[0]!;
    expect([c.resources.requests["nvidia.com/gpu"], c.resources.limits["nvidia.com/gpu"]]).toEqual([8, 8]);
  });

  test("evaluator on GPU nodes: GPUs, the GPU node selector and toleration", () => {
    const spec = podSpecOf(find(objectsOf(CASES[5]![0]), "Deployment", "-evaluator") as K8sObject);
    expect(spec.nodeSelector).toEqual({ "nvidia.com/gpu.present": "true" });
    expect(spec.tolerations).toEqual(gpuToleration);
    expect((spec.containers as Array<{ resources: { limits: Json } }>)[0]!.resources.limits["nvidia.com/gpu"]).toBe(1);
  });

  test("autoscaling: ScaledObjects on the task consumers, a generator Deployment KEDA scales from 0", () => {
    const objs = objectsOf(CASES[6]![0]);
    expect(find(objs, "DaemonSet", "-generator")).toBeUndefined();
    const gen = find(objs, "Deployment", "-generator") as K8sObject;
    // KEDA owns the count: a replicas field would reset it on every upgrade.
    expect((gen.spec as Json).replicas).toBeUndefined();
    type Trigger = { type: string; metadata: Record<string, string> };
    const scaled = (suffix: string) => (find(objs, "ScaledObject", suffix) as K8sObject).spec as { minReplicaCount: number; scaleTargetRef: Json; triggers: Trigger[] };
    const g = scaled("-generator");
    expect(g.scaleTargetRef).toMatchObject({ kind: "Deployment", name: gen.metadata.name });
    expect(g.minReplicaCount).toBe(0);
    // One trigger per generation backend (the eval backend is the evaluators').
    expect(g.triggers.map((t) => [t.type, t.metadata.stream, t.metadata.consumer])).toEqual([["nats-jetstream", "FF_TASKS", "gen_wan-ti2v-5b"]]);
    expect(g.triggers[0]!.metadata.natsServerMonitoringEndpoint).toBe("ff-nats-headless.fleet.svc.cluster.local:8222");
    expect(scaled("-evaluator").triggers.map((t) => t.metadata.consumer)).toEqual(["eval_vbench-gpu"]);
    expect(objs.filter((o) => o.kind === "ServiceMonitor" || o.kind === "PodMonitor")).toHaveLength(2);
  });
});

describe("checks that must be able to fail", () => {
  test("a misspelt key under nats: is reported, though helm renders it without a word", () => {
    const values = { nats: { config: { jetstream: { fileStore: { pvc: { sise: "5Gi" } } }, clustr: { enabled: true } } } };
    expect(sandbox.template(values).length).toBeGreaterThan(10);
    const merged = { ...(ourDefaults.nats as Json), ...values.nats };
    expect(unknownValuePaths(merged, natsDefaults, ["enabled"]).sort()).toEqual(["config.clustr", "config.jetstream.fileStore.pvc.sise"]);
  });

  test("a FrameFleet setting the loader does not know fails the configuration check", () => {
    const inputs = workloadInputs(sandbox.template({ config: { extra: { coordinator: { reconcile_intervall: "5s" } } } }));
    const coord = inputs.find((i) => i.container === "coordinator") as (typeof inputs)[number];
    const file = join(tmp, "typo.yaml");
    writeFileSync(file, coord.configText);
    expect(() => loadConfig({ file, env: coord.env })).toThrow(/reconcile_intervall/);
  });

  test("the schema check rejects a wrong object (a string container port)", () => {
    const dep = structuredClone(find(objectsOf(CASES[0]![0]), "Deployment", "-coordinator") as K8sObject);
    (podSpecOf(dep).containers as Json[])[0]!.ports = [{ containerPort: "seventy-seven" }];
    expect(() => validateObject(dep)).toThrow(/containerPort/);
    const so = structuredClone(find(objectsOf(CASES[6]![0]), "ScaledObject", "-generator") as K8sObject);
    (so.spec as Json).minReplicaCount = "none";
    expect(() => validateObject(so)).toThrow(/minReplicaCount/);
  });
});

describe("values.schema.json: helm refuses bad values, naming the field", () => {
  test.each<[string, Json, RegExp]>([
    ["negative GPUs", { generator: { gpus: -1 } }, /generator[./]gpus/],
    ["an unknown top-level key", { generatr: { gpus: 1 } }, /generatr/],
    ["a string for replicas", { evaluator: { replicas: "two" } }, /evaluator[./]replicas/],
    ["a negative drain deadline", { generator: { drainDeadlineSeconds: -5 } }, /generator[./]drainDeadlineSeconds/],
    ["autoscaling a DaemonSet", { generator: { autoscaling: { enabled: true } } }, /generator[./]mode/],
    ["an unknown autoscaling key", { evaluator: { autoscaling: { enabled: true, maxReplica: 3 } } }, /maxReplica/],
  ])("%s", (_why, values, field) => {
    const r = sandbox.run(["template", "ff", sandbox.chart, "-f", sandbox.valuesFile(values)]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/values don't meet the specifications of the schema/);
    expect(r.stderr).toMatch(field);
  });
});
