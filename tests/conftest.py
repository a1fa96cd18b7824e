import pytest


@pytest.fixture
def corpus(tmp_path):
    """Write a small corpus: corpus({"outlet/a.txt": "text", ...}) -> root folder."""

    def make(files):
        root = tmp_path / "corpus"
        for rel, content in files.items():
            p = root / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        return root

    return make


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Commands that cache results by default (report, compare, actors ...) use a cache folder of
    the test session's own, here and in the subprocesses tests start, never the user's."""
    monkeypatch.setenv("BIASKIT_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "biaskit-cache"))
