"""Downloads: events and the actor network in the export formats, filtered like the event list."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from dragoman.export import FORMAT_INFO, ExportFormat, export_bytes
from dragoman.serve.common import Filter, StoreDep

router = APIRouter()

export_responses: dict[int | str, dict[str, Any]] = {
    200: {"content": {media: {"schema": {"type": "string", "format": "binary"}}
                      for media, _ in FORMAT_INFO.values()}, "description": "The export file."}}


@router.get("/api/export/{format}", response_class=Response, responses=export_responses, tags=["export"])
def download(store: StoreDep, format: ExportFormat, flt: Filter) -> Response:
    """Download events (plover, icews, csv, parquet) or the actor network (gexf, graphml)."""
    media, ext = FORMAT_INFO[format]
    data = export_bytes(store, format, flt)
    return Response(data, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="dragoman-events.{ext}"'})
