"""The module card (the paper's Fig. 4): the selected module's figures, marking default values."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from economic_layer_plugin.core import formatting
from economic_layer_plugin.definitions import ACTION_LABELS, USE_LABELS
from economic_layer_plugin.gui import feasibility_view
from economic_layer_plugin.toolbelt.i18n import tr, ui_language

#: Fields that, when empty, are computed from the geometry and floors rather than taken from the book.
DERIVED_FIELDS = frozenset({"el_gfa", "el_existing_gfa", "el_height", "el_floors"})


def floor_area_set_by_gfa(module) -> bool:
    """True when the module's own el_gfa gives its floor area although it has floors of its own:
    then floors (and a floors edit) do not change the floor area (docs/floor_area.md)."""
    return (module.floors is not None and not module.is_default("el_floors")
            and not module.is_default("el_gfa"))


class ModuleCard(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel(self)
        self.title.setObjectName("EconomicLayerModuleTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.form)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #777")
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.show_nothing()

    def _clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)

    def show_nothing(self) -> None:
        self._clear()
        self.title.setText(tr("Select a module on the map to see its figures."))
        self.note.setText("")

    def show_excluded(self, excluded) -> None:
        self._clear()
        self.title.setText(f"<b>{excluded.name or excluded.module_id}</b>")
        self.note.setText(tr("Left out of the totals: {reasons}").format(reasons=excluded.message(ui_language())))

    def show_module(self, module, indicators: dict, selected_count: int = 1, assumptions=None) -> None:
        language = ui_language()
        self._clear()
        action = ACTION_LABELS[module.action][language]
        use = USE_LABELS[module.use][language]
        name = module.name or module.module_id
        self.title.setText(f"<b>{name}</b> · {action} · {use} · {tr('Unit')} {module.unit}")
        default = tr("default")
        derived = tr("derived")

        def row(label: str, text: str, field: str | None = None) -> None:
            value = QLabel(text, self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # a long value wraps within a narrow dock, never widens it
            if field is not None and module.is_default(field):
                if field in DERIVED_FIELDS:
                    value.setText(f"{text} <span style='color:#888'>({derived})</span>")
                    value.setToolTip(
                        tr("Computed from the footprint, floors or height: the module's own field is empty."))
                else:
                    value.setText(f"{text} <span style='color:#888'>({default})</span>")
                    value.setToolTip(tr("From the price book: the module's own field is empty."))
            self.form.addRow(label, value)

        if module.floors is not None:
            row(tr("Floors"), str(module.floors), "el_floors")
        row(tr("Floor area (m2)"), formatting.area(module.gfa), "el_gfa")
        set_by_gfa = floor_area_set_by_gfa(module)
        if set_by_gfa:  # say which value drives the floor area (a floors edit does not change it)
            value = self.form.itemAt(self.form.rowCount() - 1, QFormLayout.ItemRole.FieldRole).widget()
            value.setText(f"{value.text()} <span style='color:#888'>({tr('floor area set by el_gfa')})</span>")
            value.setToolTip(tr("The module's floor area field (el_gfa) has a value: it is the floor area, and "
                                "floors do not change it. Clear it to compute the floor area as footprint x floors."))
        if module.action != "add":
            row(tr("Existing floor area (m2)"), formatting.area(module.existing_gfa), "el_existing_gfa")
        row(tr("Saleable area (m2)"), formatting.area(module.saleable_area), "el_sale_ratio")
        row(tr("Leasable area (m2)"), formatting.area(module.leasable_area), "el_lease_ratio")
        row(tr("Unit price (yuan/m2)"), formatting.number(module.sale_price, 0), "el_sale_price")
        located = getattr(module, "location", None)
        if located is not None:  # location value (docs/location.md): the factor and its reasons
            row(tr("Location factor"), tr("sale x{sale}, rent x{rent}").format(
                sale=f"{located.sale:.3f}", rent=f"{located.rent:.3f}"))
            row(tr("Location"), "\n".join(located.notes(language)))  # one reason a line, wrapped
        row(tr("Total cost (10,000 CNY)"), formatting.money(indicators["cost"], 1))
        row(tr("Expected income (10,000 CNY)"), formatting.money(indicators["revenue"], 1))
        row(tr("Net profit (10,000 CNY)"), formatting.money(indicators["net_profit"], 1))
        row(tr("Payback (years)"), formatting.years(indicators["payback"]))
        if assumptions is not None:  # what the cost and income are made of (feasibility stack)
            feasibility_view.add_breakdown(self, module, assumptions)
        defaults = len(module.defaulted - DERIVED_FIELDS)
        note = tr("{count} values come from the price book.").format(count=defaults) if defaults else ""
        if set_by_gfa:
            note += " " + tr("Floor area set by el_gfa: editing floors does not change it; clear el_gfa to "
                             "compute it from footprint x floors.")
        if selected_count > 1:
            note += " " + tr("{count} modules are selected: the first is shown.").format(count=selected_count)
        self.note.setText(note.strip())

    def add_rows(self, rows: list) -> None:
        """More (label, text) rows below the module's figures (e.g. its resettlement ledger)."""
        for label, text in rows:
            value = QLabel(text, self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.form.addRow(label, value)
