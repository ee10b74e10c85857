"""vbench.object_class with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from ._nets import DenseCaptioning
from .utils import load_dimension_info


def compute_object_class(json_dir, device, submodules_dict, **kwargs):
    dense_caption_model = DenseCaptioning(device)
    dense_caption_model.initialize_model_det(**submodules_dict)
    _, prompt_dict_ls = load_dimension_info(json_dir, dimension='object_class', lang='en')
    video_results = []
    for info in prompt_dict_ls:
        text = info['auxiliary_info']['object']
        for video_path in info['video_list']:
            video_results.append({'video_path': video_path, 'video_results': dense_caption_model.model.score(video_path, text)})
    return sum(r['video_results'] for r in video_results) / len(video_results), video_results
