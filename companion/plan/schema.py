"""The shape of a WRAP-style plan: seven sections, their lists, and the fields of each entry.

Headings and prompts are our own words, in English and Japanese. "WRAP" is a trademark, so the
feature is called a WRAP-style plan. Every heading can be renamed by the person (the official
wording has changed over the years); these are only the defaults.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    en: str
    ja: str

    def in_language(self, language: str) -> str:
        return self.ja if language == "ja" else self.en


@dataclass(frozen=True)
class FieldSpec:
    key: str
    kind: str  # "text", "bool", "date" or "stance"
    label: Label


@dataclass(frozen=True)
class ListSpec:
    key: str
    kind: str  # an entry kind: a key of ENTRY_FIELDS
    title: Label
    prompt: Label
    stances: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionSpec:
    key: str
    heading: Label
    prompt: Label
    lists: tuple[ListSpec, ...]

    def list_spec(self, key: str) -> ListSpec:
        for spec in self.lists:
            if spec.key == key:
                return spec
        raise KeyError(key)


STANCES = {
    "current": Label("Current", "現在使っている"),
    "preferred": Label("Preferred", "希望する"),
    "acceptable": Label("Acceptable", "受け入れられる"),
    "unacceptable": Label("Not acceptable / avoid", "受け入れられない・避けたい"),
}

ENTRY_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "item": (FieldSpec("text", "text", Label("Item", "項目")),),
    "supporter": (
        FieldSpec("name", "text", Label("Name", "名前")),
        FieldSpec("relationship", "text", Label("Relationship", "関係")),
        FieldSpec("phone", "text", Label("Phone", "電話番号")),
        FieldSpec("helps_with", "text", Label("Helps with", "お願いしたいこと")),
        FieldSpec("consent", "bool", Label("Agreed", "同意済み")),
        FieldSpec("consent_date", "date", Label("Agreed on", "同意した日")),
    ),
    "excluded": (
        FieldSpec("name", "text", Label("Name", "名前")),
        FieldSpec("reason", "text", Label("Why not", "理由")),
    ),
    "choice": (
        FieldSpec("name", "text", Label("Name", "名前")),
        FieldSpec("stance", "stance", Label("My choice", "区分")),
        FieldSpec("why", "text", Label("Why", "理由")),
    ),
    "task": (
        FieldSpec("task", "text", Label("Task", "やること")),
        FieldSpec("who", "text", Label("Who", "担当する人")),
    ),
}


def _item(key: str, en: str, ja: str, prompt_en: str, prompt_ja: str) -> ListSpec:
    return ListSpec(key, "item", Label(en, ja), Label(prompt_en, prompt_ja))


def _action_lists(
    signs_en: str, signs_ja: str, prompt_en: str, prompt_ja: str
) -> tuple[ListSpec, ...]:
    return (
        _item("signs", signs_en, signs_ja, prompt_en, prompt_ja),
        _item(
            "must_do",
            "Action plan: I must do",
            "行動プラン：必ずすること",
            "Things you will do when this happens.",
            "このようなときに、必ずすること。",
        ),
        _item(
            "might_do",
            "Action plan: I might do",
            "行動プラン：できればすること",
            "Things that may help, if you can.",
            "できそうなら試してみること。",
        ),
    )


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(
        "toolbox",
        Label("Wellness Toolbox", "元気に役立つ道具箱"),
        Label(
            "Simple, safe, mostly free things that help you stay well or feel better: a walk, "
            "a call to a friend, a song. Your action plans draw on these.",
            "元気でいるため、気分を良くするための、シンプルで安全な（できればお金のかからない）"
            "ことを集めましょう。散歩、友だちへの電話、好きな歌など。行動プランはここから選びます。",
        ),
        (_item("tools", "My tools", "わたしの道具", "One tool per line.", "1行に1つずつ。"),),
    ),
    SectionSpec(
        "daily",
        Label("Daily Maintenance Plan", "日常生活管理プラン"),
        Label(
            "What keeps you well day to day. Start by describing yourself when you feel well.",
            "毎日を元気に過ごすためのプランです。まず、調子が良いときの自分を言葉にしてみましょう。",
        ),
        (
            _item(
                "well",
                "What I'm like when I'm well",
                "いい感じの自分",
                "Words that describe you at your best: calm, curious, chatty…",
                "調子が良いときの自分を表す言葉：穏やか、好奇心がある、よく話す…",
            ),
            _item(
                "every_day",
                "Things I need to do every day",
                "毎日すること",
                "Small things that keep you steady.",
                "自分を安定させる小さなこと。",
            ),
            _item(
                "might_do",
                "Things I might need to do",
                "必要に応じてすること",
                "A reminder list: not every day, but easy to forget.",
                "毎日ではないけれど、忘れやすいことのリスト。",
            ),
        ),
    ),
    SectionSpec(
        "triggers",
        Label("Triggers", "引き金"),
        Label(
            "Outside events or situations that may make you feel worse, and what you will do.",
            "つらくなるきっかけになりそうな、外からの出来事や状況と、そのときにすること。",
        ),
        _action_lists(
            "Triggers",
            "引き金",
            "Events or situations, one per line.",
            "出来事や状況を1行に1つずつ。",
        ),
    ),
    SectionSpec(
        "warning_signs",
        Label("Early Warning Signs", "注意サイン"),
        Label(
            "Subtle changes inside you that tell you things may be getting harder.",
            "調子が崩れ始めていることを知らせる、自分の中の小さな変化。",
        ),
        _action_lists(
            "Early warning signs",
            "注意サイン",
            "Changes you notice, one per line.",
            "気づく変化を1行に1つずつ。",
        ),
    ),
    SectionSpec(
        "breaking_down",
        Label("When Things Are Breaking Down", "調子が悪くなってきているとき"),
        Label(
            "Signs that you are close to a crisis but can still act. Keep the plan short and "
            "direct.",
            "クライシスに近いけれど、まだ自分で行動できるときのサイン。プランは短く、はっきりと。",
        ),
        _action_lists(
            "Signs",
            "サイン",
            "What it looks like for you, one per line.",
            "自分の場合のサインを1行に1つずつ。",
        ),
    ),
    SectionSpec(
        "crisis",
        Label("Crisis Plan", "クライシスプラン"),
        Label(
            "Written for your supporters, to use when you cannot act for yourself. You can print "
            "a copy for them with date and signature lines. The numbers are the nine parts of a "
            "crisis plan; some parts have more than one list (part 3: your supporters, people "
            "you do not want involved, and disagreements).",
            "自分で行動できなくなったときに、サポーターに使ってもらうためのプランです。"
            "日付と署名欄のついた写しを印刷して渡せます。番号はクライシスプランの9つの項目です。"
            "ひとつの項目に複数のリストがあるものもあります（項目3：サポーター、関わってほしくない人、"
            "意見が分かれたとき）。",
        ),
        (
            _item(
                "well",
                "1. What I'm like when I'm well",
                "1. いい感じの自分",
                "So supporters know you at your best.",
                "サポーターが、元気なときのわたしを知るために。",
            ),
            _item(
                "takeover_signs",
                "2. Signs that others need to take over",
                "2. 周りの人に任せる必要があるサイン",
                "Signs that mean others should take responsibility for my care.",
                "周りの人に対応を任せる必要があることを示す様子。",
            ),
            ListSpec(
                "supporters",
                "supporter",
                Label("3. My supporters", "3. わたしのサポーター"),
                Label(
                    "People you want to help, with their agreement.",
                    "手助けしてほしい人（本人の同意を得て）。",
                ),
            ),
            ListSpec(
                "not_involved",
                "excluded",
                Label("3. People I do not want involved", "3. 関わってほしくない人"),
                Label("And why, so nobody has to guess.", "理由も書いておくと迷わずにすみます。"),
            ),
            _item(
                "disagreements",
                "3. If my supporters disagree",
                "3. サポーターの意見が分かれたら",
                "How disagreements between supporters should be settled.",
                "サポーターどうしの意見が違うときの決め方。",
            ),
            ListSpec(
                "medications",
                "choice",
                Label("4. Medications", "4. 薬"),
                Label(
                    "Current, preferred, acceptable and unacceptable, each with why.",
                    "現在のもの、希望するもの、受け入れられるもの、受け入れられないもの。理由も。",
                ),
                ("current", "preferred", "acceptable", "unacceptable"),
            ),
            ListSpec(
                "treatments",
                "choice",
                Label("5. Treatments", "5. 治療"),
                Label(
                    "Current, preferred, acceptable and ones to avoid, with why.",
                    "現在のもの、希望するもの、受け入れられるもの、避けたいもの。理由も。",
                ),
                ("current", "preferred", "acceptable", "unacceptable"),
            ),
            _item(
                "home_care",
                "6. Home, community care or respite",
                "6. 自宅・地域でのケア・レスパイト",
                "What would let you stay where you want to be.",
                "望む場所で過ごし続けるために必要なこと。",
            ),
            ListSpec(
                "facilities",
                "choice",
                Label("7. Treatment facilities", "7. 治療施設"),
                Label(
                    "Preferred and unacceptable places, with why.",
                    "希望する施設と、受け入れられない施設。理由も。",
                ),
                ("preferred", "unacceptable"),
            ),
            _item(
                "helps",
                "8. What helps",
                "8. 助けになること",
                "What others can do that helps.",
                "周りの人がしてくれると助かること。",
            ),
            _item(
                "does_not_help",
                "8. What does not help",
                "8. 助けにならないこと",
                "What others should not do.",
                "周りの人にしてほしくないこと。",
            ),
            _item(
                "if_danger",
                "8. If I may harm myself or others",
                "8. 自分や他人を傷つけそうなとき",
                "What you want others to do then.",
                "そのときに周りの人にしてほしいこと。",
            ),
            ListSpec(
                "tasks",
                "task",
                Label("8. Tasks others do for me", "8. 代わりにお願いしたいこと"),
                Label(
                    "Children, pets, bills… and who does each.",
                    "子ども、ペット、支払いなど。それぞれ誰にお願いするか。",
                ),
            ),
            _item(
                "inactive_signs",
                "9. Signs my supporters no longer need this plan",
                "9. このプランを使わなくてよくなったサイン",
                "How supporters will know you can take over again.",
                "わたしが自分で対応できるようになったと分かるサイン。",
            ),
        ),
    ),
    SectionSpec(
        "post_crisis",
        Label("Post-Crisis Plan", "クライシスを脱したときのプラン"),
        Label(
            "Gentle steps back to wellness after a crisis. Go slowly.",
            "クライシスの後、少しずつ元気を取り戻すためのステップ。ゆっくりで大丈夫です。",
        ),
        (
            _item(
                "needs",
                "What I need as I recover",
                "回復していくときに必要なこと",
                "Rest, company, quiet, routine…",
                "休息、誰かとの時間、静けさ、日課など。",
            ),
            ListSpec(
                "helpers",
                "task",
                Label("Who helps with what", "誰に何をお願いするか"),
                Label("Tasks and the person for each.", "やることと、お願いする人。"),
            ),
            _item(
                "timetable",
                "When I take back my responsibilities",
                "役割や責任を取り戻していく予定",
                "A gradual timetable: what first, what later.",
                "何から始めて、何を後にするか。",
            ),
            _item(
                "lessons",
                "What to learn for next time",
                "次のために学んだこと",
                "What you would like to remember.",
                "覚えておきたいこと。",
            ),
        ),
    ),
)

SECTION_BY_KEY = {section.key: section for section in SECTIONS}


def section(key: str) -> SectionSpec:
    return SECTION_BY_KEY[key]


def all_lists() -> list[tuple[SectionSpec, ListSpec]]:
    return [(spec, list_spec) for spec in SECTIONS for list_spec in spec.lists]
