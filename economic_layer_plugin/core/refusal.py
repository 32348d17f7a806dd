"""Errors a planner reads, in the one catalogue: a short text in their language, the detail for the log.

An error class mixes in :class:`Refusal`; a raise names a literal marked for the catalogue, its fields
and, apart, the technical detail (a path, GDAL's own words)::

    raise GeoPackageError(N_("the new layer cannot be opened"), subject=name, details=str(path))

``subject`` (a file, a layer) goes before the text, with the colon of the language. ``str(error)``
is the text in the language given (``language=``), else the class's :meth:`Refusal.default_language`
(English here; the QGIS classes use the interface's); the command line says it again in its
``--language`` with :meth:`Refusal.in_language`. ``details`` stays on the error and goes to the log.
A plain message (``GeoPackageError("text")``) still works: it is shown as written. Pure Python.
"""

from __future__ import annotations

import logging

from economic_layer_plugin.core.i18n import is_chinese, translate

LOGGER = logging.getLogger(__name__)


class Text(str):
    """A field of a :class:`Refusal` that is itself a catalogue text (marked with N_): translated with it."""

    def in_language(self, language: str | None) -> str:
        return translate(self, language)


class Message(str):
    """A catalogue text with its fields, kept for later: a str (the English) that says itself in another
    language with :meth:`in_language` (a problem a reader gathers before anyone shows it)."""

    def __new__(cls, text: str, **fields):
        self = super().__new__(cls, _said(text, fields, "en"))
        self.text, self.fields = text, fields
        return self

    def in_language(self, language: str | None) -> str:
        return _said(self.text, self.fields, language)


def _said(text: str, fields: dict, language: str | None) -> str:
    text = translate(text, language)
    if fields:
        text = text.format(**{key: _in_language(value, language) for key, value in fields.items()})
    return text


def _in_language(value, language):
    if isinstance(value, Text):
        return translate(value, language)
    if isinstance(value, (Refusal, Message)):
        return value.in_language(language)
    return value


class Refusal:
    """Mixin of an exception whose message is a catalogue text with named fields (see the module)."""

    def __init__(self, text="", *args, language: str | None = None, details: str = "", subject: str = "",
                 **fields) -> None:
        if isinstance(text, Refusal):  # another refusal's text, said of ``subject``
            text, fields = text.text, {**text.fields, **fields}
        self.text, self.fields, self.details, self.subject = str(text), fields, details, subject
        message = self.in_language(language if language is not None else self.default_language())
        super().__init__(message, *args)
        if details:
            LOGGER.warning("%s (%s)", self.in_language("en"), details)

    def default_language(self) -> str:
        """The language of ``str(error)`` when the raise names none."""
        return "en"

    def in_language(self, language: str | None) -> str:
        """The message in ``language`` (``zh`` or ``en``); fields that are :class:`Text` translated too."""
        text = _said(self.text, self.fields, language)
        if self.subject:  # what the message is about, before it: "x.gpkg: ...", "x.gpkg：..."
            text = f"{self.subject}{'：' if is_chinese(language) else ': '}{text}"
        return text

    def with_details(self, language: str | None) -> str:
        """The message in ``language`` followed by its detail, for a log or a terminal."""
        message = self.in_language(language)
        return f"{message} ({self.details})" if self.details else message


def in_language(message, language: str | None) -> str:
    """Any error's or message's text in ``language``: a :class:`Refusal`'s or :class:`Message`'s
    translated, another's as it is."""
    return message.in_language(language) if isinstance(message, (Refusal, Message, Text)) else str(message)
