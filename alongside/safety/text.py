"""Clean, split and normalise client text before the rules read it.

Everything here keeps offsets into the caller's text, so evidence can quote the
client's own words while the rules match a lowercase, typo-corrected copy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Control and invisible formatting characters become spaces one-for-one, so offsets
# into the cleaned text are offsets into the original.
_LINE_BREAKS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(
    r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]"
)

# A sentence ends at . ! ? (and their CJK forms) followed by space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026\u3002\uff01\uff1f])[\"'\u201d\u2019)\]]*\s+|\s*\n\s*")

# Sentences longer than this are read in overlapping windows so nothing is skipped
# and evidence stays short enough for a coach to read.
MAX_SENTENCE_CHARS = 400
_WINDOW_CHARS = 300
_WINDOW_OVERLAP = 80


@dataclass(frozen=True)
class Sentence:
    """One sentence (or window of a very long one) with its place in the text."""

    start: int
    end: int
    original: str
    norm: str


def clean(text: str) -> str:
    """Return text with control characters replaced by spaces, same length."""
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROL.sub(" ", text)


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a long span into overlapping windows that break at whitespace."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        stop = min(pos + _WINDOW_CHARS, end)
        if stop < end:
            space = text.rfind(" ", pos + _WINDOW_CHARS // 2, stop)
            if space > pos:
                stop = space
        out.append((pos, stop))
        if stop >= end:
            break
        nxt = max(stop - _WINDOW_OVERLAP, pos + 1)
        space = text.find(" ", nxt, stop)
        pos = space + 1 if space != -1 else nxt
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split cleaned text into sentences, windowing very long ones."""
    sentences: list[Sentence] = []
    for start, end in _spans(text):
        pieces = [(start, end)] if end - start <= MAX_SENTENCE_CHARS else _windows(text, start, end)
        for s, e in pieces:
            original = " ".join(text[s:e].split())
            if not original:
                continue
            norm = normalise(original)
            if norm:
                sentences.append(Sentence(s, e, original, norm))
    return sentences


_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)

# Laughing and skull emoji are how people mark a joke; keep that as a word the
# humour scope can see, drop other symbols.
_JOKE_EMOJI = re.compile("[\U0001f602\U0001f923\U0001f480\u2620\U0001f606\U0001f639\U0001f605]")
# Emoji people use for means and injury, read as the words they stand for.
MEANS_EMOJI = {
    "\U0001f48a": "pills",
    "\U0001f52a": "knife",
    "\U0001fa78": "blood",
    "\U0001faa2": "rope",
    "\U0001f52b": "gun",
    "\u26b0": "coffin",
}
_MEANS_EMOJI = re.compile("|".join(MEANS_EMOJI))
_REPEATS = re.compile(r"([a-z])\1{2,}")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_NOT_TEXT = re.compile(r"[^\w\s.,;:?!\"\-]|_")
_SPACES = re.compile(r"\s+")

