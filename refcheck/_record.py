"""A base for the small value classes on the start-up path.

Plain classes with ``__slots__`` and a hand-written ``__init__``: what ``@dataclass``
generates, without its cost (``import dataclasses`` pulls in ``inspect``, and each
decorated class is built by ``exec`` at import, ~1 ms apiece). Equality and repr
follow the dataclass ones: same class and equal fields, ``Cls(a=1, b='x')``.
"""

from __future__ import annotations


class Record:
    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]  # mutable, like a non-frozen dataclass

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__ if not n.startswith("_"))
        return f"{type(self).__qualname__}({fields})"

    def replace(self, **changes: object) -> Record:
        """A copy with some fields changed (``dataclasses.replace``)."""
        new = object.__new__(type(self))
        for n in self.__slots__:
            object.__setattr__(new, n, changes.pop(n) if n in changes else getattr(self, n))
        if changes:
            raise TypeError(f"{type(self).__name__} has no field(s) {', '.join(changes)}")
        return new
