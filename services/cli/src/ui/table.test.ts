import { renderTable } from "./table";

describe("renderTable", () => {
  it("aligns columns, right-aligning all-number columns by default", () => {
    const out = renderTable(["NODE", "STATE", "FREE MiB"], [
      ["gpu-node-1", "active", 81_000],
      ["n2", "draining", 512],
    ]);
    expect(out.split("\n")).toEqual([
      "NODE        STATE     FREE MiB",
      "gpu-node-1  active       81000",
      "n2          draining       512",
    ]);
  });

  it("follows explicit alignment and leaves no trailing spaces", () => {
    const out = renderTable(["A", "B"], [["1", "x"], ["100", "yy"]], { align: ["r", "l"] });
    expect(out).toBe("  A  B\n  1  x\n100  yy");
  });

  it("pads short rows and keeps multi-line values on one line", () => {
    const out = renderTable(["ID", "ERROR"], [["t-1"], ["t-22", "line 1\nline 2"]]);
    expect(out.split("\n")).toEqual(["ID    ERROR", "t-1", "t-22  line 1 line 2"]);
  });

  it("shows control characters in cells escaped and aligns on what is shown", () => {
    const out = renderTable(["ID", "ERROR"], [["t-1", "oops\u001b]0;pwned\u0007\u001b[2J\u009b"], ["t-22", "ok"]]);
    expect(out.split("\n")).toEqual(["ID    ERROR", "t-1   oops\\x1b]0;pwned\\x07\\x1b[2J\\x9b", "t-22  ok"]);
  });

  it("renders a header alone when there are no rows", () => {
    expect(renderTable(["RUN", "STATE"], [])).toBe("RUN  STATE");
  });
});
