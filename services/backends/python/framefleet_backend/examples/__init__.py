"""Runnable fake backends: real processes, real gRPC and real MP4s around a fake model object.

They stand in for a GPU model in FrameFleet's tests and demos and show the shape of an adapter.
"""
