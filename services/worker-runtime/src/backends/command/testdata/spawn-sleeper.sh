#!/usr/bin/env bash
# Starts a long-sleeping child and waits for it, recording both pids, so tests can check that
# an abort or a timeout kills the whole process group.
#   spawn-sleeper.sh PID_DIR [ignore-term] [OUTPUT]
# With ignore-term both the script and its child ignore SIGTERM, so only SIGKILL ends them.
set -u
if [ "${2-}" = ignore-term ]; then trap '' TERM; fi
sleep 300 &
echo "$!" > "$1/child.pid.tmp"
echo "$$" > "$1/self.pid"
mv "$1/child.pid.tmp" "$1/child.pid"
wait
