"""Fault injection for the store: a full disk on the Nth write statement or the Nth commit."""

from __future__ import annotations

from sqlalchemy import event

SQLITE_FULL = 13


def _disk_full() -> Exception:
    import sqlcipher3.dbapi2 as sqlcipher

    error = sqlcipher.OperationalError("database or disk is full")
    error.sqlite_errorcode = SQLITE_FULL  # type: ignore[attr-defined]
    return error


class Faults:
    """Counts the writes and commits of one engine and fails the chosen one, once."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.writes = self.commits = 0
        self.fail_write_at: int | None = None
        self.fail_commit_at: int | None = None
        self.failed = 0
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)

    def arm(self, *, write: int | None = None, commit: int | None = None) -> None:
        self.writes = self.commits = self.failed = 0
        self.fail_write_at, self.fail_commit_at = write, commit

    def _statement(self, _connection, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            self.writes += 1
            if self.writes == self.fail_write_at:
                self.failed += 1
                raise _disk_full()

    def _commit(self, _connection) -> None:
        self.commits += 1
        if self.commits == self.fail_commit_at:
            self.failed += 1
            raise _disk_full()

    def remove(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._statement)
        event.remove(self.engine, "commit", self._commit)
