<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AttachmentControl</name>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.txt);;All files (*)</source>
        <translation>文档 (*.pdf *.doc *.docx *.odt *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>无法附加该文件</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>No document attached.</source>
        <translation>未附加文件。</translation>
    </message>
    <message>
        <source>{name}, {size}, SHA-256 {digest}…</source>
        <translation>{name}，{size}，SHA-256 {digest}…</translation>
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
        <translation>无法打开草稿</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>发现未保存的工作</translation>
    </message>
    <message>
        <source>Changes to {path} were kept safe {when} but never saved. Recover them?</source>
        <translation>对 {path} 的更改已于{when}妥善保存，但从未存入文件。要恢复这些更改吗？</translation>
    </message>
    <message>
        <source>Recover the changes</source>
        <translation>恢复这些更改</translation>
    </message>
    <message>
        <source>Open the saved file and discard them</source>
        <translation>打开已保存的文件并放弃这些更改</translation>
    </message>
    <message>
        <source>Your work is kept.</source>
        <translation>您的工作已保留。</translation>
    </message>
    <message>
        <source>What you typed is kept safe for recovery.</source>
        <translation>您输入的内容已妥善保存以备恢复。</translation>
    </message>
    <message>
        <source>What you typed could not be kept safe for recovery: save the report now, to another place if need be.</source>
        <translation>您输入的内容未能妥善保存以备恢复：请立即保存报告，必要时保存到其他位置。</translation>
    </message>
    <message>
        <source>An unexpected problem</source>
        <translation>意外问题</translation>
    </message>
    <message>
        <source>The program met a problem it did not expect ({kind}). {kept} If it happens again, please report it, saying what you were doing.</source>
        <translation>程序遇到了意外问题（{kind}）。{kept}如果再次发生，请报告此问题，并说明您当时在做什么。</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Create a signing identity</source>
        <extracomment>The identity was created and saved.</extracomment>
        <translation>创建签名身份</translation>
    </message>
    <message>
        <source>For an official who has no certificate from their government: the program makes a signing key and a certificate in your name, kept on this computer and locked with a passphrase. Choose a passphrase you will remember; it cannot be recovered.</source>
        <translation>适用于没有本国政府颁发的证书的官员：本程序将以您的名义生成签名密钥和证书，保存在本计算机上，并以密码短语加以保护。请选择一个您能记住的密码短语；密码短语一旦遗忘，将无法找回。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>确认密码短语</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Organisation (ministry or agency):</source>
        <translation>单位（部委或机构）：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>确认密码短语：</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the passphrase again.</source>
        <translation>两次输入的密码短语不一致；请重新输入密码短语。</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>请选择至少包含 %n 个字符的密码短语。</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity was created.</source>
        <translation>未创建签名身份。</translation>
    </message>
    <message>
        <source>Your signing identity is ready.</source>
        <translation>您的签名身份已创建完毕。</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>证书指纹（SHA-256）：</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipient by telephone, or send it by letter, so that they can confirm your signature. The certificate to send them is {path}.</source>
        <translation>请通过电话向接收方宣读此指纹，或以信函方式寄送，以便对方确认您的签名。需发送给对方的证书为 {path}。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New report…</source>
        <extracomment>The language the window was last built in. The Sign dialog and the Verify view, while open (made when first asked for).</extracomment>
        <translation>新建报告(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Sign and &amp;export…</source>
        <translation>签名并导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed file…</source>
        <translation>验证已签名文件(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>上一节(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>下一节(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审查(&amp;R)</translation>
    </message>
    <message>
        <source>Next pro&amp;blem</source>
        <translation>下一处错误或提醒(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Help on this question</source>
        <translation>有关此问题的帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>已回答的问题</translation>
    </message>
    <message>
        <source>No problems are showing.</source>
        <translation>当前没有显示错误或提醒。</translation>
    </message>
    <message>
        <source>%v of %m questions answered</source>
        <translation>已回答 %v 个问题（共 %m 个）</translation>
    </message>
    <message>
        <source>not yet saved</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>{state}, {cycle} ({name})[*] - National report</source>
        <translation>{state}，{cycle}（{name}）[*] - 国家报告</translation>
    </message>
    <message>
        <source>Unsaved changes · not kept safe for recovery: save the report</source>
        <translation>有未保存的更改 · 未能妥善保存以备恢复：请保存报告</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的更改</translation>
    </message>
    <message>
        <source>kept safe for recovery {when}</source>
        <translation>已于{when}妥善保存以备恢复</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>已于{when}保存</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>将报告另存为</translation>
    </message>
    <message>
        <source>Drafts (*.json);;All files (*)</source>
        <translation>草稿 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>The report has changes that are not saved. Save them before closing?</source>
        <translation>报告中有未保存的更改。关闭前要保存吗？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open a draft report</source>
        <translation>打开报告草稿</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>无法打开草稿</translation>
    </message>
</context>
<context>
    <name>MultichoiceControl</name>
    <message>
        <source>Say what it is</source>
        <translation>请说明</translation>
    </message>
    <message>
        <source>Other, say what it is</source>
        <translation>其他，请说明</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Review: problems and unanswered questions</source>
        <translation>审查：错误、提醒和未回答的问题</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Has advisories</source>
        <translation>有提醒</translation>
    </message>
    <message>
        <source>{state} · {answered} of {total} answered</source>
        <translation>{state} · 已回答 {answered}/{total}</translation>
    </message>
</context>
<context>
    <name>PlaceholderControl</name>
    <message>
        <source>This version of the program cannot show answers of the kind “{kind}”. Any answer already given is kept unchanged.</source>
        <translation>此版本的程序无法显示“{kind}”类型的答案。已给出的答案均原样保留。</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Error: {problem}</source>
        <extracomment>Where each part of a row sits in its grid, under the number and text (row 0).</extracomment>
        <translation>错误：{problem}</translation>
    </message>
    <message>
        <source>Advisory: {problem}</source>
        <translation>提醒：{problem}</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Source: {source}</source>
        <extracomment>Template texts are shown in the interface language (English where missing).</extracomment>
        <translation>出处：{source}</translation>
    </message>
    <message>
        <source>?</source>
        <comment>the button that shows a question&apos;s help</comment>
        <translation>？</translation>
    </message>
    <message>
        <source>(F1 shows this help under the question.)</source>
        <translation>（按 F1 可在问题下方显示此帮助。）</translation>
    </message>
    <message>
        <source>Help on {number}</source>
        <translation>问题 {number} 的帮助</translation>
    </message>
    <message>
        <source>Carried over from the previous report: check that it is still true.</source>
        <translation>沿用自上一份报告：请核实是否仍然属实。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm the answer to {number}</source>
        <translation>确认问题 {number} 的答案</translation>
    </message>
</context>
<context>
    <name>RetentionControl</name>
    <message>
        <source>Kept indefinitely</source>
        <translation>无限期保存</translation>
    </message>
    <message>
        <source>Or for this many years</source>
        <translation>或保存年数</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <extracomment>question number, path inside the answer The official asked to sign the report from here.</extracomment>
        <translation>审查</translation>
    </message>
    <message>
        <source>Press Enter or double-click a line to go to its question.</source>
        <translation>按 Enter 键或双击某一行即可转到相应问题。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation>签名并导出…</translation>
    </message>
    <message>
        <source>Problems and unanswered questions</source>
        <translation>错误、提醒和未回答的问题</translation>
    </message>
    <message>
        <source>Unanswered: {number} {text}</source>
        <translation>未回答：{number} {text}</translation>
    </message>
    <message>
        <source>To confirm (carried from the previous report): {number} {text}</source>
        <translation>待确认（沿用自上一份报告）：{number} {text}</translation>
    </message>
    <message>
        <source>{title}: {counts}</source>
        <translation>{title}：{counts}</translation>
    </message>
    <message>
        <source>Error: {number} {problem}</source>
        <translation>错误：{number} {problem}</translation>
    </message>
    <message>
        <source>Advisory: {number} {problem}</source>
        <translation>提醒：{number} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advisory(ies)</source>
        <translation>
            <numerusform>%n 个提醒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n 个未回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n 个待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of a summary</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Skipped.</source>
        <extracomment>Template texts are shown in the interface language (English where missing).</extracomment>
        <translation>已跳过。</translation>
    </message>
    <message>
        <source>Skipped: you answered “{answer}” to {number}.</source>
        <translation>已跳过：您对问题 {number} 的回答是“{answer}”。</translation>
    </message>
    <message>
        <source>The earlier answer is kept in the draft, but it will not be sent.</source>
        <translation>先前的答案保留在草稿中，但不会提交。</translation>
    </message>
</context>
<context>
    <name>SetAnswer</name>
    <message>
        <source>edit {number}</source>
        <extracomment>``QUndoCommand.id`` of edits that may merge; commands with other ids never do.</extracomment>
        <translation>编辑 {number}</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign and export the report</source>
        <extracomment>The official asked to see the errors on the review page. Signing finished and wrote these files. Signing failed with this message (after the dialog showed it).</extracomment>
        <translation>签名并导出报告</translation>
    </message>
    <message>
        <source>The signing time is taken from this computer&apos;s clock; the signature does not prove it. A trusted timestamp can be added later, when a connection is available (nationalreport timestamp).</source>
        <translation>签名时间取自本计算机的时钟，签名本身并不能证明该时间。日后联网时，可添加可信时间戳（nationalreport timestamp）。</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>正在签名</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation>签名内容</translation>
    </message>
    <message>
        <source>The national report of {state} for {cycle}, in {language}: {answered} of {total} questions answered.</source>
        <translation>{state} {cycle} 年周期国家报告（{language}）：已回答 {answered} 个问题（共 {total} 个）。</translation>
    </message>
    <message>
        <source>Files to be written: {files}</source>
        <translation>将写入的文件：{files}</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Show the errors on the review page</source>
        <translation>在“审查”页面上显示错误</translation>
    </message>
    <message>
        <source>Advisory notes</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>{number} {problem}</source>
        <translation>{number} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n error(s). Correct them before signing: nothing can be signed while an error remains.</source>
        <translation>
            <numerusform>报告中有 %n 个错误。请在签名前予以更正：只要仍有错误，便无法签名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors. %n advisory note(s) remain: they do not stop signing, and they will be listed with the signed files.</source>
        <translation>
            <numerusform>没有错误。仍有 %n 个提醒：提醒不妨碍签名，并将随已签名文件一并列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors and no advisory notes.</source>
        <translation>没有错误，也没有提醒。</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>A certificate &amp;file (.p12 or .pfx)</source>
        <translation>证书文件（.p12 或 .pfx）(&amp;F)</translation>
    </message>
    <message>
        <source>A smart card or USB &amp;token</source>
        <translation>智能卡或 USB 令牌(&amp;T)</translation>
    </message>
    <message>
        <source>My signing &amp;identity, created on this computer</source>
        <translation>我在本计算机上创建的签名身份(&amp;I)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Passphrase of the certificate file</source>
        <translation>证书文件的密码短语</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>证书文件：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>PKCS#11 library of the card or token</source>
        <translation>智能卡或令牌的 PKCS#11 库</translation>
    </message>
    <message>
        <source>the driver file its maker supplies (.dll or .so)</source>
        <translation>制造商提供的驱动程序文件（.dll 或 .so）</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>令牌标签</translation>
    </message>
    <message>
        <source>PIN of the card or token</source>
        <translation>智能卡或令牌的 PIN 码</translation>
    </message>
    <message>
        <source>PKCS#11 library:</source>
        <translation>PKCS#11 库：</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>令牌标签：</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN 码：</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <source>&amp;Create a signing identity…</source>
        <translation>创建签名身份(&amp;C)…</translation>
    </message>
    <message>
        <source>Passphrase of the identity</source>
        <translation>签名身份的密码短语</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Where to write the signed files</source>
        <translation>已签名文件的保存位置</translation>
    </message>
    <message>
        <source>Folder for the signed files</source>
        <translation>存放已签名文件的文件夹</translation>
    </message>
    <message>
        <source>Reason for signing</source>
        <translation>签名原因</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>已写入的文件</translation>
    </message>
    <message>
        <source>&amp;Verify the signed PDF…</source>
        <translation>验证已签名的 PDF(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>{who} (created {when})</source>
        <translation>{who}（创建于{when}）</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>证书指纹（SHA-256）：</translation>
    </message>
    <message>
        <source>No signing identity has been created on this computer yet.</source>
        <translation>尚未在本计算机上创建签名身份。</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>证书文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 library of the card or token</source>
        <translation>选择智能卡或令牌的 PKCS#11 库</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>库文件 (*.dll *.so *.dylib);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the folder for the signed files</source>
        <translation>选择存放已签名文件的文件夹</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>未签名任何内容。</translation>
    </message>
    <message>
        <source>The report is signed by {who}.</source>
        <translation>报告已由 {who} 签名。</translation>
    </message>
    <message>
        <source>This certificate is self-signed: send its fingerprint to the recipient by telephone or letter, so that they can confirm the signature is yours.</source>
        <translation>此证书为自签名证书：请通过电话或信函将其指纹告知接收方，以便对方确认签名确系您本人所签。</translation>
    </message>
    <message>
        <source>Written in {folder}:</source>
        <translation>文件已写入 {folder}：</translation>
    </message>
    <message numerus="yes">
        <source>Signed with %n advisory note(s) still open.</source>
        <translation>
            <numerusform>已签名，仍有 %n 个提醒未处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>National report on small arms and light weapons</source>
        <extracomment>Each language&apos;s name in itself, as a chooser shows it. A report is ready to be edited (a ``Session``).</extracomment>
        <translation>小武器和轻武器国家报告</translation>
    </message>
    <message>
        <source>National report on the Programme of Action on small arms and light weapons and the International Tracing Instrument</source>
        <translation>关于小武器和轻武器问题《行动纲领》和《国际追查文书》的国家报告</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>窗口语言</translation>
    </message>
    <message>
        <source>Language of the &amp;window:</source>
        <translation>窗口语言(&amp;W)：</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>发现未保存的工作</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>放弃(&amp;D)…</translation>
    </message>
    <message>
        <source>Start a new report</source>
        <translation>开始新报告</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation>输入名称搜索，例如“肯尼亚”</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Reporting cycle (year)</source>
        <translation>报告周期（年份）</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>&amp;Create the report</source>
        <translation>创建报告(&amp;C)</translation>
    </message>
    <message>
        <source>Start from a &amp;previous report…</source>
        <translation>从以前的报告开始(&amp;P)…</translation>
    </message>
    <message>
        <source>Starting from a previous report copies its answers into the cycle above; each is marked for you to confirm.</source>
        <translation>从以前的报告开始会将其答案复制到上面的周期中；每个答案都会加上标记，供您确认。</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>国家(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;ycle (year):</source>
        <translation>周期（年份）(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Continue a report</source>
        <translation>继续填写报告</translation>
    </message>
    <message>
        <source>Recent dra&amp;fts:</source>
        <translation>最近的草稿(&amp;F)：</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>最近的草稿</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>打开所选草稿</translation>
    </message>
    <message>
        <source>&amp;Open another draft…</source>
        <translation>打开其他草稿(&amp;O)…</translation>
    </message>
    <message>
        <source>No drafts opened yet. Create a report, or open a draft someone sent you.</source>
        <translation>尚未打开任何草稿。请创建报告，或打开别人发给您的草稿。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsaved work was found.&lt;/b&gt; The program was closed before these changes were saved. Recover them to continue where you stopped.</source>
        <translation>&lt;b&gt;发现未保存的工作。&lt;/b&gt;程序在保存这些更改之前已关闭。恢复这些更改即可从中断处继续。</translation>
    </message>
    <message>
        <source>a new report, never saved to a file</source>
        <translation>新报告，从未保存到文件</translation>
    </message>
    <message>
        <source>{state}, cycle {cycle}: last kept safe {when}
{where}</source>
        <translation>{state}，{cycle} 年周期：最近一次妥善保存于{when}
{where}</translation>
    </message>
    <message>
        <source>Choose a State</source>
        <translation>请选择国家</translation>
    </message>
    <message>
        <source>Type the name of your State and choose it from the list.</source>
        <translation>请输入贵国名称，并从列表中选择。</translation>
    </message>
    <message>
        <source>The report cannot be created</source>
        <translation>无法创建报告</translation>
    </message>
    <message>
        <source>Open a draft report</source>
        <translation>打开报告草稿</translation>
    </message>
    <message>
        <source>Drafts (*.json);;All files (*)</source>
        <translation>草稿 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>无法打开草稿</translation>
    </message>
    <message>
        <source>Choose the previous report</source>
        <translation>选择以前的报告</translation>
    </message>
    <message>
        <source>Reports and drafts (*.json);;All files (*)</source>
        <translation>报告和草稿 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The previous report cannot be used</source>
        <translation>无法使用以前的报告</translation>
    </message>
    <message>
        <source>The unsaved work cannot be recovered</source>
        <translation>无法恢复未保存的工作</translation>
    </message>
    <message>
        <source>Discard the unsaved work?</source>
        <translation>要放弃未保存的工作吗？</translation>
    </message>
    <message>
        <source>The changes to {entry} will be lost. This cannot be undone.</source>
        <translation>对 {entry} 的更改将丢失。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>放弃这些更改</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>TableControl</name>
    <message>
        <source>Add row</source>
        <extracomment>Column widths, in average characters, by kind.</extracomment>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed file</source>
        <extracomment>The outcome of a check, for the style sheet and the icon. Verification finished: the ``VerifyResult``, or ``None`` when the file could not be read.</extracomment>
        <translation>验证已签名文件</translation>
    </message>
    <message>
        <source>Signed file to verify</source>
        <translation>要验证的已签名文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Trusted root certificate (optional)</source>
        <translation>可信根证书（可选）</translation>
    </message>
    <message>
        <source>optional: the root certificate you trust (.pem)</source>
        <translation>可选：您信任的根证书（.pem）</translation>
    </message>
    <message>
        <source>Signed file (PDF, or JSON with its .p7s):</source>
        <translation>已签名文件（PDF，或 JSON 及其 .p7s 文件）：</translation>
    </message>
    <message>
        <source>Trusted root certificate:</source>
        <translation>可信根证书：</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术详情</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>显示技术详情(&amp;T)</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a signed file</source>
        <translation>选择已签名文件</translation>
    </message>
    <message>
        <source>Signed submissions (*.pdf *.json);;All files (*)</source>
        <translation>已签名的报告 (*.pdf *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the root certificate you trust</source>
        <translation>选择您信任的根证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Hide &amp;technical details</source>
        <translation>隐藏技术详情(&amp;T)</translation>
    </message>
    <message>
        <source>This file cannot be verified.</source>
        <translation>无法验证此文件。</translation>
    </message>
    <message>
        <source>The JSON is the one that was signed.</source>
        <translation>该 JSON 文件正是已签名的文件。</translation>
    </message>
    <message>
        <source>The JSON is NOT the one that was signed: {detail}</source>
        <translation>该 JSON 文件并非已签名的文件：{detail}</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>问题：{problem}</translation>
    </message>
    <message>
        <source>The signature is NOT valid: the file was changed after it was signed, or the signature is broken. Do not rely on this file.</source>
        <translation>签名无效：文件在签名后已被更改，或签名已损坏。请勿依赖此文件。</translation>
    </message>
    <message>
        <source>The signature is valid: the file is unchanged since it was signed, and the signer&apos;s certificate comes from an authority you trust.</source>
        <translation>签名有效：文件自签名以来未被更改，且签名人的证书来自您信任的机构。</translation>
    </message>
    <message>
        <source>The file is unchanged since it was signed, but the signer&apos;s certificate does not come from the authority you gave: do not rely on who signed it.</source>
        <translation>文件自签名以来未被更改，但签名人的证书并非来自您指定的机构：请勿轻信签名人的身份。</translation>
    </message>
    <message>
        <source>The file is unchanged since it was signed. Who signed it is not yet confirmed: compare the certificate fingerprint below with the one the signer gave you by telephone or letter, or give the root certificate you trust.</source>
        <translation>文件自签名以来未被更改。签名人的身份尚未确认：请将下方的证书指纹与签名人通过电话或信函告知您的指纹进行比对，或指定您信任的根证书。</translation>
    </message>
    <message>
        <source>Signed by: {who}</source>
        <translation>签名人：{who}</translation>
    </message>
    <message>
        <source>Signed no later than {when}, by a trusted timestamp from {authority}.</source>
        <translation>最迟于{when}签名，依据 {authority} 提供的可信时间戳。</translation>
    </message>
    <message>
        <source>Signed {when}, by the signer&apos;s computer clock (not a trusted time).</source>
        <translation>于{when}签名，时间取自签名人计算机的时钟（非可信时间）。</translation>
    </message>
    <message>
        <source>The signature does not say when it was made.</source>
        <translation>签名未注明签名时间。</translation>
    </message>
    <message>
        <source>Content: unchanged since it was signed.</source>
        <translation>内容：自签名以来未被更改。</translation>
    </message>
    <message>
        <source>Content: CHANGED; it no longer matches the signature.</source>
        <translation>内容：已被更改，与签名不再相符。</translation>
    </message>
    <message>
        <source>Changed after signing: {changes}</source>
        <translation>签名后的更改：{changes}</translation>
    </message>
    <message>
        <source>Nothing was added or changed after signing.</source>
        <translation>签名后未添加或更改任何内容。</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>证书指纹（SHA-256）：{fingerprint}</translation>
    </message>
    <message>
        <source>The certificate expired on {day}.</source>
        <translation>证书已于{day}过期。</translation>
    </message>
    <message>
        <source>The certificate is valid until {day}.</source>
        <translation>证书有效期至{day}。</translation>
    </message>
    <message>
        <source>The certificate is self-signed: the signer made it themselves.</source>
        <translation>该证书为自签名证书：由签名人自行生成。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>National report</source>
        <extracomment>The languages the window speaks, in the UN&apos;s order. Each language&apos;s name in itself, as a chooser shows it. The locale dates and numbers are written in (Modern Standard Arabic with the digits 0-9 of UN documents; Simplified Chinese). Qt&apos;s own catalogue for each language (standard dialogs and buttons). The application the translators were installed in (none yet).</extracomment>
        <translation>国家报告</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>What may be typed into a field of each numeric kind (the validator, not a rule: it only stops letters; validation judges the value).</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>A file could not be read or written{where}: {reason}.</source>
        <extracomment>What the dialog remembers between uses (never a passphrase or a PIN).</extracomment>
        <translation>无法读取或写入文件{where}：{reason}。</translation>
    </message>
    <message>
        <source>The work stopped on an unexpected problem ({kind}); nothing was changed.</source>
        <translation>操作因意外问题（{kind}）而中止；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>timestamps</name>
    <message>
        <source>at an unknown time</source>
        <extracomment>Unicode directional marks: first-strong and left-to-right isolates, their end, and the right-to-left mark (invisible; they only order the letters around them).</extracomment>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>昨天 {time}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} {time}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>Row {row}, {column}</source>
        <translation>第 {row} 行，{column}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <comment>where a problem is, then the problem</comment>
        <translation>{place}：{message}</translation>
    </message>
</context>
</TS>
