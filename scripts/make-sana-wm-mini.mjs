// Builds examples/data/sana_wm_mini/: a synthetic SANA-WM-Bench dataset in the official layout
// (2 splits × 2 scenes), made from the one public SANA-WM trajectory example
// (shared/data/sana_wm_bench/demo_0_*.npy). Deterministic: running it again gives the same bytes
// (with the same ffmpeg build for the PNGs).
//
//   npm run build && node scripts/make-sana-wm-mini.mjs [--demo DIR] [--out DIR]
//
// Plain Node, because the repo has no TypeScript runner: the .npy/.npz code is the project's own
// (services/benchmarks/src/formats/npy.ts), taken from the build in dist/.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]) : fallback;
};
const npyModule = join(root, "dist", "services", "benchmarks", "src", "formats", "npy.js");
if (!existsSync(npyModule)) {
  console.error("make-sana-wm-mini: run `npm run build` first (it uses the built .npy/.npz code)");
  process.exit(2);
}
const { readNpy: readNpyBytes, writeNpz } = createRequire(import.meta.url)(npyModule);
const demoDir = arg("--demo", resolve(root, "..", "shared", "data", "sana_wm_bench"));
const outDir = arg("--out", join(root, "examples", "data", "sana_wm_mini"));

/** Frames per mini trajectory: 33 at 16 fps, the mini run's video length. */
const FRAMES = 33;
const FPS = 16;
const SPLITS = { benchmark_v2_smooth_60s: { step: 1 }, benchmark_v2_hard_60s: { step: 3 } };
const SCENES = [
  { id: "game_style_001", start: 0, image: "testsrc=size=64x48:rate=1", prompt: null },
  {
    id: "indoor_001",
    start: 120,
    image: "testsrc2=size=64x48:rate=1",
    prompt:
      "A first-person walk through a quiet living room with a grey sofa, a wooden coffee table and tall windows; soft afternoon light, the camera glides slowly forward and turns to the right.",
  },
];

// ---- .npy / .npz ---------------------------------------------------------------------------

const readNpy = (file) => readNpyBytes(readFileSync(file), file);
const f4 = (shape, data) => ({ shape, dtype: "f4", data });
const i8 = (value) => ({ shape: [], dtype: "i8", data: BigInt64Array.from([BigInt(value)]) });

// ---- trajectories --------------------------------------------------------------------------

/** Row-major 4x4 (Float64) of pose i. */
const matrix = (poses, i) => Array.from(poses.data.subarray(i * 16, i * 16 + 16), Number);

/** inv(a) @ b for rigid 4x4 poses: the trajectory made relative to its first pose (first = I). */
function relative(a, b) {
  const inv = new Array(16).fill(0);
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) inv[r * 4 + c] = a[c * 4 + r];
    inv[r * 4 + 3] = -(a[0 * 4 + r] * a[3] + a[1 * 4 + r] * a[7] + a[2 * 4 + r] * a[11]);
  }
  inv[15] = 1;
  const out = new Array(16).fill(0);
  for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) for (let k = 0; k < 4; k++) out[r * 4 + c] += inv[r * 4 + k] * b[k * 4 + c];
  return out;
}

function trajectory(poses, intr, start, step) {
  const c2w = new Float32Array(FRAMES * 16);
  const k = new Float32Array(FRAMES * 9);
  const first = matrix(poses, start);
  for (let f = 0; f < FRAMES; f++) {
    const src = Math.min(start + f * step, poses.shape[0] - 1);
    c2w.set(relative(first, matrix(poses, src)), f * 16);
    k.set(intr.data.subarray(src * 9, src * 9 + 9), f * 9);
  }
  return { c2w, k };
}

