"""The Examples of the docstrings of core.finance and core.taxes run as doctests (issue 28)."""

import doctest
import inspect

import pytest

from economic_layer_plugin.core import finance, taxes

FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _public_functions(module) -> list:
    """The public functions defined in ``module``: those in ``__all__`` and any other public name that
    is a function of the module itself (e.g. taxes.vat_after_input, used by the stack but not exported)."""
    names = set(getattr(module, "__all__", ())) | {name for name in vars(module) if not name.startswith("_")}
    return sorted(name for name in names
                  if inspect.isfunction(getattr(module, name, None))
                  and getattr(module, name).__module__ == module.__name__)


@pytest.mark.parametrize("module", [finance, taxes], ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_docstring_examples_pass(module) -> None:
    result = doctest.testmod(module, optionflags=FLAGS, verbose=False)
    assert result.failed == 0
    assert result.attempted > 0


@pytest.mark.parametrize("module", [finance, taxes], ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_public_function_has_an_example(module) -> None:
    finder = doctest.DocTestFinder()
    functions = _public_functions(module)
    assert functions
    for name in functions:
        tests = finder.find(getattr(module, name), name, module=module, globs=vars(module))
        examples = sum(len(test.examples) for test in tests)
        assert examples >= 1, f"{module.__name__}.{name} has no doctest example"


@pytest.mark.parametrize("module", [finance, taxes], ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_public_function_has_the_numpy_sections(module) -> None:
    for name in _public_functions(module):
        doc = inspect.getdoc(getattr(module, name))
        for section in ("Parameters", "Returns", "Notes", "Examples"):
            assert f"\n{section}\n{'-' * len(section)}\n" in doc, f"{module.__name__}.{name}: no {section}"


def test_the_public_functions_are_the_expected_ones() -> None:
    assert _public_functions(finance) == sorted(finance.__all__)
    assert _public_functions(taxes) == sorted(
        ["corporate_income_tax", "land_appreciation_tax", "land_appreciation_tax_detail",
         "land_appreciation_tax_fen", "lat_band", "to_fen", "vat_after_input", "vat_on_sales"])
