#!/usr/bin/env bash
# Exits with the code it is given, after saying so on stderr.
#   exit-code.sh CODE [OUTPUT]
set -u
echo "exit-code.sh: something went wrong" >&2
echo "exit-code.sh: exiting with code $1" >&2
exit "$1"
