"""SQL composed from pieces whose kind is known, as ``psycopg2.sql`` does it.

QGIS's database connection API (``QgsAbstractDatabaseProviderConnection.executeSql``) takes SQL as
text, without parameters: every name and value that goes into a statement is quoted here, never
pasted with an f-string. A statement is a :class:`SQL` template written in the code, filled with
:class:`Identifier` (a quoted name, optionally qualified), :class:`Literal` (a quoted text or a
number) or other :class:`SQL` pieces; anything else is refused, so user text cannot reach a
statement unquoted.

    >>> str(SQL("SELECT {} FROM {} WHERE scheme = {}").format(
    ...     Identifier("fid"), Identifier("team", "Plan"), Literal("a'b")))
    'SELECT "fid" FROM "team"."Plan" WHERE scheme = \\'a\\'\\'b\\''
"""

from __future__ import annotations

from numbers import Integral, Real


def quote_identifier(name: str) -> str:
    """A name as PostgreSQL quotes it: in double quotes, inner double quotes doubled."""
    return '"' + str(name).replace('"', '""') + '"'


def quote_literal(value) -> str:
    """A value as an SQL constant: NULL, a number as written, anything else as quoted text."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, Integral):
        return str(int(value))
    if isinstance(value, Real):
        number = float(value)
        if number != number or number in (float("inf"), float("-inf")):
            raise ValueError(f"{value!r} is not a finite number")
        return repr(number)
    return "'" + str(value).replace("'", "''") + "'"


class Composable:
    """A piece of a statement; ``str()`` gives its SQL text."""

    def as_string(self) -> str:
        raise NotImplementedError

    def __str__(self) -> str:
        return self.as_string()

    def __add__(self, other: Composable) -> SQL:
        if not isinstance(other, Composable):
            raise TypeError(f"only SQL pieces can be added to SQL, not {type(other).__name__}")
        return SQL(self.as_string() + other.as_string())

    def __eq__(self, other) -> bool:
        return type(self) is type(other) and self.as_string() == other.as_string()

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.as_string()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.as_string()!r})"


class SQL(Composable):
    """SQL text written in the code; ``{}`` placeholders are filled by :meth:`format`."""

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError("SQL takes the text of a statement written in the code")
        self.text = text

    def as_string(self) -> str:
        return self.text

    def format(self, *args: Composable, **kwargs: Composable) -> SQL:
        """The template with each ``{}`` or ``{name}`` filled by an SQL piece (others are refused)."""
        return SQL(self.text.format(*(_piece(arg) for arg in args),
                                    **{key: _piece(arg) for key, arg in kwargs.items()}))

    def join(self, pieces) -> SQL:
        """The pieces with this text between them (``SQL(", ").join(...)``)."""
        return SQL(self.text.join(_piece(piece) for piece in pieces))


class Identifier(Composable):
    """A name (table, column, schema, role, constraint), qualified when given several parts."""

    def __init__(self, *parts: str) -> None:
        if not parts or not all(isinstance(part, str) and part for part in parts):
            raise TypeError("an identifier is one or more non-empty names")
        self.parts = parts

    def as_string(self) -> str:
        return ".".join(quote_identifier(part) for part in self.parts)


class Literal(Composable):
    """A value: text, a number or NULL."""

    def __init__(self, value) -> None:
        self.value = value

    def as_string(self) -> str:
        return quote_literal(self.value)


def _piece(value) -> str:
    if not isinstance(value, Composable):
        raise TypeError(
            f"SQL is filled only with SQL, Identifier or Literal pieces, not {type(value).__name__}"
        )
    return value.as_string()
