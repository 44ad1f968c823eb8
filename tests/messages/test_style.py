"""The voice, checked: no shaming words aimed at the user, no cure promises, no therapy claims.

Quotes of the inner critic are allowed where the copy explicitly presents them as the
critic's words; everything else must pass these rules in both locales.
"""

from __future__ import annotations

import re

import pytest

from messages import Catalog, load_catalog

SHAMING = {
    "en": re.compile(
        r"\byou (failed|are lazy|were lazy|should have|messed up|let yourself down)"
        r"|\b(lazy|pathetic|failure)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(fracasaste|eres un fracaso|vago|vaga|flojo|floja|deberías haber)\b", re.IGNORECASE
    ),
}
CURE = {
    "en": re.compile(r"\b(cure|cured|fix you|guarantee|will make you better)\b", re.IGNORECASE),
    "es": re.compile(r"\b(curar|curarte|cura|garantiz)", re.IGNORECASE),
}
THERAPY_CLAIM = {
    "en": re.compile(
        r"\b(I am|I'm|this is) (a |your )?(therapist|counsell?or|therapy)\b", re.IGNORECASE
    ),
    "es": re.compile(
        r"(?<!no )\b(soy|esto es) (tu |un |una )?(terapeuta|terapia|consejer)", re.IGNORECASE
    ),
}
#: Messages that quote the inner critic on purpose, to name it (never aimed at the user).
CRITIC_QUOTES = {"learn-topic-critic", "reframe-pattern-named"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def rendered(catalog: Catalog, locale: str) -> dict[str, str]:
    return {
        name: catalog.render(locale, name, dict.fromkeys(catalog.placeholders(name), "x"))
        for name in catalog.message_ids(locale)
    }


@pytest.mark.parametrize("locale", ["en", "es"])
def test_no_shaming_words_aimed_at_the_user(catalog: Catalog, locale: str) -> None:
    found = {
        n: t
        for n, t in rendered(catalog, locale).items()
        if n not in CRITIC_QUOTES and SHAMING[locale].search(t)
    }
    assert found == {}


@pytest.mark.parametrize("locale", ["en", "es"])
def test_no_promise_of_cure(catalog: Catalog, locale: str) -> None:
    found = {n: t for n, t in rendered(catalog, locale).items() if CURE[locale].search(t)}
    assert found == {}


@pytest.mark.parametrize("locale", ["en", "es"])
def test_never_claims_to_be_therapy(catalog: Catalog, locale: str) -> None:
    found = {n: t for n, t in rendered(catalog, locale).items() if THERAPY_CLAIM[locale].search(t)}
    assert found == {}


def test_the_checker_would_catch_a_shaming_line() -> None:
    assert SHAMING["en"].search("Looks like you failed again")
    assert THERAPY_CLAIM["en"].search("I'm your therapist")
    assert CURE["es"].search("esto va a curarte")
    assert THERAPY_CLAIM["es"].search("Soy tu terapeuta")
    assert not THERAPY_CLAIM["es"].search("no soy terapia")
