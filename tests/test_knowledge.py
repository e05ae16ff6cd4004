"""Actor knowledge: PETRARCH actor/agent dictionaries and CSV/YAML alias lists win over the guesses of actors.py."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import warnings
from pathlib import Path

import pytest
from conftest import EVALDATA, EXAMPLE, ROOT, needs_data
from helpers import actor_named
from typer.testing import CliRunner

from dragoman import cli
from dragoman.knowledge import Knowledge, KnowledgeError, default_knowledge, split_code
from dragoman.model import Article, Extraction
from dragoman.petrarch import DictionaryWarning
from dragoman.pipeline import Pipeline, PipelineConfig

PETRARCH_RAW = EVALDATA / "petrarch2_unittest" / "raw"

ACTORS = """<!-- a PETRARCH actor dictionary -->
SERGEI_LAVROV_ [RUSGOV]
+LAVROV
PRESIDENT_GEORGE_W._BUSH [USAGOV]
+GEORGE_W._BUSH
+BUSH
ISRAELI_TROOPS [ISRMIL]
HAMAS [PSEREBHMS]
HAMAS MILITARY COMMAND [PSEHMSMIL]
WHITE_HOUSE [USAGOV]  # actors.py takes "the White House" for a building
EUROPEAN_UNION [IGOEEU]
ALEXANDER_LUKASHENKO
\t[BLROPP <940720]
\t[BLRGOV >940719]
"""
AGENTS = """FOREIGN_MINISTER [~GOVFRM]
SPOKESMAN [~MED]
"""
ALIASES = """name,alias,kind,country,sector,id
Benjamin Netanyahu,Bibi|Netanyahu,person,ISR,GOV,isr-netanyahu
North Korea,Hermit Kingdom,country,PRK,,
Montsame,Montsame news agency,organization,Mongolia,MED,
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(pipeline: Pipeline, files: list[Path], text: str, published: dt.date = dt.date(2024, 7, 24)) -> Extraction:
    """The session's parser with these knowledge files."""
    with_knowledge = Pipeline(pipeline.parser, knowledge_files=files)
    return with_knowledge.extract_article(Article(id="a", text=text, published=published))


def test_cameo_codes_split_into_country_and_sector() -> None:
    assert split_code("RUSGOV") == ("RUS", "GOV")
    assert split_code("PSEREBHMS") == ("PSE", "REB")  # region/group codes are skipped for the role
    assert split_code("PSEHMSMIL") == ("PSE", "MIL")
    assert split_code("IGOEEU") == (None, "IGO")
    assert split_code("ROMGOV") == ("ROU", "GOV")  # CAMEO keeps ISO codes replaced since
    assert split_code("HOB") == (None, None)


def test_an_actor_entry_gives_name_id_country_sector_and_aliases(tmp_path: Path, pipeline: Pipeline) -> None:
    ex = run(pipeline, [write(tmp_path, "actors.txt", ACTORS)],
             "Russian Foreign Minister Sergei Lavrov met President George W. Bush in Washington on Monday. "
             "Bush said Lavrov was welcome.")
    bush = actor_named(ex, "Bush")
    assert (bush.id, bush.name, bush.country, bush.sector) == ("dict-george-w-bush", "George W. Bush", "USA", "GOV")
    assert bush.aliases[:2] == ["George W. Bush", "Bush"]  # the title of the dictionary phrase is not a name
    assert [m.text for m in bush.mentions] == ["George W. Bush", "Bush"]
    lavrov = actor_named(ex, "Lavrov")
    assert (lavrov.id, lavrov.name, lavrov.country) == ("dict-sergei-lavrov", "Sergei Lavrov", "RUS")
    (meeting,) = [e for e in ex.events if e.type == "CONSULT"]
    assert [p.actor_id for p in meeting.source] == [lavrov.id] and [p.actor_id for p in meeting.target] == [bush.id]


