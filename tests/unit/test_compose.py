"""docker-compose.yml follows the Compose specification and keeps the promises an operator
relies on: data on volumes, the pipeline independent of Kibana, security on, scalable services.

No Docker engine runs in the tests: the file is validated against the Compose JSON schema and
read, not run.
"""

from __future__ import annotations

import json
import re
from importlib.metadata import distribution
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PIPELINE = ("crawler", "worker", "indexer", "notifier", "api")
STATELESS = (*PIPELINE, "setup", "kibana-setup")
ONE_SHOTS = ("certs", "users", "setup", "kibana-setup")


def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


SERVICES = compose()["services"]


def compose_schema() -> dict[str, Any]:
    """The Compose specification's JSON schema, as check-jsonschema ships it (read as a file:
    importing check_jsonschema would pull in its command line)."""
    path = distribution("check-jsonschema").locate_file(
        "check_jsonschema/builtin_schemas/vendor/compose-spec.json"
    )
    return json.loads(Path(str(path)).read_text(encoding="utf-8"))


def env_names() -> set[str]:
    lines = (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    return {line.split("=", 1)[0] for line in lines if "=" in line and not line.startswith("#")}


def depends(name: str) -> dict[str, dict[str, str]]:
    return SERVICES[name].get("depends_on") or {}


def all_dependencies(name: str) -> set[str]:
    found: set[str] = set()
    todo = list(depends(name))
    while todo:
        dependency = todo.pop()
        if dependency not in found:
            found.add(dependency)
            todo.extend(depends(dependency))
    return found


def test_file_follows_the_compose_schema() -> None:
    schema = compose_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(compose())]
    assert not errors, errors


def test_a_broken_file_fails_the_schema() -> None:
    schema = compose_schema()
    broken = compose()
    broken["services"]["worker"]["depends_on"]["kafka"]["condition"] = "service_ready"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_services() -> None:
    assert set(SERVICES) == {
        "certs", "users", "kafka", "elasticsearch", "kibana", "setup", "kibana-setup",
        "crawler", "worker", "indexer", "notifier", "api", "prometheus",
    }
    for name in (*PIPELINE, "setup", "kibana-setup"):
        assert SERVICES[name]["build"] == "."
    assert SERVICES["notifier"]["command"] == ["notifier"]
    assert SERVICES["worker"]["command"] == ["worker"]
    assert SERVICES["indexer"]["command"] == ["indexer"]


def test_elastic_images_are_the_current_8_19_patch_of_the_development_cluster() -> None:
    version = re.search(r"^ES_VERSION=(\S+)$", (ROOT / "infra" / "elasticsearch.sh").read_text(), re.M)
    assert version and version.group(1).startswith("8.19.")
    for name in ("certs", "users", "elasticsearch"):
        assert SERVICES[name]["image"] == f"docker.elastic.co/elasticsearch/elasticsearch:{version.group(1)}"
    assert SERVICES["kibana"]["image"] == f"docker.elastic.co/kibana/kibana:{version.group(1)}"


def test_kafka_keeps_its_data_on_the_named_volume() -> None:
    kafka = SERVICES["kafka"]
    log_dirs = kafka["environment"]["KAFKA_LOG_DIRS"]
    mounts = {v.split(":")[1]: v.split(":")[0] for v in kafka["volumes"]}
    assert mounts.get(log_dirs) == "kafka-data"
    assert "kafka-data" in compose()["volumes"]


def test_stateful_services_keep_data_on_named_volumes() -> None:
    volumes = compose()["volumes"]
    for service, path in (
        ("elasticsearch", "/usr/share/elasticsearch/data"),
        ("kibana", "/usr/share/kibana/data"),
        ("elasticsearch", "/usr/share/elasticsearch/backup"),
    ):
        mounts = {v.split(":")[1]: v.split(":")[0] for v in SERVICES[service]["volumes"]}
        assert mounts[path] in volumes, (service, path)
    assert SERVICES["elasticsearch"]["environment"]["path.repo"] == "/usr/share/elasticsearch/backup"


def test_the_pipeline_never_waits_for_kibana() -> None:
    for name in (*PIPELINE, "setup"):
        assert "kibana" not in all_dependencies(name), name
        assert "kibana-setup" not in all_dependencies(name), name
    for name in PIPELINE:
        assert depends(name)["kafka"]["condition"] == "service_healthy"
        assert depends(name)["elasticsearch"]["condition"] == "service_healthy"
        assert depends(name)["setup"]["condition"] == "service_completed_successfully"
    assert depends("kibana-setup")["kibana"]["condition"] == "service_healthy"


