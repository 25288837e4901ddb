#!/usr/bin/env bash
# Regenerate the Japanese translation of Companion.
#
# 1. pyside6-lupdate scans every .py file under companion/ and updates
#    resources/i18n/companion_ja.ts (new strings are added as unfinished,
#    strings no longer in the source are dropped: -no-obsolete).
# 2. The same for resources/i18n/companion_en.ts, with plural messages only
#    (-pluralonly): English needs "1 check-in" / "2 check-ins" for "%n check-in(s)".
# 3. pyside6-lrelease compiles each .ts into its .qm, which the app loads at run
#    time (companion/ui/common/i18n.py).
#
# Run from anywhere; it works from the repository root. Uses .venv/bin/ tools
# if present, otherwise pyside6-lupdate / pyside6-lrelease on PATH.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

tool() {
    if [[ -x ".venv/bin/$1" ]]; then
        echo ".venv/bin/$1"
    elif command -v "$1" >/dev/null 2>&1; then
        command -v "$1"
    else
        echo "update.sh: $1 not found (.venv/bin/ or PATH)" >&2
        exit 1
    fi
}

LUPDATE="$(tool pyside6-lupdate)"
LRELEASE="$(tool pyside6-lrelease)"
TS=resources/i18n/companion_ja.ts
QM=resources/i18n/companion_ja.qm
TS_EN=resources/i18n/companion_en.ts
QM_EN=resources/i18n/companion_en.qm

sources=()
while IFS= read -r -d '' file; do
    sources+=("$file")
done < <(find companion -name '*.py' -type f -print0 | LC_ALL=C sort -z)

if [[ ${#sources[@]} -eq 0 ]]; then
    echo "update.sh: no .py files under companion/" >&2
    exit 1
fi

"$LUPDATE" -no-obsolete "${sources[@]}" -ts "$TS"
"$LRELEASE" "$TS" -qm "$QM"
"$LUPDATE" -no-obsolete -pluralonly -target-language en_US "${sources[@]}" -ts "$TS_EN"
"$LRELEASE" "$TS_EN" -qm "$QM_EN"
