"""Project configuration: ``[tool.refcheck]`` in pyproject.toml, or refcheck.toml / .refcheck.toml.

A paper repository carries its own settings (which checks matter, the style it
is written in, the contact address for Crossref) so that every co-author, the
pre-commit hook and CI check it the same way without repeating flags.

The file is looked for from the checked file's directory upward; the first
directory holding one wins (in one directory: refcheck.toml, then
.refcheck.toml, then a pyproject.toml that has a [tool.refcheck] table).
A typo must never silently turn a check off, so an unknown key or a bad value
is a ConfigError naming the file and the key; the CLI prints it and exits 2.
"""

from __future__ import annotations

import contextlib
import fnmatch
import re
import sys
from pathlib import Path

from refcheck._record import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (~5 ms)
if TYPE_CHECKING:
    from typing import Any

    from refcheck.model import Citation, Finding

CONFIG_FILES = ("refcheck.toml", ".refcheck.toml", "pyproject.toml")
STYLES = ("apa", "mla", "chicago", "harvard", "ieee", "vancouver", "ama", "nature", "acs", "chicago-notes")
LEVELS = ("error", "warning", "info")
KEYS = ("select", "ignore", "severity", "style", "mailto", "cache", "resolve", "check-urls",
        "per-file-ignores", "ignore-citations")


class ConfigError(Exception):
    """A configuration file refcheck cannot use; the message names the file and the key."""


class Config(Record):
    """Settings from a configuration file; the defaults are what no file means.

    ``select``/``ignore`` empty means "all codes" / "nothing ignored". ``cache``
    is a path or redis:// URL, False to disable caching, None for the default.
    """

    __slots__ = ("select", "ignore", "severity", "style", "mailto", "cache", "resolve", "check_urls",
                 "per_file_ignores", "ignore_citations", "source")
    select: list[str]
    ignore: list[str]
    severity: dict[str, str]
    style: str | None
    mailto: str | None
    cache: str | bool | None
    resolve: bool
    check_urls: bool
    per_file_ignores: dict[str, list[str]]
    ignore_citations: list[str]
    source: Path | None  # the file these settings came from

    def __init__(self, select: list[str] | None = None, ignore: list[str] | None = None,
                 severity: dict[str, str] | None = None, style: str | None = None, mailto: str | None = None,
                 cache: str | bool | None = None, resolve: bool = False, check_urls: bool = False,
                 per_file_ignores: dict[str, list[str]] | None = None,
                 ignore_citations: list[str] | None = None, source: Path | None = None) -> None:
        self.select = [] if select is None else select
        self.ignore = [] if ignore is None else ignore
        self.severity = {} if severity is None else severity
        self.style = style
        self.mailto = mailto
        self.cache = cache
        self.resolve = resolve
        self.check_urls = check_urls
        self.per_file_ignores = {} if per_file_ignores is None else per_file_ignores
        self.ignore_citations = [] if ignore_citations is None else ignore_citations
        self.source = source

    @property
    def root(self) -> Path | None:
        """Directory per-file-ignores globs are relative to: the config file's."""
        return self.source.parent if self.source is not None else None

    def override(self, **values: Any) -> Config:
        """A copy with the given settings replaced; None values are skipped (CLI flags not given)."""
        return self.replace(**{k: v for k, v in values.items() if v is not None})  # type: ignore[return-value]

    def apply(self, findings: list[Finding], path: str | Path,
              citations: list[Citation] | None = None) -> list[Finding]:
        """The findings for PATH that survive ignore-citations, per-file-ignores, select and ignore.

        Severity overrides are applied to what is left (on copies: the caller's
        findings are not changed).
        """
        out = list(findings)
        if self.ignore_citations and citations:
            patterns = [re.compile(p) for p in self.ignore_citations]
            left_alone = {c.id for c in citations
                          if any(p.search(text) for p in patterns for text in (c.text, *c.keys))}
            out = [f for f in out if f.citation is None or f.citation not in left_alone]
        skipped = self.codes_ignored_for(path)
        if skipped:
            out = [f for f in out if f.code not in skipped]
        if self.select:
            out = [f for f in out if f.code in self.select]
        if self.ignore:
            out = [f for f in out if f.code not in self.ignore]
        if self.severity:
            out = [f.replace(severity=self.severity[f.code]) if f.code in self.severity else f for f in out]
        return out

    def codes_ignored_for(self, path: str | Path) -> set[str]:
        """Codes per-file-ignores turns off for PATH.

        A glob is matched against the path relative to the config file's
        directory (when it lies below it), and a glob without "/" also against
        the file name alone, as in ruff and flake8.
        """
        if not self.per_file_ignores:
            return set()
        p = Path(path)
        candidates = {p.as_posix(), p.name}
        if self.root is not None:
            with contextlib.suppress(ValueError, OSError):  # a file outside the config's tree
                candidates.add(p.resolve().relative_to(self.root.resolve()).as_posix())
        codes: set[str] = set()
        for glob, globcodes in self.per_file_ignores.items():
            names = candidates if "/" in glob else {p.name}
            if any(fnmatch.fnmatchcase(n, glob) for n in names):
                codes.update(globcodes)
        return codes


