"""The one way refcheck writes an output file: whole or not at all.

A reader of the target (a LaTeX build, an editor, the user's only copy of a
bibliography) must see either the old file or the new one, never half of
either, and an interrupted run must leave nothing behind. So every output goes
through :func:`write_output`: a temporary file in the target's own directory
(a rename across file systems is not atomic), flushed and fsynced, then
renamed over the target. What the rename would otherwise change about the
target is carried over: its mode and owner, and a symlink stays a symlink (the
write goes through it to the file it points at). A new file gets the mode the
user's umask gives any new file, not mkstemp's private 0600.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator

STDOUT = "-"
_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class _Interrupted(BaseException):
    """A termination signal arrived while a temporary file existed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def write_output(path: str | os.PathLike[str], data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Write DATA to PATH atomically, or to standard output when PATH is ``-``.

    Text is encoded with ENCODING and written with the line ends it already has.
    Raises OSError when the directory is not writable; the target is then untouched.
    """
    if os.fspath(path) == STDOUT:
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data)
            sys.stdout.flush()
        return
    payload = data if isinstance(data, bytes) else data.encode(encoding)
    target = os.path.realpath(os.fspath(path))  # through a symlink: the link itself is kept
    directory = os.path.dirname(target) or "."
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    try:
        with _signals_raise():
            _replace(target, directory, payload, existing)
    except _Interrupted as exc:
        _redeliver(exc.signum)  # outside our handlers: the signal now does what it would have done
        raise InterruptedError(f"{path}: interrupted; the file was left as it was") from None


def _replace(target: str, directory: str, payload: bytes, existing: os.stat_result | None) -> None:
    import tempfile  # only when a file is written: ~18 ms of start-up otherwise (refcheck._perf)

    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        _copy_metadata(tmp, existing)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_directory(directory)


def _copy_metadata(tmp: str, existing: os.stat_result | None) -> None:
    """Give the new file the old one's mode and owner, or the umask's mode when there was none."""
    if existing is None:
        os.chmod(tmp, 0o666 & ~_umask())
        return
    os.chmod(tmp, existing.st_mode & 0o7777)
    if hasattr(os, "chown"):
        with contextlib.suppress(OSError):  # only root may give a file away; the mode is kept anyway
            os.chown(tmp, existing.st_uid, existing.st_gid)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_directory(directory: str) -> None:
    """Make the rename itself durable; not every platform can open a directory."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """While a temporary file exists, SIGINT/SIGTERM/SIGHUP raise, so the cleanup above runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for signum in _SIGNALS:
        with contextlib.suppress(ValueError, OSError):
            previous[signum] = signal.signal(signum, _raise)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _raise(signum: int, frame: object) -> None:
    raise _Interrupted(signum)


def _redeliver(signum: int) -> None:
    """After cleaning up, let the signal do what it would have done (KeyboardInterrupt, exit)."""
    if signum == getattr(signal, "SIGINT", None):
        raise KeyboardInterrupt
    handler = signal.getsignal(signum)
    if callable(handler):
        handler(signum, None)
        return
    if handler == signal.SIG_IGN:
        return
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def same_file(a: str, b: str) -> bool:
    """Whether two paths name one file (through symlinks and '..'): an output must never be an input."""
    from pathlib import Path

    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
