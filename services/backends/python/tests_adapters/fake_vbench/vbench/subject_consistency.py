"""vbench.subject_consistency with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from ._nets import torch
from .utils import load_dimension_info


def compute_subject_consistency(json_dir, device, submodules_list, **kwargs):
    dino_model = torch.hub.load(**submodules_list).to(device)
    read_frame = submodules_list['read_frame']
    video_list, _ = load_dimension_info(json_dir, dimension='subject_consistency', lang='en')
    video_results = [{'video_path': video_path, 'video_results': dino_model.score(video_path)} for video_path in video_list]
    return sum(float(r['video_results']) for r in video_results) / len(video_results), video_results
