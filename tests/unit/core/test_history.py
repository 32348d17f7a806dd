"""History and blame (core/history.py): commits grouped, net profit and NPV before and after each."""

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.engine import EconomicModel
from economic_layer_plugin.core.history import blame, committed_state, group_commits
from economic_layer_plugin.core.module import ModuleInput


def _attrs(**extra):
    values = {
        "el_module_id": "A",
        "el_unit": "1",
        "el_action": "add",
        "el_use": "office",
        "el_floors": 10,
        "el_other_income": 0.0,
    }
    values.update(extra)
    return values


def _to_input(fid, row):
    if row is None:
        return None
    return ModuleInput(fid, {k: v for k, v in row.items() if k.startswith("el_")}, float(row["area"]))


def _row(txid, fid, op, old, new, who="li"):
    return {
        "id": 0,
        "at": f"t{txid}",
        "who": who,
        "txid": txid,
        "op": op,
        "fid": fid,
        "module_id": (new or old)["el_module_id"],
        "old": old,
        "new": new,
    }


def test_commits_are_grouped_and_deltas_follow_the_replayed_states():
    a0 = dict(_attrs(), area=1000)
    a1 = dict(_attrs(el_other_income=1_000_000.0), area=1000)  # tx 11: +1,000,000 yuan of other income
    b1 = dict(_attrs(el_module_id="B", el_use="residential"), area=500)  # tx 12: B added
    a2 = dict(_attrs(el_other_income=1_000_000.0, el_floors=12), area=1000)  # tx 12: A two floors more
    rows = [  # newest first, as the database returns them
        _row(12, 2, "insert", None, b1, who="wang"),
        _row(12, 1, "update", a1, a2, who="wang"),
        _row(11, 1, "update", a0, a1),
    ]
    commits = group_commits(rows)
    assert [(c.txid, c.who, c.module_ids) for c in commits] == [(12, "wang", ["B", "A"]), (11, "li", ["A"])]
    assert commits[1].changes[0].fields() == [("el_other_income", 0.0, 1_000_000.0)]

    current = {1: _to_input(1, a2), 2: _to_input(2, b1)}
    blame(current, Assumptions(), commits, _to_input)

    def full(*items):  # a fresh full recompute of a state, for reference
        return EconomicModel.compute(items, Assumptions()).indicators()

    now, after_11, start = full(current[1], current[2]), full(_to_input(1, a1)), full(_to_input(1, a0))
    assert commits[0].net_profit_after == now["net_profit"] and commits[0].npv_after == now["npv"]
    assert commits[0].net_profit_before == after_11["net_profit"]
    assert commits[1].net_profit_before == start["net_profit"] and commits[1].npv_before == start["npv"]
    # worked by hand: other income counts in full in the revenue, so net profit moves by exactly 1,000,000
    assert commits[1].net_profit_delta == 1_000_000


def test_committed_state_takes_the_newest_recorded_value_and_drops_deleted_modules():
    a0, a1 = dict(_attrs(), area=10), dict(_attrs(el_floors=3), area=10)
    rows = [
        _row(3, 2, "delete", dict(_attrs(el_module_id="B"), area=5), None),
        _row(2, 1, "update", a0, a1),
        _row(1, 1, "update", dict(_attrs(el_floors=1), area=10), a0),
    ]
    live = {1: _to_input(1, dict(_attrs(el_floors=99), area=10)), 2: _to_input(2, a0), 3: _to_input(3, a0)}
    state = committed_state(live, group_commits(rows), _to_input)
    assert set(state) == {1, 3} and state[1].attributes["el_floors"] == 3


def test_blame_in_place_gives_the_same_figures_and_leaves_the_model_as_it_was():
    from economic_layer_plugin.core.history import blame_in_place

    a0, a1 = dict(_attrs(), area=1000), dict(_attrs(el_other_income=1_000_000.0), area=1000)
    b1 = dict(_attrs(el_module_id="B", el_use="residential"), area=500)
    a2 = dict(_attrs(el_other_income=1_000_000.0, el_floors=12), area=1000)
    rows = [_row(12, 2, "insert", None, b1), _row(12, 1, "update", a1, a2), _row(11, 1, "update", a0, a1)]
    # the live model: A with an unsaved edit (floors 30), B as committed, C never changed
    c = ModuleInput(3, _attrs(el_module_id="C", el_floors=5), 200.0)
    live = EconomicModel.compute([_to_input(1, dict(a2, el_floors=30)), _to_input(2, b1), c], Assumptions())
    before = live.indicators()
    inputs = dict(live.inputs)
    in_place = blame_in_place(live, group_commits(rows), _to_input)
    fresh = group_commits(rows)
    blame({1: _to_input(1, a2), 2: _to_input(2, b1), 3: c}, Assumptions(), fresh, _to_input)
    assert [(x.net_profit_before, x.net_profit_after, x.npv_before, x.npv_after) for x in in_place] == [
        (x.net_profit_before, x.net_profit_after, x.npv_before, x.npv_after) for x in fresh
    ]
    assert live.indicators() == before and live.inputs == inputs
