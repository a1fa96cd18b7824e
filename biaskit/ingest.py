"""Ingest: read a corpus (folders of text, Markdown, HTML, JSON, JSONL, CSV) into Articles.

Every file that cannot be read becomes a Problem naming the file and line or record; the rest of
the corpus is read on. A record kept with a flaw (a date not understood) is a Problem too, marked
as not skipped. Articles come out in a stable order (sorted paths, then record order).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import itertools
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Generator, Iterable, Iterator, Sequence

from biaskit.errors import JSON_DECODER, InputError, nesting_error, parse_json
from biaskit.htmltext import looks_like_html, parse_html
from biaskit.lexicons import BoilerplateRule
from biaskit.needles import fold
from biaskit.segment import join_paragraphs, split_paragraphs
from biaskit.types import Article, Dropped, Problem

TEXT_EXT = (".txt", ".text", ".md", ".markdown")
HTML_EXT = (".html", ".htm", ".xhtml")
JSON_EXT = (".json",)
JSONL_EXT = (".jsonl", ".ndjson")
CSV_EXT = (".csv", ".tsv")
SUPPORTED = TEXT_EXT + HTML_EXT + JSON_EXT + JSONL_EXT + CSV_EXT
STREAMED_EXT = JSON_EXT + JSONL_EXT + CSV_EXT  # read a piece at a time: a file of gigabytes is never held whole

# Record fields, most specific first. "content_original" before "content": some crawls keep a
# tokenised, masked "content" beside the original text.
FIELDS = {
    "text": ("content_original", "text", "body", "content", "article", "article_text",
             "full_text", "fulltext", "story", "maintext", "description"),
    "title": ("title", "headline", "heading", "name"),
    "outlet": ("outlet", "source", "publisher", "source_name", "site", "site_name", "media",
               "newspaper", "publication", "domain"),
    "date": ("date", "published", "published_at", "publish_date", "publication_date", "pubdate",
             "date_publish", "datetime", "timestamp", "created_at"),
    "url": ("url", "link", "news_link", "article_url", "source_url", "href"),
    "id": ("id", "ID", "article_id", "uid", "guid", "doc_id", "_id"),
}

_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y",
                 "%d %b %Y", "%m/%d/%Y", "%Y%m%d", "%a, %d %b %Y %H:%M:%S %z")
_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# Ways news writes a date that strptime does not read as they stand: "Sept. 5, 2019" (AP style),
# "September 5th, 2019", a date inside a longer line ("Published 5:30 PM EDT Sep 5, 2019",
# "09/05/2019 14:30").
_MONTH_DOT_RE = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.", re.I)
_ORDINAL_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.I)
_DATE_IN_TEXT_RE = re.compile(
    rf"\b\d{{4}}[-/]\d{{2}}[-/]\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{4}}\b|\b{_MONTHS}\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}\b|\b\d{{1,2}} {_MONTHS}\.? \d{{4}}\b", re.I)
_HEADER_RE = re.compile(r"^(title|headline|outlet|source|publisher|date|published|url|link|author|by)\s*:\s*(.*)$", re.I)
# Link text and addresses hold no bracket of their own kind, and an emphasis spans at most 1,000
# characters: so each "[", "(" or "*" that opens nothing is given up at the next one, not at the
# paragraph's end ("[[[[..." or "`x `x `x ..." cost time linear in their length, not its square).
_MD_IMAGE_RE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_MD_LINK_RE = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")
_MD_EMPH_RE = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.{1,1000}?)(?<=\S)\1")
_MD_PREFIX_RE = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")
_HAS_LETTER_RE = re.compile(r"[^\W\d_]")
_MAX_TITLE_WORDS = 30


@dataclass(frozen=True)
class _Raw:
    """An article before cleaning: title, paragraph texts and metadata as found."""

    title: str
    paragraphs: list[str]
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    rec_id: str | None = None


# ---------------------------------------------------------------------------------------------
# files


#: Longest article biaskit analyses (characters); a book-length "article" is almost always a dump.
MAX_ARTICLE_CHARS = 1_000_000


# A folder's own documentation, passed over when a folder is walked ("README.md" beside a
# corpus is no article); named on its own, such a file is read like any other.
_DOCUMENTATION = frozenset("readme license licence changelog copying".split())


def _is_documentation(name: str) -> bool:
    return name.split(".", 1)[0].lower() in _DOCUMENTATION


#: The hidden file that marks a folder biaskit wrote a report into: its pages, summary.json and
#: scores.csv are never read back as articles when the folder sits inside a corpus.
REPORT_MARKER = ".biaskit-report"


def iter_files(paths: Sequence[str | os.PathLike[str]]) -> Iterator[tuple[Path, Path]]:
    """(root, file) for every file under the given paths, sorted; hidden files, report folders
    (``REPORT_MARKER``) inside them and, inside folders, a folder's documentation (README,
    LICENSE, CHANGELOG, COPYING) are passed over.

    Symbolic links to folders are not followed, so a link loop cannot trap the walk.
    """
    # The given paths in a fixed order, so the order they are named in does not change the output.
    for p in sorted(dict.fromkeys(os.fspath(x) for x in paths)):
        root = Path(p)
        if root.is_file():
            yield root.parent, root
            continue
        if not root.exists():
            raise InputError(str(p), "no such file or folder")
        found = []
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                                 and not os.path.exists(os.path.join(dirpath, d, REPORT_MARKER)))
            found += [Path(dirpath) / f for f in filenames if not f.startswith(".") and not _is_documentation(f)]
        for f in sorted(found, key=lambda x: x.relative_to(root).as_posix()):
            yield root, f


def decode(data: bytes, path: str) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else Windows-1252."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not valid {codec} text ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes); not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(path, f"cannot decode as UTF-8 ({utf8_error}) or Windows-1252") from None
    if sum(ch < " " and ch not in "\t\n\r\f" for ch in text[:8192]) > 8:
        raise InputError(path, "binary file (control bytes); not an article")
    return text


def file_names(root: Path, path: Path) -> tuple[str, str | None]:
    """A corpus file's name under its root (as its articles' ids and problems give it) and the
    outlet its first folder names, if it is in one. Bytes of a name that are not UTF-8 (Python
    keeps them as lone surrogates, which no output can hold) become U+FFFD."""
    parts = [valid_text(part) for part in path.relative_to(root).parts]
    return "/".join(parts), parts[0] if len(parts) > 1 else None


def read_corpus(
    paths: Sequence[str | os.PathLike[str]],
    boilerplate: Sequence[BoilerplateRule] = (),
    on_position: Callable[[int, int], None] | None = None,
) -> Iterator[Article | Problem]:
    """Articles and problems of every file under ``paths``, streamed in a stable order.

    ``on_position(bytes_read, bytes_total)`` is called before each item is handed out, for progress
    displays (within a JSON Lines or CSV file, from the bytes read so far).
    """
    seen: dict[str, int] = {}
    files = list(iter_files(paths))
    sizes = [_size(p) for _, p in files]
    total = sum(sizes)
    before = 0
    for (root, path), size in zip(files, sizes):
        rel, outlet = file_names(root, path)
        for fraction, item in _read_file(path, rel, outlet, boilerplate):
            if isinstance(item, Article):
                n = seen.get(item.id, 0) + 1
                seen[item.id] = n
                if n > 1:  # two inputs with the same id: keep both, the later one renamed
                    item = _renamed(item, f"{item.id}~{n}")
            if on_position is not None:
                on_position(before + int(size * fraction), total)
            yield item
        before += size


def _regular(path: Path) -> None:
    """Only regular files of a corpus are read: a named pipe or a device among its files (or
    linked from it: the check follows links) would block the run or never end."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise InputError(str(path), "not a regular file (a pipe, device or socket); not read")


