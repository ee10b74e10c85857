"""vbench.overall_consistency with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

import os

from ._nets import ViCLIP
from .utils import CACHE_DIR, load_dimension_info


class SimpleTokenizer:
    def __init__(self, bpe_path):
        self.bpe_path = bpe_path


def compute_overall_consistency(json_dir, device, submodules_list, **kwargs):
    tokenizer = SimpleTokenizer(os.path.join(CACHE_DIR, "ViCLIP/bpe_simple_vocab_16e6.txt.gz"))
    viclip = ViCLIP(tokenizer=tokenizer, **submodules_list).to(device)
    _, video_dict = load_dimension_info(json_dir, dimension='overall_consistency', lang='en')
    video_results = []
    for info in video_dict:
        for video_path in info['video_list']:
            video_results.append({'video_path': video_path, 'video_results': viclip.score(video_path, info['prompt'])})
    return sum(r['video_results'] for r in video_results) / len(video_results), video_results
