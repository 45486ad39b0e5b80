"""Build the FastAPI application of the district server."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine

from app.server.access import AccessLogMiddleware
from app.server.db import make_server_engine, make_server_session_factory, upgrade_server_database
from app.server.limits import BodyLimitMiddleware
from app.server.routes import devices, status, sync
from app.server.settings import ServerSettings
from app.server.status_guard import StatusLimits


def create_app(
    settings: ServerSettings | None = None, *, engine: Engine | None = None, migrate: bool = True
) -> FastAPI:
    """Return the server app on `engine` (or one made from the settings), migrated to head."""
    settings = settings or ServerSettings.from_env()
    engine = engine or make_server_engine(settings.database_url)
    if migrate:
        upgrade_server_database(engine)
    app = FastAPI(
        title="一站 区级同步服务",
        version="1",
        description="镇街终端与区级服务器之间的数据同步以及群众办理进度查询。",
    )
    app.state.engine = engine
    app.state.session_factory = make_server_session_factory(engine)
    app.state.settings = settings
    app.state.status_limits = StatusLimits(
        per_address_per_min=settings.status_rate_per_min,
        global_per_min=settings.status_global_per_min,
        max_failures=settings.status_max_failures,
        lock_minutes=settings.status_lock_minutes,
        trusted_proxies=settings.trusted_proxies,
    )
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(AccessLogMiddleware)
    app.include_router(devices.router)
    app.include_router(sync.router)
    app.include_router(status.router)

    @app.get("/healthz", tags=["health"])
    def healthz() -> dict[str, str]:
        """Answer that the server is up."""
        return {"status": "ok"}

    return app


def create_worker_app() -> FastAPI:
    """Return the app of one of several uvicorn workers: settings from the environment, and no
    migration (the parent process migrated once before starting the workers)."""
    return create_app(ServerSettings.from_env(), migrate=False)
