"""Small hand-written word lists the tagger uses as dictionary hits.

They only have to tip the balance on words the training data rarely shows
(a place, a publisher word), so they stay short and general rather than exhaustive.
"""

from __future__ import annotations

from pathlib import Path

# Words printed abbreviated in journal names ("phys", "rev", "pollut", "engl", "med"), one a line,
# lower-case without the full stop. Built by tools/train_tagger.py from the journal names of the
# labelled references it trains on (AnyStyle's core set, tools/labelled/), never by hand and never
# from the evaluation set; see JOURNAL_LEXICON_SOURCE in that tool.
JOURNAL_ABBREVIATIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "journal_abbreviations.txt"


def _read_abbreviations() -> frozenset[str]:
    try:
        return frozenset(JOURNAL_ABBREVIATIONS_FILE.read_text(encoding="utf-8").split())
    except FileNotFoundError:
        return frozenset()


JOURNAL_ABBREVIATIONS = _read_abbreviations()

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "januar februar märz juni juli oktober dezember spring summer autumn fall winter".split()
)

PARTICLES = frozenset("van von der den de del della di da du la le dos das ten ter bin ibn al el st".split())

NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

PUBLISHER_WORDS = frozenset(
    "press publishers publishing publisher books verlag éditions editions editorial editora university "
    "universitaires wiley springer elsevier routledge sage penguin random house macmillan palgrave norton "
    "knopf harcourt harper collins harpercollins blackwell academic oxford cambridge mit pearson "
    "mcgraw-hill mcgraw prentice addison-wesley wesley taylor francis cengage scholastic doubleday "
    "vintage basic bantam beacon verso polity gallimard suhrkamp seuil ieee acm crc kluwer pergamon "
    "pub publ co co. inc inc. ltd ltd. llc company group associates".split()
)

JOURNAL_WORDS = frozenset(
    "journal journals review reviews proceedings proc quarterly annals annual bulletin bull transactions "
    "trans letters lett studies magazine science sciences research reports report newsletter gazette "
    "times post herald tribune chronicle international int j. acta archives archiv zeitschrift revue "
    "rivista history medicine physics chemistry psychology sociology economics economic affairs "
    "conference symposium workshop congress forum advances communications notes".split()
)

PLACES = frozenset(
    "new york london paris berlin oxford cambridge boston chicago toronto montreal sydney melbourne "
    "amsterdam leiden hamburg munich münchen frankfurt leipzig stuttgart vienna wien zurich zürich "
    "geneva genève basel bern rome roma milan milano madrid barcelona lisbon moscow tokyo beijing "
    "washington philadelphia baltimore princeton berkeley stanford los angeles san francisco diego "
    "thousand oaks newbury park hoboken englewood cliffs upper saddle river mahwah hillsdale "
    "norwood greenwich westport ann arbor durham chapel hill austin seattle minneapolis st. louis "
    "edinburgh glasgow dublin manchester brighton abingdon basingstoke harlow chichester aldershot "
    "heidelberg dordrecht cham singapore delhi mumbai shanghai hong kong seoul stockholm oslo "
    "copenhagen helsinki brussels prague warsaw budapest athens cairo nairobi johannesburg "
    "cape town wellington auckland ottawa vancouver mexico buenos aires lima santiago bogotá "
    "ny ma ca il nj pa ct md dc mi nc tx wa uk usa u.s.a. germany france italy spain russia china "
    "japan india canada australia netherlands switzerland austria sweden norway england".split()
)

ROLE_WORDS = frozenset(
    "ed ed. eds eds. editor editors edited hrsg hrsg. (ed.) (eds.) (ed) (eds) (hrsg.) trans trans. "
    "translated translator translation tr. comp. comps. dir. éd. éds. (éd.) (éds.)".split()
)

KEYWORDS = {
    "pp": "pages", "p": "pages", "pages": "pages", "page": "pages", "s": "pages",
    "vol": "volume", "volume": "volume", "vols": "volume", "bd": "volume", "band": "volume", "t": "volume",
    "no": "issue", "nr": "issue", "issue": "issue", "num": "issue", "n": "issue", "iss": "issue", "heft": "issue",
    "in": "in", "retrieved": "retrieved", "accessed": "accessed", "available": "available",
    "from": "from", "at": "at", "online": "online", "web": "online", "doi": "doi", "isbn": "isbn",
    "edn": "edition", "edition": "edition", "ed": "edition", "rev": "edition", "aufl": "edition",
    "thesis": "genre", "dissertation": "genre", "diss": "genre", "phd": "genre", "master's": "genre",
    "masters": "genre", "report": "genre", "unpublished": "genre", "manuscript": "genre", "paper": "genre",
    "et": "etal", "al": "etal", "and": "and", "&": "and", "und": "and", "et.": "etal",
    "press": "press", "university": "univ", "univ": "univ",
}
