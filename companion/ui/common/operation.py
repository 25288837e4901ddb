"""Running a service call from a Qt slot: the UI's one default failure handler.

In the spirit of Anki's `CollectionOp`: a page hands the call and the place for a message to
`attempt`; a StoreProblem (disk full, damaged file, entry gone, …) then becomes the calm,
translated wording from `messages.problem_text` in that place, and never escapes the slot.
The call's result comes back, or None when it failed; what the person typed stays on screen,
because nothing here touches the form. Anything else is a bug and goes on to the bug handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QLabel

from companion.errors import StoreProblem
from companion.ui.common.message_line import ATTENTION, MessageLine
from companion.ui.common.messages import problem_text

_Result = TypeVar("_Result")

# Where a problem is told: a status or error label, or a function that shows the text.
ProblemShown = QLabel | Callable[[str], object]


def show_problem(problem: StoreProblem, where: ProblemShown) -> None:
    """Tell the person about `problem` in `where`, in the window's language."""
    text = problem_text(problem)
    if isinstance(where, MessageLine):
        where.say(text, ATTENTION)
    elif isinstance(where, QLabel):
        where.setText(text)
    else:
        where(text)


def attempt(call: Callable[[], _Result], where: ProblemShown) -> _Result | None:
    """`call()`'s result; on a StoreProblem, the message in `where` and None."""
    try:
        return call()
    except StoreProblem as problem:
        show_problem(problem, where)
        return None


def succeeded(call: Callable[[], object], where: ProblemShown) -> bool:
    """For calls that return nothing: True if `call()` went through, else the message in
    `where` and False."""
    return attempt(lambda: call() or True, where) is not None


def attempt_or_handle(
    call: Callable[[], _Result], handle: Callable[[StoreProblem], object]
) -> _Result | None:
    """Like `attempt`, for the few places that decide more than a message (the session: a
    problem before unlock ends it with the problem's exit code)."""
    try:
        return call()
    except StoreProblem as problem:
        handle(problem)
        return None
