"""The application: the routers of every area, security headers, the store's errors as status codes, and the
web interface's static files."""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from dragoman.errors import StoreError
from dragoman.parallel import freeze_heap
from dragoman.serve import actors, articles, downloads, events, writes
from dragoman.serve.common import STATUS, Server
from dragoman.store import Store, db_url

if TYPE_CHECKING:  # pragma: no cover
    from dragoman.pipeline import Pipeline

WEB_DIR = Path(__file__).resolve().parents[1] / "web"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


@asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    freeze_heap()
    yield


def create_app(store: Store | str | None = None, token: str | None = None,
               pipeline: Pipeline | None = None) -> FastAPI:
    """The API and web app over a store (a `Store`, a URL or a SQLite path). The write token is
    `token`, else `DRAGOMAN_TOKEN`, else a fresh random one (in `app.state.server.token`)."""
    if not isinstance(store, Store):
        store = Store(db_url(store))
    token = token or os.environ.get("DRAGOMAN_TOKEN") or secrets.token_urlsafe(24)

    app = FastAPI(
        title="dragoman",
        version="0.1.0",
        description="News articles in, evidenced and queryable event data out. Read endpoints are open; "
                    "write endpoints need `Authorization: Bearer <token>` (printed by `dragoman serve`, "
                    "or set with DRAGOMAN_TOKEN).",
        lifespan=_lifespan,
    )
    app.state.server = Server(store, token, pipeline)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith("/api/"):
            response.headers.setdefault("Content-Security-Policy", CSP)
            response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    for area in (events, actors, articles, downloads, writes):
        app.include_router(area.router)

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        status = next(code for cls, code in STATUS.items() if isinstance(exc, cls))  # a subclass takes its base's
        return JSONResponse({"detail": exc.detail}, status_code=status)

    # -- the web interface --

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app


def openapi_document() -> str:
    """The OpenAPI document as committed in docs/openapi.json (`python -m dragoman.serve > docs/openapi.json`)."""
    app = create_app(Store("sqlite://"), token="x")
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"
