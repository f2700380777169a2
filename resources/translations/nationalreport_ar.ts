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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New report…</source>
        <extracomment>The language the window was last built in.</extracomment>
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
        <extracomment>question number, path inside the answer</extracomment>
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
