<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AttachmentControl</name>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Приложить документ</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.txt);;All files (*)</source>
        <translation>Документы (*.pdf *.doc *.docx *.odt *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>Не удалось приложить файл</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>Не удается прочитать {name}: {reason}</translation>
    </message>
    <message>
        <source>No document attached.</source>
        <translation>Документ не приложен.</translation>
    </message>
    <message>
        <source>{name}, {size}, SHA-256 {digest}…</source>
        <translation>{name}, {size}, SHA-256 {digest}…</translation>
    </message>
</context>
<context>
    <name>ContactControl</name>
    <message>
        <source>name@ministry.gov</source>
        <comment>an example e-mail address</comment>
        <translation>name@ministry.gov</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The draft cannot be opened</source>
        <translation>Не удается открыть черновик</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Найдена несохраненная работа</translation>
    </message>
    <message>
        <source>Changes to {path} were kept safe {when} but never saved. Recover them?</source>
        <translation>Изменения в {path} были сохранены для восстановления {when}, но так и не записаны в файл. Восстановить их?</translation>
    </message>
    <message>
        <source>Recover the changes</source>
        <translation>Восстановить изменения</translation>
    </message>
    <message>
        <source>Open the saved file and discard them</source>
        <translation>Открыть сохраненный файл и отказаться от них</translation>
    </message>
    <message>
        <source>Your work is kept.</source>
        <translation>Ваша работа сохранена.</translation>
    </message>
    <message>
        <source>What you typed is kept safe for recovery.</source>
        <translation>Введённое вами сохранено для восстановления.</translation>
    </message>
    <message>
        <source>What you typed could not be kept safe for recovery: save the report now, to another place if need be.</source>
        <translation>Введённое вами не удалось сохранить для восстановления: сохраните доклад сейчас, при необходимости в другом месте.</translation>
    </message>
    <message>
        <source>An unexpected problem</source>
        <translation>Непредвиденная проблема</translation>
    </message>
    <message>
        <source>The program met a problem it did not expect ({kind}). {kept} If it happens again, please report it, saying what you were doing.</source>
        <translation>Программа столкнулась с непредвиденной проблемой ({kind}). {kept} Если это повторится, сообщите об этом, указав, что вы делали.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Create a signing identity</source>
        <extracomment>The identity was created and saved.</extracomment>
        <translation>Создать удостоверение для подписи</translation>
    </message>
    <message>
        <source>For an official who has no certificate from their government: the program makes a signing key and a certificate in your name, kept on this computer and locked with a passphrase. Choose a passphrase you will remember; it cannot be recovered.</source>
        <translation>Для должностных лиц, не имеющих сертификата, выданного их правительством: программа создает ключ подписи и сертификат на ваше имя, которые хранятся на этом компьютере и защищены парольной фразой. Выберите парольную фразу, которую вы не забудете: восстановить ее невозможно.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Подтверждение парольной фразы</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное имя:</translation>
    </message>
    <message>
        <source>Organisation (ministry or agency):</source>
        <translation>Организация (министерство или ведомство):</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Подтверждение парольной фразы:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the passphrase again.</source>
        <translation>Парольные фразы не совпадают; введите парольную фразу еще раз.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Выберите парольную фразу длиной не менее %n символа.</numerusform>
            <numerusform>Выберите парольную фразу длиной не менее %n символов.</numerusform>
            <numerusform>Выберите парольную фразу длиной не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity was created.</source>
        <translation>Удостоверение не создано.</translation>
    </message>
    <message>
        <source>Your signing identity is ready.</source>
        <translation>Ваше удостоверение для подписи готово.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Отпечаток сертификата (SHA-256):</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipient by telephone, or send it by letter, so that they can confirm your signature. The certificate to send them is {path}.</source>
        <translation>Продиктуйте этот отпечаток получателю по телефону или отправьте его письмом, чтобы получатель мог подтвердить вашу подпись. Сертификат, который нужно ему отправить: {path}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New report…</source>
        <extracomment>The language the window was last built in. The Sign dialog and the Verify view, while open (made when first asked for).</extracomment>
        <translation>&amp;Новый доклад…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Sign and &amp;export…</source>
        <translation>&amp;Подписать и экспортировать…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed file…</source>
        <translation>Про&amp;верить подписанный файл…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Предыдущий раздел</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Следующий раздел</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Про&amp;верка</translation>
    </message>
    <message>
        <source>Next pro&amp;blem</source>
        <translation>Следующее &amp;замечание</translation>
    </message>
    <message>
        <source>&amp;Help on this question</source>
        <translation>&amp;Справка по этому вопросу</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Вопросы с ответами</translation>
    </message>
    <message>
        <source>No problems are showing.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>%v of %m questions answered</source>
        <translation>Ответы: %v из %m</translation>
    </message>
    <message>
        <source>not yet saved</source>
        <translation>еще не сохранен</translation>
    </message>
    <message>
        <source>{state}, {cycle} ({name})[*] - National report</source>
        <translation>{state}, {cycle} ({name})[*] - Национальный доклад</translation>
    </message>
    <message>
        <source>Unsaved changes · not kept safe for recovery: save the report</source>
        <translation>Несохраненные изменения · не сохранены для восстановления: сохраните доклад</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>kept safe for recovery {when}</source>
        <translation>сохранены для восстановления {when}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Еще не сохранен</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>Сохранено {when}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Сохранить доклад как</translation>
    </message>
    <message>
        <source>Drafts (*.json);;All files (*)</source>
        <translation>Черновики (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Доклад не сохранен</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сохранено в {path}</translation>
    </message>
    <message>
        <source>The report has changes that are not saved. Save them before closing?</source>
        <translation>В докладе есть несохраненные изменения. Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open a draft report</source>
        <translation>Открыть черновик доклада</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>Не удается открыть черновик</translation>
    </message>
</context>
<context>
    <name>MultichoiceControl</name>
    <message>
        <source>Say what it is</source>
        <translation>Уточните</translation>
    </message>
    <message>
        <source>Other, say what it is</source>
        <translation>Другое, уточните</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Review: problems and unanswered questions</source>
        <translation>Проверка: замечания и вопросы без ответа</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Заполнен</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Есть ошибки</translation>
    </message>
    <message>
        <source>Has advisories</source>
        <translation>Есть предупреждения</translation>
    </message>
    <message>
        <source>{state} · {answered} of {total} answered</source>
        <translation>{state} · отвечено: {answered} из {total}</translation>
    </message>
</context>
<context>
    <name>PlaceholderControl</name>
    <message>
        <source>This version of the program cannot show answers of the kind “{kind}”. Any answer already given is kept unchanged.</source>
        <translation>Эта версия программы не может показать ответы вида «{kind}». Уже данный ответ сохраняется без изменений.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Error: {problem}</source>
        <extracomment>Where each part of a row sits in its grid, under the number and text (row 0).</extracomment>
        <translation>Ошибка: {problem}</translation>
    </message>
    <message>
        <source>Advisory: {problem}</source>
        <translation>Предупреждение: {problem}</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Source: {source}</source>
        <extracomment>Template texts are shown in the interface language (English where missing).</extracomment>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>?</source>
        <comment>the button that shows a question&apos;s help</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>(F1 shows this help under the question.)</source>
        <translation>(F1 показывает эту справку под вопросом.)</translation>
    </message>
    <message>
        <source>Help on {number}</source>
        <translation>Справка по вопросу {number}</translation>
    </message>
    <message>
        <source>Carried over from the previous report: check that it is still true.</source>
        <translation>Перенесено из предыдущего доклада: проверьте, что это по-прежнему верно.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Confirm the answer to {number}</source>
        <translation>Подтвердить ответ на вопрос {number}</translation>
    </message>
</context>
<context>
    <name>RetentionControl</name>
    <message>
        <source>Kept indefinitely</source>
        <translation>Хранятся бессрочно</translation>
    </message>
    <message>
        <source>Or for this many years</source>
        <translation>Или столько лет</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Примечание (необязательно)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <extracomment>question number, path inside the answer The official asked to sign the report from here.</extracomment>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Press Enter or double-click a line to go to its question.</source>
        <translation>Нажмите Enter или дважды щелкните строку, чтобы перейти к ее вопросу.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation>Подписать и экспортировать…</translation>
    </message>
    <message>
        <source>Problems and unanswered questions</source>
        <translation>Замечания и вопросы без ответа</translation>
    </message>
    <message>
        <source>Unanswered: {number} {text}</source>
        <translation>Нет ответа: {number} {text}</translation>
    </message>
    <message>
        <source>To confirm (carried from the previous report): {number} {text}</source>
        <translation>Подтвердить (перенесено из предыдущего доклада): {number} {text}</translation>
    </message>
    <message>
        <source>{title}: {counts}</source>
        <translation>{title}: {counts}</translation>
    </message>
    <message>
        <source>Error: {number} {problem}</source>
        <translation>Ошибка: {number} {problem}</translation>
    </message>
    <message>
        <source>Advisory: {number} {problem}</source>
        <translation>Предупреждение: {number} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advisory(ies)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n без ответа</numerusform>
            <numerusform>%n без ответа</numerusform>
            <numerusform>%n без ответа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n ждет подтверждения</numerusform>
            <numerusform>%n ждут подтверждения</numerusform>
            <numerusform>%n ждут подтверждения</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of a summary</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Skipped.</source>
        <extracomment>Template texts are shown in the interface language (English where missing).</extracomment>
        <translation>Не требуется.</translation>
    </message>
    <message>
        <source>Skipped: you answered “{answer}” to {number}.</source>
        <translation>Не требуется: вы ответили «{answer}» на вопрос {number}.</translation>
    </message>
    <message>
        <source>The earlier answer is kept in the draft, but it will not be sent.</source>
        <translation>Прежний ответ сохраняется в черновике, но не будет отправлен.</translation>
    </message>
</context>
<context>
    <name>SetAnswer</name>
    <message>
        <source>edit {number}</source>
        <extracomment>``QUndoCommand.id`` of edits that may merge; commands with other ids never do.</extracomment>
        <translation>изменить {number}</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign and export the report</source>
        <extracomment>The official asked to see the errors on the review page. Signing finished and wrote these files. Signing failed with this message (after the dialog showed it).</extracomment>
        <translation>Подписать и экспортировать доклад</translation>
    </message>
    <message>
        <source>The signing time is taken from this computer&apos;s clock; the signature does not prove it. A trusted timestamp can be added later, when a connection is available (nationalreport timestamp).</source>
        <translation>Время подписания берется из часов этого компьютера; подпись его не подтверждает. Доверенную метку времени можно добавить позже, когда появится подключение к сети (nationalreport timestamp).</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Идет подписание</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Подписать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation>Что будет подписано</translation>
    </message>
    <message>
        <source>The national report of {state} for {cycle}, in {language}: {answered} of {total} questions answered.</source>
        <translation>Национальный доклад — {state}, цикл {cycle}, язык: {language}. Ответы: {answered} из {total}.</translation>
    </message>
    <message>
        <source>Files to be written: {files}</source>
        <translation>Будут созданы файлы: {files}</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Проверка данных</translation>
    </message>
    <message>
        <source>Show the errors on the review page</source>
        <translation>Показать ошибки на странице «Проверка»</translation>
    </message>
    <message>
        <source>Advisory notes</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>{number} {problem}</source>
        <translation>{number} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n error(s). Correct them before signing: nothing can be signed while an error remains.</source>
        <translation>
            <numerusform>В докладе %n ошибка. Исправьте ошибки перед подписанием: пока остается хотя бы одна ошибка, ничего подписать нельзя.</numerusform>
            <numerusform>В докладе %n ошибки. Исправьте ошибки перед подписанием: пока остается хотя бы одна ошибка, ничего подписать нельзя.</numerusform>
            <numerusform>В докладе %n ошибок. Исправьте ошибки перед подписанием: пока остается хотя бы одна ошибка, ничего подписать нельзя.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors. %n advisory note(s) remain: they do not stop signing, and they will be listed with the signed files.</source>
        <translation>
            <numerusform>Ошибок нет. Остается %n предупреждение. Это не препятствует подписанию; предупреждения будут перечислены вместе с подписанными файлами.</numerusform>
            <numerusform>Ошибок нет. Остается %n предупреждения. Это не препятствует подписанию; предупреждения будут перечислены вместе с подписанными файлами.</numerusform>
            <numerusform>Ошибок нет. Остается %n предупреждений. Это не препятствует подписанию; предупреждения будут перечислены вместе с подписанными файлами.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors and no advisory notes.</source>
        <translation>Ошибок и предупреждений нет.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>A certificate &amp;file (.p12 or .pfx)</source>
        <translation>&amp;Файл сертификата (.p12 или .pfx)</translation>
    </message>
    <message>
        <source>A smart card or USB &amp;token</source>
        <translation>Смарт-карта или USB-&amp;токен</translation>
    </message>
    <message>
        <source>My signing &amp;identity, created on this computer</source>
        <translation>Мое &amp;удостоверение для подписи, созданное на этом компьютере</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Файл сертификата</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Passphrase of the certificate file</source>
        <translation>Парольная фраза файла сертификата</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Файл сертификата:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>PKCS#11 library of the card or token</source>
        <translation>Библиотека PKCS#11 карты или токена</translation>
    </message>
    <message>
        <source>the driver file its maker supplies (.dll or .so)</source>
        <translation>файл драйвера, предоставляемый производителем (.dll или .so)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Метка токена</translation>
    </message>
    <message>
        <source>PIN of the card or token</source>
        <translation>PIN-код карты или токена</translation>
    </message>
    <message>
        <source>PKCS#11 library:</source>
        <translation>Библиотека PKCS#11:</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>Метка токена:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN-код:</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Удостоверение для подписи</translation>
    </message>
    <message>
        <source>&amp;Create a signing identity…</source>
        <translation>&amp;Создать удостоверение для подписи…</translation>
    </message>
    <message>
        <source>Passphrase of the identity</source>
        <translation>Парольная фраза удостоверения</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Удостоверение:</translation>
    </message>
    <message>
        <source>Where to write the signed files</source>
        <translation>Куда записать подписанные файлы</translation>
    </message>
    <message>
        <source>Folder for the signed files</source>
        <translation>Папка для подписанных файлов</translation>
    </message>
    <message>
        <source>Reason for signing</source>
        <translation>Причина подписания</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Созданные файлы</translation>
    </message>
    <message>
        <source>&amp;Verify the signed PDF…</source>
        <translation>Про&amp;верить подписанный PDF…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>{who} (created {when})</source>
        <translation>{who} (создано {when})</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Отпечаток сертификата (SHA-256):</translation>
    </message>
    <message>
        <source>No signing identity has been created on this computer yet.</source>
        <translation>На этом компьютере еще не создано ни одного удостоверения для подписи.</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Выберите файл сертификата</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Файлы сертификатов (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 library of the card or token</source>
        <translation>Выберите библиотеку PKCS#11 карты или токена</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Библиотеки (*.dll *.so *.dylib);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the folder for the signed files</source>
        <translation>Выберите папку для подписанных файлов</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>Ничего не подписано.</translation>
    </message>
    <message>
        <source>The report is signed by {who}.</source>
        <translation>Доклад подписан. Подписавшее лицо: {who}.</translation>
    </message>
    <message>
        <source>This certificate is self-signed: send its fingerprint to the recipient by telephone or letter, so that they can confirm the signature is yours.</source>
        <translation>Этот сертификат самоподписанный: сообщите его отпечаток получателю по телефону или письмом, чтобы получатель мог убедиться, что подпись принадлежит вам.</translation>
    </message>
    <message>
        <source>Written in {folder}:</source>
        <translation>Файлы созданы в папке {folder}:</translation>
    </message>
    <message numerus="yes">
        <source>Signed with %n advisory note(s) still open.</source>
        <translation>
            <numerusform>Подписано; осталось %n предупреждение.</numerusform>
            <numerusform>Подписано; осталось %n предупреждения.</numerusform>
            <numerusform>Подписано; осталось %n предупреждений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>National report on small arms and light weapons</source>
        <extracomment>Each language&apos;s name in itself, as a chooser shows it. A report is ready to be edited (a ``Session``).</extracomment>
        <translation>Национальный доклад: стрелковое оружие и легкие вооружения</translation>
    </message>
    <message>
        <source>National report on the Programme of Action on small arms and light weapons and the International Tracing Instrument</source>
        <translation>Национальный доклад о Программе действий по стрелковому оружию и легким вооружениям и о Международном документе по отслеживанию</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Язык окна</translation>
    </message>
    <message>
        <source>Language of the &amp;window:</source>
        <translation>Язы&amp;к окна:</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Найдена несохраненная работа</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Start a new report</source>
        <translation>Начать новый доклад</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation>Начните вводить, например Кения</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Reporting cycle (year)</source>
        <translation>Отчетный цикл (год)</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык доклада</translation>
    </message>
    <message>
        <source>&amp;Create the report</source>
        <translation>&amp;Создать доклад</translation>
    </message>
    <message>
        <source>Start from a &amp;previous report…</source>
        <translation>Начать с &amp;предыдущего доклада…</translation>
    </message>
    <message>
        <source>Starting from a previous report copies its answers into the cycle above; each is marked for you to confirm.</source>
        <translation>При начале с предыдущего доклада его ответы копируются в указанный выше цикл; каждый ответ отмечается, чтобы вы его подтвердили.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Государство:</translation>
    </message>
    <message>
        <source>C&amp;ycle (year):</source>
        <translation>&amp;Цикл (год):</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Язык доклада:</translation>
    </message>
    <message>
        <source>Continue a report</source>
        <translation>Продолжить доклад</translation>
    </message>
    <message>
        <source>Recent dra&amp;fts:</source>
        <translation>&amp;Недавние черновики:</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Недавние черновики</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Открыть выбранный черновик</translation>
    </message>
    <message>
        <source>&amp;Open another draft…</source>
        <translation>&amp;Открыть другой черновик…</translation>
    </message>
    <message>
        <source>No drafts opened yet. Create a report, or open a draft someone sent you.</source>
        <translation>Черновики еще не открывались. Создайте доклад или откройте черновик, который вам прислали.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsaved work was found.&lt;/b&gt; The program was closed before these changes were saved. Recover them to continue where you stopped.</source>
        <translation>&lt;b&gt;Найдена несохраненная работа.&lt;/b&gt; Программа была закрыта до сохранения этих изменений. Восстановите их, чтобы продолжить с того места, где вы остановились.</translation>
    </message>
    <message>
        <source>a new report, never saved to a file</source>
        <translation>новый доклад, ни разу не сохраненный в файл</translation>
    </message>
    <message>
        <source>{state}, cycle {cycle}: last kept safe {when}
{where}</source>
        <translation>{state}, цикл {cycle}: последнее сохранение для восстановления {when}
{where}</translation>
    </message>
    <message>
        <source>Choose a State</source>
        <translation>Выберите государство</translation>
    </message>
    <message>
        <source>Type the name of your State and choose it from the list.</source>
        <translation>Введите название своего государства и выберите его из списка.</translation>
    </message>
    <message>
        <source>The report cannot be created</source>
        <translation>Не удается создать доклад</translation>
    </message>
    <message>
        <source>Open a draft report</source>
        <translation>Открыть черновик доклада</translation>
    </message>
    <message>
        <source>Drafts (*.json);;All files (*)</source>
        <translation>Черновики (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>Не удается открыть черновик</translation>
    </message>
    <message>
        <source>Choose the previous report</source>
        <translation>Выберите предыдущий доклад</translation>
    </message>
    <message>
        <source>Reports and drafts (*.json);;All files (*)</source>
        <translation>Доклады и черновики (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The previous report cannot be used</source>
        <translation>Невозможно использовать предыдущий доклад</translation>
    </message>
    <message>
        <source>The unsaved work cannot be recovered</source>
        <translation>Не удается восстановить несохраненную работу</translation>
    </message>
    <message>
        <source>Discard the unsaved work?</source>
        <translation>Удалить несохраненную работу?</translation>
    </message>
    <message>
        <source>The changes to {entry} will be lost. This cannot be undone.</source>
        <translation>Изменения в {entry} будут потеряны. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Удалить изменения</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Сохранить их</translation>
    </message>
</context>
<context>
    <name>TableControl</name>
    <message>
        <source>Add row</source>
        <extracomment>Column widths, in average characters, by kind.</extracomment>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed file</source>
        <extracomment>The outcome of a check, for the style sheet and the icon. Verification finished: the ``VerifyResult``, or ``None`` when the file could not be read.</extracomment>
        <translation>Проверить подписанный файл</translation>
    </message>
    <message>
        <source>Signed file to verify</source>
        <translation>Подписанный файл для проверки</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Trusted root certificate (optional)</source>
        <translation>Доверенный корневой сертификат (необязательно)</translation>
    </message>
    <message>
        <source>optional: the root certificate you trust (.pem)</source>
        <translation>необязательно: корневой сертификат, которому вы доверяете (.pem)</translation>
    </message>
    <message>
        <source>Signed file (PDF, or JSON with its .p7s):</source>
        <translation>Подписанный файл (PDF или JSON с его файлом .p7s):</translation>
    </message>
    <message>
        <source>Trusted root certificate:</source>
        <translation>Доверенный корневой сертификат:</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Технические сведения</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>Показать &amp;технические сведения</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Идет проверка</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Про&amp;верить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a signed file</source>
        <translation>Выберите подписанный файл</translation>
    </message>
    <message>
        <source>Signed submissions (*.pdf *.json);;All files (*)</source>
        <translation>Подписанные доклады (*.pdf *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the root certificate you trust</source>
        <translation>Выберите корневой сертификат, которому вы доверяете</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer *.der);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Hide &amp;technical details</source>
        <translation>Скрыть &amp;технические сведения</translation>
    </message>
    <message>
        <source>This file cannot be verified.</source>
        <translation>Не удается проверить этот файл.</translation>
    </message>
    <message>
        <source>The JSON is the one that was signed.</source>
        <translation>Файл JSON — тот самый, который был подписан.</translation>
    </message>
    <message>
        <source>The JSON is NOT the one that was signed: {detail}</source>
        <translation>Файл JSON НЕ тот, который был подписан: {detail}</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Проблема: {problem}</translation>
    </message>
    <message>
        <source>The signature is NOT valid: the file was changed after it was signed, or the signature is broken. Do not rely on this file.</source>
        <translation>Подпись НЕДЕЙСТВИТЕЛЬНА: файл был изменен после подписания или подпись повреждена. Не полагайтесь на этот файл.</translation>
    </message>
    <message>
        <source>The signature is valid: the file is unchanged since it was signed, and the signer&apos;s certificate comes from an authority you trust.</source>
        <translation>Подпись действительна: файл не изменялся с момента подписания, а сертификат подписавшего лица выдан удостоверяющим центром, которому вы доверяете.</translation>
    </message>
    <message>
        <source>The file is unchanged since it was signed, but the signer&apos;s certificate does not come from the authority you gave: do not rely on who signed it.</source>
        <translation>Файл не изменялся с момента подписания, но сертификат подписавшего лица выдан не тем удостоверяющим центром, который вы указали: не полагайтесь на сведения о том, кто подписал файл.</translation>
    </message>
    <message>
        <source>The file is unchanged since it was signed. Who signed it is not yet confirmed: compare the certificate fingerprint below with the one the signer gave you by telephone or letter, or give the root certificate you trust.</source>
        <translation>Файл не изменялся с момента подписания. Личность подписавшего лица еще не подтверждена: сравните приведенный ниже отпечаток сертификата с тем, который подписавшее лицо сообщило вам по телефону или письмом, или укажите корневой сертификат, которому вы доверяете.</translation>
    </message>
    <message>
        <source>Signed by: {who}</source>
        <translation>Подписавшее лицо: {who}</translation>
    </message>
    <message>
        <source>Signed no later than {when}, by a trusted timestamp from {authority}.</source>
        <translation>Подписано не позднее {when} согласно доверенной метке времени от {authority}.</translation>
    </message>
    <message>
        <source>Signed {when}, by the signer&apos;s computer clock (not a trusted time).</source>
        <translation>Подписано {when} по часам компьютера подписавшего лица (время не заверено).</translation>
    </message>
    <message>
        <source>The signature does not say when it was made.</source>
        <translation>В подписи не указано время ее создания.</translation>
    </message>
    <message>
        <source>Content: unchanged since it was signed.</source>
        <translation>Содержимое: не изменялось с момента подписания.</translation>
    </message>
    <message>
        <source>Content: CHANGED; it no longer matches the signature.</source>
        <translation>Содержимое: ИЗМЕНЕНО; оно больше не соответствует подписи.</translation>
    </message>
    <message>
        <source>Changed after signing: {changes}</source>
        <translation>Изменения после подписания: {changes}</translation>
    </message>
    <message>
        <source>Nothing was added or changed after signing.</source>
        <translation>После подписания ничего не добавлялось и не изменялось.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Отпечаток сертификата (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The certificate expired on {day}.</source>
        <translation>Срок действия сертификата истек {day}.</translation>
    </message>
    <message>
        <source>The certificate is valid until {day}.</source>
        <translation>Сертификат действителен до {day}.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: the signer made it themselves.</source>
        <translation>Сертификат самоподписанный: подписавшее лицо создало его само.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>National report</source>
        <extracomment>The languages the window speaks, in the UN&apos;s order. Each language&apos;s name in itself, as a chooser shows it. The locale dates and numbers are written in (Modern Standard Arabic with the digits 0-9 of UN documents; Simplified Chinese). Qt&apos;s own catalogue for each language (standard dialogs and buttons). The application the translators were installed in (none yet).</extracomment>
        <translation>Национальный доклад</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>What may be typed into a field of each numeric kind (the validator, not a rule: it only stops letters; validation judges the value).</extracomment>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>A file could not be read or written{where}: {reason}.</source>
        <extracomment>What the dialog remembers between uses (never a passphrase or a PIN).</extracomment>
        <translation>Не удалось прочитать или записать файл{where}: {reason}.</translation>
    </message>
    <message>
        <source>The work stopped on an unexpected problem ({kind}); nothing was changed.</source>
        <translation>Операция остановлена из-за непредвиденной проблемы ({kind}); ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>timestamps</name>
    <message>
        <source>at an unknown time</source>
        <extracomment>Unicode directional marks: first-strong and left-to-right isolates, their end, and the right-to-left mark (invisible; they only order the letters around them).</extracomment>
        <translation>в неизвестное время</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>сегодня в {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>вчера в {time}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} в {time}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Row {row}</source>
        <translation>Строка {row}</translation>
    </message>
    <message>
        <source>Row {row}, {column}</source>
        <translation>Строка {row}, {column}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <comment>where a problem is, then the problem</comment>
        <translation>{place}: {message}</translation>
    </message>
</context>
</TS>
