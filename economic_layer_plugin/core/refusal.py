"""Errors a planner reads, in the one catalogue: a short text in their language, the detail for the log.

An error class mixes in :class:`Refusal`; a raise names a literal marked for the catalogue, its fields
and, apart, the technical detail (a path, GDAL's own words)::

    raise GeoPackageError(N_("the new layer cannot be opened"), subject=name, details=str(path))

``subject`` (a file, a layer) goes before the text, with the colon of the language. ``str(error)``
is the text in the language given (``language=``), else as the class's :meth:`Refusal.translator`
says it (English here; the QGIS classes use Qt's translator, the interface's language); the command
line says it again in its ``--language`` with :meth:`Refusal.in_language`. ``details`` stays on the
error and goes to the log. A plain message (``GeoPackageError("text")``) still works: it is shown as
written. Pure Python.
"""

from __future__ import annotations

import logging
import re

from economic_layer_plugin.core.i18n import translate

LOGGER = logging.getLogger(__name__)
CHINESE = re.compile(r"[\u3400-\u9fff]").search


class Text(str):
    """A field of a :class:`Refusal` that is itself a catalogue text (marked with N_): translated with it."""

    def in_language(self, language: str | None) -> str:
        return translate(self, language)


class Message(str):
    """A catalogue text with its fields, kept for later: a str (the English) that says itself in another
    language with :meth:`in_language` (a problem a reader gathers before anyone shows it)."""

    def __new__(cls, text: str, **fields):
        self = super().__new__(cls, _said(text, fields, _in("en")))
        self.text, self.fields = text, fields
        return self

    def in_language(self, language: str | None) -> str:
        return _said(self.text, self.fields, _in(language))


def _in(language: str | None):
    """The translator of the catalogue into ``language``: a function of an English text."""
    return lambda text: translate(text, language)


def _said(text: str, fields: dict, say) -> str:
    """``text`` translated by ``say`` with its fields (a :class:`Text`, :class:`Message` or :class:`Refusal`
    field translated by it too)."""
    text = say(text)
    if fields:
        text = text.format(**{key: _field(value, say) for key, value in fields.items()})
    return text


def _field(value, say):
    if isinstance(value, Text):
        return say(value)
    if isinstance(value, Message):
        return _said(value.text, value.fields, say)
    if isinstance(value, Refusal):
        return value.said(say)
    return value


def _colon(text: str) -> str:
    """The colon after a subject: full-width before Chinese text."""
    return "：" if CHINESE(text) else ": "


class Refusal:
    """Mixin of an exception whose message is a catalogue text with named fields (see the module)."""

    def __init__(self, text="", *args, language: str | None = None, details: str = "", subject: str = "",
                 **fields) -> None:
        if isinstance(text, (Refusal, Message)):  # another refusal's (or a kept message's) text, said of ``subject``
            text, fields = text.text, {**text.fields, **fields}
        self.text, self.fields, self.details, self.subject = str(text), fields, details, subject
        say = _in(language) if language is not None else (self.translator() or _in("en"))
        super().__init__(self.said(say), *args)
        if details:
            LOGGER.warning("%s (%s)", self.in_language("en"), details)

    def translator(self):
        """How ``str(error)`` is translated when the raise names no language: None, English here; a QGIS
        class gives Qt's translator (the plugin's ``tr``: the interface's language, English where no
        translation is installed, as on the command line)."""
        return None

    def said(self, say) -> str:
        """The message translated by ``say`` (a function of an English text)."""
        text = _said(self.text, self.fields, say)
        if self.subject:  # what the message is about, before it: "x.gpkg: ...", "x.gpkg：..."
            text = f"{self.subject}{_colon(text)}{text}"
        return text

    def in_language(self, language: str | None) -> str:
        """The message in ``language`` (``zh`` or ``en``)."""
        return self.said(_in(language))

    def with_details(self, language: str | None) -> str:
        """The message in ``language`` followed by its detail, for a log or a terminal."""
        message = self.in_language(language)
        return f"{message} ({self.details})" if self.details else message


def in_language(message, language: str | None) -> str:
    """Any error's or message's text in ``language``: a :class:`Refusal`'s or :class:`Message`'s
    translated, another's as it is."""
    return message.in_language(language) if isinstance(message, (Refusal, Message, Text)) else str(message)
