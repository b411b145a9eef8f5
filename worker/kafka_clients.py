"""Settings → keyword arguments of each Kafka client we use (kafka-python, faust/aiokafka).

Security options (SSL, SASL) are translated here once, so every tool (worker, replay, tail,
admin, tests) connects the same way.
"""

from __future__ import annotations

import ssl
from typing import Any

from .config import Settings

__all__ = ["kafka_python_config", "faust_broker", "faust_credentials", "ssl_context"]


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    if "SSL" not in settings.security_protocol:
        return None
    ctx = ssl.create_default_context(cafile=settings.ssl_cafile or None)
    if settings.ssl_certfile:
        ctx.load_cert_chain(settings.ssl_certfile, settings.ssl_keyfile or None)
    return ctx


def kafka_python_config(settings: Settings) -> dict[str, Any]:
    cfg: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap.split(","),
        "security_protocol": settings.security_protocol,
    }
    if settings.security_protocol.startswith("SASL"):
        cfg.update(
            sasl_mechanism=settings.sasl_mechanism,
            sasl_plain_username=settings.sasl_username,
            sasl_plain_password=settings.sasl_password,
        )
    if "SSL" in settings.security_protocol:
        cfg["ssl_context"] = ssl_context(settings)
    return cfg


def faust_broker(settings: Settings) -> list[str]:
    return [f"kafka://{host.strip()}" for host in settings.bootstrap.split(",") if host.strip()]


def faust_credentials(settings: Settings) -> Any:
    import faust  # imported here: the light CLI commands do not need faust loaded

    proto = settings.security_protocol
    if proto.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username, password=settings.sasl_password,
            mechanism=settings.sasl_mechanism, ssl_context=ssl_context(settings),
        )
    if proto == "SSL":
        return faust.SSLCredentials(ssl_context(settings))
    return None
