"""vbench.aesthetic_quality with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from ._nets import clip, Aesthetic


def get_aesthetic_model(cache_folder):
    return Aesthetic()
from .utils import load_dimension_info


def compute_aesthetic_quality(json_dir, device, submodules_list, **kwargs):
    vit_path = submodules_list[0]
    aes_path = submodules_list[1]
    aesthetic_model = get_aesthetic_model(aes_path).to(device)
    clip_model, preprocess = clip.load(vit_path, device=device)
    video_list, _ = load_dimension_info(json_dir, dimension='aesthetic_quality', lang='en')
    video_results = [{'video_path': video_path, 'video_results': aesthetic_model.score(video_path)} for video_path in video_list]
    return sum(float(r['video_results']) for r in video_results) / len(video_results), video_results