/** Camera distance (m) and viewing-angle difference (deg) between two frames. */
function revisitGeometry(c2w, a, b) {
  const m = (i) => c2w.subarray(i * 16, i * 16 + 16);
  const [pa, pb] = [m(a), m(b)];
  const distance = Math.hypot(pa[3] - pb[3], pa[7] - pb[7], pa[11] - pb[11]);
  // Angle between the two rotations: acos((trace(Ra^T Rb) - 1) / 2).
  let trace = 0;
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) trace += pa[j * 4 + i] * pb[j * 4 + i];
  const angle = (Math.acos(Math.max(-1, Math.min(1, (trace - 1) / 2))) * 180) / Math.PI;
  return { distance_m: Number(distance.toFixed(4)), angle_diff_deg: Number(angle.toFixed(3)) };
}

/** A few pairs per scene, within the 33 frames; quality scores fixed so the order is known. */
const PAIRS = {
  game_style_001: [
    [2, 30, 0.12],
    [5, 27, 0.3],
    [8, 24, null],
    [1, 32, 0.2],
    [10, 20, 0.45],
    [12, 16, 0.6],
  ],
  indoor_001: [
    [3, 29, 0.08],
    [6, 26, 0.25],
    [11, 11, 0.05],
  ],
};

// ---- write ---------------------------------------------------------------------------------

const poses = readNpy(join(demoDir, "demo_0_pose.npy"));
const intr = readNpy(join(demoDir, "demo_0_intrinsics.npy"));
const demoPrompt = readFileSync(join(demoDir, "demo_0.txt"), "utf8").trim();

// Only what this script makes: README.md beside it is written by hand.
for (const dir of ["images", "scene_set", ...Object.keys(SPLITS)]) rmSync(join(outDir, dir), { recursive: true, force: true });
mkdirSync(join(outDir, "images"), { recursive: true });
mkdirSync(join(outDir, "scene_set"), { recursive: true });
writeFileSync(join(outDir, "scene_set", "kept_scenes.txt"), SCENES.map((s) => s.id).join("\n") + "\n");

for (const scene of SCENES) {
  const png = join(outDir, "images", `${scene.id}.png`);
  const res = spawnSync(
    "ffmpeg",
    ["-nostdin", "-v", "error", "-f", "lavfi", "-i", scene.image, "-frames:v", "1", "-pix_fmt", "rgb24", "-fflags", "+bitexact", "-flags:v", "+bitexact", png],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  if (res.status !== 0) throw new Error(`ffmpeg failed making ${png}`);
}

for (const [splitDir, { step }] of Object.entries(SPLITS)) {
  const exportDir = join(outDir, splitDir, "sanawm_export_v2");
  mkdirSync(exportDir, { recursive: true });
  const manifest = [];
  const scenes = [];
  for (const scene of SCENES) {
    const { c2w, k } = trajectory(poses, intr, scene.start, step);
    const npz = writeNpz([
      ["c2w", f4([FRAMES, 4, 4], c2w)],
      ["intrinsics", f4([FRAMES, 3, 3], k)],
      ["fps", i8(FPS)],
      ["num_frames", i8(FRAMES)],
    ]);
    writeFileSync(join(exportDir, `${scene.id}.npz`), npz);
    const prompt = scene.prompt ?? demoPrompt;
    const category = scene.id.slice(0, scene.id.lastIndexOf("_"));
    manifest.push(
      JSON.stringify({ id: scene.id, prompt, image_path: `images/${scene.id}.png`, camera_path: `${splitDir}/sanawm_export_v2/${scene.id}.npz`, scene_type: category }),
    );
    scenes.push({
      scene_id: scene.id,
      prompt,
      evaluation_pairs: PAIRS[scene.id].map(([a, b, q]) => ({
        frame_a: a,
        frame_b: b,
        ...(q === null ? {} : { quality_score: q }),
        ...revisitGeometry(c2w, a, b),
      })),
    });
  }
  writeFileSync(join(exportDir, "run_manifest.jsonl"), manifest.join("\n") + "\n");
  writeFileSync(join(outDir, splitDir, "scene_trajectories_v2.json"), JSON.stringify({ scenes }, null, 2) + "\n");
}
console.log(`wrote ${outDir}`);
