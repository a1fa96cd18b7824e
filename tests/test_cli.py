import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from biaskit import __version__
from biaskit.cli import app

runner = CliRunner()
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"biaskit {__version__}\n"


def test_every_command_has_help():
    import typer.main

    group = typer.main.get_command(app)
    assert group.commands, "no commands registered"
    for name, cmd in group.commands.items():
        assert cmd.help and cmd.help.strip(), name
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output
        for param in cmd.params:
            if param.name != "help" and hasattr(param, "help") and param.param_type_name == "option":
                assert param.help, f"{name} {param.name}"


def test_report_on_one_article(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("Hamas praised the wonderful deal.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    from biaskit.analysis import analyze_article
    from biaskit.ingest import read_corpus

    (art,) = read_corpus([src], ())
    v = analyze_article(art).records[0].sentiment
    assert v > 0.2
    assert result.output == (
        "Analysed 1 article (1 paragraph, 1 outlet); 0 problems; 0 boilerplate paragraphs dropped.\n"
        "  actor  mentions  sentiment  95% interval\n"
        f"  Hamas         1     {v:+.3f}  {v:+.3f} … {v:+.3f}\n"
        f"Wrote {out / 'index.html'}, scores.csv, summary.json and 3 charts to {out}/\n"
    )


def overlay(tmp_path, name, text):
    """A --lexicons folder holding one lexicon file."""
    folder = tmp_path / "lex"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_report_counts_pieces_cut_from_paragraphs_apart_from_dropped_paragraphs(tmp_path):
    lex = overlay(tmp_path, "boilerplate.toml",
                  "[[rule]]\nid = \"promo\"\nreason = \"inline promotion\"\ncut = true\npatterns = ['\\s*\\[PROMO[^\\]]*\\]']\n")
    src = tmp_path / "in.txt"
    src.write_text("The mayor [PROMO: ferry tickets] opened the harbor [PROMO: gulls] bridge on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(src), "--out", str(out), "--lexicons", str(lex), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Analysed 1 article (1 paragraph, 1 outlet); 0 problems; "
                                    "0 boilerplate paragraphs dropped, 2 pieces cut from paragraphs.\n")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert (summary["corpus"]["dropped_paragraphs"], summary["corpus"]["boilerplate_cuts"]) == (0, 2)
    assert "2</b> pieces cut from paragraphs" in (out / "index.html").read_text(encoding="utf-8")


def test_report_quiet_and_problems_on_stderr(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Iran spoke.", encoding="utf-8")
    (tmp_path / "in" / "b.json").write_text("[1]", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(tmp_path / "in"), "-o", str(out), "--quiet"])
    assert result.exit_code == 0
    assert result.stdout == (
        "Analysed 1 article (1 paragraph, 1 outlet); 1 problem; 0 boilerplate paragraphs dropped.\n"
        f"Wrote {out / 'index.html'}, scores.csv, summary.json and 3 charts to {out}/\n"
    )
    assert result.stderr == "skipped b.json: record 1 is a JSON int, not an object\n"


def test_a_record_kept_with_a_flaw_is_a_warning_not_a_skip(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps({"text": "Iran spoke.", "date": "soon"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["report", str(tmp_path / "in"), "-o", str(out), "--quiet"])
    assert result.exit_code == 0 and result.stdout.startswith("Analysed 1 article (1 paragraph, 1 outlet); 1 problem;")
    assert result.stderr == "warning a.jsonl:1: date 'soon' not understood; the article is read without a date\n"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<li>kept: <code>a.jsonl:1</code>: date &#39;soon&#39; not understood" in page


def test_report_missing_path(tmp_path):
    result = runner.invoke(app, ["report", str(tmp_path / "nope"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope'}: no such file or folder\n"


def test_report_no_articles(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"\x00\x00")
    result = runner.invoke(app, ["report", str(tmp_path / "x.txt"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.stderr == (
        "skipped x.txt: binary file (contains NUL bytes); not an article\n"
        f"Error: no articles found in {tmp_path / 'x.txt'} (1 files or records could not be read)\n"
    )


def test_report_bad_lexicon_folder(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("Iran spoke.", encoding="utf-8")
    lex = overlay(tmp_path, "frames.toml", "[[frame]]\nid = 'x'\nlabel = 'X'\nterms = ['harbor toll']\n")
    result = runner.invoke(app, ["report", str(src), "-o", str(tmp_path / "o"), "--lexicons", str(lex)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {lex / 'frames.toml'} [frame 'x']: 'description' is required\n"


def test_unknown_option_is_a_usage_error():
    result = runner.invoke(app, ["report", "--colour"])
    assert result.exit_code == 2


def test_python_m_biaskit_and_lazy_imports():
    code = (
        "import sys, runpy; sys.argv=['biaskit','--help']\n"
        "try:\n    runpy.run_module('biaskit', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in ('sklearn','matplotlib','numpy','vaderSentiment','jinja2') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "Usage:" in proc.stdout
    assert "LOADED []" in proc.stdout


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds/ not present")
def test_console_script_on_seeds(tmp_path):
    import shutil

    exe = shutil.which("biaskit")
    if exe is None:
        pytest.skip("biaskit console script not installed")
    proc = subprocess.run([exe, "report", str(SEEDS), "--out", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Analysed 1 article (12 paragraphs, 1 outlet); 0 problems; 2 boilerplate paragraphs dropped.\n")
    assert "Benjamin Netanyahu" in proc.stdout
    assert (tmp_path / "index.html").is_file()


def test_actors_command(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Hamas praised the deal. Talks moved to Velmar and then to Velmar again. "
                   "Envoys met in Visalia and later in Visalia.\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", str(src)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "2 actors in 1 article.\n"
        "  actor     kind          mentions  articles  recognised by\n"
        "  Velmar *  name                 2         1  discovered 2\n"
        "  Hamas     group                1         1  name 1\n"
        "  * discovered: not in the catalog\n"
        "Frequent names no actor claimed (at least 2 mentions):\n"
        "  Visalia: 2 mentions in 1 article\n"
        "\n"
        "Catalog entries to review and paste into an actors.toml passed with --lexicons:\n"
        "\n"
        "# seen 2 times in 1 article, e.g. Talks moved to Velmar and then to Velmar again.\n"
        "[[actor]]\n"
        'id = "velmar"\n'
        'name = "Velmar"\n'
        'kind = "organisation"  # person, organisation, country or group (a guess: check it)\n'
        "aliases = []\n"
        "\n"
        "# seen 2 times in 1 article, e.g. Envoys met in Visalia and later in Visalia.\n"
        "[[actor]]\n"
        'id = "visalia"\n'
        'name = "Visalia"\n'
        'kind = "organisation"  # person, organisation, country or group (a guess: check it)\n'
        "aliases = []\n"
    )


def test_actors_command_json(tmp_path):
    import json

    src = tmp_path / "a.txt"
    src.write_text("Hamas praised the deal.\n", encoding="utf-8")
    result = runner.invoke(app, ["actors", str(src), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["articles"] == 1
    assert data["actors"][0]["id"] == "hamas"


def test_actors_command_bad_option_lists_choices(tmp_path):
    result = runner.invoke(app, ["actors", str(tmp_path), "--top", "0"])
    assert result.exit_code == 2


def test_report_with_lexicon_overlay(tmp_path):
    lex = overlay(tmp_path, "actors.toml",
                  '[[actor]]\nid = "harbor-guild"\nname = "Harbor Guild"\nkind = "organisation"\naliases = ["the Guild"]\n')
    src = tmp_path / "a.txt"
    src.write_text("Harbor Guild members praised the plan.\n", encoding="utf-8")
    result = runner.invoke(app, ["report", str(src), "-o", str(tmp_path / "o"), "--lexicons", str(lex), "-q"])
    assert result.exit_code == 0, result.output
    import json

    summary = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in summary["actors"]] == ["harbor-guild"]
    from biaskit import lexicons

    builtin = next(s.version for s in lexicons.load().sources if s.name == "actors")
    assert summary["lexicons"]["actors"].startswith(builtin + "+")  # the built-in version, marked as overlaid


def _targets_file(path):
    lines = []
    for s, name, p in [("Voters praised Ruiz for the wonderful rescue.", "Ruiz", 1),
                       ("Prosecutors charged Platt with fraud.", "Platt", -1),
                       ("Oduya arrived in the capital on Monday.", "Oduya", 0)]:
        a = s.index(name)
        lines.append(json.dumps({"sentence": s, "from": a, "to": a + len(name), "polarity": p, "mention": name, "id": name}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_evaluate_target_sentiment_prints_figures_and_json(tmp_path):
    f = _targets_file(tmp_path / "t.jsonl")
    result = runner.invoke(app, ["evaluate", "target-sentiment", str(f)])
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.output and "baseline" in result.output and "confusion" in result.output
    result = runner.invoke(app, ["evaluate", "target-sentiment", "--json", str(f)])
    data = json.loads(result.output)
    assert data["n"] == 3 and {"f1_macro", "accuracy", "baseline_f1_macro", "model"} <= set(data)
    assert data["accuracy"] == sum(data["confusion"][k][k] for k in range(3)) / 3


def test_evaluate_sentence_sentiment_json(tmp_path):
    f = tmp_path / "g.txt"
    f.write_text("1\t3.1\tWhat a wonderful day.\n2\t-2.9\tA horrible loss.\n3\t0.1\tThe bus is at noon.\n", encoding="utf-8")
    data = json.loads(runner.invoke(app, ["evaluate", "sentence-sentiment", "--json", str(f)]).output)
    assert data["n"] == 3 and data["pearson_r"] > 0.9 and "baseline_pearson_r" in data


def test_evaluate_bad_file_names_line(tmp_path):
    f = _targets_file(tmp_path / "t.jsonl")
    f.write_text(f.read_text() + "{broken\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "target-sentiment", str(f)])
    assert result.exit_code == 1
    assert f"{f}:4: not JSON" in result.output


def test_wrong_options_are_usage_errors_listing_the_choices(tmp_path):
    src = tmp_path / "in.txt"
    src.write_text("Hamas praised the deal.\n", encoding="utf-8")
    bad = runner.invoke(app, ["report", str(src), "--level", "planet"])
    assert bad.exit_code == 2 and "actor" in bad.output and "country" in bad.output
    bad = runner.invoke(app, ["report", str(src), "--backend", "threads", "--no-cache"])
    assert bad.exit_code == 2 and "processes, dask" in bad.output
    assert runner.invoke(app, ["report", str(src), "--no-such-option"]).exit_code == 2
    assert runner.invoke(app, ["compare", str(src), "--by", "date"]).exit_code == 2


def test_compare_and_actors_take_jobs_and_cache(tmp_path):
    import json

    root = tmp_path / "corpus"
    for i in range(40):  # more than one batch of articles for the workers
        outlet = ("wire", "daily")[i % 2]
        (root / outlet).mkdir(parents=True, exist_ok=True)
        (root / outlet / f"{i:02d}.txt").write_text(
            f"Day {i}\n\nHamas praised the deal with Kovarik, officials said. Israel rejected the terrible plan "
            f"on day {i}.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    out = {}
    for jobs in ("1", "2"):
        got = runner.invoke(app, ["compare", str(root), "--json", "-q", "-j", jobs, "--cache-dir", str(cache)])
        assert got.exit_code == 0, got.output
        out[("compare", jobs)] = json.loads(got.output)
        got = runner.invoke(app, ["actors", str(root), "--json", "-q", "-j", jobs, "--cache-dir", str(cache)])
        assert got.exit_code == 0, got.output
        out[("actors", jobs)] = json.loads(got.output)
    assert out[("compare", "1")] == out[("compare", "2")]
    assert out[("actors", "1")] == out[("actors", "2")]
    assert {o["name"] for o in out[("compare", "1")]["outlets"]} == {"wire", "daily"}
    assert any(a["id"] == "kovarik" for a in out[("actors", "1")]["actors"])
    assert any(cache.rglob("*.pickle"))  # the second run of each read the first one's results


@pytest.mark.parametrize("command", [["actors"], ["compare", "--by", "outlet"], ["report", "--out", "OUT"]])
def test_each_skipped_input_is_told_once(tmp_path, command):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bad.json").write_text("{bad", encoding="utf-8")
    (corpus / "a.txt").write_text("Vote\n\nEgypt praised the deal.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Vote\n\nJordan praised the deal.\n", encoding="utf-8")
    args = [str(tmp_path / "out") if a == "OUT" else a for a in command]
    proc = subprocess.run([sys.executable, "-m", "biaskit", args[0], str(corpus), *args[1:], "--no-cache"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("skipped bad.json:1: invalid JSON") == 1, proc.stderr


def test_outside_names_cannot_drive_the_terminal(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    evil = "Harbor\x1b]0;owned\x07 Post\u202e"
    rows = [{"id": f"h{k}", "outlet": evil, "text": f"Vote {k}\n\nEgypt praised the wonderful deal."} for k in range(3)]
    rows += [{"id": f"v{k}", "outlet": "Valley News", "text": f"Vote {k}\n\nEgypt was condemned for the terrible crackdown."}
             for k in range(3)]
    (corpus / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (corpus / "bad\nname.json").write_text("{bad", encoding="utf-8")
    for args in (["compare", str(corpus), "--by", "outlet", "--contrast", "egypt", "egypt"], ["actors", str(corpus)]):
        result = runner.invoke(app, [*args, "--no-cache"])
        assert result.exit_code == 0, result.output
        for out in (result.stdout, result.stderr):
            assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        assert "skipped bad\\nname.json:1: invalid JSON" in result.stderr
        assert result.stderr.count("\n") == 1  # the one problem, on one line
    assert "Harbor\\x1b]0;owned\\x07 Post\\u202e" in runner.invoke(
        app, ["compare", str(corpus), "--by", "outlet", "--contrast", "egypt", "egypt", "--no-cache"]).stdout
