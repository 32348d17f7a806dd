"""The plugin's commands, one class per subject, each taking what it needs (the QGIS interface, the
live models, the dock) when it is made: ``plugin.py`` only wires them to the menu, the toolbar and
the dock. The report's commands are ``gui/report.py:ReportCommands``."""