def read_file_bytes(path: Path) -> bytes:
    """A corpus file's bytes (a regular file's only)."""
    _regular(path)
    return path.read_bytes()


def file_digest(path: Path) -> str:
    """The SHA-256 of a corpus file's bytes, read a megabyte at a time (a file of gigabytes is
    never held whole; a regular file's only)."""
    _regular(path)
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def hashed_bytes(path: Path) -> tuple[str, bytes | None]:
    """A corpus file's SHA-256 and its bytes, read once for both, for ``_read_file`` to parse; None
    instead of the bytes for a JSON, JSON Lines or CSV file, hashed a megabyte at a time and later
    read a piece at a time."""
    if path.suffix.lower() in STREAMED_EXT:
        return file_digest(path), None
    data = read_file_bytes(path)
    return hashlib.sha256(data).hexdigest(), data


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _renamed(a: Article, new_id: str) -> Article:
    return replace(a, id=new_id)


def _read_file(
    path: Path, rel: str, folder_outlet: str | None, boilerplate: Sequence[BoilerplateRule],
    reuse: Callable[[str], Any] | None = None,
    data: bytes | None = None,
) -> Iterator[tuple[float, Any]]:
    """Articles and problems of one file, each beside the share of the file read so far.

    Never raises for bad content: what cannot be read becomes a Problem naming the file. With
    ``reuse``, each record's raw form (as a string) is offered to it first; what it returns (a
    cached result) is handed out instead of building and cleaning the article again. ``data``
    is the file's bytes when the caller has read them already; when it has not, a JSON Lines or
    CSV file is read a line at a time and a JSON file a megabyte at a time (their records stream:
    a file of gigabytes is never held whole).
    """
    ext = path.suffix.lower()
    if ext not in SUPPORTED:
        yield 1.0, Problem(rel, f"unsupported file type {ext or '(none)'}; expected one of {', '.join(SUPPORTED)}")
        return
    read = [0]  # bytes read so far, of a file read a piece at a time
    streamed: Iterator[str] | None = None
    try:
        if data is None and ext in JSON_EXT:
            streamed = _file_chunks(path, rel, read)
        elif data is None and ext in STREAMED_EXT:
            streamed = _file_lines(path, rel, read, keepends=ext in CSV_EXT)
        if streamed is None:
            if data is None:
                data = read_file_bytes(path)
            text = decode(data, rel)
    except InputError as exc:
        yield 1.0, Problem(rel, exc.reason)
        return
    except OSError as exc:
        yield 1.0, Problem(rel, f"cannot read: {exc.strerror or exc}")
        return
    if streamed is not None:
        size = max(1, _size(path))
        records = (_jsonl_records(streamed) if ext in JSONL_EXT else _json_records(streamed) if ext in JSON_EXT
                   else _csv_records(streamed, ext))
        yield from _read_records(records, rel, folder_outlet, boilerplate, reuse,
                                 lambda line: min(1.0, read[0] / size))
        return
    if not text.strip():
        yield 1.0, Problem(rel, "empty file")
        return
    if ext in TEXT_EXT:
        raws: Iterator[tuple[int | None, _Raw | str]] = iter([(None, _parse_text(text, ext))])
    elif ext in HTML_EXT:
        raws = iter([(None, _parse_html_page(text))])
    elif ext in JSON_EXT:
        raws = _json_records(iter([text]))
    elif ext in JSONL_EXT:
        raws = _jsonl_records(text.split("\n"))
    else:
        raws = _csv_records(iter(text.splitlines(keepends=True)), ext)
    lines = text.count("\n") + 1
    yield from _read_records(raws, rel, folder_outlet, boilerplate, reuse,
                             lambda line: min(1.0, line / lines) if line is not None else 1.0)


