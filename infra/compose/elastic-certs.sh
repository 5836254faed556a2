#!/usr/bin/env bash
# One-shot `certs` service of docker-compose.yml (runs in the Elasticsearch image, as root).
# Creates a private CA and a certificate for the host name `elasticsearch` on the certs volume,
# once: later runs keep them, so clients that trust the CA keep working across restarts.
set -euo pipefail
cd /usr/share/elasticsearch
CERTS=config/certs

if [ ! -f "$CERTS/ca/ca.crt" ]; then
  echo "certs: creating the certificate authority"
  bin/elasticsearch-certutil ca --silent --pem --out "$CERTS/ca.zip"
  unzip -oq "$CERTS/ca.zip" -d "$CERTS"
  rm "$CERTS/ca.zip"
fi
if [ ! -f "$CERTS/elasticsearch/elasticsearch.crt" ]; then
  echo "certs: creating the Elasticsearch certificate"
  cat > "$CERTS/instances.yml" <<'YAML'
instances:
  - name: elasticsearch
    dns: [elasticsearch, localhost]
    ip: [127.0.0.1]
YAML
  bin/elasticsearch-certutil cert --silent --pem --in "$CERTS/instances.yml" \
    --ca-cert "$CERTS/ca/ca.crt" --ca-key "$CERTS/ca/ca.key" --out "$CERTS/certs.zip"
  unzip -oq "$CERTS/certs.zip" -d "$CERTS"
  rm "$CERTS/certs.zip"
fi
# Elasticsearch runs as uid 1000; the CA key stays readable by root only.
chown -R 1000:0 "$CERTS"
find "$CERTS" -type d -exec chmod 750 {} +
find "$CERTS" -type f -exec chmod 640 {} +
chmod 600 "$CERTS/ca/ca.key"
chmod 644 "$CERTS/ca/ca.crt"  # the newswatch services (another uid) read the CA certificate
chmod 755 "$CERTS" "$CERTS/ca"
if [ -d /backup ]; then
  chown 1000:0 /backup  # the snapshot repository (path.repo)
fi
echo "certs: ready"
