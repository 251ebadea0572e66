"""refcheck.io.write_output: whole or nothing, the target's mode, owner and symlink kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from refcheck.io import write_output

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and signals")


def test_new_file_gets_the_umask_mode_not_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_output(tmp_path / "new.bib", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "new.bib").stat().st_mode & 0o777 == 0o644


def test_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    target.write_text("old")
    target.chmod(0o600)
    write_output(target, "new")
    assert target.read_text() == "new" and target.stat().st_mode & 0o777 == 0o600


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "real.bib").write_text("old")
    (tmp_path / "link.bib").symlink_to("real.bib")
    write_output(tmp_path / "link.bib", "new")
    assert (tmp_path / "link.bib").is_symlink() and (tmp_path / "real.bib").read_text() == "new"


def test_dash_means_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    write_output("-", "hello\n")
    assert capsys.readouterr().out == "hello\n"


def test_unwritable_directory_raises_and_leaves_the_target(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_output(tmp_path / "no" / "such" / "dir.bib", "x")


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM", "SIGHUP"])
def test_a_signal_during_the_write_leaves_no_temporary_file_and_the_old_content(tmp_path: Path, signame: str) -> None:
    target = tmp_path / "refs.bib"
    target.write_text("old")
    child = textwrap.dedent(f"""
        import os, sys, time
        import refcheck.io as rio
        def slow_fsync(fd):
            print("ready", flush=True)
            time.sleep(30)
        rio.os.fsync = slow_fsync
        rio.write_output({str(target)!r}, "new")
    """)
    proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    proc.send_signal(getattr(signal, signame))
    proc.wait(timeout=20)
    assert proc.returncode != 0
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["refs.bib"]
