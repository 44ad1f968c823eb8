"""Telegram-style checks for what a bot sends: the HTML subset, texts and inline keyboards.

The HTML parser follows the algorithm of Telegram's own parser (tdlib's ``parse_html``) closely
enough that markup the fake accepts is markup Telegram accepts, with the same error wording, so
an escaping bug in the bot fails in the test suite instead of in production. One deliberate
difference: Telegram silently keeps an ``&`` that does not start a known entity, while the fake
rejects it by default (``strict_ampersand``), because the Bot API documentation requires every
literal ``&`` to be escaped and text that relies on the lenient behaviour is one stray ``;`` away
from being mangled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64

_SPACES = frozenset(" \t\r\n\v")
_SUPPORTED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "code",
        "pre",
        "tg-spoiler",
        "span",
        "blockquote",
        "tg-emoji",
    }
)
_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class ApiError(Exception):
    """An error answer of the Bot API: HTTP status, description and optional retry_after.

    Raised anywhere inside a method implementation; the server turns it into the
    ``{"ok": false, ...}`` envelope, so validation code never has to know about HTTP.
    """

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


def bad_request(reason: str) -> ApiError:
    """Build the 400 answer Telegram uses for invalid input ("Bad Request: ...")."""
    return ApiError(400, f"Bad Request: {reason}")


class HtmlParseError(ValueError):
    """Markup that Telegram's HTML parse mode would reject; the message is Telegram's wording."""


@dataclass(slots=True)
class _OpenTag:
    name: str
    argument: str
    utf16_offset: int
    text_index: int


def _utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _byte_offset(text: str, index: int) -> int:
    """Telegram reports error positions as UTF-8 byte offsets into the original text."""
    return len(text[:index].encode("utf-8", "surrogatepass"))


def _decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode an HTML entity starting at ``text[pos] == '&'`` the way Telegram does.

    Returns the character and the index after the entity, or None when ``&`` does not start
    one of the supported entities (``&lt; &gt; &amp; &quot;`` and numeric references; the
    trailing ``;`` is optional, as in Telegram).
    """
    n = len(text)
    end = pos + 1
    if end < n and text[end] == "#":
        end += 1
        value = 0
        if end < n and text[end] == "x":
            end += 1
            while end < n and text[end] in "0123456789abcdefABCDEF":
                value = value * 16 + int(text[end], 16)
                end += 1
        else:
            while end < n and text[end].isascii() and text[end].isdigit():
                value = value * 10 + int(text[end])
                end += 1
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return None
        char = chr(value)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        named = _NAMED_ENTITIES.get(text[pos + 1 : end])
        if named is None:
            return None
        char = named
    if end < n and text[end] == ";":
        end += 1
    return char, end


def _parse_attributes(text: str, i: int, tag: str, begin: int) -> tuple[dict[str, str], int]:
    """Parse ``name=value`` pairs up to the closing ``>``; returns them and the index of ``>``."""
    n = len(text)
    attributes: dict[str, str] = {}
    while i < n and text[i] != ">":
        while i < n and text[i] in _SPACES:
            i += 1
        if i < n and text[i] == ">":
            break
        name_start = i
        while i < n and text[i] not in _SPACES and text[i] not in "=>":
            i += 1
        name = text[name_start:i]
        if not name:
            raise HtmlParseError(
                f'Empty attribute name in the tag "{tag}" '
                f"at byte offset {_byte_offset(text, begin)}"
            )
        while i < n and text[i] in _SPACES:
            i += 1
        if i >= n or text[i] != "=":
            if tag == "blockquote" and name == "expandable":
                # A bare boolean attribute; Telegram accepts ``<blockquote expandable>``.
                attributes[name] = ""
                continue
            raise HtmlParseError(
                "Expected equal sign in declaration of an attribute of the tag "
                f'"{tag}" at byte offset {_byte_offset(text, begin)}'
            )
        i += 1
        while i < n and text[i] in _SPACES:
            i += 1
        if i >= n:
            raise HtmlParseError(
                f'Unclosed start tag "{tag}" at byte offset {_byte_offset(text, begin)}'
            )
        if text[i] not in "'\"":
            token_start = i
            while i < n and ((text[i].isascii() and text[i].isalnum()) or text[i] in ".-"):
                i += 1
            value = text[token_start:i].lower()
            if i < n and text[i] not in _SPACES and text[i] != ">":
                raise HtmlParseError(
                    f"Unexpected end of name token at byte offset {_byte_offset(text, token_start)}"
                )
        else:
            quote = text[i]
            i += 1
            chars: list[str] = []
            while i < n and text[i] != quote:
                if text[i] == "&":
                    decoded = _decode_entity(text, i)
                    if decoded is not None:
                        chars.append(decoded[0])
                        i = decoded[1]
                        continue
                chars.append(text[i])
                i += 1
            if i < n:
                i += 1
            value = "".join(chars)
        if i >= n:
            raise HtmlParseError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
        attributes[name.lower()] = value
    if i >= n:
        raise HtmlParseError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
    return attributes, i


