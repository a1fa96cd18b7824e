"""The errors biaskit raises: one hierarchy, each naming what went wrong and where."""

from __future__ import annotations

import json
from typing import Any


class BiaskitError(Exception):
    """Base class of every error biaskit raises on purpose."""


class UsageError(BiaskitError):
    """A call was made with options that cannot work together or do not exist."""


class InputError(BiaskitError):
    """An input path or record cannot be read; names the path and, where known, the line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class LexiconError(BiaskitError):
    """A lexicon file is missing or malformed; names the file, the entry and the reason."""

    def __init__(self, path: str, message: str, entry: str | None = None) -> None:
        self.path = path
        self.entry = entry
        self.reason = message
        where = f"{path} [{entry}]" if entry else path
        super().__init__(f"{where}: {message}")


class OutputError(BiaskitError):
    """An output file or folder cannot be written."""


class EmptyCorpusError(BiaskitError):
    """No article could be read from the input; carries the problems met on the way."""

    def __init__(self, paths: list[str], problems: list) -> None:
        self.problems = problems
        where = ", ".join(paths)
        detail = f" ({len(problems)} files or records could not be read)" if problems else ""
        super().__init__(f"no articles found in {where}{detail}")


def _json_int(digits: str) -> int | float:
    """An integer in JSON text from outside; one longer than Python converts (4,300 digits) is
    read as a float (infinite) rather than a ValueError that would end the whole run."""
    try:
        return int(digits)
    except ValueError:
        return float(digits)


#: The JSON decoder for text from outside (``parse_json``; its ``raw_decode`` reads records one by one).
JSON_DECODER = json.JSONDecoder(parse_int=_json_int)


def parse_json(text: str) -> Any:
    """``json.loads`` for text from outside: arrays or objects nested too deeply for Python's
    parser (thousands of "[") are a ``json.JSONDecodeError`` like any other malformed JSON (at the
    bracket where the nesting is deepest), not a RecursionError that would end the whole run; an
    integer of thousands of digits is read as a float (see ``_json_int``)."""
    try:
        return JSON_DECODER.decode(text)
    except RecursionError:
        raise nesting_error(text) from None


def parse_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads`` for text from outside: nesting too deep for the parser, or an integer
    longer than Python converts (4,300 digits), is a ``TOMLDecodeError`` (a ValueError) like other
    malformed TOML, not an error that would end the whole run. biaskit's one reader of TOML."""
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise
    except RecursionError:  # thousands of "["
        raise tomllib.TOMLDecodeError("arrays or tables nested too deeply to read") from None
    except ValueError:  # int() refuses that many digits
        raise tomllib.TOMLDecodeError("a number with more digits than can be read") from None


def nesting_error(text: str, start: int = 0, depth: int = 0) -> json.JSONDecodeError:
    """The error for JSON nested too deeply to read: at the bracket where the nesting is deepest,
    counted from ``start`` in ``text``, ``depth`` brackets deep there."""
    deepest = depth
    where = start
    in_string = escaped = False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, i
        elif ch in "]}":
            depth -= 1
    return json.JSONDecodeError(f"arrays or objects nested {deepest} deep, too deep to read", text, where)
