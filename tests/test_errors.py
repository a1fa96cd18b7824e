import pytest

from biaskit.errors import BiaskitError, EmptyCorpusError, InputError, LexiconError, OutputError, UsageError


@pytest.mark.parametrize(
    "error, text",
    [
        (InputError("corpus/a.jsonl", "invalid JSON", line=3), "corpus/a.jsonl:3: invalid JSON"),
        (InputError("corpus/b.txt", "empty file"), "corpus/b.txt: empty file"),
        (LexiconError("lex/actors.toml", "kind must be one of ...", entry="actor 'x'"), "lex/actors.toml [actor 'x']: kind must be one of ..."),
        (LexiconError("lex/frames.toml", "malformed TOML"), "lex/frames.toml: malformed TOML"),
        (EmptyCorpusError(["a", "b"], []), "no articles found in a, b"),
        (EmptyCorpusError(["a"], ["p1", "p2"]), "no articles found in a (2 files or records could not be read)"),
    ],
)
def test_messages_name_where(error, text):
    assert str(error) == text
    assert isinstance(error, BiaskitError)


def test_all_errors_share_the_base():
    for cls in (UsageError, OutputError):
        assert issubclass(cls, BiaskitError)
    err = InputError("p", "why", line=2)
    assert (err.path, err.line, err.reason) == ("p", 2, "why")
