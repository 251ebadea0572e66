"""A name as a running text inflects it: the case endings Czech, Slovak, Polish, the Baltic and Nordic languages and
German put on a family name ("Bernta", "Kowalskiego", "Brymans", "Leiraksen", "Haškové", "Lesthaeghem"), so that
"according to Bernt (2016)" written in Czech still finds Bernt."""

from __future__ import annotations

from refcheck.matching import names as nm
from refcheck.model import Reference

# Case endings a running text puts on a name (Czech, Slovak, Polish "Bernta", "Kowalskiego"; Danish and German
# genitive "Brymans"; Lithuanian "Hirschmano", "Putnamas"; Finnish "Leiraksen (2002) mukaan"; Finnish "Kososen" is
# out of reach, its stem changes)
_CASE_ENDINGS = frozenset("a e u y ovi em om ou s o ui ego emu n in en nak nek as is us ys ksen".split())


def inflected_name(cited: str, ref: Reference) -> bool:
    """Whether CITED is the entry's first family name with a case ending: never a letter doubled ("Rossaa" is a slip
    of "Rossa"), and only on a name of four letters or more."""
    people = ref.fields.authors or ref.fields.editors
    return bool(people) and " " not in cited and case_form(nm.fold(cited), nm.fold(people[0].family or ""))


# (Czech and Slovak feminine names change their last vowel: "Hašková" -> "Haškové", "Haškovou"; Polish "Kowalska" ->
# "Kowalskiej"; a name ending in "e" takes "m", "ho", "mu": "popsaný Lesthaeghem (2010)")
_VOWEL_CHANGES = frozenset("e ou y u ej iej".split())
_AFTER_E = frozenset({"m", "ho", "mu"})


def case_form(word: str, family: str) -> bool:
    """Whether WORD is FAMILY (both folded) with a case ending; never a letter doubled ("Rossaa" is a slip of
    "Rossa"), and only on a name of four letters or more."""
    if len(family) < 4:
        return False
    if word.startswith(family) and len(word) > len(family):
        ending = word[len(family):]
        return ending[0] != family[-1] and (ending in _CASE_ENDINGS or (family[-1] == "e" and ending in _AFTER_E))
    return family[-1] == "a" and word.startswith(family[:-1]) and word[len(family) - 1:] in _VOWEL_CHANGES

