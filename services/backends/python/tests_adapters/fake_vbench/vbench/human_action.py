"""vbench.human_action with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from ._nets import UMT, torch
from .utils import load_dimension_info


def create_model(name, pretrained=False, num_classes=400, **kwargs):
    return UMT()


def human_action(umt_path, video_list, device):
    state_dict = torch.load(umt_path, map_location="cpu")
    model = create_model("vit_large_patch16_224", pretrained=False, num_classes=400, all_frames=16, tubelet_size=1)
    model = model.to(device)
    model.load_state_dict(state_dict, strict=False)
    model.eval()
    video_results = [{"video_path": p, "video_results": model.score(p) > 0.5} for p in video_list]
    return sum(float(r["video_results"]) for r in video_results) / len(video_results), video_results


def compute_human_action(json_dir, device, submodules_list, **kwargs):
    umt_path = submodules_list[0]
    video_list, _ = load_dimension_info(json_dir, dimension='human_action', lang='en')
    return human_action(umt_path, video_list, device)