def _read_records(raws: Iterator[tuple[int | None, _Raw | str]], rel: str, folder_outlet: str | None,
                  boilerplate: Sequence[BoilerplateRule], reuse: Callable[[str], Any] | None,
                  share: Callable[[int | None], float]) -> Iterator[tuple[float, Any]]:
    """The articles and problems of a file's raw records (``share``: how much of the file is read
    once a record of that line is)."""
    while True:
        try:
            line, raw = next(raws)
        except StopIteration:
            break
        except OSError as exc:  # (a file read a line at a time, gone or failing part way)
            yield 1.0, Problem(rel, f"cannot read: {exc.strerror or exc}")
            return
        fraction = share(line)
        if isinstance(raw, str):
            yield fraction, Problem(rel, raw, line)
            continue
        locator = raw.rec_id if raw.rec_id else (str(line) if line is not None else None)
        art_id = f"{rel}#{locator}" if locator else rel
        source = f"{rel}:{line}" if line is not None else rel
        day = normalize_date(raw.date)
        if raw.date and day is None:  # kept, undated: said, not passed over
            yield fraction, Problem(rel, f"date {_shown(raw.date)} not understood; the article is read without a date",
                                    line, skipped=False)
        if reuse is not None:
            hit = reuse(repr((raw, art_id, source, folder_outlet)))
            if hit is not None:
                yield fraction, hit
                continue
        article = _build(raw, art_id, source, folder_outlet, boilerplate, day)
        yield fraction, (Problem(rel, article, line) if isinstance(article, str) else article)