# Applied before apostrophes go, because "od'd" would otherwise become "odd".
_BEFORE_APOSTROPHES = (
    (re.compile(r"\bod'?(?:d|ed)\b(?<!\bodd)"), "overdosed"),
    (re.compile(r"\bod'd\b"), "overdosed"),
    (re.compile(r"\bod'?ing\b"), "overdosing"),
    (re.compile(r"\bself[- ]?harm"), "self harm"),
    (re.compile(r"\bself[- ]?injur"), "self injur"),
    (re.compile(r"\bsewer[- ]?slid(?:e|ing)\b"), "suicide"),
    (re.compile(r"\bsewer[- ]?slidal\b"), "suicidal"),
    (re.compile(r"\bunaliv(?:e|ing|ed)[- ]?(?:myself|my ?self|me)\b"), "kill myself"),
    (re.compile(r"\b(be|was|were|am|being|im|i'm) unalive\b"), r"\1 dead"),
    (re.compile(r"\bunaliving\b"), "killing myself"),
    (re.compile(r"\bunalive\b"), "kill myself"),
    # Censored and leetspeak spellings: "k*ll", "d1e", "su1c1dal", "s*icide".
    (re.compile(r"\bs[*.]?u?[*.]?i?[*]ic[i1!*]d"), "suicid"),
    (re.compile(r"(?<=[a-z])[1!|](?=[a-z])"), "i"),
    (re.compile(r"(?<=[a-z])3(?=[a-z])"), "e"),
    (re.compile(r"(?<=[a-z])0(?=[a-z])"), "o"),
    (re.compile(r"\bk[*]+ll"), "kill"),
    (re.compile(r"\bd[*]e\b"), "die"),
    (re.compile(r"\bd1e\b"), "die"),
    (
        re.compile(r"\b(feel\w*|im|i'm|been|so|very|kinda|pretty|getting|get|going|felt) sui\b"),
        r"\1 suicidal",
    ),
    (re.compile(r"\bsui (thoughts|ideation|urges|feelings|again)\b"), r"suicidal \1"),
    (re.compile(r"\bs/h\b"), "self harm"),
    (re.compile(r"\bsh'?d\b"), "self harmed"),
    (re.compile(r"\btak(e|ing|en) (my|my own) life back\b"), "reclaim my life"),
    (re.compile(r"\boff(?:ing)? myself\b"), "kill myself"),
    (re.compile(r"\boffed myself\b"), "killed myself"),
    (re.compile(r"\bself[- ]?delet(?:e|ing|ion)\b"), "kill myself"),
    (re.compile(r"\bdelete myself\b"), "kill myself"),
    # A harm verb before "my self" keeps the writer ("kill my self talk me out of it"); not
    # "my self-doubt", "my self esteem": those are nouns, not the writer.
    (
        re.compile(
            r"\b(kill|hurt|harm|cut|stab|burn|end|drown|hang|shoot|starve|punish|off) my "
            r"?sel[fv]\b(?![- ](?:doubt|sabotag\w*|esteem|worth|belief|criticism|critic|pity|"
            r"loathing|hatred|respect)\b)(?!-)"
        ),
        r"\1 myself",
    ),
    (
        re.compile(
            r"\bmy ?sel[fv]\b(?! harm| injur|[- ](?:doubt|sabotag\w*|esteem|worth|belief|care|"
            r"criticism|critic|pity|loathing|hatred|image|talk|confidence|respect|control)\b)"
        ),
        "myself",
    ),
)

