import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { mbenchScorer } from "./scorer";

const RUN = join(__dirname, "testdata/mbencht_run");
const ID = "mbencht.entity.human_identity_consistency";
const EPI = "mbencht.environment.spatial_epipolar";
const PC = "mbencht.causal.progress_correctness";

interface DimJson {
  reliability: number | null;
  coverage: number | null;
  m_score: number | null;
  n: number | null;
}
interface ModelJson {
  dimensions: Record<string, DimJson>;
  axes: Record<string, number | null>;
  total: number | null;
  missing: string[];
}

describe("framefleet score mbench on testdata/mbencht_run (two models)", () => {
  it("scores each model per dimension, axis and total", async () => {
    const { json } = await mbenchScorer.score({ input: RUN });
    expect(json.setting).toBe("mbencht");
    expect(json.model_ids).toEqual(["my_model", "other_model"]);
    expect(json.model_id).toBeUndefined(); // several models: only grouped
    const models = json.models as Record<string, ModelJson>;
    const my = models.my_model as ModelJson;
    // human identity, items.jsonl: triggered 0.8, 0.6 and one untriggered
    //   R = 0.7, C = 2/3, M = 2*0.7*(2/3)/(0.7+2/3) = 0.933333/1.366667 = 0.682927
    expect(my.dimensions[ID]).toEqual({ reliability: expect.closeTo(0.7, 9), coverage: expect.closeTo(2 / 3, 9), m_score: expect.closeTo(0.682927, 6), n: 3 });
    // spatial epipolar: 0.5, 0.7 both triggered (the error line is left out): R = 0.6, C = 1, M = 1.2/1.6 = 0.75
    expect(my.dimensions[EPI]).toEqual({ reliability: expect.closeTo(0.6, 9), coverage: 1, m_score: expect.closeTo(0.75, 9), n: 2 });
    // progress correctness, summary.json only: R = 0.74, C = 1.0, M = 1.48/1.74 = 0.850575
    expect(my.dimensions[PC]).toEqual({ reliability: 0.74, coverage: 1, m_score: expect.closeTo(0.850575, 6), n: 2 });
    expect(my.dimensions["mbencht.entity.object_texture_consistency"]).toEqual({ reliability: null, coverage: null, m_score: null, n: 0 });
    // one measured sub-dimension per axis; total = (0.682927 + 0.75 + 0.850575)/3 = 2.283502/3 = 0.761167
    expect(my.axes).toEqual({ entity: expect.closeTo(0.682927, 6), environment: expect.closeTo(0.75, 9), causal: expect.closeTo(0.850575, 6) });
    expect(my.total).toBeCloseTo(0.761167, 6);
    expect(my.missing).toHaveLength(11 - 3);

    const other = models.other_model as ModelJson;
    // identity: 0.9 triggered, two untriggered: R = 0.9, C = 1/3, M = 2*0.9*(1/3)/(0.9+1/3) = 0.6/1.233333 = 0.486486
    expect(other.dimensions[ID]?.m_score).toBeCloseTo(0.486486, 6);
    // epipolar: 0.4 triggered, one untriggered: R = 0.4, C = 0.5, M = 0.4/0.9 = 0.444444
    expect(other.dimensions[EPI]?.m_score).toBeCloseTo(0.444444, 6);
    // progress correctness: never triggered (summary triggered 0.0, no score): M = 0
    expect(other.dimensions[PC]).toEqual({ reliability: null, coverage: 0, m_score: 0, n: 2 });
    // total = (0.486486 + 0.444444 + 0)/3 = 0.930930/3 = 0.310310
    expect(other.total).toBeCloseTo(0.31031, 5);
  });

  it("prints one table with a model column and says where numbers came from", async () => {
    const { table } = await mbenchScorer.score({ input: RUN });
    expect(table.title).toBe("MBench-T: my_model, other_model");
    expect(table.columns[0]).toBe("model");
    expect(table.rows).toHaveLength(2 * (11 + 3 + 1));
    expect(table.rows.find((r) => r[0] === "other_model" && r[3] === ID)).toEqual(["other_model", "Entity", "Human Identity", ID, 0.9, 0.3333, 0.4865, 3]);
    expect(table.rows.find((r) => r[0] === "my_model" && r[1] === "Total")?.[6]).toBe(0.7612);
    expect(table.scores).toEqual({ "my_model.total": 0.7612, "other_model.total": 0.3103 });
    const notes = table.notes.join("\n");
    expect(notes).toMatch(/ignored \(not one of MBench's mbencht metrics\): custom.my_metric/);
    expect(notes).toMatch(/spatial_epipolar: 1 item line\(s\) with no score/);
    expect(notes).toMatch(/progress_correctness: from summary.json/);
  });
});

describe("framefleet score mbench on hand-made folders", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "mbench-run-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function metric(name: string, file: string, text: string): Promise<void> {
    await mkdir(join(dir, "metrics", name), { recursive: true });
    await writeFile(join(dir, "metrics", name, file), text);
  }

  it("puts a single model's numbers at the top level and finds its model in the run's items.jsonl (MBench-A: no trigger)", async () => {
    await writeFile(join(dir, "items.jsonl"), '{"item_id": "environment:e1:orbit_5s", "model_id": "solo"}\n');
    // A-side: the triggered field is ignored; a line with no model_id belongs to the one model the run lists for it
    await metric(
      "mbencha.environment.rendering_style",
      "items.jsonl",
      '{"item_id": "environment:e1:orbit_5s", "scores": {"score": 0.25, "score_raw": 0.4, "triggered": 0.0}}\n\n',
    );
    const { json } = await mbenchScorer.score({ input: dir });
    // R = 0.25, C = 1, M = 2*0.25/1.25 = 0.4; the environment axis and the total are that one M-Score
    expect(json).toMatchObject({ setting: "mbencha", model_id: "solo", model_ids: ["solo"], total: 0.4, axes: { entity: null, environment: 0.4, causal: null } });
    expect((json.dimensions as Record<string, DimJson>)["mbencha.environment.rendering_style"]).toEqual({ reliability: 0.25, coverage: 1, m_score: 0.4, n: 1 });
  });

  it("reads summary groups given as a list or as a top-level mapping", async () => {
    await metric("mbencha.causal.state_progress", "summary.json", '{"groups": [{"model_id": "m", "scores": {"score": 0.5}}]}');
    await metric("mbencha.causal.prompt_interaction", "summary.json", '{"m": {"score": 1.0, "score_raw": 5}}');
    const { json } = await mbenchScorer.score({ input: dir });
    // state 2*0.5/1.5 = 0.666667, prompt 2*1/2 = 1; causal = (0.666667 + 1)/2 = 0.833333
    expect(json.axes).toEqual({ entity: null, environment: null, causal: expect.closeTo(0.833333, 6) });
  });

  const refused = async () =>
    mbenchScorer.score({ input: dir }).then(
      () => ({ code: "none", message: "scored without error" }),
      (e: unknown) => e as { code: string; message: string },
    );

  it("refuses a folder that is not an MBench run", async () => {
    expect(await mbenchScorer.score({ input: join(dir, "nope") }).catch((e: unknown) => e)).toMatchObject({
      code: FleetErrorCode.INVALID_INPUT,
      message: expect.stringMatching(/nope: not a folder; --input must be an MBench run folder/),
    });
    expect((await refused()).message).toMatch(/metrics: cannot list/);
    await metric("vbench_stuff", "summary.json", "{}");
    expect((await refused()).message).toMatch(/holds no MBench metric folder \(found vbench_stuff\)/);
  });

  it("refuses mixed settings", async () => {
    await metric("mbencha.causal.state_progress", "summary.json", '{"m": {"score": 0.5}}');
    await metric("mbencht.causal.state_progress", "summary.json", '{"m": {"score": 0.5}}');
    expect((await refused()).message).toMatch(/both mbencha.\* and mbencht.\* metrics/);
  });

  it.each([
    ['{"item_id": "a", "model_id": "m", "scores": {"score": 1.2}}', /items.jsonl:1: score: 1.2 must be a number in \[0, 1\]/],
    ['{"item_id": "a", "model_id": "m", "scores": {"score": 0.2}}\n{"item_id": "a", "model_id": "m", "scores": {"score": 0.3}}', /items.jsonl:2: item a of model m appears twice/],
    ['{"item_id": "a", "model_id": "m"}\n{oops', /items.jsonl:2: not valid JSON/],
    ['{"item_id": "a", "scores": {"score": 0.3}}', /items.jsonl:1: model_id: missing, and the run's items.jsonl does not list item a/],
    ['{"model_id": "m", "scores": {"score": 0.3}}', /items.jsonl:1: item_id: missing/],
  ])("names the file and line of a bad items.jsonl: %s", async (text, message) => {
    await metric("mbencht.entity.human_identity_consistency", "items.jsonl", text);
    expect(await refused()).toMatchObject({ code: FleetErrorCode.INVALID_INPUT, message: expect.stringMatching(message) });
  });

  it("treats Python's NaN score as no score", async () => {
    await metric("mbencht.entity.human_identity_consistency", "items.jsonl", '{"item_id": "a", "model_id": "m", "scores": {"score": NaN, "triggered": 1.0}}\n');
    const { json } = await mbenchScorer.score({ input: dir });
    // triggered but unscored: C = 1, no R → no M-Score
    expect((json.dimensions as Record<string, DimJson>)[ID]).toEqual({ reliability: null, coverage: 1, m_score: null, n: 1 });
  });

  it("refuses a folder whose metrics have no results", async () => {
    await metric("mbencht.entity.human_identity_consistency", "units.jsonl", "");
    expect((await refused()).message).toMatch(/no metric under metrics\/ has a scored item.*neither items.jsonl nor summary.json/);
  });
});