# ---------------------------------------------------------------------------------------------
# formats


def _parse_text(text: str, ext: str) -> _Raw:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    lines = text.split("\n")
    # Front matter: "---" ... "---" (Markdown) or "Title: ..." header lines then a blank line.
    if lines and lines[0].strip() == "---" and "---" in (ln.strip() for ln in lines[1:40]):
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
        for ln in lines[1:end]:
            k, _, v = ln.partition(":")
            meta[k.strip().lower()] = v.strip().strip("\"'")
        lines = lines[end + 1:]
    elif lines and _HEADER_RE.match(lines[0]):
        i = 0
        while i < len(lines) and (m := _HEADER_RE.match(lines[i])):
            meta[m.group(1).lower()] = m.group(2).strip()
            i += 1
        if i < len(lines) and lines[i].strip():
            meta = {}  # not a header block after all: the text just starts with "Word: ..."
        else:
            lines = lines[i:]
    body = "\n".join(lines)
    markdown = ext in (".md", ".markdown")
    title = meta.get("title") or meta.get("headline") or ""
    paras = split_paragraphs(body)
    if markdown:
        paras, heading = _clean_markdown(body)
        title = title or heading
    return _Raw(
        title=title,
        paragraphs=paras,
        outlet=meta.get("outlet") or meta.get("source") or meta.get("publisher"),
        date=meta.get("date") or meta.get("published"),
        url=meta.get("url") or meta.get("link"),
    )


def _clean_markdown(body: str) -> tuple[list[str], str]:
    heading = ""
    out = []
    for para in split_paragraphs(body):
        if para.startswith("# ") and not heading and not out:
            heading = para[2:].strip()
            continue
        para = _MD_IMAGE_RE.sub("", para)
        para = _MD_LINK_RE.sub(r"\1", para)
        para = _MD_PREFIX_RE.sub("", para)
        para = _MD_EMPH_RE.sub(r"\2", para).strip()
        if para and set(para) - set("-*_=#| "):
            out.append(para)
    return out, heading


def _parse_html_page(markup: str) -> _Raw:
    doc = parse_html(markup)
    title = doc.field("title") or next((t for tag, t in doc.blocks if tag == "h1"), "") or doc.title_tag
    paras = [t for tag, t in doc.blocks]
    if paras and title and paras[0] == title:
        paras = paras[1:]
    return _Raw(
        title=title,
        paragraphs=paras,
        outlet=doc.field("outlet") or None,
        date=doc.field("date") or doc.time_datetime or None,
        url=doc.field("url") or doc.canonical or None,
    )


_JSON_LISTS = ("articles", "data", "items", "records", "results", "documents")  # in this order
_CHUNK = 1 << 20  # characters of a JSON file read at a time
# A JSON error further than this before the end of what is read is not for want of more text (a
# number, "true" or a "\\u" escape cut off by the end of a chunk fails within a few characters of it)
_JSON_TAIL = 16


