#!/usr/bin/env bash
# One-shot `users` service of docker-compose.yml (runs in the Elasticsearch image once the
# cluster is healthy). Sets the password Kibana uses (kibana_system) and creates the `newswatch`
# role and user that the crawler, workers, notifier and API connect with: they may manage and
# write the newswatch-* indices and their templates, nothing else. Idempotent.
set -euo pipefail
ES=https://elasticsearch:9200
CA=config/certs/ca/ca.crt

call() {  # METHOD PATH [BODY]: fails (and prints Elasticsearch's answer) on any non-2xx
  local method=$1 path=$2 body=${3:-}
  local out
  out=$(curl -sS --cacert "$CA" -u "elastic:${ELASTIC_PASSWORD}" -X "$method" \
    -H 'Content-Type: application/json' -w '\n%{http_code}' "$ES$path" ${body:+-d "$body"})
  local code=${out##*$'\n'}
  if [ "${code:0:1}" != 2 ]; then
    echo "users: $method $path answered $code: ${out%$'\n'*}" >&2
    exit 1
  fi
}

call POST /_security/user/kibana_system/_password "{\"password\":\"${KIBANA_PASSWORD}\"}"
call PUT /_security/role/newswatch '{
  "cluster": ["monitor", "manage_index_templates"],
  "indices": [{"names": ["newswatch-*"],
               "privileges": ["create_index", "manage", "read", "write", "view_index_metadata"]}]
}'
call PUT /_security/user/newswatch "{\"password\":\"${NEWSWATCH_ES_PASSWORD}\",\"roles\":[\"newswatch\"],
  \"full_name\":\"newswatch services\"}"
echo "users: kibana_system, newswatch ready"
