/**
 * Offline schema checks of rendered Kubernetes objects: the Kubernetes API's own schemas
 * (kubernetes-models) and those of the CRDs the chart may render, KEDA's ScaledObject
 * (@kubernetes-models/keda) and prometheus-operator's monitors. An object of an apiVersion or
 * kind with no schema here fails, so a new kind in the chart must be added.
 */
import * as appsV1 from "kubernetes-models/apps/v1";
import * as coreV1 from "kubernetes-models/v1";
import * as policyV1 from "kubernetes-models/policy/v1";
import * as kedaV1alpha1 from "@kubernetes-models/keda/keda.sh/v1alpha1";
import * as monitoringV1 from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
import type { K8sObject } from "./helm";

type Model = { validate(): void };
type ModelClass = new (data: object) => Model;

const GROUPS: Record<string, Record<string, unknown>> = {
  v1: coreV1,
  "apps/v1": appsV1,
  "policy/v1": policyV1,
  "keda.sh/v1alpha1": kedaV1alpha1,
  "monitoring.coreos.com/v1": monitoringV1,
};

/** Throws (naming the object and the bad field) unless `o` validates against its kind's schema. */
export function validateObject(o: K8sObject): void {
  const group = GROUPS[o.apiVersion];
  const cls = group?.[o.kind] as ModelClass | undefined;
  if (cls === undefined) throw new Error(`no schema for ${o.apiVersion} ${o.kind} (${o.metadata.name}): add it to GROUPS`);
  try {
    new cls(o).validate();
  } catch (err) {
    throw new Error(`${o.kind} ${o.metadata.name}: ${(err as Error).message}`, { cause: err });
  }
}