def test_setup_installs_templates_and_kibana_import_fails_loudly() -> None:
    assert SERVICES["setup"]["entrypoint"] == ["python", "-m", "streams.ops.setup"]
    assert SERVICES["setup"]["command"] == ["--no-kibana"]
    assert SERVICES["kibana-setup"]["command"] == ["--kibana-only"]
    for name in ONE_SHOTS:
        assert SERVICES[name].get("restart", "no") == "no", name


def test_dependencies_name_real_services_with_readiness_conditions() -> None:
    for name in SERVICES:
        for dependency, rule in depends(name).items():
            assert dependency in SERVICES, f"{name} depends on unknown {dependency}"
            if rule["condition"] == "service_healthy":
                assert "healthcheck" in SERVICES[dependency], f"{dependency} has no healthcheck"
            else:
                assert rule["condition"] == "service_completed_successfully"
                assert dependency in ONE_SHOTS


def test_healthchecks_mean_ready() -> None:
    def probe(name: str) -> str:
        return " ".join(SERVICES[name]["healthcheck"]["test"])

    assert "wait_for_status=yellow" in probe("elasticsearch") and "elastic:" in probe("elasticsearch")
    assert '"level":"available"' in probe("kibana")
    assert "kafka-broker-api-versions.sh" in probe("kafka")


def test_security_is_on() -> None:
    es = SERVICES["elasticsearch"]["environment"]
    assert es["xpack.security.enabled"] == "true"
    assert es["xpack.security.http.ssl.enabled"] == "true"
    assert es["xpack.security.transport.ssl.enabled"] == "true"
    assert es["ELASTIC_PASSWORD"].startswith("${ELASTIC_PASSWORD:?")  # no default password
    kibana = SERVICES["kibana"]["environment"]
    assert kibana["ELASTICSEARCH_USERNAME"] == "kibana_system"
    assert kibana["ELASTICSEARCH_HOSTS"].startswith('["https://')
    for key in ("XPACK_SECURITY_ENCRYPTIONKEY", "XPACK_ENCRYPTEDSAVEDOBJECTS_ENCRYPTIONKEY"):
        assert "KIBANA_ENCRYPTION_KEY" in kibana[key]
    assert kibana["MAP_INCLUDEELASTICMAPSSERVICE"] == "false"
    for name in STATELESS:
        env = SERVICES[name]["environment"]
        assert env["NEWSWATCH_ELASTICSEARCH_URL"].startswith("https://")
        assert env["NEWSWATCH_ELASTICSEARCH_USERNAME"] == "newswatch"
        assert env["NEWSWATCH_ELASTICSEARCH_CA_CERTS"] == "/certs/ca/ca.crt"
        assert "certs:/certs:ro" in SERVICES[name]["volumes"]


def test_every_variable_the_file_needs_is_in_env_example() -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    needed = set(re.findall(r"\$\{([A-Z_]+)", text))
    assert needed <= env_names(), needed - env_names()


def test_host_ports_are_loopback_only() -> None:
    for name, service in SERVICES.items():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), (name, port)


def test_stateless_services_scale() -> None:
    for name in STATELESS:
        service = SERVICES[name]
        assert "container_name" not in service, name
        for port in service.get("ports", []):
            host = port.split(":")[1]
            assert "-" in host, f"{name} publishes fixed host port {host}: --scale would clash"


def test_every_service_has_resource_limits() -> None:
    total_memory = 0.0
    for name, service in SERVICES.items():
        limits = service["deploy"]["resources"]["limits"]
        assert float(limits["cpus"]) <= 1.0, name
        memory = limits["memory"]
        total_memory += float(memory[:-1]) / (1024 if memory.endswith("M") else 1)
    assert total_memory <= 12, f"{total_memory} GB of limits"


def test_mounted_files_exist() -> None:
    for service in SERVICES.values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), source


def test_dockerfile_installs_the_package() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert dockerfile.startswith("# ") and "FROM python:3.11-slim" in dockerfile
    assert "pip install --require-hashes -r requirements.lock" in dockerfile  # the tested versions
    assert "pip install --no-deps ." in dockerfile and 'ENTRYPOINT ["newswatch"]' in dockerfile