def _tag_argument(tag: str, attributes: dict[str, str], text: str, begin: int) -> str:
    """Extract the one attribute each tag cares about and enforce Telegram's required ones."""
    if tag == "a":
        return attributes.get("href", "")
    if tag == "code":
        css = attributes.get("class", "")
        return css[len("language-") :] if css.startswith("language-") else ""
    if tag == "span":
        if attributes.get("class") != "tg-spoiler":
            raise HtmlParseError(
                'Tag "span" must have class "tg-spoiler" '
                f"at byte offset {_byte_offset(text, begin)}"
            )
        return ""
    if tag == "tg-emoji":
        emoji_id = attributes.get("emoji-id", "")
        if not emoji_id.isdigit():
            raise HtmlParseError(
                f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset '
                f"{_byte_offset(text, begin)}"
            )
        return emoji_id
    if tag == "blockquote":
        return "expandable" if "expandable" in attributes else ""
    return ""


def _close_entity(
    opened: _OpenTag, utf16_offset: int, plain: list[str], entities: list[dict[str, Any]]
) -> None:
    """Turn a closed tag into a MessageEntity dict (empty spans produce none, like Telegram)."""
    length = utf16_offset - opened.utf16_offset
    if length <= 0:
        return
    kind = _ENTITY_TYPES[opened.name]
    entity: dict[str, Any] = {"type": kind, "offset": opened.utf16_offset, "length": length}
    if kind == "text_link":
        entity["url"] = opened.argument or "".join(plain)[opened.text_index :]
    elif kind == "custom_emoji":
        entity["custom_emoji_id"] = opened.argument
    elif kind == "blockquote" and opened.argument:
        entity["type"] = "expandable_blockquote"
    elif kind == "code" and opened.argument:
        entity["language"] = opened.argument
    elif kind == "pre" and entities:
        last = entities[-1]
        same_span = last["offset"] == entity["offset"] and last["length"] == length
        if last["type"] == "code" and same_span:
            # <pre><code class="language-x">…</code></pre> is one pre entity with a language.
            entities.pop()
            if "language" in last:
                entity["language"] = last["language"]
    entities.append(entity)


