"""vbench.background_consistency with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from ._nets import clip
from .utils import load_dimension_info


def compute_background_consistency(json_dir, device, submodules_list, **kwargs):
    vit_path, read_frame = submodules_list[0], submodules_list[1]
    clip_model, preprocess = clip.load(vit_path, device=device)
    video_list, _ = load_dimension_info(json_dir, dimension='background_consistency', lang='en')
    video_results = [{'video_path': video_path, 'video_results': clip_model.score(video_path)} for video_path in video_list]
    return sum(float(r['video_results']) for r in video_results) / len(video_results), video_results
