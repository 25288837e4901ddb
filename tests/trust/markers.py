"""A marker written through every feature, and a search for it in every file of a folder."""

from __future__ import annotations

from pathlib import Path

LATIN = "PROOF-MARKER-7f3a9c"
JAPANESE = "秘密の印こころ"
MARKER = f"{LATIN} {JAPANESE}"


def encodings() -> dict[str, bytes]:
    """Each form the marker could take in a file."""
    forms = {}
    for codec in ("utf-8", "utf-16-le", "utf-16-be"):
        forms[f"latin {codec}"] = LATIN.encode(codec)
        forms[f"japanese {codec}"] = JAPANESE.encode(codec)
    for codec in ("shift_jis", "euc_jp", "iso2022_jp"):
        forms[f"japanese {codec}"] = JAPANESE.encode(codec)
    forms["latin lower"] = LATIN.lower().encode()
    return forms


def files_holding_the_marker(*roots: Path, skip: tuple[Path, ...] = ()) -> list[str]:
    """Every file below `roots` (links not followed) holding any form of the marker."""
    found = []
    forms = encodings()
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_symlink() or not path.is_file():
                continue
            if any(path.is_relative_to(skipped) for skipped in skip):
                continue
            data = path.read_bytes()
            found.extend(f"{path} ({name})" for name, form in forms.items() if form in data)
    return found
