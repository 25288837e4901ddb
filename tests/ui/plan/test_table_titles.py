"""The plan's tables keep their column titles whole in a 900-pixel window: a long title wraps
onto another line (お願いしたいこと), and every column stays inside the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.ui.common.i18n import apply_language
from tests.ui.conftest import create_through_welcome


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_supporters_titles_are_whole_at_900_pixels(qtbot, session, language) -> None:
    create_through_welcome(qtbot, session)
    window = session.window
    apply_language(language)
    try:
        window.show()
        window.resize(900, 600)
        window.navigation.setCurrentRow(2)
        editor = window.plan.show_section("crisis").lists["supporters"]
        table, header = editor.table, editor.table.horizontalHeader()
        qtbot.keyClicks(editor.new_text, "Aiko")  # an empty list shows an invitation instead
        qtbot.keyClick(editor.new_text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 300)
        qtbot.wait(50)  # the titles are measured once the columns have their widths
        assert header.length() <= table.viewport().width()  # no column past the edge
        for column in range(header.count()):
            needed = header.title_height(column, header.sectionSize(column))
            assert needed <= header.height(), header.model().headerData(
                column, header.orientation()
            )
        assert table.height() >= header.height() + table.rowHeight(0)  # the table made room
    finally:
        apply_language("en")
