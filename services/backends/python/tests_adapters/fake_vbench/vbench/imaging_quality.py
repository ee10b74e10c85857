"""vbench.imaging_quality with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from ._nets import MUSIQ
from .utils import load_dimension_info


def compute_imaging_quality(json_dir, device, submodules_list, **kwargs):
    model_path = submodules_list['model_path']
    model = MUSIQ(pretrained_model_path=model_path)
    model.to(device)
    model.training = False
    video_list, _ = load_dimension_info(json_dir, dimension='imaging_quality', lang='en')
    video_results = [{'video_path': video_path, 'video_results': model.score(video_path)} for video_path in video_list]
    return sum(float(r['video_results']) for r in video_results) / len(video_results), video_results
