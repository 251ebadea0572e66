"""The CRF field tagger: loads the shipped model on first use and labels token sequences.

pycrfsuite and the model file are loaded lazily so that importing refcheck (and the
CLI's start-up) never pays for them unless a reference is actually parsed.
"""

from __future__ import annotations

import threading
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~5 ms)
if TYPE_CHECKING:
    from typing import Any

MODEL_NAME = "tagger.crfsuite"
ATTRIBUTES_NAME = "tagger.attributes"  # the model's attribute names, one a line, written by the trainer

_lock = threading.Lock()
_tagger: Any = None


def model_path() -> Path:
    # Not importlib.resources: it costs ~8 ms of imports at start-up, and the package is
    # always installed as plain files (the model is opened by path by pycrfsuite anyway).
    return Path(__file__).resolve().parent.parent / "data" / MODEL_NAME


# What pycrfsuite's extension module imports when it loads but uses only to train or to dump a
# model: tempfile (with shutil, random, bz2, lzma) and, through its training-log parser,
# fractions (with decimal). ~12 ms of every process that parses a reference.
_DEFERRED = ("tempfile", "fractions")


def import_pycrfsuite() -> Any:
    """``import pycrfsuite``, with the modules it needs only for training imported on first use."""
    from refcheck._perf import import_deferring

    return import_deferring("pycrfsuite", _DEFERRED)


_TaggerClass: Any = None


def _tagger_class(pycrfsuite: Any) -> Any:
    """pycrfsuite.Tagger with a faster info() (the model's weights, read by constrained decoding)."""
    global _TaggerClass
    if _TaggerClass is None:
        class Tagger(pycrfsuite.Tagger):
            def info(self) -> Any:
                return model_info(self)

        _TaggerClass = Tagger
    return _TaggerClass


def model_info(tagger: Any) -> Any:
    """What pycrfsuite's Tagger.info() returns (a ParsedDump of the model dump), parsed with string
    operations instead of a regular expression and a method call per line: ~4x faster, and
    paid by every process whose references need a pinned label re-decoded."""
    import contextlib
    import os
    import tempfile

    from pycrfsuite._dumpparser import ParsedDump

    fd, name = tempfile.mkstemp()
    os.close(fd)
    try:
        tagger.dump(name)
        with open(name, "rb") as fh:
            text = fh.read().decode("utf8")
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)
    result = ParsedDump()
    state = None
    sections = {"FILEHEADER = {": "header", "LABELS = {": "labels", "ATTRIBUTES = {": "attributes",
                "TRANSITIONS = {": "transitions", "STATE_FEATURES = {": "state_features"}
    for raw in text.split("\n"):
        line = raw.lstrip().rstrip("\r\n")
        if not line:
            continue
        if line.endswith(" = {") and line in sections:
            state = sections[line]
        elif line == "}":
            state = None
        elif state == "state_features" or state == "transitions":
            head, _, value = line.rpartition(": ")
            pair, _, label = head[head.index(") ") + 2:].rpartition(" --> ")
            getattr(result, state)[(pair, label)] = float(value)
        elif state == "header":
            key, _, value = line.partition(": ")
            result.header[key] = value
        else:  # labels, attributes: "12: name"
            number, _, value = line.partition(": ")
            getattr(result, state)[value] = number
    return result


def get_tagger() -> Any:
    """The process-wide pycrfsuite.Tagger, opened once."""
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                pycrfsuite = import_pycrfsuite()
                path = model_path()
                if not path.exists():
                    raise FileNotFoundError(f"tagger model missing: {path} (rebuild it with `make train`)")
                t = _tagger_class(pycrfsuite)()
                t.open(str(path))
                attrs = path.with_name(ATTRIBUTES_NAME)
                if attrs.exists():
                    from refcheck.feature.token import restrict_to

                    restrict_to(frozenset(attrs.read_text(encoding="utf-8").split("\n")))
                _tagger = t
    return _tagger


def tag(words: list[str], italic: list[bool] | None = None) -> list[str]:
    """One label per token."""
    if not words:
        return []
    from refcheck.feature import sequence_features

    return list(get_tagger().tag(sequence_features(words, italic)))
