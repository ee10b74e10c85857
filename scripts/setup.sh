#!/usr/bin/env bash
# Installs everything FrameFleet needs on a fresh Debian/Ubuntu machine, then builds it:
#   - nats-server and ffmpeg (apt), when missing
#   - Debian's Python 3 with grpcio, protobuf and numpy (apt), for Python backends (the SDK in
#     services/backends/python runs on them; tests start such backends)
#   - prometheus and openssl (apt), which the tests use (dashboards, alert rules, TLS)
#   - chromium (apt), in which the tests load the HTML reports and the live page (headless)
#   - redis-server (apt), which `npm run bench -- peers` starts for BullMQ beside the fleet
#     (Debian's package also enables its own service on port 6379; the bench never uses that one)
#   - iproute2 (apt), with which the partition test gives a worker its own network namespace
#   - unzip (apt), with which the Helm chart test takes helm out of an npm package
#   - slurmctld, slurmd, slurm-client and munge (apt), for the test that runs workers as Slurm jobs
#     (test/slurm.test.ts starts its own one-node cluster; Debian's packages would also enable
#     their services, which the test never uses)
#   - python3-torch and python3-torchvision (apt; Debian 12: torch 1.13, CPU), for the SDK's torch
#     example backends that test/torch-backend.test.ts runs through a fleet
#   - the npm dependencies (npm ci) and the TypeScript build (dist/)
# Safe to run again: it skips what is already there. Needs root or sudo for apt.
# When another apt or dpkg holds the package locks (unattended-upgrades on a fresh Ubuntu), it
# waits for them, up to FRAMEFLEET_APT_LOCK_TIMEOUT seconds in all (default 600), saying which
# process holds them, and then goes on or fails saying so (scripts/apt-lock.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/apt-lock.sh

need=()
command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ] || need+=(nats-server)
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
command -v ffprobe >/dev/null 2>&1 || need+=(ffmpeg)
# Tests scrape a local fleet with a real Prometheus (dashboards, alert rules) and make TLS
# certificates with openssl.
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# The partition test puts a worker in its own network namespace with `ip` (test/helpers/netns.ts).
command -v ip >/dev/null 2>&1 || [ -x /usr/sbin/ip ] || [ -x /sbin/ip ] || need+=(iproute2)
# The HTML report tests drive /usr/bin/chromium headless (test/helpers/browser.ts).
[ -x /usr/bin/chromium ] || need+=(chromium)
# The Helm chart test unzips helm from an npm package's layer.zip (test/helpers/helm.ts).
command -v unzip >/dev/null 2>&1 || need+=(unzip)
# The peers benchmark runs BullMQ on a redis-server it starts itself (bench/lib/peers/redis-server.ts).
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
# test/slurm.test.ts runs workers as jobs of a one-node Slurm it starts (deploy/slurm/).
for b in slurmctld slurmd munged; do
  command -v "$b" >/dev/null 2>&1 || [ -x "/usr/sbin/$b" ] || need+=(slurmctld slurmd slurm-client munge)
done
command -v sbatch >/dev/null 2>&1 || need+=(slurm-client)
if ! /usr/bin/python3 -c 'import grpc, google.protobuf, numpy' >/dev/null 2>&1; then
  need+=(python3 python3-grpcio python3-protobuf python3-numpy)
fi
# --- real torch (torch example backends, test/torch-backend.test.ts) ---
if ! /usr/bin/python3 -c 'import torch, torchvision' >/dev/null 2>&1; then
  need+=(python3-torch python3-torchvision)
fi
# --- end real torch ---
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "setup: need root (or sudo) to install: ${need[*]}" >&2; exit 1
    fi
  fi
  apt_lock_init
  echo "setup: installing ${need[*]} with apt-get"
  apt_get update -qq
  apt_get install -y -qq --no-install-recommends $(printf '%s\n' "${need[@]}" | sort -u) >/dev/null
fi

if ! command -v node >/dev/null 2>&1 || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "setup: FrameFleet needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup: building"
npm run --silent build
echo "setup: ready ($(nats-server --version 2>/dev/null || /usr/sbin/nats-server --version), $(ffmpeg -version | head -1 | cut -d' ' -f1-3))"
