"""Location value (区位价值): price premiums and discounts that follow the map. Pure Python.

A scheme's location rules (``Assumptions.location``) say, for some uses and one price (sale, rent
or both), by how many per cent a module's price-book price moves with its distance from the nearest
feature of a location layer (metro stations, parks, a school catchment, an expressway), in bands
("+8 % within 500 m, +4 % to 800 m") or inside a polygon. A module's location factor is the product
of the factors of the rules that apply to it, kept within the cap; its reasons say which rule,
which feature, how far and how much ("地铁站 320 m: +8 %").

Distances are measured by the caller (qgis_adapter/location.py: from the module's footprint, on the
ellipsoid for layers in degrees) and given as a :data:`Measures` mapping per module:
``{layer name: Measure(distance in m, feature label)}``; a layer without a feature within reach of
its rules is left out. Nothing here reads a geometry.

The factor multiplies the price-book sale price and rent only: a module with its own
``el_sale_price`` / ``el_rent`` keeps it (the explicit price wins, and its reasons say so).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from economic_layer_plugin.core.i18n import tr
from economic_layer_plugin.definitions import USES

PRICES = ("sale", "rent", "both")


class LocationError(ValueError):
    """A location rule has an unusable value; the message names the rule and the key."""


class Measure(NamedTuple):
    """The nearest feature of one location layer to one module: distance in metres (0: the footprint
    touches or lies inside it) and the feature's label (its name, or its id)."""

    distance: float
    feature: str = ""


@dataclass(frozen=True)
class LocationRule:
    """One rule: ``layer`` names the location layer (as in the project), ``label`` is what the reasons
    call its features (e.g. 地铁站), ``uses`` the uses it prices (empty: every use), ``price`` which
    price it moves, ``bands`` ((up to metres, per cent), ...) in increasing distance, ``inside`` the
    per cent where the footprint touches or lies inside a feature (distance 0; None: the bands
    decide), ``source`` the published study or "estimate"."""

    layer: str
    label: str = ""
    uses: tuple = ()
    price: str = "sale"
    bands: tuple = ()
    inside: float | None = None
    source: str = "estimate"

    def percent(self, distance: float) -> float | None:
        """The per cent at ``distance`` metres, None where the rule does not reach."""
        if distance <= 0 and self.inside is not None:
            return self.inside
        for reach, percent in self.bands:
            if distance <= reach:
                return percent
        return None

    @property
    def reach(self) -> float:
        """The farthest distance (m) at which the rule still applies."""
        return max([reach for reach, _ in self.bands] + [0.0])

    def to_dict(self) -> dict:
        return {"layer": self.layer, "label": self.label, "uses": list(self.uses), "price": self.price,
                "bands": [[reach, percent] for reach, percent in self.bands], "inside": self.inside,
                "source": self.source}

    @classmethod
    def from_dict(cls, data, where: str) -> LocationRule:
        if not isinstance(data, dict):
            raise LocationError(f"{where} must be a mapping")
        unknown = sorted(set(data) - {"layer", "label", "uses", "price", "bands", "inside", "source"})
        if unknown:
            raise LocationError(f"{where}: unknown key(s) {', '.join(unknown)}")
        uses = data.get("uses") or ()
        if isinstance(uses, str):
            uses = (uses,)
        try:
            bands = tuple((_number(reach, f"{where}.bands"), _number(percent, f"{where}.bands"))
                          for reach, percent in (data.get("bands") or ()))
        except (TypeError, ValueError) as error:
            if isinstance(error, LocationError):
                raise
            raise LocationError(f"{where}.bands must be a list of [metres, per cent] pairs") from error
        inside = data.get("inside")
        return cls(layer=str(data.get("layer") or "").strip(), label=str(data.get("label") or ""),
                   uses=tuple(str(u) for u in uses), price=str(data.get("price", "sale")), bands=bands,
                   inside=None if inside is None else _number(inside, f"{where}.inside"),
                   source=str(data.get("source", "estimate")))

    def validate(self, where: str) -> None:
        if not self.layer:
            raise LocationError(f"{where}.layer is empty: name the location layer")
        for use in self.uses:
            if use not in USES:
                raise LocationError(f"{where}.uses: unknown use {use!r} (known: {', '.join(USES)})")
        if self.price not in PRICES:
            raise LocationError(f"{where}.price must be sale, rent or both, got {self.price!r}")
        if not self.bands and self.inside is None:
            raise LocationError(f"{where} has neither bands nor an inside per cent")
        previous = -1.0
        for reach, percent in self.bands:
            if reach < 0:
                raise LocationError(f"{where}.bands: negative distance {reach!r} m")
            if reach <= previous:
                raise LocationError(f"{where}.bands: distances must increase, got {reach!r} m after {previous!r} m")
            previous = reach
            _check_percent(percent, f"{where}.bands")
        if self.inside is not None:
            _check_percent(self.inside, f"{where}.inside")