def find_config_file(start: Path) -> Path | None:
    """The configuration file that governs START (a file or directory), or None."""
    start = Path(start)
    try:
        here = start.resolve()
    except OSError:
        here = start.absolute()
    if not here.is_dir():
        here = here.parent
    for directory in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def load_config(start: Path) -> Config:
    """Settings for a file checked at START; Config() when no configuration file is found."""
    path = find_config_file(start)
    if path is None:
        return Config()
    return read_config_file(path)


def read_config_file(path: Path) -> Config:
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("refcheck", {})
        where = " in [tool.refcheck]"
    else:
        table = data.get("tool", {}).get("refcheck", data) if set(data) == {"tool"} else data
        where = ""
    return parse_config(table, path, where)


def _has_tool_table(path: Path) -> bool:
    # cheap textual test first: most pyproject.toml files have no [tool.refcheck] and need no parse
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if not re.search(r"tool\s*\.\s*[\"']?refcheck|^\s*\[\s*tool\s*\]", text, re.MULTILINE):
        return False
    tool = _read_toml(path).get("tool", {})
    return isinstance(tool, dict) and "refcheck" in tool


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def parse_config(table: Any, path: Path, where: str = "") -> Config:
    """Validate a configuration table; every problem names PATH and the key."""
    from refcheck.codes import CODES

    def fail(problem: str, hint: str | None = None) -> ConfigError:
        return ConfigError(f"{path}: {problem}{where}" + (f" (did you mean {hint!r}?)" if hint else ""))

    if not isinstance(table, dict):
        raise fail("refcheck settings must be a table")
    for key in table:
        if key not in KEYS:
            raise fail(f"unknown key {key!r}", _close(key, KEYS))

    def codes(key: str, value: Any) -> list[str]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
            raise fail(f"{key!r} must be a list of finding codes")
        for c in value:
            if c not in CODES:
                raise fail(f"unknown finding code {c!r} in {key!r}", _close(c, CODES))
        return list(value)

    def boolean(key: str) -> bool:
        value = table[key]
        if not isinstance(value, bool):
            raise fail(f"{key!r} must be true or false, not {value!r}")
        return value

    cfg = Config(source=path)
    if "select" in table:
        cfg.select = codes("select", table["select"])
    if "ignore" in table:
        cfg.ignore = codes("ignore", table["ignore"])
    if "severity" in table:
        sev = table["severity"]
        if not isinstance(sev, dict):
            raise fail("'severity' must be a table of code = \"error\" | \"warning\" | \"info\"")
        for code, level in sev.items():
            codes("severity", [code])
            if level not in LEVELS:
                raise fail(f"bad severity {level!r} for {code!r} in 'severity' (use error, warning or info)")
        cfg.severity = dict(sev)
    if "style" in table:
        style = table["style"]
        if style not in (*STYLES, "auto"):
            raise fail(f"bad value {style!r} for 'style' (use one of {', '.join(STYLES)}, or auto)")
        cfg.style = None if style == "auto" else style
    if "mailto" in table:
        mailto = table["mailto"]
        if not isinstance(mailto, str) or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", mailto):
            raise fail(f"bad value {mailto!r} for 'mailto' (an e-mail address)")
        cfg.mailto = mailto
    if "cache" in table:
        cache = table["cache"]
        if cache is True:
            cfg.cache = None  # "use the cache": the default location
        elif cache is False or (isinstance(cache, str) and cache):
            cfg.cache = cache
            if isinstance(cache, str) and "://" not in cache and not Path(cache).is_absolute():
                cfg.cache = str(path.parent / cache)  # relative to the config file, not the cwd
        else:
            raise fail(f"bad value {cache!r} for 'cache' (a path, a redis:// URL, or false)")
    if "resolve" in table:
        cfg.resolve = boolean("resolve")
    if "check-urls" in table:
        cfg.check_urls = boolean("check-urls")
    if "per-file-ignores" in table:
        pfi = table["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise fail("'per-file-ignores' must be a table of glob = [codes]")
        cfg.per_file_ignores = {glob: codes(f"per-file-ignores.{glob}", value) for glob, value in pfi.items()}
    if "ignore-citations" in table:
        pats = table["ignore-citations"]
        if isinstance(pats, str):
            pats = [pats]
        if not isinstance(pats, list) or not all(isinstance(p, str) for p in pats):
            raise fail("'ignore-citations' must be a list of regular expressions")
        for p in pats:
            try:
                re.compile(p)
            except re.error as exc:
                raise fail(f"bad regular expression {p!r} in 'ignore-citations' ({exc})") from None
        cfg.ignore_citations = list(pats)
    return cfg


def _close(word: str, options: Any) -> str | None:
    import difflib

    found = difflib.get_close_matches(word, list(options), n=1, cutoff=0.7)
    return found[0] if found else None
