"""Translation of the plugin's fixed strings.

``tr()`` is applied to string literals only (never to text built at run time or read from a
layer); ``scripts/update_translations.py`` collects them into ``i18n/economic_layer_zh.ts`` and
``make translations`` compiles the ``.qm`` files loaded here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from economic_layer_plugin.definitions import I18N_DIR, TRANSLATION_BASENAME, TRANSLATION_CONTEXT

LOGGER = logging.getLogger(__name__)


def tr(text: str) -> str:
    """Translates a fixed string in the plugin's single translation context."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def ui_language(locale: str | None = None) -> str:
    """The plugin's language for text it makes itself (aliases, tables): "zh" or "en"."""
    locale = QgsApplication.locale() if locale is None else locale
    return "zh" if locale.lower().startswith("zh") else "en"


def qm_candidates(locale: str) -> list[Path]:
    """The translation files to try for a QGIS locale, most specific first.

    QGIS names locales like ``zh-Hans``, ``zh_CN``, ``en_US`` or ``C``.
    """
    names = []
    normalized = locale.replace("-", "_")
    if normalized:
        names.append(normalized)
    language = normalized.split("_")[0].lower()
    if language and language not in names:
        names.append(language)
    return [I18N_DIR / f"{TRANSLATION_BASENAME}_{name}.qm" for name in names]


class PluginTranslator:
    """Loads the translation for the QGIS user locale and removes it again on unload."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.loaded_file: Path | None = None

    def install(self, locale: str | None = None) -> bool:
        locale = QgsApplication.locale() if locale is None else locale
        for path in qm_candidates(locale):
            if path.is_file():
                translator = QTranslator()
                if translator.load(str(path)):
                    QCoreApplication.installTranslator(translator)
                    self._translator = translator
                    self.loaded_file = path
                    LOGGER.debug("Translation loaded: %s", path)
                    return True
        return False

    def remove(self) -> None:
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
            self.loaded_file = None
