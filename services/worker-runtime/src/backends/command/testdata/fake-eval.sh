#!/usr/bin/env bash
# Stands in for an evaluator script: counts the video's frames with ffprobe and writes a scores
# JSON with one made-up value per requested metric.
#
#   fake-eval.sh --video V --metrics a,b --scores F [--mode good|bad-json|not-number]
set -euo pipefail

video="" metrics="" scores="" mode=good
while [ "$#" -gt 0 ]; do
  case "$1" in
    --video) video=$2; shift 2 ;;
    --metrics) metrics=$2; shift 2 ;;
    --scores) scores=$2; shift 2 ;;
    --mode) mode=$2; shift 2 ;;
    *) shift ;;
  esac
done

frames=$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "file:$video")
echo "FRAMEFLEET_PROGRESS 0.5 scoring"
case "$mode" in
  bad-json) printf '{"frames": %s,' "$frames" > "$scores"; exit 0 ;;
  not-number) printf '{"frames": "%s"}' "$frames" > "$scores"; exit 0 ;;
esac

json="{\"frames\": $frames"
value=1
IFS=',' read -r -a names <<< "$metrics"
for name in "${names[@]}"; do
  json+=", \"$name\": $value.5"
  value=$((value + 1))
done
printf '%s}\n' "$json" > "$scores"
