from __future__ import annotations

import pytest

from dragoman.countries import (
    countries_sharing,
    country_code,
    country_code_fuzzy,
    country_name,
    is_international,
    organization_country,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korea", "PRK"),
        ("North Korean", "PRK"),
        ("DPRK", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("the DPRK", "PRK"),
        ("South Korea", "KOR"),
        ("ROK", "KOR"),
        ("Belarus", "BLR"),
        ("Belarusian", "BLR"),
        ("Belarussian", "BLR"),
        ("Russia", "RUS"),
        ("Russian", "RUS"),
        ("Russian Federation", "RUS"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("American", "USA"),
        ("America", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("British", "GBR"),
        ("Iran", "IRN"),
        ("Iranian", "IRN"),
        ("Syria", "SYR"),
        ("Laos", "LAO"),
        ("Lao", "LAO"),
        ("Vietnam", "VNM"),
        ("Palestinian", "PSE"),
        ("Israeli", "ISR"),
        ("Chinese", "CHN"),
        ("Taiwan", "TWN"),
        ("Ivory Coast", "CIV"),
        ("Czech", "CZE"),
    ],
)
def test_names_short_forms_and_demonyms(text: str, code: str) -> None:
    assert country_code(text) == code


def test_pycountry_names_without_own_alias_row() -> None:
    # Only pycountry knows these; the TSV does not list them.
    assert country_code("Bonaire, Sint Eustatius and Saba") == "BES"
    assert country_code("Virgin Islands of the United States") == "VIR"
    assert country_code("Korea, Republic of") == "KOR"


def test_case_insensitive() -> None:
    assert country_code("NORTH KOREAN") == "PRK"
    assert country_code("belarusian") == "BLR"


def test_leading_the_and_possessive() -> None:
    assert country_code("the Russian Federation") == "RUS"
    assert country_code("Russia's") == "RUS"
    assert country_code("Iran’s") == "IRN"
    assert country_code("the DPRK's") == "PRK"


def test_plural_demonym_but_not_names_ending_in_s() -> None:
    assert country_code("Russians") == "RUS"
    assert country_code("Americans") == "USA"
    assert country_code("Laos") == "LAO"
    assert country_code("Swiss") == "CHE"


@pytest.mark.parametrize("text", ["Eurasia", "the West", "Korean Peninsula", "Soviet", "", "Moscow"])
def test_not_a_country(text: str) -> None:
    assert country_code(text) is None


@pytest.mark.parametrize("text", ["Korean", "Korea", "Congolese", "Dominican"])
def test_ambiguous_is_none(text: str) -> None:
    assert country_code(text) is None


def test_ambiguity_is_resolved_by_full_names() -> None:
    assert country_code("Democratic Republic of the Congo") == "COD"
    assert country_code("Republic of the Congo") == "COG"
    assert country_code("Dominican Republic") == "DOM"


def test_niger_and_nigeria_stay_apart() -> None:
    assert country_code("Nigerien") == "NER"
    assert country_code("Nigerian") == "NGA"


def test_country_name() -> None:
    assert country_name("PRK") == "North Korea"
    assert country_name("usa") == "United States"
    assert country_name("GB") == "United Kingdom"
    assert country_name("IRN") == "Iran"
    assert country_name("ZZZ") is None


def test_table_is_read_only() -> None:
    from dragoman import countries

    with pytest.raises(TypeError):
        countries._TABLE["atlantis"] = "ATL"  # type: ignore[index]


@pytest.mark.parametrize(("text", "code"), [("Ethopia", "ETH"), ("Quatar", "QAT"), ("Nigerla", "NGA"),
                                            ("Zambia", "ZMB")])
def test_one_typo_away_from_a_country(text: str, code: str) -> None:
    assert country_code(text) is None or country_code(text) == code
    assert country_code_fuzzy(text) == code


@pytest.mark.parametrize("text", ["Malo", "Irak", "Gorazde", "Samarra", "Kifaya"])
def test_short_or_distant_names_never_drift(text: str) -> None:
    # names under six letters are too close to each other ("Mali", "Oman", "Iran"/"Iraq") to guess
    assert country_code_fuzzy(text) is None


def test_organizations_have_countries_but_are_not_countries() -> None:
    assert organization_country("Hamas") == "PSE"
    assert organization_country("The UNITA militarist wing") == "AGO"
    assert organization_country("the rebel Kurdistan Workers' Party") == "TUR"
    assert country_code("Hamas") is None  # an organization is never the country itself
    assert organization_country("Bush") is None


@pytest.mark.parametrize("name", ["U.N. Security Council", "United Nations Observer Mission in Angola",
                                  "European Community", "Association of African Jurists", "ASEAN Foreign Ministers"])
def test_international_bodies_have_no_country(name: str) -> None:
    assert is_international(name)
    assert organization_country(name) is None


def test_a_national_body_is_not_international() -> None:
    assert not is_international("African National Congress")  # its own row places it in South Africa
    assert not is_international("Homeland Union")


def test_a_shared_name_lists_the_countries_it_may_be() -> None:
    assert countries_sharing("Congo") == ("COD", "COG") and countries_sharing("Korean's") == ("PRK", "KOR")
    assert countries_sharing("Democratic Republic of the Congo") == () and countries_sharing("Peru") == ()
