"""The HTTP API and the web interface: `dragoman serve` (FastAPI + uvicorn).

Read endpoints live under `/api/` and need no token. Write endpoints (ingest, merge and split of
actors and of events) need the token that `dragoman serve` prints at start, or reads from `DRAGOMAN_TOKEN`, sent
as `Authorization: Bearer <token>`; without it they answer 401, with a wrong one 403.

The web interface (`/`) is static HTML, CSS and JavaScript from `dragoman/web/`, with its JS
libraries vendored in `web/vendor/`: there is no build step. All article text reaches the page as
JSON and is put into the DOM as text, never as HTML.

Merges and splits are the store's (`Store.merge_actors`, `Store.merge_events` and their undo): each is
one transaction, recorded with what it changed, and reversible.

Layout: `app.create_app` builds the application from one router per area (`events`, `actors`, `articles`,
`downloads`, `writes`), which share `common` (the server's state, the event filter's parameters, paging)
and `models` (the response bodies, which make the OpenAPI document); `evidence` gives an event's words
behind each field, for the API and `dragoman show`. Importing this package loads nothing: FastAPI loads with
`dragoman.serve.app` or a router.
"""
