"""`python -m alongside.scope` reads JSON lines and answers one line per input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_cli(stdin: str) -> list[dict[str, object]]:
    result = subprocess.run(
        [sys.executable, "-m", "alongside.scope"],
        input=stdin.encode("utf-8", "surrogatepass"),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def test_it_answers_each_line_in_order() -> None:
    lines = [
        {"id": "a", "text": "Sounds like BPD to me."},
        {"id": 2, "text": "Be patient with yourself this week."},
        {"id": None, "text": "Try cutting your dose."},
    ]
    out = run_cli("".join(json.dumps(line) + "\n" for line in lines))
    assert [o["id"] for o in out] == ["a", 2, None]
    assert out[0]["findings"] == [
        {
            "kind": "diagnosis",
            "text": "BPD",
            "start": 12,
            "end": 15,
            "why": out[0]["findings"][0]["why"],  # type: ignore[index]
            "suggestion": out[0]["findings"][0]["suggestion"],  # type: ignore[index]
        }
    ]
    assert out[1]["findings"] == []
    assert out[2]["findings"][0]["kind"] == "medication"  # type: ignore[index]


def test_it_keeps_going_after_bad_lines() -> None:
    stdin = "\n".join(
        [
            "not json",
            json.dumps({"id": 7, "text": 5}),
            json.dumps([1, 2]),
            json.dumps({"id": 8}),
            "",
            json.dumps({"id": 9, "text": "My patient Dana is doing well."}),
        ]
    )
    out = run_cli(stdin + "\n")
    assert len(out) == 6
    assert out[0]["id"] is None and "error" in out[0]
    assert out[1] == {"id": 7, "error": out[1]["error"]}
    assert "error" in out[2] and "error" in out[3] and "error" in out[4]
    assert out[3]["id"] == 8
    assert out[5]["id"] == 9
    assert out[5]["findings"][0]["text"] == "patient"  # type: ignore[index]


def test_it_handles_odd_text() -> None:
    texts = [
        "",
        "🙂 sounds like ptsd 🙂",
        "\x00\x07 control",
        "\ud800 lone surrogate",
        "x" * 50_000,
    ]
    out = run_cli("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
    assert [o["id"] for o in out] == list(range(len(texts)))
    assert all("findings" in o for o in out)
    emoji = texts[1]
    finding = out[1]["findings"][0]  # type: ignore[index]
    assert emoji[finding["start"] : finding["end"]] == finding["text"]


def test_it_writes_nothing_for_empty_input() -> None:
    assert run_cli("") == []


def test_it_flushes_each_answer_before_reading_on() -> None:
    # The product talks to the filter one line at a time, so an answer must not wait in a buffer.
    proc = subprocess.Popen(
        [sys.executable, "-m", "alongside.scope"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        for ident, text in enumerate(["Sounds like BPD.", "Have a lovely weekend!"]):
            proc.stdin.write(json.dumps({"id": ident, "text": text}) + "\n")
            proc.stdin.flush()
            assert json.loads(proc.stdout.readline())["id"] == ident
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
    assert proc.returncode == 0
