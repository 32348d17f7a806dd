"""In the real desktop: Plugins > Install from ZIP with the packaged zip, as the plugin manager does it."""

import os
import sys

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
import pyplugin_installer
import qgis.utils
from qgis.PyQt.QtWidgets import QDockWidget

result = _e2e.result


def install():
    result["active_before"] = _e2e.PLUGIN in qgis.utils.active_plugins
    pyplugin_installer.instance().installFromZipFile(os.environ["ECONOMIC_LAYER_E2E_ZIP"])


def check():
    window = _e2e.iface().mainWindow()
    _e2e.fill_screen()
    result["active_after"] = _e2e.PLUGIN in qgis.utils.active_plugins
    result["installed_path"] = qgis.utils.plugins[_e2e.PLUGIN].__module__ if result["active_after"] else None
    result["plugin_file"] = sys.modules[_e2e.PLUGIN].__file__
    dock = window.findChild(QDockWidget, "EconomicLayerDock")
    result["dock"] = dock is not None
    if dock is not None:
        dock.setUserVisible(True)


def shoot():
    result["screenshot"] = _e2e.screenshot("installed_from_zip.png")


_e2e.steps(install, check, shoot)
