"""Coding a given pair over HTTP: what one party does to another in one sentence (`dragoman.pairs`)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException

from dragoman.serve.common import Server, ServerDep
from dragoman.serve.models import PairIn, PairOut

router = APIRouter()


@router.post("/api/pair", response_model=PairOut, tags=["events"])
async def code_pair(body: PairIn, server: ServerDep) -> Any:
    """The PLOVER root of what `source` does to `target` in `sentence`: the rules' event between the two, else
    the relation model's reading. Stores nothing; needs no token."""
    import anyio

    return await anyio.to_thread.run_sync(_code_pair_sync, server, body)


def _code_pair_sync(server: Server, body: PairIn) -> dict[str, Any]:
    from dragoman.events.relation import RelationModel
    from dragoman.pairs import PairError, code_pair, find_party, given_parties

    try:
        parties = [find_party(body.sentence, words) if words is not None else None
                   for words in (body.source, body.target)]
        given_parties(*parties)  # before the lock and the models
        with server.write_lock:  # the pipeline is shared with ingests, one at a time
            pipeline = server.loaded_pipeline()
            if server.relation is None:
                server.relation = RelationModel.load()
            coded = code_pair(pipeline, server.relation, body.sentence, parties[0], parties[1], body.published)
    except PairError as exc:  # a party not in the sentence, or none given (`pairs.NoParty`)
        raise HTTPException(422, str(exc)) from None
    out = coded.to_dict()
    if out["event"] is not None:
        out["event"]["disputed"] = []  # fresh from one sentence: nothing to dispute
    return out
