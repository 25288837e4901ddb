<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../companion/ui/settings/backup_box.py" line="71"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/backup_box.py" line="74"/>
        <source>One encrypted file with your whole notebook, opened by your passphrase or recovery code. Keep one on another disk or a USB stick.</source>
        <translation>ノート全体を1つにまとめた暗号化ファイルです。パスフレーズか復元用コードで開けます。別のディスクや USB メモリーにも保管しておきましょう。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/backup_box.py" line="78"/>
        <source>Back up now…</source>
        <translation>今すぐバックアップ…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/backup_box.py" line="79"/>
        <source>Keep</source>
        <translation>自動バックアップを</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/backup_box.py" line="80"/>
        <source>daily automatic backups in the data folder (0: none)</source>
        <translation>日分、データフォルダーに残す（0 で作成しない）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/backup_box.py" line="94"/>
        <source>No backup made yet.</source>
        <translation>まだバックアップを作成していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/backup_box.py" line="101"/>
        <source>Last backup: %1</source>
        <translation>前回のバックアップ：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/backup_box.py" line="108"/>
        <source>Back up Companion</source>
        <translation>Companion をバックアップ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/backup_box.py" line="110"/>
        <source>Companion backups (*%1)</source>
        <translation>Companion のバックアップ (*%1)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/backup_box.py" line="127"/>
        <source>Saved an encrypted backup to %1. It opens with your passphrase or your recovery code.</source>
        <translation>暗号化したバックアップを %1 に保存しました。今のパスフレーズ、または復元用コードで開けます。</translation>
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message>
        <location filename="../../companion/ui/boundaries/page.py" line="108"/>
        <source>Boundaries</source>
        <translation>バウンダリー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/page.py" line="109"/>
        <source>Roles and hours</source>
        <translation>役割と活動時間</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/page.py" line="110"/>
        <source>My rules</source>
        <translation>わたしのルール</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/page.py" line="111"/>
        <source>Contact log</source>
        <translation>かかわりの記録</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/page.py" line="112"/>
        <source>Supervision</source>
        <translation>スーパービジョン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/page.py" line="113"/>
        <source>Weekly review</source>
        <translation>週のふりかえり</translation>
    </message>
