#!/usr/bin/env bash
# Stands in for a model's inference script in the command backend's tests: records exactly what
# it was given, reports progress with the FRAMEFLEET_PROGRESS protocol and writes a real MP4.
#
#   fake-gen.sh --prompt-file F --prompt P --out=F --frames N --fps R --size WxH --seed S [anything]
#
# Into $RECORD_DIR it writes: argv (every argument, NUL-terminated), prompt_arg (the --prompt
# value), prompt_file (a copy of the prompt file), env (selected variables, one per line).
set -euo pipefail

: "${RECORD_DIR:?RECORD_DIR must name a directory to record into}"
printf '%s\0' "$@" > "$RECORD_DIR/argv"

prompt_file="" prompt="" out="" frames="" fps="" size=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --prompt-file) prompt_file=$2; shift 2 ;;
    --prompt) prompt=$2; shift 2 ;;
    --out=*) out=${1#--out=}; shift ;;
    --frames) frames=$2; shift 2 ;;
    --fps) fps=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    *) shift ;;
  esac
done

printf '%s' "$prompt" > "$RECORD_DIR/prompt_arg"
cp -- "$prompt_file" "$RECORD_DIR/prompt_file"
{
  printf 'CUDA_VISIBLE_DEVICES=%s\n' "${CUDA_VISIBLE_DEVICES-unset}"
  printf 'FRAMEFLEET_BACKEND_NAME=%s\n' "${FRAMEFLEET_BACKEND_NAME-unset}"
  printf 'FRAMEFLEET_TASK_ID=%s\n' "${FRAMEFLEET_TASK_ID-unset}"
  printf 'FRAMEFLEET_WORK_DIR=%s\n' "${FRAMEFLEET_WORK_DIR-unset}"
  printf 'FAKE_MODEL_FLAVOUR=%s\n' "${FAKE_MODEL_FLAVOUR-unset}"
  printf 'FRAMEFLEET_NATS_TOKEN=%s\n' "${FRAMEFLEET_NATS_TOKEN-unset}"
  printf 'PWD=%s\n' "$PWD"
} > "$RECORD_DIR/env"

echo "FRAMEFLEET_PROGRESS 0.25 loading weights"
echo "fake-gen: sampling"
echo "fake-gen: a note on stderr" >&2
ffmpeg -nostdin -hide_banner -v error -f lavfi -i "testsrc2=s=${size}:r=${fps}" \
  -frames:v "$frames" -pix_fmt yuv420p -f mp4 -y "file:$out"
echo "FRAMEFLEET_PROGRESS 0.9 encoding"
