"""Transport (issue #11 item 4): https except to loopback, the district's own CA, tokens that
expire and rotate, and a token kept in the keyring (or a 0600 file) instead of the database."""

from __future__ import annotations

import os
import socket
import ssl
import stat
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import update

from app.db import make_session_factory, open_database
from app.models.base import utcnow
from app.models.sync_state import SyncDevice
from app.server.tables import ServerDevice
from app.services.reference.setup import ensure_reference
from app.sync import token_store
from app.sync.engine import SyncEngine
from app.sync.local import get_device
from app.sync.protocol import HelloRequest, RegisterRequest
from app.sync.registration import register
from app.sync.status import sync_overview
from app.sync.transport import SyncError, Transport, check_server_url
from tests.server.support import DEMO_ORG, copy_sqlite, make_server

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "url", ["http://10.0.0.5:8765", "http://district.example.cn", "http://0.0.0.0:8765"]
)
def test_plain_http_to_another_host_is_refused_in_chinese(url):
    with pytest.raises(SyncError) as err:
        Transport(url)
    assert err.value.code == "insecure_url" and not err.value.offline
    assert "https://" in err.value.message and "明文" in err.value.message


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8765", "http://localhost:8765", "http://[::1]:8765", "https://10.0.0.5"],
)
def test_https_and_loopback_http_are_accepted(url):
    check_server_url(url)
    Transport(url).close()


def test_registration_and_sync_refuse_plain_http(tmp_path):
    engine = open_database(tmp_path / "a.sqlite3")
    factory = make_session_factory(engine)
    with factory.begin() as s:
        ensure_reference(s)
    with pytest.raises(SyncError) as err:
        register(factory, server_url="http://10.0.0.5:8765", code="ABCDE-FGHJK")
    assert err.value.code == "insecure_url"
    with factory.begin() as s:
        s.add(
            SyncDevice(
                id="d1",
                org_code=DEMO_ORG,
                device_code="A",
                server_url="http://10.0.0.5:8765",
                token="t",
                registered_at=utcnow(),
            )
        )
    result = SyncEngine(factory).run_cycle()
    assert not result.ok and "https://" in result.message
    engine.dispose()


def test_a_bad_ca_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    with pytest.raises(SyncError) as err:
        Transport("https://10.0.0.5", ca_file=bad)
    assert err.value.code == "bad_ca"


# --- tokens -----------------------------------------------------------------------------


def _hello(server, token: str) -> httpx.Response:
    return server.client.post(
        "/v1/sync/hello",
        json={"client_time": utcnow().isoformat()},
        headers={"Authorization": f"Bearer {token}"},
    )


def _set(server, device_id: str, **values) -> None:
    with server.factory.begin() as s:
        s.execute(update(ServerDevice).where(ServerDevice.id == device_id).values(**values))


def test_token_expires(server):
    reg = server.transport().register(RegisterRequest(code=server.issue_code(DEMO_ORG)))
    assert reg.token_expires_at is not None
    assert reg.token_expires_at - utcnow() > timedelta(days=80)
    assert _hello(server, reg.token).status_code == 200
    _set(server, reg.device_id, token_expires_at=utcnow() - timedelta(seconds=1))
    r = _hello(server, reg.token)
    assert r.status_code == 401 and r.json()["detail"]["code"] == "token_expired"


def test_token_rotates_before_expiry_and_the_old_one_has_a_grace_period(server):
    reg = server.transport().register(RegisterRequest(code=server.issue_code(DEMO_ORG)))
    fresh = _hello(server, reg.token).json()
    assert fresh["new_token"] is None  # far from expiry: no rotation
    _set(server, reg.device_id, token_expires_at=utcnow() + timedelta(days=2))
    rotated = _hello(server, reg.token).json()
    new = rotated["new_token"]
    assert new and new != reg.token
    assert _hello(server, new).json()["new_token"] is None  # the successor is fresh
    # The reply may have been lost: the old token still works and brings another successor.
    again = _hello(server, reg.token)
    assert again.status_code == 200 and again.json()["new_token"] not in (None, new, reg.token)
    newest = again.json()["new_token"]
    assert _hello(server, newest).status_code == 200
    # After the grace period the old token is refused.
    _set(server, reg.device_id, prev_token_until=utcnow() - timedelta(seconds=1))
    assert _hello(server, reg.token).status_code == 401
    assert _hello(server, newest).status_code == 200


