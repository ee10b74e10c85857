import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sanitizeComponent } from "../../../common/src/paths";
import {
  VBENCH_CUSTOM_DIMENSIONS,
  customVideoPath,
  evalResultsPath,
  folderOfRow,
  promptFromFileName,
  promptNameProblem,
  readDimensionToFolder,
  readFullInfo,
  standardVideoPath,
  vbenchVideoName,
} from "./layout";

const SHARED = resolve(__dirname, "../../../../../shared/data/vbench");
const FULL_INFO = join(SHARED, "VBench_full_info.json");
const D2F = join(SHARED, "dimension_to_folder.json");

describe("VBench's real prompt-suite files", () => {
  test("full_info: 946 rows (944 distinct prompts) with the documented prompts per dimension", async () => {
    const rows = await readFullInfo(FULL_INFO);
    expect(rows).toHaveLength(946);
    expect(new Set(rows.map((r) => r.prompt)).size).toBe(944);
    expect(rows[0]).toEqual({ prompt: "In a still frame, a stop sign", dimensions: ["temporal_flickering"] });
    const perDim = new Map<string, number>();
    for (const r of rows) for (const d of r.dimensions) perDim.set(d, (perDim.get(d) ?? 0) + 1);
    expect(Object.fromEntries(perDim)).toEqual({
      human_action: 100, temporal_style: 100, overall_consistency: 93, aesthetic_quality: 93, imaging_quality: 93,
      appearance_style: 90, scene: 86, background_consistency: 86, color: 85, spatial_relationship: 84,
      multiple_objects: 82, object_class: 79, temporal_flickering: 75, subject_consistency: 72, dynamic_degree: 72,
      motion_smoothness: 72,
    });
  });

  test("every row maps to one folder, and each folder holds exactly the prompts of its prompts_per_dimension file, in order", async () => {
    const rows = await readFullInfo(FULL_INFO);
    const folders = await readDimensionToFolder(D2F);
    expect(Object.keys(folders)).toHaveLength(16);
    const byFolder = new Map<string, string[]>();
    rows.forEach((r, i) => {
      const f = folderOfRow(r, i, folders, D2F);
      byFolder.set(f, [...(byFolder.get(f) ?? []), r.prompt]);
    });
    expect(byFolder.size).toBe(11);
    for (const [folder, prompts] of byFolder) {
      // Some of these files lack a trailing newline.
      const lines = readFileSync(join(SHARED, "prompts_per_dimension", `${folder}.txt`), "utf8").split("\n").filter((l) => l !== "");
      expect(prompts).toEqual(lines);
    }
  });

  test("all 946 prompts survive the file-name rule unchanged and parse back from every VBench name", async () => {
    const rows = await readFullInfo(FULL_INFO);
    const folders = await readDimensionToFolder(D2F);
    let checked = 0;
    rows.forEach((r, i) => {
      expect(sanitizeComponent(r.prompt)).toBe(r.prompt);
      expect(promptNameProblem(r.prompt)).toBeUndefined();
      const folder = folderOfRow(r, i, folders, D2F);
      for (const index of [0, 4, 24]) {
        const path = standardVideoPath(folder, r.prompt, index);
        expect(path).toBe(`videos/${folder}/${r.prompt}-${index}.mp4`);
        expect(promptFromFileName(path)).toBe(r.prompt);
        expect(promptFromFileName(customVideoPath(r.prompt, index))).toBe(r.prompt);
        checked++;
      }
    });
    expect(checked).toBe(946 * 3);
  });
});

describe("promptFromFileName (VBench's get_prompt_from_filename)", () => {
  test.each([
    ["videos/a cat-0.mp4", "a cat"],
    ["a cat.mp4", "a cat"],
    // Only one trailing -<digits> goes: a prompt that ends in a number keeps it.
    ["Apollo-11-3.mp4", "Apollo-11"],
    ["a cat.-12.mp4", "a cat."],
    ["a-b.mp4", "a-b"],
    // Python's \d matches any Unicode decimal digit (here ARABIC-INDIC DIGIT THREE).
    ["prompt-\u0663.mp4", "prompt"],
    ["dir\\win-2.gif", "win"],
  ])("%s -> %s", (path, prompt) => {
    expect(promptFromFileName(path)).toBe(prompt);
  });
});

describe("names", () => {
  test("vbenchVideoName appends -<index>.mp4 to the sanitised prompt", () => {
    expect(vbenchVideoName("alley", 3)).toBe("alley-3.mp4");
    expect(vbenchVideoName("a/b", 0)).toBe("a_b-0.mp4");
  });

  test("promptNameProblem names the file name VBench would see", () => {
    expect(promptNameProblem('a "cat"?')).toMatch(/would write it as "a _cat__"/);
  });

  test("eval-results files go under vbench_eval/", () => {
    expect(evalResultsPath("temporal_flickering")).toBe("vbench_eval/temporal_flickering_eval_results.json");
  });

  test("custom mode supports the 10 dimensions that need no auxiliary_info", () => {
    expect([...VBENCH_CUSTOM_DIMENSIONS].sort()).toEqual(
      [
        "aesthetic_quality", "background_consistency", "dynamic_degree", "human_action", "imaging_quality",
        "motion_smoothness", "overall_consistency", "subject_consistency", "temporal_flickering", "temporal_style",
      ],
    );
  });
});
