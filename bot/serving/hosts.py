"""Which Host a request may name and which Origin the app's own pages have, for the address the server binds.

127.0.0.1 and localhost are always accepted; ::1 only when the server is bound to the IPv6 loopback (then the
URL is written http://[::1]:PORT, and that is the page's Origin). Any other bound address still requires
127.0.0.1 or localhost as Host, which blocks DNS rebinding.
"""

from __future__ import annotations

TRUSTED_HOSTS = ("127.0.0.1", "localhost")
LOOPBACK_V6 = "::1"


def url_host(host: str) -> str:
    """The host as written in a URL: IPv6 literals in brackets ('::1' -> '[::1]')."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def allowed_hosts_and_origins(bind_host: str, port: int) -> tuple[set[str], set[str]]:
    """Host names a request may name and the origins of the app's own pages: 127.0.0.1 and localhost always,
    ::1 when the server is bound to it (any other bound address still needs one of these as Host)."""
    hosts = set(TRUSTED_HOSTS) | ({LOOPBACK_V6} if bind_host in (LOOPBACK_V6, "[::1]") else set())
    return hosts, {f"http://{url_host(h)}:{port}" for h in hosts}


def host_name(raw: bytes | None) -> str:
    """'localhost:7860' -> 'localhost'; '[::1]:80' -> '::1'."""
    host = (raw or b"").decode("latin-1").strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
