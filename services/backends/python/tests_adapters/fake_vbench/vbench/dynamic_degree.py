"""vbench.dynamic_degree with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from types import SimpleNamespace as edict

from ._nets import RAFT


class DynamicDegree:
    def __init__(self, args, device):
        self.args, self.device = args, device
        self.load_model()

    def load_model(self):
        self.model = RAFT(self.args).to(self.device)
from .utils import load_dimension_info


def compute_dynamic_degree(json_dir, device, submodules_list, **kwargs):
    model_path = submodules_list["model"]
    args_new = edict(model=model_path, small=False, mixed_precision=False, alternate_corr=False)
    dynamic = DynamicDegree(args_new, device)
    video_list, _ = load_dimension_info(json_dir, dimension='dynamic_degree', lang='en')
    video_results = [{'video_path': video_path, 'video_results': dynamic.model.score(video_path) > 0.5} for video_path in video_list]
    return sum(float(r['video_results']) for r in video_results) / len(video_results), video_results
