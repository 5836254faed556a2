#!/usr/bin/env bash
# Kafka and Elasticsearch together: what the integration tests and the distributed engine need.
#
#   infra/services.sh start    start both (concurrently), wait until both are healthy
#   infra/services.sh stop     stop both
#   infra/services.sh check    exit 0 if both answer
#   infra/services.sh status   print the state of both
#   infra/services.sh get      fetch both (for caching ahead of time)
set -euo pipefail

INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SERVICES=(kafka elasticsearch)

run_all() {  # run_all ACTION -> runs ACTION for every service concurrently, fails if any fails
  local action="$1" service status=0
  local -a pids=()
  for service in "${SERVICES[@]}"; do
    "$INFRA_DIR/$service.sh" "$action" &
    pids+=("$!")
  done
  for service in "${!pids[@]}"; do
    wait "${pids[$service]}" || status=1
  done
  return "$status"
}

case "${1:-}" in
  start | get) run_all "$1" ;;
  stop | check) run_all "$1" ;;
  status)
    status=0
    for service in "${SERVICES[@]}"; do "$INFRA_DIR/$service.sh" status || status=1; done
    exit "$status"
    ;;
  *) echo "usage: $0 {start|stop|check|status|get}" >&2; exit 2 ;;
esac
