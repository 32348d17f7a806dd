"""Economic Layer: the economics of urban renewal schemes as a QGIS layer.

Importing this package imports nothing from QGIS: the pure-Python engine in ``core`` must stay
usable without QGIS (tests, command line). QGIS calls :func:`classFactory`, which imports the
plugin class lazily.
"""


def classFactory(iface):
    """Entry point called by QGIS: returns the plugin instance (or, when a required Python package
    is missing, a stand-in that says which one and how to install it)."""
    from economic_layer_plugin import dependencies

    lacking = dependencies.missing(required=True)
    if lacking:
        return dependencies.MissingPackagesPlugin(iface, lacking)
    from economic_layer_plugin.plugin import EconomicLayerPlugin

    return EconomicLayerPlugin(iface)
