"""vbench.utils as the dimension modules and VBench use it (the fake downloads nothing)."""

import json
import os
import re
from pathlib import Path

CACHE_DIR = os.path.join(os.environ.get("FAKE_VBENCH_CACHE", "/nonexistent"), "vbench")


def load_dimension_info(json_dir, dimension, lang):
    video_list, prompt_dict_ls = [], []
    for prompt_dict in load_json(json_dir):
        if dimension in prompt_dict["dimension"] and "video_list" in prompt_dict:
            videos = prompt_dict["video_list"] if isinstance(prompt_dict["video_list"], list) else [prompt_dict["video_list"]]
            video_list += videos
            entry = {"prompt": prompt_dict[f"prompt_{lang}"], "video_list": videos}
            if "auxiliary_info" in prompt_dict and dimension in prompt_dict["auxiliary_info"]:
                entry["auxiliary_info"] = prompt_dict["auxiliary_info"][dimension]
            prompt_dict_ls.append(entry)
    return video_list, prompt_dict_ls


# The shapes VBench's init_submodules gives each dimension (paths only; the real one downloads).
def init_submodules(dimension_list, local=False, read_frame=False):
    shapes = {
        "subject_consistency": {"repo_or_dir": "facebookresearch/dino:main", "source": "github", "model": "dino_vitb16", "read_frame": read_frame},
        "background_consistency": ["ViT-B/32", read_frame],
        "aesthetic_quality": ["ViT-L/14", f"{CACHE_DIR}/aesthetic_model/emb_reader"],
        "imaging_quality": {"model_path": f"{CACHE_DIR}/pyiqa_model/musiq_spaq_ckpt-358bb6af.pth"},
        "motion_smoothness": {"config": "third_party/amt/cfgs/AMT-S.yaml", "ckpt": f"{CACHE_DIR}/amt_model/amt-s.pth"},
        "dynamic_degree": {"model": f"{CACHE_DIR}/raft_model/models/raft-things.pth"},
        "human_action": [f"{CACHE_DIR}/umt_model/l16_ptk710_ftk710_ftk400_f16_res224.pth"],
        "temporal_flickering": [],
        "scene": {"pretrained": f"{CACHE_DIR}/caption_model/tag2text_swin_14m.pth", "image_size": 384, "vit": "swin_b"},
        "appearance_style": {"name": "ViT-B/32"},
    }
    for d in ("object_class", "multiple_objects", "color", "spatial_relationship"):
        shapes[d] = {"model_weight": f"{CACHE_DIR}/grit_model/grit_b_densecap_objectdet.pth"}
    for d in ("temporal_style", "overall_consistency"):
        shapes[d] = {"pretrain": f"{CACHE_DIR}/ViCLIP/ViClip-InternVid-10M-FLT.pth"}
    return {d: shapes[d] for d in dimension_list}


def get_prompt_from_filename(path):
    prompt = Path(path).stem
    return re.sub(r"-\d+$", "", prompt) if re.search(r"-\d+$", prompt) else prompt


def save_json(data, path, indent=4):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=indent)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)
