"""The fake generator as a real process over real gRPC: lifecycle, results, errors, cancellation."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import List

import grpc

from framefleet_backend._proto import backend_pb2 as pb

from ._harness import BackendTestCase, collect, eventually, ffprobe, gen_request

GEN = "framefleet_backend.examples.fake_generator"
Code = pb.BackendError


class LifecycleTest(BackendTestCase):
    def test_health_is_loading_then_ready_and_info_answers_meanwhile(self) -> None:
        b = self.start(GEN, {"FAKE_LOAD_MS": "1500", "FAKE_MEMORY_MIB": "1234"})
        h = b.health()
        self.assertEqual((h.ready, h.state), (False, "loading"))
        info = b.client.info(pb.InfoRequest(), timeout=5)
        self.assertEqual(info.protocol, pb.PROTOCOL_VERSION_1)
        self.assertEqual((info.model, info.version, info.memory_mib), ("fake-generator", "1", 1234))
        self.assertEqual(list(info.capabilities), ["generate", "t2v", "i2v", "camera"])
        _, last = collect(b.client.generate(gen_request(b.path("early.mp4")), timeout=5))
        self.assertEqual(last.error.code, Code.CODE_BACKEND_FAILED)
        self.assertIn("not ready: loading", last.error.message)
        self.assertEqual(b.wait_ready().state, "ready")

    def test_load_failure_reports_failed_then_exits_1(self) -> None:
        b = self.start(GEN, {"FAKE_LOAD_FAIL": "no weights at /models/x"})
        h = eventually(lambda: (lambda r: r if r.state == "failed" else None)(b.health()), 5, "Health failed")
        self.assertFalse(h.ready)
        self.assertIn("no weights at /models/x", h.message)
        self.assertEqual(b.wait_exit(), 1)
        self.assertIn("load failed", b.stderr())

    def test_shutdown_exits_0_and_removes_the_socket(self) -> None:
        b = self.start(GEN)
        b.wait_ready()
        b.client.shutdown(pb.ShutdownRequest(), timeout=5)
        self.assertEqual(b.wait_exit(), 0)
        self.assertFalse(os.path.exists(b.socket))

    def test_sigterm_exits_0(self) -> None:
        b = self.start(GEN)
        b.wait_ready()
        b.proc.send_signal(signal.SIGTERM)
        self.assertEqual(b.wait_exit(), 0)
        self.assertIn("stopping: SIGTERM", b.stderr())

    def test_socket_from_the_environment_variable(self) -> None:
        b = self.start(GEN, socket_via_env=True)
        self.assertTrue(b.wait_ready().ready)
        self.assertIn(f"listening on unix:{b.socket}", b.stderr())


class GenerateTest(BackendTestCase):
    def test_progress_then_result_and_a_valid_mp4_loading_once(self) -> None:
        b = self.start(GEN, {"CUDA_VISIBLE_DEVICES": "3", "FAKE_LOAD_LOG": "{dir}/load.log", "FAKE_TASK_LOG": "{dir}/tasks.log"})
        b.wait_ready()
        prompt = 'a car; "; rm -rf ~ # $(touch /tmp/pwned) `id` \n second line'
        out = b.path("out.mp4")
        progress, last = collect(b.client.generate(gen_request(out, frames=24, width=64, height=48, prompt=prompt), timeout=20))
        self.assertEqual(last.WhichOneof("event"), "result", last)
        self.assertEqual(last.result.output_file, out)
        fractions = [e.progress.fraction for e in progress]
        self.assertGreaterEqual(len(fractions), 5)
        self.assertEqual(fractions, sorted(fractions))
        self.assertEqual(fractions[-1], 1.0)
        self.assertIn("frame", progress[1].progress.stage)
        self.assertEqual(ffprobe(out), {"codec_name": "h264", "width": "64", "height": "48", "nb_read_frames": "24"})
        # A second task reuses the loaded model: still one load, by this process, on device 3.
        _, last2 = collect(b.client.generate(gen_request(b.path("out2.mp4"), seed=8, task_id="t2"), timeout=20))
        self.assertEqual(last2.WhichOneof("event"), "result")
        self.assertEqual(Path(b.path("load.log")).read_text(), f"{b.proc.pid} 3\n")
        tasks = [json.loads(line) for line in Path(b.path("tasks.log")).read_text().splitlines()]
        self.assertEqual(tasks[0]["prompt"], prompt)
        self.assertEqual([t["task_id"] for t in tasks], ["t1", "t2"])
        self.assertFalse(os.path.exists("/tmp/pwned"))

    def test_same_prompt_and_seed_give_the_same_frames_and_another_seed_differs(self) -> None:
        b = self.start(GEN)
        b.wait_ready()
        outs = []
        for i, seed in enumerate((1, 1, 2)):
            out = b.path(f"{i}.mp4")
            _, last = collect(b.client.generate(gen_request(out, seed=seed, task_id=f"t{i}", prompt="p"), timeout=20))
            self.assertEqual(last.WhichOneof("event"), "result")
            outs.append(Path(out).read_bytes())
        self.assertEqual(outs[0], outs[1])
        self.assertNotEqual(outs[0], outs[2])

    def test_image_and_camera_inputs_condition_the_video(self) -> None:
        try:
            import numpy as np
        except ImportError:
            self.skipTest("numpy is not installed for this interpreter (apt install python3-numpy)")
        b = self.start(GEN)
        png, cam = b.path("first.png"), b.path("cam.npz")
        subprocess.run(["ffmpeg", "-v", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "4x4", "-i", "pipe:0",
                        "-frames:v", "1", "file:" + png], input=bytes([200, 40, 40]) * 16, check=True)
        c2w = np.repeat(np.eye(4)[None], 5, 0)
        c2w[:, 0, 3] = -np.arange(5)  # moving left
        np.savez(cam, c2w=c2w, intrinsics=np.eye(3), fps=np.float64(8.0))
        b.wait_ready()
        plain, conditioned = b.path("plain.mp4"), b.path("cond.mp4")
        for out, inputs in ((plain, {}), (conditioned, {"image": png, "camera": cam})):
            _, last = collect(b.client.generate(gen_request(out, inputs=inputs, prompt="same"), timeout=20))
            self.assertEqual(last.WhichOneof("event"), "result", last)
        self.assertNotEqual(Path(plain).read_bytes(), Path(conditioned).read_bytes())
        # The background takes the first frame's colour (mostly red).
        corner = subprocess.run(["ffmpeg", "-v", "error", "-i", "file:" + conditioned, "-frames:v", "1", "-vf", "crop=2:2:0:0",
                                 "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"], capture_output=True, check=True).stdout
        self.assertGreater(corner[0], 150)
        self.assertLess(corner[1], 90)

    def test_fake_oom_is_resource_exhausted_and_the_backend_goes_on(self) -> None:
        b = self.start(GEN)
        b.wait_ready()
        _, last = collect(b.client.generate(gen_request(b.path("o.mp4"), params={"fake_oom": "1"}), timeout=10))
        self.assertEqual(last.error.code, Code.CODE_RESOURCE_EXHAUSTED)
        self.assertIn("out of memory", last.error.message)
        _, ok = collect(b.client.generate(gen_request(b.path("ok.mp4")), timeout=10))
        self.assertEqual(ok.WhichOneof("event"), "result")

    def test_missing_input_file_is_invalid_input(self) -> None:
        b = self.start(GEN)
        b.wait_ready()
        missing = b.path("nope.png")
        _, last = collect(b.client.generate(gen_request(b.path("o.mp4"), inputs={"image": missing}), timeout=10))
        self.assertEqual(last.error.code, Code.CODE_INVALID_INPUT)
        self.assertIn(missing, last.error.message)

    def test_cancelling_mid_task_stops_it_and_the_next_call_works(self) -> None:
        b = self.start(GEN, {"FAKE_STEP_MS": "100"})
        b.wait_ready()
        out = b.path("long.mp4")
        call = b.client.generate(gen_request(out, frames=200, task_id="long"), timeout=60)  # 20 s if not stopped
        seen: List[pb.GenerateEvent] = []
        for ev in call:
            seen.append(ev)
            if len(seen) == 2:  # "started", then the first frame
                self.assertTrue(b.children(), "ffmpeg should be encoding mid-task")
                call.cancel()
                break
        self.assertEqual(call.code(), grpc.StatusCode.CANCELLED)
        started = time.monotonic()
        _, last = collect(b.client.generate(gen_request(b.path("next.mp4"), frames=4, task_id="next"), timeout=10))
        self.assertEqual(last.WhichOneof("event"), "result", last)
        self.assertLess(time.monotonic() - started, 5.0)
        # The cancelled task's ffmpeg was killed and its partial output removed.
        eventually(lambda: not os.path.exists(out), 5, "partial output removed")
        eventually(lambda: not b.children(), 5, "no child process left")

    def test_a_second_concurrent_call_is_refused_busy(self) -> None:
        b = self.start(GEN, {"FAKE_STEP_MS": "50"})
        b.wait_ready()
        call = b.client.generate(gen_request(b.path("a.mp4"), frames=200), timeout=30)
        next(call)  # the first task is running
        _, last = collect(b.client.generate(gen_request(b.path("b.mp4"), task_id="t2"), timeout=10))
        self.assertEqual(last.error.code, Code.CODE_BACKEND_FAILED)
        self.assertIn("busy", last.error.message)
        h = b.health()
        self.assertEqual((h.ready, h.state), (True, "busy"))
        call.cancel()
        eventually(lambda: b.health().state == "ready", 5, "ready after cancel")

    def test_shutdown_during_a_task_ends_it_cancelled_and_exits_0(self) -> None:
        b = self.start(GEN, {"FAKE_STEP_MS": "100"})
        b.wait_ready()
        call = b.client.generate(gen_request(b.path("a.mp4"), frames=200), timeout=30)
        next(call)
        events: List[pb.GenerateEvent] = []
        t = threading.Thread(target=lambda: events.extend(call))
        t.start()
        b.client.shutdown(pb.ShutdownRequest(), timeout=5)
        t.join(10)
        self.assertEqual(events[-1].error.code, Code.CODE_CANCELLED)
        self.assertEqual(b.wait_exit(), 0)


if __name__ == "__main__":
    import unittest

    unittest.main()