class _JsonText:
    """The text of a JSON file as it is read, a chunk at a time: ``buf[pos:]`` is what is not
    parsed yet; what is parsed is let go, and where it ended is kept for the positions of errors."""

    def __init__(self, chunks: Iterator[str]) -> None:
        self.chunks = chunks
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.lines_before = 0  # line ends in the text let go
        self.column_before = 0  # characters after the last of them

    def more(self, at_least: int = 1) -> bool:
        """Read until ``at_least`` more characters are there or the file ends; False when
        nothing more was there to read."""
        had = size = len(self.buf)
        parts = [self.buf]
        while size < had + at_least and not self.eof:
            chunk = next(self.chunks, None)
            if chunk is None:
                self.eof = True
            else:
                parts.append(chunk)
                size += len(chunk)
        if size > had:
            self.buf = "".join(parts)
        return size > had

    def rest(self) -> None:
        """Read the rest of the file (joined once: reading it a chunk at a time onto what is
        there would copy it over and over)."""
        self.buf = "".join([self.buf, *self.chunks])
        self.eof = True

    def let_go(self) -> None:
        """Drop the text parsed so far, once there is a chunk of it."""
        if self.pos < _CHUNK:
            return
        done = self.buf[: self.pos]
        ends = done.count("\n")
        self.lines_before += ends
        self.column_before = len(done) - done.rfind("\n") - 1 if ends else self.column_before + len(done)
        self.buf, self.pos = self.buf[self.pos:], 0

    def next_char(self) -> str:
        """The next character that is not white space ("" at the end of the file), passed up to."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\n\r":
                self.pos += 1
            if self.pos < len(self.buf) or not self.more():
                return self.buf[self.pos: self.pos + 1]

    def problem(self, message: str, at: int) -> tuple[int, str]:
        """(line, problem) for an error at ``buf[at]``, as ``json.loads`` on the whole file puts it."""
        ends = self.buf.count("\n", 0, at)
        column = at - self.buf.rfind("\n", 0, at) + (0 if ends else self.column_before)
        return self.lines_before + ends + 1, f"invalid JSON: {message} (column {column})"

    def value(self, depth: int) -> tuple[Any, tuple[int, str] | None]:
        """The JSON value at ``pos`` (``depth``: inside how many arrays or objects), read on
        until it is whole, or the problem that stops it."""
        while True:
            try:
                value, end = JSON_DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                cut = exc.msg.startswith("Unterminated string") or len(self.buf) - exc.pos <= _JSON_TAIL
                if not cut or not self.more(len(self.buf) - self.pos + _CHUNK):
                    return None, self.problem(exc.msg, exc.pos)
                continue  # (read on: twice as much each time, so a long value is not parsed over and over)
            except RecursionError:
                self.rest()
                exc = nesting_error(self.buf, self.pos, depth)
                return None, self.problem(exc.msg, exc.pos)
            if len(self.buf) - end <= _JSON_TAIL and self.more():
                continue  # a number may go on in the next chunk ("12" of "12e3")
            self.pos = end
            return value, None


def _json_records(chunks: Iterator[str]) -> Iterator[tuple[int | None, _Raw | str]]:
    """The records of a JSON file: a list of objects, an object with a list of them under
    "articles" ("data", "items", ...), or one object. A list at the top or under "articles" is
    read one record at a time (a file of gigabytes is never held whole; the records before an
    error are kept); an object's other values are read whole."""
    t = _JsonText(chunks)
    first = t.next_char()
    if not first:
        yield None, "empty file"
        return
    if first == "[":
        whole = (yield from _json_list(t, 1)) is not None
    elif first == "{":
        whole = yield from _json_object(t)
    else:  # (a string, number ...: read to say whether it is malformed JSON or only no object)
        _, problem = t.value(0)
        if problem is not None:
            yield problem
            return
        yield None, "JSON must be an object, a list of objects, or an object with an 'articles' list"
        whole = True
    if whole and t.next_char():
        yield t.problem("Extra data", t.pos)


def _json_list(t: _JsonText, depth: int, before: int = 0) -> Generator[tuple[int | None, _Raw | str], None, int | None]:
    """The records of the list whose "[" is at ``pos``, one at a time, numbered after ``before``
    records; returns the number of the last record, or None when a problem ended it."""
    t.pos += 1
    count = before
    while True:
        ch = t.next_char()
        if ch == "]" and count == before:
            t.pos += 1
            return count
        rec, problem = t.value(depth)
        if problem is not None:
            yield problem
            return None
        count += 1
        yield None, _record(rec, f"record {count}")
        t.let_go()
        ch = t.next_char()
        if ch == "]":
            t.pos += 1
            return count
        if ch != ",":
            yield t.problem("Expecting ',' delimiter", t.pos)
            return None
        t.pos += 1


