"""The plugin's settings: a typed dataclass stored in QgsSettings under ``economic_layer/``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from qgis.core import QgsSettings

from economic_layer_plugin.definitions import SETTINGS_PREFIX


@dataclass
class PluginSettings:
    #: Log debug messages to the QGIS log panel.
    debug_mode: bool = False
    #: Whether the dock was open when QGIS was last closed.
    dock_visible: bool = True


class SettingsManager:
    """Reads and writes :class:`PluginSettings`; every value keeps its declared type."""

    def __init__(self, settings: QgsSettings | None = None) -> None:
        self._settings = settings or QgsSettings()

    @staticmethod
    def key(name: str) -> str:
        return f"{SETTINGS_PREFIX}/{name}"

    def load(self) -> PluginSettings:
        defaults = PluginSettings()
        values = {}
        for field in fields(PluginSettings):
            default = getattr(defaults, field.name)
            values[field.name] = self._settings.value(self.key(field.name), default, type=type(default))
        return PluginSettings(**values)

    def save(self, settings: PluginSettings) -> None:
        for name, value in asdict(settings).items():
            self._settings.setValue(self.key(name), value)

    def set(self, name: str, value) -> None:
        current = self.load()
        if not hasattr(current, name):
            raise KeyError(f"unknown setting {name!r}")
        setattr(current, name, type(getattr(current, name))(value))
        self.save(current)
