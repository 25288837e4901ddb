"""Named scales for mood and energy: 5, 7 or 10 steps, each step named in both languages.

A stored value keeps the size of the scale it was recorded on, so a person can change scales at
any time without old entries changing; comparisons use the normalised value (0.0 to 1.0).
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.errors import InvalidEntry

SCALE_SIZES = (5, 7, 10)
DEFAULT_STEPS = 7


@dataclass(frozen=True)
class StepName:
    """What a step on a scale is called, in both languages Companion speaks."""

    en: str
    ja: str

    def in_language(self, language: str) -> str:
        return self.ja if language == "ja" else self.en


def _names(*pairs: tuple[str, str]) -> tuple[StepName, ...]:
    return tuple(StepName(en, ja) for en, ja in pairs)


_NAMES: dict[tuple[str, int], tuple[StepName, ...]] = {
    ("mood", 5): _names(
        ("Very low", "とてもつらい"), ("Low", "つらい"), ("Okay", "ふつう"),
        ("Good", "良い"), ("Very good", "とても良い"),
    ),
    ("mood", 7): _names(
        ("Very low", "とてもつらい"), ("Low", "つらい"), ("A little low", "少し沈みがち"),
        ("Okay", "ふつう"), ("Fairly good", "まあまあ良い"), ("Good", "良い"),
        ("Very good", "とても良い"),
    ),
    ("mood", 10): _names(
        ("At my lowest", "いちばんつらい"), ("Very low", "とてもつらい"), ("Low", "つらい"),
        ("Somewhat low", "やや沈みがち"), ("A little low", "少し沈みがち"),
        ("Okay", "ふつう"), ("Fairly good", "まあまあ良い"), ("Good", "良い"),
        ("Very good", "とても良い"), ("At my best", "最高"),
    ),
    ("energy", 5): _names(
        ("Exhausted", "へとへと"), ("Tired", "疲れ気味"), ("Steady", "ふつう"),
        ("Energetic", "元気"), ("Full of energy", "とても元気"),
    ),
    ("energy", 7): _names(
        ("Exhausted", "へとへと"), ("Very tired", "とても疲れている"), ("Tired", "疲れ気味"),
        ("Steady", "ふつう"), ("Some energy", "少し元気"), ("Energetic", "元気"),
        ("Full of energy", "とても元気"),
    ),
    ("energy", 10): _names(
        ("Drained", "からっぽ"), ("Exhausted", "へとへと"), ("Very tired", "とても疲れている"),
        ("Tired", "疲れ気味"), ("A little tired", "少し疲れている"), ("Steady", "ふつう"),
        ("Some energy", "少し元気"), ("Energetic", "元気"), ("Very energetic", "とても元気"),
        ("Full of energy", "元気いっぱい"),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Scale:
    """A named scale such as "mood, seven steps"; step 1 is always the lowest."""

    kind: str
    steps: int
    names: tuple[StepName, ...]

    def name_of(self, step: int) -> StepName:
        return self.names[step - 1]


SCALES = {key: Scale(key[0], key[1], names) for key, names in _NAMES.items()}
MOOD_SCALE = SCALES[("mood", DEFAULT_STEPS)]
ENERGY_SCALE = SCALES[("energy", DEFAULT_STEPS)]


def scale_for(kind: str, steps: int) -> Scale | None:
    return SCALES.get((kind, steps))


def find_step(kind: str, steps: int, name: str) -> int | None:
    """The step whose English or Japanese name is `name` (any case), if there is one."""
    scale = scale_for(kind, steps)
    if scale is None:
        return None
    wanted = name.strip().casefold()
    for step, step_name in enumerate(scale.names, start=1):
        if wanted in (step_name.en.casefold(), step_name.ja):
            return step
    return None


@dataclass(frozen=True)
class ScaleValue:
    """A step together with the size of the scale it was recorded on."""

    step: int
    steps: int = DEFAULT_STEPS

    def __post_init__(self) -> None:
        if self.steps not in SCALE_SIZES:
            raise InvalidEntry("scale", f"a scale has {', '.join(map(str, SCALE_SIZES))} steps")
        if not 1 <= self.step <= self.steps:
            raise InvalidEntry("step", f"a step is between 1 and {self.steps}")

    @property
    def normalised(self) -> float:
        """0.0 for the lowest step, 1.0 for the highest, whatever the scale's size."""
        return (self.step - 1) / (self.steps - 1)
