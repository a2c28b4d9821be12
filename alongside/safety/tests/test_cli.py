"""The command-line filter, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys


def run_cli(stdin: bytes) -> list[dict[str, object]]:
    proc = subprocess.run(
        [sys.executable, "-m", "alongside.safety"],
        input=stdin,
        capture_output=True,
        timeout=60,
        check=True,
    )
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


def test_it_screens_json_lines_in_order() -> None:
    lines = [
        {"id": 1, "text": "I want to die."},
        {"id": "b", "text": "This commute is killing me."},
        {"id": 3, "text": "I bought a rope today."},
    ]
    out = run_cli("".join(json.dumps(x) + "\n" for x in lines).encode())
    assert [o["id"] for o in out] == [1, "b", 3]
    assert [o["risk"] for o in out] == ["elevated", "none", "urgent"]
    assert set(out[0]) == {"id", "risk", "signals", "evidence"}
    assert out[2]["evidence"] == ["I bought a rope today."]


def test_it_reports_bad_lines_in_place_and_goes_on() -> None:
    stdin = (
        b'{"id": 1, "text": "hello"}\n'
        b"not json at all\n"
        b'{"id": 7, "text": "broken\n'
        b'{"id": 8}\n'
        b'{"id": 9, "text": 42}\n'
        b"[1, 2, 3]\n"
        b"\n"
        b'{"id": 10, "text": "\\u0000 I overdosed yesterday \xff\xfe"}\n'
    )
    out = run_cli(stdin)
    assert [o["id"] for o in out] == [1, None, 7, 8, 9, None, 10]
    assert "error" in out[1] and "error" in out[2] and "error" in out[3]
    assert "error" in out[4] and "error" in out[5]
    assert out[6]["risk"] == "urgent"


def test_it_streams_thousands_of_lines() -> None:
    stdin = "".join(
        json.dumps({"id": i, "text": f"Entry {i}: I walked to the shop and bought bread."}) + "\n"
        for i in range(3000)
    ).encode()
    out = run_cli(stdin)
    assert len(out) == 3000
    assert out[-1] == {"id": 2999, "risk": "none", "signals": [], "evidence": []}


def test_it_writes_nothing_but_json_for_empty_input() -> None:
    assert run_cli(b"") == []
