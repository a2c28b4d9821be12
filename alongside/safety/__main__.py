"""Screen JSON lines from stdin: `python -m alongside.safety < in.jsonl > out.jsonl`.

Each input line is {"id": ..., "text": ...}; each output line is
{"id", "risk", "signals", "evidence"}, in the same order, flushed as it is written.
A line that cannot be read gets {"id": <id or null>, "error": "..."} in its place,
and the stream goes on. Blank lines are skipped. Nothing else is written to stdout.
"""

from __future__ import annotations

import json
import re
import sys
from typing import IO

from .screen import screen

# Recover the id of a line that is not valid JSON, so the caller can match the error.
_ID = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|null|true|false)')


def _salvage_id(line: str) -> object:
    m = _ID.search(line)
    if not m:
        return None
    try:
        return json.loads(m.group(1))
    except json.JSONDecodeError:
        return None


def handle(line: str) -> dict[str, object]:
    """Return the output object for one input line."""
    try:
        item = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        return {"id": _salvage_id(line), "error": f"invalid JSON: {exc}"[:200]}
    if not isinstance(item, dict):
        return {"id": None, "error": "expected a JSON object with 'id' and 'text'"}
    item_id = item.get("id")
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": item_id, "error": "'text' must be a string"}
    return {"id": item_id, **screen(text).to_dict()}


def run(stdin: IO[bytes], stdout: IO[str]) -> int:
    """Screen every line of stdin onto stdout; return the process exit code."""
    for raw in stdin:
        # Decode per line so one bad byte sequence spoils only its own line.
        line = raw.decode("utf-8", errors="replace").strip()
        if not line:
            continue
        out = handle(line)
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def main() -> int:
    """Run the command-line filter."""
    try:
        return run(sys.stdin.buffer, sys.stdout)
    except (BrokenPipeError, KeyboardInterrupt):
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
