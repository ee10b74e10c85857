# shellcheck shell=bash
# Sourced by setup.sh: apt-get that waits, bounded, for the locks of another apt or dpkg (on a
# fresh Ubuntu, unattended-upgrades holds them for minutes after boot) instead of failing at once.
#
# apt >= 1.9.11 waits for the dpkg locks itself with -o DPkg::Lock::Timeout=N, but not for the
# lists lock (`apt-get update` fails at once, checked with apt 2.6.1) nor the archives lock, so a
# lock error is also retried here until the same deadline. Lock files come from apt's own
# configuration (apt-config honours APT_CONFIG and Dir::…), which is also how the test points
# apt at a scratch folder instead of the machine's.
#
# Globals: FRAMEFLEET_APT_LOCK_TIMEOUT (seconds in all, default 600), sudo ("" or "sudo").

FRAMEFLEET_APT_LOCK_TIMEOUT="${FRAMEFLEET_APT_LOCK_TIMEOUT:-600}"
sudo="${sudo:-}"

# Starts the clock: every apt_get after this shares one deadline.
apt_lock_init() {
  case "$FRAMEFLEET_APT_LOCK_TIMEOUT" in
    '' | *[!0-9]*)
      echo "setup: FRAMEFLEET_APT_LOCK_TIMEOUT must be a whole number of seconds, e.g. 600 (got \"$FRAMEFLEET_APT_LOCK_TIMEOUT\")" >&2
      return 2
      ;;
  esac
  apt_lock_deadline=$((SECONDS + FRAMEFLEET_APT_LOCK_TIMEOUT))
}

# The lock files of dpkg and apt, one a line.
apt_lock_files() {
  local STATUS="" LISTS="" ARCHIVES=""
  eval "$(apt-config shell STATUS Dir::State::status/f LISTS Dir::State::Lists/d ARCHIVES Dir::Cache::Archives/d)"
  local admin
  admin=$(dirname "${STATUS:-/var/lib/dpkg/status}")
  printf '%s\n' "$admin/lock-frontend" "$admin/lock" "${LISTS:-/var/lib/apt/lists/}lock" "${ARCHIVES:-/var/cache/apt/archives/}lock"
}

# "PID (command) on FILE" for each process holding one of those locks. /proc/locks is readable
# without root (fuser and lslocks are not always installed, nor allowed to see other users).
apt_lock_holders() {
  local f ino pid
  while read -r f; do
    [ -e "$f" ] || continue
    ino=$(stat -c %i "$f" 2>/dev/null) || continue
    # Fields: "N: POSIX ADVISORY WRITE PID MAJ:MIN:INODE START END"; "N: -> …" are waiters, not holders.
    for pid in $(awk -v ino="$ino" '$2 != "->" && $5 > 0 { n = split($6, d, ":"); if (d[n] == ino) print $5 }' /proc/locks 2>/dev/null | sort -un); do
      echo "process $pid ($(cat "/proc/$pid/comm" 2>/dev/null || echo '?')) on $f"
    done
  done < <(apt_lock_files)
}

# apt-get "$@" (as root, through $sudo), waiting for the locks until the deadline.
apt_get() {
  local err rc left holders announced="" announced_at=0
  err=$(mktemp)
  while :; do
    left=$((apt_lock_deadline - SECONDS))
    ((left > 0)) || left=0
    holders=$(apt_lock_holders | paste -sd ';' | sed 's/;/; /g')
    # Say what we wait for, again when the holder changes and once a minute while it lasts.
    if [ -n "$holders" ] && { [ "$holders" != "$announced" ] || ((SECONDS - announced_at >= 60)); }; then
      echo "setup: waiting up to ${left}s for the apt/dpkg lock, held by $holders (another apt-get, dpkg or unattended-upgrades; FRAMEFLEET_APT_LOCK_TIMEOUT=SECONDS changes the limit)" >&2
      announced=$holders
      announced_at=$SECONDS
    fi
    rc=0
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout="$left" "$@" 2>"$err" || rc=$?
    if ((rc != 0)) && grep -qE 'Could not get lock|Unable to acquire the dpkg frontend lock|Unable to lock' "$err"; then
      if ((SECONDS < apt_lock_deadline)); then
        # The lists and archives locks are not waited for by apt itself.
        sleep 2
        continue
      fi
      cat "$err" >&2
      echo "setup: gave up after ${FRAMEFLEET_APT_LOCK_TIMEOUT}s waiting for the apt/dpkg lock${holders:+, held by $holders}. Let that finish (or stop it), then run scripts/setup.sh again; FRAMEFLEET_APT_LOCK_TIMEOUT=SECONDS waits longer" >&2
      rm -f "$err"
      return "$rc"
    fi
    cat "$err" >&2
    rm -f "$err"
    return "$rc"
  done
}
