"""The sentence around a span: where it starts, the names and years in it, and which earlier
citation a lone locator ("(p. 8)") belongs to. Used to tie uncertain spans to an entry."""

from __future__ import annotations

import re

from refcheck._perf import lazy
from refcheck.citations import name_words as nw
from refcheck.citations.hints import TENTATIVE
from refcheck.matching.names import looks_like_acronym
from refcheck.model import Citation

_SENT_END_RE = re.compile(r"[.!?][\"”’)\]]*\s+|\n[ \t]*\n")
_ABBREV = frozenset("al st dr mr ms mrs vs etc eg ie p pp no vol us uk cf fig ed eds jr sr inc ltd co ch "
                    "sec para ca approx dept univ".split())
_TOKEN_RE = re.compile(r"\S+")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")


def sentence_start(text: str, pos: int, lo: int) -> int:
    """Offset where the sentence holding pos begins (abbreviations like "U.S." do not end one)."""
    w0 = max(lo, pos - 400)
    window = text[w0:pos]
    start = w0
    for m in _SENT_END_RE.finditer(window):
        if m.group().startswith("\n"):
            start = w0 + m.end()
            continue
        before = window[max(0, m.start() - 6): m.start()]
        word = re.split(r"[\s(“\"]", before)[-1].lower().replace(".", "") if before else ""
        if len(word) <= 1 or word in _ABBREV:
            continue
        start = w0 + m.end()
    return start


def _runs(sentence: str) -> list[str]:
    """Capitalized word runs ("Transparency International", "U.S. Department of State")."""
    out: list[str] = []
    run: list[str] = []
    for tok in _TOKEN_RE.findall(sentence):
        t = tok.strip("“”\"(),;:")
        if t.endswith(("'s", "’s")):
            t = t[:-2]
        low = t.lower()
        if nw.is_name_token(t) and t[:1].isupper() and low not in nw.CAP_STOP:
            run.append(t.rstrip("."))
        elif run and low in ("of", "for", "on", "and", "&", "the", "de", "van", "von", "der"):
            run.append(t)
            continue
        else:
            _flush(run, out)
            run = []
            continue
        if tok.endswith((",", ";", ":", ")", "”")) or (tok.endswith(".") and not looks_like_acronym(t)):
            _flush(run, out)
            run = []
    _flush(run, out)
    return out[:16]


def _flush(run: list[str], out: list[str]) -> None:
    while run and run[-1].lower() in ("of", "for", "on", "and", "&", "the", "de", "van", "von", "der"):
        run.pop()
    if run:
        out.append(" ".join(run))


_SIGNAL_NAME = re.compile(
    r"(?:\b[Aa]ccording to|^As|[,;] as)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


def context_keys(text: str, pos: int, lo: int) -> list[str]:
    """Names and years in this sentence and the one before, for tying a locator to its source."""
    s0 = sentence_start(text, pos, lo)
    sentence = text[s0:pos]
    keys = [f"ctx:{r}" for r in _runs(sentence)]
    for m in _SIGNAL_NAME.finditer(sentence):
        keys.append(f"sig:{m.group(1)}")
    for m in _YEAR_IN_TEXT.finditer(sentence):
        keys.append(f"yr:{m.group(1)}")
    if s0 > lo:
        p0 = sentence_start(text, max(lo, s0 - 1), lo)
        keys.extend(f"ctx2:{r}" for r in _runs(text[p0:s0]))
    near = _NEAR_WORD.search(text, max(lo, pos - 40), pos)
    if near is not None:
        keys.insert(0, f"near:{near.group(1)}")
    keys.append(f"pos:{pos}")
    keys.append(f"sent:{s0}")
    return keys


# The word printed right before a "(1920: 654)": "Sandwith", an abbreviation "Pellegr." or "R.E.Fr.",
# or a name glued to the word before it as exports leave them ("D. paucifloraRusby").
_NEAR_WORD = lazy(r"(?:(?<=[a-z])|(?<![\w.’'-]))((?:[A-Z]\.){0,3}[A-Z][a-zà-ÿ'’-]+\.?)\s*$")


def link_locators(text: str, found: list[tuple[int, Citation]]) -> None:
    """A locator in the same sentence as an earlier citation belongs to it."""
    last: tuple[int, int] | None = None  # (index, offset) of the last non-locator citation
    for idx, (off, cit) in enumerate(found):
        if cit.kind in ("parenthetical", "narrative", "numeric") and TENTATIVE not in cit.hints:
            last = (idx, off)
            continue
        if cit.kind == "locator" and last is not None:
            sent = next((int(k[5:]) for k in cit.hints if k.startswith("sent:")), off)
            if last[1] >= sent:
                cit.hints.insert(1, f"prev:{last[0]}")
