"""The optimiser's dialog: objective, the checks to enforce, locks; then the report, and the optimised
scheme added as a new scheme (a copy in the same GeoPackage, module ids kept) for the comparison."""

from __future__ import annotations

import html

from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from economic_layer_plugin.core import formatting
from economic_layer_plugin.core.optimise import CHECK_GROUPS, OptimiseOptions
from economic_layer_plugin.gui.commands.messages import Messages
from economic_layer_plugin.toolbelt.i18n import tr, ui_language


def _check_title(key: str) -> str:
    return {
        "demolition_share": tr("Demolition share (national cap)"),
        "rebuild_ratio": tr("Rebuild ratio (national cap)"),
        "resettlement_share": tr("Resettlement share (national minimum)"),
        "floor_area_ratio": tr("Floor area ratio of each unit"),
        "height": tr("Height limit of each unit"),
        "range": tr("Range rules"),
        "resettlement_capacity": tr("On-site resettlement capacity of each unit"),
    }[key]


def _status(status: str) -> str:
    return {
        "optimal": tr("optimal"),
        "feasible_with_gap": tr("feasible, with a gap"),
        "infeasible": tr("infeasible"),
        "no_solution": tr("no solution in the time limit"),
        "infeasible_after_check": tr("every scheme found fails the checks when recomputed: nothing to add"),
    }[status]


