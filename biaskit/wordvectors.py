"""Small word vectors: what a word means, for words the target-sentiment model never saw labelled.

The target model learns a weight for each word it saw often enough in its training targets; a
word seen once, or never, tells it nothing. Word vectors carry what a pretrained language model
knows about a word ("slammed" sits near "criticised", "hailed" near "praised"), so the model
also weighs the average vector of the words around a mention.

The vectors ship as ``biaskit/models/word_vectors.npz``: one short vector (16 numbers, int8) per
word of an English vocabulary, read with numpy only. They are made once, offline, by

    biaskit train word-vectors MODEL_DIR ../shared/data/newsmtsc

from a sentence-transformers model on disk (all-MiniLM-L6-v2, Apache-2.0): each word is encoded
alone, the encodings are reduced to their main components (PCA) and set to unit length. The
vocabulary is the model's own whole-word tokens, VADER's lexicon and the words of the NewsMTSC
training split. Nothing is downloaded, at build time or when biaskit runs.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

VECTORS_FILE = "word_vectors.npz"
DIMENSIONS = 16
_LEVELS = 127  # int8 steps per unit: the vectors have unit length, so every component fits
_WORD_RE = re.compile(r"[a-z][a-z'.-]*")


class WordVectors:
    """Words and their vectors (rows of ``matrix``; components in [-1, 1], in steps of 1/127)."""

    def __init__(self, words: Sequence[str], matrix, meta: dict) -> None:
        import numpy as np

        # kept as the file keeps them (int8 steps), in float64 like the model's weights
        matrix = np.round(np.clip(np.asarray(matrix, dtype=np.float64), -1.0, 1.0) * _LEVELS) / _LEVELS
        if matrix.ndim != 2 or matrix.shape[0] != len(words):
            raise ValueError(f"word vectors: {len(words)} words but a matrix of shape {matrix.shape}")
        if len(set(words)) != len(words):
            raise ValueError("word vectors: a word is listed twice")
        self.words = list(words)
        self.matrix = matrix
        self.index = {w: i for i, w in enumerate(self.words)}
        self.meta = meta

    def __contains__(self, word: str) -> bool:
        return word in self.index

    def __len__(self) -> int:
        return len(self.words)

    @property
    def dimensions(self) -> int:
        return int(self.matrix.shape[1])

    def vector(self, word: str):
        return self.matrix[self.index[word]]

    @cached_property
    def digest(self) -> str:
        """What identifies these vectors: a model trained on them records it."""
        h = hashlib.sha256("\n".join(self.words).encode("utf-8"))
        h.update(self._steps().tobytes())
        return h.hexdigest()[:16]

    def _steps(self):
        """The components as int8 steps, as the file keeps them."""
        import numpy as np

        return np.round(self.matrix * _LEVELS).astype(np.int8)

    def to_bytes(self) -> bytes:
        import numpy as np

        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            words=np.array("\n".join(self.words).encode("utf-8")),
            vectors=self._steps(),
            meta=np.array(json.dumps(self.meta, sort_keys=True).encode("utf-8")),
        )
        return buf.getvalue()

    def save(self, path: Path) -> None:
        from biaskit.fsutil import atomic_write_bytes

        atomic_write_bytes(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path | None = None) -> "WordVectors":
        import numpy as np

        if path is None:
            with resources.as_file(resources.files("biaskit") / "models" / VECTORS_FILE) as p:
                return cls.load(Path(p))
        try:
            with np.load(path, allow_pickle=False) as z:
                words = bytes(z["words"].item()).decode("utf-8").split("\n")
                matrix = z["vectors"].astype(np.float64) / _LEVELS
                meta = json.loads(bytes(z["meta"].item()).decode("utf-8"))
        except (OSError, KeyError, ValueError) as exc:
            raise ValueError(f"{path}: not a word vectors file ({exc})") from exc
        return cls(words, matrix, meta)


@lru_cache(maxsize=1)
def default_vectors() -> WordVectors:
    return WordVectors.load()


def vocabulary(model_dir: Path, extra: Iterable[str] = ()) -> list[str]:
    """The words to give vectors: the model's whole-word tokens, VADER's lexicon and ``extra``
    (lower case words only: no numbers, sub-word pieces or symbols)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    words = set()
    vocab = model_dir / "vocab.txt"
    if vocab.exists():
        words.update(line.strip() for line in vocab.read_text(encoding="utf-8").splitlines())
    words.update(SentimentIntensityAnalyzer().lexicon)
    words.update(extra)
    return sorted(w for w in words if _WORD_RE.fullmatch(w))


def build(model_dir: Path, words: Sequence[str], source: str, dimensions: int = DIMENSIONS,
          batch_size: int = 256) -> WordVectors:
    """Encode every word alone with the sentence-transformers model in ``model_dir`` (on the CPU,
    offline), reduce to ``dimensions`` main components and scale each vector to unit length
    (``source``: the model's name, recorded in the file)."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import numpy as np
    from sentence_transformers import SentenceTransformer
    from sklearn.decomposition import PCA

    encoder = SentenceTransformer(str(model_dir), device="cpu")
    encoded = encoder.encode(list(words), batch_size=batch_size, normalize_embeddings=True,
                             show_progress_bar=False, convert_to_numpy=True)
    reduced = PCA(dimensions, svd_solver="full").fit_transform(np.asarray(encoded, dtype=np.float64))
    reduced /= np.maximum(np.linalg.norm(reduced, axis=1, keepdims=True), 1e-12)
    meta = {
        "source": source,
        "dimensions": dimensions,
        "words": len(words),
        "method": "each word encoded alone, PCA to the main components, unit length, int8",
    }
    return WordVectors(list(words), reduced, meta)
