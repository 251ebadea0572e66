"""Regular expressions compiled on first use.

CPython compiles every pattern anew in each process, ~0.1-2 ms apiece; a module-level
``re.compile`` of a pattern only some inputs reach makes every start-up pay for it.
``lazy(pattern, flags)`` returns an object with the compiled pattern's methods and
attributes; the first access compiles it and binds them onto the object, so later
calls cost what a plain attribute lookup costs.
"""

from __future__ import annotations

import re

_ATTRS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split",
          "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str):  # only reached before the first compile
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(*self._args)
        for attr in _ATTRS:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return LazyPattern(pattern, flags)  # type: ignore[return-value]
