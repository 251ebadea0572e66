"""Token features for the reference tagger, one small function per idea.

Everything a token contributes on its own is computed once per distinct token
string and cached (:func:`refcheck.feature.token.token_features`), because the
same words ("pp.", "Journal", "2004.") recur in every reference list; the
sequence module then adds position, context and state, which depend on the
neighbours.
"""

from refcheck.feature.sequence import sequence_features

__all__ = ["sequence_features"]
