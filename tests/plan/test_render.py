"""The plan as Markdown and as print HTML: every section, plain empty notes, escaped user text."""

from __future__ import annotations

from datetime import date

import pytest

from companion.plan.examples import example_plan
from companion.plan.model import Plan, make_entry
from companion.plan.render import plan_html, plan_markdown
from companion.plan.schema import SECTIONS, section

DAY = date(2024, 5, 2)
NOTHING = {"en": "Nothing written here yet.", "ja": "まだ何も書かれていません。"}


def _with(plan: Plan, section_key: str, list_key: str, *values: dict[str, object]) -> Plan:
    list_spec = section(section_key).list_spec(list_key)
    return plan.with_entries(
        section_key, list_key, tuple(make_entry(list_spec, value) for value in values)
    )


def _item(plan: Plan, section_key: str, list_key: str, *texts: str) -> Plan:
    return _with(plan, section_key, list_key, *({"text": text} for text in texts))


def _crisis_plan() -> Plan:
    plan = _item(example_plan("en"), "crisis", "well", "Calm", "Curious")
    plan = _with(
        plan,
        "crisis",
        "supporters",
        {
            "name": "Aiko",
            "relationship": "friend",
            "phone": "090-1234-5678",
            "consent": True,
            "consent_date": "2024-05-01",
        },
        {"name": "Ken", "phone": "080-0000-0000"},
    )
    plan = _with(plan, "crisis", "not_involved", {"name": "Taro", "reason": "We argue"})
    plan = _with(
        plan, "crisis", "medications", {"name": "Drug X", "stance": "unacceptable", "why": "Rash"}
    )
    return _with(plan, "crisis", "tasks", {"task": "Feed the cat", "who": "Ken"})


# --- Markdown ---------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_whole_plan_lists_every_section_even_empty_ones(language: str) -> None:
    text = plan_markdown(example_plan(language), language)
    lines = text.splitlines()
    assert lines[0].startswith("# ")
    for spec in SECTIONS:
        assert f"## {spec.heading.in_language(language)}" in lines
    # The example's crisis section is empty: one line says so, and no list titles follow.
    crisis = lines.index(f"## {section('crisis').heading.in_language(language)}")
    quiet = NOTHING[language] if language == "ja" else f"*{NOTHING[language]}*"  # no CJK italic
    assert lines[crisis + 1 : crisis + 4] == ["", quiet, ""]
    assert lines[crisis + 4].startswith("## ")


def test_an_empty_plan_is_one_line_per_section() -> None:
    text = plan_markdown(Plan(), "en")
    assert text.count("## ") == len(SECTIONS)
    assert text.count(NOTHING["en"]) == len(SECTIONS)
    assert "###" not in text


def test_an_empty_list_in_a_written_section_says_so() -> None:
    lines = plan_markdown(example_plan("en"), "en").splitlines()
    triggers = lines.index("## Triggers")
    might = lines.index("### Action plan: I might do", triggers)
    assert lines[might + 2] == f"*{NOTHING['en']}*"
    assert "- Being asked to help outside my activity hours" in lines


def test_blank_rows_do_not_count_as_writing() -> None:
    plan = _item(Plan(), "toolbox", "tools", "", "   ")
    assert plan_markdown(plan, "en", ["toolbox"]).count(NOTHING["en"]) == 1


def test_a_renamed_heading_is_used() -> None:
    plan = example_plan("en").renamed("daily", "Daily Plan").renamed("triggers", "Stressors")
    text = plan_markdown(plan, "en")
    assert "## Daily Plan" in text.splitlines()
    assert "## Stressors" in text.splitlines()
    assert "Daily Maintenance Plan" not in text
    html = plan_html(plan, "en", generated_on=DAY)
    assert ">Stressors</h2>" in html


def test_japanese_emoji_and_several_lines_stay_readable() -> None:
    plan = _item(Plan(), "toolbox", "tools", "散歩する 🚶\n二行目も\n\n三つ目の段落")
    text = plan_markdown(plan, "ja", ["toolbox"])
    assert "- 散歩する 🚶  \n  二行目も\n\n  三つ目の段落\n" in text


def test_markdown_marks_in_user_text_stay_text() -> None:
    plan = _item(
        Plan(),
        "toolbox",
        "tools",
        "# not a heading\n- not a list\n1. not numbered\n> not a quote\n    not code",
        "*stars* and _underscores_ [a](link) <b>tag</b> `tick` a|b &amp;",
    )
    plan = plan.renamed("toolbox", "Tools #1 <mine>")
    lines = plan_markdown(plan, "en", ["toolbox"]).splitlines()
    assert lines[2] == "## Tools \\#1 \\<mine\\>"
    assert "- \\# not a heading  " in lines
    assert "  \\- not a list  " in lines
    assert "  1\\. not numbered  " in lines
    assert "  \\> not a quote  " in lines
    assert "  \u00a0\u00a0\u00a0\u00a0not code" in lines
    inline = r"- \*stars\* and \_underscores\_ \[a\](link) \<b\>tag\</b\> \`tick\` a\|b \&amp;"
    assert inline in lines
    # Only our own headings start a line with "#".
    assert [line for line in lines if line.startswith("#")] == [
        lines[0],
        lines[2],
        "### My tools",
    ]


def test_structured_entries_are_labelled_bullets() -> None:
    text = plan_markdown(_crisis_plan(), "en", ["crisis"])
    assert "- **Aiko**\n  - Relationship: friend\n  - Phone: 090-1234-5678\n" in text
    assert "  - Agreed: Yes\n  - Agreed on: 2024-05-01\n" in text
    assert "- **Ken**\n  - Phone: 080-0000-0000\n  - Agreed: No\n" in text
    assert "- **Taro**\n  - Why not: We argue\n" in text
    assert "- **Drug X**\n  - My choice: Not acceptable / avoid\n  - Why: Rash\n" in text
    assert "- **Feed the cat**\n  - Who: Ken\n" in text


