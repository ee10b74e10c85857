"""A stand-in for the `vbench` package (Vchitect/VBench @45e79ec) with the same module layout,
names and call shapes: VBench(device, full_info_dir, output_path).evaluate(...) builds the
per-dimension info as VBench does (custom_input on a file, vbench_standard on a folder from the
info file) and calls vbench.<dim>.compute_<dim>(json_dir, device, submodules, **kwargs), whose
networks are counted fakes (_nets.BUILDS). Only for the adapter tests; no torch needed."""

import importlib
import os
from pathlib import Path

from .utils import get_prompt_from_filename, init_submodules, load_json, save_json


class VBench(object):
    def __init__(self, device, full_info_dir, output_path):
        self.device = device
        self.full_info_dir = full_info_dir
        self.output_path = output_path
        os.makedirs(self.output_path, exist_ok=True)

    def check_dimension_requires_extra_info(self, dimension_list):
        bad = set(dimension_list) & {"object_class", "multiple_objects", "scene", "appearance_style", "color", "spatial_relationship"}
        assert not bad, f"dimensions : {bad} not supported for custom input"

    def build_full_info_json(self, videos_path, name, dimension_list, prompt_list=[], special_str="", verbose=False, custom_image_folder=None, mode="vbench_standard", **kwargs):
        if mode == "custom_input":
            self.check_dimension_requires_extra_info(dimension_list)
            assert os.path.isfile(videos_path), "the fake supports one video file in custom_input"
            infos = [{"prompt_en": get_prompt_from_filename(videos_path), "dimension": dimension_list, "video_list": [videos_path]}]
            if len(prompt_list) == 1:
                infos[0]["prompt_en"] = prompt_list[0]
        else:
            infos = []
            names = os.listdir(videos_path)
            postfix = Path(names[0]).suffix
            for prompt_dict in load_json(self.full_info_dir):
                if set(dimension_list) & set(prompt_dict["dimension"]):
                    prompt_dict["video_list"] = [
                        os.path.join(videos_path, f"{prompt_dict['prompt_en']}{special_str}-{i}{postfix}")
                        for i in range(5)
                        if f"{prompt_dict['prompt_en']}{special_str}-{i}{postfix}" in names
                    ]
                    infos.append(prompt_dict)
        path = os.path.join(self.output_path, name + "_full_info.json")
        save_json(infos, path)
        return path

    def evaluate(self, videos_path, name, prompt_list=[], dimension_list=None, local=False, read_frame=False, mode="vbench_standard", **kwargs):
        results = {}
        submodules_dict = init_submodules(dimension_list, local=local, read_frame=read_frame)
        info_path = self.build_full_info_json(videos_path, name, dimension_list, prompt_list, mode=mode, **kwargs)
        for dimension in dimension_list:
            module = importlib.import_module(f"vbench.{dimension}")
            results[dimension] = getattr(module, f"compute_{dimension}")(info_path, self.device, submodules_dict[dimension], **kwargs)
        save_json(results, os.path.join(self.output_path, name + "_eval_results.json"))
