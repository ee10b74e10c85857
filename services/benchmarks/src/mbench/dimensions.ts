/**
 * MBench's 12 evaluation dimensions and their registration names (README "Evaluation
 * Dimensions"): three axes of four sub-dimensions, each computed by one metric per setting.
 * MBench-A (`mbencha`) has all 12; MBench-T (`mbencht`) has no Action Interaction, so 11.
 */

export const MBENCH_SETTINGS = ["mbencha", "mbencht"] as const;
export type MBenchSetting = (typeof MBENCH_SETTINGS)[number];

export const MBENCH_AXES = ["entity", "environment", "causal"] as const;
export type MBenchAxis = (typeof MBENCH_AXES)[number];

/** The four sample subsets; each maps one-to-one onto the metrics' subset. */
export const MBENCH_SUBSETS = ["human", "object", "environment", "causal"] as const;
export type MBenchSubset = (typeof MBENCH_SUBSETS)[number];

export interface MBenchDimension {
  readonly axis: MBenchAxis;
  /** The subset whose samples this metric scores. */
  readonly subset: MBenchSubset;
  /** The sub-dimension as the README's table names it. */
  readonly label: string;
  /** Registration name without the setting prefix, e.g. `entity.human_identity_consistency`. */
  readonly key: string;
  readonly settings: readonly MBenchSetting[];
  /**
   * The metric reads the DA3 camera-pose artifact (`…/da3/results.npz`, MBench's artifact_da3
   * path; the README names spatial, object-geometry and camera-interaction metrics as its users).
   * The fleet neither produces nor passes that file, so these cannot be computed on a fleet run
   * (docs/benchmarks/mbench.md, "Metrics that need DA3").
   */
  readonly needsDa3?: boolean;
}

const BOTH: readonly MBenchSetting[] = MBENCH_SETTINGS;

export const MBENCH_DIMENSIONS: readonly MBenchDimension[] = [
  { axis: "entity", subset: "human", label: "Human Identity", key: "entity.human_identity_consistency", settings: BOTH },
  { axis: "entity", subset: "human", label: "Human Appearance", key: "entity.human_appearance_consistency", settings: BOTH },
  { axis: "entity", subset: "object", label: "Object Texture", key: "entity.object_texture_consistency", settings: BOTH },
  { axis: "entity", subset: "object", label: "Object Geometry", key: "entity.object_geometry_consistency", settings: BOTH, needsDa3: true },
  { axis: "environment", subset: "environment", label: "Spatial Epipolar", key: "environment.spatial_epipolar", settings: BOTH, needsDa3: true },
  { axis: "environment", subset: "environment", label: "Spatial Reprojection", key: "environment.spatial_reprojection", settings: BOTH, needsDa3: true },
  { axis: "environment", subset: "environment", label: "Rendering Style", key: "environment.rendering_style", settings: BOTH },
  { axis: "environment", subset: "environment", label: "Rendering Lighting", key: "environment.rendering_lighting", settings: BOTH },
  { axis: "causal", subset: "causal", label: "Action Interaction", key: "causal.camera_interaction", settings: ["mbencha"], needsDa3: true },
  { axis: "causal", subset: "causal", label: "Text Interaction", key: "causal.prompt_interaction", settings: BOTH },
  { axis: "causal", subset: "causal", label: "Self-Evolution: State", key: "causal.state_progress", settings: BOTH },
  { axis: "causal", subset: "causal", label: "Self-Evolution: Correctness", key: "causal.progress_correctness", settings: BOTH },
];

/** "MBench-A" / "MBench-T", as the README names the settings. */
export function settingTitle(setting: MBenchSetting): string {
  return setting === "mbencha" ? "MBench-A" : "MBench-T";
}

export function isMBenchSetting(v: unknown): v is MBenchSetting {
  return typeof v === "string" && (MBENCH_SETTINGS as readonly string[]).includes(v);
}

export function isMBenchSubset(v: unknown): v is MBenchSubset {
  return typeof v === "string" && (MBENCH_SUBSETS as readonly string[]).includes(v);
}

/** Full registration name, e.g. `mbencht.entity.human_identity_consistency`. */
export function metricName(setting: MBenchSetting, dim: MBenchDimension): string {
  return `${setting}.${dim.key}`;
}

/** The setting's dimensions in the README's order. */
export function dimensionsOf(setting: MBenchSetting): MBenchDimension[] {
  return MBENCH_DIMENSIONS.filter((d) => d.settings.includes(setting));
}

/** Registration names of the metrics that score a sample of `subset` (none for a subset MBench does not know). */
export function metricsForSubset(setting: MBenchSetting, subset: string): string[] {
  return dimensionsOf(setting)
    .filter((d) => d.subset === subset)
    .map((d) => metricName(setting, d));
}

/** The setting and dimension of a registration name; undefined for any other name. */
export function parseMetricName(name: string): { setting: MBenchSetting; dimension: MBenchDimension } | undefined {
  const dot = name.indexOf(".");
  const setting = name.slice(0, dot);
  if (dot < 0 || !isMBenchSetting(setting)) return undefined;
  const dimension = dimensionsOf(setting).find((d) => d.key === name.slice(dot + 1));
  return dimension ? { setting, dimension } : undefined;
}

/** MBench-T metrics are gated by the VLM trigger; MBench-A's never are (README "Trigger-Conditioned Scoring"). */
export function usesTrigger(setting: MBenchSetting): boolean {
  return setting === "mbencht";
}
