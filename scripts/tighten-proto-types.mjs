// pbts types a message's nested-message fields as the loose `X.$Properties` (every field optional),
// although a decoded message always holds full `X` instances with defaults. Class member
// declarations (12-space indent in pbts output) are rewritten to the class type, so that code
// reading decoded messages gets precise types; constructor and create() keep `$Properties`.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
const lines = readFileSync(file, "utf8").split("\n");
let changed = 0;
const out = lines.map((line) => {
  if (!/^ {12}[a-zA-Z]\w*\??: /.test(line)) return line;
  const next = line.replace(/(framefleet\.v1\.\w+)\.\$Properties/g, "$1");
  if (next !== line) changed++;
  return next;
});
writeFileSync(file, out.join("\n"));
console.log(`tightened ${changed} nested-message field types in ${file}`);
