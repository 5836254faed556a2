"""docker-compose.yml is valid YAML with the services, health checks and start order we rely on."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SERVICES = {"kafka", "elasticsearch", "kibana", "init", "crawler", "worker", "api"}
APP_SERVICES = ("crawler", "worker", "api", "init")


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_services_and_images() -> None:
    services = compose()["services"]
    assert set(services) == SERVICES
    assert services["kafka"]["image"] == "apache/kafka:3.9.1"
    assert services["elasticsearch"]["image"].startswith(
        "docker.elastic.co/elasticsearch/elasticsearch:8.19."
    )
    assert services["kibana"]["image"].split(":")[1] == services["elasticsearch"]["image"].split(":")[1]
    assert services["elasticsearch"]["environment"]["xpack.security.enabled"] == "false"
    for name in APP_SERVICES:
        assert services[name]["build"] == "."


def test_depends_on_names_real_services_with_conditions() -> None:
    services = compose()["services"]
    for name, service in services.items():
        for dependency, rule in (service.get("depends_on") or {}).items():
            assert dependency in services, f"{name} depends on unknown {dependency}"
            assert rule["condition"] in ("service_healthy", "service_completed_successfully")
            if rule["condition"] == "service_healthy":
                assert "healthcheck" in services[dependency], f"{dependency} has no healthcheck"
    for name in ("crawler", "worker", "api"):
        assert services[name]["depends_on"]["init"]["condition"] == "service_completed_successfully"


def test_workers_scale() -> None:
    services = compose()["services"]
    for name in ("worker", "crawler"):
        assert "container_name" not in services[name]
        assert "ports" not in services[name]
    assert services["worker"]["command"] == ["worker"]


def test_mounted_files_exist() -> None:
    for service in compose()["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), source


def test_dockerfile_installs_the_package() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert dockerfile.startswith("# ") and "FROM python:3.11-slim" in dockerfile
    assert "pip install ." in dockerfile and 'ENTRYPOINT ["newswatch"]' in dockerfile
