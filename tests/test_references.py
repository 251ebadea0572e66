"""Building references from entries: MLA's repeated-author mark takes the previous authors."""

from __future__ import annotations

from refcheck.model import Name, RawEntry
from refcheck.references import build_references


def test_repeated_author_mark_takes_the_previous_entrys_authors():
    refs = build_references([
        RawEntry("Woolf, Virginia. *Mrs. Dalloway*. Harcourt, 1925.", 1, 1),
        RawEntry("---. “Street Haunting.” *The Death of the Moth*, Harcourt, 1942, pp. 20-36.", 3, 1),
    ])
    assert refs[1].fields.authors == [Name("Woolf", "Virginia")]
    assert refs[1].fields.year == "1942"
    assert refs[1].fields.title == "Street Haunting"
