"""The `dragoman` command line (Typer + Rich).

Only what `--help` needs is imported at the top: spaCy, SQLAlchemy and FastAPI load inside the commands that use
them, so `dragoman --help` and the store's commands start fast (tests/test_cli.py checks).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, get_args

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from dragoman import __version__
from dragoman.checks import hide_password, mask_url, printable, published_date
from dragoman.errors import DragomanError, InputError, InvalidValue, StoreError
from dragoman.export import ExportFormat
from dragoman.language import unsupported_note
from dragoman.model import EVENT_SORTS_ACCEPTED, PLOVER_TYPES, ActorKind, Article, Event, Extraction, Factuality

if TYPE_CHECKING:  # each loads in the commands that use it
    from dragoman.pipeline import Pipeline, PipelineConfig
    from dragoman.store import EventFilter, Store

T = TypeVar("T")


class OneLineErrors(TyperGroup):
    """The top-level group: a usage error (a bad option value, a missing argument) is one line on stderr and
    exit status 2, not Rich's boxed panel."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        # click's exceptions, wherever this typer keeps its click (newer ones vendor it)
        click_errors = sys.modules[typer.BadParameter.__module__]
        if not standalone_mode:
            return super().main(*args, **{**kwargs, "standalone_mode": False})
        try:
            status = super().main(*args, **{**kwargs, "standalone_mode": False})
        except click_errors.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx else "dragoman"
            message = exc.format_message().replace("Value error, ", "")  # typer's pydantic prefix
            if not message:  # no arguments: the help was printed
                sys.exit(exc.exit_code)
            err.print(f"[red]error:[/red] {escape(message)} (see {escape(command)} --help)")
            sys.exit(exc.exit_code)
        except click_errors.ClickException as exc:
            err.print(f"[red]error:[/red] {escape(exc.format_message())}")
            sys.exit(exc.exit_code)
        except (typer.Abort, EOFError, KeyboardInterrupt):
            err.print("aborted")
            sys.exit(1)
        sys.exit(status if isinstance(status, int) else 0)


