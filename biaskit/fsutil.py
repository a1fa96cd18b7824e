"""File output: atomic writes (temporary file, fsync, rename) so a crash never leaves half a file."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import IO, Any

from biaskit.errors import OutputError


class AtomicFile:
    """A file written under a temporary name beside its target and renamed into place on commit.

    Readers see the old file or the new one, never a mix; ``abort`` (or an exception inside a
    ``with`` block) removes the temporary file and leaves the old one untouched.
    """

    def __init__(self, path: str | os.PathLike[str], text: bool = False) -> None:
        # Through a link to the file it names, as writing in place would (the link stays); a
        # device, pipe or socket is refused: renaming over it would replace it (/dev/null ...).
        self.path = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
        try:
            kind = os.stat(self.path).st_mode
        except OSError:
            kind = None
        if kind is not None and not stat.S_ISREG(kind):
            raise OutputError(f"cannot write {path}: it is not a regular file (a folder, device, pipe or socket); "
                              "left as it is")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        self.fh: IO[Any] = os.fdopen(fd, "w", encoding="utf-8", newline="") if text else os.fdopen(fd, "wb")

    def commit(self) -> None:
        try:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.chmod(self._tmp, 0o644)
            os.replace(self._tmp, self.path)
        except OSError as exc:
            self.abort()
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        except BaseException:  # an interrupt mid-commit still takes the temporary file away
            self.abort()
            raise

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        try:
            os.unlink(self._tmp)
        except OSError:
            pass

    def __enter__(self) -> "AtomicFile":
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path``; readers see the old file or the new one, never a mix."""
    with AtomicFile(path) as f:
        f.fh.write(data)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
