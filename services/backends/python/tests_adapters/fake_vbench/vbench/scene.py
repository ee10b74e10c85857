"""vbench.scene with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from ._nets import Tag2Text
from .utils import load_dimension_info


def tag2text_caption(pretrained, image_size=384, vit="swin_b", **kwargs):
    return Tag2Text()


def compute_scene(json_dir, device, submodules_dict, **kwargs):
    model = tag2text_caption(**submodules_dict)
    model.eval()
    model = model.to(device)
    _, prompt_dict_ls = load_dimension_info(json_dir, dimension='scene', lang='en')
    video_results = []
    for info in prompt_dict_ls:
        for video_path in info['video_list']:
            video_results.append({'video_path': video_path, 'video_results': model.score(video_path, info['auxiliary_info']['scene'])})
    return sum(r['video_results'] for r in video_results) / len(video_results), video_results
