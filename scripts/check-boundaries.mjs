// Keeps the service folders honest: a service may import common/ and worker-runtime/ (workers),
// never another service; common/ imports no service; the benchmarks and reports packages are
// reached only through their index (src/index.ts), from services, tests and benches alike; only
// common/src/proto.ts touches the generated code; the aggregator's reports reach no media code.
// Run by `npm run lint` (and so by `npm test`).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const services = join(root, "services");
const allowed = {
  common: ["common"],
  // Benchmark adapters and scorers (planning, tables, official files); reports build on their tables.
  benchmarks: ["common", "benchmarks"],
  reports: ["common", "benchmarks", "reports"],
  "worker-runtime": ["common", "worker-runtime"],
  coordinator: ["common", "benchmarks", "reports", "coordinator"],
  aggregator: ["common", "benchmarks", "reports", "aggregator"],
  "generator-worker": ["common", "worker-runtime", "generator-worker"],
  // SANA-WM's revisit metric reads the benchmark's trajectories.
  "evaluator-worker": ["common", "benchmarks", "worker-runtime", "evaluator-worker"],
  // The CLI starts every service and runs them in the foreground (framefleet coordinator ...).
  // `framefleet devices` reads the worker runtime's device discovery without a worker.
  cli: ["common", "benchmarks", "reports", "cli", "worker-runtime", "coordinator", "aggregator", "generator-worker", "evaluator-worker"],
  // Python backends (SDK and model adapters); their TS files are only the tests that run them.
  backends: ["common", "backends"],
};

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

const problems = [];
for (const [folder, ok] of Object.entries(allowed)) {
  for (const file of files(join(services, folder))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)) {
      const target = resolve(dirname(file), m[1]);
      const rel = relative(services, target).split(sep);
      if (rel[0] === "..") {
        const generated = relative(root, target).startsWith(`proto${sep}gen`);
        if (!generated || !file.endsWith(join("common", "src", "proto.ts"))) problems.push(`${relative(root, file)} imports ${m[1]} (outside services/; only common/src/proto.ts may import proto/gen)`);
        continue;
      }
      if (!ok.includes(rel[0])) problems.push(`${relative(root, file)} imports ${m[1]}: ${folder} may import only ${ok.join(", ")}`);
    }
  }
}
// Packages with one entry: from outside, only their index is imported, so what they expose is
// what the index says and their insides can move freely.
const PACKAGES = ["benchmarks", "reports"];
const outside = ["test", "bench"].flatMap((d) => files(join(root, d)));
for (const file of [...files(services), ...outside]) {
  const rel = relative(services, file).split(sep);
  for (const m of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)) {
    const target = relative(services, resolve(dirname(file), m[1])).split(sep);
    if (!PACKAGES.includes(target[0]) || target[0] === rel[0]) continue;
    const entry = target.length === 2 || (target.length === 3 && target[1] === "src" && target[2] === "index");
    if (!(target[1] === "src" && (target.length === 2 || entry))) problems.push(`${relative(root, file)} imports ${m[1]}: use services/${target[0]}/src (its index), the package's only entry`);
  }
}
// Reports do no media work (posters come from the generator workers, docs/reports.md): nothing the
// aggregator or reports/src reaches, directly or through other modules, may be common/src/media.
const media = join(services, "common", "src", "media");
const importsOf = (file) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)].flatMap((m) => {
    const target = resolve(dirname(file), m[1]);
    for (const candidate of [`${target}.ts`, join(target, "index.ts")]) {
      try {
        if (statSync(candidate).isFile()) return [candidate];
      } catch {
        // not this form of the import
      }
    }
    return [];
  });
for (const start of [...files(join(services, "aggregator")), ...files(join(services, "reports"))].filter((f) => !f.endsWith(".test.ts"))) {
  const seen = new Set([start]);
  const path = new Map([[start, [start]]]);
  for (const file of seen) {
    for (const next of importsOf(file)) {
      if (next.startsWith(media + sep)) {
        problems.push(`${relative(root, start)} reaches common/src/media (${[...path.get(file), next].map((f) => relative(services, f)).join(" -> ")}): reports do no media work`);
        break;
      }
      if (!seen.has(next)) {
        seen.add(next);
        path.set(next, [...path.get(file), next]);
      }
    }
  }
}
// Test helpers live in services/<service>/src/testing/, which tsconfig.build.json leaves out of
// dist/. Built code (services and bench/) may not import them: tsc would build them in after all.
const testing = (file) => file.split(sep).includes("testing") && file.startsWith(services + sep);
for (const file of [...files(services), ...files(join(root, "bench"))].filter((f) => !f.endsWith(".test.ts") && !testing(f))) {
  for (const target of importsOf(file)) {
    if (testing(target)) problems.push(`${relative(root, file)} imports ${relative(root, target)}: test helpers stay out of the build`);
  }
}
const known = new Set(Object.keys(allowed));
for (const d of readdirSync(services)) if (!known.has(d)) problems.push(`services/${d} is not in scripts/check-boundaries.mjs: say what it may import`);
if (problems.length > 0) {
  console.error(`import boundaries broken:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("import boundaries ok");
