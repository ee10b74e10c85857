"""vbench.temporal_flickering with the real module's loading calls (Vchitect/VBench @45e79ec); fake networks."""

from .utils import load_dimension_info


def compute_temporal_flickering(json_dir, device, submodules_list, **kwargs):
    video_list, _ = load_dimension_info(json_dir, dimension='temporal_flickering', lang='en')
    video_results = [{'video_path': video_path, 'video_results': 0.9 + 0.1 * (len(video_path) % 7) / 7} for video_path in video_list]
    return sum(float(r['video_results']) for r in video_results) / len(video_results), video_results
