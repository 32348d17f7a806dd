"""The snapshot a background run optimises: the scheme copied on the main thread. Pure Python."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from economic_layer_plugin.core.engine import EconomicModel


@dataclass(frozen=True)
class Snapshot:
    """What the optimiser reads of a scheme, copied on the main thread before a background run: the
    modules' inputs (each with its own copy of the attributes) and the assumptions. Edits of the live
    model during the run do not touch it; :meth:`changed` says whether the live model has moved on."""

    inputs: tuple
    assumptions: object

    def model(self) -> EconomicModel:
        """The snapshot's scheme computed by the engine (in the background task)."""
        return EconomicModel.compute(list(self.inputs), self.assumptions)

    def changed(self, model: EconomicModel) -> bool:
        """Whether ``model`` (the live one) differs from the snapshot: a module added, removed or edited,
        or other assumptions."""
        if model.assumptions != self.assumptions or len(model.inputs) != len(self.inputs):
            return True
        live = model.inputs
        return any(live.get(item.fid) != item for item in self.inputs)


def take_snapshot(model: EconomicModel) -> Snapshot:
    """A :class:`Snapshot` of ``model``; call it on the thread that edits the model."""
    inputs = tuple(item._replace(attributes=dict(item.attributes)) for item in list(model.inputs.values()))
    return Snapshot(inputs, copy.deepcopy(model.assumptions))
