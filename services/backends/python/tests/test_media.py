"""Media helpers against real numpy files, real ffmpeg and the SANA-WM demo trajectory."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

from framefleet_backend import Cancelled, InvalidInput
from framefleet_backend.media import caption_segments, probe_video, read_camera, read_frames, read_image, write_video

from ._harness import SHARED_DATA, ffprobe

try:
    import numpy as np
except ImportError:  # CI installs python3-numpy; say so rather than fail obscurely
    np = None  # type: ignore[assignment]

SANA = SHARED_DATA / "sana_wm_bench"
NEEDS_NUMPY = "numpy is not installed for this interpreter (apt install python3-numpy)"


class TempDirTest(unittest.TestCase):
    def setUp(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="ffm-")
        self.addCleanup(shutil.rmtree, self.dir, True)

    def path(self, name: str) -> str:
        return os.path.join(self.dir, name)


@unittest.skipIf(np is None, NEEDS_NUMPY)
class ReadCameraTest(TempDirTest):
    def demo(self) -> "tuple":
        if not (SANA / "demo_0_pose.npy").exists():
            self.skipTest(f"SANA-WM demo trajectory not found at {SANA}")
        return np.load(SANA / "demo_0_pose.npy"), np.load(SANA / "demo_0_intrinsics.npy")

    def test_npz_with_the_demo_values(self) -> None:
        pose, intr = self.demo()
        f = self.path("cam.npz")
        np.savez_compressed(f, c2w=pose[:33], intrinsics=intr[:33], fps=np.float64(16.0), num_frames=np.int64(33))
        cam = read_camera(f)
        self.assertEqual((cam.c2w.shape, cam.intrinsics.shape, cam.fps, cam.num_frames), ((33, 4, 4), (33, 3, 3), 16.0, 33))
        np.testing.assert_array_equal(cam.c2w[0], np.eye(4))
        np.testing.assert_allclose(cam.c2w[1], pose[1])
        self.assertAlmostEqual(cam.intrinsics[0, 0, 0], 797.87866, places=3)
        self.assertAlmostEqual(cam.intrinsics[0, 1, 2], 463.7225, places=3)

    def test_sana_wm_npy_pose_with_its_sibling_intrinsics(self) -> None:
        pose, _ = self.demo()
        cam = read_camera(str(SANA / "demo_0_pose.npy"))
        self.assertEqual((cam.c2w.shape, cam.intrinsics.shape, cam.fps, cam.num_frames), ((321, 4, 4), (321, 3, 3), None, 321))
        np.testing.assert_allclose(cam.c2w[-1], pose[-1])

    def test_single_intrinsics_matrix_is_repeated_per_frame(self) -> None:
        f = self.path("one_k.npz")
        k = np.array([[100.0, 0, 32], [0, 100.0, 24], [0, 0, 1]])
        np.savez(f, c2w=np.repeat(np.eye(4)[None], 3, 0), intrinsics=k)
        cam = read_camera(f)
        self.assertEqual((cam.intrinsics.shape, cam.fps, cam.num_frames), ((3, 3, 3), None, 3))
        np.testing.assert_array_equal(cam.intrinsics[2], k)

    def test_bad_files_are_invalid_input(self) -> None:
        f = self.path("bad.npz")
        np.savez(f, c2w=np.zeros((2, 3, 4)), intrinsics=np.zeros((2, 3, 3)))
        with self.assertRaisesRegex(InvalidInput, r"c2w must be \(N, 4, 4\).*\(2, 3, 4\)"):
            read_camera(f)
        np.savez(f, c2w=np.zeros((2, 4, 4)))
        with self.assertRaisesRegex(InvalidInput, "lacks intrinsics"):
            read_camera(f)
        with self.assertRaisesRegex(InvalidInput, "not found"):
            read_camera(self.path("missing.npz"))
        Path(self.path("junk.npz")).write_bytes(b"not a zip")
        with self.assertRaises(InvalidInput):
            read_camera(self.path("junk.npz"))


class ImageAndVideoTest(TempDirTest):
    def test_read_image_decodes_a_png_whose_name_looks_like_options(self) -> None:
        # A name that would be an option, a protocol and shell syntax if handled carelessly.
        png = self.path("-y pipe:1 $(touch x);.png")
        # PNG is lossless rgb24: a gradient must come back byte for byte, in row-major order.
        pixels = b"".join(bytes([x * 30, y * 40, 7]) for y in range(6) for x in range(8))
        subprocess.run(["ffmpeg", "-v", "error", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", "8x6", "-i", "pipe:0",
                        "-frames:v", "1", "file:" + png], input=pixels, check=True)
        width, height, rgb = read_image(png)
        self.assertEqual((width, height), (8, 6))
        self.assertEqual(rgb, pixels)
        self.assertFalse(os.path.exists(self.path("x")))

    def test_read_image_errors_are_invalid_input(self) -> None:
        with self.assertRaisesRegex(InvalidInput, "image file not found"):
            read_image(self.path("none.png"))
        Path(self.path("junk.png")).write_bytes(b"\x89PNG not really")
        with self.assertRaisesRegex(InvalidInput, "failed .*(probing|decoding) the image"):
            read_image(self.path("junk.png"))

    def test_write_video_from_bytes_and_arrays_then_read_it_back(self) -> None:
        out = self.path("v.mp4")
        frames = [bytes([v]) * 32 * 16 * 3 for v in (0, 255, 0, 255)]
        if np is not None:  # uint8 HxWx3 arrays, as a model's output would be
            frames += [np.full((16, 32, 3), 128, dtype=np.uint8)] * 2
        self.assertEqual(write_video(iter(frames), 32, 16, 12.0, out), len(frames))
        self.assertEqual(ffprobe(out), {"codec_name": "h264", "width": "32", "height": "16", "nb_read_frames": str(len(frames))})
        info = probe_video(out)
        self.assertEqual((info.width, info.height, info.frames), (32, 16, len(frames)))
        self.assertAlmostEqual(info.fps, 12.0)
        decoded = list(read_frames(out, 8, 8))
        self.assertEqual(len(decoded), len(frames))
        self.assertLess(max(decoded[0]), 20)
        self.assertGreater(min(decoded[1]), 235)

    def test_write_video_stops_cleanly_when_the_frames_raise(self) -> None:
        out = self.path("cancelled.mp4")

        def frames():
            yield bytes(16 * 16 * 3)
            raise Cancelled("task cancelled")

        with self.assertRaises(Cancelled):
            write_video(frames(), 16, 16, 8.0, out)
        self.assertFalse(os.path.exists(out))
        children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()
        self.assertEqual(children, [], "ffmpeg left running")

    def test_write_video_rejects_bad_shapes(self) -> None:
        with self.assertRaisesRegex(InvalidInput, "must be even"):
            write_video([bytes(15 * 16 * 3)], 15, 16, 8.0, self.path("odd.mp4"))
        with self.assertRaisesRegex(ValueError, "frame 1 has 10 bytes"):
            write_video([bytes(16 * 16 * 3), bytes(10)], 16, 16, 8.0, self.path("short.mp4"))
        self.assertFalse(os.path.exists(self.path("short.mp4")))
        with self.assertRaisesRegex(ValueError, "no frames"):
            write_video([], 16, 16, 8.0, self.path("empty.mp4"))


class CaptionSegmentsTest(unittest.TestCase):
    def test_json_array_of_strings_or_text_objects(self) -> None:
        self.assertEqual(caption_segments({"caption_segments": '["a cat walks", "it \\"jumps\\"; $(x)"]'}),
                         ["a cat walks", 'it "jumps"; $(x)'])
        self.assertEqual(caption_segments({"caption_segments": '[{"text": "one"}, {"caption": "two"}]'}), ["one", "two"])
        self.assertEqual(caption_segments({}), [])

    def test_malformed_is_invalid_input(self) -> None:
        for raw in ("[1, 2]", '{"a": 1}', "not json"):
            with self.assertRaises(InvalidInput, msg=raw):
                caption_segments({"caption_segments": raw})


if __name__ == "__main__":
    unittest.main()
