<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CheckinEditDialog</name>
    <message>
        <location filename="../../companion/ui/journal/edit_dialog.py" line="116"/>
        <source>Edit check-in</source>
        <translation>チェックインの編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/edit_dialog.py" line="124"/>
        <source>This entry is dated %1, outside the dates a check-in can have (from %2 up to one day from now). Choose its right time, then save.</source>
        <translation>この記録の日時は %1 で、記録できる範囲（%2 から現在の1日後まで）の外にあります。正しい日時を選んでから保存してください。</translation>
    </message>
</context>
<context>
    <name>CheckinFormWidget</name>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="127"/>
        <source>&amp;Mood:</source>
        <translation>気分(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="128"/>
        <source>&amp;Energy:</source>
        <translation>エネルギー(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="129"/>
        <source>&amp;Sleep:</source>
        <translation>睡眠(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="130"/>
        <source>hours last night (optional)</source>
        <translation>時間（昨夜・空欄でもかまいません）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="131"/>
        <source>e.g. 7.5</source>
        <translation>例: 7.5</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="132"/>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="133"/>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="135"/>
        <source>When:</source>
        <translation>日時：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="137"/>
        <source>&amp;When (%1):</source>
        <translation>日時（%1）(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="138"/>
        <source>Earlier, at</source>
        <translation>前の時刻で記録：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="139"/>
        <source>Log a check-in for an earlier time</source>
        <translation>過去の時刻のチェックインとして記録します</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="140"/>
        <source>Anything you want to remember (optional)</source>
        <translation>残しておきたいことがあれば（空欄でもかまいません）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="141"/>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="142"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="267"/>
        <source>Choose a step for your mood (keys 1–%1).</source>
        <translation>今の気分に近いものを選んでください（キー 1〜%1 でも選べます）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="273"/>
        <source>Choose a step for your energy (keys 1–%1).</source>
        <translation>今のエネルギーに近いものを選んでください（キー 1〜%1 でも選べます）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="279"/>
        <source>Sleep is a number of hours between 0 and 24, such as 7.5.</source>
        <translation>睡眠は 0〜24 の時間数で入力してください（例: 7.5）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="283"/>
        <source>That time does not exist here: the clocks changed. Pick another time.</source>
        <translation>その時刻は、時計の切り替え（夏時間）のため存在しません。別の時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="288"/>
        <source>A check-in can be dated from %1 up to one day from now. Pick another time.</source>
        <translation>記録できる日時は %1 から現在の1日後までです。別の日時を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="293"/>
        <source>A tag can be at most %1 characters.</source>
        <translation>タグは%1文字までです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="300"/>
        <source>This note is longer than %1 characters, so it was not saved yet. Your text is still here: shorten it or split it into two check-ins.</source>
        <translation>メモが %1 文字を超えているため、まだ保存していません。書いた文章はそのまま残っています。少し短くするか、2つのチェックインに分けてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="308"/>
        <source>This check-in could not be saved as it is.</source>
        <translation>このチェックインは、今の内容のままでは保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="311"/>
        <source>This text holds a character that cannot be saved; please retype it.</source>
        <translation>保存できない文字が含まれています。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>CheckinTableModel</name>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="32"/>
        <source>no energy recorded</source>
        <translation>エネルギーの記録なし</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="76"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="77"/>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="78"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="79"/>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="80"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="114"/>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
</context>
<context>
    <name>CompanionSession</name>
    <message>
        <location filename="../../companion/ui/session.py" line="167"/>
        <source>Changes kept while locked</source>
        <translation>ロック中に保持していた変更</translation>
    </message>
    <message>
        <location filename="../../companion/ui/session.py" line="274"/>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../companion/ui/session.py" line="276"/>
        <source>Data folder: %1</source>
        <translation>データフォルダー: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="60"/>
        <source>a Daylio export</source>
        <translation>Daylio の書き出しファイル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="61"/>
        <source>a Companion CSV export</source>
        <translation>Companion の CSV 書き出しファイル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="62"/>
        <source>a Companion JSON export</source>
        <translation>Companion の JSON 書き出しファイル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="64"/>
        <source>Import check-ins</source>
        <translation>チェックインの読み込み</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="67"/>
        <source>This file is %1 with %2 check-ins, from %3 to %4. Entries already in your journal are skipped, so importing the same file twice adds nothing twice. The newest are shown below.</source>
        <translation>このファイルは%1で、%3から%4までの%2件のチェックインが入っています。すでに記録にあるものは飛ばすので、同じファイルを2回読み込んでも重複しません。下に新しいものから表示しています。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="76"/>
        <source>Import</source>
        <translation>読み込む</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="52"/>
        <source>Delete check-in</source>
        <translation>チェックインの削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="68"/>
        <source>Edit check-in</source>
        <translation>チェックインの編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="167"/>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="168"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="169"/>
        <source>Search notes and tags</source>
        <translation>メモとタグを検索</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="171"/>
        <location filename="../../companion/ui/journal/page.py" line="229"/>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="172"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="173"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="174"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="175"/>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="177"/>
        <source>Check-ins from a Companion CSV or JSON export, or from Daylio&apos;s CSV export</source>
        <translation>Companion の CSV・JSON 書き出し、または Daylio の CSV 書き出しからチェックインを読み込みます</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="179"/>
        <source>Export CSV…</source>
        <translation>CSV で書き出し…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/page.py" line="271"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n件のチェックイン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="284"/>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>削除しました。「元に戻す」（Ctrl+Z）で戻せます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="305"/>
        <source>Saved. Undo (Ctrl+Z) restores the earlier version.</source>
        <translation>保存しました。「元に戻す」（Ctrl+Z）で前の内容に戻せます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="320"/>
        <source>Import check-ins</source>
        <translation>チェックインの読み込み</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="322"/>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>書き出しファイル (*.csv *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="333"/>
        <source>Nothing was imported. %1</source>
        <translation>何も読み込んでいません。%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="348"/>
        <source>Added %1 check-ins; %2 were already in your journal.</source>
        <translation>%1件のチェックインを追加しました。%2件はすでに記録にありました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="360"/>
        <source>Export check-ins as CSV</source>
        <translation>チェックインを CSV で書き出す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="375"/>
        <source>That file could not be written. Choose another place.</source>
        <translation>このファイルには書き込めませんでした。別の場所を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="378"/>
        <source>Saved %1. It is not encrypted: keep it private.</source>
        <translation>%1 に保存しました。暗号化されていないので、人目につかない場所に保管してください。</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="87"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="88"/>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="89"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="90"/>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="91"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="92"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="140"/>
        <source>Add to this list, then press Enter</source>
        <translation>ここに入力して Enter で追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="141"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="142"/>
        <source>Move up (Alt+Up)</source>
        <translation>上へ移動（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="143"/>
        <source>Move down (Alt+Down)</source>
        <translation>下へ移動（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="144"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="146"/>
        <source>Remove the selected entry (Delete); Ctrl+Z brings it back</source>
        <translation>選んだ項目を削除します（Delete キー）。Ctrl+Z で元に戻せます</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/main_window.py" line="180"/>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="181"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="181"/>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="181"/>
        <source>Journal</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="186"/>
        <source>&amp;Companion</source>
        <translation>Companion(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="187"/>
        <source>Change &amp;passphrase…</source>
        <translation>パスフレーズを変更(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="188"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="189"/>
        <source>&amp;Unlock automatically on this computer</source>
        <translation>このパソコンでは自動でロック解除する(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="190"/>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="192"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="193"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="207"/>
        <source>Unsaved check-in</source>
        <translation>保存していないチェックイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="208"/>
        <source>You have a check-in that is not saved yet. Save it before quitting?</source>
        <translation>まだ保存していないチェックインがあります。終了する前に保存しますか？</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="213"/>
        <source>Choose a new passphrase</source>
        <translation>新しいパスフレーズを決める</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="216"/>
        <source>Choose a new passphrase for this notebook. Your entries stay exactly as they are, and your recovery code keeps working.</source>
        <translation>このノートの新しいパスフレーズを決めてください。これまでの記録はそのまま残り、リカバリーコードも引き続き使えます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="220"/>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="221"/>
        <source>Save passphrase</source>
        <translation>パスフレーズを保存</translation>
    </message>
</context>
<context>
    <name>NudgeBanner</name>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="39"/>
        <source>Not now</source>
        <translation>今はいい</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="40"/>
        <source>Hide this until tomorrow</source>
        <translation>明日まで表示しません</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="54"/>
        <source>On %1 of the last few days you noted signs that things may be breaking down. This is what you planned for moments like this:</source>
        <translation>ここ数日のうち%1日、「調子が悪くなっているとき」のサインを記録しています。こんなときのために、あなたが決めておいたことです：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="59"/>
        <source>On %1 of the last few days you noted early warning signs. This is what you planned for moments like this:</source>
        <translation>ここ数日のうち%1日、注意サインを記録しています。こんなときのために、あなたが決めておいたことです：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="64"/>
        <source>Noticed: %1</source>
        <translation>気づいたこと：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="67"/>
        <source>I must do</source>
        <translation>必ずすること</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="68"/>
        <source>I might do</source>
        <translation>できればすること</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="79"/>
        <source>Your plan has no action plan for this yet. The Plan page is there when you feel like writing one.</source>
        <translation>このときの行動プランはまだありません。書いてみようと思えたときに、「プラン」のページで書けます。</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="13"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>言葉をもう一つか二つ足してください。あまり使われない言葉ほど効果的です。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="16"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>先頭を大文字にしても、あまり強くなりません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="17"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>言葉を逆さに綴っても、推測の難しさはあまり変わりません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="18"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>「a」の代わりに「@」を使うような、ありがちな置き換えはあまり役に立ちません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="22"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>いくつかの言葉を組み合わせ、よく使われる言い回しは避けてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="23"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>記号や数字、大文字を入れる必要はありません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="26"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>キーボードで一列に並んだキーは推測されやすいです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="27"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>キーボード上の短いパターンは推測されやすいです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="28"/>
        <source>This is a top-10 common password.</source>
        <translation>これは、最もよく使われるパスワード上位10個のひとつです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="29"/>
        <source>This is similar to a commonly used password.</source>
        <translation>よく使われるパスワードに似ています。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="30"/>
        <source>A word by itself is easy to guess.</source>
        <translation>単語ひとつだけでは推測されやすいです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="31"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>すべて大文字にしても、すべて小文字の場合とほとんど変わらず推測されやすいです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="34"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>キーボードのパターンを使うなら、もっと長く、曲がる箇所の多いものにしてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="35"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>「aaa」のような繰り返しは推測されやすいです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="36"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>「abcabcabc」のような繰り返しは、「abc」よりほんの少し推測しにくいだけです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="40"/>
        <source>This is a top-100 common password.</source>
        <translation>これは、よく使われるパスワード上位100個のひとつです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="41"/>
        <source>This is a very common password.</source>
        <translation>これは、とてもよく使われるパスワードです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="42"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>名前や名字だけでは推測されやすいです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="45"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>よくある名前や名字は推測されやすいです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="46"/>
        <source>Avoid repeated words and characters.</source>
        <translation>同じ言葉や文字の繰り返しは避けてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="47"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>「abc」や「6543」のような連続した並びは推測されやすいです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="50"/>
        <source>Avoid sequences.</source>
        <translation>連続した並びは避けてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="51"/>
        <source>Recent years are easy to guess.</source>
        <translation>最近の年は推測されやすいです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="52"/>
        <source>Dates are often easy to guess.</source>
        <translation>日付は推測されやすいことが多いです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="53"/>
        <source>Avoid recent years.</source>
        <translation>最近の年は避けてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="54"/>
        <source>Avoid years that are associated with you.</source>
        <translation>あなたに関係のある年は避けてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="55"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>あなたに関係のある日付や年は避けてください。</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="44"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="45"/>
        <source>&amp;Type it again:</source>
        <translation>もう一度入力(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="46"/>
        <source>a few words only you would put together</source>
        <translation>あなただけが思いつく、いくつかの言葉の組み合わせ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="61"/>
        <source>This passphrase is too easy to guess. Add another word or two that only you would put together.</source>
        <translation>このパスフレーズは推測されやすすぎます。あなたにしか思いつかない言葉を、もう一つか二つ足してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="75"/>
        <source>Strength: very weak. This passphrase cannot be used.</source>
        <translation>強さ：とても弱い。このパスフレーズは使えません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="76"/>
        <source>Strength: weak. This passphrase cannot be used.</source>
        <translation>強さ：弱い。このパスフレーズは使えません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="77"/>
        <source>Strength: fair. It can be used.</source>
        <translation>強さ：まずまず。このまま使えます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="78"/>
        <source>Strength: good.</source>
        <translation>強さ：良い。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="79"/>
        <source>Strength: strong.</source>
        <translation>強さ：とても強い。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="65"/>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="84"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>2つのパスフレーズが、まだ一致していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="71"/>
        <source>A passphrase of several words is easy to remember and hard to guess.</source>
        <translation>いくつかの言葉をつなげたパスフレーズは、覚えやすく、ほかの人には推測されにくくなります。</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="107"/>
        <source>Print and export the plan</source>
        <translation>プランの印刷・書き出し</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="108"/>
        <source>The whole plan</source>
        <translation>プラン全体</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="110"/>
        <source>Crisis plan: a copy for my supporters, with date and signature lines</source>
        <translation>クライシスプラン：サポーターに渡す写し（日付・署名欄つき）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="112"/>
        <source>Only the sections I choose:</source>
        <translation>選んだセクションだけ：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="117"/>
        <source>PDF (to print or share)</source>
        <translation>PDF（印刷・共有用）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="118"/>
        <source>Markdown (plain text)</source>
        <translation>Markdown（テキスト）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="119"/>
        <source>JSON (the whole plan, to import again)</source>
        <translation>JSON（プラン全体。あとで読み込めます）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="121"/>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="122"/>
        <source>Paper:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="125"/>
        <source>Exported files are not encrypted. Keep them somewhere private, and give printed copies only to people you trust.</source>
        <translation>書き出したファイルは暗号化されていません。人目につかない場所に保管し、印刷したものは信頼できる人にだけ渡してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="129"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="130"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="161"/>
        <source>Choose at least one section.</source>
        <translation>セクションを1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="164"/>
        <source>Save the plan as</source>
        <translation>プランの保存先</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="195"/>
        <source>That file could not be written. Choose another folder or name.</source>
        <translation>このファイルには書き込めませんでした。別のフォルダーか名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="198"/>
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="204"/>
        <source>Replace the file?</source>
        <translation>ファイルを置き換えますか?</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="205"/>
        <source>A file named %1 is already there. Replace it?</source>
        <translation>%1 という名前のファイルがすでにあります。置き換えますか?</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="91"/>
        <source>Plan history</source>
        <translation>プランの履歴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="92"/>
        <source>Compared with:</source>
        <translation>比べる相手：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="93"/>
        <source>Restore this version</source>
        <translation>この版に戻す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="103"/>
        <source>edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="104"/>
        <source>restored from an earlier version</source>
        <translation>以前の版から戻しました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="105"/>
        <source>imported from a file</source>
        <translation>ファイルから読み込みました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="106"/>
        <source>started from the example</source>
        <translation>例から始めました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="125"/>
        <source>No versions yet: the first one is saved as you write.</source>
        <translation>まだ版はありません。書き始めると最初の版が保存されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="134"/>
        <source>the version before it</source>
        <translation>ひとつ前の版</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="167"/>
        <source>No differences.</source>
        <translation>違いはありません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="172"/>
        <source>Renamed: %1 → %2</source>
        <translation>名前の変更：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="187"/>
        <source>order changed</source>
        <translation>順番を変更</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="202"/>
        <source>Restore this version?</source>
        <translation>この版に戻しますか？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="204"/>
        <source>Your plan will become this version again. Nothing is erased: today&apos;s plan stays in the history, and you can come back to it.</source>
        <translation>プランがこの版の内容に戻ります。何も消えません。今のプランも履歴に残るので、あとでまた戻せます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="215"/>
        <source>Restored as a new version.</source>
        <translation>新しい版として戻しました。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="155"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="158"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="159"/>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="160"/>
        <source>Print and export…</source>
        <translation>印刷・書き出し…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="163"/>
        <source>Your plan is yours to write, a little at a time. Start with any section, or begin from a short example that you can change or delete.</source>
        <translation>プランは、あなたのペースで少しずつ書いていけば大丈夫です。どのセクションから始めてもかまいません。変えたり消したりできる短い例から始めることもできます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="167"/>
        <source>Start from an example</source>
        <translation>例から始める</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="180"/>
        <source>Nothing written here yet</source>
        <translation>まだ何も書かれていません</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="245"/>
        <source>All changes saved.</source>
        <translation>変更はすべて保存しました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="252"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="269"/>
        <source>Rename section</source>
        <translation>セクション名の変更</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="283"/>
        <source>This list is full: a list can hold %1 entries and the whole plan %2.</source>
        <translation>このリストはいっぱいです。1つのリストには %1 件、プラン全体では %2 件まで入れられます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="318"/>
        <source>This text holds a character that cannot be saved; please retype it.</source>
        <translation>保存できない文字が含まれています。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="321"/>
        <source>That is too long for one entry.</source>
        <translation>1つの項目としては長すぎます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="290"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="264"/>
        <source>A section name can be at most %1 characters.</source>
        <translation>セクション名は%1文字までです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="309"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="313"/>
        <location filename="../../companion/ui/plan/page.py" line="324"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="314"/>
        <source>Emptied entries are removed; Ctrl+Z brings it back.</source>
        <translation>空にした項目は削除されます。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="320"/>
        <source>Dates are written year-month-day, such as 2026-11-29.</source>
        <translation>日付は「年-月-日」の形で入力してください（例：2026-11-29）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="325"/>
        <source>Removed. Ctrl+Z brings it back.</source>
        <translation>削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="328"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="343"/>
        <source>Here is an example. Change or delete anything: it is yours.</source>
        <translation>例を入れました。自由に変えたり消したりしてください。あなたのプランです。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="14"/>
        <source>That passphrase doesn&apos;t unlock this notebook. Check Caps Lock and the keyboard&apos;s input language, then try again. Nothing was changed.</source>
        <translation>このパスフレーズでは、ノートのロックを解除できませんでした。Caps Lock や、キーボードの入力モード（日本語入力がオンになっていないかなど）を確かめてから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="20"/>
        <source>That recovery code doesn&apos;t unlock this notebook. Check each group of four characters and try again. Nothing was changed.</source>
        <translation>このリカバリーコードでは、ノートのロックを解除できませんでした。4文字ずつの区切りを一つずつ確かめて、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="26"/>
        <source>The database file (companion.db) is damaged, so Companion did not save this, to keep it from getting worse. What you typed is still on screen. Restore the notebook from a copy in the backups folder or from an export.</source>
        <translation>データベースファイル（companion.db）が壊れているため、これ以上傷めないように、Companion は保存しませんでした。入力した内容は画面に残っています。backups フォルダーにあるコピーか、エクスポートしたデータからノートを元に戻してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="33"/>
        <source>This notebook was saved by an older version of Companion and must be upgraded, which needs a data folder that can be written. Nothing was changed.</source>
        <translation>このノートは以前のバージョンの Companion で保存されているため、更新が必要です。更新には、書き込みのできるデータフォルダーが必要です。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="39"/>
        <source>Your passphrase is right, but the database file (companion.db) is damaged or is not a Companion notebook. Companion has not changed it. You can restore it from a backup copy or an export.</source>
        <translation>パスフレーズは正しいのですが、データベースファイル（companion.db）が壊れているか、Companion のノートではないようです。Companion はこのファイルに手を加えていません。バックアップやエクスポートしたデータから元に戻すことができます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="46"/>
        <source>The key file (companion.key) is damaged, so the notebook cannot be unlocked. Companion has not changed anything. Restore the key file from a backup copy.</source>
        <translation>鍵ファイル（companion.key）が壊れているため、ノートのロックを解除できません。Companion は何も変更していません。バックアップから鍵ファイルを元に戻してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="52"/>
        <source>The database is here but its key file (companion.key) is missing, so it cannot be unlocked. Companion has not changed anything. Put the key file back beside companion.db and open Companion again.</source>
        <translation>データベースはありますが、鍵ファイル（companion.key）が見つからないため、ロックを解除できません。Companion は何も変更していません。鍵ファイルを companion.db と同じフォルダーに戻してから、もう一度 Companion を開いてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="59"/>
        <source>The key file is here but the database (companion.db) is missing. Companion has not changed anything. Put the database back beside companion.key and open Companion again.</source>
        <translation>鍵ファイルはありますが、データベース（companion.db）が見つかりません。Companion は何も変更していません。データベースを companion.key と同じフォルダーに戻してから、もう一度 Companion を開いてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="66"/>
        <source>This notebook was saved by a newer version of Companion. It has been left untouched; please update Companion to open it.</source>
        <translation>このノートは、より新しいバージョンの Companion で保存されています。ノートには手を加えていません。開くには、Companion を新しいバージョンに更新してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="72"/>
        <source>That check-in is no longer in your journal (was it changed from another window or command?), so nothing was changed. The list now shows what is saved.</source>
        <translation>そのチェックインは、もう記録にありません（別のウィンドウやコマンドで変更されましたか？）。何も変更していません。一覧には、保存されている内容を表示しています。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="78"/>
        <source>That check-in is already back in your journal; nothing was changed.</source>
        <translation>そのチェックインは、すでに記録に戻っています。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="84"/>
        <source>The notebook can&apos;t be opened right now. Nothing was changed.</source>
        <translation>今はノートを開けません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="100"/>
        <source>The notebook is busy in another Companion window or command. Try again in a moment.</source>
        <translation>ノートは、別の Companion のウィンドウかコマンドで使用中です。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="108"/>
        <source>The data folder or its files don&apos;t allow Companion to do this. Check their owner and permissions. Nothing was changed.</source>
        <translation>データフォルダー、またはその中のファイルのアクセス権により、Companion はこの操作ができません。所有者とアクセス権を確認してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="123"/>
        <source>Something went wrong inside Companion. This is a bug, not something you did. Everything you saved before is safe. Details (without any of your words) were written to:
%1</source>
        <translation>Companion の内部で問題が起きました。これはプログラムの不具合で、あなたのせいではありません。これまでに保存した内容は無事です。詳しい情報（あなたが書いた言葉は含みません）を次の場所に記録しました：
%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="134"/>
        <source>That is not a regular file (it is a folder, a pipe or a device). Choose a file; nothing was changed.</source>
        <translation>これは通常のファイルではありません(フォルダー、パイプ、またはデバイスです)。ファイルを選んでください。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="140"/>
        <source>That file is larger than Companion reads (%1 MiB at most), so it was not opened. Nothing was changed.</source>
        <translation>このファイルは Companion が読み込める大きさ(最大 %1 MiB)を超えているため、開きませんでした。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="145"/>
        <source>That file cannot be read. Nothing was changed.</source>
        <translation>このファイルは読み込めません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="151"/>
        <source>That place is inside Companion&apos;s own data folder, where an export could replace your notebook or its key. Choose another folder, such as Documents.</source>
        <translation>ここは Companion 自身のデータフォルダーの中です。書き出したファイルがノートや鍵を置き換えてしまうおそれがあります。「書類」など、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="156"/>
        <source>That folder does not exist. Choose another folder.</source>
        <translation>そのフォルダーはありません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="159"/>
        <source>A folder has that name. Choose a file name instead.</source>
        <translation>その名前はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="162"/>
        <source>Something that is not a regular file has that name. Choose another name.</source>
        <translation>その名前には通常のファイルではないものがあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="91"/>
        <source>The data folder is read-only, so Companion can&apos;t save there. What you typed is still on screen.</source>
        <translation>データフォルダーが読み取り専用のため、Companion はそこに保存できません。入力した内容は画面に残っています。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="96"/>
        <source>The disk is full. Free some space and try again; what you typed is still on screen.</source>
        <translation>ディスクの空き容量がいっぱいです。空きを作ってから、もう一度お試しください。入力した内容は画面に残っています。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="104"/>
        <source>Companion can&apos;t open the data folder or its files. Check the folder&apos;s permissions.</source>
        <translation>Companion がデータフォルダー、またはその中のファイルを開けません。フォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="113"/>
        <source>The disk reported an error while reading or writing. Try again; if it keeps happening, copy the data folder somewhere safe.</source>
        <translation>読み書きの途中で、ディスクからエラーが報告されました。もう一度お試しください。何度も起きるときは、データフォルダーを安全な場所にコピーしておいてください。</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../../companion/ui/plan/section_editor.py" line="73"/>
        <source>Rename…</source>
        <translation>名前を変える…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/section_editor.py" line="75"/>
        <source>Give this section the name that fits you or your WRAP group</source>
        <translation>自分や WRAP のグループで使っている呼び方に変えられます</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/section_editor.py" line="77"/>
        <source>Use the usual name</source>
        <translation>もとの名前に戻す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/section_editor.py" line="89"/>
        <source>Usually called: %1</source>
        <translation>もとの名前：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="96"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="97"/>
        <source>Scales</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="98"/>
        <source>Steps for mood:</source>
        <translation>気分の段階数：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="99"/>
        <source>Steps for energy:</source>
        <translation>エネルギーの段階数：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="102"/>
        <source>Changing a scale affects new check-ins only. Earlier entries keep the scale they were made on, and comparisons and charts put them on a common footing.</source>
        <translation>段階数を変えても、変わるのはこれからのチェックインだけです。これまでの記録は記録したときの段階のまま残り、比べるときやグラフでは同じ物差しにそろえて扱います。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="106"/>
        <source>Gentle reminder of your action plan</source>
        <translation>行動プランのやさしいお知らせ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="109"/>
        <source>When your check-ins note signs from your plan on enough recent days, Today shows the action plan you wrote for them. It is a reminder from your own notes, not an assessment. You can dismiss it for the day.</source>
        <translation>最近のチェックインで、プランにあるサインが何日か続いて記録されたとき、「今日」のページに、あなたが書いた行動プランを表示します。あなた自身のメモからのお知らせで、評価や診断ではありません。その日は閉じておくこともできます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="114"/>
        <source>Show it when signs were noted on</source>
        <translation>サインの記録が</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="115"/>
        <source>of the last</source>
        <translation>日あったら表示（直近</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="116"/>
        <source>days, for:</source>
        <translation>日間のうち）。対象：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="117"/>
        <source>early warning signs</source>
        <translation>注意サイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="118"/>
        <source>signs that things are breaking down</source>
        <translation>調子が悪くなっているときのサイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="140"/>
        <source>Choose at least one kind of sign, or both.</source>
        <translation>サインの種類を1つ以上選んでください。</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="69"/>
        <source>Tools used, triggers, signs from your plan, or your own tags; Enter adds</source>
        <translation>プランの道具・引き金・サイン、または自由なタグ。Enter で追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="74"/>
        <source>Tool</source>
        <translation>道具</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="75"/>
        <source>Trigger</source>
        <translation>引き金</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="76"/>
        <source>Early warning sign</source>
        <translation>注意サイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="77"/>
        <source>Breaking-down sign</source>
        <translation>調子が悪いときのサイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="78"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../companion/ui/today/page.py" line="119"/>
        <source>Save check-in</source>
        <translation>チェックインを保存</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/page.py" line="122"/>
        <source>Saves the check-in. Keys: Enter in the sleep field, or %1 anywhere.</source>
        <translation>チェックインを保存します。キー操作：睡眠の欄で Enter、またはどこでも %1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/page.py" line="128"/>
        <source>No check-ins yet today. They will appear here as you save them.</source>
        <translation>今日のチェックインはまだありません。保存すると、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/page.py" line="126"/>
        <source>Today&apos;s check-ins</source>
        <translation>今日のチェックイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/page.py" line="136"/>
        <source>Today — %1</source>
        <translation>今日 — %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/page.py" line="272"/>
        <source>Saved at %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="94"/>
        <source>Unlock Companion</source>
        <translation>Companion のロック解除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="95"/>
        <source>Welcome back</source>
        <translation>おかえりなさい</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="98"/>
        <source>Type your recovery code (the groups of four you wrote down).</source>
        <translation>リカバリーコードを入力してください（書き留めておいた、4文字ずつ区切られたコードです）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="101"/>
        <source>Use my passphrase instead</source>
        <translation>パスフレーズで開く</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="103"/>
        <source>Type your passphrase to open your notebook.</source>
        <translation>ノートを開くには、パスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="105"/>
        <source>I forgot my passphrase</source>
        <translation>パスフレーズを忘れてしまった</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="108"/>
        <source>Automatic unlock isn&apos;t available right now (the system keychain could not be reached), so please type your passphrase.</source>
        <translation>今は自動でのロック解除が使えません（システムのキーチェーンに接続できませんでした）。お手数ですが、パスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="112"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="138"/>
        <source>Please type your recovery code first.</source>
        <translation>まずリカバリーコードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="140"/>
        <source>Please type your passphrase first.</source>
        <translation>まずパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="156"/>
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="157"/>
        <location filename="../../companion/ui/unlock/welcome.py" line="158"/>
        <source>Welcome to Companion</source>
        <translation>Companion へようこそ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="161"/>
        <source>Companion keeps your wellness plan and check-ins on this computer only. Nothing is ever sent anywhere. Everything is encrypted with a passphrase you choose now.</source>
        <translation>Companion は、あなたの元気回復プランとチェックインを、このパソコンの中だけに保存します。どこかへ送信されることは一切ありません。すべての内容は、これから決めるパスフレーズで暗号化されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="166"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="167"/>
        <source>Unlock automatically on this computer</source>
        <translation>このパソコンでは自動でロック解除する</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="170"/>
        <source>Keeps the key in this computer&apos;s secure keychain, so Companion opens without asking. Anyone who can log in as you could then open it too.</source>
        <translation>鍵をこのパソコンの安全なキーチェーンに保管し、パスフレーズを入力しなくても Companion が開くようにします。そのため、あなたのアカウントでログインできる人なら、誰でもノートを開けるようになります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="176"/>
        <source>No secure keychain was found on this computer, so Companion will ask for your passphrase each time it opens.</source>
        <translation>このパソコンには安全なキーチェーンが見つかりませんでした。そのため、Companion を開くたびにパスフレーズをおたずねします。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="180"/>
        <source>Create my encrypted notebook</source>
        <translation>暗号化されたノートを作る</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="181"/>
        <source>Your recovery code</source>
        <translation>あなたのリカバリーコード</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="184"/>
        <source>If you ever forget your passphrase, this code unlocks your notebook instead. Write it down on paper and keep it somewhere safe, away from this computer.</source>
        <translation>もしパスフレーズを忘れてしまっても、このコードでノートのロックを解除できます。紙に書き留めて、このパソコンとは別の安全な場所に保管してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="190"/>
        <source>Please be sure: if both the passphrase and this code are lost, nobody can open your notebook again — not you, and not us. That is the price of keeping it truly private.</source>
        <translation>大切なことなので、確認させてください。パスフレーズとこのコードの両方をなくしてしまうと、このノートは誰にも開けなくなります。あなた自身にも、私たち開発者にも開けません。それが、ノートを本当にあなただけのものとして守るための仕組みです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="195"/>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="196"/>
        <source>I have written down my recovery code</source>
        <translation>リカバリーコードを書き留めました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="197"/>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="230"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
</TS>