def _json_object(t: _JsonText) -> Generator[tuple[int | None, _Raw | str], None, bool]:
    """The records of the object whose "{" is at ``pos``: the list under its "articles" key is
    read a record at a time as it comes (it is the one picked whatever follows; a second
    "articles" list is read after it, numbered on); its other values are read whole and, when it
    has no "articles" list, picked from as ``_JSON_LISTS`` orders them, or the object is one
    record. Returns False when a problem ended it."""
    t.pos += 1
    values: dict[str, Any] = {}
    streamed: int | None = None  # records read from "articles" lists (None: no such list yet)
    ch = t.next_char()
    if ch == "}":  # (an empty object: one record, without text)
        t.pos += 1
    while ch != "}":
        if ch != '"':
            yield t.problem("Expecting property name enclosed in double quotes", t.pos)
            return False
        key, problem = t.value(1)
        if problem is None and t.next_char() != ":":
            problem = t.problem("Expecting ':' delimiter", t.pos)
        if problem is not None:
            yield problem
            return False
        t.pos += 1
        if key == "articles" and t.next_char() == "[":
            streamed = yield from _json_list(t, 2, streamed or 0)
            if streamed is None:
                return False
        else:
            t.next_char()
            values[key], problem = t.value(1)
            if problem is not None:
                yield problem
                return False
        ch = t.next_char()
        if ch == "}":
            t.pos += 1
            break
        if ch != ",":
            yield t.problem("Expecting ',' delimiter", t.pos)
            return False
        t.pos += 1
        ch = t.next_char()
        if ch != '"':  # (not even "}": no comma before the end)
            yield t.problem("Expecting property name enclosed in double quotes", t.pos)
            return False
    if streamed is not None:
        return True
    data: Any = next((values[k] for k in _JSON_LISTS if isinstance(values.get(k), list)), [values])
    for i, rec in enumerate(data, 1):
        yield None, _record(rec, f"record {i}")
    return True


def _streamable(path: Path, rel: str) -> bool:
    """Whether a file can be read a piece at a time: not in UTF-16 or UTF-32 (read whole). What
    ``decode`` rejects in a file's first 8 KB raises InputError here too."""
    _regular(path)
    with path.open("rb") as fh:
        head = fh.read(8192)
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        raise InputError(rel, "binary file (contains NUL bytes); not an article")
    return True


def _file_chunks(path: Path, rel: str, read: list[int]) -> Iterator[str] | None:
    """The text of a JSON file, read and decoded a megabyte at a time (``read[0]``: the bytes
    read so far), or None for a file in UTF-16 or UTF-32 (read whole). From the first bytes that
    are not UTF-8 on, the file is read as Windows-1252."""
    if not _streamable(path, rel):
        return None

    def chunks() -> Iterator[str]:
        decoder = codecs.getincrementaldecoder("utf-8")()
        utf8 = True
        with path.open("rb") as fh:
            first = True
            while True:
                raw = fh.read(_CHUNK)
                read[0] += len(raw)
                if first and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                first = False
                if utf8:
                    try:
                        text = decoder.decode(raw, final=not raw)
                    except UnicodeDecodeError:
                        utf8 = False
                        text = (decoder.getstate()[0] + raw).decode("cp1252", errors="replace")
                else:
                    text = raw.decode("cp1252", errors="replace")
                if text:
                    yield text
                if not raw:
                    return

    return chunks()


def _file_lines(path: Path, rel: str, read: list[int], keepends: bool = False) -> Iterator[str] | None:
    """The lines of a JSON Lines or CSV file, read and decoded one at a time (``read[0]``: the bytes
    read so far), or None for a file in UTF-16 or UTF-32, which is read whole. What ``decode``
    rejects in a file's first 8 KB raises InputError here too; a line that is not UTF-8 is read as
    Windows-1252. JSON Lines end at "\\n" alone and lose it; with ``keepends`` (CSV) lines keep
    their ends and also end where ``str.splitlines`` ends them ("\\r" alone, ...), as they do when
    the file is read whole."""
    if not _streamable(path, rel):
        return None

    def lines() -> Iterator[str]:
        with path.open("rb") as fh:
            for k, raw in enumerate(fh):  # (binary lines end at b"\n" only)
                read[0] += len(raw)
                if k == 0 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                if not keepends and raw.endswith(b"\n"):
                    raw = raw[:-1]
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    line = raw.decode("cp1252", errors="replace")
                if keepends:
                    yield from line.splitlines(keepends=True)
                else:
                    yield line

    return lines()


