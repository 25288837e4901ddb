<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HoursPanel</name>
    <message numerus="yes">
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="498"/>
        <source>Its activity hours and its %n day(s) off and extra session(s) are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>Its activity hours and its %n day off or extra session are deleted with it. This cannot be undone.</numerusform>
            <numerusform>Its activity hours and its %n days off and extra sessions are deleted with it. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="70"/>
        <source>This file is %1 with %n check-in(s), from %3 to %4. Entries already in your journal are skipped, so importing the same file twice adds nothing twice. The newest are shown below.</source>
        <translation>
            <numerusform>This file is %1 with %n check-in, from %3 to %4. Entries already in your journal are skipped, so importing the same file twice adds nothing twice. The newest are shown below.</numerusform>
            <numerusform>This file is %1 with %n check-ins, from %3 to %4. Entries already in your journal are skipped, so importing the same file twice adds nothing twice. The newest are shown below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="117"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="118"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="119"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="120"/>
        <source>%n supervision talk(s)</source>
        <translation>
            <numerusform>%n supervision talk</numerusform>
            <numerusform>%n supervision talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="121"/>
        <source>%n weekly review(s)</source>
        <translation>
            <numerusform>%n weekly review</numerusform>
            <numerusform>%n weekly reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="122"/>
        <source>%n crisis line(s)</source>
        <translation>
            <numerusform>%n crisis line</numerusform>
            <numerusform>%n crisis lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/page.py" line="394"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/page.py" line="499"/>
        <source>Added %n check-in(s).</source>
        <translation>
            <numerusform>Added %n check-in.</numerusform>
            <numerusform>Added %n check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/page.py" line="502"/>
        <source>%n check-in(s) already in your journal stayed as they were.</source>
        <translation>
            <numerusform>%n check-in already in your journal stayed as it was.</numerusform>
            <numerusform>%n check-ins already in your journal stayed as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/page.py" line="518"/>
        <source>%n other entry(s) were already there and stayed as they were.</source>
        <translation>
            <numerusform>%n other entry was already there and stayed as it was.</numerusform>
            <numerusform>%n other entries were already there and stayed as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NudgeBanner</name>
    <message numerus="yes">
        <location filename="../../companion/ui/today/nudge_banner.py" line="87"/>
        <source>On %1 of the last %n day(s) you noted signs that things may be breaking down. This is what you planned for moments like this:</source>
        <translation>
            <numerusform>On %1 of the last %n day you noted signs that things may be breaking down. This is what you planned for moments like this:</numerusform>
            <numerusform>On %1 of the last %n days you noted signs that things may be breaking down. This is what you planned for moments like this:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/today/nudge_banner.py" line="94"/>
        <source>On %1 of the last %n day(s) you noted early warning signs. This is what you planned for moments like this:</source>
        <translation>
            <numerusform>On %1 of the last %n day you noted early warning signs. This is what you planned for moments like this:</numerusform>
            <numerusform>On %1 of the last %n days you noted early warning signs. This is what you planned for moments like this:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupervisionPanel</name>
    <message numerus="yes">
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="309"/>
        <source>%n contact(s) talked through</source>
        <translation>
            <numerusform>%n contact talked through</numerusform>
            <numerusform>%n contacts talked through</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="403"/>
        <source>The %n contact(s) talked through in it will wait for supervision again.</source>
        <translation>
            <numerusform>The %n contact talked through in it will wait for supervision again.</numerusform>
            <numerusform>The %n contacts talked through in it will wait for supervision again.</numerusform>
        </translation>
    </message>
</context>
</TS>
