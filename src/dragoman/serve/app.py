"""The application: the routers of every area, security headers, the store's errors as status codes, and the
web interface's static files."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware

from dragoman.errors import StoreError
from dragoman.parallel import freeze_heap
from dragoman.serve import actors, articles, downloads, events, pairs, writes
from dragoman.serve.common import DATE_PATTERN, PROBLEM_JSON, STATUS, Server, problem_response
from dragoman.store import Store, db_url

if TYPE_CHECKING:  # pragma: no cover
    from dragoman.pipeline import Pipeline

WEB_DIR = Path(__file__).resolve().parents[1] / "web"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


GZIP_ABOVE = 1000  # bytes: smaller responses go out as they are


def problem(status: int, detail: str, errors: list[dict[str, str]] | None = None,
            headers: dict[str, str] | None = None) -> JSONResponse:
    """An error response as RFC 9457 problem details: one shape for every 4xx and 5xx."""
    body: dict[str, Any] = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status,
                            "detail": detail}
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _validation_reason(error: dict[str, Any]) -> str:
    """One request-validation error in words, not pydantic's (a date pattern is named as a form, not a regex)."""
    given = error.get("input")
    shown = f" (got {given!r})" if isinstance(given, str | int | float) and len(str(given)) <= 60 else ""
    if error.get("type") == "string_pattern_mismatch":
        form = "YYYY, YYYY-MM or YYYY-MM-DD" if error.get("ctx", {}).get("pattern") == DATE_PATTERN else "valid"
        return f"not a date in {form} form{shown}" if form != "valid" else f"not in the expected form{shown}"
    if error.get("type") == "missing":
        return "required"
    return f"{error.get('msg', 'invalid')}{shown}"


def _etag(body: bytes) -> str:
    return 'W/"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'


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
        responses={422: problem_response("An invalid request: each bad parameter in `errors`.")},
    )
    app.state.server = Server(store, token, pipeline)

    @app.middleware("http")
    async def etags(request: Request, call_next: Any) -> Response:
        """A read of /api/ carries an ETag of its body; a request whose If-None-Match has it gets 304 Not
        Modified and no body (the store changed nothing a client already holds)."""
        response = await call_next(request)
        if request.method not in ("GET", "HEAD") or not request.url.path.startswith("/api/") \
                or response.status_code != 200:
            return response
        body = b"".join([chunk async for chunk in response.body_iterator])
        tag = _etag(body)
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        headers["ETag"] = tag
        wanted = {t.strip() for t in request.headers.get("if-none-match", "").split(",")}
        if tag in wanted or "*" in wanted:
            return Response(status_code=304, headers={k: v for k, v in headers.items()
                                                      if k.lower() in ("etag", "cache-control", "vary")})
        return Response(body, status_code=200, headers=headers, media_type=response.media_type)

    app.add_middleware(GZipMiddleware, minimum_size=GZIP_ABOVE)  # outermost: the ETag is of the plain body

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith("/api/"):
            response.headers.setdefault("Content-Security-Policy", CSP)
            response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    for area in (events, actors, articles, downloads, writes, pairs):
        app.include_router(area.router)

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        status = next(code for cls, code in STATUS.items() if isinstance(exc, cls))  # a subclass takes its base's
        return problem(status, exc.detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return problem(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"name": str(e["loc"][-1]) if e.get("loc") else "request", "reason": _validation_reason(e)}
                  for e in exc.errors()]
        return problem(422, "; ".join(f"{e['name']}: {e['reason']}" for e in errors), errors)

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
