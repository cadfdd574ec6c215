"""The command line: fast help, JSON lines in and out, clear errors with exit codes, no tracebacks."""

from __future__ import annotations

import subprocess
import sys

import pytest
from support.cli import ENV, run
from support.fakes import PROJECT_ROOT


def test_help_does_not_import_heavy_libraries():
    code = ("import sys, bot.cli; print(sorted(m for m in ('torch','sentence_transformers','faiss','gradio','bm25s') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert out.stdout.strip() == "[]"
    result = run("--help")
    assert result.returncode == 0 and "ask" in result.stdout and "not medical advice" in result.stdout


def test_ask_without_question_is_a_usage_error_with_disclaimer():
    result = run("ask")
    assert result.returncode == 2
    assert "give a question" in result.stderr and "not medical advice" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_corpus_is_a_clear_error_not_a_traceback(tmp_path):
    env = {**ENV, "BOT_CORPUS_DIR": str(tmp_path / "missing"), "BOT_INDEX_DIR": str(tmp_path / "index")}
    result = run("ask", "What is osteomalacia?", env=env)
    assert result.returncode == 1
    assert "corpus folder" in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_option_is_a_one_line_usage_error_ending_with_the_disclaimer():
    from bot.safety.notices import DISCLAIMER

    result = run("ask", "--bogus", "x")
    assert result.returncode == 2 and result.stdout == ""
    message, disclaimer = result.stderr.strip().split("\n\n")
    assert message == "error: unrecognized arguments: --bogus. See python -m bot ask --help."
    assert disclaimer == DISCLAIMER


def test_other_usage_errors_and_help_end_with_the_disclaimer(capsys):
    from bot.cli import main
    from bot.safety.notices import DISCLAIMER

    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'frobnicate'" in err and err.strip().endswith(DISCLAIMER)
    assert main(["eval", "--no-such-flag"]) == 2
    assert capsys.readouterr().err.strip().endswith(DISCLAIMER)
    assert main([]) == 2                                   # no command: the help, then the disclaimer
    assert " ".join(capsys.readouterr().out.split()).endswith(DISCLAIMER)
    with pytest.raises(SystemExit) as exit_:
        main(["ask", "--help"])
    assert exit_.value.code == 0 and " ".join(capsys.readouterr().out.split()).endswith(DISCLAIMER)


def test_check_names_a_line_that_looks_like_a_heading_but_stays_text(tmp_path):
    (tmp_path / "heel.txt").write_text("Heel pain\n\nRest your foot when it hurts.\nStretches that help\n"
                                       "Calf stretches done twice a day ease the pain for many people.\n")
    env = {**ENV, "BOT_CORPUS_DIR": str(tmp_path), "BOT_INDEX_DIR": str(tmp_path / "index")}
    result = run("check", env=env)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "look like headings but are kept as text" in result.stdout
    assert "heel.txt line 4: Stretches that help" in result.stdout


@pytest.mark.slow
def test_an_explicit_build_of_a_new_corpus_says_what_it_does_with_no_warning_or_library_progress_bar(tmp_path):
    import os

    from support.cli import ENV, run
    from support.fakes import write_tiny_corpus

    corpus = write_tiny_corpus(tmp_path / "articles")
    env = {**ENV, "BOT_CORPUS_DIR": str(corpus), "BOT_INDEX_DIR": str(tmp_path / "index")}
    env.pop("HF_HUB_DISABLE_PROGRESS_BARS", None)
    result = run("build", "--quiet", env=env)
    assert result.returncode == 0, result.stderr
    count = len([p for p in os.listdir(corpus) if p.endswith((".txt", ".md"))])
    assert result.stderr.startswith(f"Building the index for {count} articles…"), result.stderr
    assert "WARNING" not in result.stderr and "Loading weights" not in result.stderr, result.stderr
