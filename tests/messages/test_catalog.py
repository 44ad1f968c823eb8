"""The copy as a whole: complete in every locale, valid for Telegram, and what the flows use."""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import pytest

from flows import checkin, learn, success
from messages import Catalog, CatalogError, MissingMessageError, load_catalog
from messages.telegram_html import html_problems, visible_length

ROOT = Path(__file__).resolve().parents[2]
MESSAGE_ID = re.compile(r"[a-z]+(?:-[a-z0-9]+)+")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


#: Modules of word lists (what users write), not of replies: their phrases are not ids.
LEXICONS = ("screen", "patterns", "zones", "times", "moments", "answers", "identity", "goal_topics")


def ids_named_in_flows() -> set[str]:
    """Every string literal in the flows' reply-making modules shaped like a message id."""
    found: set[str] = set()
    for path in (ROOT / "flows").glob("*.py"):
        if path.stem.startswith(LEXICONS):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and MESSAGE_ID.fullmatch(value):
                found.add(value)
    return found


def test_every_id_the_flows_name_exists(catalog: Catalog) -> None:
    missing = sorted(i for i in ids_named_in_flows() if not catalog.has(i))
    assert missing == []


def ids_built_in_flows() -> set[str]:
    """Ids the flows put together from a fixed set of parts, which the scan above cannot see."""
    offered = {
        key
        for kindness, critic, tired in itertools.product(
            (None, 1, 2, 3, 4, 5), (None, 1, 2, 3, 4), (False, True)
        )
        for key in checkin.fitting_practices(kindness, critic, tired)
    }
    ids = {f"checkin-offer-{key.replace('_', '-')}" for key in offered}
    ids |= {f"button-checkin-kindness-{n}" for n in range(1, 6)}
    ids |= {f"button-checkin-critic-{n}" for n in range(1, 5)}
    ids |= {f"button-checkin-snooze-{p}" for p in checkin.SNOOZE_PRESETS}
    ids |= {f"checkin-snoozed-{p}" for p in checkin.SNOOZE_PRESETS}
    ids |= {f"button-success-value-{code}" for code in success.VALUES}
    ids |= {i for topic in learn.TOPICS for i in (topic.message, topic.label, topic.door_label)}
    return ids


def test_every_id_the_flows_put_together_exists(catalog: Catalog) -> None:
    """Any practice a check-in can offer, on any day, has its offer in every language."""
    missing = sorted(i for i in ids_built_in_flows() if not catalog.has(i))
    assert missing == []


def test_every_message_renders_as_valid_telegram_html_within_limits(catalog: Catalog) -> None:
    assert catalog.problems({"time": "08:30", "local_time": "08:30"}) == []


def test_user_words_in_params_are_escaped(catalog: Catalog) -> None:
    text = catalog.render("en", "zone-noted", {"zone": "<b>Berlin & co</b>"})
    assert "&lt;b&gt;Berlin &amp; co&lt;/b&gt;" in text
    assert html_problems(text) == []


def test_button_labels_are_not_escaped(catalog: Catalog) -> None:
    label = catalog.render(
        "en", "button-zone-candidate", {"zone": "Port of Spain & Co"}, html_escape=False
    )
    assert label == "Port of Spain & Co"


def test_a_missing_id_fails_loudly(catalog: Catalog) -> None:
    with pytest.raises(MissingMessageError):
        catalog.render("en", "no-such-message")


def test_locale_choice_follows_the_telegram_language(catalog: Catalog) -> None:
    assert catalog.pick_locale("en-GB") == "en"
    assert catalog.pick_locale("xx") == catalog.default_locale
    assert catalog.pick_locale(None) == catalog.default_locale


def test_catalog_with_a_message_missing_in_one_locale_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "es").mkdir()
    (tmp_path / "en" / "a.ftl").write_text("hello = Hi\nbye = Bye\n", encoding="utf-8")
    (tmp_path / "es" / "a.ftl").write_text("hello = Hola\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="missing"):
        Catalog(tmp_path)


def test_catalog_with_mismatched_placeholders_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "es").mkdir()
    (tmp_path / "en" / "a.ftl").write_text("hi = Hi { $name }\n", encoding="utf-8")
    (tmp_path / "es" / "a.ftl").write_text("hi = Hola { $nombre }\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="placeholders"):
        Catalog(tmp_path)


def test_catalog_with_broken_html_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.ftl").write_text("hi = <b>Hi\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="unclosed"):
        load_catalog(tmp_path)


def test_catalog_with_a_syntax_error_is_refused(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.ftl").write_text("hi = { $name\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="cannot parse"):
        Catalog(tmp_path)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("<div>x</div>", "not allowed"),
        ("<b><i>x</b></i>", "does not close"),
        ("Tom & Jerry", "bare '&'"),
        ("&nbsp;", "not one Telegram knows"),
        ("<a>link</a>", "needs href"),
    ],
)
def test_html_checker_finds_what_telegram_refuses(text: str, problem: str) -> None:
    assert any(problem in p for p in html_problems(text))


def test_visible_length_ignores_tags() -> None:
    assert visible_length("<b>abc</b> &amp;") == 5
