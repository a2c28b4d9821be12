"""Read JSON lines {"id", "text"} on stdin; write {"id", "findings"} per line on stdout.

A malformed line gets {"id": <id or null>, "error": "..."} in its place and the stream goes on.
"""

from __future__ import annotations

import json
import sys
from typing import IO

from .guard import check


def _answer(line: str) -> dict[str, object]:
    if not line.strip():
        # Answered rather than skipped, so output line n always belongs to input line n.
        return {"id": None, "error": "empty line"}
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"not valid JSON: {exc.msg}"}
    except ValueError:
        return {"id": None, "error": "not valid JSON"}
    if not isinstance(item, dict):
        return {"id": None, "error": "each line must be a JSON object"}
    ident = item.get("id")
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": ident, "error": '"text" must be a string'}
    return {"id": ident, "findings": [f.to_dict() for f in check(text)]}


def run(stdin: IO[str], stdout: IO[str]) -> None:
    """Answer every input line with exactly one output line."""
    for line in stdin:
        try:
            answer = _answer(line)
        except Exception as exc:  # noqa: BLE001
            # One bad line must never end the stream for the lines after it.
            answer = {"id": None, "error": f"could not check this line: {type(exc).__name__}"}
        # ensure_ascii keeps stray surrogates in the input from breaking the output encoding.
        stdout.write(json.dumps(answer, ensure_ascii=True) + "\n")
        stdout.flush()


def main() -> int:
    """Run the filter over standard input and output."""
    # Read bytes leniently: a stray invalid byte should spoil one line, not the stream.
    stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False)
    run(stdin, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
