"""A stand-in for the `mbench` CLI: checks the dataset it is given and writes `mbench eval` output.

FAKE_MBENCH_MODE: ok (scores), untriggered, error (an item error line), oom, sleep.
FAKE_MBENCH_RECORD: where to write what it saw (argv, dataset.yaml, sample.json, samples.jsonl).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("command")
    p.add_argument("source")
    p.add_argument("--metrics", required=True)
    p.add_argument("--models", required=True)
    p.add_argument("--subsets", required=True)
    p.add_argument("--sample-ids", required=True)
    p.add_argument("--output", required=True)
    p.add_argument("--workers")
    p.add_argument("--no-progress-bar", action="store_true")
    p.add_argument("--vlm-judge")
    args = p.parse_args()
    mode = os.environ.get("FAKE_MBENCH_MODE", "ok")
    model_dir = os.path.join(args.source, "models", args.models)
    with open(os.path.join(model_dir, "samples.jsonl")) as f:
        line = json.loads(f.readline())
    video = os.path.join(model_dir, line["media"]["videos"][0]["path"])
    sample_json = os.path.join(args.source, "samples", args.subsets, args.sample_ids, "sample.json")
    record = {
        "argv": sys.argv[1:],
        "dataset": json.load(open(os.path.join(args.source, "dataset.yaml"))),
        "sample": json.load(open(sample_json)),
        "line": line,
        "video_is_link_to": os.path.realpath(video),
        "video_bytes": os.path.getsize(video),
        "reference": os.path.isfile(os.path.join(os.path.dirname(sample_json), "reference.png")),
    }
    with open(os.environ["FAKE_MBENCH_RECORD"], "w") as f:
        json.dump(record, f)
    print(f"evaluating {line['item_id']}", flush=True)
    if mode == "oom":
        print("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.00 GiB", file=sys.stderr, flush=True)
        return 1
    if mode == "sleep":
        time.sleep(30)
        return 0
    for i, metric in enumerate(args.metrics.split(",")):
        out = os.path.join(args.output, "metrics", metric)
        os.makedirs(out, exist_ok=True)
        if mode == "error":
            row = {"item_id": line["item_id"], "model_id": args.models, "error": "missing DA3 artifact"}
        elif mode == "untriggered":
            row = {"item_id": line["item_id"], "model_id": args.models, "scores": {"triggered": 0.0, "trigger_score": 0.2}}
        else:
            row = {"item_id": line["item_id"], "model_id": args.models, "scores": {"score": 0.5 + i / 10, "score_raw": 3.0, "triggered": 1.0}}
        with open(os.path.join(out, "items.jsonl"), "w") as f:
            f.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
