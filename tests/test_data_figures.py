"""Figures on the evaluation data in ../shared/data, when it is there (skipped otherwise)."""

from pathlib import Path

import pytest

from biaskit.evaluation import evaluate_sentences, evaluate_targets, read_ratings, read_targets

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
NEWSMTSC = DATA / "newsmtsc"
NYT = DATA / "vader-groundtruth" / "nytEditorialSnippets_GroundTruth.txt"


@pytest.mark.skipif(not (NEWSMTSC / "newsmtsc-rw" / "dev.jsonl").exists(), reason="NewsMTSC is not here")
def test_target_sentiment_beats_sentence_vader_on_newsmtsc_dev():
    dev = read_targets(NEWSMTSC / "newsmtsc-rw" / "dev.jsonl") + read_targets(NEWSMTSC / "newsmtsc-mt" / "dev.jsonl")
    report = evaluate_targets(dev)
    assert report["n"] == 785
    assert report["baseline_f1_macro"] < 0.55
    assert report["f1_macro"] >= report["baseline_f1_macro"] + 0.10


@pytest.mark.skipif(not NYT.exists(), reason="the VADER ground truth is not here")
def test_sentence_sentiment_keeps_vader_correlation_on_nyt():
    report = evaluate_sentences(read_ratings(NYT))
    assert report["n"] == 5190 and report["pearson_r"] >= 0.49
