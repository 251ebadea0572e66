"""Configuration files: discovery, validation, and applying the settings to findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from refcheck.config import Config, ConfigError, find_config_file, load_config
from refcheck.model import Citation, Finding


def _finding(code: str = "no-entry", severity: str = "error", citation: str | None = None) -> Finding:
    return Finding(code, severity, 1, 1, "m", citation=citation)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- discovery --------------------------------------------------------------------

def test_no_file_gives_defaults(tmp_path: Path) -> None:
    paper = _write(tmp_path / "p.tex", "x")
    assert load_config(paper) == Config()


def test_pyproject_tool_table_is_read(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.refcheck]\nignore = ["uncited"]\n')
    assert load_config(_write(tmp_path / "p.tex", "x")).ignore == ["uncited"]


def test_config_is_found_from_a_parent_directory(tmp_path: Path) -> None:
    _write(tmp_path / "refcheck.toml", 'style = "apa"\n')
    paper = _write(tmp_path / "chapters" / "deep" / "p.md", "x")
    assert load_config(paper).style == "apa"


def test_nearest_directory_wins(tmp_path: Path) -> None:
    _write(tmp_path / "refcheck.toml", 'style = "apa"\n')
    _write(tmp_path / "sub" / ".refcheck.toml", 'style = "mla"\n')
    assert load_config(_write(tmp_path / "sub" / "p.txt", "x")).style == "mla"


def test_pyproject_without_tool_table_is_passed_over(tmp_path: Path) -> None:
    _write(tmp_path / "refcheck.toml", 'style = "ieee"\n')
    _write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "paper"\n')
    assert find_config_file(_write(tmp_path / "sub" / "p.txt", "x")) == tmp_path / "refcheck.toml"


def test_refcheck_toml_wins_over_pyproject_in_one_directory(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", '[tool.refcheck]\nstyle = "apa"\n')
    _write(tmp_path / "refcheck.toml", 'style = "mla"\n')
    assert load_config(tmp_path).style == "mla"


def test_every_key_is_read(tmp_path: Path) -> None:
    _write(tmp_path / "pyproject.toml", """
[tool.refcheck]
select = ["no-entry", "uncited"]
ignore = ["uncited"]
severity = { uncited = "info" }
style = "chicago"
mailto = "me@example.org"
cache = ".refcheck-cache.sqlite"
resolve = true
check-urls = true
per-file-ignores = { "drafts/*.md" = ["no-entry"] }
ignore-citations = ["^TODO"]
""")
    cfg = load_config(tmp_path)
    assert (cfg.select, cfg.ignore, cfg.severity, cfg.style, cfg.mailto) == (
        ["no-entry", "uncited"], ["uncited"], {"uncited": "info"}, "chicago", "me@example.org")
    assert (cfg.cache, cfg.resolve, cfg.check_urls) == (str(tmp_path / ".refcheck-cache.sqlite"), True, True)
    assert (cfg.per_file_ignores, cfg.ignore_citations) == ({"drafts/*.md": ["no-entry"]}, ["^TODO"])


# --- validation ---------------------------------------------------------------------

def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    path = _write(tmp_path / "pyproject.toml", '[tool.refcheck]\nfoo = 1\n')
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path)
    assert str(exc.value) == f"{path}: unknown key 'foo' in [tool.refcheck]"


def test_misspelt_key_gets_a_hint(tmp_path: Path) -> None:
    _write(tmp_path / "refcheck.toml", 'ignroe = ["uncited"]\n')
    with pytest.raises(ConfigError, match=r"unknown key 'ignroe' \(did you mean 'ignore'\?\)"):
        load_config(tmp_path)


@pytest.mark.parametrize(("toml", "problem"), [
    ('ignore = ["no-such-code"]', "unknown finding code 'no-such-code' in 'ignore'"),
    ('select = 3', "'select' must be a list of finding codes"),
    ('severity = { uncited = "fatal" }', "bad severity 'fatal' for 'uncited'"),
    ('style = "oscola"', "bad value 'oscola' for 'style'"),
    ('mailto = "not-an-address"', "bad value 'not-an-address' for 'mailto'"),
    ('resolve = "yes"', "'resolve' must be true or false"),
    ('check-urls = 1', "'check-urls' must be true or false"),
    ('cache = 5', "bad value 5 for 'cache'"),
    ('per-file-ignores = { "*.md" = ["nope"] }', "unknown finding code 'nope'"),
    ('ignore-citations = ["(unclosed"]', "bad regular expression '(unclosed' in 'ignore-citations'"),
])
def test_bad_values_are_config_errors_naming_the_key(tmp_path: Path, toml: str, problem: str) -> None:
    path = _write(tmp_path / "refcheck.toml", toml + "\n")
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path)
    assert str(exc.value).startswith(f"{path}: ") and problem in str(exc.value)


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    _write(tmp_path / "refcheck.toml", "style = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(tmp_path)


def test_cache_false_disables_caching(tmp_path: Path) -> None:
    _write(tmp_path / "refcheck.toml", "cache = false\n")
    assert load_config(tmp_path).cache is False


def test_style_auto_means_detect(tmp_path: Path) -> None:
    _write(tmp_path / "refcheck.toml", 'style = "auto"\n')
    assert load_config(tmp_path).style is None


# --- applying ------------------------------------------------------------------------

def test_select_keeps_only_those_codes() -> None:
    found = Config(select=["uncited"]).apply([_finding("no-entry"), _finding("uncited", "warning")], "p.tex")
    assert [f.code for f in found] == ["uncited"]


def test_ignore_drops_those_codes() -> None:
    found = Config(ignore=["uncited"]).apply([_finding("no-entry"), _finding("uncited", "warning")], "p.tex")
    assert [f.code for f in found] == ["no-entry"]


def test_severity_override_changes_a_copy() -> None:
    original = _finding("uncited", "warning")
    (found,) = Config(severity={"uncited": "error"}).apply([original], "p.tex")
    assert (found.severity, original.severity) == ("error", "warning")


def test_per_file_ignores_match_relative_to_the_config(tmp_path: Path) -> None:
    cfg = Config(per_file_ignores={"drafts/*.md": ["no-entry"]}, source=tmp_path / "refcheck.toml")
    assert cfg.apply([_finding()], tmp_path / "drafts" / "a.md") == []
    assert len(cfg.apply([_finding()], tmp_path / "final" / "a.md")) == 1


def test_per_file_ignores_glob_without_slash_matches_the_file_name(tmp_path: Path) -> None:
    cfg = Config(per_file_ignores={"*.qmd": ["no-entry"]}, source=tmp_path / "refcheck.toml")
    assert cfg.apply([_finding()], tmp_path / "deep" / "dir" / "report.qmd") == []


def test_ignore_citations_drops_findings_on_matching_citations() -> None:
    cites = [Citation("c1", 1, 1, "TODO-cite", "key", keys=["TODO-cite"]),
             Citation("c2", 2, 1, "smith2011", "key", keys=["smith2011"])]
    found = Config(ignore_citations=["^TODO"]).apply(
        [_finding(citation="c1"), _finding(citation="c2"), _finding("uncited", "warning")], "p.tex", cites)
    assert [f.citation for f in found] == ["c2", None]


def test_override_replaces_only_given_values() -> None:
    cfg = Config(style="apa", ignore=["uncited"]).override(style="mla", ignore=None)
    assert (cfg.style, cfg.ignore) == ("mla", ["uncited"])
