"""vbench.appearance_style with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from ._nets import clip
from .utils import load_dimension_info


def compute_appearance_style(json_dir, device, submodules_list, **kwargs):
    clip_model, preprocess = clip.load(device=device, **submodules_list)
    _, video_dict = load_dimension_info(json_dir, dimension='appearance_style', lang='en')
    video_results = []
    for info in video_dict:
        for video_path in info['video_list']:
            video_results.append({'video_path': video_path, 'video_results': clip_model.score(video_path, info['auxiliary_info']['appearance_style'])})
    return sum(r['video_results'] for r in video_results) / len(video_results), video_results
