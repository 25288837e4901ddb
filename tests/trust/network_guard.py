"""An audit hook that refuses the network: any connect, bind or sendto of an AF_INET or AF_INET6
socket, and any name lookup, is recorded and refused. Audit hooks cannot be removed, so the
proofs install it in a child process (`python -m tests.trust.gui_session`, `…commands`)."""

from __future__ import annotations

import socket
import sys
from typing import Any

INTERNET = (socket.AF_INET, socket.AF_INET6)
LOOKUPS = ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr")
VIOLATIONS: list[str] = []


def _refuse_the_network(event: str, args: tuple[Any, ...]) -> None:
    if event in ("socket.connect", "socket.bind", "socket.sendto"):
        family = getattr(args[0], "family", None)
        if family in INTERNET:
            VIOLATIONS.append(f"{event} {socket.AddressFamily(family).name} {args[1]!r}")
            raise PermissionError("Companion must not use the network")
    elif event in LOOKUPS:
        VIOLATIONS.append(f"{event} {args[0]!r}")
        raise PermissionError("Companion must not look up names on the network")


def install() -> None:
    sys.addaudithook(_refuse_the_network)


def report() -> str:
    """One line for the parent test: "network: none" or what was tried."""
    return "network: " + ("; ".join(VIOLATIONS) if VIOLATIONS else "none")