def test_structured_entries_in_japanese() -> None:
    text = plan_markdown(_crisis_plan(), "ja", ["crisis"])
    assert "## クライシスプラン" in text
    assert "  - 電話番号：090-1234-5678\n" in text
    assert "  - 同意：はい\n  - 同意した日：2024年5月1日\n" in text
    assert "  - 区分：受け入れられない・避けたい\n" in text


def test_an_entry_without_a_name_leads_with_its_first_field() -> None:
    plan = _with(Plan(), "crisis", "tasks", {"who": "Ken"})
    assert "- Who: Ken\n" in plan_markdown(plan, "en", ["crisis"])


def test_chosen_sections_limit_the_document_and_keep_plan_order() -> None:
    text = plan_markdown(example_plan("en"), "en", ["post_crisis", "toolbox"])
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["## Wellness Toolbox", "## Post-Crisis Plan"]
    with pytest.raises(KeyError):
        plan_markdown(example_plan("en"), "en", ["no_such_section"])


# --- HTML ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "ja"])
def test_html_lists_every_section_with_plain_empty_notes(language: str) -> None:
    html = plan_html(example_plan(language), language, generated_on=DAY)
    for spec in SECTIONS:
        assert f">{spec.heading.in_language(language)}</h2>" in html
    assert NOTHING[language] in html
    made = {"en": "Made with Companion on 2024-05-02", "ja": "2024年5月2日にCompanionで作成"}
    assert made[language] in html
    assert NOTHING["ja" if language == "en" else "en"] not in html


def test_html_escapes_user_text_and_keeps_line_breaks() -> None:
    plan = _item(Plan(), "toolbox", "tools", "<script>alert('x')</script> & 😀\n二行目")
    plan = plan.renamed("toolbox", "<i>Tools</i>")
    html = plan_html(plan, "en", generated_on=DAY)
    assert "<script>" not in html
    assert "<i>Tools</i>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; 😀<br>二行目" in html
    assert "&lt;i&gt;Tools&lt;/i&gt;</h2>" in html


def test_html_structured_entries() -> None:
    html = plan_html(_crisis_plan(), "en", ["crisis"], generated_on=DAY)
    assert "<b>Aiko</b>" in html
    assert "Phone: </span>090-1234-5678" in html
    assert "Agreed: </span>Yes" in html
    assert "Agreed on: </span>2024-05-01" in html
    assert "My choice: </span>Not acceptable / avoid" in html


def test_html_chosen_sections() -> None:
    html = plan_html(example_plan("en"), "en", ["crisis"], generated_on=DAY)
    assert ">Crisis Plan</h2>" in html
    assert "Wellness Toolbox" not in html


@pytest.mark.parametrize("sections", [None, ["toolbox"]])
def test_the_supporter_copy_is_the_crisis_section_with_signature_lines(sections) -> None:
    plan = _crisis_plan()
    html = plan_html(plan, "en", sections, supporter_copy=True, generated_on=DAY)
    assert "Crisis Plan — copy for my supporters" in html
    assert "Printed on 2024-05-02" in html
    assert "Made with Companion on 2024-05-02" in html
    for spec in SECTIONS:
        if spec.key != "crisis":
            assert spec.heading.en not in html
    assert "1. What I&#x27;m like when I&#x27;m well" in html
    assert html.count(">My signature</td>") == 1
    assert html.count(">Supporter</td>") == 3
    assert html.count(">Signature</td>") == 3
    assert html.count(">Date</td>") == 4
    assert html.index("<b>Aiko</b>") < html.index(">My signature</td>")


def test_the_supporter_copy_in_japanese_uses_the_renamed_heading() -> None:
    plan = example_plan("ja").renamed("crisis", "もしものときのプラン")
    html = plan_html(plan, "ja", supporter_copy=True, generated_on=DAY)
    assert "もしものときのプラン（サポーター用の写し）" in html
    assert "印刷した日：2024年5月2日" in html
    assert html.count(">本人の署名</td>") == 1
    assert html.count(">サポーター</td>") == 3
    assert html.count(">日付</td>") == 4
    # Made for paper: an empty list keeps its title, with lines to write on by hand.
    assert NOTHING["ja"] not in html
    assert "わたしのサポーター" in html and html.count("<hr") >= 3


@pytest.mark.parametrize(
    ("language", "printed"),
    [("en", "This plan belongs to Aiko &lt;Tanaka&gt;"), ("ja", "本人：Aiko &lt;Tanaka&gt;")],
)
def test_the_supporter_copy_names_its_owner_only_when_given(language, printed) -> None:
    plan = _crisis_plan()
    named = plan_html(
        plan, language, supporter_copy=True, generated_on=DAY, owner_name=" Aiko\n<Tanaka> "
    )
    assert printed in named  # on one line, escaped
    title_end = named.index("</h1>")
    assert (
        title_end
        < named.index(printed)
        < named.index(">" + ("本人の署名" if language == "ja" else "My signature"))
    )
    for empty in ("", "  "):
        html = plan_html(plan, language, supporter_copy=True, generated_on=DAY, owner_name=empty)
        assert "belongs to" not in html and "本人：" not in html
    whole = plan_html(plan, language, generated_on=DAY, owner_name="Aiko")
    assert "belongs to" not in whole and "本人：" not in whole  # only the supporters' copy
