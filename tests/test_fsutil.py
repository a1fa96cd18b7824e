import os
import stat

import pytest

from biaskit.errors import OutputError
from biaskit.fsutil import atomic_write_bytes, atomic_write_text


def leftovers(folder):
    """Temporary files (".<name>.*.tmp") left in a folder."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_bytes(tmp_path):
    target = tmp_path / "chart.png"
    atomic_write_bytes(target, b"\x89PNG\r\n\x1a\n\x00 tail")
    assert target.read_bytes() == b"\x89PNG\r\n\x1a\n\x00 tail"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]


def test_write_text_is_utf8(tmp_path):
    target = tmp_path / "note.txt"
    atomic_write_text(str(target), "Ελλάδα – café\n")
    assert target.read_bytes() == "Ελλάδα – café\n".encode("utf-8")


def test_creates_parent_folders(tmp_path):
    target = tmp_path / "a" / "b" / "c" / "out.json"
    atomic_write_text(target, "{}\n")
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert leftovers(target.parent) == []


def test_replaces_existing_file(tmp_path):
    target = tmp_path / "summary.json"
    target.write_text("old content that is longer than the new one", encoding="utf-8")
    atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.json"]


def test_empty_content(tmp_path):
    target = tmp_path / "empty.bin"
    target.write_bytes(b"something")
    atomic_write_bytes(target, b"")
    assert target.read_bytes() == b""


def test_file_is_world_readable(tmp_path):
    target = tmp_path / "index.html"
    atomic_write_text(target, "<p>hi</p>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # mkstemp alone would give 0o600


def test_target_is_a_directory(tmp_path):
    target = tmp_path / "report"
    target.mkdir()
    (target / "keep.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        atomic_write_bytes(target, b"data")
    assert str(target) in str(info.value)
    assert str(info.value).startswith(f"cannot write {target}: ")
    assert target.is_dir() and (target / "keep.txt").read_text(encoding="utf-8") == "kept"
    assert leftovers(tmp_path) == []


def test_parent_is_a_file(tmp_path):
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "index.html"
    with pytest.raises(OutputError) as info:
        atomic_write_text(target, "x")
    assert str(info.value).startswith(f"cannot write {target}: ")
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_failed_rename_keeps_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "scores.csv"
    target.write_text("previous,report\n", encoding="utf-8")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OutputError) as info:
        atomic_write_text(target, "new,report\n")
    assert str(info.value) == f"cannot write {target}: No space left on device"
    assert target.read_text(encoding="utf-8") == "previous,report\n"
    assert leftovers(tmp_path) == []


def test_failed_write_keeps_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "summary.json"
    target.write_text('{"old": true}\n', encoding="utf-8")

    def fail(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OutputError, match="Input/output error"):
        atomic_write_text(target, '{"new": true}\n')
    assert target.read_text(encoding="utf-8") == '{"old": true}\n'
    assert leftovers(tmp_path) == []


def test_interrupt_removes_temp_file_and_propagates(tmp_path, monkeypatch):
    """A KeyboardInterrupt is not turned into OutputError, but the temporary file still goes."""
    target = tmp_path / "index.html"
    target.write_text("old", encoding="utf-8")

    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_device_is_refused_and_left_as_it_is(tmp_path):
    pipe = tmp_path / "junit.xml"
    os.mkfifo(pipe)
    with pytest.raises(OutputError) as info:
        atomic_write_text(pipe, "<testsuite/>")
    assert str(info.value) == (f"cannot write {pipe}: it is not a regular file (a folder, device, pipe or socket); "
                               "left as it is")
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert leftovers(tmp_path) == []


def test_a_link_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "store" / "baseline.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "baseline.json"
    link.symlink_to(real)
    atomic_write_text(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == [] and leftovers(real.parent) == []
