"""The Spanish copy: complete, really Spanish, safe in a crisis, and in the bot's own voice.

The catalog loader already refuses missing ids, mismatched placeholders and broken HTML.
These checks cover what it cannot see: English left untranslated, crisis replies without
the Spanish-language routes, phone numbers that the English never gave, and wording that
would break the voice (the bot calling itself therapy, shaming words, "usted" or "vos").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from messages import Catalog, load_catalog
from messages.catalog import CATALOG_ROOT

#: Texts that are rightly the same in both languages: each language's own name.
SAME_IN_BOTH = frozenset({"button-language-en", "button-language-es"})

#: English phrases allowed inside Spanish copy: proper names of services and of the bot.
PROPER_NAMES = (
    "National Domestic Violence Hotline",
    "Crisis Text Line",
    "Good Enough",
    "English",
)

#: Crisis messages that hand out lines and must say how to reach them in Spanish.
CRISIS_WITH_LINES = (
    "crisis-reply",
    "crisis-abuse",
    "crisis-others",
    "crisis-someone-else",
    "crisis-urgent",
    "crisis-urgent-others",
    "crisis-resources",
    "crisis-still-here",
    "crisis-follow-up",
    "onboarding-welcome",
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def _render(catalog: Catalog, locale: str, message_id: str) -> str:
    params: dict[str, str | int] = dict.fromkeys(catalog.placeholders(message_id), "x")
    return catalog.render(locale, message_id, params, html_escape=False)


def _spanish(catalog: Catalog) -> dict[str, str]:
    return {i: _render(catalog, "es", i) for i in sorted(catalog.message_ids("es"))}


def _has_words(text: str) -> bool:
    """Whether anything but numbers, emoji, symbols and placeholder values is left."""
    return re.search(r"[^\W\d_]{2,}", text.replace("x", "")) is not None


def test_spanish_is_a_locale_with_every_english_message(catalog: Catalog) -> None:
    assert "es" in catalog.locales
    assert catalog.message_ids("es") == catalog.message_ids("en")
    assert catalog.pick_locale("es-MX") == "es"


def test_almost_nothing_is_left_in_english(catalog: Catalog) -> None:
    ids = sorted(catalog.message_ids("es"))
    identical = [i for i in ids if _render(catalog, "es", i) == _render(catalog, "en", i)]
    unexplained = [i for i in identical if _has_words(_render(catalog, "es", i))]
    unexplained = [i for i in unexplained if i not in SAME_IN_BOTH]
    assert unexplained == [], f"identical to the English: {unexplained}"
    assert len(identical) / len(ids) < 0.02, f"identical to the English: {identical}"


def test_no_english_sentences_hide_inside_spanish_messages(catalog: Catalog) -> None:
    english = re.compile(r"\b(?:the|you|your|and|with|what|this|that|for|is|it's|I'm)\b", re.I)
    found = []
    for message_id, text in _spanish(catalog).items():
        for name in PROPER_NAMES:
            text = text.replace(name, "")
        if english.search(text):
            found.append(f"{message_id}: {english.findall(text)}")
    assert found == []


def test_crisis_replies_name_988_and_the_spanish_routes(catalog: Catalog) -> None:
    crisis = [i for i in catalog.message_ids("es") if i.startswith("crisis-")]
    assert crisis, "no crisis messages found"
    for message_id in crisis:
        assert "988" in _render(catalog, "es", message_id), message_id
    for message_id in CRISIS_WITH_LINES:
        text = _render(catalog, "es", message_id)
        assert "988" in text, message_id
        assert "marca el <b>2</b>" in text, message_id
        assert "<b>AYUDA</b>" in text, message_id


def test_crisis_text_line_keyword_matches_the_language(catalog: Catalog) -> None:
    english = _render(catalog, "en", "crisis-resources")
    spanish = _render(catalog, "es", "crisis-resources")
    assert "<b>HOME</b> to <b>741741</b>" in english
    assert "<b>AYUDA</b> al <b>741741</b>" in spanish
    assert "HOME" not in spanish


def test_spanish_gives_no_phone_number_the_english_does_not(catalog: Catalog) -> None:
    number = re.compile(r"\b\d(?:-?\d){2,}\b")
    english = {
        n for i in catalog.message_ids("en") for n in number.findall(_render(catalog, "en", i))
    }
    for message_id, text in _spanish(catalog).items():
        extra = set(number.findall(text)) - english
        assert not extra, f"{message_id}: {sorted(extra)}"


def test_the_bot_never_calls_itself_therapy(catalog: Catalog) -> None:
    therapy = re.compile(r"terap\w*", re.I)
    denied = re.compile(r"\b(?:no soy|no es|ni)\s+(?:una?\s+)?terap\w*", re.I)
    for message_id, text in _spanish(catalog).items():
        assert len(therapy.findall(text)) == len(denied.findall(text)), message_id


def _outside_quotes(text: str) -> str:
    """Drop what the copy quotes (the critic's or the user's own words, in <i> or a quote)."""
    return re.sub(r"<(i|blockquote)>.*?</\1>", "", text, flags=re.S)


def test_no_shaming_words_are_aimed_at_the_user(catalog: Catalog) -> None:
    shaming = re.compile(
        r"fracas|\bfloj[oa]s?\b|\bvag[oa]s?\b|\bperezos[oa]s?\b"
        r"|deber[ií]as haber|tendr[ií]as que haber|\bculpa tuya\b|\bqu[eé] verg[uü]enza\b",
        re.I,
    )
    found = [i for i, text in _spanish(catalog).items() if shaming.search(_outside_quotes(text))]
    assert found == []


def test_the_register_is_informal_tu_without_voseo(catalog: Catalog) -> None:
    formal_or_voseo = re.compile(
        r"\busted(?:es)?\b|\bvos\b|\b(?:tenés|querés|podés|sabés|hacés|decís|sentís)\b", re.I
    )
    found = [i for i, text in _spanish(catalog).items() if formal_or_voseo.search(text)]
    assert found == []


def test_spanish_buttons_stay_short_and_commands_fit_telegram(catalog: Catalog) -> None:
    for message_id, text in _spanish(catalog).items():
        if message_id.startswith("button-"):
            assert len(text) <= 45, f"{message_id}: {text!r}"
        if message_id.startswith("command-"):
            assert 0 < len(text) <= 256, message_id


class _Choices(Visitor):
    """Each selector's variable and variant keys: code values that must not be translated."""

    def __init__(self) -> None:
        super().__init__()
        self.found: set[tuple[str, frozenset[str]]] = set()

    def visit_SelectExpression(self, node: fluent_ast.SelectExpression) -> None:
        selector = node.selector
        name = selector.id.name if isinstance(selector, fluent_ast.VariableReference) else "?"
        keys = frozenset(
            k.key.name if isinstance(k.key, fluent_ast.Identifier) else k.key.value
            for k in node.variants
        )
        self.found.add((name, keys))
        self.generic_visit(node)


def _choices(locale: str) -> dict[str, set[tuple[str, frozenset[str]]]]:
    found: dict[str, set[tuple[str, frozenset[str]]]] = {}
    for path in sorted((CATALOG_ROOT / locale).glob("*.ftl")):
        resource = FluentParser().parse(Path(path).read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, fluent_ast.Message | fluent_ast.Term):
                visitor = _Choices()
                visitor.visit(entry)
                found[entry.id.name] = visitor.found
    return found


def test_every_english_choice_keeps_its_variant_keys_in_spanish() -> None:
    english, spanish = _choices("en"), _choices("es")
    lost = sorted(i for i, choices in english.items() if not choices <= spanish.get(i, set()))
    assert lost == []
