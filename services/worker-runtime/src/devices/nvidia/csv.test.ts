import { CsvParseError, csvNumber, parseCsv, presentValue, splitCsvLine, splitHeaderField } from "./csv";
import { captureFiles, loadCapture } from "../../testing/nvidia-captures";

const NO_VALUE_MARKERS = [
  "[N/A]",
  "N/A",
  "[Not Supported]",
  "[Requested functionality has been deprecated]",
  "[Unknown Error]",
  "[Insufficient Permissions]",
  "",
  "   ",
];

describe("csv: units, markers, quoting", () => {
  test("the header's units are stripped from names and from values; extra spaces are trimmed", () => {
    const t = parseCsv("index, memory.total [MiB], utilization.gpu [%],  power.draw [W]\n0,   81559 MiB, 100.00 %, 71.15 W  \n");
    expect(t.fields).toEqual(["index", "memory.total", "utilization.gpu", "power.draw"]);
    expect(t.units).toEqual({ "memory.total": "MiB", "utilization.gpu": "%", "power.draw": "W" });
    expect(t.rows).toEqual([{ index: "0", "memory.total": "81559", "utilization.gpu": "100.00", "power.draw": "71.15" }]);
  });

  test.each(NO_VALUE_MARKERS)("%j is no value (undefined)", (marker) => {
    const t = parseCsv(`a, b [MiB]\n${marker}, ${marker}\n`);
    expect(t.rows[0]).toEqual({ a: undefined, b: undefined });
    expect(presentValue(marker)).toBeUndefined();
    expect(csvNumber(marker)).toBeUndefined();
  });

  test("noheader,nounits: the caller names the columns (units in the names are dropped)", () => {
    const t = parseCsv("0, GPU-1, 81559, [N/A]\n1, GPU-2, 40960, 7\n", { fields: ["index", "uuid", "memory.total [MiB]", "utilization.gpu"] });
    expect(t.fields).toEqual(["index", "uuid", "memory.total", "utilization.gpu"]);
    expect(t.rows).toEqual([
      { index: "0", uuid: "GPU-1", "memory.total": "81559", "utilization.gpu": undefined },
      { index: "1", uuid: "GPU-2", "memory.total": "40960", "utilization.gpu": "7" },
    ]);
  });

  test("quoted values may hold commas and doubled quotes", () => {
    expect(splitCsvLine(`0, "a, b", "say ""hi""" , c`)).toEqual(["0", "a, b", 'say "hi"', "c"]);
    expect(parseCsv(`name, pid\n"my, app", 7\n`).rows).toEqual([{ name: "my, app", pid: "7" }]);
    expect(() => splitCsvLine(`"open`)).toThrow(CsvParseError);
    expect(() => splitCsvLine(`"a" b, c`)).toThrow("text after a quoted value");
  });

  test("a row with the wrong number of values fails naming its line", () => {
    expect(() => parseCsv("a, b\n1, 2\n\n1, 2, 3\n")).toThrow("line 4: 3 values for 2 fields (a, b)");
  });

  test("blank text is an empty table; a header alone has no rows", () => {
    expect(parseCsv("")).toEqual({ fields: [], units: {}, rows: [] });
    expect(parseCsv("pid, used_gpu_memory [MiB]\n\n").rows).toEqual([]);
  });

  test("csvNumber ignores a trailing unit and rejects words", () => {
    expect(csvNumber("81559 MiB")).toBe(81559);
    expect(csvNumber("7484MiB")).toBe(7484);
    expect(csvNumber("71.15 W")).toBe(71.15);
    expect(csvNumber("100 %")).toBe(100);
    expect(csvNumber("Enabled")).toBeUndefined();
    expect(csvNumber(undefined)).toBeUndefined();
  });

  test("splitHeaderField", () => {
    expect(splitHeaderField(" memory.used [MiB] ")).toEqual({ name: "memory.used", unit: "MiB" });
    expect(splitHeaderField("uuid")).toEqual({ name: "uuid" });
  });
});

describe.each(captureFiles())("csv on the real capture %s", (file) => {
  const cap = loadCapture(file);
  const csvTitles = cap.titles.filter((t) => /^(idle|load) :: query-(gpu|compute-apps|accounted-apps|retired-pages)\b/.test(t));

  test("has the idle and load CSV sections", () => {
    expect(csvTitles.filter((t) => t.startsWith("idle"))).toHaveLength(4);
    expect(csvTitles.filter((t) => t.startsWith("load"))).toHaveLength(4);
  });

  test.each(csvTitles)("%s: every value is the raw cell without its unit, markers become undefined", (title) => {
    const body = cap.section(title);
    const lines = body.split("\n").filter((l) => l.trim() !== "");
    const t = parseCsv(body);
    expect(t.rows).toHaveLength(lines.length - 1);
    const header = (lines[0] as string).split(",").map((h) => h.trim());
    expect(t.fields).toHaveLength(header.length);
    lines.slice(1).forEach((line, r) => {
      const cells = line.split(",").map((c) => c.trim());
      expect(cells).toHaveLength(header.length);
      cells.forEach((cell, c) => {
        const field = t.fields[c] as string;
        const unit = t.units[field];
        const got = t.rows[r]?.[field];
        if (NO_VALUE_MARKERS.includes(cell)) expect(got).toBeUndefined();
        else if (unit && cell.endsWith(` ${unit}`)) expect(`${got} ${unit}`).toBe(cell);
        else expect(got).toBe(cell);
      });
    });
  });

  test.each(csvTitles.filter((t) => t.includes("query-gpu")))("%s: noheader,nounits gives the same rows", (title) => {
    const t = parseCsv(cap.section(title));
    const noheader = t.rows.map((row) => t.fields.map((f) => row[f] ?? "[N/A]").join(", ")).join("\n");
    expect(parseCsv(noheader, { fields: t.fields }).rows).toEqual(t.rows);
  });
});
