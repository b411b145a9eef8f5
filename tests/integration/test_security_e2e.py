"""SSL and SASL_SSL against a local broker with TLS listeners (certificates made by the test);
secrets never reach logs or `akhbar settings`; the metrics port can be bound to localhost only."""

from __future__ import annotations

import dataclasses
import os
import socket
import subprocess
import sys

import orjson
import pytest

from worker.broker import LocalBroker, free_port
from worker.worker_process import settings_env

from .articles import distinct_article
from .conftest import Workers, consume_until, test_settings

pytestmark = pytest.mark.broker

PASSWORD = "s3cret-Akhbar-pw"  # made up here, for this broker only


def openssl(*args: str, cwd) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    """A CA, a server certificate for 127.0.0.1 and a client certificate, all PEM."""
    if not subprocess.run(["which", "openssl"], capture_output=True).returncode == 0:
        pytest.skip("needs the openssl command to make test certificates")
    d = tmp_path_factory.mktemp("certs")
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=akhbar-test-ca", cwd=d)
    for name, ext in (("server", "subjectAltName=IP:127.0.0.1,DNS:localhost"), ("client", "extendedKeyUsage=clientAuth")):
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.csr",
                "-subj", f"/CN=akhbar-{name}", cwd=d)
        (d / f"{name}.ext").write_text(ext + "\n")
        openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", f"{name}.pem", "-days", "2", "-extfile", f"{name}.ext", cwd=d)
        openssl("pkcs8", "-topk8", "-nocrypt", "-in", f"{name}.key", "-out", f"{name}.pk8", cwd=d)
    (d / "server-keystore.pem").write_text((d / "server.pk8").read_text() + (d / "server.pem").read_text())
    return d


@pytest.fixture(scope="module")
def tls_broker(certs, tmp_path_factory):
    plain, tls, sasl = free_port(), free_port(), free_port()
    broker = LocalBroker(port=plain, data_dir=tmp_path_factory.mktemp("tls-kafka"), extra_config={
        "listeners": f"PLAINTEXT://127.0.0.1:{plain},SSL://127.0.0.1:{tls},SASL_SSL://127.0.0.1:{sasl},"
                     f"CONTROLLER://127.0.0.1:{{controller}}",
        "advertised.listeners": f"PLAINTEXT://127.0.0.1:{plain},SSL://127.0.0.1:{tls},SASL_SSL://127.0.0.1:{sasl}",
        "ssl.keystore.type": "PEM", "ssl.keystore.location": str(certs / "server-keystore.pem"),
        "ssl.truststore.type": "PEM", "ssl.truststore.location": str(certs / "ca.pem"),
        "listener.name.ssl.ssl.client.auth": "required",
        "sasl.enabled.mechanisms": "PLAIN",
        "listener.name.sasl_ssl.plain.sasl.jaas.config":
            f'org.apache.kafka.common.security.plain.PlainLoginModule required user_akhbar="{PASSWORD}";',
    })
    broker.extra_config["listeners"] = broker.extra_config["listeners"].replace("{controller}", str(broker.controller_port))
    broker.start()
    yield broker, tls, sasl
    broker.cleanup()


@pytest.mark.parametrize("mode", ["SSL", "SASL_SSL"])
def test_worker_runs_over_tls_and_never_shows_the_secret(tls_broker, certs, tmp_path, mode):
    broker, tls_port, sasl_port = tls_broker
    plain = test_settings(broker.bootstrap, tmp_path / "data")  # topics made over PLAINTEXT
    secure = dataclasses.replace(
        plain, bootstrap=f"127.0.0.1:{tls_port if mode == 'SSL' else sasl_port}", security_protocol=mode,
        ssl_cafile=str(certs / "ca.pem"),
        **({"ssl_certfile": str(certs / "client.pem"), "ssl_keyfile": str(certs / "client.pk8")} if mode == "SSL"
           else {"sasl_mechanism": "PLAIN", "sasl_username": "akhbar", "sasl_password": PASSWORD}),
    )
    workers = Workers(secure, tmp_path)
    try:
        worker = workers()
        sent = [distinct_article(i, "tls") for i in range(20)]
        # the replay command over the secure listener too
        path = tmp_path / "in.jsonl"
        path.write_bytes(b"\n".join(orjson.dumps(a) for a in sent) + b"\n")
        replay = subprocess.run([sys.executable, "-m", "worker.cli", "replay", str(path), "--no-progress"],
                                env={**os.environ, **settings_env(secure)}, capture_output=True, text=True, timeout=120)
        assert replay.returncode == 0, replay.stderr
        assert worker.wait_metric("akhbar_articles_published_total", 20, timeout=90, source="tls") == 20
        assert len(consume_until(plain, plain.topic_enriched, 20)) >= 20
        shown = subprocess.run([sys.executable, "-m", "worker.cli", "settings"], env={**os.environ, **settings_env(secure)},
                               capture_output=True, text=True, timeout=60)
        for text in (worker.log_path.read_text(), replay.stderr, replay.stdout, shown.stdout, shown.stderr):
            assert PASSWORD not in text
        if mode == "SASL_SSL":
            assert "AKHBAR_SASL_PASSWORD=***" in shown.stdout
    finally:
        workers.kill_all()


def test_wrong_sasl_password_is_refused_and_said_clearly(tls_broker, certs, tmp_path):
    broker, _, sasl_port = tls_broker
    plain = test_settings(broker.bootstrap, tmp_path / "data")
    wrong = dataclasses.replace(plain, bootstrap=f"127.0.0.1:{sasl_port}", security_protocol="SASL_SSL",
                                ssl_cafile=str(certs / "ca.pem"), sasl_username="akhbar", sasl_password="not-it")
    got = subprocess.run([sys.executable, "-m", "worker.cli", "topics"], env={**os.environ, **settings_env(wrong)},
                         capture_output=True, text=True, timeout=120)
    assert got.returncode != 0
    assert "not-it" not in got.stdout + got.stderr


def test_metrics_bound_to_localhost_are_not_reachable_from_other_interfaces(settings, tmp_path):
    others = [ip for ip in subprocess.run(["hostname", "-I"], capture_output=True, text=True).stdout.split()
              if ":" not in ip and not ip.startswith("127.")]
    if not others:
        pytest.skip("this machine has no non-loopback IPv4 address to try")
    workers = Workers(settings, tmp_path)  # the fixture binds metrics to 127.0.0.1
    try:
        worker = workers()
        assert worker.settings.metrics_host == "127.0.0.1" and worker.http("/healthz")[0] == 200
        with pytest.raises(OSError):
            socket.create_connection((others[0], worker.port), timeout=2).close()
    finally:
        workers.kill_all()
