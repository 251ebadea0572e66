"""The reference section: where a paper's list is and how it divides into entries.

cues    does a line open an entry (list markers, the ways entries begin)
lines   the learned line classifier (ref / text / title / meta / blank), for lists without a heading
find    the list's heading and end -> Section
split   Section -> RawEntry, one per entry, re-joined onto one line
"""
