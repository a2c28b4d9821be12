"""Split text into the word pieces of an uncased BERT vocabulary.

This is the tokenizer the MiniLM sentence encoder was trained with, written out so the
screen needs no tokenizer package: basic splitting (lowercase, strip accents, punctuation
and CJK characters on their own), then greedy longest-match word pieces (`##` marks a
piece that continues a word). Standard library only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

UNK = "[UNK]"
_MAX_WORD = 100


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    # BERT treats every non-alphanumeric ASCII symbol as punctuation, "$" and "^" included.
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def basic_words(text: str) -> list[str]:
    """Return the lowercased, accent-free words and punctuation marks of text."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.append("".join(buf))
            buf.clear()

    text = unicodedata.normalize("NFD", text.lower())
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        cat = unicodedata.category(ch)
        if cat == "Mn":  # accents, after NFD
            continue
        if ch.isspace():
            flush()
        elif cat.startswith("C"):
            continue
        elif _is_punctuation(ch) or _is_cjk(cp):
            flush()
            out.append(ch)
        else:
            buf.append(ch)
    flush()
    return out


class WordPiece:
    """Greedy longest-match word pieces over a fixed vocabulary."""

    def __init__(self, vocab: Iterable[str]) -> None:
        self.ids: dict[str, int] = {tok: i for i, tok in enumerate(vocab)}
        self.unk = self.ids.get(UNK, 0)

    def word_ids(self, word: str) -> tuple[int, ...]:
        """Return the piece ids of one basic word ([UNK] if it cannot be split).

        Nothing is remembered between calls: a word of the vocabulary is one lookup, and a
        client's rarer words (names, places) are split afresh rather than kept in memory.
        """
        if len(word) > _MAX_WORD:
            return (self.unk,)
        whole = self.ids.get(word) if word else None
        if whole is not None:
            return (whole,)
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = -1
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.ids.get(piece, -1)
                if found >= 0:
                    break
                end -= 1
            if found < 0:
                return (self.unk,)
            pieces.append(found)
            start = end
        return tuple(pieces)

    def encode(self, text: str) -> list[int]:
        """Return the piece ids of text, without [CLS] and [SEP]."""
        ids: list[int] = []
        for word in basic_words(text):
            ids.extend(self.word_ids(word))
        return ids
