"""Articles: pages of them (without their text), and one with its text and events."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Request
from fastapi import Path as PathParam

from dragoman.serve.common import Limit, Offset, SearchQuery, StoreDep, not_found, paged
from dragoman.serve.models import ArticleOut, ArticlePage

router = APIRouter()


@router.get("/api/articles", response_model=ArticlePage, tags=["articles"])
def list_articles(request: Request, store: StoreDep, limit: Limit = 100, offset: Offset = 0,
                  q: SearchQuery = None) -> Any:
    """Stored articles (without their text), newest first, with the next page's link; `q` searches their
    titles and text, most relevant first, and gives each a snippet with the matched words."""
    return paged(request, store.article_page(limit, offset, q))


@router.get("/api/articles/{article_id:path}", response_model=ArticleOut, responses=not_found, tags=["articles"])
def get_article(store: StoreDep, article_id: Annotated[str, PathParam(max_length=200)]) -> Any:
    """One article with its text and the events it reports."""
    art = store.article(article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id}")
    ids = store.article_event_ids(article_id)
    return art.to_dict() | {"text": art.text, "event_ids": ids, "events": len(ids)}