</context>
<context>
    <name>ChangeDataKeyDialog</name>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="219"/>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="246"/>
        <source>Change the data key</source>
        <translation>データ鍵を変更</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="220"/>
        <source>Change the data key?</source>
        <translation>データ鍵を変更しますか？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="223"/>
        <source>This re-encrypts your whole notebook under a new random key. It helps if an old copy of your key file (companion.key) and your passphrase may both have been seen by someone else: after the change, that copy opens nothing. If only your passphrase may be known, changing the passphrase is enough.</source>
        <translation>ノート全体を、新しいランダムな鍵で暗号化し直します。以前の鍵ファイル（companion.key）のコピーとパスフレーズの両方が、誰かに見られたかもしれないときに役立ちます。変更のあとは、そのコピーでは何も開けません。パスフレーズだけが知られたかもしれない場合は、パスフレーズの変更で十分です。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="234"/>
        <source>Your notebook is %1; this takes %2. The window waits meanwhile.</source>
        <translation>ノートの大きさは %1 で、%2かかります。その間、ウィンドウは操作できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="240"/>
        <source>Your passphrase stays the same. You get a new recovery code, and the old one stops working. Copies made before (backups, exports) are not changed.</source>
        <translation>パスフレーズは変わりません。新しい復元用コードが発行され、これまでのコードは使えなくなります。以前に作ったコピー（バックアップや書き出したファイル）は変わりません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="244"/>
        <source>Type your &amp;passphrase to go ahead:</source>
        <translation>続けるには、パスフレーズを入力してください(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="245"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="251"/>
        <source>a few seconds</source>
        <translation>数秒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="253"/>
        <source>about %1 seconds</source>
        <translation>約%1秒</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="254"/>
        <source>about %1 minutes</source>
        <translation>約%1分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="263"/>
        <source>Please type your passphrase first.</source>
        <translation>まずパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="287"/>
        <source>Re-encrypting… please wait.</source>
        <translation>暗号化し直しています… しばらくお待ちください。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../companion/ui/trends/export.py" line="49"/>
        <source>Save the chart as PNG</source>
        <translation>グラフをPNGで保存</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/export.py" line="51"/>
        <source>Save the chart as SVG</source>
        <translation>グラフをSVGで保存</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/export.py" line="54"/>
        <source>PNG image (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/export.py" line="56"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG画像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/export.py" line="73"/>
        <source>That file could not be written. Choose another folder or name.</source>
        <translation>このファイルには書き込めませんでした。別のフォルダーか名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/export.py" line="76"/>
        <source>Saved %1. It is not encrypted: keep it private.</source>
        <translation>%1 に保存しました。暗号化されていないので、人目につかない場所に保管してください。</translation>
    </message>
</context>
<context>
    <name>CheckinEditDialog</name>
    <message>
        <location filename="../../companion/ui/journal/edit_dialog.py" line="87"/>
        <source>Edit check-in</source>
        <translation>チェックインの編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/edit_dialog.py" line="95"/>
        <source>This entry is dated %1, outside the dates a check-in can have (from %2 up to one day from now). Choose its right time, then save.</source>
        <translation>この記録の日時は %1 で、記録できる範囲（%2 から現在の1日後まで）の外にあります。正しい日時を選んでから保存してください。</translation>
    </message>
</context>
<context>
    <name>CheckinFormWidget</name>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="128"/>
        <source>&amp;Mood:</source>
        <translation>気分(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="129"/>
        <source>&amp;Energy:</source>
        <translation>エネルギー(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="130"/>
        <source>&amp;Sleep:</source>
        <translation>睡眠(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="131"/>
        <source>hours last night (optional)</source>
        <translation>時間（昨夜・空欄でもかまいません）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="132"/>
        <source>e.g. 7.5</source>
        <translation>例：7.5</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="133"/>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="134"/>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="136"/>
        <source>When:</source>
        <translation>日時：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="140"/>
        <source>&amp;When (%1):</source>
        <translation>日時（%1）(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="140"/>
        <source>&amp;When:</source>
        <translation>日時(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="142"/>
        <source>Earlier, at</source>
        <translation>前の時刻で記録：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="143"/>
        <source>Log a check-in for an earlier time</source>
        <translation>過去の時刻のチェックインとして記録します</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="144"/>
        <source>Anything you want to remember (optional)</source>
        <translation>残しておきたいことがあれば（空欄でもかまいません）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="145"/>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="146"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="147"/>
        <source>Time of the check-in</source>
        <translation>チェックインの日時</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="278"/>
        <source>Choose a step for your mood (keys 1–%1).</source>
        <translation>今の気分に近いものを選んでください（キー 1〜%1 でも選べます）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="284"/>
        <source>Choose a step for your energy (keys 1–%1).</source>
        <translation>今のエネルギーに近いものを選んでください（キー 1〜%1 でも選べます）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="290"/>
        <source>Sleep is a number of hours between 0 and 24, such as 7.5.</source>
        <translation>睡眠は 0〜24 の時間数で入力してください（例：7.5）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="294"/>
        <source>That time does not exist here: the clocks changed. Pick another time.</source>
        <translation>その時刻は、時計の切り替え（夏時間）のため存在しません。別の時刻を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="299"/>
        <source>A check-in can be dated from %1 up to one day from now. Pick another time.</source>
        <translation>記録できる日時は %1 から現在の1日後までです。別の日時を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="304"/>
        <source>A tag can be at most %1 characters.</source>
        <translation>タグは%1文字までです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="311"/>
        <source>This note is longer than %1 characters, so it was not saved yet. Your text is still here: shorten it or split it into two check-ins.</source>
        <translation>メモが%1文字を超えているため、まだ保存していません。書いた文章はそのまま残っています。少し短くするか、2つのチェックインに分けてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="319"/>
        <source>This check-in could not be saved as it is.</source>
        <translation>このチェックインは、今の内容のままでは保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/checkin_form.py" line="322"/>
        <source>This text holds a character that cannot be saved; please retype it.</source>
        <translation>保存できない文字が含まれています。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>CheckinTableModel</name>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="34"/>
        <source>no energy recorded</source>
        <translation>エネルギーの記録なし</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="56"/>
        <source>Recorded on a scale of %1 steps; new check-ins use %2.</source>
        <translation>%1段階の尺度で記録したものです。これからのチェックインは%2段階です。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="144"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="145"/>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="146"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="147"/>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="148"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="149"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="204"/>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
</context>
<context>
    <name>CompanionSession</name>
    <message>
        <location filename="../../companion/ui/session.py" line="254"/>
        <source>Changes kept while locked</source>
        <translation>ロック中に保持していた変更</translation>
    </message>
    <message>
        <location filename="../../companion/ui/session.py" line="528"/>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../companion/ui/session.py" line="530"/>
        <source>Data folder: %1</source>
        <translation>データフォルダー：%1</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="58"/>
        <source>Money was asked for</source>
        <translation>お金を求められた</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="59"/>
        <source>I was drawn in too deep</source>
        <translation>深入りしすぎた</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="60"/>
        <source>Someone may be at risk</source>
        <translation>誰かに危険があるかもしれない</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="61"/>
        <source>I carried it alone</source>
        <translation>一人で抱え込んだ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="244"/>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="429"/>
        <source>No role</source>
        <translation>役割なし</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="325"/>
        <source>Saved. This contact was outside the role&apos;s activity hours.</source>
        <translation>保存しました。このかかわりは、役割の活動時間外でした。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="329"/>
        <source>It happens. Noticing it is already part of keeping your boundaries. If it comes again, your prepared phrase is here:</source>
        <translation>こういうこともあります。気づけたこと自体が、バウンダリーを大切にしている証です。次にまたあったときのために、用意しておいた言葉をここに置いておきます：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="340"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="350"/>
        <source>When: please choose a time that exists, up to one day ahead.</source>
        <translation>日時：実在する時刻を、1日先までの範囲で選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="354"/>
        <source>Minutes: from 1 to %1.</source>
        <translation>時間（分）：1〜%1の範囲で入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="357"/>
        <source>Load: please choose how heavy it felt.</source>
        <translation>負担感：どのくらい重く感じたかを選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="358"/>
        <source>Alias: it is longer than it can keep.</source>
        <translation>呼び名：長すぎて保存できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="360"/>
        <source>Reflection: it is longer than it can keep.</source>
        <translation>ふりかえり：長すぎて保存できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="363"/>
        <source>Role: that role is gone; please choose again.</source>
        <translation>役割：その役割はもうありません。選び直してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="397"/>
        <source>The contact was left as it was.</source>
        <translation>かかわりの記録は元のままです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="391"/>
        <source>Changing the contact of %1. Escape leaves it as it was.</source>
        <translation>%1 のかかわりの記録を変更しています。Esc キーで元のままにできます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="409"/>
        <source>Delete contact</source>
        <translation>かかわりの記録を削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="404"/>
        <source>Delete the contact of %1 (%2)? This cannot be undone.</source>
        <translation>%1（%2）のかかわりの記録を削除しますか？元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="415"/>
        <source>A note about your side of a contact: how long, how heavy, which boundaries were tested. Nothing here asks who it was.</source>
        <translation>かかわりを、自分の側から記録します：どのくらいの時間だったか、どのくらい重かったか、どのバウンダリーが試されたか。相手が誰かを書く欄はありません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="421"/>
        <source>W&amp;hen (%1)</source>
        <translation>日時（%1）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="421"/>
        <source>W&amp;hen</source>
        <translation>日時(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="423"/>
        <source>&amp;Minutes</source>
        <translation>時間・分(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="424"/>
        <source>Cha&amp;nnel</source>
        <translation>方法(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="427"/>
        <source>R&amp;ole</source>
        <translation>役割(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="430"/>
        <source>&amp;Alias (optional)</source>
        <translation>呼び名・任意(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="431"/>
        <source>not a real name</source>
        <translation>本名ではない呼び名</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="434"/>
        <source>Please do not write a real name or anything that identifies the person. A made-up alias is enough, or leave it empty.</source>
        <translation>本名や、相手が誰かわかることは書かないでください（守秘義務）。仮の呼び名で十分です。空欄のままでもかまいません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="438"/>
        <source>How heavy it felt for me</source>
        <translation>わたしにとっての負担感</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="439"/>
        <source>How heavy it felt</source>
        <translation>負担感</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="440"/>
        <source>Flags</source>
        <translation>気になったこと</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="443"/>
        <source>A short &amp;reflection (optional)</source>
        <translation>短いふりかえり・任意(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="444"/>
        <source>Reflection</source>
        <translation>ふりかえり</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="445"/>
        <source>&amp;Bring this to supervision</source>
        <translation>スーパービジョンで話す(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="388"/>
        <source>&amp;Log contact</source>
        <translation>記録する(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="446"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="448"/>
        <source>Recen&amp;t contacts, newest first</source>
        <translation>最近のかかわり・新しい順(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="449"/>
        <source>Recent contacts</source>
        <translation>最近のかかわり</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="450"/>
        <source>&amp;Edit contact</source>
        <translation>記録を編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_panel.py" line="451"/>
        <source>Delete contact…</source>
        <translation>記録を削除…</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="24"/>
        <source>In person</source>
        <translation>対面</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="25"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="26"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="27"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="29"/>
        <source>outside hours</source>
        <translation>活動時間外</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="30"/>
        <source>within hours</source>
        <translation>活動時間内</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="31"/>
        <source>Outside this role&apos;s activity hours. Noted, not judged.</source>
        <translation>この役割の活動時間外でした。記録するだけで、責めるためのものではありません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="34"/>
        <source>talked through</source>
        <translation>話した</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="35"/>
        <source>to bring</source>
        <translation>話す予定</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="37"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="40"/>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="41"/>
        <source>Channel</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="43"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="39"/>
        <source>Load</source>
        <translation>負担感</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="38"/>
        <source>Hours</source>
        <translation>活動時間</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/contacts_model.py" line="42"/>
        <source>Supervision</source>
        <translation>スーパービジョン</translation>
    </message>
</context>
<context>
    <name>CrisisLineDialog</name>
    <message>
        <location filename="../../companion/ui/help/line_dialog.py" line="98"/>
        <source>Crisis line</source>
        <translation>相談窓口</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/line_dialog.py" line="99"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/line_dialog.py" line="100"/>
        <source>Number or how to reach it</source>
        <translation>電話番号・連絡方法</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/line_dialog.py" line="101"/>
        <source>Hours and notes</source>
        <translation>受付時間・メモ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/line_dialog.py" line="102"/>
        <source>Last checked on</source>
        <translation>最終確認日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/line_dialog.py" line="105"/>
        <source>Numbers and hours change. Note the day you last checked this line with its own website or leaflet.</source>
        <translation>番号や受付時間は変わることがあります。窓口の公式サイトやチラシで最後に確かめた日を記録しておきましょう。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/line_dialog.py" line="128"/>
        <source>Please give the line a name.</source>
        <translation>窓口の名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/line_dialog.py" line="130"/>
        <source>This line cannot be saved as it is. Please check each field.</source>
        <translation>このままでは保存できません。それぞれの欄を確かめてください。</translation>
    </message>
</context>
<context>
    <name>DaysOffBox</name>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="116"/>
        <source>%1: day off</source>
        <translation>%1：休み</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="120"/>
        <source>%1: extra session %2 to %3</source>
        <translation>%1：臨時の活動 %2〜%3</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="145"/>
        <source>An extra session needs a start and a different end.</source>
        <translation>臨時の活動には、開始と、それとは違う終了の時刻が必要です。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="156"/>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="157"/>
        <source>Days off and extra sessions</source>
        <translation>休みの日と臨時の活動</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="158"/>
        <source>Re&amp;move</source>
        <translation>取り除く(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="159"/>
        <source>Da&amp;te</source>
        <translation>日付(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="160"/>
        <source>Date of the day off or extra session</source>
        <translation>休みの日または臨時の活動の日付</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="161"/>
        <source>Add day &amp;off</source>
        <translation>休みの日を追加(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="162"/>
        <source>Extra session starts</source>
        <translation>臨時の活動の開始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="163"/>
        <source>Extra session ends</source>
        <translation>臨時の活動の終了</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="164"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="165"/>
        <source>Add e&amp;xtra session</source>
        <translation>臨時の活動を追加(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/days_off_box.py" line="166"/>
        <source>An extra session counts even on a day off or a holiday.</source>
        <translation>臨時の活動は、休みの日や祝日でも活動時間になります。</translation>
    </message>
</context>
<context>
    <name>FileSaving</name>
    <message>
        <location filename="../../companion/ui/common/saving.py" line="31"/>
        <source>Replace the file?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/saving.py" line="32"/>
        <source>A file named %1 is already there. Replace it?</source>
        <translation>%1 という名前のファイルがすでにあります。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>FormListPanel</name>
    <message>
        <location filename="../../companion/ui/boundaries/editing.py" line="273"/>
        <source>This cannot be saved as it is. Please check each field.</source>
        <translation>このままでは保存できません。それぞれの欄を確かめてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/editing.py" line="320"/>
        <source>&amp;Save changes</source>
        <translation>変更を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/editing.py" line="344"/>
        <source>Deleted.</source>
        <translation>削除しました。</translation>
    </message>
</context>
<context>
    <name>HelpNowWindow</name>
    <message>
        <location filename="../../companion/ui/help/window.py" line="212"/>
        <source>Help now</source>
        <translation>いま助けがほしいとき</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="215"/>
        <source>Take a breath. Here is what you prepared for moments like this, and who you can reach. Companion never calls anyone: copy a number, or type it into your phone.</source>
        <translation>ひと息つきましょう。ここには、こんなときのために準備したことと、連絡できる人や窓口があります。Companionが電話をかけることはありません。番号をコピーするか、電話に入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="220"/>
        <source>People I can reach</source>
        <translation>連絡できる人</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="223"/>
        <source>No supporters are written down yet. When you feel like it, add the people you trust, with their phone numbers, in your crisis plan on the Plan page.</source>
        <translation>サポーターはまだ書かれていません。気が向いたときに、プランのページのクライシスプランに、信頼できる人と電話番号を書いておきましょう。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="227"/>
        <source>Open my crisis plan</source>
        <translation>クライシスプランを開く</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="230"/>
        <source>Your plan for these moments is still empty. You can write it on the Plan page, a little at a time.</source>
        <translation>こんなときのためのプランは、まだ空です。プランのページで、少しずつ書いていけます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="234"/>
        <source>Open this part of my plan</source>
        <translation>プランのこの部分を開く</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="235"/>
        <source>Crisis lines</source>
        <translation>相談窓口</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="238"/>
        <source>Numbers and hours change, so each line shows when it was last checked. You can add, change or remove lines.</source>
        <translation>番号や受付時間は変わることがあるため、窓口ごとに最終確認日を表示しています。窓口は追加・変更・削除できます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="243"/>
        <source>No crisis lines in your list. You can add the ones you trust.</source>
        <translation>相談窓口はまだありません。信頼できる窓口を追加できます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="245"/>
        <source>Add a line…</source>
        <translation>窓口を追加…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="246"/>
        <source>If someone I support may be at risk</source>
        <translation>支えている人に危険があるかもしれないとき</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="249"/>
        <source>Do not carry it alone. Talk to your group or your supervisor as soon as you can.</source>
        <translation>一人で抱え込まないでください。できるだけ早く、グループの仲間やスーパーバイザーに相談しましょう。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="251"/>
        <source>In an emergency, call 119 for an ambulance or 110 for the police.</source>
        <translation>緊急のときは、119（救急車）または110（警察）に電話してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="290"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="291"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="303"/>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="310"/>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="311"/>
        <source>not written</source>
        <translation>未記入</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="315"/>
        <source>Helps with</source>
        <translation>お願いしたいこと</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="332"/>
        <source>Last checked: not yet</source>
        <translation>最終確認日：まだ確認していません</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="334"/>
        <source>Last checked: %1</source>
        <translation>最終確認日：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="356"/>
        <source>Remove crisis line</source>
        <translation>相談窓口を削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="357"/>
        <source>Remove “%1” from your list?</source>
        <translation>「%1」を一覧から削除しますか？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/window.py" line="366"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>HoursDescription</name>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="15"/>
        <source>Monday</source>
        <translation>月曜</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="16"/>
        <source>Tuesday</source>
        <translation>火曜</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="17"/>
        <source>Wednesday</source>
        <translation>水曜</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="18"/>
        <source>Thursday</source>
        <translation>木曜</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="19"/>
        <source>Friday</source>
        <translation>金曜</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="20"/>
        <source>Saturday</source>
        <translation>土曜</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="21"/>
        <source>Sunday</source>
        <translation>日曜</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="24"/>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="25"/>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="26"/>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="27"/>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="28"/>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="29"/>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="30"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="33"/>
        <source>last</source>
        <translation>最終</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="34"/>
        <source>first</source>
        <translation>第1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="35"/>
        <source>second</source>
        <translation>第2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="36"/>
        <source>third</source>
        <translation>第3</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="37"/>
        <source>fourth</source>
        <translation>第4</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="38"/>
        <source>fifth</source>
        <translation>第5</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="49"/>
        <source>, </source>
        <translation>・</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="51"/>
        <source>%1 and %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="62"/>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="72"/>
        <source>every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="78"/>
        <source>the %1 %2 of the month</source>
        <translation>毎月%1%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="83"/>
        <source>every other week on %1</source>
        <translation>隔週%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="87"/>
        <source>every %1</source>
        <translation>毎週%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="91"/>
        <source>%1 to %2 the next day</source>
        <translation>%1〜翌%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="93"/>
        <source>from %1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="96"/>
        <source>%1, %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="102"/>
        <source>%1, from %2</source>
        <translation>%1（%2から）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="118"/>
        <source>%1 the next day</source>
        <translation>翌%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/describe.py" line="122"/>
        <source>%1 %2 to %3</source>
        <translation>%1 %2〜%3</translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="62"/>
        <source>Not set</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="63"/>
        <source>Peer staff</source>
        <translation>ピアスタッフ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="64"/>
        <source>Self-help group</source>
        <translation>自助グループ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="65"/>
        <source>Phone line</source>
        <translation>電話相談</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="66"/>
        <source>Volunteer</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="67"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="271"/>
        <source>Another role already has that name.</source>
        <translation>その名前の役割はすでにあります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="273"/>
        <source>There are as many roles as Companion keeps. Delete one first.</source>
        <translation>これ以上役割を増やせません。先にどれかを削除してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="275"/>
        <source>This role has as many days off and extra sessions as it can keep.</source>
        <translation>この役割には、これ以上休みの日や臨時の活動を追加できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="276"/>
        <source>This cannot be saved as it is. Please check each field.</source>
        <translation>このままでは保存できません。それぞれの欄を確かめてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="283"/>
        <source>national holidays off (%1)</source>
        <translation>祝日は休み（%1）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="403"/>
        <source>This part is not understood:</source>
        <translation>読み取れない部分があります：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="411"/>
        <source>No regular hours: only extra sessions count as within hours.</source>
        <translation>決まった活動時間はありません。臨時の活動だけが活動時間になります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="418"/>
        <source>Next times (%1):</source>
        <translation>これからの活動時間（%1）：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="418"/>
        <source>Next times:</source>
        <translation>これからの活動時間：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="425"/>
        <source>None coming up.</source>
        <translation>予定はありません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="440"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="496"/>
        <source>Delete the role “%1”?</source>
        <translation>役割「%1」を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="498"/>
        <source>Its activity hours and its %n day(s) off and extra session(s) are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>活動時間と、休みの日・臨時の活動%n件もいっしょに削除されます。元に戻すことはできません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="505"/>
        <source>Delete role</source>
        <translation>役割の削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="543"/>
        <source>My &amp;roles</source>
        <translation>わたしの役割(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="544"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="545"/>
        <source>&amp;Add role…</source>
        <translation>役割を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="546"/>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="547"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="550"/>
        <source>No roles yet. Add one for each place you support others: shifts at a clinic or office, a group that meets on fixed days, a phone line.</source>
        <translation>まだ役割がありません。支援をしている場ごとに一つずつ追加してください。たとえば、クリニックや事業所での勤務、決まった日に集まるグループ、電話相談など。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="554"/>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="562"/>
        <source>Activity hours</source>
        <translation>活動時間</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="555"/>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="556"/>
        <source>Kind of role</source>
        <translation>役割の種類</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="559"/>
        <source>National holidays are days off, &amp;in</source>
        <translation>祝日は休みにする(&amp;I)&#x3000;国：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="560"/>
        <source>Country of the national holidays</source>
        <translation>祝日の国</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="561"/>
        <source>&amp;Hours</source>
        <translation>時間(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="568"/>
        <source>Days and times, parts separated by commas. For example: Mon-Fri 10:00-17:00, 2nd,4th Sat 14:00-16:00, every other Wed 19:00-21:00 from 2026-12-02. A time past midnight (22:00-02:00) ends the next day.</source>
        <translation>曜日と時刻を、読点（、）かカンマで区切って書きます。例：月〜金 10:00-17:00、第2・第4土 14:00-16:00、隔週水 19:00-21:00 2026-12-02から。夜中の0時をまたぐ時間（22:00-02:00）は翌日に終わります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/hours_panel.py" line="573"/>
        <source>&amp;Save hours</source>
        <translation>時間を保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="58"/>
        <source>a Daylio export</source>
        <translation>Daylio の書き出しファイル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="59"/>
        <source>a Companion CSV export</source>
        <translation>Companion の CSV 書き出しファイル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="60"/>
        <source>a Companion JSON export</source>
        <translation>Companion の JSON 書き出しファイル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="62"/>
        <source>Import check-ins</source>
        <translation>チェックインの読み込み</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="70"/>
        <source>This file is %1 with %n check-in(s), from %3 to %4. Entries already in your journal are skipped, so importing the same file twice adds nothing twice. The newest are shown below.</source>
        <translation>
            <numerusform>このファイルは%1で、%3から%4までの%n件のチェックインが入っています。すでに記録にあるものは飛ばすので、同じファイルを2回読み込んでも重複しません。下に新しいものから表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="81"/>
        <source>This file is %1 without check-ins.</source>
        <translation>このファイルは%1で、チェックインは入っていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="90"/>
        <source>Import</source>
        <translation>読み込む</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/import_dialog.py" line="85"/>
        <source>It also holds %1. Those already in your store are skipped, and crisis lines you have edited are kept. The plan is not imported here (the command `companion plan import` does that).</source>
        <translation>ほかに、%1が入っています。すでにあるものは飛ばし、自分で編集した相談窓口の一覧はそのまま残します。プランはここでは読み込みません（コマンド `companion plan import` で読み込めます）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="117"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>役割%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="118"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>ルール%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="119"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>かかわりの記録%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="120"/>
        <source>%n supervision talk(s)</source>
        <translation>
            <numerusform>スーパービジョン・相談%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="121"/>
        <source>%n weekly review(s)</source>
        <translation>
            <numerusform>週のふりかえり%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/import_dialog.py" line="122"/>
        <source>%n crisis line(s)</source>
        <translation>
            <numerusform>相談窓口%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="68"/>
        <source>Delete check-in</source>
        <translation>チェックインの削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="84"/>
        <source>Edit check-in</source>
        <translation>チェックインの編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="227"/>
        <source>Journal</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="229"/>
        <source>Search the Journal</source>
        <translation>記録を検索</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="232"/>
        <source>Delete the chosen entry (Journal)</source>
        <translation>選んだ記録を削除（記録）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="234"/>
        <source>Edit the chosen entry (Journal)</source>
        <translation>選んだ記録を編集（記録）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="236"/>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="237"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="238"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="239"/>
        <location filename="../../companion/ui/journal/page.py" line="240"/>
        <source>Search notes and tags</source>
        <translation>メモとタグを検索</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="241"/>
        <source>From this day</source>
        <translation>この日から</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="242"/>
        <source>To this day</source>
        <translation>この日まで</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="243"/>
        <source>Show entries with this tag</source>
        <translation>このタグの記録を表示</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="244"/>
        <source>Check-ins</source>
        <translation>チェックイン一覧</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="246"/>
        <source>Choose a check-in, then Edit… or Delete below</source>
        <translation>チェックインを選んで、下の「編集…」または「削除」を押します</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="249"/>
        <location filename="../../companion/ui/journal/page.py" line="345"/>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="250"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="251"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="252"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="253"/>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="255"/>
        <source>Check-ins from a Companion CSV or JSON export, or from Daylio&apos;s CSV export</source>
        <translation>Companion の CSV・JSON 書き出し、または Daylio の CSV 書き出しからチェックインを読み込みます</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="257"/>
        <source>Export CSV…</source>
        <translation>CSV で書き出し…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/page.py" line="394"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n件のチェックイン</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="397"/>
        <source>No check-ins match these filters. Try fewer words or a wider range of dates.</source>
        <translation>この条件に合うチェックインはありません。言葉を減らすか、日付の範囲を広げてみてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="399"/>
        <source>No check-ins yet. Those you save on Today appear here.</source>
        <translation>チェックインはまだありません。「今日」で保存したものがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="434"/>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>削除しました。「元に戻す」（Ctrl+Z）で戻せます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="456"/>
        <source>Saved. Undo (Ctrl+Z) restores the earlier version.</source>
        <translation>保存しました。「元に戻す」（Ctrl+Z）で前の内容に戻せます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="472"/>
        <source>Import check-ins</source>
        <translation>チェックインの読み込み</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="474"/>
        <source>Exports (*.csv *.json);;All files (*)</source>
        <translation>書き出しファイル (*.csv *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="485"/>
        <source>Nothing was imported. %1</source>
        <translation>何も読み込んでいません。%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/page.py" line="499"/>
        <source>Added %n check-in(s).</source>
        <translation>
            <numerusform>チェックインを%n件追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/page.py" line="502"/>
        <source>%n check-in(s) already in your journal stayed as they were.</source>
        <translation>
            <numerusform>%n件はすでに記録にあったので、そのままにしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="514"/>
        <source>Also added %1.</source>
        <translation>ほかに%1を追加しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/journal/page.py" line="518"/>
        <source>%n other entry(s) were already there and stayed as they were.</source>
        <translation>
            <numerusform>ほかの%n件はすでにあったので、そのままにしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="521"/>
        <source>The crisis lines were taken from the file.</source>
        <translation>相談窓口の一覧はファイルのものを使いました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="523"/>
        <source>Your own crisis lines were kept.</source>
        <translation>相談窓口の一覧は、編集済みのものをそのまま残しました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="534"/>
        <source>Export check-ins as CSV</source>
        <translation>チェックインを CSV で書き出す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="536"/>
        <source>companion-checkins</source>
        <comment>file name</comment>
        <translation>チェックイン記録</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="551"/>
        <source>That file could not be written. Choose another place.</source>
        <translation>このファイルには書き込めませんでした。別の場所を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/page.py" line="554"/>
        <source>Saved %1. It is not encrypted: keep it private.</source>
        <translation>%1 に保存しました。暗号化されていないので、人目につかない場所に保管してください。</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="101"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="102"/>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="103"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="104"/>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="105"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/journal/table_model.py" line="106"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="28"/>
        <source>Undo the last change (Journal, Plan)</source>
        <translation>直前の変更を元に戻す（記録、プラン）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="31"/>
        <source>Redo (Plan)</source>
        <translation>やり直す（プラン）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="34"/>
        <location filename="../../companion/ui/help/shortcuts.py" line="37"/>
        <source>Save the check-in (Today, Edit)</source>
        <translation>チェックインを保存（今日、編集）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="40"/>
        <source>Stop editing a contact or a talk</source>
        <translation>対応記録やスーパービジョンの編集をやめる</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="71"/>
        <source>1 … 9, 0</source>
        <translation>1〜9、0</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="72"/>
        <source>Pick a step of the focused scale (0 is step 10)</source>
        <translation>選択中の尺度の段階を選ぶ（0は10段階目）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="77"/>
        <source>← →</source>
        <translation>←／→</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="78"/>
        <source>One step down or up on the focused scale</source>
        <translation>選択中の尺度を1段階下げる／上げる</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="83"/>
        <source>Delete</source>
        <comment>the key on the keyboard</comment>
        <translation>Deleteキー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="86"/>
        <source>Clear the focused scale</source>
        <translation>選択中の尺度を未選択に戻す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="89"/>
        <source>Enter</source>
        <translation>Enterキー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="90"/>
        <source>Save the check-in from the Sleep field</source>
        <translation>睡眠の欄からチェックインを保存</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="95"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab／Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="96"/>
        <source>Next or previous field</source>
        <translation>次の欄／前の欄へ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="99"/>
        <source>Alt + underlined letter</source>
        <translation>Alt＋下線の文字</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="100"/>
        <source>Go to that field or button</source>
        <translation>その欄やボタンへ移る</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="149"/>
        <location filename="../../companion/ui/help/shortcuts.py" line="159"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="152"/>
        <source>Everything in Companion works from the keyboard. Tab moves to the next field, and a letter underlined in a label goes there with Alt.</source>
        <translation>Companion のすべての操作はキーボードだけでできます。Tab キーで次の欄へ移り、ラベルの下線付きの文字を Alt キーと押すとその欄へ移ります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="157"/>
        <source>Keys</source>
        <comment>keys on the keyboard</comment>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/help/shortcuts.py" line="157"/>
        <source>What it does</source>
        <translation>はたらき</translation>
    </message>
</context>
<context>
    <name>KeysBox</name>
    <message>
        <location filename="../../companion/ui/settings/keys_box.py" line="42"/>
        <source>Encryption keys</source>
        <translation>暗号化の鍵</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_box.py" line="45"/>
        <source>Change the passphrase if someone may have seen it. Change the data key if an old copy of your key file and passphrase may have got out (SECURITY.md).</source>
        <translation>パスフレーズを人に見られたかもしれないときは、パスフレーズを変更します。鍵ファイルの古いコピーとパスフレーズが一緒に漏れたかもしれないときは、データ鍵を変更します（SECURITY.md）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_box.py" line="49"/>
        <source>Change &amp;passphrase…</source>
        <translation>パスフレーズを変更(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_box.py" line="50"/>
        <source>New recovery &amp;code…</source>
        <translation>新しい復元用コード(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/keys_box.py" line="51"/>
        <source>Change the data &amp;key…</source>
        <translation>データ鍵を変更(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="167"/>
        <source>Add to this list, then press Enter</source>
        <translation>ここに入力して Enter で追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="168"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="170"/>
        <source>Nothing here yet. Type below and press Enter to add the first one.</source>
        <translation>まだ何もありません。下の欄に入力して Enter を押すと、最初の項目を追加できます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="172"/>
        <source>Move up (Alt+Up)</source>
        <translation>上へ移動（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="173"/>
        <source>Move down (Alt+Down)</source>
        <translation>下へ移動（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="174"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="176"/>
        <source>Remove the selected entry (Delete); Ctrl+Z brings it back</source>
        <translation>選んだ項目を削除します（Delete キー）。Ctrl+Z で元に戻せます</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="181"/>
        <source>Add to: %1</source>
        <translation>%1に追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="182"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/list_editor.py" line="183"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/main_window.py" line="336"/>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="338"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="340"/>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="339"/>
        <source>Journal</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="341"/>
        <source>Boundaries</source>
        <translation>バウンダリー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="342"/>
        <source>Trends</source>
        <translation>傾向</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="353"/>
        <source>Go to %1</source>
        <translation>「%1」を開く</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="354"/>
        <source>&amp;Companion</source>
        <translation>Companion(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="355"/>
        <source>Change &amp;passphrase…</source>
        <translation>パスフレーズを変更(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="356"/>
        <source>New &amp;recovery code…</source>
        <translation>新しい復元用コード(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="357"/>
        <source>Change the data &amp;key…</source>
        <translation>データ鍵を変更(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="358"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="359"/>
        <source>&amp;Help now</source>
        <translation>いま助けがほしいとき(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="360"/>
        <source>Help now</source>
        <translation>いま助けがほしいとき</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="363"/>
        <source>Your supporters, your plan and crisis lines</source>
        <translation>わたしのサポーター、プラン、相談窓口</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="365"/>
        <source>&amp;Unlock automatically on this computer</source>
        <translation>このパソコンでは自動でロック解除する(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="366"/>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="367"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="368"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="369"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="371"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="372"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="373"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="375"/>
        <source>Choose a page with the arrow keys: Today, Journal, Plan, Boundaries, Trends</source>
        <translation>矢印キーでページを選びます：今日、記録、プラン、バウンダリー、傾向</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="395"/>
        <source>Unsaved check-in</source>
        <translation>保存していないチェックイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="396"/>
        <source>You have a check-in that is not saved yet. Save it before quitting?</source>
        <translation>まだ保存していないチェックインがあります。終了する前に保存しますか？</translation>
    </message>
</context>
<context>
    <name>MissedLine</name>
    <message>
        <location filename="../../companion/ui/reminders/banner.py" line="100"/>
        <source>Got it</source>
        <translation>わかりました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/banner.py" line="101"/>
        <source>Put these reminders away</source>
        <translation>このリマインダーをしまう</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../companion/ui/trends/report_dialog.py" line="90"/>
        <source>Monthly report</source>
        <translation>月次レポート</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/report_dialog.py" line="91"/>
        <source>&amp;Month:</source>
        <translation>月(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/report_dialog.py" line="92"/>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/report_dialog.py" line="96"/>
        <source>A PDF of the month to bring to a supporter, supervisor or clinician if you choose: charts, a summary of your check-ins, the parts of your plan you used and your boundary review. It never includes aliases or what you wrote about others. The file is not encrypted; keep it somewhere private.</source>
        <translation>支援者やスーパーバイザー、医療者に見せたいときのための、1か月分のPDFです。グラフ、チェックインのまとめ、使ったプラン、境界線のふりかえりが入ります。仮名や、ほかの人について書いたことは含まれません。ファイルは暗号化されないので、安全な場所に保管してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/report_dialog.py" line="102"/>
        <source>Save PDF…</source>
        <translation>PDFを保存…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/report_dialog.py" line="114"/>
        <source>Save the report as</source>
        <translation>レポートの保存先</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/report_dialog.py" line="115"/>
        <source>companion-report</source>
        <comment>file name</comment>
        <translation>月次レポート</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/report_dialog.py" line="116"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/report_dialog.py" line="138"/>
        <source>That file could not be written. Choose another folder or name.</source>
        <translation>このファイルには書き込めませんでした。別のフォルダーか名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/report_dialog.py" line="142"/>
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="224"/>
        <source>Choose a new passphrase</source>
        <translation>新しいパスフレーズを決める</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="227"/>
        <source>Choose a new passphrase for this notebook. Your entries stay exactly as they are, and your recovery code keeps working.</source>
        <translation>このノートの新しいパスフレーズを決めてください。これまでの記録はそのまま残り、復元用コードも引き続き使えます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="231"/>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="232"/>
        <source>Save passphrase</source>
        <translation>パスフレーズを保存</translation>
    </message>
</context>
<context>
    <name>NudgeBanner</name>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="68"/>
        <source>Hide this until tomorrow</source>
        <translation>明日まで表示しません</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="69"/>
        <source>Help now</source>
        <translation>いま助けがほしいとき</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="70"/>
        <source>My crisis plan</source>
        <translation>わたしのクライシスプラン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="67"/>
        <source>Close for today</source>
        <translation>今日は閉じる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/today/nudge_banner.py" line="87"/>
        <source>On %1 of the last %n day(s) you noted signs that things may be breaking down. This is what you planned for moments like this:</source>
        <translation>
            <numerusform>直近%n日間のうち%1日、「調子が悪くなってきているとき」のサインを記録しています。こんなときのために、自分で決めておいたことです：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/today/nudge_banner.py" line="94"/>
        <source>On %1 of the last %n day(s) you noted early warning signs. This is what you planned for moments like this:</source>
        <translation>
            <numerusform>直近%n日間のうち%1日、注意サインを記録しています。こんなときのために、自分で決めておいたことです：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="102"/>
        <source>Noticed: %1</source>
        <translation>気づいたこと：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="106"/>
        <source>I must do</source>
        <translation>必ずすること</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="107"/>
        <source>I might do</source>
        <translation>できればすること</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/nudge_banner.py" line="118"/>
        <source>Your plan has no action plan for this yet. The Plan page is there when you feel like writing one.</source>
        <translation>このときの行動プランはまだありません。書いてみようと思えたときに、「プラン」のページで書けます。</translation>
    </message>
</context>
<context>
    <name>PageSize</name>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="61"/>
        <source>Letter</source>
        <translation>レター</translation>
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
        <translation>自分に関係のある年は避けてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_feedback.py" line="55"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>自分に関係のある日付や年は避けてください。</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="44"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="45"/>
        <source>&amp;Type it again:</source>
        <translation>もう一度入力(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="46"/>
        <source>a few words only you would put together</source>
        <translation>自分だけが思いつく、いくつかの言葉の組み合わせ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/passphrase_fields.py" line="61"/>
        <source>This passphrase is too easy to guess. Add another word or two that only you would put together.</source>
        <translation>このパスフレーズは推測されやすすぎます。自分にしか思いつかない言葉を、もう一つか二つ足してください。</translation>
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
        <translation>強さ：強い。</translation>
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
    <name>PersonalReminderDialog</name>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="178"/>
        <source>A reminder of your own</source>
        <translation>自分で作るリマインダー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="179"/>
        <source>Words:</source>
        <translation>ことば：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="182"/>
        <source>Your words are shown only inside Companion once it is unlocked. A desktop notification says only &quot;A reminder you set&quot;.</source>
        <translation>リマインダーに書いたことばは、ロックを解除した Companion の中にだけ表示されます。デスクトップ通知には「設定したリマインダー」とだけ表示されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="186"/>
        <source>Time:</source>
        <translation>時刻：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="187"/>
        <source>Comes:</source>
        <translation>くり返し：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="189"/>
        <source>once</source>
        <translation>1回だけ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="189"/>
        <source>every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="189"/>
        <source>every week, on</source>
        <translation>毎週（曜日を選ぶ）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="192"/>
        <source>Day:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="193"/>
        <source>Weekdays:</source>
        <translation>曜日：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="194"/>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="236"/>
        <source>Choose at least one weekday for a weekly reminder.</source>
        <translation>毎週のリマインダーには、曜日を1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="239"/>
        <source>Choose the day for a reminder that comes once.</source>
        <translation>1回だけのリマインダーには、日付を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="243"/>
        <source>Write a few words for the reminder (at most %1 characters).</source>
        <translation>リマインダーのことばを書いてください（%1文字まで）。</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="154"/>
        <source>Print and export the plan</source>
        <translation>プランの印刷・書き出し</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="155"/>
        <source>The whole plan</source>
        <translation>プラン全体</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="157"/>
        <source>Crisis plan: a copy for my supporters, with date and signature lines</source>
        <translation>クライシスプラン：サポーターに渡す写し（日付・署名欄つき）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="159"/>
        <source>Only the sections I choose:</source>
        <translation>選んだセクションだけ：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="164"/>
        <source>PDF (to print or share)</source>
        <translation>PDF（印刷・共有用）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="165"/>
        <source>Markdown (plain text)</source>
        <translation>Markdown（テキスト）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="166"/>
        <source>JSON (the whole plan, to import again)</source>
        <translation>JSON（プラン全体。あとで読み込めます）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="168"/>
        <source>Format:</source>
        <translation>形式：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="169"/>
        <source>Paper:</source>
        <translation>用紙：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="171"/>
        <source>Your &amp;name (optional):</source>
        <translation>名前（任意）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="174"/>
        <source>Printed under the title of the copy for your supporters. Companion keeps it, encrypted, for next time; leave it empty to print no name.</source>
        <translation>サポーター用の写しのタイトルの下に印刷されます。次回のために暗号化して保存します。空欄のままなら名前は印刷されません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="180"/>
        <source>Exported files are not encrypted. Keep them somewhere private, and give printed copies only to people you trust.</source>
        <translation>書き出したファイルは暗号化されていません。人目につかない場所に保管し、印刷したものは信頼できる人にだけ渡してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="184"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="185"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="225"/>
        <source>That name cannot be printed. Type it again, please.</source>
        <translation>この名前には印刷できない文字が含まれています。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="236"/>
        <source>crisis-plan-for-supporters</source>
        <comment>file name</comment>
        <translation>サポーター用クライシスプラン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="238"/>
        <source>wellness-plan</source>
        <comment>file name</comment>
        <translation>わたしのWRAP式プラン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="243"/>
        <source>Choose at least one section.</source>
        <translation>セクションを1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="246"/>
        <source>Save the plan as</source>
        <translation>プランの保存先</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="277"/>
        <source>That file could not be written. Choose another folder or name.</source>
        <translation>このファイルには書き込めませんでした。別のフォルダーか名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/export_dialog.py" line="281"/>
        <source>Saved: %1</source>
        <translation>保存しました：%1</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="116"/>
        <source>Plan history</source>
        <translation>プランの履歴</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="117"/>
        <source>Compared with:</source>
        <translation>比べる相手：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="118"/>
        <source>Restore this version</source>
        <translation>この版に戻す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="128"/>
        <source>edited</source>
        <translation>編集しました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="129"/>
        <source>restored from an earlier version</source>
        <translation>以前の版から戻しました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="130"/>
        <source>imported from a file</source>
        <translation>ファイルから読み込みました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="131"/>
        <source>started from the example</source>
        <translation>例から始めました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="150"/>
        <source>No versions yet: the first one is saved as you write.</source>
        <translation>まだ版はありません。書き始めると最初の版が保存されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="159"/>
        <source>the version before it</source>
        <translation>ひとつ前の版</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="192"/>
        <source>No differences.</source>
        <translation>違いはありません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="198"/>
        <source>Renamed: %1 → %2</source>
        <translation>名前の変更：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="215"/>
        <source>order changed</source>
        <translation>順番を変更</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="230"/>
        <source>Restore this version?</source>
        <translation>この版に戻しますか？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="232"/>
        <source>Your plan will become this version again. Nothing is erased: today&apos;s plan stays in the history, and you can come back to it.</source>
        <translation>プランがこの版の内容に戻ります。何も消えません。今のプランも履歴に残るので、あとでまた戻せます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/history_dialog.py" line="243"/>
        <source>Restored as a new version.</source>
        <translation>新しい版として戻しました。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="170"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="173"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="174"/>
        <source>Sections of the plan</source>
        <translation>プランの項目</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="175"/>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="176"/>
        <source>Print and export…</source>
        <translation>印刷・書き出し…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="179"/>
        <source>Your plan is yours to write, a little at a time. Start with any section, or begin from a short example that you can change or delete.</source>
        <translation>プランは、自分のペースで少しずつ書いていけば大丈夫です。どのセクションから始めてもかまいません。変えたり消したりできる短い例から始めることもできます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="183"/>
        <source>Start from an example</source>
        <translation>例から始める</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="196"/>
        <source>Nothing written here yet</source>
        <translation>まだ何も書かれていません</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="271"/>
        <source>All changes saved.</source>
        <translation>変更はすべて保存しました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="283"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="301"/>
        <source>Rename section</source>
        <translation>セクション名の変更</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="315"/>
        <source>This list is full: a list can hold %1 entries and the whole plan %2.</source>
        <translation>このリストはいっぱいです。1つのリストには%1件、プラン全体では%2件まで入れられます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="351"/>
        <source>This text holds a character that cannot be saved; please retype it.</source>
        <translation>保存できない文字が含まれています。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="354"/>
        <source>That is too long for one entry.</source>
        <translation>1つの項目としては長すぎます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="323"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="169"/>
        <source>My wellness plan</source>
        <translation>わたしのWRAP式プラン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="295"/>
        <source>A section name can be at most %1 characters.</source>
        <translation>セクション名は%1文字までです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="342"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="346"/>
        <location filename="../../companion/ui/plan/page.py" line="357"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="347"/>
        <source>Emptied entries are removed; Ctrl+Z brings it back.</source>
        <translation>空にした項目は削除されます。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="353"/>
        <source>Dates are written year-month-day, such as 2026-11-29.</source>
        <translation>日付は「年-月-日」の形で入力してください（例：2026-11-29）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="358"/>
        <source>Removed. Ctrl+Z brings it back.</source>
        <translation>削除しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="361"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/page.py" line="376"/>
        <source>Here is an example. Change or delete anything: it is yours.</source>
        <translation>例を入れました。自由に変えたり消したりしてください。自分のためのプランです。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="17"/>
        <source>That passphrase doesn&apos;t unlock this notebook. Check Caps Lock and the keyboard&apos;s input language, then try again. Nothing was changed.</source>
        <translation>このパスフレーズでは、ノートのロックを解除できませんでした。Caps Lock や、キーボードの入力モード（日本語入力がオンになっていないかなど）を確かめてから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="23"/>
        <source>That recovery code doesn&apos;t unlock this notebook. Check each group of four characters and try again. Nothing was changed.</source>
        <translation>この復元用コードでは、ノートのロックを解除できませんでした。4文字ずつの区切りを一つずつ確かめて、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="29"/>
        <source>The database file (companion.db) is damaged, so Companion did not save this, to keep it from getting worse. What you typed is still on screen. Restore the notebook from a copy in the backups folder or from an export.</source>
        <translation>データベースファイル（companion.db）が壊れているため、これ以上傷めないように、Companion は保存しませんでした。入力した内容は画面に残っています。backups フォルダーにあるコピーか、書き出したデータからノートを元に戻してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="36"/>
        <source>This notebook was saved by an older version of Companion and must be upgraded, which needs a data folder that can be written. Nothing was changed.</source>
        <translation>このノートは以前のバージョンの Companion で保存されているため、更新が必要です。更新には、書き込みのできるデータフォルダーが必要です。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="42"/>
        <source>Your passphrase is right, but the database file (companion.db) is damaged or is not a Companion notebook. Companion has not changed it. You can restore it from a backup copy or an export.</source>
        <translation>パスフレーズは正しいのですが、データベースファイル（companion.db）が壊れているか、Companion のノートではないようです。Companion はこのファイルに手を加えていません。バックアップや書き出したデータから元に戻すことができます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="49"/>
        <source>The key file (companion.key) is damaged, so the notebook cannot be unlocked. Companion has not changed anything. Restore the key file from a backup copy.</source>
        <translation>鍵ファイル（companion.key）が壊れているため、ノートのロックを解除できません。Companion は何も変更していません。バックアップから鍵ファイルを元に戻してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="55"/>
        <source>The database is here but its key file (companion.key) is missing, so it cannot be unlocked. Companion has not changed anything. Put the key file back beside companion.db and open Companion again.</source>
        <translation>データベースはありますが、鍵ファイル（companion.key）が見つからないため、ロックを解除できません。Companion は何も変更していません。鍵ファイルを companion.db と同じフォルダーに戻してから、もう一度 Companion を開いてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="62"/>
        <source>The key file is here but the database (companion.db) is missing. Companion has not changed anything. Put the database back beside companion.key and open Companion again.</source>
        <translation>鍵ファイルはありますが、データベース（companion.db）が見つかりません。Companion は何も変更していません。データベースを companion.key と同じフォルダーに戻してから、もう一度 Companion を開いてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="69"/>
        <source>This notebook was saved by a newer version of Companion. It has been left untouched; please update Companion to open it.</source>
        <translation>このノートは、より新しいバージョンの Companion で保存されています。ノートには手を加えていません。開くには、Companion を新しいバージョンに更新してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="75"/>
        <source>That check-in is no longer in your journal (was it changed from another window or command?), so nothing was changed. The list now shows what is saved.</source>
        <translation>そのチェックインは、もう記録にありません（別のウィンドウやコマンドで変更されましたか？）。何も変更していません。一覧には、保存されている内容を表示しています。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="81"/>
        <source>That check-in is already back in your journal; nothing was changed.</source>
        <translation>そのチェックインは、すでに記録に戻っています。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="87"/>
        <source>The notebook can&apos;t be opened right now. Nothing was changed.</source>
        <translation>今はノートを開けません。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="103"/>
        <source>The notebook is busy in another Companion window or command. Try again in a moment.</source>
        <translation>ノートは、別の Companion のウィンドウかコマンドで使用中です。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="111"/>
        <source>The data folder or its files don&apos;t allow Companion to do this. Check their owner and permissions. Nothing was changed.</source>
        <translation>データフォルダー、またはその中のファイルのアクセス権により、Companion はこの操作ができません。所有者とアクセス権を確認してください。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="126"/>
        <source>Something went wrong inside Companion. This is a bug, not something you did. Everything you saved before is safe. Details (without any of your words) were written to:
%1</source>
        <translation>Companion の内部で問題が起きました。これはプログラムの不具合で、使い方のせいではありません。これまでに保存した内容は無事です。詳しい情報（ノートに書いた言葉は含みません）を次の場所に記録しました：
%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="137"/>
        <source>That is not a regular file (it is a folder, a pipe or a device). Choose a file; nothing was changed.</source>
        <translation>これは通常のファイルではありません(フォルダー、パイプ、またはデバイスです)。ファイルを選んでください。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="143"/>
        <source>That file is larger than Companion reads (%1 MiB at most), so it was not opened. Nothing was changed.</source>
        <translation>このファイルは Companion が読み込める大きさ(最大 %1 MiB)を超えているため、開きませんでした。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="148"/>
        <source>That file cannot be read. Nothing was changed.</source>
        <translation>このファイルは読み込めません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="154"/>
        <source>That place is inside Companion&apos;s own data folder, where an export could replace your notebook or its key. Choose another folder, such as Documents.</source>
        <translation>ここは Companion 自身のデータフォルダーの中です。書き出したファイルがノートや鍵を置き換えてしまうおそれがあります。「書類」など、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="159"/>
        <source>That folder does not exist. Choose another folder.</source>
        <translation>そのフォルダーはありません。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="162"/>
        <source>A folder has that name. Choose a file name instead.</source>
        <translation>その名前はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="165"/>
        <source>Something that is not a regular file has that name. Choose another name.</source>
        <translation>その名前には通常のファイルではないものがあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="176"/>
        <source>That is not a regular file (it is a folder, a pipe or a device). Choose a backup file; nothing was changed.</source>
        <translation>これは通常のファイルではありません（フォルダー、パイプ、またはデバイスです）。バックアップファイルを選んでください。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="181"/>
        <source>That backup file cannot be read. Nothing was changed.</source>
        <translation>このバックアップファイルを読み込めません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="184"/>
        <source>That file is far larger than any Companion backup, so it was not opened. Nothing was changed.</source>
        <translation>このファイルは Companion のバックアップとしては大きすぎるため、開きませんでした。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="189"/>
        <source>That file is not a Companion backup. Nothing was changed.</source>
        <translation>このファイルは Companion のバックアップではありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="195"/>
        <source>That backup file is damaged or incomplete (perhaps it was cut short while being copied). Nothing was changed; try another copy.</source>
        <translation>このバックアップファイルは壊れているか、途中で切れています（コピーの途中で止まったのかもしれません）。何も変更していません。別のコピーでお試しください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="202"/>
        <source>That passphrase or recovery code doesn&apos;t open this backup. It needs the passphrase you had when the backup was made, or your recovery code. Nothing was changed.</source>
        <translation>そのパスフレーズまたは復元用コードでは、このバックアップを開けません。バックアップを作成したときのパスフレーズか、復元用コードが必要です。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="208"/>
        <source>The backup opened, but the notebook inside it is damaged. Nothing was changed; try another backup.</source>
        <translation>バックアップは開けましたが、中のノートが壊れています。何も変更していません。別のバックアップでお試しください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="214"/>
        <source>This backup was made by a newer version of Companion. Nothing was changed; please update Companion to restore it.</source>
        <translation>このバックアップは、新しいバージョンの Companion で作成されています。何も変更していません。復元するには Companion を更新してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="221"/>
        <source>The disk is full, so no backup was written (nothing half-written was left). Free some space or choose another disk.</source>
        <translation>ディスクがいっぱいのため、バックアップを書き込めませんでした（書きかけのファイルは残していません）。空き容量を増やすか、別のディスクを選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="226"/>
        <source>The backup could not be written there (nothing half-written was left). Choose another folder or disk.</source>
        <translation>その場所にはバックアップを書き込めませんでした（書きかけのファイルは残していません）。別のフォルダーかディスクを選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="94"/>
        <source>The data folder is read-only, so Companion can&apos;t save there. What you typed is still on screen.</source>
        <translation>データフォルダーが読み取り専用のため、Companion はそこに保存できません。入力した内容は画面に残っています。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="99"/>
        <source>The disk is full. Free some space and try again; what you typed is still on screen.</source>
        <translation>ディスクの空き容量が足りません。空きを作ってから、もう一度お試しください。入力した内容は画面に残っています。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="107"/>
        <source>Companion can&apos;t open the data folder or its files. Check the folder&apos;s permissions.</source>
        <translation>Companion がデータフォルダー、またはその中のファイルを開けません。フォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/messages.py" line="116"/>
        <source>The disk reported an error while reading or writing. Try again; if it keeps happening, copy the data folder somewhere safe.</source>
        <translation>読み書きの途中で、ディスクからエラーが報告されました。もう一度お試しください。何度も起きるときは、データフォルダーを安全な場所にコピーしておいてください。</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="106"/>
        <source>New recovery code</source>
        <translation>新しい復元用コード</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="108"/>
        <source>Your new recovery code</source>
        <translation>新しい復元用コード</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="111"/>
        <source>Write this code down now, on paper, and keep it somewhere safe, away from this computer. It is shown only this once. It opens your notebook if you ever forget your passphrase; your old recovery code no longer works.</source>
        <translation>このコードを今すぐ紙に書き留めて、このパソコンから離れた安全な場所に保管してください。表示されるのはこの一度だけです。パスフレーズを忘れたときに、このコードでノートを開けます。これまでの復元用コードはもう使えません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="117"/>
        <source>Make a new recovery code?</source>
        <translation>新しい復元用コードを作りますか？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="120"/>
        <source>A new recovery code replaces the one you have now: the old code stops working at once. Your passphrase and your entries stay as they are. Have a pen and paper ready; the new code is shown only once.</source>
        <translation>新しい復元用コードは、今のコードと入れ替わります。これまでのコードはすぐに使えなくなります。パスフレーズと記録はそのままです。新しいコードは一度しか表示されないので、紙とペンを用意してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="125"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="126"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="127"/>
        <source>Make a new code</source>
        <translation>新しいコードを作る</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/key_dialogs.py" line="128"/>
        <source>I have written it down</source>
        <translation>書き留めました</translation>
    </message>
</context>
<context>
    <name>ReminderLine</name>
    <message>
        <location filename="../../companion/ui/reminders/banner.py" line="54"/>
        <source>Got it</source>
        <translation>わかりました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/banner.py" line="55"/>
        <source>Put this reminder away</source>
        <translation>このリマインダーをしまう</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="14"/>
        <source>Time for your check-in</source>
        <translation>チェックインの時間です</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="15"/>
        <source>Your activity hours are starting</source>
        <translation>活動時間が始まります</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="18"/>
        <source>Your activity hours have ended — it is fine to switch off</source>
        <translation>活動時間が終わりました — 気持ちを切り替えて大丈夫です</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="21"/>
        <source>Time for your weekly review</source>
        <translation>週のふりかえりの時間です</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="24"/>
        <source>Supervision is coming up</source>
        <translation>スーパービジョンが近づいています</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="27"/>
        <source>A rest day — time for yourself, not for supporting others</source>
        <translation>休む日です — 人を支えるのではなく、自分のための時間です</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="30"/>
        <source>A reminder you set</source>
        <translation>設定したリマインダー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="31"/>
        <source>It has been a while since your last backup — time to make a new one</source>
        <translation>前回のバックアップからしばらく経ちました — 新しいバックアップを作りませんか</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="53"/>
        <source>One reminder came while Companion was closed or locked</source>
        <translation>Companion を閉じているかロック中に、リマインダーが1件ありました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="56"/>
        <source>%1 reminders came while Companion was closed or locked</source>
        <translation>Companion を閉じているかロック中に、リマインダーが%1件ありました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="63"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/wording.py" line="72"/>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="363"/>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="366"/>
        <source>Every reminder is off until you turn it on. Reminders appear on Today and, where the desktop allows, as a notification that names only the kind of reminder, never your own words.</source>
        <translation>リマインダーはすべて、オンにするまでオフです。リマインダーは「今日」の画面に表示され、デスクトップが対応していれば通知でも知らせます。通知にはリマインダーの種類だけが表示され、自分で書いたことばは表示されません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="371"/>
        <source>When Companion reminds you</source>
        <translation>お知らせするとき</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="372"/>
        <source>Daily check-in at</source>
        <translation>毎日のチェックイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="373"/>
        <source>When my activity hours start</source>
        <translation>活動時間が始まるとき</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="375"/>
        <source>When my activity hours end (&quot;it is fine to switch off&quot;)</source>
        <translation>活動時間が終わったとき（「切り替えて大丈夫」）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="377"/>
        <source>Weekly review on</source>
        <translation>週のふりかえり</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="380"/>
        <source>Rest days, on the days below</source>
        <translation>休む日（下で選んだ曜日）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="381"/>
        <source>at</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="382"/>
        <source>Time of the daily check-in reminder</source>
        <translation>毎日のチェックインのお知らせの時刻</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="383"/>
        <source>Day of the weekly review</source>
        <translation>週のふり返りの曜日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="384"/>
        <source>Time of the weekly review reminder</source>
        <translation>週のふり返りのお知らせの時刻</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="385"/>
        <source>Time of the rest day reminder</source>
        <translation>休みの日のお知らせの時刻</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="387"/>
        <source>On the morning of my next supervision</source>
        <translation>次のスーパービジョンの日の朝</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="389"/>
        <source>The date comes from the next supervision you note in the supervision log.</source>
        <translation>日付は、スーパービジョンの記録に書いた次回の予定から取られます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="392"/>
        <source>When my last backup outside the data folder is over %1 days old</source>
        <translation>データフォルダーの外への最後のバックアップから%1日以上たったとき</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="396"/>
        <location filename="../../companion/ui/reminders/dialog.py" line="397"/>
        <source>Your own reminders</source>
        <translation>自分のリマインダー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="398"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="399"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="400"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="438"/>
        <source>once, %1 at %2</source>
        <translation>1回だけ、%1 %2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="441"/>
        <source>every %1 at %2</source>
        <translation>毎週 %1 %2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="443"/>
        <source>every day at %1</source>
        <translation>毎日 %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="444"/>
        <source> (off)</source>
        <translation>（オフ）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="526"/>
        <source>Choose at least one rest day, or turn rest days off.</source>
        <translation>休む日を1つ以上選ぶか、休む日をオフにしてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/reminders/dialog.py" line="540"/>
        <source>At most %1 reminders of your own.</source>
        <translation>自分のリマインダーは%1件までです。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../companion/ui/unlock/restore_dialog.py" line="78"/>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/restore_dialog.py" line="81"/>
        <source>Type the passphrase you had when this backup was made, or your recovery code. Companion checks the whole backup before it puts it in place.</source>
        <translation>このバックアップを作成したときのパスフレーズ、または復元用コードを入力してください。Companion はバックアップ全体を確認してから、元に戻します。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/restore_dialog.py" line="85"/>
        <source>Backup: %1</source>
        <translation>バックアップ：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/restore_dialog.py" line="86"/>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>パスフレーズまたは復元用コード(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/restore_dialog.py" line="87"/>
        <source>Restore</source>
        <translation>復元する</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/restore_dialog.py" line="94"/>
        <source>Type the passphrase or the recovery code first.</source>
        <translation>まずパスフレーズか復元用コードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/restore_dialog.py" line="113"/>
        <source>Checking the backup…</source>
        <translation>バックアップを確認しています…</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="59"/>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="65"/>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="70"/>
        <source>Not noted</source>
        <translation>書かない</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="60"/>
        <source>Held</source>
        <translation>守れた</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="61"/>
        <source>Under pressure</source>
        <translation>揺らいだ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="62"/>
        <source>Did not come up</source>
        <translation>今週は関係なかった</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="66"/>
        <source>I took some rest</source>
        <translation>休めた</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="67"/>
        <source>Less rest than I needed</source>
        <translation>思ったほど休めなかった</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="71"/>
        <source>Yes, talked through</source>
        <translation>話せた</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="72"/>
        <source>Partly</source>
        <translation>一部は話せた</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="73"/>
        <source>Not yet</source>
        <translation>まだ話していない</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="74"/>
        <source>There were no heavy contacts</source>
        <translation>重いかかわりはなかった</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="361"/>
        <source>You looked back on this week before. Saving replaces it.</source>
        <translation>この週は前にもふりかえっています。保存すると書き換わります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="372"/>
        <source>No heavy contacts are in the contact log for this week.</source>
        <translation>この週のかかわりの記録に、重いかかわりはありません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="376"/>
        <source>Heavy contacts in the contact log this week: %1, talked through: %2.</source>
        <translation>この週のかかわりの記録にある重いかかわり：%1件、そのうち話せたもの：%2件。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="423"/>
        <source>How “%1” went</source>
        <translation>「%1」はどうだったか</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="481"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="491"/>
        <source>Delete review</source>
        <translation>ふりかえりを削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="492"/>
        <source>Delete your look back on the week from %1 to %2? This cannot be undone.</source>
        <translation>%1〜%2の週のふりかえりを削除しますか？元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="507"/>
        <source>Deleted.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="517"/>
        <source>What was hard: it is longer than it can keep.</source>
        <translation>大変だったこと：長すぎて保存できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="520"/>
        <source>Rest: it is longer than it can keep.</source>
        <translation>休息：長すぎて保存できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="521"/>
        <source>Energy: please choose a step.</source>
        <translation>エネルギー：段階を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="523"/>
        <source>My rules: one of them has changed. Please look at them again.</source>
        <translation>わたしのルール：変わったルールがあります。もう一度見てください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="529"/>
        <source>This cannot be saved as it is. Please check each field.</source>
        <translation>このままでは保存できません。それぞれの欄を確かめてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="542"/>
        <source>A short look back at a week, in your own words. Write as much or as little as you like; every part is optional.</source>
        <translation>1週間を、自分のことばで短くふりかえります。書く量は自由で、どの欄も書かなくてかまいません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="546"/>
        <source>◀ &amp;Earlier week</source>
        <translation>◀ 前の週(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="547"/>
        <source>&amp;Later week ▶</source>
        <translation>次の週(&amp;L) ▶</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="548"/>
        <source>&amp;This week</source>
        <translation>今週(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="549"/>
        <source>Wee&amp;k of</source>
        <translation>週の日付(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="550"/>
        <source>A day of the week to look back on</source>
        <translation>ふりかえる週の日付</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="551"/>
        <source>How my rules went</source>
        <translation>わたしのルールはどうだったか</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="552"/>
        <source>No rules are on. My rules are on their own tab.</source>
        <translation>オンになっているルールはありません。ルールは「わたしのルール」タブにあります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="554"/>
        <source>What was &amp;hard</source>
        <translation>大変だったこと(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="555"/>
        <source>What was hard</source>
        <translation>大変だったこと</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="556"/>
        <source>Energ&amp;y after supporting others</source>
        <translation>支援のあとのエネルギー(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="557"/>
        <source>Energy after supporting others</source>
        <translation>支援のあとのエネルギー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="558"/>
        <source>&amp;Rest</source>
        <translation>休息(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="561"/>
        <source>Rest I took (o&amp;ptional)</source>
        <translation>とった休息・任意(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="562"/>
        <source>Rest I took</source>
        <translation>とった休息</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="563"/>
        <source>Heavy contacts talked thro&amp;ugh</source>
        <translation>重いかかわりを話せたか(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="568"/>
        <source>&amp;Save review</source>
        <translation>ふりかえりを保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/review_panel.py" line="569"/>
        <source>Delete review…</source>
        <translation>ふりかえりを削除…</translation>
    </message>
</context>
<context>
    <name>RoleNameDialog</name>
    <message>
        <location filename="../../companion/ui/boundaries/dialogs.py" line="50"/>
        <source>Rename role</source>
        <translation>役割の名前を変更</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/dialogs.py" line="50"/>
        <source>New role</source>
        <translation>新しい役割</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/dialogs.py" line="51"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/dialogs.py" line="52"/>
        <source>Role name</source>
        <translation>役割の名前</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/dialogs.py" line="54"/>
        <source>For example: peer staff at the clinic, the Saturday group, the phone line.</source>
        <translation>たとえば：クリニックのピアスタッフ、土曜日のグループ、電話相談。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/dialogs.py" line="60"/>
        <source>Please give the role a name.</source>
        <translation>役割に名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/dialogs.py" line="63"/>
        <source>Another role already has that name.</source>
        <translation>その名前の役割はすでにあります。</translation>
    </message>
</context>
<context>
    <name>RuleMarksBox</name>
    <message>
        <location filename="../../companion/ui/boundaries/rule_marks.py" line="69"/>
        <source>under pressure</source>
        <translation>揺らいだ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rule_marks.py" line="70"/>
        <source>broken</source>
        <translation>守れなかった</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rule_marks.py" line="71"/>
        <source>“%1” came under pressure</source>
        <translation>「%1」が揺らいだ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rule_marks.py" line="72"/>
        <source>“%1” was broken</source>
        <translation>「%1」を守れなかった</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rule_marks.py" line="75"/>
        <source>Rules under pressure or broken</source>
        <translation>揺らいだルール・守れなかったルール</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="182"/>
        <source>New rule</source>
        <translation>新しいルール</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="184"/>
        <source>Edit the chosen rule</source>
        <translation>選んだルールを編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="215"/>
        <source>The rule is on.</source>
        <translation>ルールをオンにしました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="215"/>
        <source>The rule is switched off.</source>
        <translation>ルールをオフにしました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="254"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="259"/>
        <source>The rule needs a few words.</source>
        <translation>ルールを言葉で書いてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="260"/>
        <source>“Why it matters” is longer than it can keep.</source>
        <translation>「大切な理由」が長すぎて保存できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="262"/>
        <source>The prepared phrase is longer than it can keep.</source>
        <translation>用意しておく言葉が長すぎて保存できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="267"/>
        <source>There are as many rules as Companion keeps.</source>
        <translation>これ以上ルールを増やせません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="270"/>
        <source>This cannot be saved as it is.</source>
        <translation>このままでは保存できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="281"/>
        <source>Delete rule</source>
        <translation>ルールを削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="282"/>
        <source>Delete the rule “%1”?</source>
        <translation>ルール「%1」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="285"/>
        <source>It is also taken off the contacts and weekly reviews that named it. This cannot be undone.</source>
        <translation>このルールに触れていたかかわりの記録や週のふりかえりからも外れます。元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="298"/>
        <source>Deleted.</source>
        <translation>削除しました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="319"/>
        <source>Your own rules for supporting others. Tick a rule to keep it on; untick it to switch it off for now.</source>
        <translation>人を支えるときの、自分自身のルールです。チェックを入れたルールがオン、外すとしばらくオフになります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="323"/>
        <source>My rules</source>
        <translation>わたしのルール</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="324"/>
        <source>&amp;Add rule</source>
        <translation>ルールを追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="325"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="333"/>
        <source>&amp;Save rule</source>
        <translation>ルールを保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="326"/>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="327"/>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="328"/>
        <source>Move the rule up</source>
        <translation>ルールを上へ移動</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="329"/>
        <source>Move the rule down</source>
        <translation>ルールを下へ移動</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="330"/>
        <source>R&amp;ule</source>
        <translation>ルール(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="331"/>
        <source>&amp;Why it matters to me</source>
        <translation>わたしにとって大切な理由(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/rules_panel.py" line="332"/>
        <source>&amp;Prepared phrase, for when it is tested</source>
        <translation>試されたときに使う言葉(&amp;P)</translation>
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
        <location filename="../../companion/ui/plan/section_editor.py" line="78"/>
        <source>Name of this section</source>
        <translation>この項目の名前</translation>
    </message>
    <message>
        <location filename="../../companion/ui/plan/section_editor.py" line="90"/>
        <source>Usually called: %1</source>
        <translation>もとの名前：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="234"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="235"/>
        <source>Scales</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="236"/>
        <source>Steps for mood:</source>
        <translation>気分の段階数：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="237"/>
        <source>Steps for energy:</source>
        <translation>エネルギーの段階数：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="240"/>
        <source>Changing a scale affects new check-ins only. Earlier entries keep the scale they were made on, and comparisons and charts put them on a common footing.</source>
        <translation>段階数を変えても、変わるのはこれからのチェックインだけです。これまでの記録は記録したときの段階のまま残り、比べるときやグラフでは同じ物差しにそろえて扱います。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="244"/>
        <source>Gentle reminder of your action plan</source>
        <translation>行動プランのやさしいお知らせ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="247"/>
        <source>When your check-ins note signs from your plan on enough recent days, Today shows the action plan you wrote for them. It is a reminder from your own notes, not an assessment. You can dismiss it for the day.</source>
        <translation>最近のチェックインで、プランにあるサインが何日か続いて記録されたとき、「今日」のページに、自分で書いた行動プランを表示します。自分のメモからのお知らせで、評価や診断ではありません。その日は閉じておくこともできます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="252"/>
        <source>Show it when signs were noted on</source>
        <translation>サインの記録が</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="253"/>
        <source>of the last</source>
        <translation>日以上あったら表示（直近</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="254"/>
        <source>days, for:</source>
        <translation>日間のうち）。対象：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="255"/>
        <source>Days with signs noted</source>
        <translation>サインを記録した日数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="256"/>
        <source>Recent days looked at</source>
        <translation>ふり返る直近の日数</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="258"/>
        <source>early warning signs</source>
        <translation>注意サイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="259"/>
        <source>signs that things are breaking down</source>
        <translation>調子が悪くなってきているときのサイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="260"/>
        <source>Reminders…</source>
        <translation>リマインダー…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="265"/>
        <source>Appearance:</source>
        <translation>外観：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="267"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="267"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="267"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="270"/>
        <source>Lock after this long without use:</source>
        <translation>使わないままこの時間が過ぎたらロック：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="271"/>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="272"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="275"/>
        <source>Companion also locks when the computer goes to sleep or the screen locks, where the system tells it.</source>
        <translation>コンピューターがスリープしたときや画面がロックされたときも、システムが知らせてくれる環境ではロックします。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="309"/>
        <source>Choose at least one kind of sign, or both.</source>
        <translation>サインの種類を1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="262"/>
        <source>Keep Companion running in the tray when the window is closed</source>
        <translation>ウィンドウを閉じても Companion をトレイで動かしておく</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="264"/>
        <source>Start Companion in the tray when I log in</source>
        <translation>ログインしたときに Companion をトレイで起動する</translation>
    </message>
    <message>
        <location filename="../../companion/ui/settings/dialog.py" line="346"/>
        <source>The login entry could not be changed. Your other settings are saved.</source>
        <translation>ログイン時の起動設定を変更できませんでした。ほかの設定は保存されています。</translation>
    </message>
</context>
<context>
    <name>SupervisionPanel</name>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="41"/>
        <source>Supervisor</source>
        <translation>スーパーバイザー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="42"/>
        <source>Fellow supporter</source>
        <translation>仲間のサポーター</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="43"/>
        <source>Professional</source>
        <translation>専門職</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="44"/>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="45"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="267"/>
        <source>Saved. The next talk, %1, is kept for the supervision reminder.</source>
        <translation>保存しました。次回（%1）は、スーパービジョンのリマインダーに使われます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="272"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="280"/>
        <source>Date: please choose a day up to today.</source>
        <translation>日付：今日までの日を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="282"/>
        <source>Next date: please choose the day of the talk or a later one.</source>
        <translation>次回の日付：相談した日か、それより後の日を選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="285"/>
        <source>With whom: please choose one.</source>
        <translation>相談した相手：ひとつ選んでください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="286"/>
        <source>Topics: it is longer than it can keep.</source>
        <translation>話したこと：長すぎて保存できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="288"/>
        <source>What I will try next: it is longer than it can keep.</source>
        <translation>次に試すこと：長すぎて保存できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="294"/>
        <source>Topics: one talk can take up to %1 contacts.</source>
        <translation>話したこと：1回の相談で扱えるかかわりは%1件までです。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="309"/>
        <source>%n contact(s) talked through</source>
        <translation>
            <numerusform>かかわり%n件について話した</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="311"/>
        <source>next: %1</source>
        <translation>次回：%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="347"/>
        <source>Topics:</source>
        <translation>話したこと：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="349"/>
        <source>What I will try next:</source>
        <translation>次に試すこと：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="388"/>
        <source>The talk was left as it was.</source>
        <translation>相談の記録は元のままです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="383"/>
        <source>Changing the talk of %1. Escape leaves it as it was.</source>
        <translation>%1 の相談の記録を変更しています。Esc キーで元のままにできます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="395"/>
        <source>Delete the talk of %1 (%2)?</source>
        <translation>%1（%2）の相談の記録を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="403"/>
        <source>The %n contact(s) talked through in it will wait for supervision again.</source>
        <translation>
            <numerusform>そこで話したかかわり%n件は、また「スーパービジョンで話す」に戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="408"/>
        <source>This cannot be undone.</source>
        <translation>元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="410"/>
        <source>Delete talk</source>
        <translation>相談の記録を削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="416"/>
        <source>A note of a talk with a supervisor, a fellow supporter or a professional: what you brought, and what you will try next.</source>
        <translation>スーパーバイザーや仲間のサポーター、専門職との相談の記録です：持っていったこと、次に試すこと。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="420"/>
        <source>&amp;Date</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="421"/>
        <source>&amp;With whom</source>
        <translation>相談した相手(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="424"/>
        <source>A role is enough; no names are needed.</source>
        <translation>立場だけで十分です。名前は要りません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="425"/>
        <source>Contacts I marked to bring (tick those talked &amp;about)</source>
        <translation>話すつもりだったかかわり（話したものにチェック）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="426"/>
        <source>Contacts waiting for supervision</source>
        <translation>スーパービジョンで話す予定のかかわり</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="429"/>
        <source>No contacts are waiting. Contacts you mark “bring this to supervision” show here.</source>
        <translation>話す予定のかかわりはありません。「スーパービジョンで話す」にしたかかわりが、ここに出ます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="432"/>
        <source>&amp;Topics, in my own words (optional)</source>
        <translation>話したこと・自分のことばで・任意(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="433"/>
        <source>Topics</source>
        <translation>話したこと</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="434"/>
        <source>What I will tr&amp;y next (optional)</source>
        <translation>次に試すこと・任意(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="435"/>
        <source>What I will try next</source>
        <translation>次に試すこと</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="436"/>
        <source>&amp;Next talk on</source>
        <translation>次回の予定(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="437"/>
        <source>Date of the next talk</source>
        <translation>次回の日付</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="380"/>
        <source>&amp;Log talk</source>
        <translation>記録する(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="438"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="440"/>
        <source>&amp;Past talks, newest first</source>
        <translation>これまでの相談・新しい順(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="441"/>
        <source>Past talks</source>
        <translation>これまでの相談</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="442"/>
        <source>&amp;Edit talk</source>
        <translation>記録を編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/boundaries/supervision_panel.py" line="443"/>
        <source>Delete talk…</source>
        <translation>記録を削除…</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="132"/>
        <source>A tag from your plan or your own; Enter adds</source>
        <translation>プランから、または自由なタグ。Enter で追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="134"/>
        <source>Tools used, triggers, signs from your plan, or your own tags; Enter adds</source>
        <translation>プランの道具・引き金・サイン、または自由なタグ。Enter で追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="136"/>
        <source>Chosen tags</source>
        <translation>選んだタグ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="144"/>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="67"/>
        <source>Tool</source>
        <translation>道具</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="145"/>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="68"/>
        <source>Trigger</source>
        <translation>引き金</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="146"/>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="69"/>
        <source>Early warning sign</source>
        <translation>注意サイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="147"/>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="70"/>
        <source>Breaking-down sign</source>
        <translation>調子が悪くなってきているときのサイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="148"/>
        <location filename="../../companion/ui/today/checkin_table_model.py" line="71"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/common/tag_picker.py" line="153"/>
        <source>%1: %2</source>
        <comment>a tag offered: its kind, then its words</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../companion/ui/today/page.py" line="243"/>
        <source>Save check-in</source>
        <translation>チェックインを保存</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/page.py" line="246"/>
        <source>Saves the check-in. Keys: Enter in the sleep field, or %1 anywhere.</source>
        <translation>チェックインを保存します。キー操作：睡眠の欄で Enter、またはどこでも %1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/page.py" line="253"/>
        <source>No check-ins yet today. They will appear here as you save them.</source>
        <translation>今日のチェックインはまだありません。保存すると、ここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/page.py" line="250"/>
        <location filename="../../companion/ui/today/page.py" line="251"/>
        <source>Today&apos;s check-ins</source>
        <translation>今日のチェックイン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/page.py" line="262"/>
        <source>Today — %1</source>
        <translation>今日 — %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/page.py" line="410"/>
        <source>Saved at %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../../companion/ui/tray.py" line="55"/>
        <source>Open Companion</source>
        <translation>Companion を開く</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="56"/>
        <source>Help now</source>
        <translation>いま助けがほしいとき</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="57"/>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../companion/ui/tray.py" line="58"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="177"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="187"/>
        <source>Week</source>
        <translation>1週間</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="188"/>
        <source>Month</source>
        <translation>1か月</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="189"/>
        <source>Three months</source>
        <translation>3か月</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="190"/>
        <source>Year</source>
        <translation>1年</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="191"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="196"/>
        <source>Trends</source>
        <translation>傾向</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="197"/>
        <source>&amp;Range:</source>
        <translation>期間(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="198"/>
        <source>Save as &amp;PNG…</source>
        <translation>PNGで保存(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="199"/>
        <source>Save as S&amp;VG…</source>
        <translation>SVGで保存(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="200"/>
        <source>Monthly &amp;report…</source>
        <translation>月次レポート(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="203"/>
        <source>A PDF of one month, to bring to a supporter, supervisor or clinician if you choose</source>
        <translation>1か月分をまとめたPDFです。必要なら、支援者やスーパーバイザー、医療者に見せることができます</translation>
    </message>
    <message>
        <location filename="../../companion/ui/trends/page.py" line="206"/>
        <source>The chart in words</source>
        <translation>グラフの内容（文章）</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="95"/>
        <source>Unlock Companion</source>
        <translation>Companion のロック解除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="96"/>
        <source>Welcome back</source>
        <translation>おかえりなさい</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="99"/>
        <source>Type your recovery code (the groups of four you wrote down).</source>
        <translation>復元用コードを入力してください（書き留めておいた、4文字ずつ区切られたコードです）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="102"/>
        <source>Use my passphrase instead</source>
        <translation>パスフレーズで開く</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="103"/>
        <source>Recovery code</source>
        <translation>復元用コード</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="105"/>
        <source>Type your passphrase to open your notebook.</source>
        <translation>ノートを開くには、パスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="107"/>
        <source>I forgot my passphrase</source>
        <translation>パスフレーズを忘れてしまった</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="108"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="111"/>
        <source>Automatic unlock isn&apos;t available right now (the system keychain could not be reached), so please type your passphrase.</source>
        <translation>今は自動でのロック解除が使えません（システムのキーチェーンに接続できませんでした）。お手数ですが、パスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="115"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="141"/>
        <source>Please type your recovery code first.</source>
        <translation>まず復元用コードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="143"/>
        <source>Please type your passphrase first.</source>
        <translation>まずパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/dialogs.py" line="161"/>
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
</context>
<context>
    <name>WeekGlance</name>
    <message>
        <location filename="../../companion/ui/today/glance.py" line="118"/>
        <source>The last seven days: check-ins on %1 of 7 days.</source>
        <translation>この7日間：チェックインした日は7日中%1日。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/glance.py" line="122"/>
        <source>Mood about %1 of %2.</source>
        <translation>気分はおよそ%2段階中%1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/glance.py" line="126"/>
        <source>Energy about %1 of %2.</source>
        <translation>エネルギーはおよそ%2段階中%1。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/glance.py" line="133"/>
        <source>Your week will show here after a few check-ins.</source>
        <translation>何回かチェックインすると、ここに1週間の様子が表示されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/glance.py" line="136"/>
        <source>Contacts: %1</source>
        <translation>かかわり：%1件</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/glance.py" line="139"/>
        <source>Your week at a glance; opens Trends</source>
        <translation>1週間のようす（傾向を開きます）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/glance.py" line="142"/>
        <source>Click or press Enter to open Trends.</source>
        <translation>クリックするかEnterキーで傾向を開きます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/glance.py" line="192"/>
        <source>Last 7 days</source>
        <translation>この7日間</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/glance.py" line="218"/>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/today/glance.py" line="219"/>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="165"/>
        <location filename="../../companion/ui/unlock/welcome.py" line="166"/>
        <source>Welcome to Companion</source>
        <translation>Companion へようこそ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="169"/>
        <source>Companion keeps your wellness plan and check-ins on this computer only. Nothing is ever sent anywhere. Everything is encrypted with a passphrase you choose now.</source>
        <translation>Companion は、WRAP式プランとチェックインを、このパソコンの中だけに保存します。どこかへ送信されることは一切ありません。すべての内容は、これから決めるパスフレーズで暗号化されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="174"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="175"/>
        <source>Unlock automatically on this computer</source>
        <translation>このパソコンでは自動でロック解除する</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="178"/>
        <source>Keeps the key in this computer&apos;s secure keychain, so Companion opens without asking. Anyone who can log in as you could then open it too.</source>
        <translation>鍵をこのパソコンの安全なキーチェーンに保管し、パスフレーズを入力しなくても Companion が開くようにします。そのため、このアカウントでログインできる人なら、誰でもノートを開けるようになります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="184"/>
        <source>No secure keychain was found on this computer, so Companion will ask for your passphrase each time it opens.</source>
        <translation>このパソコンには安全なキーチェーンが見つかりませんでした。そのため、Companion を開くたびにパスフレーズをおたずねします。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="188"/>
        <source>Create my encrypted notebook</source>
        <translation>暗号化されたノートを作る</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="189"/>
        <source>Restore from a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="191"/>
        <source>Bring back a notebook from a backup file made with Companion</source>
        <translation>Companion で作成したバックアップファイルから、ノートを元に戻します</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="193"/>
        <source>Your recovery code</source>
        <translation>わたしの復元用コード</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="196"/>
        <source>If you ever forget your passphrase, this code unlocks your notebook instead. Write it down on paper and keep it somewhere safe, away from this computer.</source>
        <translation>もしパスフレーズを忘れてしまっても、このコードでノートのロックを解除できます。紙に書き留めて、このパソコンとは別の安全な場所に保管してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="202"/>
        <source>Please be sure: if both the passphrase and this code are lost, nobody can open your notebook again — not you, and not us. That is the price of keeping it truly private.</source>
        <translation>大切なことなので、確認させてください。パスフレーズとこのコードの両方をなくしてしまうと、このノートは誰にも開けなくなります。自分自身にも、わたしたち開発者にも開けません。それが、ノートを本当に自分だけのものとして守るための仕組みです。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="207"/>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="208"/>
        <source>I have written down my recovery code</source>
        <translation>復元用コードを書き留めました</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="209"/>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="248"/>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="250"/>
        <source>Companion backups (*%1);;All files (*)</source>
        <translation>Companion のバックアップ (*%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/unlock/welcome.py" line="274"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
</TS>
