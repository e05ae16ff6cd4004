"""The relation model (events.relation) and given-pair coding (pairs, `dragoman pair`)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import numpy as np
import pytest
from helpers import extract
from typer.testing import CliRunner

from dragoman import cli
from dragoman.events.relation import (
    EMBEDDING_SIZE,
    MAX_TOKENS,
    ROOTS,
    SOURCE_MASK,
    TARGET_MASK,
    TUNED,
    VIEWS,
    Encoder,
    Masked,
    Reading,
    RelationModel,
    RelationModelError,
    grams,
    masked,
    masking,
)
from dragoman.model import Article, Extraction
from dragoman.pairs import PairError, code_pair, decide, event_between, find_party, sentences_around
from dragoman.pipeline import Pipeline


@pytest.fixture(scope="module")
def model() -> RelationModel:
    return RelationModel.load()


def offsets(sentence: str, words: str) -> tuple[int, int]:
    start = sentence.index(words)
    return start, start + len(words)


def test_masked_replaces_the_parties_and_keeps_the_rest() -> None:
    sentence = "Ankara summoned the Dutch envoy on Monday."
    text = masked(sentence, offsets(sentence, "Ankara"), offsets(sentence, "the Dutch envoy"))
    assert text.split() == [SOURCE_MASK, "summoned", TARGET_MASK, "on", "Monday."]
    assert masked(sentence, None, offsets(sentence, "Ankara")).split()[0] == TARGET_MASK
    assert masked(sentence, None, None) == sentence


def test_masked_nested_parties_mask_the_source_only() -> None:
    sentence = "The envoy of China protested."
    text = masked(sentence, offsets(sentence, "The envoy of China"), offsets(sentence, "China"))
    assert text.split() == [SOURCE_MASK, "protested."]


def test_masking_tells_where_the_masks_are() -> None:
    sentence = "The Dutch envoy was summoned by Ankara on Monday."
    m = masking(sentence, offsets(sentence, "Ankara"), offsets(sentence, "The Dutch envoy"))
    assert m.text == masked(sentence, offsets(sentence, "Ankara"), offsets(sentence, "The Dutch envoy"))
    assert m.source is not None and m.target is not None
    assert m.text[slice(*m.source)] == SOURCE_MASK and m.text[slice(*m.target)] == TARGET_MASK
    assert m.target < m.source
    nested = "The envoy of China protested."
    n = masking(nested, offsets(nested, "The envoy of China"), offsets(nested, "China"))
    assert n.source is not None and n.text[slice(*n.source)] == SOURCE_MASK and n.target is None
    assert masking(sentence, None, None) == Masked(sentence)


def block(pooled: np.ndarray, view: str) -> np.ndarray:
    i = VIEWS.index(view)
    return pooled[i * EMBEDDING_SIZE:(i + 1) * EMBEDDING_SIZE]


def test_pooled_states_of_the_sentence_the_parties_and_the_words_between(model: RelationModel) -> None:
    sentence = "Rebel fighters ambushed an army convoy near the border."
    both = masking(sentence, offsets(sentence, "Rebel fighters"), offsets(sentence, "an army convoy"))
    source_only = masking(sentence, offsets(sentence, "Rebel fighters"), None)
    adjacent = masking("Iran, Iraq sign a deal.", (0, 4), (6, 10))  # "SRC , TGT": only a comma between
    touching = masking("Iran Iraq talks resumed.", (0, 4), (5, 9))  # nothing between
    pooled = model.encoder.pool([both, source_only, adjacent, touching])
    assert pooled.shape == (4, EMBEDDING_SIZE * len(VIEWS))
    for view in VIEWS:
        assert np.linalg.norm(block(pooled[0], view)) == pytest.approx(1.0, abs=1e-4)
    assert np.allclose(block(pooled[0], "mean"), model.encoder.embed([both.text])[0], atol=1e-5)
    assert not np.allclose(block(pooled[0], "source"), block(pooled[0], "target"), atol=1e-2)
    assert not np.allclose(block(pooled[0], "between"), block(pooled[0], "mean"), atol=1e-2)
    assert not block(pooled[1], "target").any() and not block(pooled[1], "between").any()
    assert np.linalg.norm(block(pooled[1], "source")) == pytest.approx(1.0, abs=1e-4)
    assert np.linalg.norm(block(pooled[2], "between")) == pytest.approx(1.0, abs=1e-4)
    assert not block(pooled[3], "between").any()
    only = model.encoder.pool([both], ("between", "mean"))
    assert np.allclose(only[0], np.concatenate([block(pooled[0], "between"), block(pooled[0], "mean")]), atol=1e-5)


def test_a_party_cut_off_after_the_tokens_read_pools_nothing(model: RelationModel) -> None:
    sentence = "Officials said " + "the talks went on for many hours, " * (MAX_TOKENS // 6) + "and Iran met Iraq."
    start = sentence.index("Iran met Iraq")
    reading = model.read(sentence, (start, start + 4), (start + 9, start + 13))
    assert sum(p for _, p in reading.ranked) == pytest.approx(1.0)
    pooled = model.encoder.pool([masking(sentence, (start, start + 4), (start + 9, start + 13))])[0]
    assert not block(pooled, "source").any() and not block(pooled, "target").any()
    assert np.linalg.norm(block(pooled, "mean")) == pytest.approx(1.0, abs=1e-4)


def test_the_shipped_model_reads_every_pool_and_the_codebook(model: RelationModel) -> None:
    assert model.views == VIEWS
    assert "codebook" in model.about and "CAMEO dictionary" in model.about


def test_the_codebook_gives_each_root_sentences_naming_both_parties() -> None:
    path = Path(__file__).resolve().parents[1] / "src/dragoman/data/relation/codebook.toml"
    with path.open("rb") as f:
        book = tomllib.load(f)
    assert sorted(book) == sorted(ROOTS)
    for root, lines in book.items():
        assert len(lines) >= 5, root
        for line in lines:
            assert line.split().count(SOURCE_MASK) == 1 and line.count(TARGET_MASK) == 1, line


def test_grams_are_lowercased_words_and_bigrams() -> None:
    assert grams("Troops Shelled a town") == ["troops", "shelled", "town", "troops shelled", "shelled town"]


@pytest.mark.parametrize(("sentence", "source", "target", "root"), [
    ("Government troops shelled rebel-held villages overnight, killing four civilians.", "Government troops",
     "rebel-held villages", "ASSAULT"),
    ("The foreign minister met his Indian counterpart in Delhi to discuss trade.", "The foreign minister",
     "his Indian counterpart", "CONSULT"),
    ("Japan pledged $200 million in humanitarian aid to flood-hit Pakistan.", "Japan", "Pakistan", "AID"),
    ("The opposition rejected the government's offer of talks.", "The opposition", "the government", "REJECT"),
    ("The junta threatened to expel the French ambassador.", "The junta", "the French ambassador", "THREATEN"),
    ("Police arrested dozens of opposition activists in the capital.", "Police", "opposition activists", "COERCE"),
    # short sentences of the codebook's kind; the model of mean pools alone read Seoul's as CONSULT and Egypt's as YIELD
    ("Moscow expelled two British diplomats.", "Moscow", "two British diplomats", "SANCTION"),
    ("Seoul urged Pyongyang to return to talks.", "Seoul", "Pyongyang", "REQUEST"),
    ("Washington praised Kenya's election.", "Washington", "Kenya", "SUPPORT"),
    ("Turkey warned Greece against drilling.", "Turkey", "Greece", "THREATEN"),
    ("Egypt hosted Israeli negotiators.", "Egypt", "Israeli negotiators", "CONSULT"),
])
def test_the_shipped_model_reads_plain_sentences(model: RelationModel, sentence: str, source: str, target: str,
                                                 root: str) -> None:
    reading = model.read(sentence, offsets(sentence, source), offsets(sentence, target))
    assert reading.root == root
    assert sum(p for _, p in reading.ranked) == pytest.approx(1.0)
    assert [p for _, p in reading.ranked] == sorted((p for _, p in reading.ranked), reverse=True)


def test_read_many_reads_each_sentence_as_read_alone(model: RelationModel) -> None:
    items = [("Rebels attacked an army post.", (0, 6), (20, 29)), ("Iran hosted Iraqi officials.", (0, 4), (12, 27))]
    together = model.read_many(items)
    alone = [model.read(*item) for item in items]
    for a, b in zip(together, alone, strict=True):
        assert a.root == b.root
        assert a.probability == pytest.approx(b.probability, abs=1e-3)


def test_decide_takes_the_rules_root_and_the_model_where_they_have_none() -> None:
    sure = Reading((("ASSAULT", 0.8), ("COERCE", 0.15), ("ACCUSE", 0.05)))
    assert decide(None, sure) == ("ASSAULT", "model")
    assert decide("ACCUSE", sure) == ("ACCUSE", "rules")  # not sure enough to overrule
    assert decide(None, None) == (None, "rules")


def test_the_model_overrules_the_rules_only_where_it_finds_its_root_far_likelier_than_theirs() -> None:
    certain = Reading((("ASSAULT", 0.95), ("COERCE", 0.04), ("ACCUSE", 0.01)))
    assert decide("ACCUSE", certain) == ("ASSAULT", "model over rules")  # 95 times as likely
    assert decide("COERCE", certain) == ("COERCE", "rules")  # under 33 times: the model leaves it a chance
    assert decide("ASSAULT", certain) == ("ASSAULT", "rules")
    assert decide("ACCUSE", None) == ("ACCUSE", "rules")  # rules only
    unsure = Reading((("ASSAULT", 0.6), ("COERCE", 0.39), ("ACCUSE", 0.01)))
    assert decide("ACCUSE", unsure) == ("ASSAULT", "model over rules")  # not sure, but 60 times as likely
    assert decide("COERCE", unsure) == ("COERCE", "rules")


def test_decide_puts_the_act_of_one_party_between_the_rules_and_the_model() -> None:
    sure = Reading((("ASSAULT", 0.8), ("COERCE", 0.15), ("ACCUSE", 0.05)))
    assert decide(None, sure, "COERCE") == ("COERCE", "one party")
    assert decide("ACCUSE", sure, "COERCE") == ("ACCUSE", "rules")
    assert decide(None, None, "COERCE") == ("COERCE", "one party")  # rules only: still an answer, said as such
    certain = Reading((("ASSAULT", 0.95), ("COERCE", 0.04), ("ACCUSE", 0.01)))
    assert decide(None, certain, "ACCUSE") == ("ASSAULT", "model over rules")  # the act of one party is the rules' too


def test_find_party_is_case_insensitive_and_names_what_is_missing() -> None:
    party = find_party("The EU fined Google.", "the eu")
    assert (party.start, party.end, party.text) == (0, 6, "The EU")
    with pytest.raises(PairError, match="'Apple' is not in the sentence"):
        find_party("The EU fined Google.", "Apple")
    with pytest.raises(PairError):
        find_party("The EU fined Google.", "  ")


def test_load_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "model.npz"
    bad.write_text("not numpy")
    with pytest.raises(RelationModelError, match="model.npz: not a relation model"):
        RelationModel.load(bad)
    partial = tmp_path / "partial.npz"
    np.savez(partial, roots=np.array(["ASSAULT"]))
    with pytest.raises(RelationModelError, match="partial.npz: lacks buckets, embed_coef"):
        RelationModel.load(partial)
    misshapen = tmp_path / "misshapen.npz"
    np.savez(misshapen, roots=np.array(["ASSAULT", "AID"]), buckets=np.array([1, 2, 3]), idf=np.ones(3),
             word_coef=np.zeros((2, 2)), embed_coef=np.zeros((2, 384)), intercept=np.zeros(2))
    with pytest.raises(RelationModelError, match="misshapen.npz: its weights do not fit together"):
        RelationModel.load(misshapen)
    with pytest.raises(RelationModelError, match="missing.npz: not a relation model"):
        RelationModel.load(tmp_path / "missing.npz")


def test_load_checks_the_pools_a_file_names(tmp_path: Path, model: RelationModel) -> None:
    weights = dict(roots=np.array(["ASSAULT", "AID"]), buckets=np.array([1, 2, 3]), idf=np.ones(3),
                   word_coef=np.zeros((2, 3)), intercept=np.zeros(2))
    unknown = tmp_path / "unknown.npz"
    np.savez(unknown, views=np.array(["mean", "dependency"]), embed_coef=np.zeros((2, 768)), **weights)
    with pytest.raises(RelationModelError, match="unknown.npz: reads the token states pooled as mean, dependency"):
        RelationModel.load(unknown, model.encoder)
    twice = tmp_path / "twice.npz"
    np.savez(twice, views=np.array(["mean", "mean"]), embed_coef=np.zeros((2, 768)), **weights)
    with pytest.raises(RelationModelError, match="twice.npz: .* each once"):
        RelationModel.load(twice, model.encoder)
    short = tmp_path / "short.npz"
    np.savez(short, views=np.array(["mean", "source"]), embed_coef=np.zeros((2, 384)), **weights)
    with pytest.raises(RelationModelError, match=r"short.npz: its weights do not fit together .* 768: 384 for each "
                                                 r"of mean, source"):
        RelationModel.load(short, model.encoder)
    older = tmp_path / "older.npz"  # written before pools: the mean alone
    np.savez(older, embed_coef=np.zeros((2, 384)), **weights)
    loaded = RelationModel.load(older, model.encoder)
    assert loaded.views == ("mean",)
    assert {r for r, _ in loaded.read("Rebels attacked an army post.", (0, 6), (20, 29)).ranked} == {"ASSAULT", "AID"}
    pooled = tmp_path / "pooled.npz"
    np.savez(pooled, views=np.array(["target", "between"]), embed_coef=np.ones((2, 768)), **weights)
    assert RelationModel.load(pooled, model.encoder).views == ("target", "between")


def test_the_shipped_encoder_has_fine_tuned_layers(model: RelationModel, tmp_path: Path) -> None:
    assert all(any(name.startswith(f"inner.encoder.layer.{n}.") for name in model.encoder.tuned) for n in range(6))
    item = [Masked("SRC shelled TGT overnight.", (0, 3), (12, 15))]
    assert not np.allclose(model.encoder.pool(item), Encoder().pool(item), atol=1e-3)
    weights = dict(roots=np.array(["ASSAULT", "AID"]), buckets=np.array([1]), idf=np.ones(1),
                   word_coef=np.zeros((2, 1)), embed_coef=np.zeros((2, 384)), intercept=np.zeros(2))
    plain, tuned = tmp_path / "plain.npz", tmp_path / "tuned.npz"
    np.savez(plain, **weights)
    np.savez(tuned, **weights, **{TUNED + k: v for k, v in model.encoder.tuned.items()})
    assert RelationModel.load(tuned, model.encoder).encoder is model.encoder  # the same layers: shared
    assert not RelationModel.load(plain, model.encoder).encoder.tuned  # MiniLM as published: an encoder of its own


def test_tuned_weights_must_fit_the_graph(model: RelationModel) -> None:
    name, value = next((k, v) for k, v in model.encoder.tuned.items() if k.endswith("_q"))
    with pytest.raises(RelationModelError, match="the encoder has no weights named 'layer.9.q'"):
        Encoder(tuned={"layer.9.q": value})
    with pytest.raises(RelationModelError, match=rf"the encoder's {name} is int8 \(\d+, \d+\), not float32"):
        Encoder(tuned={name: value.astype(np.float32)})
    with pytest.raises(RelationModelError, match=rf"the encoder's {name} is int8 .*, not int8 \(3, 3\)"):
        Encoder(tuned={name: np.zeros((3, 3), dtype=np.int8)})


def test_a_weights_file_whose_tuned_layers_do_not_fit_names_itself(tmp_path: Path) -> None:
    bad = tmp_path / "foreign.npz"
    np.savez(bad, roots=np.array(["ASSAULT", "AID"]), buckets=np.array([1]), idf=np.ones(1),
             word_coef=np.zeros((2, 1)), embed_coef=np.zeros((2, 384)), intercept=np.zeros(2),
             **{TUNED + "encoder.layer.0.weight": np.zeros((2, 2), dtype=np.float32)})
    with pytest.raises(RelationModelError, match="foreign.npz: the encoder has no weights named"):
        RelationModel.load(bad)


def test_code_pair_takes_the_rules_event_between_the_pair(pipeline: Pipeline, model: RelationModel) -> None:
    sentence = "Seoul accused Pyongyang of violating the armistice."
    coded = code_pair(pipeline, model, sentence, find_party(sentence, "Seoul"), find_party(sentence, "Pyongyang"))
    assert (coded.root, coded.basis) == ("ACCUSE", "rules")
    assert coded.event is not None and coded.event.type == "ACCUSE"
    assert coded.reading is not None


def test_a_joint_act_of_the_pair_with_no_other_target_is_between_them(pipeline: Pipeline) -> None:
    sentence = "Kenya and Uganda signed a trade agreement in Nairobi."
    ex = extract(pipeline, sentence)
    kenya, uganda = find_party(sentence, "Kenya"), find_party(sentence, "Uganda")
    signed = event_between(ex, kenya, uganda, lambda text: None, strict=True)  # both named: no role left empty
    assert signed is not None and signed.type == "SUPPORT" and not signed.target  # CAMEO 057, both its sources
    other = "Kenya and Uganda condemned the attack on Somalia."
    assert event_between(extract(pipeline, other), find_party(other, "Kenya"), find_party(other, "Uganda"),
                         lambda text: None, strict=True) is None  # a target of their own: no act between them


def test_code_pair_asks_the_model_where_the_rules_find_no_event(pipeline: Pipeline, model: RelationModel,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Insurgents fired mortar rounds at the army base, wounding six soldiers."
    source, target = find_party(sentence, "Insurgents"), find_party(sentence, "the army base")
    coded = code_pair(pipeline, model, sentence, source, target)
    if coded.event is not None:  # the rules know the words (here the act of one party): take them away
        monkeypatch.setattr(pipeline, "extract_parsed", lambda article: (Extraction(articles=[article]), []))
        assert code_pair(pipeline, None, sentence, source, target).root is None
        coded = code_pair(pipeline, model, sentence, source, target)
    assert (coded.root, coded.basis) == ("ASSAULT", "model")
    assert coded.event is None and coded.reading is not None and coded.reading.probability > 0.5


def test_code_pair_takes_the_act_of_one_party_whose_other_role_went_elsewhere(pipeline: Pipeline,
                                                                            model: RelationModel) -> None:
    sentence = "Insurgents fired mortar rounds at the army base, wounding six soldiers."
    coded = code_pair(pipeline, model, sentence, find_party(sentence, "Insurgents"),
                      find_party(sentence, "the army base"))
    assert (coded.root, coded.basis) == ("ASSAULT", "one party")
    assert coded.event is not None and [p.name for p in coded.event.target] == ["soldiers"]  # the evidence shown
    # The target's own act is another act: the journalist's criticism is not what the government did to him.
    sentence = "The army detained the journalist after he criticized the government."
    coded = code_pair(pipeline, model, sentence, find_party(sentence, "the government"),
                      find_party(sentence, "the journalist"))
    assert (coded.root, coded.basis) == ("COERCE", "one party")
    assert coded.event is not None and [p.name for p in coded.event.source] == ["army"]


def test_an_act_of_the_party_in_its_own_role_comes_before_one_done_to_it(pipeline: Pipeline) -> None:
    """ASSAULT may match with its roles swapped ("A and B clashed"), but the party attacked did not attack."""
    sentence = ("Two days after militants ambushed a Kenyan army convoy, the Kenyan government suspended the peace "
                "talks.")
    coded = code_pair(pipeline, None, sentence, find_party(sentence, "the Kenyan government"), None)
    assert (coded.root, coded.basis) == ("SANCTION", "rules")


def test_the_model_keeps_the_rules_root_it_does_not_rule_out(pipeline: Pipeline, model: RelationModel) -> None:
    sentence = "Government troops shelled rebel-held villages overnight."
    coded = code_pair(pipeline, model, sentence, find_party(sentence, "Government troops"),
                      find_party(sentence, "rebel-held villages"))
    assert (coded.root, coded.basis) == ("ASSAULT", "rules")


def test_the_model_reads_the_sentences_of_the_pair_only(pipeline: Pipeline, model: RelationModel) -> None:
    sentence = "Insurgents fired mortar rounds at the army base, wounding six soldiers."
    text = f"The weather was mild. Talks on trade resumed in Geneva. {sentence} Markets were calm on Friday."
    alone = model.read(sentence, offsets(sentence, "Insurgents"), offsets(sentence, "the army base"))
    coded = code_pair(pipeline, model, text, find_party(text, "Insurgents"), find_party(text, "the army base"))
    assert coded.reading is not None
    assert [r for r, _ in coded.reading.ranked] == [r for r, _ in alone.ranked]
    assert [p for _, p in coded.reading.ranked] == pytest.approx([p for _, p in alone.ranked], abs=1e-3)
    parsed = pipeline.extract_parsed(Article(id="t", text=text))[1]
    assert sentences_around(parsed, text, [find_party(text, "Talks"), find_party(text, "Insurgents")]) == \
        (text.index("Talks"), text.index(" Markets"))
    one = "The U.S. Navy seized a tanker off Oman."  # an abbreviation ends no sentence
    parsed = pipeline.extract_parsed(Article(id="t", text=one))[1]
    assert sentences_around(parsed, one, [find_party(one, "Navy"), find_party(one, "Oman")]) == (0, len(one))


def test_code_pair_needs_a_party(pipeline: Pipeline) -> None:
    with pytest.raises(PairError):
        code_pair(pipeline, None, "Nothing happened.", None, None)


def test_cli_pair_prints_the_root_and_its_basis() -> None:
    runner = CliRunner()
    result = runner.invoke(cli.app, ["pair", "Seoul accused Pyongyang of violating the armistice.",
                                     "--source", "Seoul", "--target", "Pyongyang", "--format", "json"])
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["root"] == "ACCUSE" and answer["basis"] == "rules"
    assert answer["event"]["evidence"][0]["trigger"]
    assert len(answer["model"]) == 3
    table = runner.invoke(cli.app, ["pair", "Seoul accused Pyongyang of violating the armistice.", "-s", "Seoul",
                                    "-t", "Pyongyang", "--rules-only"])
    assert table.exit_code == 0 and "ACCUSE" in table.stdout and "model:" not in table.stdout
    one = runner.invoke(cli.app, ["pair", "Insurgents fired mortar rounds at the army base, wounding six soldiers.",
                                  "-s", "Insurgents", "-t", "the army base", "--rules-only"])
    assert one.exit_code == 0, one.output
    assert "ASSAULT  (one party)" in one.stdout and "(Insurgents -> soldiers)" in one.stdout  # whom the rules chose


def test_cli_pair_rejects_a_party_not_in_the_sentence() -> None:
    result = CliRunner().invoke(cli.app, ["pair", "Seoul accused Pyongyang.", "--source", "Tokyo"])
    assert result.exit_code == 2
    assert "'Tokyo' is not in the sentence" in result.output
    assert "Traceback" not in result.output
    neither = CliRunner().invoke(cli.app, ["pair", "Seoul accused Pyongyang."])
    assert neither.exit_code == 2 and "give --source, --target or both" in neither.output


def test_api_pair_codes_a_given_pair_and_names_a_missing_party(pipeline: Pipeline, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from dragoman.serve.app import create_app
    from dragoman.store import Store

    client = TestClient(create_app(Store(f"sqlite:///{tmp_path / 'pair.db'}"), token="t", pipeline=pipeline))
    sentence = "Seoul accused Pyongyang of violating the armistice."
    answer = client.post("/api/pair", json={"sentence": sentence, "source": "Seoul", "target": "Pyongyang",
                                            "published": "2025-03-04"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["root"], body["basis"]) == ("ACCUSE", "rules")
    assert body["event"]["evidence"][0]["sentence"] == sentence and body["event"]["disputed"] == []
    assert [r["root"] for r in body["model"]][:1] and len(body["model"]) == 3
    missing = client.post("/api/pair", json={"sentence": sentence, "source": "Tokyo"})
    assert missing.status_code == 422 and "'Tokyo' is not in the sentence" in missing.text
    neither = client.post("/api/pair", json={"sentence": sentence})
    assert neither.status_code == 422 and "give a source, a target or both" in neither.text
    assert client.get("/api/events").json()["total"] == 0  # nothing stored
