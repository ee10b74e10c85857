// tsc emits only what it compiles; the generated protobuf module is plain JS beside its .d.ts,
// so the build copies it (and other runtime assets) into dist/ at the same relative path.
import { cpSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const assets = ["proto/gen/framefleet.js"];
for (const rel of assets) {
  const to = join(root, "dist", rel);
  mkdirSync(dirname(to), { recursive: true });
  cpSync(join(root, rel), to);
}
