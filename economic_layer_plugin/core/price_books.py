"""Price-book templates a planner picks when converting a layer: each a named change of the default
book's prices, with its source and its year. Pure Python.

The default book (``Assumptions()``, core/assumptions.py) stays as it is: the ``sample`` template is
that book unchanged. A city template replaces some prices of some uses and leaves every other
figure (costs, rates, taxes, thresholds) as the default book has it. Where no published table gives
a figure, the template says so: its ``source`` names the basis and calls the figures an
illustrative estimate. docs/floor_area.md lists the templates.

The chosen template's book is stored with the scheme like any price book; its ``note`` names the
template, its source and year, so the book says where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from economic_layer_plugin.core.assumptions import Assumptions, default_uses
from economic_layer_plugin.core.i18n import N_, translate


class PriceBookError(ValueError):
    """An unknown template; the message lists the known ones."""


@dataclass(frozen=True)
class PriceBookTemplate:
    key: str
    label: str  # English, in the catalogue (N_)
    year: int
    source: str  # English, in the catalogue (N_)
    estimate: bool  # True: not from a published table (an illustrative estimate, its basis in source)
    #: {use: {UseDefaults field: value}}: the changes to the default book's uses
    prices: dict = field(default_factory=dict)


TEMPLATES = (
    PriceBookTemplate(
        "sample",
        N_("Default book (sample)"),
        2025,
        N_("The plugin's default book: orders of magnitude chosen by its developers for a core district of a "
           "large Chinese city (residential sale 18,000 yuan/m2). Illustrative estimate, not market data."),
        True,
    ),
    PriceBookTemplate(
        "shanghai_lujiazui",
        N_("Shanghai Lujiazui (core Pudong)"),
        2024,
        N_("Illustrative estimate, not a published table: new homes in Lujiazui sell at 100,000 yuan/m2 and "
           "more (market reports 2023-2024); Grade-A office rents about 9 yuan/m2 a day; compensation at the "
           "market price of similar property, as the 2011 regulation on expropriating buildings on state-owned "
           "land (国有土地上房屋征收与补偿条例, art. 19) requires; land premiums and other uses scaled by the "
           "developers. Replace with a valuation."),
        True,
        {
            "residential": {"sale_price": 100000, "compensation_rate": 100000, "rent": 180,
                            "land_premium": 50000},
            "apartment": {"sale_price": 80000, "compensation_rate": 100000, "rent": 200, "land_premium": 40000},
            "office": {"sale_price": 60000, "compensation_rate": 60000, "rent": 270, "occupancy": 0.80,
                       "land_premium": 20000},
            "commercial": {"sale_price": 80000, "compensation_rate": 80000, "rent": 400, "land_premium": 25000},
            "hotel": {"sale_price": 60000, "compensation_rate": 60000, "rent": 300, "land_premium": 20000},
        },
    ),
)
TEMPLATES_BY_KEY = {template.key: template for template in TEMPLATES}
DEFAULT_TEMPLATE = "sample"


def template(key: str) -> PriceBookTemplate:
    try:
        return TEMPLATES_BY_KEY[key]
    except KeyError:
        raise PriceBookError(f"price book {key!r}: unknown (known: {', '.join(TEMPLATES_BY_KEY)})") from None


def template_note(key: str, language: str = "en") -> str:
    """The stored book's note: the template's name, year and source."""
    chosen = template(key)
    return f"{translate(chosen.label, language)} ({chosen.year}): {translate(chosen.source, language)}"


def book(key: str = DEFAULT_TEMPLATE, base: Assumptions | None = None, language: str = "en") -> Assumptions:
    """The default book (or ``base``) with the template's prices and note."""
    chosen = template(key)
    base = base or Assumptions()
    uses = dict(base.uses)
    for use, changes in chosen.prices.items():
        uses[use] = replace(uses[use], **changes)
    return replace(base, uses=uses, note=template_note(key, language))


def is_sample_book(assumptions: Assumptions) -> bool:
    """True when the default book's prices price the modules (a banner says so)."""
    return assumptions.uses == default_uses()