class OptimiseDialog(QDialog):
    def __init__(self, iface, layer, model, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("EconomicLayerOptimiseDialog")
        self.iface, self.layer, self.model = iface, layer, model
        self.result = None
        self.task = None
        self.snapshot = None  # what the last run optimised (core.optimise.take_snapshot)
        self.setWindowTitle(tr("Optimise scheme: {name}").format(name=layer.name()))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.objective = QComboBox(self)
        self.objective.addItem(tr("NPV"), "npv")
        self.objective.addItem(tr("Net profit"), "net_profit")
        form.addRow(tr("Objective"), self.objective)
        self.basis = QComboBox(self)
        self.basis.setObjectName("EconomicLayerOptimiseBasis")
        self.basis.addItem(tr("Before the feasibility stack (pre-tax)"), False)
        self.basis.addItem(tr("After the feasibility stack (taxes, financing)"), True)
        if not model.assumptions.feasibility.enabled:
            self.basis.model().item(1).setEnabled(False)
            self.basis.setToolTip(tr("The feasibility stack is switched off in this scheme's assumptions"))
        else:
            self.basis.setToolTip(
                tr(
                    "After the stack, taxes on totals enter as a linear approximation; the chosen scheme is "
                    "recomputed exactly and the difference is shown"
                )
            )
        form.addRow(tr("Basis"), self.basis)
        self.name = QLineEdit(self)
        from economic_layer_plugin.qgis_adapter.optimise import free_name

        self.name.setText(free_name(layer, f"{layer.name()} {tr('optimised')}"))
        form.addRow(tr("New scheme"), self.name)
        layout.addLayout(form)

        checks = QGroupBox(tr("Limits to meet"), self)
        grid = QGridLayout(checks)
        self.enforce = {}
        for index, key in enumerate(CHECK_GROUPS):
            box = QCheckBox(_check_title(key), checks)
            box.setChecked(True)
            self.enforce[key] = box
            grid.addWidget(box, index // 2, index % 2)
        self.balance = QCheckBox(tr("Fund balance in every unit (net profit ≥ 0)"), checks)
        grid.addWidget(self.balance, (len(CHECK_GROUPS) + 1) // 2, 0, 1, 2)
        layout.addWidget(checks)

        locks = QGroupBox(tr("Modules that keep their action"), self)
        lock_form = QFormLayout(locks)
        self.lock_field = QComboBox(locks)
        self.lock_field.addItem(tr("(no field)"), None)
        for field in layer.fields():
            if not field.name().startswith("el_"):
                self.lock_field.addItem(field.name(), field.name())
        self.lock_field.setToolTip(
            tr("Modules where this field is true (1, true, yes, 是, 锁定) keep their action")
        )
        lock_form.addRow(tr("Lock field"), self.lock_field)
        selected = layer.selectedFeatureCount()
        self.lock_selected = QCheckBox(tr("Lock the {count} selected modules").format(count=selected), locks)
        self.lock_selected.setEnabled(selected > 0)
        lock_form.addRow(self.lock_selected)
        self.acquire = QCheckBox(tr("Retained buildings with an acquisition price may be renovated (acquired)"), locks)
        self.acquire.setToolTip(
            tr("Without it a retained building is never renovated: the project would have to acquire it")
        )
        lock_form.addRow(self.acquire)
        self.tolerance = QDoubleSpinBox(locks)
        self.tolerance.setRange(0.0, 10_000.0)
        self.tolerance.setValue(1.0)
        self.tolerance.setSuffix(" m²")
        self.tolerance.setToolTip(
            tr("A new block stands on a standing building where their footprints overlap by more than this")
        )
        lock_form.addRow(tr("Overlap tolerance"), self.tolerance)
        layout.addWidget(locks)

        self.report = QTextBrowser(self)
        self.report.setObjectName("EconomicLayerOptimiseReport")
        self.report.setMinimumHeight(200)
        self.report.setHtml(
            tr(
                "Each standing module may be retained, renovated or demolished, and each new block "
                "built or not (only where the buildings under it are demolished). The result is a "
                "new scheme: compare it with this one in the Compare tab."
            )
        )
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.run_button = QPushButton(tr("Optimise"), self)
        self.run_button.setDefault(True)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button = QPushButton(tr("Add as new scheme"), self)
        self.add_button.setEnabled(False)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)  # reject() cancels a run
        self.run_button.clicked.connect(self.run)
        self.add_button.clicked.connect(self.add_scheme)
        layout.addWidget(buttons)
        self.resize(640, 680)

    def options(self) -> OptimiseOptions:
        from economic_layer_plugin.qgis_adapter.optimise import locked_fids

        locked = locked_fids(self.layer, self.lock_field.currentData(), self.lock_selected.isChecked())
        return OptimiseOptions(
            objective=self.objective.currentData(),
            enforce=tuple(key for key, box in self.enforce.items() if box.isChecked()),
            balance_units=self.balance.isChecked(),
            locked=locked,
            after_stack=bool(self.basis.currentData()),
            acquire_retained=self.acquire.isChecked(),
        )

    def run(self, blocking: bool = False) -> None:
        """Optimises in a background task (QGIS stays responsive); ``blocking`` runs it here instead. The
        task optimises a snapshot of the model taken here, on the main thread: edits during the run do not
        touch it."""
        from economic_layer_plugin.core.optimise import optimise, take_snapshot
        from economic_layer_plugin.qgis_adapter.optimise import overlap_pairs

        try:
            options = self.options()
            options.overlaps = tuple(
                overlap_pairs(self.layer, self.model, self.tolerance.value())
            )  # main thread
        except ValueError as error:
            self.report.setPlainText(str(error))
            return
        options.explain_seconds = 60.0
        snapshot = self.snapshot = take_snapshot(self.model)
        self.result = None
        self.run_button.setEnabled(False)
        self.add_button.setEnabled(False)
        self.report.setHtml(tr("Optimising…"))
        if blocking:
            try:
                self._done(None, optimise(snapshot.model(), options))
            except Exception as error:
                self._done(error)
            return
        from qgis.core import QgsApplication, QgsTask

        def work(task):
            options.should_stop = task.isCanceled
            return optimise(snapshot.model(), options)

        self.task = QgsTask.fromFunction(
            tr("Optimise scheme: {name}").format(name=self.layer.name()), work, on_finished=self._done
        )
        QgsApplication.taskManager().addTask(self.task)

    def reject(self) -> None:
        """Close: a run still going is cancelled (its answer is not shown)."""
        self.cancel()
        super().reject()

    def cancel(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            try:
                task.cancel()
            except RuntimeError:  # the task is gone already
                pass

    def changed_since_run(self) -> bool:
        """Whether the scheme was edited since the last run's snapshot was taken."""
        return self.snapshot is not None and self.snapshot.changed(self.model)

    def _done(self, exception, result=None) -> None:
        self.task = None
        try:
            self.run_button.setEnabled(True)
        except RuntimeError:  # the dialog is gone
            return
        if exception is not None:
            self.report.setPlainText(str(exception))
            return
        self.result = result
        text = report_html(result, self.model)
        if self.changed_since_run():
            text = "<p><b>" + tr(
                "The scheme changed while the optimiser ran: this answer is for the scheme as it was when the "
                "run started. Run again to optimise the scheme as it is now."
            ) + "</b></p>" + text
            self.run_button.setText(tr("Run again"))
        self.report.setHtml(text)
        self.add_button.setEnabled(bool(result.choices))

    def busy(self) -> bool:
        return self.task is not None

    def add_scheme(self) -> None:
        from economic_layer_plugin.qgis_adapter.gpkg import GeoPackageError, geopackage_of
        from economic_layer_plugin.qgis_adapter.optimise import new_scheme

        if self.result is None or not self.result.choices:
            return
        if self.changed_since_run():
            # the copy would be made of the layer as it is now, not of the scheme that was optimised
            self.add_button.setEnabled(False)
            self.report.setHtml(
                "<p><b>" + tr(
                    "The scheme changed since the optimiser started: the answer belongs to the scheme as it was "
                    "then, and is not added. Run again to optimise the scheme as it is now."
                ) + "</b></p>" + report_html(self.result, self.model)
            )
            self.run_button.setText(tr("Run again"))
            return
        if geopackage_of(self.layer) is None:
            self.iface.messageBar().pushWarning(
                tr("Economic Layer"), tr("Only schemes in a GeoPackage can be optimised into a new scheme.")
            )
            return
        name = self.name.text().strip() or f"{self.layer.name()} {tr('optimised')}"
        try:
            copy = new_scheme(self.layer, name, self.result.choices, self.model.assumptions)
        except GeoPackageError as error:
            Messages(self.iface).warning(error)
            return
        self.iface.setActiveLayer(copy)
        self.iface.messageBar().pushSuccess(
            tr("Economic Layer"), tr("Optimised scheme added: {name}").format(name=name)
        )
        self.accept()


def report_html(result, model) -> str:
    """The optimiser's report for a planner (money in 10,000 CNY)."""
    zh = ui_language() == "zh"
    separator = "；" if zh else "; "  # Chinese punctuation between Chinese sentences
    if result.after_stack:
        objective = tr("Project NPV after tax") if result.objective == "npv" else tr("Net profit after tax")
    else:
        objective = tr("NPV") if result.objective == "npv" else tr("Net profit")
    lines = [f"<p><b>{tr('Status')}</b>: {_status(result.status)}"]
    if result.gap is not None and result.status != "infeasible":
        lines[-1] += f" ({tr('gap')} {result.gap * 100:.3f} %)"
    lines[-1] += f" · {result.variables:,} {tr('variables')} · {result.solve_seconds:.1f} s</p>"
    lines += _optimality_html(result)
    before = formatting.money(result.objective_before, 1)
    after = formatting.money(result.objective_after, 1)
    lines.append(f"<p><b>{objective}</b> ({tr('10,000 CNY')}): {before} → <b>{after}</b>")
    lines.append("</p>")
    lines += _approximation_html(result)
    failing = result.before_violations_zh if zh else result.before_violations
    if failing:
        shown = separator.join(failing[:6]) + (f"{separator}… (+{len(failing) - 6})" if len(failing) > 6 else "")
        lines.append("<p>" + tr("The scheme as it is fails") + ": " + html.escape(shown) + "</p>")
    if result.conflicts:
        lines.append(f"<p><b>{tr('These constraints conflict: relax one of them')}</b></p><ul>")
        lines += [f"<li>{html.escape(c['name_zh' if zh else 'name'])}</li>" for c in result.conflicts]
        lines.append("</ul>")
    if result.binding:
        lines.append(f"<p><b>{tr('Binding limits: what one step more would gain')}</b></p><ul>")
        for entry in result.binding:
            gain = (
                "—"
                if entry["gain"] is None
                else ("≥ " if entry.get("gain_at_least") else "") + "+" + formatting.money(entry["gain"], 1)
            )
            name = html.escape(entry["name_zh" if zh else "name"])
            lines.append(
                f"<li>{name}: {_limit(entry['constraint'], entry['limit'])} → "
                f"{_limit(entry['constraint'], entry['relaxed_limit'])}: {gain}</li>"
            )
        lines.append("</ul>")
    out = result.out_of_scope or {}
    if out.get("scope") or out.get("acquisition"):
        lines.append("<p>" + tr(
            "Out of scope: {scope} modules keep their action; {acquisition} retained buildings are not renovated "
            "(the project would have to acquire them)").format(
                scope=out.get("scope", 0), acquisition=out.get("acquisition", 0)) + "</p>")
    if result.not_enforced:
        names = ", ".join(_not_enforced_title(key) for key in result.not_enforced)
        lines.append(f"<p>{tr('Not enforced in this run')}: {html.escape(names)}</p>")
    if result.violations:
        lines.append(
            f"<p><b>{tr('Failing when recomputed by the engine')}</b>: "
            f"{html.escape(separator.join(result.violations_zh if zh else result.violations))}</p>"
        )
    if result.changes:
        lines.append(f"<p><b>{tr('What changes')}</b> ({len(result.changes)}):</p><table cellspacing='4'>")
        for change in result.changes[:40]:
            lines.append(
                f"<tr><td>{html.escape(change['module_id'])}</td><td>{html.escape(change['name'][:20])}</td>"
                f"<td>{_action(change['from'])} → {_action(change['to'])}</td>"
                f"<td align='right'>{formatting.money(change['objective_change'], 1)}</td></tr>"
            )
        lines.append("</table>")
        if len(result.changes) > 40:
            lines.append(f"<p>… {len(result.changes) - 40}</p>")
    return "".join(lines)


def _optimality_html(result) -> list:
    """Which the answer is: the program's proven optimum, or the best scheme found (and how)."""
    if not result.choices:
        return []
    if result.optimality == "proven_optimal":
        text = tr("Proven optimal: the program's values are the engine's figures and its solve is optimal.")
    else:
        text = tr("Best found (not proven optimal): no single change (or pair, on small schemes) improves it.")
    search = result.local_search or {}
    if search.get("moves"):
        text += " " + tr("The local search made {moves} change(s) after the program: +{gain}").format(
            moves=search["moves"], gain=formatting.money(search.get("gain", 0.0), 1))
    if search and not search.get("complete", True):
        text += " " + tr("The local search stopped at its time limit.")
    return [f"<p>{html.escape(text)}</p>"]


def _not_enforced_title(key: str) -> str:
    if key == "rent_growth":
        return tr("Rent growth (no action changes it)")
    return _check_title(key)


def _approximation_html(result) -> list:
    """The linear estimate against the exact recompute (after the stack: per round)."""
    if result.objective_estimate is None or (
        not result.after_stack and abs(result.approximation or 0.0) < 0.5
    ):
        return []
    lines = [
        "<p>"
        + tr("Linear estimate {estimate}, recomputed exactly {exact}: difference {difference}").format(
            estimate=formatting.money(result.objective_estimate, 1),
            exact=formatting.money(result.objective_after, 1),
            difference=formatting.money(result.approximation, 1),
        )
        + "</p>"
    ]
    if len(result.rounds) > 1:
        lines.append(
            f"<table cellspacing='8'><tr><th>{tr('Round')}</th><th>{tr('Estimate')}</th>"
            f"<th>{tr('Exact')}</th><th>{tr('Difference')}</th><th>{tr('Changes')}</th></tr>"
        )
        for number, entry in enumerate(result.rounds, 1):
            lines.append(
                f"<tr><td>{number}</td><td align='right'>{formatting.money(entry['estimate'], 1)}</td>"
                f"<td align='right'>{formatting.money(entry['exact'], 1)}</td>"
                f"<td align='right'>{formatting.money(entry['difference'], 1)}</td>"
                f"<td align='right'>{entry['changes']:,}</td></tr>"
            )
        lines.append("</table>")
    if result.kept_as_is:
        lines.append(
            "<p>"
            + tr(
                "Nothing better than the scheme as it is was found: every scheme the linearised program chose "
                "was worth less, recomputed exactly."
            )
            + "</p>"
        )
    return lines


def _limit(key: str, value) -> str:
    if isinstance(value, list):
        return " – ".join("—" if v is None else f"{v:,.0f}" for v in value)
    if key in ("demolition_share", "resettlement_share"):
        return formatting.percent(value, 0)
    if key == "fund_balance":
        return formatting.money(value)
    if key == "height":
        return f"{value:g} m"
    return f"{value:g}"


def _action(action: str) -> str:
    from economic_layer_plugin.definitions import ACTION_LABELS

    if action == "not_built":
        return tr("not built")
    labels = ACTION_LABELS.get(action)
    if not labels:
        return action
    return labels["zh" if ui_language() == "zh" else "en"]
