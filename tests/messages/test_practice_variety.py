"""The practices' phrasings rotate: every step has several distinct wordings in every locale.

A step's reply names a family (`practice-three-breaths-1`) and the shell shows a member
(`practice-three-breaths-1-01`, `-02`, ...) the user hasn't seen in 30 days. That only helps
if each family really has several members, and members that actually read differently.
"""

from __future__ import annotations

import pytest

from flows import practices
from messages import Catalog, load_catalog

MIN_MEMBERS = 12

STEP_FAMILIES = sorted({s.message for p in practices.LIBRARY.values() for s in p.steps})


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_there_are_step_families_to_check() -> None:
    assert len(STEP_FAMILIES) == sum(len(p.steps) for p in practices.LIBRARY.values())


@pytest.mark.parametrize("family", STEP_FAMILIES)
def test_every_step_family_has_enough_distinct_members_in_every_locale(
    catalog: Catalog, family: str
) -> None:
    members = catalog.family(family)
    assert len(members) >= MIN_MEMBERS, family
    assert members == tuple(f"{family}-{n:02d}" for n in range(1, len(members) + 1))
    for locale in catalog.locales:
        assert catalog.family(family) == tuple(
            sorted(i for i in catalog.message_ids(locale) if i in members)
        )
        texts = [catalog.render(locale, m) for m in members]
        assert all(texts), (locale, family)
        normalised = {" ".join(t.lower().split()) for t in texts}
        assert len(normalised) == len(texts), f"{locale}/{family}: identical members"


@pytest.mark.parametrize("family", STEP_FAMILIES)
def test_members_keep_the_practice_title_on_a_first_step(catalog: Catalog, family: str) -> None:
    """A practice's first screen carries its title, whichever wording is shown."""
    if not family.endswith("-1"):
        return
    for locale in catalog.locales:
        titles = {catalog.render(locale, m).split("\n", 1)[0] for m in catalog.family(family)}
        assert len(titles) == 1, f"{locale}/{family}: {titles}"


@pytest.mark.parametrize("family", STEP_FAMILIES)
def test_the_fallback_reads_like_a_member(catalog: Catalog, family: str) -> None:
    """The plain family id exists only as a fallback, and says what the first member says."""
    for locale in catalog.locales:
        first = catalog.family(family)[0]
        assert catalog.render(locale, family) == catalog.render(locale, first)