def parse_html(text: str, *, strict_ampersand: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into plain text plus MessageEntity dicts (UTF-16 offsets).

    Raises HtmlParseError with Telegram's wording for unsupported tags, unclosed or misnested
    tags and (when ``strict_ampersand``) an ``&`` that does not start a known entity.
    """
    plain: list[str] = []
    plain_len = 0
    utf16 = 0
    entities: list[dict[str, Any]] = []
    stack: list[_OpenTag] = []
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "&":
            decoded = _decode_entity(text, i)
            if decoded is not None:
                plain.append(decoded[0])
                plain_len += 1
                utf16 += 2 if ord(decoded[0]) > 0xFFFF else 1
                i = decoded[1]
                continue
            if strict_ampersand:
                raise HtmlParseError(
                    f'Character "&" at byte offset {_byte_offset(text, i)} does not start an '
                    "HTML entity; escape it as &amp;"
                )
        if ch != "<":
            plain.append(ch)
            plain_len += 1
            utf16 += 2 if ord(ch) > 0xFFFF else 1
            i += 1
            continue
        begin = i
        i += 1
        if i >= n or text[i] != "/":
            while i < n and text[i] not in _SPACES and text[i] != ">":
                i += 1
            if i >= n:
                raise HtmlParseError(
                    f"Unclosed start tag at byte offset {_byte_offset(text, begin)}"
                )
            tag = text[begin + 1 : i].lower()
            if tag not in _SUPPORTED_TAGS:
                raise HtmlParseError(
                    f'Unsupported start tag "{tag}" at byte offset {_byte_offset(text, begin)}'
                )
            attributes, i = _parse_attributes(text, i, tag, begin)
            argument = _tag_argument(tag, attributes, text, begin)
            stack.append(_OpenTag(tag, argument, utf16, plain_len))
            i += 1
            continue
        if not stack:
            raise HtmlParseError(f"Unexpected end tag at byte offset {_byte_offset(text, begin)}")
        while i < n and text[i] not in _SPACES and text[i] != ">":
            i += 1
        end_tag = text[begin + 2 : i].lower()
        while i < n and text[i] in _SPACES:
            i += 1
        if i >= n or text[i] != ">":
            raise HtmlParseError(f"Unclosed end tag at byte offset {_byte_offset(text, begin)}")
        opened = stack[-1]
        if end_tag and end_tag != opened.name:
            raise HtmlParseError(
                f"Unmatched end tag at byte offset {_byte_offset(text, begin)}, "
                f'expected "</{opened.name}>", found "</{end_tag}>"'
            )
        stack.pop()
        _close_entity(opened, utf16, plain, entities)
        i += 1
    if stack:
        raise HtmlParseError(f"Can't find end tag corresponding to start tag {stack[-1].name}")
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(plain), entities


def _strip(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Trim surrounding whitespace as Telegram does, shifting and clipping entities to match."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    lead = _utf16_len(text[: len(text) - len(text.lstrip())])
    total = _utf16_len(stripped)
    kept: list[dict[str, Any]] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def check_text(
    text: object,
    parse_mode: object,
    *,
    caption: bool = False,
    strict_ampersand: bool = True,
) -> tuple[str, list[dict[str, Any]]]:
    """Validate a message text or caption; return what the user would see and its entities.

    Order matches Telegram: parse entities, trim whitespace, then check emptiness and length
    (counted in Unicode code points after entity parsing, so ``&lt;`` counts as one).
    """
    if text is None or text == "":
        if caption:
            return "", []
        raise bad_request("message text is empty")
    if not isinstance(text, str):
        text = str(text)
    mode = parse_mode.lower() if isinstance(parse_mode, str) else None
    if mode == "html":
        try:
            plain, entities = parse_html(text, strict_ampersand=strict_ampersand)
        except HtmlParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
    elif mode in (None, "", "markdown", "markdownv2"):
        # Markdown is accepted verbatim: the bot under test only uses HTML.
        plain, entities = text, []
    else:
        raise bad_request(f"unsupported parse_mode {parse_mode}")
    plain, entities = _strip(plain, entities)
    if not plain and not caption:
        raise bad_request("message text is empty")
    limit = MAX_CAPTION_LENGTH if caption else MAX_TEXT_LENGTH
    if len(plain) > limit:
        raise bad_request("message caption is too long" if caption else "message is too long")
    return plain, entities


def check_reply_markup(markup: object) -> dict[str, Any] | None:
    """Validate reply_markup; return it when it is an inline keyboard (the part Telegram echoes).

    Inline buttons need a text and exactly one action; callback_data must be 1-64 bytes of
    UTF-8, otherwise Telegram answers BUTTON_DATA_INVALID.
    """
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    keyboard = markup.get("inline_keyboard")
    if keyboard is None:
        if not any(k in markup for k in ("keyboard", "remove_keyboard", "force_reply")):
            raise bad_request("can't parse reply keyboard markup JSON object")
        return None
    if not isinstance(keyboard, list) or not all(isinstance(row, list) for row in keyboard):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
        )
    for row in keyboard:
        for button in row:
            if not isinstance(button, dict) or not isinstance(button.get("text"), str):
                raise bad_request("can't parse inline keyboard button: Text must be a String")
            actions = [k for k in button if k != "text"]
            if not actions:
                raise bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the "
                    "inline keyboard"
                )
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode()) <= 64:
                    raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button and not button["url"]:
                raise bad_request("BUTTON_URL_INVALID")
    return markup
