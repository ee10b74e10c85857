"""FrameFleet backends for the seeds' models and evaluators, on the framefleet_backend SDK.

One module per model or evaluator; each is started by the worker as
``python3 -m framefleet_adapters.<module> [adapter flags]`` (README.md has the configs). The
model libraries (torch, wan, vbench, llava, mPLUG-Owl, mbench) are imported only inside load(),
behind a small factory each module names, so the modules import and are tested without them.
"""
