<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AttachmentControl</name>
    <message>
        <source>Choose file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.txt);;All files (*)</source>
        <translation>Documentos (*.pdf *.doc *.docx *.odt *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>No se puede adjuntar el archivo</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>No se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>No document attached.</source>
        <translation>No hay ningún documento adjunto.</translation>
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
        <translation>nombre@ministerio.gob</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The draft cannot be opened</source>
        <translation>No se puede abrir el borrador</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Se encontró trabajo sin guardar</translation>
    </message>
    <message>
        <source>Changes to {path} were kept safe {when} but never saved. Recover them?</source>
        <translation>Los cambios en {path} se pusieron a salvo {when}, pero nunca se guardaron. ¿Desea recuperarlos?</translation>
    </message>
    <message>
        <source>Recover the changes</source>
        <translation>Recuperar los cambios</translation>
    </message>
    <message>
        <source>Open the saved file and discard them</source>
        <translation>Abrir el archivo guardado y descartarlos</translation>
    </message>
    <message>
        <source>Your work is kept.</source>
        <translation>Su trabajo se conserva.</translation>
    </message>
    <message>
        <source>What you typed is kept safe for recovery.</source>
        <translation>Lo que ha escrito está puesto a salvo para recuperarlo.</translation>
    </message>
    <message>
        <source>What you typed could not be kept safe for recovery: save the report now, to another place if need be.</source>
        <translation>Lo que ha escrito no se pudo poner a salvo para recuperarlo: guarde el informe ahora, en otro lugar si es necesario.</translation>
    </message>
    <message>
        <source>An unexpected problem</source>
        <translation>Un problema inesperado</translation>
    </message>
    <message>
        <source>The program met a problem it did not expect ({kind}). {kept} If it happens again, please report it, saying what you were doing.</source>
        <translation>El programa encontró un problema inesperado ({kind}). {kept} Si vuelve a ocurrir, infórmelo indicando lo que estaba haciendo.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Create a signing identity</source>
        <extracomment>The identity was created and saved.</extracomment>
        <translation>Crear una identidad de firma</translation>
    </message>
    <message>
        <source>For an official who has no certificate from their government: the program makes a signing key and a certificate in your name, kept on this computer and locked with a passphrase. Choose a passphrase you will remember; it cannot be recovered.</source>
        <translation>Para los funcionarios que no tienen un certificado expedido por su gobierno: el programa crea una clave de firma y un certificado a su nombre, que se conservan en esta computadora protegidos con una frase de contraseña. Elija una frase de contraseña que pueda recordar; no se podrá recuperar.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmación de la frase de contraseña</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Organisation (ministry or agency):</source>
        <translation>Organización (ministerio u organismo):</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Confirmación de la frase de contraseña:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the passphrase again.</source>
        <translation>Las dos frases de contraseña no coinciden; vuelva a escribir la frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Elija una frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elija una frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity was created.</source>
        <translation>No se ha creado ninguna identidad.</translation>
    </message>
    <message>
        <source>Your signing identity is ready.</source>
        <translation>Su identidad de firma está lista.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Huella digital del certificado (SHA-256):</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipient by telephone, or send it by letter, so that they can confirm your signature. The certificate to send them is {path}.</source>
        <translation>Lea esta huella digital al destinatario por teléfono, o envíesela por carta, para que pueda confirmar su firma. El certificado que debe enviarle es {path}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New report…</source>
        <extracomment>The language the window was last built in. The Sign dialog and the Verify view, while open (made when first asked for).</extracomment>
        <translation>&amp;Nuevo informe…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Sign and &amp;export…</source>
        <translation>&amp;Firmar y exportar…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed file…</source>
        <translation>&amp;Verificar un archivo firmado…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Sección &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Sección &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>Next pro&amp;blem</source>
        <translation>&amp;Problema siguiente</translation>
    </message>
    <message>
        <source>&amp;Help on this question</source>
        <translation>A&amp;yuda sobre esta pregunta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navegación</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Ante&amp;rior</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>No problems are showing.</source>
        <translation>No se muestra ningún problema.</translation>
    </message>
    <message>
        <source>%v of %m questions answered</source>
        <translation>%v de %m preguntas respondidas</translation>
    </message>
    <message>
        <source>not yet saved</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <source>{state}, {cycle} ({name})[*] - National report</source>
        <translation>{state}, {cycle} ({name})[*] - Informe nacional</translation>
    </message>
    <message>
        <source>Unsaved changes · not kept safe for recovery: save the report</source>
        <translation>Cambios sin guardar · no puestos a salvo para recuperarlos: guarde el informe</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>kept safe for recovery {when}</source>
        <translation>puestos a salvo para recuperarlos {when}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no se ha guardado</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>Guardado {when}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Guardar el informe como</translation>
    </message>
    <message>
        <source>Drafts (*.json);;All files (*)</source>
        <translation>Borradores (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>El informe no se ha guardado</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>The report has changes that are not saved. Save them before closing?</source>
        <translation>El informe tiene cambios sin guardar. ¿Desea guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open a draft report</source>
        <translation>Abrir un borrador de informe</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>No se puede abrir el borrador</translation>
    </message>
</context>
<context>
    <name>MultichoiceControl</name>
    <message>
        <source>Say what it is</source>
        <translation>Especifique</translation>
    </message>
    <message>
        <source>Other, say what it is</source>
        <translation>Otro, especifique</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Review: problems and unanswered questions</source>
        <translation>Revisión: problemas y preguntas sin respuesta</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Tiene errores</translation>
    </message>
    <message>
        <source>Has advisories</source>
        <translation>Tiene advertencias</translation>
    </message>
    <message>
        <source>{state} · {answered} of {total} answered</source>
        <translation>{state} · {answered} de {total} respondidas</translation>
    </message>
</context>
<context>
    <name>PlaceholderControl</name>
    <message>
        <source>This version of the program cannot show answers of the kind “{kind}”. Any answer already given is kept unchanged.</source>
        <translation>Esta versión del programa no puede mostrar respuestas del tipo «{kind}». Toda respuesta ya dada se conserva sin cambios.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Error: {problem}</source>
        <extracomment>Where each part of a row sits in its grid, under the number and text (row 0).</extracomment>
        <translation>Error: {problem}</translation>
    </message>
    <message>
        <source>Advisory: {problem}</source>
        <translation>Advertencia: {problem}</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Source: {source}</source>
        <extracomment>Template texts are shown in the interface language (English where missing).</extracomment>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>?</source>
        <comment>the button that shows a question&apos;s help</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>(F1 shows this help under the question.)</source>
        <translation>(F1 muestra esta ayuda debajo de la pregunta.)</translation>
    </message>
    <message>
        <source>Help on {number}</source>
        <translation>Ayuda sobre la pregunta {number}</translation>
    </message>
    <message>
        <source>Carried over from the previous report: check that it is still true.</source>
        <translation>Tomado del informe anterior: compruebe que sigue siendo cierto.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm the answer to {number}</source>
        <translation>Confirmar la respuesta a la pregunta {number}</translation>
    </message>
</context>
<context>
    <name>RetentionControl</name>
    <message>
        <source>Kept indefinitely</source>
        <translation>Se conservan indefinidamente</translation>
    </message>
    <message>
        <source>Or for this many years</source>
        <translation>O durante este número de años</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <extracomment>question number, path inside the answer The official asked to sign the report from here.</extracomment>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Press Enter or double-click a line to go to its question.</source>
        <translation>Pulse Intro o haga doble clic en una línea para ir a su pregunta.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation>Firmar y exportar…</translation>
    </message>
    <message>
        <source>Problems and unanswered questions</source>
        <translation>Problemas y preguntas sin respuesta</translation>
    </message>
    <message>
        <source>Unanswered: {number} {text}</source>
        <translation>Sin respuesta: {number} {text}</translation>
    </message>
    <message>
        <source>To confirm (carried from the previous report): {number} {text}</source>
        <translation>Por confirmar (tomado del informe anterior): {number} {text}</translation>
    </message>
    <message>
        <source>{title}: {counts}</source>
        <translation>{title}: {counts}</translation>
    </message>
    <message>
        <source>Error: {number} {problem}</source>
        <translation>Error: {number} {problem}</translation>
    </message>
    <message>
        <source>Advisory: {number} {problem}</source>
        <translation>Advertencia: {number} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advisory(ies)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n sin respuesta</numerusform>
            <numerusform>%n sin respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n por confirmar</numerusform>
            <numerusform>%n por confirmar</numerusform>
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
        <translation>No procede.</translation>
    </message>
    <message>
        <source>Skipped: you answered “{answer}” to {number}.</source>
        <translation>No procede: respondió «{answer}» a la pregunta {number}.</translation>
    </message>
    <message>
        <source>The earlier answer is kept in the draft, but it will not be sent.</source>
        <translation>La respuesta anterior se conserva en el borrador, pero no se enviará.</translation>
    </message>
</context>
<context>
    <name>SetAnswer</name>
    <message>
        <source>edit {number}</source>
        <extracomment>``QUndoCommand.id`` of edits that may merge; commands with other ids never do.</extracomment>
        <translation>editar {number}</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign and export the report</source>
        <extracomment>The official asked to see the errors on the review page. Signing finished and wrote these files. Signing failed with this message (after the dialog showed it).</extracomment>
        <translation>Firmar y exportar el informe</translation>
    </message>
    <message>
        <source>The signing time is taken from this computer&apos;s clock; the signature does not prove it. A trusted timestamp can be added later, when a connection is available (nationalreport timestamp).</source>
        <translation>La hora de la firma se toma del reloj de esta computadora; la firma no la acredita. Más adelante, cuando haya conexión, se podrá añadir un sello de tiempo de confianza (nationalreport timestamp).</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firma en curso</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation>Qué se firmará</translation>
    </message>
    <message>
        <source>The national report of {state} for {cycle}, in {language}: {answered} of {total} questions answered.</source>
        <translation>Informe nacional – {state}, ciclo {cycle}, idioma: {language}. {answered} de {total} preguntas respondidas.</translation>
    </message>
    <message>
        <source>Files to be written: {files}</source>
        <translation>Archivos que se crearán: {files}</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Show the errors on the review page</source>
        <translation>Mostrar los errores en la página Revisión</translation>
    </message>
    <message>
        <source>Advisory notes</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>{number} {problem}</source>
        <translation>{number} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n error(s). Correct them before signing: nothing can be signed while an error remains.</source>
        <translation>
            <numerusform>El informe tiene %n error. Corríjalo antes de firmar: no se puede firmar nada mientras quede algún error.</numerusform>
            <numerusform>El informe tiene %n errores. Corríjalos antes de firmar: no se puede firmar nada mientras quede algún error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors. %n advisory note(s) remain: they do not stop signing, and they will be listed with the signed files.</source>
        <translation>
            <numerusform>No hay errores. Queda %n advertencia: no impide la firma y se indicará junto con los archivos firmados.</numerusform>
            <numerusform>No hay errores. Quedan %n advertencias: no impiden la firma y se indicarán junto con los archivos firmados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors and no advisory notes.</source>
        <translation>No hay errores ni advertencias.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>A certificate &amp;file (.p12 or .pfx)</source>
        <translation>Un &amp;archivo de certificado (.p12 o .pfx)</translation>
    </message>
    <message>
        <source>A smart card or USB &amp;token</source>
        <translation>Una tarjeta inteligente o un &amp;token USB</translation>
    </message>
    <message>
        <source>My signing &amp;identity, created on this computer</source>
        <translation>Mi &amp;identidad de firma, creada en esta computadora</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Passphrase of the certificate file</source>
        <translation>Frase de contraseña del archivo de certificado</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Archivo de certificado:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>PKCS#11 library of the card or token</source>
        <translation>Biblioteca PKCS#11 de la tarjeta o del token</translation>
    </message>
    <message>
        <source>the driver file its maker supplies (.dll or .so)</source>
        <translation>el archivo de controlador que proporciona el fabricante (.dll o .so)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Etiqueta del token</translation>
    </message>
    <message>
        <source>PIN of the card or token</source>
        <translation>PIN de la tarjeta o del token</translation>
    </message>
    <message>
        <source>PKCS#11 library:</source>
        <translation>Biblioteca PKCS#11:</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>Etiqueta del token:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identidad de firma</translation>
    </message>
    <message>
        <source>&amp;Create a signing identity…</source>
        <translation>&amp;Crear una identidad de firma…</translation>
    </message>
    <message>
        <source>Passphrase of the identity</source>
        <translation>Frase de contraseña de la identidad</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identidad:</translation>
    </message>
    <message>
        <source>Where to write the signed files</source>
        <translation>Dónde guardar los archivos firmados</translation>
    </message>
    <message>
        <source>Folder for the signed files</source>
        <translation>Carpeta de los archivos firmados</translation>
    </message>
    <message>
        <source>Reason for signing</source>
        <translation>Motivo de la firma</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Archivos creados</translation>
    </message>
    <message>
        <source>&amp;Verify the signed PDF…</source>
        <translation>&amp;Verificar el PDF firmado…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Abrir la car&amp;peta</translation>
    </message>
    <message>
        <source>{who} (created {when})</source>
        <translation>{who} (creada {when})</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Huella digital del certificado (SHA-256):</translation>
    </message>
    <message>
        <source>No signing identity has been created on this computer yet.</source>
        <translation>Todavía no se ha creado ninguna identidad de firma en esta computadora.</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Elija el archivo de certificado</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Archivos de certificado (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 library of the card or token</source>
        <translation>Elija la biblioteca PKCS#11 de la tarjeta o del token</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Bibliotecas (*.dll *.so *.dylib);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the folder for the signed files</source>
        <translation>Elija la carpeta de los archivos firmados</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>No se ha firmado nada.</translation>
    </message>
    <message>
        <source>The report is signed by {who}.</source>
        <translation>El informe está firmado por {who}.</translation>
    </message>
    <message>
        <source>This certificate is self-signed: send its fingerprint to the recipient by telephone or letter, so that they can confirm the signature is yours.</source>
        <translation>Este certificado es autofirmado: comunique su huella digital al destinatario por teléfono o por carta, para que pueda confirmar que la firma es suya.</translation>
    </message>
    <message>
        <source>Written in {folder}:</source>
        <translation>Archivos creados en {folder}:</translation>
    </message>
    <message numerus="yes">
        <source>Signed with %n advisory note(s) still open.</source>
        <translation>
            <numerusform>Firmado con %n advertencia aún pendiente.</numerusform>
            <numerusform>Firmado con %n advertencias aún pendientes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>National report on small arms and light weapons</source>
        <extracomment>Each language&apos;s name in itself, as a chooser shows it. A report is ready to be edited (a ``Session``).</extracomment>
        <translation>Informe nacional sobre armas pequeñas y armas ligeras</translation>
    </message>
    <message>
        <source>National report on the Programme of Action on small arms and light weapons and the International Tracing Instrument</source>
        <translation>Informe nacional sobre el Programa de Acción sobre armas pequeñas y armas ligeras y el Instrumento Internacional de Localización</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>Language of the &amp;window:</source>
        <translation>Idioma de la &amp;ventana:</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Se encontró trabajo sin guardar</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Start a new report</source>
        <translation>Empezar un nuevo informe</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation>Escriba para buscar, p. ej., Kenia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reporting cycle (year)</source>
        <translation>Ciclo de presentación de informes (año)</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>&amp;Create the report</source>
        <translation>Crear el in&amp;forme</translation>
    </message>
    <message>
        <source>Start from a &amp;previous report…</source>
        <translation>Partir de un informe &amp;anterior…</translation>
    </message>
    <message>
        <source>Starting from a previous report copies its answers into the cycle above; each is marked for you to confirm.</source>
        <translation>Al partir de un informe anterior se copian sus respuestas en el ciclo indicado arriba; cada una queda marcada para que usted la confirme.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>C&amp;ycle (year):</source>
        <translation>&amp;Ciclo (año):</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>Continue a report</source>
        <translation>Continuar un informe</translation>
    </message>
    <message>
        <source>Recent dra&amp;fts:</source>
        <translation>&amp;Borradores recientes:</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Borradores recientes</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Abrir el borrador seleccionado</translation>
    </message>
    <message>
        <source>&amp;Open another draft…</source>
        <translation>Abrir &amp;otro borrador…</translation>
    </message>
    <message>
        <source>No drafts opened yet. Create a report, or open a draft someone sent you.</source>
        <translation>Todavía no se ha abierto ningún borrador. Cree un informe o abra un borrador que le hayan enviado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsaved work was found.&lt;/b&gt; The program was closed before these changes were saved. Recover them to continue where you stopped.</source>
        <translation>&lt;b&gt;Se encontró trabajo sin guardar.&lt;/b&gt; El programa se cerró antes de que se guardaran estos cambios. Recupérelos para continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>a new report, never saved to a file</source>
        <translation>un informe nuevo, nunca guardado en un archivo</translation>
    </message>
    <message>
        <source>{state}, cycle {cycle}: last kept safe {when}
{where}</source>
        <translation>{state}, ciclo {cycle}: puesto a salvo por última vez {when}
{where}</translation>
    </message>
    <message>
        <source>Choose a State</source>
        <translation>Elija un Estado</translation>
    </message>
    <message>
        <source>Type the name of your State and choose it from the list.</source>
        <translation>Escriba el nombre de su Estado y elíjalo de la lista.</translation>
    </message>
    <message>
        <source>The report cannot be created</source>
        <translation>No se puede crear el informe</translation>
    </message>
    <message>
        <source>Open a draft report</source>
        <translation>Abrir un borrador de informe</translation>
    </message>
    <message>
        <source>Drafts (*.json);;All files (*)</source>
        <translation>Borradores (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>No se puede abrir el borrador</translation>
    </message>
    <message>
        <source>Choose the previous report</source>
        <translation>Elija el informe anterior</translation>
    </message>
    <message>
        <source>Reports and drafts (*.json);;All files (*)</source>
        <translation>Informes y borradores (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The previous report cannot be used</source>
        <translation>No se puede usar el informe anterior</translation>
    </message>
    <message>
        <source>The unsaved work cannot be recovered</source>
        <translation>No se puede recuperar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Discard the unsaved work?</source>
        <translation>¿Descartar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>The changes to {entry} will be lost. This cannot be undone.</source>
        <translation>Se perderán los cambios en {entry}. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
</context>
<context>
    <name>TableControl</name>
    <message>
        <source>Add row</source>
        <extracomment>Column widths, in average characters, by kind.</extracomment>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed file</source>
        <extracomment>The outcome of a check, for the style sheet and the icon. Verification finished: the ``VerifyResult``, or ``None`` when the file could not be read.</extracomment>
        <translation>Verificar un archivo firmado</translation>
    </message>
    <message>
        <source>Signed file to verify</source>
        <translation>Archivo firmado que se va a verificar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Trusted root certificate (optional)</source>
        <translation>Certificado raíz de confianza (opcional)</translation>
    </message>
    <message>
        <source>optional: the root certificate you trust (.pem)</source>
        <translation>opcional: el certificado raíz en el que confía (.pem)</translation>
    </message>
    <message>
        <source>Signed file (PDF, or JSON with its .p7s):</source>
        <translation>Archivo firmado (PDF, o JSON con su .p7s):</translation>
    </message>
    <message>
        <source>Trusted root certificate:</source>
        <translation>Certificado raíz de confianza:</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>Mostrar los detalles &amp;técnicos</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificación en curso</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a signed file</source>
        <translation>Elija un archivo firmado</translation>
    </message>
    <message>
        <source>Signed submissions (*.pdf *.json);;All files (*)</source>
        <translation>Informes firmados (*.pdf *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the root certificate you trust</source>
        <translation>Elija el certificado raíz en el que confía</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Hide &amp;technical details</source>
        <translation>Ocultar los detalles &amp;técnicos</translation>
    </message>
    <message>
        <source>This file cannot be verified.</source>
        <translation>No se puede verificar este archivo.</translation>
    </message>
    <message>
        <source>The JSON is the one that was signed.</source>
        <translation>El archivo JSON es el que se firmó.</translation>
    </message>
    <message>
        <source>The JSON is NOT the one that was signed: {detail}</source>
        <translation>El archivo JSON NO es el que se firmó: {detail}</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
    <message>
        <source>The signature is NOT valid: the file was changed after it was signed, or the signature is broken. Do not rely on this file.</source>
        <translation>La firma NO es válida: el archivo se modificó después de firmarse, o la firma está dañada. No confíe en este archivo.</translation>
    </message>
    <message>
        <source>The signature is valid: the file is unchanged since it was signed, and the signer&apos;s certificate comes from an authority you trust.</source>
        <translation>La firma es válida: el archivo no se ha modificado desde que se firmó, y el certificado del firmante procede de una autoridad en la que usted confía.</translation>
    </message>
    <message>
        <source>The file is unchanged since it was signed, but the signer&apos;s certificate does not come from the authority you gave: do not rely on who signed it.</source>
        <translation>El archivo no se ha modificado desde que se firmó, pero el certificado del firmante no procede de la autoridad que usted indicó: no confíe en la identidad del firmante.</translation>
    </message>
    <message>
        <source>The file is unchanged since it was signed. Who signed it is not yet confirmed: compare the certificate fingerprint below with the one the signer gave you by telephone or letter, or give the root certificate you trust.</source>
        <translation>El archivo no se ha modificado desde que se firmó. La identidad del firmante aún no está confirmada: compare la huella digital del certificado que figura a continuación con la que el firmante le comunicó por teléfono o por carta, o indique el certificado raíz en el que confía.</translation>
    </message>
    <message>
        <source>Signed by: {who}</source>
        <translation>Firmado por: {who}</translation>
    </message>
    <message>
        <source>Signed no later than {when}, by a trusted timestamp from {authority}.</source>
        <translation>Firmado a más tardar {when}, según un sello de tiempo de confianza emitido por {authority}.</translation>
    </message>
    <message>
        <source>Signed {when}, by the signer&apos;s computer clock (not a trusted time).</source>
        <translation>Firmado {when}, según el reloj de la computadora del firmante (hora no certificada).</translation>
    </message>
    <message>
        <source>The signature does not say when it was made.</source>
        <translation>La firma no indica cuándo se realizó.</translation>
    </message>
    <message>
        <source>Content: unchanged since it was signed.</source>
        <translation>Contenido: sin cambios desde la firma.</translation>
    </message>
    <message>
        <source>Content: CHANGED; it no longer matches the signature.</source>
        <translation>Contenido: MODIFICADO; ya no coincide con la firma.</translation>
    </message>
    <message>
        <source>Changed after signing: {changes}</source>
        <translation>Cambios posteriores a la firma: {changes}</translation>
    </message>
    <message>
        <source>Nothing was added or changed after signing.</source>
        <translation>No se añadió ni modificó nada después de la firma.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Huella digital del certificado (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The certificate expired on {day}.</source>
        <translation>El certificado caducó el {day}.</translation>
    </message>
    <message>
        <source>The certificate is valid until {day}.</source>
        <translation>El certificado es válido hasta el {day}.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: the signer made it themselves.</source>
        <translation>El certificado es autofirmado: lo creó el propio firmante.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>National report</source>
        <extracomment>The languages the window speaks, in the UN&apos;s order. Each language&apos;s name in itself, as a chooser shows it. The locale dates and numbers are written in (Modern Standard Arabic with the digits 0-9 of UN documents; Simplified Chinese). Qt&apos;s own catalogue for each language (standard dialogs and buttons). The application the translators were installed in (none yet).</extracomment>
        <translation>Informe nacional</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>What may be typed into a field of each numeric kind (the validator, not a rule: it only stops letters; validation judges the value).</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>A file could not be read or written{where}: {reason}.</source>
        <extracomment>What the dialog remembers between uses (never a passphrase or a PIN).</extracomment>
        <translation>No se pudo leer o escribir un archivo{where}: {reason}.</translation>
    </message>
    <message>
        <source>The work stopped on an unexpected problem ({kind}); nothing was changed.</source>
        <translation>La operación se detuvo por un problema inesperado ({kind}); no se modificó nada.</translation>
    </message>
</context>
<context>
    <name>timestamps</name>
    <message>
        <source>at an unknown time</source>
        <extracomment>Unicode directional marks: first-strong and left-to-right isolates, their end, and the right-to-left mark (invisible; they only order the letters around them).</extracomment>
        <translation>en un momento desconocido</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>el {date} a las {time}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Row {row}</source>
        <translation>Fila {row}</translation>
    </message>
    <message>
        <source>Row {row}, {column}</source>
        <translation>Fila {row}, {column}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <comment>where a problem is, then the problem</comment>
        <translation>{place}: {message}</translation>
    </message>
</context>
</TS>