# Slang, chat shorthand and common misspellings, mapped to the words the rules use.
# Derived in part from the Suicide Risk Lexicon (Low et al., Apache-2.0); see docs/safety.md.
WORD_MAP: dict[str, str] = {
    "kms": "kill myself",
    "kmsl": "kill myself",
    "ctb": "kill myself",
    "kys": "kill yourself",
    "sewerslidal": "suicidal",
    "suicidial": "suicidal",
    "suicdal": "suicidal",
    "sucidal": "suicidal",
    "suicidle": "suicidal",
    "suicidel": "suicidal",
    "suisidal": "suicidal",
    "sucidial": "suicidal",
    "suicidall": "suicidal",
    "sucicidal": "suicidal",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "sucicide": "suicide",
    "suacide": "suicide",
    "suicie": "suicide",
    "myslef": "myself",
    "mysefl": "myself",
    "mysef": "myself",
    "myselfe": "myself",
    "mself": "myself",
    "meself": "myself",
    "mysel": "myself",
    "kil": "kill",
    "kll": "kill",
    "kiling": "killing",
    "killng": "killing",
    "kilng": "killing",
    "abot": "about",
    "latly": "lately",
    "killin": "killing",
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gona": "going to",
    "gunna": "going to",
    "kikin": "kicking",
    "tablits": "tablets",
    "enuf": "enough",
    "evrything": "everything",
    "redy": "ready",
    "purpos": "purpose",
    "gotta": "got to",
    "tryna": "trying to",
    "imma": "im going to",
    "ima": "im going to",
    "wnat": "want",
    "wnt": "want",
    "whant": "want",
    "watn": "want",
    "hoep": "hope",
    "nevr": "never",
    "nver": "never",
    "neva": "never",
    "cutt": "cut",
    "cuttin": "cutting",
    "agian": "again",
    "dissapear": "disappear",
    "dissappear": "disappear",
    "disapear": "disappear",
    "forver": "forever",
    "forevr": "forever",
    "bak": "back",
    "agin": "again",
    "agan": "again",
    "tierd": "tired",
    "tird": "tired",
    "livng": "living",
    "exsist": "exist",
    "exsit": "exist",
    "anymoe": "anymore",
    "nothign": "nothing",
    "somone": "someone",
    "poeple": "people",
    "hurtin": "hurting",
    "dyin": "dying",
    "dieing": "dying",
    "tryin": "trying",
    "thinkin": "thinking",
    "nothin": "nothing",
    "goin": "going",
    "overdoes": "overdose",
    "realy": "really",
    "somtimes": "sometimes",
    "evry": "every",
    "becuase": "because",
    "becasue": "because",
    "myslf": "myself",
    "slef": "self",
    "wnated": "wanted",
    "ded": "dead",
    "pils": "pills",
    "pillz": "pills",
    "anymroe": "anymore",
    "anymor": "anymore",
    "any more": "anymore",
    "alvie": "alive",
    "alife": "alive",
    "tonite": "tonight",
    # Eleventh session, read off fresh9 … fresh14.
    "brdge": "bridge",
    "brigde": "bridge",
    "brige": "bridge",
    "bridfe": "bridge",
    "birdge": "bridge",
    "tablts": "tablets",
    "tabets": "tablets",
    "tablest": "tablets",
    "garag": "garage",
    "leters": "letters",
    "lettrs": "letters",
    "wrot": "wrote",
    "writen": "written",
    "evry1": "everyone",
    "every1": "everyone",
    "evryone": "everyone",
    "no1": "no one",
    "nite": "night",
    "mornin": "morning",
    "sayin": "saying",
    "nife": "knife",
    "tryed": "tried",
    "snaped": "snapped",
    "sory": "sorry",
    "sorri": "sorry",
    "trak": "track",
    "traks": "tracks",
    "thm": "them",
    "sleping": "sleeping",
    "jst": "just",
    "anymre": "anymore",
    "decidid": "decided",
    "savd": "saved",
    "everthing": "everything",
    "evrythin": "everything",
    "blod": "blood",
    "evrywere": "everywhere",
    "aftr": "after",
    "hlp": "help",
    "outsid": "outside",
    "dizy": "dizzy",
    "rop": "rope",
    "b here": "be here",
    "n e more": "anymore",
    "cud": "could",
    "jus": "just",
    "topping myself": "killing myself",
    "top myself": "kill myself",
    "tuk 2": "took 2",
    "tuk al": "took all",
    "took al my": "took all my",
    "brake the door": "break the door",
    "brake in": "break in",
    "be hear": "be here",
    "the bride over": "the bridge over",
    "on the bride": "on the bridge",
    "bsck": "back",
    "alredy": "already",
    "gon kill": "going to kill",
    "lik": "like",
    "tonigth": "tonight",
    "2nite": "tonight",
    # Twelfth session, read off fresh15 and fresh16.
    "dnt": "dont",
    "wnna": "want to",
    "honstly": "honestly",
    "takn": "taken",
    "wiv": "with",
    "purpse": "purpose",
    "dor": "door",
    "rite now": "right now",
    "sed": "said",
    "kickin": "kicking",
    "gettin": "getting",
    "stabing": "stabbing",
    "wen": "when",
    "scarin": "scaring",
    "thinkin bout": "thinking about",
    "endin": "ending",
    "endin it al": "ending it all",
    "nuthin": "nothing",
    "hitin": "hitting",
    "agen": "again",
    "wokeup": "woke up",
    "hospitl": "hospital",
    "husbnd": "husband",
    "yday": "yesterday",
    "thnk": "think",
    "sayd": "said",
    "hes ben": "hes been",
    "ive ben": "ive been",
    "rote the": "wrote the",
    "cark it": "die",
    "carked it": "died",
    "beter": "better",
    "loded": "loaded",
    "tabel": "table",
    "botle": "bottle",
    "depresnts": "depressants",
    "fase": "face",
    "il be": "ill be",
    "roap": "rope",
    "garrage": "garage",
    "tomoro": "tomorrow",
    "ne1": "anyone",
    "2night": "tonight",
    "tn": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tomorow": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "rn": "right now",
    "u": "you",
    "ur": "your",
    "r": "are",
    "idk": "i dont know",
    "idc": "i dont care",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "pls": "please",
    "plz": "please",
    "ppl": "people",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "mom": "mum",
    "od": "overdose",
    "sh": "self harm",
    "nssi": "self harm",
    "selfharm": "self harm",
    "jk": "just kidding",
    "lmao": "lol",
    "lmfao": "lol",
    "rofl": "lol",
    "lolol": "lol",
    "haha": "lol",
    "hahaha": "lol",
    "hehe": "lol",
    "dont wanna": "dont want to",
    "ive": "ive",
    "i m": "im",
    "i ve": "ive",
    "i ll": "ill",
    "i d": "id",
    "don t": "dont",
    "can t": "cant",
    "won t": "wont",
}
_WORD_MAP_RE = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(WORD_MAP, key=len, reverse=True)) + r")\b"
)


