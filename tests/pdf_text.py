"""Text of a PDF as the tests read it: the report's tests (tests/qgis) and the desktop's (tests/e2e,
which load this file by its path)."""

import unicodedata

# Noto CJK maps some characters to CJK radicals in the PDF's text (pdftotext reads 民 as U+2EA0);
# NFKC turns the Kangxi radicals back, not these
RADICALS = str.maketrans(
    {
        "\u2ea0": "民",
        "\u2f3e": "户",
        "\u2ed3": "长",
        "\u2ed4": "门",
        "\u2ecb": "车",
        "\u2ec5": "见",
        "\u2edb": "风",
        "\u2ee2": "马",
        "\u2ee5": "鱼",
        "\u2ec6": "角",
        "\u2ed8": "青",
        "\u2edd": "食",
        "\u2eda": "页",
        "\u2ec9": "贝",
        "\u2ec4": "西",
        "\u2ee9": "黄",
        "\u2eec": "齐",
        "\u2ef0": "龙",
        "\u2e9f": "母",
        "\u2ee3": "骨",
    }
)


def normalised(text: str) -> str:
    """NFKC after the radicals are mapped back (CJK fonts map some characters to their Kangxi
    radicals, Latin fonts to ligatures)."""
    return unicodedata.normalize("NFKC", text.translate(RADICALS))
