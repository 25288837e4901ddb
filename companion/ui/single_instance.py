"""One window per data folder: a second launch asks the running one to come forward.

No socket and no network module: the running instance holds a lock file (`QLockFile`, which
notices a lock left by a crashed process), and a later launch leaves a request file beside it
that the running instance watches for. Both live in a private folder (mode 0700, owned by this
user, refused otherwise) and are named after a hash of the data folder's path, so another data
folder is another instance. The one request is the fixed word "show": nothing the person wrote,
nor any path, is ever written there.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path

from PySide6.QtCore import QDir, QFileSystemWatcher, QLockFile, QObject, QTimer, Signal

from companion.files import ensure_private_folder, write_private_atomically
from companion.paths import DataFolder

SHOW_REQUEST = b"show\n"
POLL_MS = 2000  # besides the file watcher, which some file systems do not serve
_MAX_REQUEST_BYTES = 64  # anything longer is not ours: read no further


def server_name(folder: DataFolder) -> str:
    """The instance's name for this data folder: the same folder always gives the same name."""
    path = os.path.normcase(os.path.abspath(folder.root))
    digest = hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()
    return f"companion-{digest[:32]}"


def instance_folder() -> Path | None:
    """This user's private folder for instance files, or None if it cannot be trusted (made by
    someone else, a link, or open to others): then every launch simply runs on its own."""
    user = hashlib.sha256(os.path.expanduser("~").encode("utf-8", "surrogatepass")).hexdigest()
    folder = Path(QDir.tempPath()) / f"companion-instances-{user[:16]}"
    try:
        ensure_private_folder(folder)
        info = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        return None
    if os.name != "nt" and (info.st_uid != os.getuid() or info.st_mode & 0o077):
        return None
    return folder


def _lock_path(folder: Path, name: str) -> str:
    return str(folder / f"{name}.lock")


def _request_path(folder: Path, name: str) -> Path:
    return folder / f"{name}.show"


def ask_running_instance(name: str) -> bool:
    """Whether an instance holds `name`; if so it has been asked to come forward."""
    folder = instance_folder()
    if folder is None:
        return False
    probe = QLockFile(_lock_path(folder, name))
    probe.setStaleLockTime(0)  # never stale by age; a dead holder's lock is noticed by its PID
    if probe.tryLock(0):
        probe.unlock()
        return False
    try:
        write_private_atomically(_request_path(folder, name), SHOW_REQUEST)
    except OSError:
        return True  # it runs; it just could not be asked
    return True


class InstanceServer(QObject):
    """Holds the lock for this data folder and emits `show_requested` for each later launch."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._folder = instance_folder()
        self._lock: QLockFile | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._check)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)

    def listen(self) -> bool:
        """Take the lock (a lock left by a crashed instance is taken over). False if another
        instance holds it, or if there is no private folder to hold it in."""
        if self._folder is None:
            return False
        lock = QLockFile(_lock_path(self._folder, self.name))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            return False
        self._lock = lock
        with contextlib.suppress(OSError):
            _request_path(self._folder, self.name).unlink()  # left from before: not for us
        self._watcher.addPath(str(self._folder))
        self._poll.start()
        return True

    def close(self) -> None:
        self._poll.stop()
        if self._folder is not None:
            self._watcher.removePaths(self._watcher.directories())
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _check(self, _changed: str = "") -> None:
        if self._folder is None or self._lock is None:
            return
        request = _request_path(self._folder, self.name)
        try:
            with request.open("rb") as handle:
                received = handle.read(_MAX_REQUEST_BYTES)
            request.unlink()
        except OSError:
            return  # none yet, or it went away
        if received == SHOW_REQUEST:
            self.show_requested.emit()
        # anything else is not our protocol: removed, nothing done
