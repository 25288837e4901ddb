"""One window per data folder: a second launch asks the running one to come forward.

The socket is local only (a Unix domain socket or a Windows named pipe, never TCP), readable by
this user alone, and named after a hash of the data folder's path, so another data folder is
another instance. The one message is the fixed word "show": nothing the person wrote, nor any
path, ever crosses it.
"""

from __future__ import annotations

import hashlib
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from companion.paths import DataFolder

SHOW_REQUEST = b"show\n"
CONNECT_TIMEOUT_MS = 1000
_MAX_REQUEST_BYTES = 64  # anything longer is not ours: read no further


def server_name(folder: DataFolder) -> str:
    """The socket's name for this data folder: the same folder always gives the same name."""
    path = os.path.normcase(os.path.abspath(folder.root))
    digest = hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()
    return f"companion-{digest[:32]}"


def ask_running_instance(name: str) -> bool:
    """Whether an instance listens on `name`; if so it has been asked to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(SHOW_REQUEST)
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
    return True


class InstanceServer(QObject):
    """Listens for later launches on this data folder and emits `show_requested` for each."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is removed first.
        False if another instance got there first (it is then listening on the name)."""
        if self._server.listen(self.name):
            return True
        if ask_running_instance_silently(self.name):
            return False
        QLocalServer.removeServer(self.name)  # stale: nobody answers on it
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(lambda socket=socket: self._forget(socket))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        received = self._buffers[socket] + bytes(socket.read(_MAX_REQUEST_BYTES).data())
        if received == SHOW_REQUEST:
            self._buffers[socket] = b""
            self.show_requested.emit()
        elif SHOW_REQUEST.startswith(received):
            self._buffers[socket] = received  # the rest is still on its way
        else:
            self._forget(socket)  # not our protocol: dropped, nothing done
            socket.abort()

    def _forget(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.deleteLater()


def ask_running_instance_silently(name: str) -> bool:
    """Whether something answers on `name`, without asking it for anything."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    if connected:
        socket.abort()
    return connected
