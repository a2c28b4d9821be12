"""The word-piece tokenizer the semantic layer reads text with."""

from __future__ import annotations

from alongside.safety.minilm import model_dir
from alongside.safety.wordpiece import WordPiece, basic_words


def test_it_lowercases_strips_accents_and_splits_punctuation() -> None:
    assert basic_words("Héllo, WORLD!  I'm fine") == [
        "hello",
        ",",
        "world",
        "!",
        "i",
        "'",
        "m",
        "fine",
    ]


def test_it_drops_control_characters_and_splits_cjk() -> None:
    assert basic_words("a\x00b\u200bc") == ["abc"]
    assert basic_words("我想") == ["我", "想"]


def test_it_takes_the_longest_pieces_first() -> None:
    pieces = WordPiece(["[UNK]", "un", "##aff", "##able", "aff", "##a"])
    assert pieces.encode("unaffable") == [1, 2, 3]


def test_it_keeps_no_client_words_in_memory() -> None:
    pieces = WordPiece(["[UNK]", "un", "##aff", "##able", "aff", "##a", "cat"])
    assert pieces.encode("cat unaffable") == [6, 1, 2, 3]
    assert pieces.encode("unaffable") == [1, 2, 3]  # the same answer a second time
    held = repr(vars(pieces))
    assert "unaffable" not in held
    assert set(vars(pieces)) == {"ids", "unk"}


def test_it_marks_words_it_cannot_split_as_unknown() -> None:
    pieces = WordPiece(["[UNK]", "cat", "a" * 101, ""])
    assert pieces.encode("cat dog") == [1, 0]
    assert pieces.encode("a" * 101) == [0]  # too long to split, even if listed
    assert pieces.word_ids("") == ()


def test_it_splits_like_the_model_was_trained() -> None:
    vocab = (model_dir() / "vocab.txt").read_text(encoding="utf-8").splitlines()
    pieces = WordPiece(vocab)
    tokens = [vocab[i] for i in pieces.encode("I don't want to be here anymore, honestly.")]
    assert tokens == [
        "i", "don", "'", "t", "want", "to", "be", "here", "anymore", ",", "honestly", ".",
    ]  # fmt: skip
    assert [vocab[i] for i in pieces.encode("unalive")] == ["una", "##li", "##ve"]
