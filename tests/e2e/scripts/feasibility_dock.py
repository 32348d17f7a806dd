"""In the real desktop: the sample with the feasibility stack switched on in the assumptions editor;
the Project tab (taxes, finance, the three parties), the Module tab (cost and income breakdown) and
the editor's feasibility group, each photographed."""

import os
import sys

sys.path.insert(0, os.environ["ECONOMIC_LAYER_E2E_SCRIPTS"])
import _e2e
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QAction, QDockWidget

result = _e2e.result


def dock():
    return _e2e.iface().mainWindow().findChild(QDockWidget, "EconomicLayerDock")


def open_it():
    _e2e.fill_screen()
    _e2e.iface().mainWindow().findChild(QAction, "EconomicLayerActionSample").trigger()


def switch_on():
    layer = QgsProject.instance().mapLayersByName("final_plan")[0]
    _e2e.iface().setActiveLayer(layer)
    panel = dock().assumptions
    panel.feasibility_widgets["enabled"][0].setChecked(True)
    panel._apply()
    dock().resize(560, dock().height())


def project_tab():
    d = dock()
    d.tabs.setCurrentWidget(d.overview)
    model = d.live.model
    result["enabled"] = model.assumptions.feasibility.enabled
    project = model.indicators()
    result["project"] = {key: project.get(key) for key in (
        "cost", "net_profit", "taxes", "vat", "land_appreciation_tax", "corporate_income_tax", "finance_cost",
        "exit_value", "net_profit_after_tax", "equity_irr", "peak_debt", "government_take", "owners_take")}
    units = d.overview.units
    result["rows"] = [units.verticalHeaderItem(r).text() for r in range(units.rowCount())]
    result["parties_visible"] = d.overview.parties.isVisible()
    result["screenshot_project"] = _e2e.screenshot("feasibility_project.png")


def module_tab():
    d = dock()
    layer = d.layer
    fid = next(f.id() for f in layer.getFeatures() if f["el_name"] == "服务式公寓")
    layer.selectByIds([fid])
    d.tabs.setCurrentWidget(d.module_card)


def look_module():
    d = dock()
    card = d.module_card
    result["card"] = [card.form.itemAt(i).widget().text() for i in range(card.form.count())
                      if card.form.itemAt(i).widget() is not None]
    result["screenshot_module"] = _e2e.screenshot("feasibility_module.png")
    d.tabs.setCurrentWidget(d.assumptions)
    group = d.assumptions.feasibility_widgets["enabled"][0].parent()
    d.assumptions.ensureWidgetVisible(group, 0, 0)


def look_editor():
    d = dock()
    box = d.assumptions.feasibility_widgets["interest_rate"][0]
    d.assumptions.ensureWidgetVisible(box)
    d.assumptions.horizontalScrollBar().setValue(0)
    result["screenshot_editor"] = _e2e.screenshot("feasibility_editor.png")


_e2e.steps(open_it, switch_on, project_tab, module_tab, look_module, look_editor, delay_ms=2500)
