#!/usr/bin/env bash
# Fails the way a PyTorch script does when the GPU is full: a partial output, a traceback on
# stderr ending in a CUDA OOM message, exit code 1.
#   oom.sh OUTPUT
set -u
printf 'partial' > "$1"
echo "Traceback (most recent call last):" >&2
echo '  File "generate.py", line 42, in <module>' >&2
echo "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.19 GiB total capacity)" >&2
echo "some trailing cleanup message" >&2
exit 1
