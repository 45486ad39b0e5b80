"""HTTP transport to the district server (httpx). The server address is all a client needs,
so a proxy (or a fault-injecting one in tests) can sit in between."""

from __future__ import annotations

import ipaddress
import ssl
from functools import cache
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel

from app.services.errors import Msg
from app.sync import wire
from app.sync.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    AuditEntryWire,
    AuditPushRequest,
    AuditPushResponse,
    DistrictAuditResponse,
    HelloRequest,
    HelloResponse,
    LookupRequest,
    LookupResponse,
    Op,
    PullResponse,
    PushRequest,
    PushResponse,
    RegisterRequest,
    RegisterResponse,
    SnapshotResponse,
)

M = TypeVar("M", bound=BaseModel)


class SyncError(Exception):
    """A failed exchange: `status` 0 means the server could not be reached.

    `message` is Chinese: a Msg of ours (the views translate it) or the server's own text.
    """

    def __init__(
        self, message: str, *, status: int = 0, code: str = "", detail: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.detail = detail or {}

    @property
    def offline(self) -> bool:
        """Return whether the server was unreachable (retry later with backoff)."""
        return self.status == 0 and not self.code


def _loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> None:
    """Refuse a server address that would send the token and ID numbers in clear.

    https:// is required; plain http:// only to this machine (127.0.0.1, ::1, localhost), where
    nothing crosses the network (development, the test harness, a local reverse proxy).
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise SyncError(Msg("服务器地址无效：{url}", url=url), code="bad_url") from exc
    if parsed.scheme == "https" and parsed.host:
        return
    if parsed.scheme == "http" and _loopback(parsed.host):
        return
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise SyncError(Msg("服务器地址无效：{url}", url=url), code="bad_url")
    raise SyncError(
        Msg(
            "服务器地址必须以 https:// 开头（只有本机地址可用 http://），"
            "否则设备令牌和身份证号会明文传输：{url}",
            url=url,
        ),
        code="insecure_url",
    )


def tls_context(ca_file: str | Path | None) -> ssl.SSLContext | bool:
    """Return what httpx should verify the server with: the district's own CA when given."""
    if not ca_file:
        return _tls_context()
    try:
        return _ca_context(str(ca_file), Path(ca_file).stat().st_mtime_ns)
    except (OSError, ssl.SSLError) as exc:
        raise SyncError(
            Msg("无法读取区级 CA 证书：{path}", path=str(ca_file)), code="bad_ca"
        ) from exc


class Transport:
    """Talk to one server as one device. Pass `client` to reuse an httpx.Client (tests).

    A transport that makes its own client refuses plain http:// except to this machine
    (check_server_url) and verifies TLS against `ca_file` (the district's CA) when given.
    """

    def __init__(
        self,
        base_url: str,
        token: str = "",
        *,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        ca_file: str | Path | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self._own = client is None
        if client is None:
            check_server_url(self.base_url)
            client = httpx.Client(
                timeout=timeout, follow_redirects=False, verify=tls_context(ca_file)
            )
        self._client = client

    def close(self) -> None:
        """Close the connection pool if this transport made it."""
        if self._own:
            self._client.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _headers(self) -> dict[str, str]:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Accept-Encoding": "gzip"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _send(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        content: str | bytes | None,
        params: dict[str, Any] | None,
    ) -> httpx.Response:
        """Send one request; raise SyncError when unreachable or answered with an error."""
        try:
            resp = self._client.request(
                method,
                f"{self.base_url}{path}",
                headers=headers,
                content=content,
                params={k: v for k, v in (params or {}).items() if v is not None},
            )
        except httpx.HTTPError as exc:
            # A refused certificate is no network outage: not "offline", no quiet retrying.
            code = "untrusted_cert" if untrusted_certificate(exc) else ""
            raise SyncError(unreachable(exc, self.base_url), code=code) from exc
        if resp.status_code >= 400:
            raise _error(resp)
        return resp

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        body: BaseModel | None = None,
        params: dict[str, Any] | None = None,
    ) -> M:
        headers = self._headers()
        if body is not None:
            headers["Content-Type"] = "application/json"
        content = body.model_dump_json() if body is not None else None
        resp = self._send(method, path, headers, content, params)
        try:
            return model.model_validate_json(resp.content)
        except ValueError as exc:
            raise SyncError(
                "服务器回复无法解析", status=resp.status_code, code="bad_reply"
            ) from exc

    def _call_raw(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, Any] | None = None,
    ) -> Any:
        """Exchange compact JSON (app.sync.wire); a body goes gzip-compressed."""
        headers = self._headers()
        content = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            headers["Content-Encoding"] = "gzip"
            content = wire.pack(body)
        resp = self._send(method, path, headers, content, params)
        try:
            return wire.loads(resp.content)
        except ValueError as exc:
            raise SyncError(
                "服务器回复无法解析", status=resp.status_code, code="bad_reply"
            ) from exc

    def rows(self, bucket: str, token: str | None, limit: int = 5000) -> dict[str, Any]:
        """Fetch one compact page of a bucket's current rows (first sync)."""
        params = {"bucket": bucket, "token": token, "limit": limit}
        page: dict[str, Any] = self._call_raw("GET", "/v1/sync/rows", params=params)
        return page

    def publish_chunk(self, chunk: dict[str, Any]) -> dict[str, Any]:
        """Send one chunk of published rows."""
        result: dict[str, Any] = self._call_raw("POST", "/v1/sync/publish", body=chunk)
        return result

    def publish_done(self, op: Op) -> PushResponse:
        """Acknowledge a published bulk load's op once all its rows are stored."""
        body = {"done": True, "op": op.model_dump(mode="json")}
        return PushResponse.model_validate(self._call_raw("POST", "/v1/sync/publish", body=body))

    def register(self, req: RegisterRequest) -> RegisterResponse:
        """Redeem a registration code."""
        return self._call("POST", "/v1/devices/register", RegisterResponse, body=req)

    def lookup(self, req: LookupRequest) -> LookupResponse:
        """Ask for a resident's earlier cases at other centres (by keyed hash)."""
        return self._call("POST", "/v1/sync/lookup", LookupResponse, body=req)

    def hello(self, req: HelloRequest) -> HelloResponse:
        """Open a cycle."""
        return self._call("POST", "/v1/sync/hello", HelloResponse, body=req)

    def push(self, ops: list[Op]) -> PushResponse:
        """Send ops in device_seq order."""
        return self._call("POST", "/v1/sync/push", PushResponse, body=PushRequest(ops=ops))

    def push_audit(self, entries: list[AuditEntryWire]) -> AuditPushResponse:
        """Append audit entries to the district's copy of this desk's chain."""
        body = AuditPushRequest(entries=entries)
        return self._call("POST", "/v1/sync/audit", AuditPushResponse, body=body)

    def district_audit(self, **filters: Any) -> DistrictAuditResponse:
        """Read the townships' audit trails (district devices only)."""
        params = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in filters.items()}
        return self._call("GET", "/v1/sync/audit", DistrictAuditResponse, params=params)

    def pull(self, bucket: str, after: int, limit: int = 500) -> PullResponse:
        """Fetch one page of a bucket's log after a cursor."""
        params = {"bucket": bucket, "after": after, "limit": limit}
        return self._call("GET", "/v1/sync/pull", PullResponse, params=params)

    def snapshot(self, bucket: str, token: str | None, limit: int = 500) -> SnapshotResponse:
        """Fetch one page of a bucket's current rows."""
        params = {"bucket": bucket, "token": token, "limit": limit}
        return self._call("GET", "/v1/sync/snapshot", SnapshotResponse, params=params)


