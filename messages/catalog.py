"""Loading and checking the Fluent catalogs.

Copy lives in `messages/<locale>/*.ftl`, never in code. Loading fails loudly on a syntax
error, a message missing from one locale, or placeholders that differ between locales,
because a silent fallback would show a user a raw id or the wrong language.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from messages.telegram_html import html_problems, visible_length

CATALOG_ROOT = Path(__file__).resolve().parent
TELEGRAM_TEXT_LIMIT = 4096
TELEGRAM_BUTTON_TEXT_LIMIT = 64


class CatalogError(RuntimeError):
    """The copy is broken; the bot must not start with it."""


class MissingMessageError(KeyError):
    """A flow asked for a message id that no catalog has."""


class _Variables(Visitor):
    """Collects `$name` placeholders, including those inside selectors."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fluent_ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)


@dataclass(frozen=True, slots=True)
class _Locale:
    bundle: FluentBundle
    variables: Mapping[str, frozenset[str]]


def _load_locale(code: str, files: Iterable[Path]) -> _Locale:
    bundle = FluentBundle([code], use_isolating=False)
    variables: dict[str, frozenset[str]] = {}
    for path in sorted(files):
        resource = FluentResource(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, fluent_ast.Junk):
                raise CatalogError(f"{path.name}: cannot parse: {(entry.content or '')[:60]!r}")
            if isinstance(entry, fluent_ast.Message):
                name = entry.id.name
                if name in variables:
                    raise CatalogError(f"{code}: message {name!r} is defined twice")
                collector = _Variables()
                collector.visit(entry)
                variables[name] = frozenset(collector.names)
        bundle.add_resource(resource)
    return _Locale(bundle, variables)


class Catalog:
    """All locales' copy. `render` is the only way text reaches a user."""

    def __init__(self, root: Path = CATALOG_ROOT, default_locale: str = "en") -> None:
        locales: dict[str, _Locale] = {}
        for folder in sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.ftl"))):
            locales[folder.name] = _load_locale(folder.name, folder.glob("*.ftl"))
        if default_locale not in locales:
            raise CatalogError(f"no catalog for the default locale {default_locale!r}")
        self._locales = locales
        self.default_locale = default_locale
        self._families: dict[str, tuple[str, ...]] = {}
        #: Text of messages rendered without parameters, by (locale, id): the same every time.
        self._plain: dict[tuple[str, str], str] = {}
        self._check_same_ids_and_placeholders()

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self._locales)

    def message_ids(self, locale: str | None = None) -> frozenset[str]:
        return frozenset(self._locales[locale or self.default_locale].variables)

    def placeholders(self, message_id: str) -> frozenset[str]:
        return self._locales[self.default_locale].variables[message_id]

    def pick_locale(self, wanted: str | None) -> str:
        """The user's language if we speak it ("es-MX" → "es"), else the default."""
        if wanted:
            base = wanted.replace("_", "-").split("-", 1)[0].lower()
            if base in self._locales:
                return base
        return self.default_locale

    def family(self, name: str) -> tuple[str, ...]:
        """Members of a rotating family: `name-01`, `name-02`, ... in order.

        Kept once found: the copy does not change while the bot runs, and a search goes
        through every message id (a rotating reply asks on every showing).
        """
        members = self._families.get(name)
        if members is None:
            prefix = name + "-"
            found = [
                i for i in self.message_ids() if i.startswith(prefix) and i[len(prefix) :].isdigit()
            ]
            members = self._families[name] = tuple(sorted(found))
        return members

    def has(self, message_id: str) -> bool:
        return message_id in self._locales[self.default_locale].variables

    def render(
        self,
        locale: str,
        message_id: str,
        params: Mapping[str, str | int] | None = None,
        *,
        html_escape: bool = True,
    ) -> str:
        """Word a message. String params are HTML-escaped: users' words are never markup.

        Button labels are plain text to Telegram, so they are rendered without escaping.
        A message without parameters (most buttons, many replies) is worded once per
        locale and kept: the copy does not change while the bot runs.
        """
        if not params:
            code = locale if locale in self._locales else self.default_locale
            text = self._plain.get((code, message_id))
            if text is None:
                text = self._plain[(code, message_id)] = self._word(code, message_id, {})
            return text
        safe = {
            k: html.escape(v, quote=False) if isinstance(v, str) and html_escape else v
            for k, v in params.items()
        }
        return self._word(locale, message_id, safe)

    def _word(self, locale: str, message_id: str, params: dict[str, str | int]) -> str:
        entry = self._locales.get(locale) or self._locales[self.default_locale]
        if message_id not in entry.variables:
            raise MissingMessageError(message_id)
        message = entry.bundle.get_message(message_id)
        if message.value is None:
            raise CatalogError(f"{locale}/{message_id}: the message has no text")
        text, errors = entry.bundle.format_pattern(message.value, params)
        if errors:
            raise CatalogError(f"{locale}/{message_id}: {errors[0]}")
        return str(text).strip()

    def _check_same_ids_and_placeholders(self) -> None:
        reference = self._locales[self.default_locale].variables
        for code, entry in self._locales.items():
            missing = set(reference) - set(entry.variables)
            extra = set(entry.variables) - set(reference)
            if missing or extra:
                raise CatalogError(
                    f"{code}: missing {sorted(missing)[:5]}, extra {sorted(extra)[:5]}"
                )
            for name, names in entry.variables.items():
                if names != reference[name]:
                    raise CatalogError(
                        f"{code}/{name}: placeholders {sorted(names)} "
                        f"differ from {sorted(reference[name])}"
                    )

    def problems(self, sample_params: Mapping[str, str | int]) -> list[str]:
        """Render every message with sample values and list what Telegram would refuse."""
        found: list[str] = []
        for code in self._locales:
            for name in sorted(self.message_ids(code)):
                params = {k: sample_params.get(k, "x") for k in self.placeholders(name)}
                text = self.render(code, name, params)
                if not text:
                    found.append(f"{code}/{name}: empty")
                for problem in html_problems(text):
                    found.append(f"{code}/{name}: {problem}")
                limit = (
                    TELEGRAM_BUTTON_TEXT_LIMIT
                    if name.startswith("button-")
                    else TELEGRAM_TEXT_LIMIT
                )
                if visible_length(text) > limit:
                    found.append(f"{code}/{name}: longer than {limit} characters")
        return found


def load_catalog(root: Path = CATALOG_ROOT) -> Catalog:
    """Load and fully check the catalogs; raises CatalogError with the first problem."""
    catalog = Catalog(root)
    problems = catalog.problems({})
    if problems:
        raise CatalogError("; ".join(problems[:5]))
    return catalog
