"""A cache of analysis results per input file, so a re-run only re-analyses changed files.

An entry is keyed by the SHA-256 of the file's bytes together with everything else that shapes
its results: the biaskit version, the hash of every lexicon file in use (overlays included), the
target model and the file's place in the corpus (its relative path, which can name the outlet).
Entries are written atomically and carry a checksum; a damaged, truncated or foreign entry counts
as a miss and is recomputed. The cache holds
only what biaskit itself computed from your files, in your cache folder (pickle; do not point
--cache at a folder others can write to).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
import os
import pickle
from pathlib import Path
from typing import Any

from biaskit.fsutil import atomic_write_bytes

_MAGIC = b"biaskit-cache-2\n"  # then the SHA-256 of the payload (64 hex digits), then the payload


def default_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "biaskit"


class ResultCache:
    """Results of analysed files under ``folder``, keyed by file content and run context."""

    def __init__(self, folder: Path, context: str) -> None:
        self.folder = Path(folder)
        self.context = context
        self.hits = 0
        self.misses = 0

    def key(self, data: bytes, rel: str, outlet: str | None) -> str:
        h = hashlib.sha256()
        for part in (self.context, rel, outlet or "", ""):
            h.update(part.encode("utf-8") + b"\0")
        h.update(data)
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> list[Any] | None:
        try:
            raw = self._path(key).read_bytes()
        except OSError:
            self.misses += 1
            return None
        digest, payload = raw[len(_MAGIC):len(_MAGIC) + 64], raw[len(_MAGIC) + 64:]
        if not raw.startswith(_MAGIC) or hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
            self.misses += 1  # damaged, truncated or foreign: analyse again, never trust it
            return None
        try:
            items = pickle.loads(payload)
        except Exception:
            self.misses += 1
            return None
        self.hits += 1
        return items

    def put(self, key: str, items: list[Any]) -> None:
        try:
            self._path(key).parent.mkdir(parents=True, exist_ok=True)
            payload = pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL)
            atomic_write_bytes(self._path(key), _MAGIC + hashlib.sha256(payload).hexdigest().encode("ascii") + payload)
        except Exception:  # a cache that cannot be written only costs time
            pass


@lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 of biaskit's own code and data files: any change to them makes cached results stale."""
    from importlib import resources

    h = hashlib.sha256()
    root = resources.files("biaskit")
    for sub in ("", "lexicons", "models"):
        folder = root / sub if sub else root
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_file() and entry.name.endswith((".py", ".gz", ".npz")):
                h.update(f"{sub}/{entry.name}\0".encode())
                h.update(entry.read_bytes())
    return h.hexdigest()


def run_context(lex: Any, unresolved: bool) -> str:
    """Everything besides a file's bytes that its results depend on."""
    from importlib.metadata import version

    from biaskit import __version__
    from biaskit.targets import FEATURE_VERSION, default_model

    # (the libraries whose versions change the results: VADER's lexicon, ftfy's repairs of the text)
    parts = [__version__, f"code:{code_digest()}", f"features{FEATURE_VERSION}", default_model().name,
             f"unresolved={unresolved}", f"vaderSentiment:{version('vaderSentiment')}", f"ftfy:{version('ftfy')}"]
    parts += [f"{s.name}:{s.sha256}" for s in lex.sources]
    return "|".join(parts)