def test_a_name_keeps_the_hyphens_the_article_wrote(tmp_path: Path, pipeline: Pipeline) -> None:
    actors = write(tmp_path, "actors.txt", "KIM_JONG_UN [PRKGOV]\n+KIM_JONG-UN\n")
    hyphenated = actor_named(run(pipeline, [actors], "Kim Jong-un visited Moscow on Monday."), "Kim Jong-un")
    assert (hyphenated.id, hyphenated.name) == ("dict-kim-jong-un", "Kim Jong-un")
    spaced = actor_named(run(pipeline, [actors], "Kim Jong Un visited Moscow on Monday."), "Kim Jong Un")
    assert (spaced.id, spaced.name) == ("dict-kim-jong-un", "Kim Jong Un")


def test_a_date_ranged_code_is_chosen_by_publication_date(tmp_path: Path, pipeline: Pipeline) -> None:
    actors = write(tmp_path, "actors.txt", ACTORS)
    text = "Alexander Lukashenko visited Moscow on Monday."
    assert actor_named(run(pipeline, [actors], text, dt.date(1993, 5, 1)), "Alexander Lukashenko").sector == "OPP"
    assert actor_named(run(pipeline, [actors], text, dt.date(2024, 5, 1)), "Alexander Lukashenko").sector == "GOV"


def test_a_longer_phrase_is_its_own_actor_and_a_missed_name_is_found(tmp_path: Path, pipeline: Pipeline) -> None:
    ex = run(pipeline, [write(tmp_path, "actors.txt", ACTORS)],
             "Israeli troops attacked Hamas positions on Monday, and the Hamas military command vowed revenge. "
             "The White House criticized the European Union on Tuesday.")
    troops = actor_named(ex, "Israeli troops")
    assert (troops.country, troops.sector, troops.kind) == ("ISR", "MIL", "organization")
    assert all(a.id != "ISR" for a in ex.actors)  # "Israeli" named only the troops here
    command = actor_named(ex, "Hamas military command")
    hamas = actor_named(ex, "Hamas")
    assert command.id != hamas.id and (hamas.country, hamas.sector, command.sector) == ("PSE", "REB", "MIL")
    assert (actor_named(ex, "White House").country, actor_named(ex, "European Union").sector) == ("USA", "IGO")
    (attack,) = [e for e in ex.events if e.type == "ASSAULT"]
    assert [p.actor_id for p in attack.source] == [troops.id]


def test_an_alias_list_joins_names_and_names_countries(tmp_path: Path, pipeline: Pipeline) -> None:
    ex = run(pipeline, [write(tmp_path, "aliases.csv", ALIASES)],
             "Israeli Prime Minister Benjamin Netanyahu met Jordan's king on Monday. Supporters cheered Bibi. "
             "The Hermit Kingdom fired a missile on Monday, Montsame reported.")
    netanyahu = actor_named(ex, "Bibi")
    assert (netanyahu.id, netanyahu.name, netanyahu.country, netanyahu.sector) == \
        ("isr-netanyahu", "Benjamin Netanyahu", "ISR", "GOV")
    assert {"Bibi", "Netanyahu", "Benjamin Netanyahu"} <= set(netanyahu.aliases)
    assert [m.text for m in actor_named(ex, "North Korea").mentions] == ["Hermit Kingdom"]
    montsame = actor_named(ex, "Montsame")
    assert (montsame.id, montsame.kind, montsame.country, montsame.sector) == \
        ("dict-montsame", "organization", "MNG", "MED")


def test_yaml_is_the_same_list(tmp_path: Path, pipeline: Pipeline) -> None:
    path = write(tmp_path, "aliases.yaml", "actors:\n  - {name: Benjamin Netanyahu, aliases: [Bibi], country: ISR,"
                                           " sector: GOV, kind: person}\n")
    ex = run(pipeline, [path], "Supporters cheered Bibi on Monday.")
    bibi = actor_named(ex, "Bibi")
    assert (bibi.name, bibi.id) == ("Benjamin Netanyahu", "dict-benjamin-netanyahu")


