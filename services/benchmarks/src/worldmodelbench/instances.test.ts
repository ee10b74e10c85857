import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseInstances, stemOf } from "./instances";

const DATA = resolve(__dirname, "../../../../../shared/data");

describe("worldmodelbench.json", () => {
  it("reads the real file: 350 instances, 7 domains of 50, stems from first_frame", () => {
    const rows = parseInstances(readFileSync(resolve(DATA, "worldmodelbench/worldmodelbench.json"), "utf8"), "w.json");
    expect(rows).toHaveLength(350);
    const domains = new Map<string, number>();
    for (const r of rows) domains.set(r.domain, (domains.get(r.domain) ?? 0) + 1);
    expect([...domains.values()]).toEqual([50, 50, 50, 50, 50, 50, 50]);
    expect(rows[0]?.stem).toBe("69620089860948e38a4921dd4869d24f");
    expect(rows[0]?.text_instruction).toBe("The autonomous vehicle stops at the traffic light on the bridge.");
    expect(rows[257]?.stem).toBe("000002432090.0");
    expect(rows[257]?.subdomain).toBe("Strategy.");
  });

  it("takes Python's Path.stem: only the last extension goes", () => {
    expect(stemOf("images/000000000932.3.jpg")).toBe("000000000932.3");
    expect(stemOf("a/b/name")).toBe("name");
    expect(stemOf(".hidden")).toBe(".hidden");
  });

  it("refuses rows with missing fields and duplicate stems, naming the row", () => {
    const row = { domain: "d", subdomain: "s", text_first_frame: "f", text_instruction: "i", first_frame: "images/a.jpg" };
    expect(() => parseInstances(JSON.stringify([row, { ...row, text_instruction: 3 }]), "w.json")).toThrow(
      /w\.json: row 1: field text_instruction is missing or not a non-empty string/,
    );
    expect(() => parseInstances(JSON.stringify([row, { ...row, first_frame: "other/a.png" }]), "w.json")).toThrow(/row 1: first_frame stem "a" is also row 0's/);
    expect(() => parseInstances("{}", "w.json")).toThrow(/w\.json: expected a list/);
    expect(() => parseInstances("[", "w.json")).toThrow(/w\.json: not valid JSON/);
  });
});
