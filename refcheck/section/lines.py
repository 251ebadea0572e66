"""Which lines of a document are references: a CRF over the document's lines.

Used by the finder when a paper has no reference heading, or when its list is interrupted
by page headers and footers. Labels, as in AnyStyle's finder data: "ref" (reference list
lines), "text" (body), "title" (headings), "meta" (page numbers, running heads), "blank".
The model (refcheck/data/lines.crfsuite) is loaded on first use.
"""

from __future__ import annotations

import threading

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~5 ms)
if TYPE_CHECKING:
    from typing import Any

MODEL_NAME = "lines.crfsuite"
LABELS = ("ref", "text", "title", "meta", "blank")

_lock = threading.Lock()
_tagger: Any = None


def _get_tagger() -> Any:
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                from refcheck.parser.tagger import import_pycrfsuite, model_path

                t = import_pycrfsuite().Tagger()
                t.open(str(model_path().with_name(MODEL_NAME)))
                _tagger = t
    return _tagger


def classify_lines(lines: list[str]) -> list[str]:
    """One label per line: "ref" | "text" | "title" | "meta" | "blank"."""
    if not lines:
        return []
    from refcheck.feature.line import content_features

    labels = ["blank"] * len(lines)
    keep, feats = content_features(lines)
    if keep:
        for i, lab in zip(keep, _get_tagger().tag(feats), strict=True):
            labels[i] = lab
    return drop_stray_refs(lines, labels)


def drop_stray_refs(lines: list[str], labels: list[str], min_lines: int = 4) -> list[str]:
    """A reference list is a run of lines; a few "ref" lines alone in body text (a quotation,
    a table row) are body text. Runs are counted across blank lines and page furniture."""
    out = list(labels)
    run: list[int] = []

    def close() -> None:
        if 0 < len(run) < min_lines:
            for j in run:
                out[j] = "text"
        run.clear()

    for i, lab in enumerate(labels):
        if lab == "ref":
            run.append(i)
        elif lab not in ("blank", "meta"):
            close()
    close()
    return out