def test_agents_give_the_sector_unless_an_actor_entry_did(tmp_path: Path, pipeline: Pipeline) -> None:
    agents = write(tmp_path, "agents.txt", AGENTS)
    text = "Kazakh government spokesman Aibek Smadiyarov said Russian Foreign Minister Sergei Lavrov arrived."
    assert actor_named(run(pipeline, [], text), "Aibek Smadiyarov").sector == "GOV"  # the guess
    ex = run(pipeline, [agents, write(tmp_path, "actors.txt", "AIBEK_SMADIYAROV [KAZGOV]\n")], text)
    assert actor_named(ex, "Aibek Smadiyarov").sector == "GOV"  # the actor entry wins over the agent
    ex = run(pipeline, [agents], text)
    assert actor_named(ex, "Aibek Smadiyarov").sector == "MED"  # the agent wins over the guess
    assert actor_named(ex, "Sergei Lavrov").sector == "GOV"


def test_a_name_inside_a_longer_name_is_left_alone(tmp_path: Path, pipeline: Pipeline) -> None:
    ex = run(pipeline, [write(tmp_path, "actors.txt", "KIM [PRKGOV]\n")], "Kim Yong-chol visited Moscow on Monday.")
    assert actor_named(ex, "Kim Yong-chol").id.startswith("person-")  # a name no shipped dictionary holds


@needs_data(PETRARCH_RAW)
def test_the_petrarch_validation_dictionaries_load() -> None:
    knowledge = Knowledge.load([PETRARCH_RAW / "PETR.Validate.actors.txt", PETRARCH_RAW / "PETR.Validate.agents.txt"])
    assert len(knowledge.agents) == 1
    (smeagol,) = [knowledge.entry(e.payload) for e in knowledge.index.by_first["SMEAGOL"]]
    assert smeagol.name == "Gollum"
    assert smeagol.identity(dt.date(1990, 1, 1)) == (None, None)  # [HOB <950601]: no country, no role
    assert smeagol.identity(dt.date(1997, 1, 1)) == (None, "GOV")  # [HOBGOV 19950601 - 19990815]
    assert smeagol.identity(dt.date(2001, 1, 1)) == (None, "REB")  # [HOBREB > 990816]