def _jsonl_records(lines: Iterable[str]) -> Iterator[tuple[int | None, _Raw | str]]:
    # Records end at "\n" only: str.splitlines would also cut at U+2028, \x1e and the like,
    # which may stand raw inside a JSON string.
    blank = True
    for lineno, line in enumerate(lines, 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        blank = False
        try:
            rec = parse_json(line)
        except json.JSONDecodeError as exc:
            yield lineno, f"invalid JSON: {exc.msg} (column {exc.colno})"
            continue
        yield lineno, _record(rec, "record")
    if blank:
        yield None, "empty file"


def _csv_records(lines: Iterator[str], ext: str) -> Iterator[tuple[int | None, _Raw | str]]:
    """The records of a CSV file's lines (each with its line end); the delimiter is the one its
    header line uses (blank lines before it are passed over; a file of blank lines is empty)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    skipped = 0
    first = next(lines, None)
    while first is not None and not first.strip():
        skipped += 1
        first = next(lines, None)
    if first is None:
        yield None, "empty file"
        return
    delimiter = "\t" if ext == ".tsv" else ","
    try:
        delimiter = csv.Sniffer().sniff(first.rstrip("\r\n")[:65536], delimiters=",;\t|").delimiter
    except csv.Error:
        pass
    reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
    header: list[str] | None = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield skipped + reader.line_num, f"malformed CSV: {exc}"
            continue
        if header is None:
            header = [h.strip().lstrip("\ufeff") for h in row]
            if not any(h.lower() in FIELDS["text"] for h in header):
                yield skipped + 1, f"CSV header has no text column (looked for {', '.join(FIELDS['text'])})"
                return
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield skipped + reader.line_num, f"malformed CSV record: {len(row)} fields where the header has {len(header)}"
            continue
        yield skipped + reader.line_num, _record(dict(zip(header, row)), "record")


def _pick(rec: dict[str, Any], name: str) -> Any:
    lowered = {str(k).lower(): v for k, v in rec.items()}
    for key in FIELDS[name]:
        for cand in (rec.get(key), lowered.get(key.lower())):
            if cand not in (None, "", [], {}):
                return cand
    return None


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """``text`` with each lone surrogate (a JSON escape such as "\\ud800", which stands for no
    character and cannot be written as UTF-8) as U+FFFD, the replacement character."""
    return _SURROGATE_RE.sub("\ufffd", text)


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):  # e.g. {"source": {"id": ..., "name": "Reuters"}}
        value = value.get("name") or value.get("title") or value.get("id")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        value = " ".join(valid_text(value).split())
        return value or None
    return None


def _record(rec: Any, what: str) -> _Raw | str:
    if not isinstance(rec, dict):
        return f"{what} is a JSON {type(rec).__name__}, not an object"
    body = _pick(rec, "text")
    if isinstance(body, list) and all(isinstance(x, str) for x in body):
        body = "\n\n".join(body)
    if not isinstance(body, str) or not body.strip():
        return f"{what} has no text (looked for {', '.join(FIELDS['text'])})"
    body = valid_text(body)
    if looks_like_html(body):
        paras = [t for _, t in parse_html(body).blocks]
    else:
        paras = split_paragraphs(body)
    return _Raw(
        title=_as_text(_pick(rec, "title")) or "",
        paragraphs=paras,
        outlet=_as_text(_pick(rec, "outlet")),
        date=_as_text(_pick(rec, "date")),
        url=_as_text(_pick(rec, "url")),
        rec_id=_as_text(_pick(rec, "id")),
    )


# ---------------------------------------------------------------------------------------------
# cleaning


def _shown(value: str, limit: int = 60) -> str:
    """A value from the input as a problem quotes it: in quotes, cut short."""
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


def normalize_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from the common ways feeds write one; None when unrecognised."""
    if not value:
        return None
    v = value.strip()
    if re.fullmatch(r"\d{10}(\.\d+)?", v):  # Unix seconds
        return datetime.utcfromtimestamp(float(v)).strftime("%Y-%m-%d")
    try:
        return datetime.fromisoformat(v.replace("Z", "+00:00")).strftime("%Y-%m-%d")
    except ValueError:
        pass
    found = _strptime(v)
    if found is None:
        try:  # RFC 2822, as feeds write it: "Thu, 05 Sep 2019 14:30:00 GMT"
            from email.utils import parsedate_to_datetime

            found = parsedate_to_datetime(v).strftime("%Y-%m-%d")
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    if found is None:  # a date inside a longer line
        m = _DATE_IN_TEXT_RE.search(v)
        found = _strptime(m.group()) if m else None
    return found


def _strptime(v: str) -> str | None:
    """``v`` read with one of the date formats, once AP-style month dots ("Sept.") and ordinal
    suffixes ("5th") are taken out; None when none reads it."""
    v = _ORDINAL_RE.sub(r"\1", _MONTH_DOT_RE.sub(lambda m: m.group(1)[:3], v))
    v = " ".join(re.sub(r"(?i)\bSept\b", "Sep", v).split())
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(v, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def drop_boilerplate(
    paragraphs: Sequence[str], rules: Sequence[BoilerplateRule]
) -> tuple[list[str], list[Dropped]]:
    """Split paragraphs into those kept for scoring and those dropped, with the rule that dropped them.

    Cutting rules go first: what they match inside a paragraph (a profile card of a name and
    headlines ...) is taken out of it and listed as dropped, and the rest of the paragraph stays."""
    kept: list[str] = []
    dropped: list[Dropped] = []
    cutting = [r for r in rules if r.cut]
    rules = [r for r in rules if not r.cut]
    for p in paragraphs:
        whole = p
        for rule in cutting:
            spans = rule.cuts(p)
            if spans:
                dropped += [Dropped(p[a:b].strip(), rule.id, rule.reason, cut=True) for a, b in spans]
                p = _cut(p, spans)
        if not p and whole:
            continue  # all of it was cut, and is listed
        if not _HAS_LETTER_RE.search(p):
            dropped.append(Dropped(p, "no_text", "no words"))
            continue
        words = len(p.split())
        folded = fold(p)
        rule = next((r for r in rules if r.matches(p, words, folded)), None)
        if rule is None:
            kept.append(p)
        else:
            dropped.append(Dropped(p, rule.id, rule.reason))
    return kept, dropped


def _cut(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` without the character spans (in order, not overlapping), one space where a cut had
    space on both sides."""
    parts, at = [], 0
    for a, b in spans:
        parts.append(text[at:a])
        at = b
    parts.append(text[at:])
    out = parts[0]
    for part in parts[1:]:
        out = out.rstrip() + " " + part.lstrip() if out[-1:].isspace() and part[:1].isspace() else out + part
    return out.strip()


# A character that starts a UTF-8 sequence, read as Windows-1252 or Latin-1 (Â Ã â ...), then one
# that continues it, read the same way: text encoded twice, or decoded with the wrong encoding
# ("ObamaÃ¢â‚¬â„¢s" for "Obama’s"). Only text with such a pair is given to ftfy, which decides.
_MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
    "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)


def unmangled(text: str) -> str:
    """``text`` with mojibake repaired ("ObamaÃ¢â‚¬â„¢s" -> "Obama’s", by ftfy's ``fix_encoding``,
    which changes nothing else), white space folded where it changed; text without the mark of
    mojibake is returned as it is, at the cost of one search."""
    if not _MOJIBAKE_RE.search(text):
        return text
    from ftfy import fix_encoding

    fixed = fix_encoding(text)
    return text if fixed == text else " ".join(fixed.split())


def _looks_like_title(p: str) -> bool:
    words = p.split()
    return 0 < len(words) <= _MAX_TITLE_WORDS and not p.rstrip("\"'”’").endswith((".", ":", ";", ","))


def _build(
    raw: _Raw, art_id: str, source: str, folder_outlet: str | None, rules: Sequence[BoilerplateRule], date: str | None
) -> Article | str:
    """The article of a record (``date``: its date, read already), or why there is none."""
    paras, dropped = drop_boilerplate([unmangled(p) for p in raw.paragraphs], rules)
    title = " ".join(unmangled(raw.title).split())
    if not title and len(paras) > 1 and _looks_like_title(paras[0]):
        title, paras = paras[0], paras[1:]  # plain text: a short first line without a full stop
    elif title and paras and paras[0] == title:
        paras = paras[1:]
    if not paras and not title:
        return "no article text left after dropping boilerplate" if dropped else "no article text"
    texts = ([title] if title else []) + paras
    size = sum(len(t) for t in texts)
    if size > MAX_ARTICLE_CHARS:
        return (f"article of {size:,} characters is longer than the {MAX_ARTICLE_CHARS:,} biaskit analyses "
                "(a dump or a binary file read as text?)")
    body, spans = join_paragraphs(texts)
    if title:
        spans = (replace(spans[0], kind="title"),) + spans[1:]
    return Article(
        id=art_id,
        outlet=(unmangled(raw.outlet or "") or folder_outlet or "unknown").strip() or "unknown",
        title=title,
        text=body,
        paragraphs=spans,
        source=source,
        date=date,
        url=raw.url,
        dropped=tuple(dropped),
    )