def unreachable(exc: httpx.HTTPError, base_url: str) -> str:
    """Return, in words a clerk can act on, why the server could not be reached.

    The templates are app.sync.state's: it reads the reason (离线, or a certificate to fix)
    back from the message a cycle stored. Never an exception's class name.
    """
    host = urlsplit(base_url).netloc or base_url
    if untrusted_certificate(exc):
        return Msg("服务器 {host} 的证书不受信任（请在“同步”页选择区级 CA 证书）", host=host)
    if isinstance(exc, httpx.TimeoutException):
        return Msg("连接服务器 {host} 超时（网络慢或服务器无响应）", host=host)
    if isinstance(exc, httpx.ConnectError):
        return Msg("无法连接服务器 {host}（网络不通或服务器未启动）", host=host)
    if isinstance(exc, httpx.NetworkError | httpx.RemoteProtocolError):
        return Msg("与服务器 {host} 的连接中断（网络不稳定）", host=host)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return Msg("服务器地址 {host} 无效，请检查“同步”页的服务器地址", host=host)
    return Msg("无法连接服务器 {host}（网络不通或服务器未启动）", host=host)


def untrusted_certificate(exc: BaseException) -> bool:
    """Return whether `exc` (or what caused it) is a refused server certificate."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(
            seen
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@cache
def _ca_context(path: str, _mtime_ns: int) -> ssl.SSLContext:
    """Return a TLS context trusting the CA file at `path` (again only when the file changes)."""
    return ssl.create_default_context(cafile=path)


@cache
def _tls_context() -> ssl.SSLContext:
    """Return the process's TLS context: loading the CA store costs ~50 ms, so only once."""
    return ssl.create_default_context()


def _error(resp: httpx.Response) -> SyncError:
    code = ""
    message: str = Msg("服务器错误 {status}", status=resp.status_code)
    detail: dict[str, Any] = {}
    try:
        body = resp.json()
        inner = body.get("detail") if isinstance(body, dict) else None
        if isinstance(inner, dict):
            code = str(inner.get("code", ""))
            message = str(inner["message"]) if inner.get("message") else message
            detail = inner.get("detail") or {}
    except ValueError:
        pass
    return SyncError(message, status=resp.status_code, code=code, detail=detail)
