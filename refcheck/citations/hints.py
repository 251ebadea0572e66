"""Notes extraction leaves on a citation for the matcher (never serialized).

TENTATIVE: the span may not be a citation at all ("(Sigma)", "(D)", a table cell, a species'
authority); it is kept only if it matches an entry. NEAR_AUTHOR: an MLA name without a page,
kept also when it nearly names an author of the paper. WEAK_NAME: a lone capitalized word before
a numeric citation ("Energy [2]"), a topic as often as an author. LINK_ONLY: an MLA author named
in running text without parentheses ("Hart et al. argue"): it ties the text to an entry when it
names one exactly, and is otherwise dropped; it never gives a finding. SUBJECT_OF: a name printed
just before a narrative citation's name ("Luciano de su maestro Demonacte (1981)"): the author of the
work when the narrative's own name has no entry. ORG_LEAD: the body printed before a comma and a
narrative's organisation ("European Commission, Joint Research Centre (2020)"): the whole name. RUNNING: a
name that is the subject of a reporting verb ("Chan et al. argued that"): a citation, certain with
"et al." or when the paper cites the same name elsewhere, else kept when it names or nearly names a
listed author. IN_GROUP: a part of a ";" group whose other parts are citations by their shape.
CAPITALS: a narrative's name that is one word in capitals ("HOX (2001)"): an acronym as often as a SURNAME,
so unsure, unless an entry's first author is that word. WHOLE_SUBJECT: every word that opens a sentence before
a reporting verb, as one name ("McDermott Long et al. found"): link-only, and where it names an entry's first
author the names read inside it ("Long et al.") are dropped. PROPER: a RUNNING name that opens its sentence
and that the paper never writes in lower case ("Gambier  argued that"): a source's author, certain as "et al.".
GROUP ("group:<offset>"): the numbers of one tentative group ("advice3,13,19"): when another number of the group
cites an entry, the group is a citation, and a number just past the list's end is one with no entry.
"""

TENTATIVE = "tentative"
NEAR_AUTHOR = "near-author"
WEAK_NAME = "weak-name"
LINK_ONLY = "link-only"
UNSURE = "unsure"
SUBJECT_OF = "subject-of:"
ORG_LEAD = "org-lead:"
RUNNING = "running"
IN_GROUP = "in-group"
CAPITALS = "capitals"
WHOLE_SUBJECT = "whole-subject"
PROPER = "proper"
GROUP = "group:"