def _number(value, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise LocationError(f"{where} must be a number, got {value!r}")
    if value in (float("inf"), float("-inf")):
        raise LocationError(f"{where} must be a finite number, got {value!r}")
    return float(value)


def _check_percent(percent: float, where: str) -> None:
    if percent < -100:
        raise LocationError(f"{where}: a factor below -100 % ({percent!r} %) would make the price negative")


@dataclass(frozen=True)
class LocationAssumptions:
    """The scheme's location rules and the cap on the combined factor, in per cent: the product of the
    rules is kept between 1 + ``min_percent``/100 and 1 + ``max_percent``/100. No rule by default."""

    rules: tuple = ()
    max_percent: float = 30.0
    min_percent: float = -30.0

    @property
    def enabled(self) -> bool:
        return bool(self.rules)

    def for_use(self, use: str) -> tuple:
        """The rules that price ``use``, in their order (kept, for the next module of that use)."""
        cache = self.__dict__.get("_for_use")  # not a field: equality and to_dict ignore it
        if cache is None:
            cache = self.__dict__["_for_use"] = {}
        found = cache.get(use)
        if found is None:
            found = cache[use] = tuple(rule for rule in self.rules if not rule.uses or use in rule.uses)
        return found

    def layers(self) -> dict:
        """{layer name: the farthest reach (m) of its rules}: what the adapter must measure."""
        reach: dict = {}
        for rule in self.rules:
            reach[rule.layer] = max(reach.get(rule.layer, 0.0), rule.reach)
        return reach

    def to_dict(self) -> dict:
        return {"rules": [rule.to_dict() for rule in self.rules], "max_percent": self.max_percent,
                "min_percent": self.min_percent}

    @classmethod
    def from_dict(cls, data) -> LocationAssumptions:
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise LocationError("location must be a mapping")
        unknown = sorted(set(data) - {"rules", "max_percent", "min_percent"})
        if unknown:
            raise LocationError(f"location: unknown key(s) {', '.join(unknown)}")
        rules = tuple(LocationRule.from_dict(rule, f"location.rules[{i}]")
                      for i, rule in enumerate(data.get("rules") or ()))
        result = cls(rules=rules, max_percent=_number(data.get("max_percent", 30.0), "location.max_percent"),
                     min_percent=_number(data.get("min_percent", -30.0), "location.min_percent"))
        result.validate()
        return result

    def validate(self) -> None:
        for i, rule in enumerate(self.rules):
            rule.validate(f"location.rules[{i}]")
        if not -100 <= self.min_percent <= 0:
            raise LocationError(f"location.min_percent must be between -100 and 0, got {self.min_percent!r}")
        if self.max_percent < 0:
            raise LocationError(f"location.max_percent must be at least 0, got {self.max_percent!r}")


class Reason(NamedTuple):
    """One rule that moved a module's price: its label, the feature, the distance (m), the per cent.
    (A named tuple, as :class:`LocationFactor`: a scheme measured at once makes one per module and rule.)"""

    rule: str
    feature: str
    distance: float
    percent: float
    price: str

    def text(self, language: str = "zh") -> str:
        where = tr("inside", language) if self.distance <= 0 else f"{self.distance:.0f} m"
        return f"{self.rule} {where}: {self.percent:+g} %"

    def to_dict(self) -> dict:
        return {"rule": self.rule, "feature": self.feature, "distance_m": round(self.distance, 1),
                "percent": self.percent, "price": self.price, "text": self.text()}


class LocationFactor(NamedTuple):
    """A module's factors on the sale price and on the rent (capped), the reasons, whether the cap cut
    them, and which of its prices are its own (``own``: the factor was not applied to them). A named
    tuple: made once per located module, 100,000 of them when a scheme is measured."""

    sale: float = 1.0
    rent: float = 1.0
    reasons: tuple = ()
    capped: tuple = ()  # "sale" and/or "rent" where the cap cut the product
    own: tuple = ()  # "el_sale_price" and/or "el_rent" where the module's own price wins

    def notes(self, language: str = "zh") -> list:
        """The reasons, then the cap and the explicit prices, as sentences."""
        lines = [reason.text(language) for reason in self.reasons]
        for kind in self.capped:
            lines.append(f"{tr('capped', language)} ({kind})")
        for name in self.own:
            lines.append(f"{name}: {tr('own price wins', language)}")
        return lines

    def to_dict(self) -> dict:
        return {"sale": round(self.sale, 6), "rent": round(self.rent, 6)}


def factor(use: str, measures, location: LocationAssumptions, own: tuple = ()) -> LocationFactor | None:
    """A module's :class:`LocationFactor` from its :data:`Measures` (None: no rule applies to it).

    Each rule for the module's use takes the per cent of its band at the distance of its layer's
    nearest feature; the factors of one price multiply, and the product is kept within the cap."""
    if not location.rules or not measures:
        return None
    sale = rent = 1.0
    reasons = []
    get = measures.get
    for rule in location.for_use(use):
        measure = get(rule.layer)
        if measure is None:
            continue
        distance = measure.distance
        percent = rule.percent(distance)
        if percent is None:
            continue
        price = rule.price
        if price == "sale" or price == "both":
            sale *= 1.0 + percent / 100.0
        if price == "rent" or price == "both":
            rent *= 1.0 + percent / 100.0
        reasons.append(Reason(rule.label or rule.layer, measure.feature, distance, percent, price))
    if not reasons:
        return None
    low, high = 1.0 + location.min_percent / 100.0, 1.0 + location.max_percent / 100.0
    capped = ()
    if not low <= sale <= high:
        capped = ("sale",)
        sale = low if sale < low else high
    if not low <= rent <= high:
        capped += ("rent",)
        rent = low if rent < low else high
    return LocationFactor(sale, rent, tuple(reasons), capped, own if type(own) is tuple else tuple(own))
