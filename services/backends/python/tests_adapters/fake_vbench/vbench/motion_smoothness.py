"""vbench.motion_smoothness with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from ._nets import AMT


class MotionSmoothness:
    def __init__(self, config, ckpt, device):
        self.device, self.config, self.ckpt = device, config, ckpt
        self.load_model()

    def load_model(self):
        self.model = AMT().to(self.device)
from .utils import load_dimension_info


def compute_motion_smoothness(json_dir, device, submodules_list, **kwargs):
    config = submodules_list["config"]
    ckpt = submodules_list["ckpt"]
    motion = MotionSmoothness(config, ckpt, device)
    video_list, _ = load_dimension_info(json_dir, dimension='motion_smoothness', lang='en')
    video_results = [{'video_path': video_path, 'video_results': motion.model.score(video_path)} for video_path in video_list]
    return sum(float(r['video_results']) for r in video_results) / len(video_results), video_results