def test_the_engine_stores_a_rotated_token_and_uses_it(server, desk):
    a = desk(server, "a")
    with a.factory() as s:
        device_id = get_device(s).id
    old = token_store.load(device_id, a.path, "@file")
    _set(server, device_id, token_expires_at=utcnow() + timedelta(days=1))
    a.add_person("甲")
    assert a.sync().ok
    new = token_store.load(device_id, a.path, "@file")
    assert new and new != old
    _set(server, device_id, prev_token_until=utcnow() - timedelta(seconds=1))
    a.add_person("乙")
    result = a.sync()
    assert result.ok and result.pushed == 1  # on the new token: the old one is gone now
    assert _hello(server, old).status_code == 401


# --- where the token is kept ------------------------------------------------------------


def test_token_file_is_0600_and_not_in_the_database_without_a_keyring(server, desk):
    a = desk(server, "a")
    with a.factory() as s:
        device = get_device(s)
        assert device.token == token_store.FILE
        label = sync_overview(s).token_storage
    path = token_store.token_file(a.path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text() == a.token
    a.engine.dispose()
    assert a.token.encode() not in a.path.read_bytes()
    assert "文件" in label and "钥匙串" in label


class _MemoryKeyring:
    """A keyring backend kept in memory (stands in for the OS keyring)."""

    priority = 10

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, user: str, password: str) -> None:
        self.items[(service, user)] = password

    def get_password(self, service: str, user: str) -> str | None:
        return self.items.get((service, user))


def test_token_goes_to_the_keyring_when_there_is_one(server, desk, monkeypatch):
    ring = _MemoryKeyring()
    monkeypatch.setattr(token_store, "_keyring", lambda: ring)
    a = desk(server, "a")
    with a.factory() as s:
        device = get_device(s)
        assert device.token == token_store.KEYRING
        assert "钥匙串" in sync_overview(s).token_storage
    assert ring.items[(token_store.SERVICE, device.id)] == a.token
    assert not token_store.token_file(a.path).exists()
    a.add_person("甲")
    assert a.sync().ok


def test_a_token_in_clear_is_moved_out_of_the_database(server, desk):
    a = desk(server, "a")
    token_store.token_file(a.path).unlink()
    with a.factory.begin() as s:
        s.execute(update(SyncDevice).values(token=a.token))  # as older versions kept it
    assert a.sync().ok
    with a.factory() as s:
        assert get_device(s).token == token_store.FILE
    assert token_store.token_file(a.path).read_text() == a.token


# --- the district's own CA, end to end over TLS ------------------------------------------


def _make_ca_and_cert(tmp: Path) -> tuple[Path, Path, Path]:
    """Return (CA cert, server cert, server key) for 127.0.0.1, signed by a fresh CA."""
    pytest.importorskip("cryptography")
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "测试区 CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    paths = tmp / "ca.pem", tmp / "server.pem", tmp / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


def _port() -> int:
    for port in range(38400, 38500):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 38400-38499")


def test_sync_over_tls_with_the_districts_own_ca(tmp_path, _sqlite_template):
    ca, cert, key = _make_ca_and_cert(tmp_path)
    url = copy_sqlite(_sqlite_template, tmp_path / "server.sqlite3")
    harness = make_server(url)
    code, other = harness.issue_code(DEMO_ORG), harness.issue_code(DEMO_ORG)
    harness.close()
    port = _port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.server", "--database-url", url, "--port", str(port),
         "--tls-cert", str(cert), "--tls-key", str(key)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(
                    f"{base}/healthz", verify=ssl.create_default_context(cafile=ca), timeout=1
                )
                break
            except httpx.HTTPError:
                assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.3)
        engine = open_database(tmp_path / "desk.sqlite3")
        factory = make_session_factory(engine)
        with factory.begin() as s:
            ensure_reference(s)
        # Without the district's CA the certificate is not trusted: nothing is sent, and the
        # desk says so in words (a failure to act on, not "offline").
        with pytest.raises(SyncError) as err:
            register(factory, server_url=base, code=other)
        assert "证书不受信任" in str(err.value) and not err.value.offline
        register(factory, server_url=base, code=code, ca_file=ca)
        assert (tmp_path / "desk.sqlite3.ca.pem").read_bytes() == ca.read_bytes()
        result = SyncEngine(factory).run_cycle()  # finds the CA beside the database
        assert result.ok, result.message
        with Transport(base, ca_file=ca) as t, pytest.raises(SyncError) as bad:
            t.hello(HelloRequest(client_time=utcnow()))
        assert bad.value.status == 401  # TLS fine, but no token: the server answered
        engine.dispose()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
