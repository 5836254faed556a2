# shellcheck shell=bash
# Helpers shared by infra/kafka.sh and infra/elasticsearch.sh: paths, pid files, waiting.
# Sourced, not executed; the variables below are used by the scripts that source it.
# shellcheck disable=SC2034

INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$INFRA_DIR/.." && pwd)"
STATE_DIR="${NEWSWATCH_STATE_DIR:-$ROOT_DIR/.state}"
DOWNLOADS_DIR="$STATE_DIR/downloads"
START_TIMEOUT="${NEWSWATCH_START_TIMEOUT:-120}"
STOP_TIMEOUT="${NEWSWATCH_STOP_TIMEOUT:-30}"
MAVEN_CENTRAL="${NEWSWATCH_MAVEN_CENTRAL:-https://repo1.maven.org/maven2}"

log() { printf '[%s] %s\n' "${SERVICE:-infra}" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# java_major JAVA_BIN -> prints the feature version (17, 21, 25...) or nothing.
java_major() {
  local version
  version="$("$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')" || return 0
  version="${version#1.}"
  printf '%s\n' "${version%%[.+-]*}"
}

require_java() {  # require_java MIN -> prints a java binary of at least MIN
  local min="$1" candidate major
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" \
      /usr/lib/jvm/*/bin/java; do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    major="$(java_major "$candidate")"
    if [[ -n "$major" && "$major" -ge "$min" ]]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  die "Java $min+ not found: install openjdk-17-jre-headless (apt-get install openjdk-17-jre-headless)"
}

pid_alive() {  # pid_alive PIDFILE -> 0 if the process in PIDFILE runs
  local pid
  [[ -f "$1" ]] || return 1
  pid="$(cat "$1" 2>/dev/null)" || return 1
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

port_open() {  # port_open PORT -> 0 if something listens on 127.0.0.1:PORT
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# wait_until SECONDS COMMAND... -> polls COMMAND every second until it succeeds or time is up.
wait_until() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep 1
  done
}

stop_pid() {  # stop_pid PIDFILE -> SIGTERM, wait STOP_TIMEOUT, then SIGKILL
  local pidfile="$1" pid
  if ! pid_alive "$pidfile"; then
    rm -f "$pidfile"
    log "not running"
    return 0
  fi
  pid="$(cat "$pidfile")"
  log "stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_until "$STOP_TIMEOUT" eval "! kill -0 $pid 2>/dev/null"; then
    log "still running after ${STOP_TIMEOUT}s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$pidfile"
  log "stopped"
}

show_log_tail() {  # show_log_tail FILE -> last 40 lines on stderr
  if [[ -f "$1" ]]; then
    log "last 40 lines of $1:"
    tail -n 40 "$1" >&2
  else
    log "no log file at $1"
  fi
}