class ListByDefault(TyperGroup):
    """A group whose `list` runs when no subcommand is named: `dragoman events --type CONSULT` lists,
    `dragoman events merge A B` merges."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # ctx: click's Context, which typer vendors
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["list", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=OneLineErrors, help="dragoman: news articles in, evidenced and queryable event data out.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dragoman {__version__}")
        raise typer.Exit()


@app.callback()
def _main_options(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False) -> None:
    """dragoman: news articles in, evidenced and queryable event data out."""
names_app = typer.Typer(help="Person-name spelling variants.", no_args_is_help=True)
app.add_typer(names_app, name="names")
events_app = typer.Typer(cls=ListByDefault, help="List stored events (the default), merge or split them, "
                                                 "see their history.")
app.add_typer(events_app, name="events")
actors_app = typer.Typer(cls=ListByDefault, help="List stored actors (the default), merge or split them.")
app.add_typer(actors_app, name="actors")
# Piped output gets wide tables instead of Rich's 80-column default.
WIDTH = shutil.get_terminal_size((160, 40)).columns
out = Console(soft_wrap=True, width=WIDTH)
err = Console(stderr=True, soft_wrap=True)
# What the store skipped and why goes to the `dragoman` loggers (-v shows them); unless asked for, nowhere: the
# command prints its errors itself, in one line each.
logging.getLogger("dragoman").addHandler(logging.NullHandler())


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"


class ExtractOutput(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


# The filters' allowed values, as the API checks them: choices in --help, and an error naming them otherwise.
EventType = StrEnum("EventType", {t: t for t in PLOVER_TYPES})  # type: ignore[misc]
FactualityValue = StrEnum("FactualityValue", {f: f for f in get_args(Factuality)})  # type: ignore[misc]
KindValue = StrEnum("KindValue", {k: k for k in get_args(ActorKind)})  # type: ignore[misc]


Sort = StrEnum("Sort", {k: k for k in EVENT_SORTS_ACCEPTED})  # type: ignore[misc]
BY_DATE = Sort("date")

DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="DRAGOMAN_DB", metavar="URL",
    help="SQLAlchemy URL or SQLite file path (default: ./dragoman.db).", show_envvar=True)]
DateOption = Annotated[str | None, typer.Option(
    "--date", metavar="YYYY-MM-DD", help="Publication date for inputs that do not give one.")]
ActorFilter = Annotated[str | None, typer.Option(metavar="NAME", help="Any name or alias of an actor, or its id.")]
TypeFilter = Annotated[EventType | None, typer.Option("--type", case_sensitive=False, help="PLOVER event type.")]
CountryFilter = Annotated[str | None, typer.Option(
    metavar="ISO3", help="ISO 3166 alpha-3 code (BLR, PRK; IGO for international bodies) of a participant or the "
                         "place.")]
SinceFilter = Annotated[str | None, typer.Option(
    metavar="DATE", help="Event date on or after (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilFilter = Annotated[str | None, typer.Option(
    metavar="DATE", help="Event date on or before (YYYY, YYYY-MM or YYYY-MM-DD).")]
FactualityFilter = Annotated[FactualityValue | None, typer.Option(case_sensitive=False,
                                                                  help="What the text says of the event.")]
ArticleFilter = Annotated[str | None, typer.Option(metavar="ID", help="Only events this article reports.")]
DisputedFilter = Annotated[bool | None, typer.Option(
    "--disputed/--undisputed", metavar="", show_default=False,
    help="Only events whose sources disagree on a field (a conflict is listed), or only the others (default: both).")]
SearchFilter = Annotated[str | None, typer.Option(
    "--q", metavar="QUERY",
    help='Full-text search of evidence sentences and reporting articles: every word (stemmed), "a phrase", a OR b, '
         '-word to leave out.')]
LimitOption = Annotated[int | None, typer.Option(min=1, metavar="N", help="At most this many (default: all).")]
OffsetOption = Annotated[int, typer.Option(min=0, metavar="N", help="Skip this many first.")]
LexiconOption = Annotated[list[Path] | None, typer.Option(
    "--lexicon", help="Extra event lexicon (TOML, same format as data/lexicon.toml); repeatable.")]
ActorsOption = Annotated[list[Path] | None, typer.Option(
    "--actors", help="Actor knowledge that wins over guesses: a PETRARCH/TABARI actor or agent dictionary, or a "
                     "CSV/YAML alias list (see README); repeatable, the first file wins on a shared name.")]
AllowPrivateOption = Annotated[bool, typer.Option(
    "--allow-private-urls", metavar="",
    help="Read URLs on this machine or its networks (loopback, private, link-local), refused by default; the same as "
         "DRAGOMAN_ALLOW_PRIVATE_URLS=1.")]
NoVerbDictionaryOption = Annotated[bool, typer.Option(
    "--no-verb-dictionary", metavar="",
    help="Code events with the lexicon alone, without the CAMEO verb dictionary shipped with dragoman.")]
NoDefaultActorsOption = Annotated[bool, typer.Option(
    "--no-default-actors", metavar="",
    help="Leave out the PETRARCH2 actor and agent dictionaries shipped with dragoman.")]


def _store(ctx: typer.Context, db: str | None) -> Store:
    """Open the database, or stop with one line saying why not; closed when the command ends, so that SQLite
    folds its write-ahead log back and removes its -wal and -shm files."""
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from dragoman.store import Store, db_url

    url = db_url(db)
    try:
        store = Store(url)
    except (ArgumentError, SQLAlchemyError, ImportError) as exc:
        reason = hide_password(str(getattr(exc, "orig", None) or exc).strip().splitlines()[0], url)
        err.print(f"[red]error:[/red] cannot open database {escape(mask_url(url))}: {escape(reason)}")
        raise typer.Exit(1) from None
    ctx.call_on_close(store.close)
    return store


def _event_filter(**values: Any) -> EventFilter:
    """The filter the options give, checked as the API checks it: a bad value stops the command (status 2)
    with one line naming the option and the allowed values."""
    from dragoman.store import EventFilter

    values = {k: v.value if isinstance(v, StrEnum) else v for k, v in values.items()}
    try:
        return EventFilter(**values)
    except InvalidValue as exc:
        option, _, reason = exc.detail.partition(": ")
        err.print(f"[red]error:[/red] --{escape(option)}: {escape(reason)}")
        raise typer.Exit(2) from None


def _log_to_stderr(ctx: typer.Context, name: str) -> None:
    """Sends logger `name`'s INFO and above to stderr, one line each, until the command ends (so that a later
    command in the same process, a test's or a caller's, does not write to a closed stream)."""
    logger = logging.getLogger(name)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)

    def stop() -> None:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)

    ctx.call_on_close(stop)


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return published_date(date.fromisoformat(value), "date")
    except ValueError as exc:
        reason = str(exc) if "range" in str(exc) else f"not a date in YYYY-MM-DD form: {value!r}"
        raise typer.BadParameter(reason, param_hint="--date") from None


def _report(error: BaseException, source: str | None = None) -> None:
    if isinstance(error, InputError):
        err.print(f"[red]error:[/red] {escape(str(error))}")
    else:
        err.print(f"[red]error:[/red] {escape(printable(source or ''))}: {type(error).__name__}: "
                  f"{escape(printable(str(error)))}")


def _articles(paths: list[str], published: date | None, allow_private_urls: bool = False) \
        -> Iterator[Article | InputError]:
    from dragoman.readers import iter_articles

    # Without the option, DRAGOMAN_ALLOW_PRIVATE_URLS decides.
    return iter_articles(paths, published=published, stdin=sys.stdin.buffer, allow_private=allow_private_urls or None)


def _config(lexicon: list[Path] | None, actors: list[Path] | None, no_default_actors: bool = False,
            no_verb_dictionary: bool = False) -> PipelineConfig:
    from dragoman.pipeline import PipelineConfig

    return PipelineConfig.of(lexicon or [], actors or [], default_actors=not no_default_actors,
                             verb_dictionary=not no_verb_dictionary)


def _user_files_read(load: Callable[[], T]) -> T:
    """Runs config.build or config.check; a bad user file stops the command with one line naming it."""
    from dragoman.knowledge import KnowledgeError

    try:
        return load()
    except KnowledgeError as exc:  # a bad --actors file
        raise typer.BadParameter(str(exc), param_hint="--actors") from None
    except (OSError, ValueError) as exc:  # a bad --lexicon file
        raise typer.BadParameter(str(exc), param_hint="--lexicon") from None


def _pipeline(config: PipelineConfig) -> Pipeline:
    from dragoman.parallel import freeze_heap

    pipeline = _user_files_read(config.build)
    freeze_heap()  # the model stays loaded until the command ends
    return pipeline


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, URLs or - for stdin.")],
    format: Annotated[ExtractOutput, typer.Option(
        "--format", "-f", help="json: one object for all articles; jsonl: one line per article, written as each "
                               "is done; table: events and conflicts for reading.")] = ExtractOutput.json,
    date_: DateOption = None,
    lexicon: LexiconOption = None,
    actors: ActorsOption = None,
    no_default_actors: NoDefaultActorsOption = False,
    no_verb_dictionary: NoVerbDictionaryOption = False,
    allow_private_urls: AllowPrivateOption = False,
) -> None:
    """Print what the articles say (actors, events, conflicts) without storing anything."""
    import gc

    from dragoman.parallel import extract_stream
    from dragoman.pipeline import ARTICLES_PER_PARSE

    # Loading the model and parsing make objects by the million, nearly all freed at once by reference counting;
    # a young-generation collection every 10,000 allocations instead of 700 cut the collector's time by a third
    # (0.65 -> 0.42 s over 100 articles), with at most 10,000 objects waiting for it.
    gc.set_threshold(10_000, 10, 10)
    published = _parse_date(date_)
    pipeline = _pipeline(_config(lexicon, actors, no_default_actors, no_verb_dictionary))
    result = Extraction()
    failed = False
    # Articles are parsed in batches through one nlp.pipe stream; a failed article is reported and skipped.
    items = extract_stream(_articles(paths, published, allow_private_urls), pipeline=pipeline, batch=ARTICLES_PER_PARSE)
    for item, outcome in items:
        if isinstance(item, InputError):
            _report(item)
            failed = True
        elif isinstance(outcome, BaseException):
            _report(outcome, item.path or item.url or item.id)
            failed = True
        elif outcome is not None:
            if note := unsupported_note(item):
                err.print(escape(printable(note)))
            if format is ExtractOutput.jsonl:
                sys.stdout.write(json.dumps(outcome.to_dict(), ensure_ascii=False) + "\n")
            else:
                result.extend(outcome)
    if format is ExtractOutput.json:
        _print_json(result.to_dict())
    elif format is ExtractOutput.table:
        _print_events(result.events)
        _print_conflicts(result.to_dict()["conflicts"])
    raise typer.Exit(1 if failed else 0)


def _print_json(data: object) -> None:
    """Indented JSON: coloured by Rich on a terminal, written straight by `json.dump` anywhere else (Rich's
    rendering took a fifth of a large extraction's time)."""
    if out.is_terminal:
        out.print_json(data=data)
        return
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")  # json.dump writes it in 100,000s of bits


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, directories, URLs or - for stdin.")],
    db: DbOption = None,
    date_: DateOption = None,
    lexicon: LexiconOption = None,
    actors: ActorsOption = None,
    no_default_actors: NoDefaultActorsOption = False,
    no_verb_dictionary: NoVerbDictionaryOption = False,
    allow_private_urls: AllowPrivateOption = False,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, metavar="N",
                                         help="Worker processes for extraction (spaCy loads once in each).")] = 1,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="ADDRESS",
        help="Extract on a Dask cluster: a scheduler address, or 'local' for a LocalCluster of --workers processes. "
             "The database is written from this process.")] = None,
    show: Annotated[bool, typer.Option("--show", metavar="", help="Print the stored events afterwards.")] = False,
    progress_every: Annotated[int, typer.Option(
        "--progress-every", min=0, metavar="N",
        help="When stderr is not a terminal (a log), one progress line per N articles; 0: none.")] = 100,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", metavar="",
                                          help="Log each article skipped and why (unchanged, unreadable, failed).")]
    = False,
) -> None:
    """Extract and store articles; unchanged articles are skipped, edited ones replaced."""
    import time

    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from dragoman.parallel import extract_stream
    from dragoman.readers import count_articles

    published = _parse_date(date_)
    store = _store(ctx, db)
    config = _config(lexicon, actors, no_default_actors, no_verb_dictionary)
    _user_files_read(config.check)  # once, here, not once per article in every worker
    log = logging.getLogger("dragoman.ingest")
    if verbose:
        _log_to_stderr(ctx, "dragoman")
    expected = count_articles(paths)
    totals = {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0, "events": 0}
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                        TimeRemainingColumn(), console=err, transient=True, disable=not err.is_terminal)
    started = time.monotonic()

    def summary() -> str:
        return (f"{totals['added']} added, {totals['replaced']} replaced, {totals['unchanged']} unchanged, "
                f"{totals['failed']} failed; {totals['events']} event mentions coded")

    def advance() -> None:
        """One article done: the bar on a terminal, and a line every `progress_every` articles in a log."""
        done = sum(totals[k] for k in ("added", "replaced", "unchanged", "failed"))
        seconds = max(time.monotonic() - started, 1e-9)
        progress.update(task, advance=1, rate=f"{done / seconds:.1f} articles/s")
        if progress_every and not err.is_terminal and done % progress_every == 0:
            of = f"/{expected}" if expected else ""
            left = expected - done if expected and expected > done else 0
            eta = f", ETA {_duration(left * seconds / done)}" if left else ""
            err.print(f"ingest: {done}{of} articles in {seconds:.0f} s ({done / seconds:.1f}/s{eta}): {summary()}",
                      highlight=False)

    def skipped(source: str, why: str) -> None:
        totals["failed"] += 1
        log.warning("%s: skipped: %s", printable(source), printable(why))
        advance()

    def changed(items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
        """Skips stored articles before the costly parse."""
        for item in items:
            if isinstance(item, Article) and store.has_article(item):
                totals["unchanged"] += 1
                log.info("%s: unchanged since it was stored, skipped", printable(item.path or item.url or item.id))
                advance()
                continue
            yield item

    with progress:
        task = progress.add_task("ingesting", total=expected, rate="")
        pending = changed(_articles(paths, published, allow_private_urls))
        first = next(pending, None)  # None: every article is stored already, and the model need not load
        pipeline = _pipeline(config) if first is not None and workers == 1 and not dask else None
        stream = extract_stream(itertools.chain([first] if first is not None else [], pending), workers=workers,
                                dask=dask, config=config, pipeline=pipeline)
        for item, outcome in stream:
            if isinstance(item, InputError):
                _report(item)
                skipped(item.source, item.reason)
                continue
            try:
                if isinstance(outcome, BaseException):
                    raise outcome
                assert outcome is not None
                result = store.ingest(outcome)
            except Exception as exc:  # reported, and the article's transaction rolled back
                _report(exc, item.path or item.url or item.id)
                skipped(item.path or item.url or item.id, f"{type(exc).__name__}: {exc}")
                continue
            totals[result.status] += 1
            totals["events"] += result.events
            advance()
            if note := unsupported_note(item):
                log.info("%s: %s", printable(item.path or item.url or item.id), note)
                err.print(escape(printable(note)))
    err.print(f"{summary()} -> {store.url}")
    if show:
        _print_events(store.events())
        _print_conflicts([c.to_dict() for c in store.conflicts()])
    raise typer.Exit(1 if totals["failed"] else 0)


def _duration(seconds: float) -> str:
    """A time left in words a log reader takes in at a glance: 45 s, 12 min, 2 h 05 min."""
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    return f"{int(seconds // 3600)} h {int(seconds % 3600 // 60):02d} min"


@events_app.command("list")
def events(
    ctx: typer.Context,
    db: DbOption = None, actor: ActorFilter = None, type: TypeFilter = None, country: CountryFilter = None,
    since: SinceFilter = None, until: UntilFilter = None, factuality: FactualityFilter = None,
    article: ArticleFilter = None, disputed: DisputedFilter = None, q: SearchFilter = None,
    limit: LimitOption = None, offset: OffsetOption = 0,
    sort: Annotated[Sort, typer.Option(help="Order; - for descending.")] = BY_DATE,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """List stored events."""
    flt = _event_filter(actor=actor, type=type, country=country, since=since, until=until, factuality=factuality,
                        article=article, disputed=disputed, q=q)
    store = _store(ctx, db)
    found = store.event_page(flt, sort=sort.value, limit=limit, offset=offset, count=False)[1]
    if format is Format.json:
        _print_json([e.to_dict() for e in found])
    elif format is Format.csv:
        from dragoman.export import write_csv

        write_csv(store, found, sys.stdout)
    else:
        _print_events(found)


@actors_app.command("list")
def actors(
    ctx: typer.Context,
    db: DbOption = None,
    query: Annotated[str | None, typer.Argument(metavar="[QUERY]", help="Part of any name or alias.")] = None,
    kind: Annotated[KindValue | None, typer.Option(case_sensitive=False, help="Only actors of this kind.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """List stored actors with their aliases and roles."""
    found = _store(ctx, db).actors(query, kind.value if kind else None)
    if format is Format.json:
        _print_json([a.to_dict() for a in found])
        return
    if format is Format.csv:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["id", "name", "kind", "country", "sector", "aliases", "roles"])
        for a in found:
            writer.writerow([a.id, a.name, a.kind, a.country or "", a.sector or "", "; ".join(a.aliases),
                             "; ".join(r.title for r in a.roles)])
        sys.stdout.write(buf.getvalue())
        return
    table = Table("id", "name", "kind", "country", "sector", "aliases", "roles", "mentions")
    for a in found:
        roles = "; ".join(("former " if not r.current else "") + r.title + (f" ({r.country})" if r.country else "")
                          for r in a.roles)
        table.add_row(escape(a.id), escape(a.name), a.kind, a.country or "", a.sector or "",
                      escape(", ".join(x for x in a.aliases if x != a.name)), escape(roles), str(len(a.mentions)))
    out.print(table)


def _correcting(action: Callable[[], T]) -> T:
    """Runs a store correction; an error the store names stops the command with one line."""
    try:
        return action()
    except StoreError as exc:
        err.print(f"[red]error:[/red] {escape(exc.detail)}")
        raise typer.Exit(1) from None


def _print_merges(merges: list[dict], format: ExtractFormat) -> None:
    if format is ExtractFormat.json:
        _print_json(merges)
        return
    table = Table("merge", "into", "merged", "kind", "when", "undone", "why")
    for m in merges:
        why = m.get("explanation") or {}
        reasons = [f"{k}={v}" for k, v in why.items() if v not in (None, [], "", False) and k != "by"]
        table.add_row(str(m["id"]), escape(m["into"]), escape(m["merged"]), m.get("kind", "user"), m["created_at"],
                      m["undone_at"] or "", escape("; ".join(reasons)))
    out.print(table)


MergeIdArgument = Annotated[int, typer.Argument(help="The merge's number, from the `merges` listing.", min=1)]
FormatOption = Annotated[ExtractFormat, typer.Option("--format", "-f")]


@events_app.command("merge")
def events_merge(
    ctx: typer.Context,
    into: Annotated[str, typer.Argument(help="The event that stays.")],
    merge: Annotated[str, typer.Argument(help="The event merged into it; its id keeps resolving.")],
    note: Annotated[str | None, typer.Option(metavar="TEXT", help="Why, for the record.")] = None,
    db: DbOption = None, format: FormatOption = ExtractFormat.table,
) -> None:
    """Merge two events into one (undo with `dragoman events split MERGE`)."""
    store = _store(ctx, db)
    _print_merges([_correcting(lambda: store.merge_events(into, merge, note))], format)


@events_app.command("split")
def events_split(ctx: typer.Context, merge_id: MergeIdArgument, db: DbOption = None,
                 format: FormatOption = ExtractFormat.table) -> None:
    """Undo a merge of events, automatic or yours; a later ingest will not join them again."""
    store = _store(ctx, db)
    result = _correcting(lambda: store.undo_event_merge(merge_id))
    _print_merges([result], format)
    if format is ExtractFormat.table:
        out.print(f"split off as event {escape(result['restored'])}")


@events_app.command("merges")
def events_merges(
    ctx: typer.Context,
    event_id: Annotated[str | None, typer.Argument(help="Only the merges of this event.")] = None,
    db: DbOption = None, format: FormatOption = ExtractFormat.table,
) -> None:
    """Merges of events, automatic (at ingest) and by users, with the fields that matched."""
    _print_merges(_store(ctx, db).event_merges(event_id), format)


@events_app.command("correct")
def events_correct(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="The event to correct.")],
    field: Annotated[str, typer.Argument(
        help="type, mode, cameo, factuality, date, date.end, location or location.country.")],
    value: Annotated[str, typer.Argument(help="The right value (\"\" clears the field).")],
    note: Annotated[str | None, typer.Option(metavar="TEXT", help="Why, for the record.")] = None,
    db: DbOption = None, format: FormatOption = ExtractFormat.table,
) -> None:
    """Set one field of an event by hand; it wins over every report (undo with `events uncorrect`)."""
    store = _store(ctx, db)
    _print_corrections([_correcting(lambda: store.correct_event(event_id, field, value, note))], format)


@events_app.command("uncorrect")
def events_uncorrect(
    ctx: typer.Context,
    correction_id: Annotated[int, typer.Argument(help="The correction's number, from `events correct`.", min=1)],
    db: DbOption = None, format: FormatOption = ExtractFormat.table,
) -> None:
    """Take a correction back: the field is again what the reports say."""
    store = _store(ctx, db)
    _print_corrections([_correcting(lambda: store.undo_correction(correction_id))], format)


def _print_corrections(found: list[dict], format: ExtractFormat) -> None:
    if format is ExtractFormat.json:
        _print_json(found)
        return
    table = Table("correction", "event", "field", "value", "note", "when", "undone")
    for c in found:
        table.add_row(str(c["id"]), escape(c["event_id"]), c["field"], escape(c["value"] or ""),
                      escape(c["note"] or ""), c["created_at"], c["undone_at"] or "")
    out.print(table)


@events_app.command("history")
def events_history(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="An event id (an old, merged-away id works too).")],
    db: DbOption = None, format: FormatOption = ExtractFormat.table,
) -> None:
    """What changed in an event and why: ingests, edited articles, merges and splits."""
    store = _store(ctx, db)
    revisions = store.history(event_id)
    if not revisions and store.resolve_event(event_id) is None:
        err.print(f"[red]error:[/red] no event {escape(event_id)} in {store.url}")
        raise typer.Exit(1)
    if format is ExtractFormat.json:
        _print_json(revisions)
        return
    table = Table("when", "event", "action", "article", "merge", "changes")
    for r in revisions:
        changes = "\n".join(f"{k}: {json.dumps(v[0], ensure_ascii=False)} -> {json.dumps(v[1], ensure_ascii=False)}"
                             for k, v in r["changes"].items())
        table.add_row(r["created_at"], escape(r["event_id"]), r["action"], escape(r["article_id"] or ""),
                      str(r["merge_id"] or ""), escape(changes))
    out.print(table)


@actors_app.command("merge")
def actors_merge(
    ctx: typer.Context,
    into: Annotated[str, typer.Argument(help="The actor id that stays.")],
    merge: Annotated[str, typer.Argument(help="The actor id merged into it (its aliases move over).")],
    db: DbOption = None, format: FormatOption = ExtractFormat.table,
) -> None:
    """Merge two actors that are one (undo with `dragoman actors split MERGE`)."""
    store = _store(ctx, db)
    _print_merges([_correcting(lambda: store.merge_actors(into, merge))], format)


@actors_app.command("split")
def actors_split(ctx: typer.Context, merge_id: MergeIdArgument, db: DbOption = None,
                 format: FormatOption = ExtractFormat.table) -> None:
    """Undo a merge of actors: the merged actor comes back with its aliases, mentions, roles and events."""
    store = _store(ctx, db)
    _print_merges([_correcting(lambda: store.split_actors(merge_id))], format)


@actors_app.command("merges")
def actors_merges(
    ctx: typer.Context,
    actor_id: Annotated[str | None, typer.Argument(help="Only the merges of this actor.")] = None,
    db: DbOption = None, format: FormatOption = ExtractFormat.table,
) -> None:
    """Merges of actors, newest first (undone ones included)."""
    _print_merges(_store(ctx, db).actor_merges(actor_id), format)


@app.command()
def show(
    ctx: typer.Context,
    event_id: Annotated[str, typer.Argument(help="An event id from `dragoman events`.")],
    db: DbOption = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.table,
) -> None:
    """One event with the sentences and the exact words behind each field."""
    from dragoman.serve.evidence import event_detail

    store = _store(ctx, db)
    ev = store.event(event_id)
    if ev is None:
        err.print(f"[red]error:[/red] no event {escape(event_id)} in {store.url}")
        raise typer.Exit(1)
    conflicts = [c.to_dict() for c in store.conflicts(ev.id)]
    if format is ExtractFormat.json:
        _print_json(event_detail(ev, store) | {"conflicts": conflicts})
        return
    detail = event_detail(ev, store)
    out.print(f"[bold]{ev.id}[/bold]  {ev.type}" + (f" / {ev.mode}" if ev.mode else "") +
              f"  CAMEO {ev.cameo or '-'}  {ev.factuality}  confidence {ev.confidence:.2f}")
    for field, words in detail["fields"].items():
        out.print(f"  {field:<12} {escape(words)}")
    for ev_detail in detail["evidence"]:
        out.print(f"\n  [dim]{escape(ev_detail['article_id'])} [{ev_detail['start']}:{ev_detail['end']}][/dim]")
        out.print("  " + _highlight(ev_detail["sentence"], ev_detail["highlights"]))
    _print_conflicts(conflicts)


STYLE = {"event": "bold yellow", "date": "bold cyan", "location": "bold green", "source": "bold magenta",
         "target": "bold blue"}


def _highlight(sentence: str, highlights: list[dict]) -> str:
    pieces, cursor = [], 0
    for h in sorted(highlights, key=lambda h: h["start"]):
        if h["start"] < cursor:
            continue
        pieces.append(escape(sentence[cursor:h["start"]]))
        style = STYLE.get(h["field"], "bold")
        pieces.append(f"[{style}]{escape(sentence[h['start']:h['end']])}[/{style}]")
        cursor = h["end"]
    pieces.append(escape(sentence[cursor:]))
    return "".join(pieces)


@app.command()
def conflicts(
    ctx: typer.Context,
    db: DbOption = None, actor: ActorFilter = None, type: TypeFilter = None, country: CountryFilter = None,
    since: SinceFilter = None, until: UntilFilter = None, factuality: FactualityFilter = None,
    article: ArticleFilter = None, q: SearchFilter = None, limit: LimitOption = None, offset: OffsetOption = 0,
    sort: Annotated[Sort, typer.Option(help="Order; - for descending.")] = BY_DATE,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.table,
) -> None:
    """Events whose sources disagree (of the events the filters match), each with its type, participants and date,
    and each claim with who made it."""
    flt = _event_filter(actor=actor, type=type, country=country, since=since, until=until, factuality=factuality,
                        article=article, q=q)
    found = _store(ctx, db).conflict_page(flt, sort=sort.value, limit=limit, offset=offset)[1]
    if format is ExtractFormat.json:
        _print_json([{"event": ev.to_dict(), "fields": list(dict.fromkeys(c.field for c in cs)),
                      "conflicts": [c.to_dict() for c in cs]} for ev, cs in found])
        return
    _print_conflicts([c.to_dict() for _, cs in found for c in cs], {ev.id: ev for ev, _ in found})


@app.command("articles")
def articles_command(
    ctx: typer.Context,
    db: DbOption = None,
    q: Annotated[str | None, typer.Option(
        "--q", metavar="QUERY", help='Full-text search of titles and text: every word (stemmed), "a phrase", '
                                     'a OR b, -word to leave out.')] = None,
    limit: Annotated[int, typer.Option(min=1, metavar="N", help="At most this many.")] = 100,
    offset: OffsetOption = 0,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """List stored articles (without their text), newest first, with their number of events; with --q, most
    relevant first, each with the words around the best match."""
    store = _store(ctx, db)
    try:
        page = store.article_page(limit, offset, q)
    except InvalidValue as exc:
        err.print(f"[red]error:[/red] --{escape(exc.detail)}")
        raise typer.Exit(2) from None
    rows = page["items"]
    if format is Format.json:
        _print_json(rows)
    elif format is Format.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)
    else:
        table = Table("published", "id", "title", "publisher", "events", *(["match"] if q else []),
                      title=f"articles {offset + 1 if rows else 0}-{offset + len(rows)} of {page['total']}")
        for a in rows:
            match = [_highlighted(a["snippet"], a["highlights"])] if q else []
            table.add_row(a["published"] or "", escape(a["id"]), escape(a["title"] or ""), escape(a["source"] or ""),
                          str(a["events"]), *match)
        out.print(table)


def _highlighted(snippet: str, spans: list[list[int]]) -> Text:
    """A snippet with its matched words in bold (a Text, so the article's words are never read as markup)."""
    shown = Text(printable(snippet))
    for start, end in spans:
        shown.stylize("bold yellow", start, end)
    return shown


@app.command()
def pair(
    sentence: Annotated[str, typer.Argument(help="The sentence, or - to read it from stdin.")],
    source: Annotated[str | None, typer.Option(
        "--source", "-s", metavar="WORDS", help="The acting party, as the sentence words it.")] = None,
    target: Annotated[str | None, typer.Option(
        "--target", "-t", metavar="WORDS", help="The party acted on, as the sentence words it.")] = None,
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="table or json.")] = ExtractFormat.table,
    rules_only: Annotated[bool, typer.Option(
        "--rules-only", help="Answer from the rules alone, without the relation model.")] = False,
    date_: DateOption = None,
    lexicon: LexiconOption = None,
    actors: ActorsOption = None,
) -> None:
    """Code a given pair: what SOURCE does to TARGET in the sentence, as a PLOVER root.

    The rules' event between the two answers; where they found none, their event of one of the two whose other
    role went to somebody else; unless the relation model finds another root far likelier. Where the rules found
    nothing, the relation model answers. The answer says which one it came from.
    """
    from dragoman.events.relation import RelationModel, RelationModelError
    from dragoman.pairs import NoParty, PairError, code_pair, find_party, given_parties

    text = sys.stdin.read() if sentence == "-" else sentence
    try:
        parties = [find_party(text, words) if words is not None else None for words in (source, target)]
        given_parties(*parties)  # before the pipeline and the model are loaded
    except NoParty:
        raise typer.BadParameter("give --source, --target or both", param_hint="--source/--target") from None
    except PairError as exc:
        raise typer.BadParameter(str(exc), param_hint="--source/--target") from None
    published = _parse_date(date_)
    pipeline = _pipeline(_config(lexicon, actors))
    try:
        model = None if rules_only else RelationModel.load()
    except RelationModelError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None
    coded = code_pair(pipeline, model, text, parties[0], parties[1], published)
    if format is ExtractFormat.json:
        _print_json(coded.to_dict())
        return
    if coded.root is None:
        out.print("no event between the two (rules only)")
        return
    out.print(f"[bold]{coded.root}[/bold]  ({coded.basis})")
    if coded.event is not None:
        evidence = coded.event.evidence[0] if coded.event.evidence else None
        trigger = f' on "{escape(evidence.trigger)}"' if evidence and evidence.trigger else ""
        if coded.basis == "one party":  # say whom the rules gave the other role
            sides = " -> ".join(", ".join(p.name for p in ps) or "-" for ps in (coded.event.source, coded.event.target))
            out.print(f"rules, one party: {coded.event.type}{trigger}, {coded.event.factuality} ({escape(sides)})")
        else:
            out.print(f"rules: {coded.event.type}{trigger}, {coded.event.factuality}")
    else:
        out.print("rules: no event between the two")
    if coded.reading is not None:
        out.print("model: " + ", ".join(f"{r} {p:.2f}" for r, p in coded.reading.ranked[:3]))


@app.command()
def timex(
    file: Annotated[str, typer.Argument(metavar="[FILE]", help="A text file, or - for stdin.")] = "-",
    dct: Annotated[str | None, typer.Option(metavar="YYYY-MM-DD", help="Document creation (publication) date.")] = None,
    parse: Annotated[bool, typer.Option(
        "--parse/--no-parse",
        help="Take each clause's tense from the spaCy parse, as the pipeline does (when spaCy is installed); "
             "--no-parse skips the parse: ~100x faster, a few values less right.")] = True,
) -> None:
    """Print the time expressions of a text as JSON: start, end, text, type, value.

    With the parse (the default when spaCy is installed) the values are the pipeline's.
    The year of "on June 27" and the week of a bare "Sunday" follow the tense of their clause.
    Expressions in headings and datelines, which the pipeline leaves out, are listed too.
    """
    import importlib.util

    from dragoman.timex import TenseFn, TimexTagger

    anchor = _parse_date(dct) or date.today()
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        err.print(f"[red]error:[/red] {escape(file)}: {escape(str(exc))}")
        raise typer.Exit(1) from None
    tense: TenseFn | None = None
    if parse and importlib.util.find_spec("spacy") is not None:
        from dragoman.tense import parse_tenses

        try:
            tense = parse_tenses([text])[0]
        except OSError as exc:  # spaCy without its English model
            err.print(f"[yellow]note:[/yellow] no parse ({escape(str(exc).splitlines()[0])}); values as --no-parse")
    found = TimexTagger().tag(text, anchor, tense=tense)
    sys.stdout.write(json.dumps([t.to_dict() for t in found], ensure_ascii=False, indent=1) + "\n")


@names_app.command("cluster")
def names_cluster() -> None:
    """Read names from stdin (one per line, optional TAB ISO3 country) and print clusters as JSON."""
    from dragoman.names import cluster_names

    rows: list[tuple[str, str | None]] = []
    for line in sys.stdin:
        name, _, hint = line.rstrip("\n").partition("\t")
        if name.strip():
            rows.append((name.strip(), hint.strip().upper() or None))
    sys.stdout.write(json.dumps(cluster_names(rows), ensure_ascii=False) + "\n")


def _print_events(found: list[Event]) -> None:
    table = Table("id", "date", "type", "source", "target", "where", "factuality", "n", title="events")
    for e in found:
        when = (e.date.value or "-") + ("" if e.date.basis == "text" else f" ({e.date.basis})")
        if e.date.end:
            when += f"..{e.date.end}"
        table.add_row(e.id, when, e.type + (f"/{e.mode}" if e.mode else ""),
                      escape(", ".join(p.name for p in e.source)), escape(", ".join(p.name for p in e.target)),
                      escape(e.location.name if e.location else ""), e.factuality, str(len(e.evidence)))
    out.print(table)


def _print_conflicts(found: list[dict], disputed: dict[str, Event] | None = None) -> None:
    """The claims in dispute; with the events (by id), each event's type, participants and date too."""
    if not found:
        return
    columns = ["event", "field", "value", "according to", "sentence"]
    if disputed:
        columns[1:1] = ["type", "participants", "date"]
    table = Table(*columns, title="conflicts")
    for c in found:
        ev = disputed.get(c["event_id"]) if disputed else None
        about = []
        if ev is not None:
            people = ", ".join(p.name for p in ev.source) + " -> " + ", ".join(p.name for p in ev.target)
            about = [ev.type, escape(people), ev.date.value or "-"]
        for claim in c["claims"]:
            table.add_row(c["event_id"], *about, c["field"], claim["value"], escape(claim["attributed_to"] or "-"),
                          escape(claim["evidence"]["sentence"][:120]))
    out.print(table)


@app.command("export")
def export_command(
    ctx: typer.Context,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="File to write (written whole or not at all); - for standard output.")],
    db: DbOption = None, actor: ActorFilter = None, type: TypeFilter = None, country: CountryFilter = None,
    since: SinceFilter = None, until: UntilFilter = None, factuality: FactualityFilter = None,
    article: ArticleFilter = None, disputed: DisputedFilter = None, q: SearchFilter = None,
) -> None:
    """Export events (PLOVER JSONL, ICEWS TSV, CSV, Parquet) or the actor network (GEXF, GraphML)."""
    from dragoman.export import export_file

    flt = _event_filter(actor=actor, type=type, country=country, since=since, until=until, factuality=factuality,
                        article=article, disputed=disputed, q=q)
    try:
        export_file(_store(ctx, db), format, output, flt)
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot write {escape(str(output))}: {escape(exc.strerror or str(exc))}")
        raise typer.Exit(1) from None
    err.print(f"wrote {format.value} -> {'standard output' if str(output) == '-' else escape(str(output))}")


@app.command("serve")
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(
        metavar="ADDRESS", help="Address to bind (keep 127.0.0.1 unless behind a proxy).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, metavar="PORT", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the API (/api, /docs) and the web interface (/) over a store."""
    import re
    import secrets

    import uvicorn

    from dragoman.serve.app import create_app
    from dragoman.store import db_url

    token = os.environ.get("DRAGOMAN_TOKEN") or secrets.token_urlsafe(24)
    app_ = create_app(db_url(db), token=token)
    shown = re.sub(r"^(sqlite:///)", "", app_.state.server.store.url)
    typer.echo(f"dragoman: serving {shown} on http://{host}:{port}/  (API docs: /docs)", err=True)
    typer.echo("write token: from DRAGOMAN_TOKEN" if os.environ.get("DRAGOMAN_TOKEN") else f"write token: {token}",
               err=True)
    uvicorn.run(app_, host=host, port=port, log_level="info")


def main() -> None:
    try:
        app()
    except DragomanError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        sys.exit(1)


if __name__ == "__main__":
    if os.environ.get("DRAGOMAN_DEBUG"):
        app()
    else:
        main()
