<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttachmentControl</name>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>إرفاق وثيقة</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.txt);;All files (*)</source>
        <translation>المستندات (*.pdf *.doc *.docx *.odt *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>تعذّر إرفاق الملف</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>تعذّرت قراءة {name}: {reason}</translation>
    </message>
    <message>
        <source>No document attached.</source>
        <translation>لم تُرفق أي وثيقة.</translation>
    </message>
    <message>
        <source>{name}, {size}, SHA-256 {digest}…</source>
        <translation>{name}، {size}، SHA-256 {digest}…</translation>
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
        <translation>تعذّر فتح المسودة</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>عُثر على عمل غير محفوظ</translation>
    </message>
    <message>
        <source>Changes to {path} were kept safe {when} but never saved. Recover them?</source>
        <translation>حُفظت التغييرات على {path} احتياطيًا {when} لكنها لم تُحفظ في الملف قط. هل تريد استرجاعها؟</translation>
    </message>
    <message>
        <source>Recover the changes</source>
        <translation>استرجاع التغييرات</translation>
    </message>
    <message>
        <source>Open the saved file and discard them</source>
        <translation>فتح الملف المحفوظ وتجاهلها</translation>
    </message>
    <message>
        <source>Your work is kept.</source>
        <translation>عملك محفوظ.</translation>
    </message>
    <message>
        <source>What you typed is kept safe for recovery.</source>
        <translation>ما كتبته محفوظ احتياطيًا للاسترجاع.</translation>
    </message>
    <message>
        <source>What you typed could not be kept safe for recovery: save the report now, to another place if need be.</source>
        <translation>تعذّر حفظ ما كتبته احتياطيًا للاسترجاع: احفظ التقرير الآن، في مكان آخر إن لزم الأمر.</translation>
    </message>
    <message>
        <source>An unexpected problem</source>
        <translation>مشكلة غير متوقعة</translation>
    </message>
    <message>
        <source>The program met a problem it did not expect ({kind}). {kept} If it happens again, please report it, saying what you were doing.</source>
        <translation>واجه البرنامج مشكلة لم يكن يتوقعها ({kind}). {kept} إذا تكرر ذلك، يُرجى الإبلاغ عنه مع ذكر ما كنت تفعله.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Create a signing identity</source>
        <extracomment>The identity was created and saved.</extracomment>
        <translation>إنشاء هوية توقيع</translation>
    </message>
    <message>
        <source>For an official who has no certificate from their government: the program makes a signing key and a certificate in your name, kept on this computer and locked with a passphrase. Choose a passphrase you will remember; it cannot be recovered.</source>
        <translation>للموظفين الذين ليست لديهم شهادة صادرة عن حكومتهم: ينشئ البرنامج مفتاح توقيع وشهادة باسمك، يُحفظان على هذا الحاسوب ويُقفلان بعبارة مرور. اختر عبارة مرور تتذكرها، إذ لا يمكن استرجاعها.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Organisation (ministry or agency):</source>
        <translation>الجهة (الوزارة أو الهيئة):</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>تأكيد عبارة المرور:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the passphrase again.</source>
        <translation>عبارتا المرور مختلفتان؛ اكتب عبارة المرور مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>اختر عبارة مرور.</numerusform>
            <numerusform>اختر عبارة مرور لا يقل طولها عن حرف واحد.</numerusform>
            <numerusform>اختر عبارة مرور لا يقل طولها عن حرفين.</numerusform>
            <numerusform>اختر عبارة مرور لا يقل طولها عن %n أحرف.</numerusform>
            <numerusform>اختر عبارة مرور لا يقل طولها عن %n حرفًا.</numerusform>
            <numerusform>اختر عبارة مرور لا يقل طولها عن %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity was created.</source>
        <translation>لم تُنشأ أي هوية.</translation>
    </message>
    <message>
        <source>Your signing identity is ready.</source>
        <translation>هوية التوقيع الخاصة بك جاهزة.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>بصمة الشهادة (SHA-256):</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipient by telephone, or send it by letter, so that they can confirm your signature. The certificate to send them is {path}.</source>
        <translation>اقرأ هذه البصمة على المرسَل إليه هاتفيًا، أو أرسلها إليه برسالة، ليتمكن من التأكد من توقيعك. والشهادة التي ينبغي إرسالها إليه هي {path}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New report…</source>
        <extracomment>The language the window was last built in. The Sign dialog and the Verify view, while open (made when first asked for).</extracomment>
        <translation>تقرير &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Sign and &amp;export…</source>
        <translation>توقيع و&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed file…</source>
        <translation>التحقق من ملف &amp;موقَّع…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>القسم ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>القسم ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>ال&amp;مراجعة</translation>
    </message>
    <message>
        <source>Next pro&amp;blem</source>
        <translation>الم&amp;شكلة التالية</translation>
    </message>
    <message>
        <source>&amp;Help on this question</source>
        <translation>م&amp;ساعدة بشأن هذا السؤال</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>السا&amp;بق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التا&amp;لي</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>الأسئلة المجاب عنها</translation>
    </message>
    <message>
        <source>No problems are showing.</source>
        <translation>لا توجد مشكلات معروضة.</translation>
    </message>
    <message>
        <source>%v of %m questions answered</source>
        <translation>الأسئلة المجاب عنها: %v من %m</translation>
    </message>
    <message>
        <source>not yet saved</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>{state}, {cycle} ({name})[*] - National report</source>
        <translation>{state}، {cycle} ({name})[*] - التقرير الوطني</translation>
    </message>
    <message>
        <source>Unsaved changes · not kept safe for recovery: save the report</source>
        <translation>تغييرات غير محفوظة · لم تُحفظ احتياطيًا للاسترجاع: احفظ التقرير</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>kept safe for recovery {when}</source>
        <translation>محفوظة احتياطيًا للاسترجاع {when}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>حُفظ {when}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>حفظ التقرير باسم</translation>
    </message>
    <message>
        <source>Drafts (*.json);;All files (*)</source>
        <translation>المسودات (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>لم يُحفظ التقرير</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
    <message>
        <source>The report has changes that are not saved. Save them before closing?</source>
        <translation>في التقرير تغييرات غير محفوظة. هل تريد حفظها قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Open a draft report</source>
        <translation>فتح مسودة تقرير</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>تعذّر فتح المسودة</translation>
    </message>
</context>
<context>
    <name>MultichoiceControl</name>
    <message>
        <source>Say what it is</source>
        <translation>يُرجى التحديد</translation>
    </message>
    <message>
        <source>Other, say what it is</source>
        <translation>أخرى، يُرجى التحديد</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Review: problems and unanswered questions</source>
        <translation>المراجعة: المشكلات والأسئلة التي لم يُجب عنها</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>توجد أخطاء</translation>
    </message>
    <message>
        <source>Has advisories</source>
        <translation>توجد تنبيهات</translation>
    </message>
    <message>
        <source>{state} · {answered} of {total} answered</source>
        <translation>{state} · أُجيب عن {answered} من {total}</translation>
    </message>
</context>
<context>
    <name>PlaceholderControl</name>
    <message>
        <source>This version of the program cannot show answers of the kind “{kind}”. Any answer already given is kept unchanged.</source>
        <translation>لا يمكن لهذا الإصدار من البرنامج عرض الإجابات من نوع «{kind}». وتُحفظ أي إجابة سبق تقديمها دون تغيير.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Error: {problem}</source>
        <extracomment>Where each part of a row sits in its grid, under the number and text (row 0).</extracomment>
        <translation>خطأ: {problem}</translation>
    </message>
    <message>
        <source>Advisory: {problem}</source>
        <translation>تنبيه: {problem}</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Source: {source}</source>
        <extracomment>Template texts are shown in the interface language (English where missing).</extracomment>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>?</source>
        <comment>the button that shows a question&apos;s help</comment>
        <translation>؟</translation>
    </message>
    <message>
        <source>(F1 shows this help under the question.)</source>
        <translation>(يعرض المفتاح F1 هذه المساعدة تحت السؤال.)</translation>
    </message>
    <message>
        <source>Help on {number}</source>
        <translation>مساعدة بشأن السؤال {number}</translation>
    </message>
    <message>
        <source>Carried over from the previous report: check that it is still true.</source>
        <translation>منقول من التقرير السابق: تحقّق من أنه لا يزال صحيحًا.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Confirm the answer to {number}</source>
        <translation>تأكيد الإجابة عن السؤال {number}</translation>
    </message>
</context>
<context>
    <name>RetentionControl</name>
    <message>
        <source>Kept indefinitely</source>
        <translation>تُحفظ إلى أجل غير مسمى</translation>
    </message>
    <message>
        <source>Or for this many years</source>
        <translation>أو لهذا العدد من السنوات</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <extracomment>question number, path inside the answer The official asked to sign the report from here.</extracomment>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Press Enter or double-click a line to go to its question.</source>
        <translation>اضغط Enter أو انقر نقرًا مزدوجًا على سطر للانتقال إلى سؤاله.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>إعادة التحقق</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation>توقيع وتصدير…</translation>
    </message>
    <message>
        <source>Problems and unanswered questions</source>
        <translation>المشكلات والأسئلة التي لم يُجب عنها</translation>
    </message>
    <message>
        <source>Unanswered: {number} {text}</source>
        <translation>بلا إجابة: {number} {text}</translation>
    </message>
    <message>
        <source>To confirm (carried from the previous report): {number} {text}</source>
        <translation>بانتظار التأكيد (منقول من التقرير السابق): {number} {text}</translation>
    </message>
    <message>
        <source>{title}: {counts}</source>
        <translation>{title}: {counts}</translation>
    </message>
    <message>
        <source>Error: {number} {problem}</source>
        <translation>خطأ: {number} {problem}</translation>
    </message>
    <message>
        <source>Advisory: {number} {problem}</source>
        <translation>تنبيه: {number} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%n أخطاء</numerusform>
            <numerusform>%n خطأً</numerusform>
            <numerusform>%n خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advisory(ies)</source>
        <translation>
            <numerusform>لا تنبيهات</numerusform>
            <numerusform>تنبيه واحد</numerusform>
            <numerusform>تنبيهان</numerusform>
            <numerusform>%n تنبيهات</numerusform>
            <numerusform>%n تنبيهًا</numerusform>
            <numerusform>%n تنبيه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>لا أسئلة بلا إجابة</numerusform>
            <numerusform>سؤال واحد بلا إجابة</numerusform>
            <numerusform>سؤالان بلا إجابة</numerusform>
            <numerusform>%n أسئلة بلا إجابة</numerusform>
            <numerusform>%n سؤالًا بلا إجابة</numerusform>
            <numerusform>%n سؤال بلا إجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>لا شيء بانتظار التأكيد</numerusform>
            <numerusform>إجابة واحدة بانتظار التأكيد</numerusform>
            <numerusform>إجابتان بانتظار التأكيد</numerusform>
            <numerusform>%n إجابات بانتظار التأكيد</numerusform>
            <numerusform>%n إجابةً بانتظار التأكيد</numerusform>
            <numerusform>%n إجابة بانتظار التأكيد</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of a summary</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Skipped.</source>
        <extracomment>Template texts are shown in the interface language (English where missing).</extracomment>
        <translation>لا ينطبق.</translation>
    </message>
    <message>
        <source>Skipped: you answered “{answer}” to {number}.</source>
        <translation>لا ينطبق: أجبت بـ«{answer}» عن السؤال {number}.</translation>
    </message>
    <message>
        <source>The earlier answer is kept in the draft, but it will not be sent.</source>
        <translation>تُحفظ الإجابة السابقة في المسودة، لكنها لن تُرسل.</translation>
    </message>
</context>
<context>
    <name>SetAnswer</name>
    <message>
        <source>edit {number}</source>
        <extracomment>``QUndoCommand.id`` of edits that may merge; commands with other ids never do.</extracomment>
        <translation>تعديل {number}</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign and export the report</source>
        <extracomment>The official asked to see the errors on the review page. Signing finished and wrote these files. Signing failed with this message (after the dialog showed it).</extracomment>
        <translation>توقيع التقرير وتصديره</translation>
    </message>
    <message>
        <source>The signing time is taken from this computer&apos;s clock; the signature does not prove it. A trusted timestamp can be added later, when a connection is available (nationalreport timestamp).</source>
        <translation>يؤخذ وقت التوقيع من ساعة هذا الحاسوب، ولا يُثبته التوقيع. ويمكن لاحقًا إضافة طابع زمني موثوق عند توفر الاتصال (nationalreport timestamp).</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>جارٍ التوقيع</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;توقيع</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation>ما سيُوقَّع</translation>
    </message>
    <message>
        <source>The national report of {state} for {cycle}, in {language}: {answered} of {total} questions answered.</source>
        <translation>التقرير الوطني – {state}، دورة {cycle}، اللغة: {language}. الأسئلة المجاب عنها: {answered} من {total}.</translation>
    </message>
    <message>
        <source>Files to be written: {files}</source>
        <translation>الملفات التي ستُنشأ: {files}</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>التحقق من الصحة</translation>
    </message>
    <message>
        <source>Show the errors on the review page</source>
        <translation>عرض الأخطاء في صفحة المراجعة</translation>
    </message>
    <message>
        <source>Advisory notes</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>{number} {problem}</source>
        <translation>{number} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n error(s). Correct them before signing: nothing can be signed while an error remains.</source>
        <translation>
            <numerusform>لا يتضمن التقرير أي خطأ.</numerusform>
            <numerusform>يتضمن التقرير خطأً واحدًا. صحِّحه قبل التوقيع: لا يمكن توقيع أي شيء ما دام هناك خطأ لم يُصحَّح.</numerusform>
            <numerusform>يتضمن التقرير خطأين. صحِّحهما قبل التوقيع: لا يمكن توقيع أي شيء ما دام هناك خطأ لم يُصحَّح.</numerusform>
            <numerusform>يتضمن التقرير %n أخطاء. صحِّحها قبل التوقيع: لا يمكن توقيع أي شيء ما دام هناك خطأ لم يُصحَّح.</numerusform>
            <numerusform>يتضمن التقرير %n خطأً. صحِّحها قبل التوقيع: لا يمكن توقيع أي شيء ما دام هناك خطأ لم يُصحَّح.</numerusform>
            <numerusform>يتضمن التقرير %n خطأ. صحِّحها قبل التوقيع: لا يمكن توقيع أي شيء ما دام هناك خطأ لم يُصحَّح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors. %n advisory note(s) remain: they do not stop signing, and they will be listed with the signed files.</source>
        <translation>
            <numerusform>لا توجد أخطاء، ولا توجد تنبيهات.</numerusform>
            <numerusform>لا توجد أخطاء. ولا يزال هناك تنبيه واحد: لا يمنع التوقيع، وسيُدرَج مع الملفات الموقَّعة.</numerusform>
            <numerusform>لا توجد أخطاء. ولا يزال هناك تنبيهان: لا يمنعان التوقيع، وسيُدرَجان مع الملفات الموقَّعة.</numerusform>
            <numerusform>لا توجد أخطاء. ولا يزال هناك %n تنبيهات: لا تمنع التوقيع، وستُدرَج مع الملفات الموقَّعة.</numerusform>
            <numerusform>لا توجد أخطاء. ولا يزال هناك %n تنبيهًا: لا تمنع التوقيع، وستُدرَج مع الملفات الموقَّعة.</numerusform>
            <numerusform>لا توجد أخطاء. ولا يزال هناك %n تنبيه: لا تمنع التوقيع، وستُدرَج مع الملفات الموقَّعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors and no advisory notes.</source>
        <translation>لا توجد أخطاء ولا تنبيهات.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>A certificate &amp;file (.p12 or .pfx)</source>
        <translation>&amp;ملف شهادة (.p12 أو .pfx)</translation>
    </message>
    <message>
        <source>A smart card or USB &amp;token</source>
        <translation>بطاقة ذكية أو &amp;رمز USB مميز</translation>
    </message>
    <message>
        <source>My signing &amp;identity, created on this computer</source>
        <translation>&amp;هوية التوقيع الخاصة بي، المنشأة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>ملف الشهادة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Passphrase of the certificate file</source>
        <translation>عبارة المرور الخاصة بملف الشهادة</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>ملف الشهادة:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>PKCS#11 library of the card or token</source>
        <translation>مكتبة PKCS#11 الخاصة بالبطاقة أو الرمز المميز</translation>
    </message>
    <message>
        <source>the driver file its maker supplies (.dll or .so)</source>
        <translation>ملف برنامج التشغيل الذي توفّره الجهة المصنِّعة (.dll أو .so)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>تسمية الرمز المميز</translation>
    </message>
    <message>
        <source>PIN of the card or token</source>
        <translation>رمز PIN الخاص بالبطاقة أو الرمز المميز</translation>
    </message>
    <message>
        <source>PKCS#11 library:</source>
        <translation>مكتبة PKCS#11:</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>تسمية الرمز المميز:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>رمز PIN:</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>هوية التوقيع</translation>
    </message>
    <message>
        <source>&amp;Create a signing identity…</source>
        <translation>إ&amp;نشاء هوية توقيع…</translation>
    </message>
    <message>
        <source>Passphrase of the identity</source>
        <translation>عبارة المرور الخاصة بالهوية</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>الهوية:</translation>
    </message>
    <message>
        <source>Where to write the signed files</source>
        <translation>مكان حفظ الملفات الموقَّعة</translation>
    </message>
    <message>
        <source>Folder for the signed files</source>
        <translation>مجلد الملفات الموقَّعة</translation>
    </message>
    <message>
        <source>Reason for signing</source>
        <translation>سبب التوقيع</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>تم التوقيع</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>الملفات المنشأة</translation>
    </message>
    <message>
        <source>&amp;Verify the signed PDF…</source>
        <translation>الت&amp;حقق من ملف PDF الموقَّع…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <source>{who} (created {when})</source>
        <translation>{who} (أُنشئت {when})</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>بصمة الشهادة (SHA-256):</translation>
    </message>
    <message>
        <source>No signing identity has been created on this computer yet.</source>
        <translation>لم تُنشأ أي هوية توقيع على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>اختر ملف الشهادة</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>ملفات الشهادات (*.p12 *.pfx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 library of the card or token</source>
        <translation>اختر مكتبة PKCS#11 الخاصة بالبطاقة أو الرمز المميز</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>المكتبات (*.dll *.so *.dylib);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the folder for the signed files</source>
        <translation>اختر مجلد الملفات الموقَّعة</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>لم يُوقَّع أي شيء.</translation>
    </message>
    <message>
        <source>The report is signed by {who}.</source>
        <translation>التقرير موقَّع من {who}.</translation>
    </message>
    <message>
        <source>This certificate is self-signed: send its fingerprint to the recipient by telephone or letter, so that they can confirm the signature is yours.</source>
        <translation>هذه الشهادة موقَّعة ذاتيًا: أبلغ المرسَل إليه ببصمتها هاتفيًا أو برسالة، ليتمكن من التأكد من أن التوقيع توقيعك.</translation>
    </message>
    <message>
        <source>Written in {folder}:</source>
        <translation>أُنشئت الملفات في {folder}:</translation>
    </message>
    <message numerus="yes">
        <source>Signed with %n advisory note(s) still open.</source>
        <translation>
            <numerusform>وُقِّع دون أي تنبيه متبقٍّ.</numerusform>
            <numerusform>وُقِّع مع بقاء تنبيه واحد دون معالجة.</numerusform>
            <numerusform>وُقِّع مع بقاء تنبيهين دون معالجة.</numerusform>
            <numerusform>وُقِّع مع بقاء %n تنبيهات دون معالجة.</numerusform>
            <numerusform>وُقِّع مع بقاء %n تنبيهًا دون معالجة.</numerusform>
            <numerusform>وُقِّع مع بقاء %n تنبيه دون معالجة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>National report on small arms and light weapons</source>
        <extracomment>Each language&apos;s name in itself, as a chooser shows it. A report is ready to be edited (a ``Session``).</extracomment>
        <translation>التقرير الوطني بشأن الأسلحة الصغيرة والأسلحة الخفيفة</translation>
    </message>
    <message>
        <source>National report on the Programme of Action on small arms and light weapons and the International Tracing Instrument</source>
        <translation>التقرير الوطني عن برنامج العمل المتعلق بالأسلحة الصغيرة والأسلحة الخفيفة وعن الصك الدولي للتعقب</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Language of the &amp;window:</source>
        <translation>لغة ال&amp;واجهة:</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>عُثر على عمل غير محفوظ</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>ا&amp;سترجاع</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>ت&amp;جاهل…</translation>
    </message>
    <message>
        <source>Start a new report</source>
        <translation>بدء تقرير جديد</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation>اكتب للبحث، مثلًا كينيا</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Reporting cycle (year)</source>
        <translation>دورة الإبلاغ (السنة)</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>&amp;Create the report</source>
        <translation>إ&amp;نشاء التقرير</translation>
    </message>
    <message>
        <source>Start from a &amp;previous report…</source>
        <translation>البدء من &amp;تقرير سابق…</translation>
    </message>
    <message>
        <source>Starting from a previous report copies its answers into the cycle above; each is marked for you to confirm.</source>
        <translation>يؤدي البدء من تقرير سابق إلى نسخ إجاباته إلى الدورة المحددة أعلاه؛ وتُعلَّم كل إجابة لكي تؤكدها.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>ال&amp;دولة:</translation>
    </message>
    <message>
        <source>C&amp;ycle (year):</source>
        <translation>دورة الإ&amp;بلاغ (السنة):</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;لغة التقرير:</translation>
    </message>
    <message>
        <source>Continue a report</source>
        <translation>مواصلة تقرير</translation>
    </message>
    <message>
        <source>Recent dra&amp;fts:</source>
        <translation>المسودات ال&amp;حديثة:</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>المسودات الحديثة</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>فتح المسودة المحددة</translation>
    </message>
    <message>
        <source>&amp;Open another draft…</source>
        <translation>&amp;فتح مسودة أخرى…</translation>
    </message>
    <message>
        <source>No drafts opened yet. Create a report, or open a draft someone sent you.</source>
        <translation>لم تُفتح أي مسودة بعد. أنشئ تقريرًا أو افتح مسودة أرسلها إليك أحد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsaved work was found.&lt;/b&gt; The program was closed before these changes were saved. Recover them to continue where you stopped.</source>
        <translation>&lt;b&gt;عُثر على عمل غير محفوظ.&lt;/b&gt; أُغلق البرنامج قبل حفظ هذه التغييرات. استرجعها لتواصل من حيث توقفت.</translation>
    </message>
    <message>
        <source>a new report, never saved to a file</source>
        <translation>تقرير جديد لم يُحفظ في ملف قط</translation>
    </message>
    <message>
        <source>{state}, cycle {cycle}: last kept safe {when}
{where}</source>
        <translation>{state}، دورة {cycle}: آخر حفظ احتياطي {when}
{where}</translation>
    </message>
    <message>
        <source>Choose a State</source>
        <translation>اختر دولة</translation>
    </message>
    <message>
        <source>Type the name of your State and choose it from the list.</source>
        <translation>اكتب اسم دولتك واخترها من القائمة.</translation>
    </message>
    <message>
        <source>The report cannot be created</source>
        <translation>تعذّر إنشاء التقرير</translation>
    </message>
    <message>
        <source>Open a draft report</source>
        <translation>فتح مسودة تقرير</translation>
    </message>
    <message>
        <source>Drafts (*.json);;All files (*)</source>
        <translation>المسودات (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>تعذّر فتح المسودة</translation>
    </message>
    <message>
        <source>Choose the previous report</source>
        <translation>اختر التقرير السابق</translation>
    </message>
    <message>
        <source>Reports and drafts (*.json);;All files (*)</source>
        <translation>التقارير والمسودات (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The previous report cannot be used</source>
        <translation>تعذّر استخدام التقرير السابق</translation>
    </message>
    <message>
        <source>The unsaved work cannot be recovered</source>
        <translation>تعذّر استرجاع العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>Discard the unsaved work?</source>
        <translation>هل تريد تجاهل العمل غير المحفوظ؟</translation>
    </message>
    <message>
        <source>The changes to {entry} will be lost. This cannot be undone.</source>
        <translation>ستُفقد التغييرات على {entry}. ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>الاحتفاظ بها</translation>
    </message>
</context>
<context>
    <name>TableControl</name>
    <message>
        <source>Add row</source>
        <extracomment>Column widths, in average characters, by kind.</extracomment>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>حذف الصف</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفّان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed file</source>
        <extracomment>The outcome of a check, for the style sheet and the icon. Verification finished: the ``VerifyResult``, or ``None`` when the file could not be read.</extracomment>
        <translation>التحقق من ملف موقَّع</translation>
    </message>
    <message>
        <source>Signed file to verify</source>
        <translation>الملف الموقَّع المراد التحقق منه</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Trusted root certificate (optional)</source>
        <translation>شهادة الجذر الموثوقة (اختيارية)</translation>
    </message>
    <message>
        <source>optional: the root certificate you trust (.pem)</source>
        <translation>اختياري: شهادة الجذر التي تثق بها (.pem)</translation>
    </message>
    <message>
        <source>Signed file (PDF, or JSON with its .p7s):</source>
        <translation>الملف الموقَّع (PDF، أو JSON مع ملف .p7s الخاص به):</translation>
    </message>
    <message>
        <source>Trusted root certificate:</source>
        <translation>شهادة الجذر الموثوقة:</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>التفاصيل التقنية</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>عرض التفاصيل ال&amp;تقنية</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>الت&amp;حقق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose a signed file</source>
        <translation>اختر ملفًا موقَّعًا</translation>
    </message>
    <message>
        <source>Signed submissions (*.pdf *.json);;All files (*)</source>
        <translation>التقارير الموقَّعة (*.pdf *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the root certificate you trust</source>
        <translation>اختر شهادة الجذر التي تثق بها</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt *.cer *.der);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Hide &amp;technical details</source>
        <translation>إخفاء التفاصيل ال&amp;تقنية</translation>
    </message>
    <message>
        <source>This file cannot be verified.</source>
        <translation>تعذّر التحقق من هذا الملف.</translation>
    </message>
    <message>
        <source>The JSON is the one that was signed.</source>
        <translation>ملف JSON هو الملف الذي وُقِّع.</translation>
    </message>
    <message>
        <source>The JSON is NOT the one that was signed: {detail}</source>
        <translation>ملف JSON ليس هو الملف الذي وُقِّع: {detail}</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>مشكلة: {problem}</translation>
    </message>
    <message>
        <source>The signature is NOT valid: the file was changed after it was signed, or the signature is broken. Do not rely on this file.</source>
        <translation>التوقيع غير صالح: عُدِّل الملف بعد توقيعه، أو أن التوقيع تالف. لا تعتمد على هذا الملف.</translation>
    </message>
    <message>
        <source>The signature is valid: the file is unchanged since it was signed, and the signer&apos;s certificate comes from an authority you trust.</source>
        <translation>التوقيع صالح: لم يُعدَّل الملف منذ توقيعه، وشهادة الموقِّع صادرة عن جهة تثق بها.</translation>
    </message>
    <message>
        <source>The file is unchanged since it was signed, but the signer&apos;s certificate does not come from the authority you gave: do not rely on who signed it.</source>
        <translation>لم يُعدَّل الملف منذ توقيعه، لكن شهادة الموقِّع ليست صادرة عن الجهة التي حددتها: لا تعتمد على هوية الموقِّع.</translation>
    </message>
    <message>
        <source>The file is unchanged since it was signed. Who signed it is not yet confirmed: compare the certificate fingerprint below with the one the signer gave you by telephone or letter, or give the root certificate you trust.</source>
        <translation>لم يُعدَّل الملف منذ توقيعه. ولم تتأكد بعدُ هوية الموقِّع: قارن بصمة الشهادة أدناه بالبصمة التي أبلغك بها الموقِّع هاتفيًا أو برسالة، أو حدِّد شهادة الجذر التي تثق بها.</translation>
    </message>
    <message>
        <source>Signed by: {who}</source>
        <translation>الموقِّع: {who}</translation>
    </message>
    <message>
        <source>Signed no later than {when}, by a trusted timestamp from {authority}.</source>
        <translation>وُقِّع {when} على أبعد تقدير، وفقًا لطابع زمني موثوق صادر عن {authority}.</translation>
    </message>
    <message>
        <source>Signed {when}, by the signer&apos;s computer clock (not a trusted time).</source>
        <translation>وُقِّع {when}، وفقًا لساعة حاسوب الموقِّع (وقت غير موثوق).</translation>
    </message>
    <message>
        <source>The signature does not say when it was made.</source>
        <translation>لا يبيّن التوقيع وقت إجرائه.</translation>
    </message>
    <message>
        <source>Content: unchanged since it was signed.</source>
        <translation>المحتوى: لم يتغيّر منذ التوقيع.</translation>
    </message>
    <message>
        <source>Content: CHANGED; it no longer matches the signature.</source>
        <translation>المحتوى: تغيَّر؛ ولم يعد مطابقًا للتوقيع.</translation>
    </message>
    <message>
        <source>Changed after signing: {changes}</source>
        <translation>تغييرات بعد التوقيع: {changes}</translation>
    </message>
    <message>
        <source>Nothing was added or changed after signing.</source>
        <translation>لم يُضَف أي شيء ولم يُعدَّل بعد التوقيع.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>بصمة الشهادة (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The certificate expired on {day}.</source>
        <translation>انتهت صلاحية الشهادة في {day}.</translation>
    </message>
    <message>
        <source>The certificate is valid until {day}.</source>
        <translation>الشهادة صالحة حتى {day}.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: the signer made it themselves.</source>
        <translation>الشهادة موقَّعة ذاتيًا: أنشأها الموقِّع بنفسه.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>National report</source>
        <extracomment>The languages the window speaks, in the UN&apos;s order. Each language&apos;s name in itself, as a chooser shows it. The locale dates and numbers are written in (Modern Standard Arabic with the digits 0-9 of UN documents; Simplified Chinese). Qt&apos;s own catalogue for each language (standard dialogs and buttons). The application the translators were installed in (none yet).</extracomment>
        <translation>التقرير الوطني</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>What may be typed into a field of each numeric kind (the validator, not a rule: it only stops letters; validation judges the value).</extracomment>
        <translation>سنة-شهر-يوم</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>A file could not be read or written{where}: {reason}.</source>
        <extracomment>What the dialog remembers between uses (never a passphrase or a PIN).</extracomment>
        <translation>تعذّرت قراءة ملف أو الكتابة فيه{where}: {reason}.</translation>
    </message>
    <message>
        <source>The work stopped on an unexpected problem ({kind}); nothing was changed.</source>
        <translation>توقفت العملية بسبب مشكلة غير متوقعة ({kind})؛ لم يُغيَّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>timestamps</name>
    <message>
        <source>at an unknown time</source>
        <extracomment>Unicode directional marks: first-strong and left-to-right isolates, their end, and the right-to-left mark (invisible; they only order the letters around them).</extracomment>
        <translation>في وقت غير معروف</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>اليوم الساعة {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>أمس الساعة {time}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>في {date} الساعة {time}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <source>Row {row}, {column}</source>
        <translation>الصف {row}، {column}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <comment>where a problem is, then the problem</comment>
        <translation>{place}: {message}</translation>
    </message>
</context>
</TS>
