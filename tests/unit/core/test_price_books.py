"""Price-book templates (core/price_books.py): the sample's book unchanged, a city template's prices and
its source and year stored in the book's note, an unknown template named."""

from __future__ import annotations

import pytest

from economic_layer_plugin.core.assumptions import Assumptions
from economic_layer_plugin.core.price_books import TEMPLATES, PriceBookError, book, is_sample_book, template


def test_the_sample_template_is_the_default_book_unchanged():
    sample = book("sample")
    assert sample.uses == Assumptions().uses and is_sample_book(sample)
    assert sample.uses["residential"].sale_price == 18000  # the "residential 18,000 yuan/m2"
    assert "2025" in sample.note and "estimate" in sample.note


def test_the_lujiazui_template_changes_prices_only():
    city, default = book("shanghai_lujiazui"), Assumptions()
    assert city.uses["residential"].sale_price == 100000 and city.uses["office"].rent == 270
    assert city.uses["residential"].construction_rate == default.uses["residential"].construction_rate
    assert city.uses["industrial"] == default.uses["industrial"]  # uses it does not name: as the default
    assert city.rates == default.rates and city.feasibility == default.feasibility
    assert not is_sample_book(city)
    assert "(2024)" in city.note and "illustrative estimate" in city.note.lower()
    assert Assumptions.from_json(city.to_json()) == city  # stored and read back like any book


def test_every_template_names_its_source_and_year_and_an_unknown_one_is_named():
    for item in TEMPLATES:
        assert item.source and 2000 < item.year < 2100 and (not item.estimate or "estimate" in item.source.lower())
    with pytest.raises(PriceBookError, match="'beijing'.*sample, shanghai_lujiazui"):
        template("beijing")


def test_the_chinese_note_is_chinese():
    assert "陆家嘴" in book("shanghai_lujiazui", language="zh").note