def normalise(text: str) -> str:
    """Return a lowercase, typo-corrected, slang-expanded copy of text for matching."""
    t = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    t = _JOKE_EMOJI.sub(" lol ", t)
    t = _MEANS_EMOJI.sub(lambda m: f" {MEANS_EMOJI[m.group(0)]} ", t)
    t = t.lower()
    t = _REPEATS.sub(r"\1\1", t)
    for pattern, replacement in _BEFORE_APOSTROPHES:
        t = pattern.sub(replacement, t)
    t = _APOSTROPHE.sub("", t)
    t = t.replace("'", '"')  # what is left are quotation marks
    t = _INNER_HYPHEN.sub(" ", t)  # "one-way" -> "one way", "ex-husband" -> "ex husband"
    t = _NOT_TEXT.sub(" ", t)
    t = _SPACES.sub(" ", t).strip()
    t = _WORD_MAP_RE.sub(lambda m: WORD_MAP[m.group(1)], t)
    t = _TWO.sub(lambda m: "too " if m.group(1) in ("many", "much", "deep") else "to ", t)
    # Diaries and chat drop the subject: "started cutting again", "bought a rope today".
    # The rules read first-person acts, so give the act its writer back.
    return "i " + t if _DROPPED_SUBJECT.match(t) else t


# "tried 2 hang myself", "goin 2 the track", "2 many": the digit as a word.
_TWO = re.compile(
    r"(?<=[a-z] )2 (?=(many|much|deep|hang|kill|die|end|cut|take|jump|the|be|do|go|get|stop|"
    r"sleep|overdose|swallow|drown|slit|hurt)\b)"
)


_DROPPED_SUBJECT = re.compile(
    r"(?:(?:just |finally |already |also |then |still |actually |nearly |almost |"
    r"literally |basically |really |kinda |kind of )?"
    r"(?:started|bought|wrote|written|checked|cancelled|canceled|gave|given|counted|took|"
    r"looked|searched|googled|tried|went|made|put|got|stood|sat|drove|walked|picked|"
    r"found|kept|keep|hid|saved|stocked|stockpiled|collected|filled|emptied|tied|tested|"
    r"booked|paid|deleted|left|sent|said|told|cut|burned|burnt|scratched|hit|punched|"
    r"swallowed|overdosed|relapsed|planned|planning|thinking|thought|wondering|wanting|"
    r"want|wish|wished|hoping|cant|can not|cannot|dont|didnt|wont|feel|feeling|felt|"
    r"been|havent|keep|keeps|sorted|arranged|finished|prepared|researched|"
    r"ordered|wrapped|loaded|sharpened|counting|writing|saving|giving|buying)\b)"
)


# Language heuristic: dependency-free, on purpose. A text is "not fully read" when it
# is mostly non-Latin letters, or when its sentences use another language's function
# words more than English ones.
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_FUNCTION_WORDS = frozenset(
    """a about after all also am an and any are as at be because been but by can cant
    could did do does dont for from get got had has have he her him his how i if im in
    is it its ive just like me my no not now of on or our out she so some than that the
    their them then there they this to too up us very was we were what when which who
    why will with would you your yours myself really feel want""".split()
)
OTHER_FUNCTION_WORDS = frozenset(
    """el la los las un una unos y o pero que de del en con por para es est estoy muy
    mi mis tu su no ya yo me se lo le les hoy nos todo todos
    le les des et ou mais je tu il elle nous vous ils est suis sont pas avec pour dans
    sur au aux du une ce cette mon ma mes ne plus tout
    der die das und oder aber ich du er sie wir ihr ist bin sind nicht mit fur auf ein
    eine einen dem den des zu im mich mir heute sehr
    o os as um uma e mas eu voce ele ela nao com para em do da dos das meu minha
    il lo gli di che per con sono mio mia non""".split()
)


def _is_latin(ch: str) -> bool:
    code = ord(ch)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def looks_unscreened(text: str) -> bool:
    """Return True if much of text is in a language the English rules cannot read."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return False
    non_latin = sum(1 for c in letters if not _is_latin(c))
    if non_latin / len(letters) > 0.3:
        return True
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c)).replace("'", " ")
    for sentence in re.split(r"[.!?\n]+", folded):
        words = _WORD.findall(sentence)
        if len(words) < 4:
            continue
        english = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
        other = sum(1 for w in words if w in OTHER_FUNCTION_WORDS)
        if other > english and other / len(words) >= 0.2:
            return True
    words = _WORD.findall(folded)
    if len(words) >= 4:
        english = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
        other = sum(1 for w in words if w in OTHER_FUNCTION_WORDS)
        if other > english:
            return True
    return False
