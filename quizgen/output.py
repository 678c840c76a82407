"""Writing ``dist/`` all at once: a build either replaces every output or none.

Outputs are written into a fresh folder beside the target as they are made,
and swapped in with one atomic exchange of directory names (Linux
``renameat2(RENAME_EXCHANGE)``; elsewhere two renames with recovery). A build
killed at any moment leaves the previous outputs whole. Only folders quizgen made
itself (marked by ``.quizgen-output``) are ever replaced.

The marker also records what the outputs were built from (a key the build
computes from its inputs) and a hash of each output, so a build whose inputs
have not changed can tell that ``dist/`` is already up to date and leave it be.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from quizgen.errors import OutputError

MARKER = ".quizgen-output"
_RENAME_EXCHANGE = 2


def check_output_folder(out: Path, protected: list[Path]) -> None:
    """Refuse an output folder that would overwrite a teacher's articles, rules or files."""
    target = out.resolve()
    for folder in protected:
        p = folder.resolve()
        if target == p or p in target.parents or target in p.parents:
            raise OutputError(
                f"{out}: refusing to write outputs into or over {folder}, which holds articles or rules; "
                "pass --out DIR outside it"
            )
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder; pick another --out")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise OutputError(f"{out}: folder has files quizgen did not write; pick an empty or new --out")


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False where the system cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    at_fdcwd = -100
    rc = fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return rc == 0


def recover(out: Path) -> None:
    """Put back the previous outputs if a build died between the two renames of a swap."""
    old = out.with_name(out.name + ".old")
    if old.is_dir() and not out.exists():
        old.rename(out)
    elif old.is_dir():
        shutil.rmtree(old, ignore_errors=True)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def previous_build(out: Path, key: str) -> dict[str, Any] | None:
    """The summary stored by the build that wrote ``out``, if it had this ``key``.

    None unless every output it wrote is still there, byte for byte: an output
    the teacher deleted or changed is made again.
    """
    try:
        marker = json.loads((out / MARKER).read_text(encoding="utf-8"))
        if not isinstance(marker, dict) or marker.get("key") != key:
            return None
        for name, digest in marker["files"].items():
            if _digest((out / name).read_bytes()) != digest:
                return None
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None  # no marker, an older one, or a damaged one: build again
    summary = marker.get("summary")
    return summary if isinstance(summary, dict) else None


class Staging:
    """A fresh folder beside ``out``: outputs are written into it one by one as they
    are made, then swapped in for ``out`` at once (``commit``).

    Left without a commit (an error), the folder is removed and ``out`` is untouched.
    It is only a path, so a helper process can write an output into it too.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        try:
            recover(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            self.folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
        except OSError as exc:
            raise OutputError(f"{out}: cannot write there ({exc.strerror}); pick another --out") from exc

    def write(self, name: str, data: bytes) -> str:
        """Write one output, flushed to disk; return its digest for ``commit``."""
        path = self.folder / name
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise self._cannot_write(exc) from exc
        return _digest(data)

    def commit(self, digests: dict[str, str], key: str = "", summary: dict[str, Any] | None = None) -> None:
        """Swap the written outputs (name -> digest) in for ``out``.

        ``key`` and ``summary`` go into the marker for ``previous_build``.
        """
        marker = {
            "written_by": "quizgen build; this folder is replaced by every build",
            "key": key,
            "files": dict(sorted(digests.items())),
            "summary": summary or {},
        }
        self.write(MARKER, json.dumps(marker, indent=1).encode("utf-8"))
        out, staging = self.out, self.folder
        try:
            if not out.exists():
                staging.rename(out)
            elif not _exchange(staging, out):
                old = out.with_name(out.name + ".old")
                out.rename(old)
                staging.rename(out)
                shutil.rmtree(old, ignore_errors=True)
            else:
                shutil.rmtree(staging, ignore_errors=True)  # after an exchange it holds the old outputs
        except OSError as exc:
            raise self._cannot_write(exc) from exc

    def _cannot_write(self, exc: OSError) -> OutputError:
        return OutputError(f"{self.out}: cannot write outputs ({exc.strerror}); pick another --out")

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)  # not committed: an error on the way
