"""History and blame of a shared scheme: who changed what, and how net profit and NPV moved. Pure Python.

The database records every committed change of a module (old and new row); this module groups them
into commits (one database transaction each) and replays them backwards from the scheme as it
stands, so that each commit gets the project's net profit and NPV before and after it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Callable

from economic_layer_plugin.core import schema
from economic_layer_plugin.core.engine import EconomicModel

#: columns that are not the planner's values (version counter, keys, geometry shown apart)
HIDDEN = frozenset({"fid", "el_version"})
GEOMETRY = "geom"


@dataclass
class ModuleChange:
    fid: int
    module_id: str
    op: str  # insert, update, delete
    old: dict | None
    new: dict | None

    def fields(self) -> list:
        """(field, old value, new value) of what changed; the geometry as ("geometry", None, None)."""
        old, new = self.old or {}, self.new or {}
        names = [name for name in schema.FIELD_NAMES if name in old or name in new]
        names += sorted((set(old) | set(new)) - set(names) - HIDDEN - {GEOMETRY})
        changed = [
            (name, old.get(name), new.get(name))
            for name in names
            if name not in HIDDEN and old.get(name) != new.get(name)
        ]
        if self.op == "update" and old.get(GEOMETRY) != new.get(GEOMETRY):
            changed.append(("geometry", None, None))
        return changed


@dataclass
class Commit:
    txid: int
    at: str
    who: str
    changes: list = field(default_factory=list)
    net_profit_before: float | None = None
    net_profit_after: float | None = None
    npv_before: float | None = None
    npv_after: float | None = None

    @property
    def module_ids(self) -> list:
        return [change.module_id or str(change.fid) for change in self.changes]

    @staticmethod
    def _delta(before, after):
        return None if before is None or after is None else after - before

    @property
    def net_profit_delta(self):
        return self._delta(self.net_profit_before, self.net_profit_after)

    @property
    def npv_delta(self):
        return self._delta(self.npv_before, self.npv_after)


def group_commits(rows: Iterable[dict]) -> list:
    """History rows (newest first: id, at, who, txid, op, fid, module_id, old, new) as commits, newest first."""
    commits: dict = {}
    for row in rows:
        commit = commits.get(row["txid"])
        if commit is None:
            commit = commits[row["txid"]] = Commit(row["txid"], row["at"], row["who"])
        commit.changes.append(
            ModuleChange(row["fid"], row["module_id"] or "", row["op"], row["old"], row["new"])
        )
    return list(commits.values())


def blame(current: dict, assumptions, commits: list, to_input: Callable) -> list:
    """Fills in net profit and NPV before and after each commit (newest first), replaying them
    backwards from ``current`` ({fid: ModuleInput}: the scheme as committed now).

    ``to_input(fid, row)`` turns a recorded row (a dict, or None: the module did not exist) into a
    ModuleInput (or None). The scheme is rebuilt incrementally: one model, set and remove per change.
    Commits older than those given are not needed: the replay starts from the present.
    """
    model = EconomicModel(assumptions)
    model.load(current.values())
    for commit in commits:
        after = model.indicators()
        for change in commit.changes:
            previous = to_input(change.fid, change.old)
            if previous is None:
                model.remove(change.fid)
            else:
                model.set(previous)
        before = model.indicators()
        commit.net_profit_after, commit.npv_after = after["net_profit"], after["npv"]
        commit.net_profit_before, commit.npv_before = before["net_profit"], before["npv"]
    return commits


def committed_state(live_inputs: dict, commits: list, to_input: Callable) -> dict:
    """The scheme as committed: the live inputs with each recorded module set to its newest recorded
    value (a session's own uncommitted edits do not count in the history)."""
    state = dict(live_inputs)
    seen = set()
    for commit in commits:  # newest first: the first value seen of a module is its newest
        for change in commit.changes:
            if change.fid in seen:
                continue
            seen.add(change.fid)
            value = to_input(change.fid, change.new)
            if value is None:
                state.pop(change.fid, None)
            else:
                state[change.fid] = value
    return state


def blame_in_place(model: EconomicModel, commits: list, to_input: Callable) -> list:
    """As :func:`blame` and :func:`committed_state` together, on a live model: the replay sets and
    removes the recorded modules on ``model`` itself (incrementally, no full recompute of a large
    scheme) and puts every touched module back as it was before returning."""
    saved: dict = {}

    def put(fid, item) -> None:
        if fid not in saved:
            saved[fid] = model.inputs.get(fid)
        if item is None:
            model.remove(fid)
        else:
            model.set(item)

    try:
        seen = set()
        for commit in commits:  # the committed state: each recorded module at its newest value
            for change in commit.changes:
                if change.fid not in seen:
                    seen.add(change.fid)
                    put(change.fid, to_input(change.fid, change.new))
        for commit in commits:
            after = model.indicators()
            for change in commit.changes:
                put(change.fid, to_input(change.fid, change.old))
            before = model.indicators()
            commit.net_profit_after, commit.npv_after = after["net_profit"], after["npv"]
            commit.net_profit_before, commit.npv_before = before["net_profit"], before["npv"]
    finally:
        for fid, item in saved.items():
            if item is None:
                model.remove(fid)
            else:
                model.set(item)
    return commits