@pytest.mark.parametrize(("name", "text", "message"), [
    ("bad.csv", "name,kind\nX,robot\n", "row 2: kind 'robot'"),
    ("bad.csv", "name,country\nX,Narnia\n", "unknown country 'Narnia'"),
    ("bad.csv", "alias\nX\n", "row 2: no name"),
    ("bad.yaml", "name: [unclosed\n", "not YAML"),
    ("bad.txt", "POLICE [~COP]\nRUSSIA [RUS]\n", "mixes agent codes"),
])
def test_a_bad_file_is_one_clear_error(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(KnowledgeError, match=message) as info:
        Knowledge.load([path])
    assert str(path) in str(info.value)


def test_the_pipeline_configuration_travels_to_workers() -> None:
    config = PipelineConfig.of(["extra.toml"], [Path("actors.csv")])
    assert config == PipelineConfig(("extra.toml",), ("actors.csv",))
    assert pickle.loads(pickle.dumps(config)) == config and hash(config) == hash(PipelineConfig.of(
        ["extra.toml"], ["actors.csv"]))


runner = CliRunner()


def test_cli_extract_and_ingest_take_actor_files(tmp_path: Path, pipeline: Pipeline,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_pipeline", lambda config: config.build(pipeline.parser))
    aliases = str(ROOT / "examples" / "actors.csv")
    result = runner.invoke(cli.app, ["extract", str(EXAMPLE), "--actors", aliases])
    assert result.exit_code == 0, result.stderr
    found = {a["id"]: a for a in json.loads(result.stdout)["actors"]}
    assert found["kaz-zhaksybekov"]["aliases"][:3] == ["Yerlan Zhaksybekov", "Zhaksybekov", "Jaksybekov"]
    assert (found["mng-montsame"]["sector"], found["mng-montsame"]["country"]) == ("MED", "MNG")
    db = f"sqlite:///{tmp_path / 'k.db'}"
    result = runner.invoke(cli.app, ["ingest", str(EXAMPLE), "--db", db, "--actors", aliases])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(cli.app, ["actors", "Jaksybekov", "--db", db, "--format", "json"])
    assert [a["id"] for a in json.loads(result.stdout)] == ["kaz-zhaksybekov"]


def test_cli_reports_a_bad_actor_file(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.csv", "name,kind\nX,robot\n")
    result = runner.invoke(cli.app, ["extract", str(EXAMPLE), "--actors", str(bad)])
    assert result.exit_code == 2 and "--actors" in result.stderr and "robot" in result.stderr


@pytest.mark.parametrize("option, content", [("--actors", "name,kind\nX,robot\n"), ("--lexicon", "not toml ["),])
def test_ingest_with_workers_reports_a_bad_file_once_before_starting_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str, content: str) -> None:
    from dragoman import parallel

    monkeypatch.setattr(parallel, "Workers", lambda *a, **k: pytest.fail("workers started"))
    bad = write(tmp_path, "bad.toml" if option == "--lexicon" else "bad.csv", content)
    db = f"sqlite:///{tmp_path / 'k.db'}"
    result = runner.invoke(cli.app, ["ingest", str(EXAMPLE), "--db", db, "--workers", "2", option, str(bad)])
    assert result.exit_code == 2 and option in result.stderr and result.stderr.count("Invalid value") == 1


# -- the shipped PETRARCH2 dictionaries --------------------------------------------------------------------------


def test_a_malformed_date_skips_that_code_with_a_warning_naming_file_and_line(tmp_path: Path) -> None:
    text = "GOOD_MAN_\n\t[ARMUNR 9008223-911221]\n\t[ARMGOV >20000101]\nOTHER [FRA]\n"
    path = write(tmp_path, "odd.actors.txt", text)
    with pytest.warns(DictionaryWarning, match=r"odd\.actors\.txt: line 2: .*9008223"):
        knowledge = Knowledge.load([path])
    good = knowledge.entry(knowledge.index.by_first["GOOD"][0].payload)
    assert good.identity(dt.date(2010, 1, 1)) == ("ARM", "GOV")  # the rest of the entry and file stand
    assert "OTHER" in knowledge.index.by_first


def test_every_shipped_dictionary_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAGOMAN_CACHE_DIR", str(tmp_path))
    default_knowledge.cache_clear()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", DictionaryWarning)  # the originals' six known bad dates stay quiet
            built = default_knowledge()
        default_knowledge.cache_clear()
        cached = default_knowledge()  # from the cache file just written, with no warning to repeat
    finally:
        default_knowledge.cache_clear()
    assert list(tmp_path.glob("knowledge-*.marshal"))
    for knowledge in (built, cached):
        putin = knowledge.entry(knowledge.index.match_at(["VLADIMIR", "PUTIN"], 0)[0].payload)
        assert putin.identity(dt.date(2024, 7, 24)) == ("RUS", "GOV")
        assert putin.identity(dt.date(1995, 1, 1)) == ("RUS", "ELI")
        assert len(knowledge.fallback_agents) == 2  # Phoenix's agents, then dragoman's (recent/dragoman.agents.txt)


def test_the_shipped_dictionaries_are_on_by_default_and_can_be_turned_off(pipeline: Pipeline) -> None:
    text = "Sergei Lavrov met Kim Jong-un in Pyongyang."
    article = Article(id="a", text=text, published=dt.date(2024, 7, 24))
    lavrov = actor_named(pipeline.extract_article(article), "Sergey Lavrov")  # the dictionary's spelling
    assert (lavrov.country, lavrov.sector) == ("RUS", "GOV")
    bare = Pipeline(pipeline.parser, default_actors=False).extract_article(article)
    assert actor_named(bare, "Sergei Lavrov").country is None
    assert PipelineConfig.of(default_actors=False) != PipelineConfig.of()  # workers build the same pipeline


def test_the_users_file_wins_over_the_shipped_one(tmp_path: Path, pipeline: Pipeline) -> None:
    mine = write(tmp_path, "mine.txt", "SERGEI_LAVROV_ [RUSOPP]\n")
    ex = run(pipeline, [mine], "Sergei Lavrov spoke in Moscow.")
    assert actor_named(ex, "Sergei Lavrov").sector == "OPP"


def test_codes_follow_the_publication_date(pipeline: Pipeline) -> None:
    text = "Vladimir Putin spoke on Monday."
    for day, sector in ((dt.date(1995, 5, 1), "ELI"), (dt.date(2024, 5, 1), "GOV")):
        putin = actor_named(pipeline.extract_article(Article(id="a", text=text, published=day)), "Vladimir Putin")
        assert (putin.country, putin.sector) == ("RUS", sector)


def test_a_former_state_in_front_of_a_present_one_is_the_present_one() -> None:
    assert split_code("SCGSRB") == ("SRB", None)
    assert split_code("SUNUKRGOV") == ("UKR", "GOV")


def test_cli_turns_the_shipped_dictionaries_off(tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", "Sergei Lavrov spoke in Moscow on Monday.\n")
    runner = CliRunner()
    for flags, country in (([], "RUS"), (["--no-default-actors"], None)):
        result = runner.invoke(cli.app, ["extract", str(article), "--date", "2024-05-01", *flags])
        assert result.exit_code == 0, result.output
        found = {a["name"]: a["country"] for a in json.loads(result.stdout)["actors"]}
        assert found.get("Sergey Lavrov", found.get("Sergei Lavrov")) == country


def test_a_dictionary_phrase_with_the_nationality_keeps_the_persons_mention_and_role(pipeline: Pipeline) -> None:
    text = "Israeli Prime Minister Benjamin Netanyahu met reporters on Monday."
    ex = pipeline.extract_article(Article(id="a", text=text, published=dt.date(2018, 6, 1)))
    netanyahu = actor_named(ex, "Benjamin Netanyahu")
    assert netanyahu.mentions and netanyahu.country == "ISR"
    assert [r.title for r in netanyahu.roles] == ["Prime Minister"]


def test_phoenix_leaders_list_entries_are_persons(tmp_path: Path, pipeline: Pipeline) -> None:
    """Phoenix marks the entries made from its leaders list "# CountryInfo.txt": persons, whatever spaCy's label."""
    actors = write(tmp_path, "actors.txt", "XI_JINPING_  # CountryInfo.txt\n\t[CHNGOV >080401]\n"
                                           "CHINA_DAILY_  # a newspaper\n\t[CHNMED]\n")
    knowledge = Knowledge.load([actors])
    assert [knowledge.entry(k).kind for k in range(len(knowledge.entries))] == ["person", None]
    ex = run(pipeline, [actors], "Xi Jinping received the delegation on Monday.")
    assert actor_named(ex, "Xi Jinping").kind == "person"


def test_a_lone_family_name_is_the_one_dictionary_person_of_that_family_name() -> None:
    knowledge = default_knowledge()
    day = dt.date(2023, 3, 21)
    # An East Asian name's family name is its first word (XI_JINPING), a Western name's its last (OLAF_SCHOLZ).
    assert knowledge.surname_person("Xi", day) == ("CHN", "GOV")
    assert knowledge.surname_person("Scholz", day) == ("DEU", "GOV")
    assert knowledge.surname_person("Kim", day) is None  # dozens of entries: none of them


def test_entries_that_agree_on_a_family_name_count_as_one_person() -> None:
    knowledge = default_knowledge()
    day = dt.date(2024, 7, 24)
    # JOE_BIDEN is in Phoenix's leaders list and in the shipped leaders alike, with one country and post that day
    assert knowledge.surname_person("Biden", day) == ("USA", "GOV")
    # RICARDO_MADURO of Honduras and NICOLAS_MADURO of Venezuela: no one
    assert knowledge.surname_person("Maduro", day) is None
