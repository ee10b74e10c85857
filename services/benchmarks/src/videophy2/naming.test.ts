import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { FleetErrorCode } from "../../../common/src/errors";
import { captionSlug, paddedId, videoPath } from "./naming";
import { parsePromptCsv } from "./prompts";

const DATA = resolve(__dirname, "../../../../../shared/data");

describe("captionSlug (seed 004's rule)", () => {
  it("turns spaces into _, keeps letters, digits and _-.,, cuts to 80 characters", () => {
    // Python: the ’ is not alnum and is dropped; the result is cut at 80 code points ("befor").
    expect(captionSlug("A gymnast’s hands slip on the pommel horse, causing a brief loss of balance before regaining control.")).toBe(
      "A_gymnasts_hands_slip_on_the_pommel_horse,_causing_a_brief_loss_of_balance_befor",
    );
  });

  it('replaces / with _, drops " and ;, as the Python does', () => {
    expect(captionSlug('A leaf blower is pointed at a patch of leaves; the "leaves" fly/scatter.')).toBe(
      "A_leaf_blower_is_pointed_at_a_patch_of_leaves_the_leaves_fly_scatter.",
    );
  });

  it("keeps letters and numbers of any script (Python's isalnum), drops symbols and the em dash", () => {
    // Python: 'Crème_brûlée²_torched___done' (² is numeric; 🔥 and — are dropped, their spaces stay).
    expect(captionSlug("Crème brûlée² torched 🔥 — done")).toBe("Crème_brûlée²_torched___done");
    expect(Array.from(captionSlug("é".repeat(100)))).toHaveLength(80);
  });
});

describe("videoPath", () => {
  it("names {id:04d}_{slug}.mp4 under videos/, a folder per sample with several samples", () => {
    expect(paddedId(7)).toBe("0007");
    expect(paddedId(12345)).toBe("12345");
    expect(videoPath(1, "A jet ski, fast", 0, 1)).toBe("videos/0001_A_jet_ski,_fast.mp4");
    expect(videoPath(1, "A jet ski, fast", 2, 3)).toBe("videos/sample-2/0001_A_jet_ski,_fast.mp4");
  });

  it("keeps .mp4 when a long non-Latin slug is cut to the file-name byte limit", () => {
    // 80 CJK characters are 240 bytes; with "0001_" the name is cut to 240 bytes, then .mp4 is added.
    const name = videoPath(1, "水".repeat(100), 0, 1).slice("videos/".length);
    expect(name.endsWith("水.mp4")).toBe(true);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(244);
  });

  it("is the seed's name for every caption of the real prompt CSV (the file-name rule changes none)", () => {
    const file = parsePromptCsv(readFileSync(resolve(DATA, "videophy2/videophy2_test_prompts.csv"), "utf8"), FleetErrorCode.SPEC_INVALID, "p.csv");
    const paths = file.rows.map((r) => videoPath(r.id, r.caption, 0, 1));
    expect(paths).toEqual(file.rows.map((r) => `videos/${paddedId(r.id)}_${captionSlug(r.caption)}.mp4`));
    expect(paths[0]).toBe("videos/0000_Arrows_are_shot_at_a_moving_target,_with_some_arrows_hitting_and_some_missing_vi.mp4");
    expect(new Set(paths).size).toBe(591);
  });
});
