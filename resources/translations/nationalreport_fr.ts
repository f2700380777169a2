<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttachmentControl</name>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.txt);;All files (*)</source>
        <translation>Documents (*.pdf *.doc *.docx *.odt *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>Impossible de joindre le fichier</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>Impossible de lire {name} : {reason}</translation>
    </message>
    <message>
        <source>No document attached.</source>
        <translation>Aucun document joint.</translation>
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
        <translation>nom@ministere.gouv</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>The draft cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le brouillon</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Travail non enregistré retrouvé</translation>
    </message>
    <message>
        <source>Changes to {path} were kept safe {when} but never saved. Recover them?</source>
        <translation>Les modifications de {path} ont été mises en sûreté {when} mais jamais enregistrées. Les récupérer ?</translation>
    </message>
    <message>
        <source>Recover the changes</source>
        <translation>Récupérer les modifications</translation>
    </message>
    <message>
        <source>Open the saved file and discard them</source>
        <translation>Ouvrir le fichier enregistré et les abandonner</translation>
    </message>
    <message>
        <source>Your work is kept.</source>
        <translation>Votre travail est conservé.</translation>
    </message>
    <message>
        <source>What you typed is kept safe for recovery.</source>
        <translation>Ce que vous avez saisi est mis en sûreté pour récupération.</translation>
    </message>
    <message>
        <source>What you typed could not be kept safe for recovery: save the report now, to another place if need be.</source>
        <translation>Ce que vous avez saisi n’a pas pu être mis en sûreté pour récupération : enregistrez le rapport maintenant, à un autre endroit si nécessaire.</translation>
    </message>
    <message>
        <source>An unexpected problem</source>
        <translation>Un problème inattendu</translation>
    </message>
    <message>
        <source>The program met a problem it did not expect ({kind}). {kept} If it happens again, please report it, saying what you were doing.</source>
        <translation>Le programme a rencontré un problème inattendu ({kind}). {kept} Si cela se reproduit, veuillez le signaler en indiquant ce que vous faisiez.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Create a signing identity</source>
        <extracomment>The identity was created and saved.</extracomment>
        <translation>Créer une identité de signature</translation>
    </message>
    <message>
        <source>For an official who has no certificate from their government: the program makes a signing key and a certificate in your name, kept on this computer and locked with a passphrase. Choose a passphrase you will remember; it cannot be recovered.</source>
        <translation>Pour les fonctionnaires qui ne disposent pas d&apos;un certificat délivré par leur gouvernement : le programme crée une clé de signature et un certificat à votre nom, conservés sur cet ordinateur et protégés par une phrase secrète. Choisissez une phrase secrète dont vous vous souviendrez ; elle ne pourra pas être récupérée.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet :</translation>
    </message>
    <message>
        <source>Organisation (ministry or agency):</source>
        <translation>Organisme (ministère ou agence) :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Confirmation de la phrase secrète :</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the passphrase again.</source>
        <translation>Les deux phrases secrètes sont différentes ; saisissez à nouveau la phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Choisissez une phrase secrète d&apos;au moins %n caractère.</numerusform>
            <numerusform>Choisissez une phrase secrète d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>No identity was created.</source>
        <translation>Aucune identité n&apos;a été créée.</translation>
    </message>
    <message>
        <source>Your signing identity is ready.</source>
        <translation>Votre identité de signature est prête.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Empreinte du certificat (SHA-256) :</translation>
    </message>
    <message>
        <source>Read this fingerprint to the recipient by telephone, or send it by letter, so that they can confirm your signature. The certificate to send them is {path}.</source>
        <translation>Lisez cette empreinte au destinataire par téléphone, ou envoyez-la-lui par courrier, afin qu&apos;il puisse confirmer votre signature. Le certificat à lui envoyer est {path}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New report…</source>
        <extracomment>The language the window was last built in. The Sign dialog and the Verify view, while open (made when first asked for).</extracomment>
        <translation>&amp;Nouveau rapport…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Sign and &amp;export…</source>
        <translation>Signer et e&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed file…</source>
        <translation>&amp;Vérifier un fichier signé…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>Next pro&amp;blem</source>
        <translation>Problème suiva&amp;nt</translation>
    </message>
    <message>
        <source>&amp;Help on this question</source>
        <translation>&amp;Aide sur cette question</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Questions ayant reçu une réponse</translation>
    </message>
    <message>
        <source>No problems are showing.</source>
        <translation>Aucun problème n&apos;est affiché.</translation>
    </message>
    <message>
        <source>%v of %m questions answered</source>
        <translation>Réponses : %v questions sur %m</translation>
    </message>
    <message>
        <source>not yet saved</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <source>{state}, {cycle} ({name})[*] - National report</source>
        <translation>{state}, {cycle} ({name})[*] - Rapport national</translation>
    </message>
    <message>
        <source>Unsaved changes · not kept safe for recovery: save the report</source>
        <translation>Modifications non enregistrées · pas mises en sûreté pour récupération : enregistrez le rapport</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>kept safe for recovery {when}</source>
        <translation>mises en sûreté pour récupération {when}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>Enregistré {when}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Drafts (*.json);;All files (*)</source>
        <translation>Brouillons (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>The report has changes that are not saved. Save them before closing?</source>
        <translation>Le rapport contient des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open a draft report</source>
        <translation>Ouvrir un brouillon de rapport</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le brouillon</translation>
    </message>
</context>
<context>
    <name>MultichoiceControl</name>
    <message>
        <source>Say what it is</source>
        <translation>Précisez</translation>
    </message>
    <message>
        <source>Other, say what it is</source>
        <translation>Autre, précisez</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Review: problems and unanswered questions</source>
        <translation>Vérification : problèmes et questions sans réponse</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>Comporte des erreurs</translation>
    </message>
    <message>
        <source>Has advisories</source>
        <translation>Comporte des avertissements</translation>
    </message>
    <message>
        <source>{state} · {answered} of {total} answered</source>
        <translation>{state} · réponses : {answered} sur {total}</translation>
    </message>
</context>
<context>
    <name>PlaceholderControl</name>
    <message>
        <source>This version of the program cannot show answers of the kind “{kind}”. Any answer already given is kept unchanged.</source>
        <translation>Cette version du programme ne peut pas afficher les réponses de type « {kind} ». Toute réponse déjà donnée est conservée telle quelle.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Error: {problem}</source>
        <extracomment>Where each part of a row sits in its grid, under the number and text (row 0).</extracomment>
        <translation>Erreur : {problem}</translation>
    </message>
    <message>
        <source>Advisory: {problem}</source>
        <translation>Avertissement : {problem}</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Source: {source}</source>
        <extracomment>Template texts are shown in the interface language (English where missing).</extracomment>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <source>?</source>
        <comment>the button that shows a question&apos;s help</comment>
        <translation>?</translation>
    </message>
    <message>
        <source>(F1 shows this help under the question.)</source>
        <translation>(F1 affiche cette aide sous la question.)</translation>
    </message>
    <message>
        <source>Help on {number}</source>
        <translation>Aide sur la question {number}</translation>
    </message>
    <message>
        <source>Carried over from the previous report: check that it is still true.</source>
        <translation>Repris du rapport précédent : vérifiez que c&apos;est toujours exact.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Confirm the answer to {number}</source>
        <translation>Confirmer la réponse à la question {number}</translation>
    </message>
</context>
<context>
    <name>RetentionControl</name>
    <message>
        <source>Kept indefinitely</source>
        <translation>Conservés indéfiniment</translation>
    </message>
    <message>
        <source>Or for this many years</source>
        <translation>Ou pendant ce nombre d&apos;années</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Remarque (facultatif)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <extracomment>question number, path inside the answer The official asked to sign the report from here.</extracomment>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Press Enter or double-click a line to go to its question.</source>
        <translation>Appuyez sur Entrée ou double-cliquez sur une ligne pour aller à sa question.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation>Signer et exporter…</translation>
    </message>
    <message>
        <source>Problems and unanswered questions</source>
        <translation>Problèmes et questions sans réponse</translation>
    </message>
    <message>
        <source>Unanswered: {number} {text}</source>
        <translation>Sans réponse : {number} {text}</translation>
    </message>
    <message>
        <source>To confirm (carried from the previous report): {number} {text}</source>
        <translation>À confirmer (repris du rapport précédent) : {number} {text}</translation>
    </message>
    <message>
        <source>{title}: {counts}</source>
        <translation>{title} : {counts}</translation>
    </message>
    <message>
        <source>Error: {number} {problem}</source>
        <translation>Erreur : {number} {problem}</translation>
    </message>
    <message>
        <source>Advisory: {number} {problem}</source>
        <translation>Avertissement : {number} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advisory(ies)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered</source>
        <translation>
            <numerusform>%n sans réponse</numerusform>
            <numerusform>%n sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n à confirmer</numerusform>
            <numerusform>%n à confirmer</numerusform>
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
        <translation>Sans objet.</translation>
    </message>
    <message>
        <source>Skipped: you answered “{answer}” to {number}.</source>
        <translation>Sans objet : vous avez répondu « {answer} » à la question {number}.</translation>
    </message>
    <message>
        <source>The earlier answer is kept in the draft, but it will not be sent.</source>
        <translation>La réponse donnée auparavant est conservée dans le brouillon, mais elle ne sera pas envoyée.</translation>
    </message>
</context>
<context>
    <name>SetAnswer</name>
    <message>
        <source>edit {number}</source>
        <extracomment>``QUndoCommand.id`` of edits that may merge; commands with other ids never do.</extracomment>
        <translation>modifier {number}</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign and export the report</source>
        <extracomment>The official asked to see the errors on the review page. Signing finished and wrote these files. Signing failed with this message (after the dialog showed it).</extracomment>
        <translation>Signer et exporter le rapport</translation>
    </message>
    <message>
        <source>The signing time is taken from this computer&apos;s clock; the signature does not prove it. A trusted timestamp can be added later, when a connection is available (nationalreport timestamp).</source>
        <translation>L&apos;heure de signature est celle de l&apos;horloge de cet ordinateur ; la signature n&apos;en apporte pas la preuve. Un horodatage de confiance pourra être ajouté ultérieurement, lorsqu&apos;une connexion sera disponible (nationalreport timestamp).</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature en cours</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What will be signed</source>
        <translation>Ce qui sera signé</translation>
    </message>
    <message>
        <source>The national report of {state} for {cycle}, in {language}: {answered} of {total} questions answered.</source>
        <translation>Rapport national – {state}, cycle {cycle}, langue : {language}. Réponses : {answered} questions sur {total}.</translation>
    </message>
    <message>
        <source>Files to be written: {files}</source>
        <translation>Fichiers qui seront créés : {files}</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Show the errors on the review page</source>
        <translation>Afficher les erreurs sur la page Vérification</translation>
    </message>
    <message>
        <source>Advisory notes</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>{number} {problem}</source>
        <translation>{number} {problem}</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n error(s). Correct them before signing: nothing can be signed while an error remains.</source>
        <translation>
            <numerusform>Le rapport contient %n erreur. Corrigez-la avant de signer : rien ne peut être signé tant qu&apos;il reste une erreur.</numerusform>
            <numerusform>Le rapport contient %n erreurs. Corrigez-les avant de signer : rien ne peut être signé tant qu&apos;il reste une erreur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors. %n advisory note(s) remain: they do not stop signing, and they will be listed with the signed files.</source>
        <translation>
            <numerusform>Aucune erreur. %n avertissement subsiste : il n&apos;empêche pas la signature et sera indiqué avec les fichiers signés.</numerusform>
            <numerusform>Aucune erreur. %n avertissements subsistent : ils n&apos;empêchent pas la signature et seront indiqués avec les fichiers signés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors and no advisory notes.</source>
        <translation>Aucune erreur ni aucun avertissement.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>A certificate &amp;file (.p12 or .pfx)</source>
        <translation>Un &amp;fichier de certificat (.p12 ou .pfx)</translation>
    </message>
    <message>
        <source>A smart card or USB &amp;token</source>
        <translation>Une carte à puce ou un &amp;jeton USB</translation>
    </message>
    <message>
        <source>My signing &amp;identity, created on this computer</source>
        <translation>Mon &amp;identité de signature, créée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Passphrase of the certificate file</source>
        <translation>Phrase secrète du fichier de certificat</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Fichier de certificat :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>PKCS#11 library of the card or token</source>
        <translation>Bibliothèque PKCS#11 de la carte ou du jeton</translation>
    </message>
    <message>
        <source>the driver file its maker supplies (.dll or .so)</source>
        <translation>le fichier pilote fourni par le fabricant (.dll ou .so)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Libellé du jeton</translation>
    </message>
    <message>
        <source>PIN of the card or token</source>
        <translation>Code PIN de la carte ou du jeton</translation>
    </message>
    <message>
        <source>PKCS#11 library:</source>
        <translation>Bibliothèque PKCS#11 :</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>Libellé du jeton :</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Code PIN :</translation>
    </message>
    <message>
        <source>Signing identity</source>
        <translation>Identité de signature</translation>
    </message>
    <message>
        <source>&amp;Create a signing identity…</source>
        <translation>&amp;Créer une identité de signature…</translation>
    </message>
    <message>
        <source>Passphrase of the identity</source>
        <translation>Phrase secrète de l&apos;identité</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identité :</translation>
    </message>
    <message>
        <source>Where to write the signed files</source>
        <translation>Emplacement des fichiers signés</translation>
    </message>
    <message>
        <source>Folder for the signed files</source>
        <translation>Dossier des fichiers signés</translation>
    </message>
    <message>
        <source>Reason for signing</source>
        <translation>Motif de la signature</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Fichiers créés</translation>
    </message>
    <message>
        <source>&amp;Verify the signed PDF…</source>
        <translation>&amp;Vérifier le PDF signé…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>{who} (created {when})</source>
        <translation>{who} (créée {when})</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256):</source>
        <translation>Empreinte du certificat (SHA-256) :</translation>
    </message>
    <message>
        <source>No signing identity has been created on this computer yet.</source>
        <translation>Aucune identité de signature n&apos;a encore été créée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisissez le fichier de certificat</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers de certificat (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 library of the card or token</source>
        <translation>Choisissez la bibliothèque PKCS#11 de la carte ou du jeton</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Bibliothèques (*.dll *.so *.dylib);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the folder for the signed files</source>
        <translation>Choisissez le dossier des fichiers signés</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>Rien n&apos;a été signé.</translation>
    </message>
    <message>
        <source>The report is signed by {who}.</source>
        <translation>Le rapport est signé par {who}.</translation>
    </message>
    <message>
        <source>This certificate is self-signed: send its fingerprint to the recipient by telephone or letter, so that they can confirm the signature is yours.</source>
        <translation>Ce certificat est autosigné : communiquez son empreinte au destinataire par téléphone ou par courrier, afin qu&apos;il puisse confirmer que la signature est bien la vôtre.</translation>
    </message>
    <message>
        <source>Written in {folder}:</source>
        <translation>Fichiers créés dans {folder} :</translation>
    </message>
    <message numerus="yes">
        <source>Signed with %n advisory note(s) still open.</source>
        <translation>
            <numerusform>Signé avec %n avertissement encore en suspens.</numerusform>
            <numerusform>Signé avec %n avertissements encore en suspens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>National report on small arms and light weapons</source>
        <extracomment>Each language&apos;s name in itself, as a chooser shows it. A report is ready to be edited (a ``Session``).</extracomment>
        <translation>Rapport national sur les armes légères et de petit calibre</translation>
    </message>
    <message>
        <source>National report on the Programme of Action on small arms and light weapons and the International Tracing Instrument</source>
        <translation>Rapport national sur le Programme d&apos;action relatif aux armes légères et de petit calibre et sur l&apos;Instrument international de traçage</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>Language of the &amp;window:</source>
        <translation>Langue de la &amp;fenêtre :</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Travail non enregistré retrouvé</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message>
        <source>Start a new report</source>
        <translation>Commencer un nouveau rapport</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kenya</source>
        <translation>Tapez pour chercher, par ex. Kenya</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reporting cycle (year)</source>
        <translation>Cycle de présentation des rapports (année)</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;Create the report</source>
        <translation>&amp;Créer le rapport</translation>
    </message>
    <message>
        <source>Start from a &amp;previous report…</source>
        <translation>Partir d&apos;un rapport &amp;précédent…</translation>
    </message>
    <message>
        <source>Starting from a previous report copies its answers into the cycle above; each is marked for you to confirm.</source>
        <translation>Partir d&apos;un rapport précédent copie ses réponses dans le cycle ci-dessus ; chacune est marquée pour que vous la confirmiez.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>C&amp;ycle (year):</source>
        <translation>C&amp;ycle (année) :</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>Continue a report</source>
        <translation>Poursuivre un rapport</translation>
    </message>
    <message>
        <source>Recent dra&amp;fts:</source>
        <translation>&amp;Brouillons récents :</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Brouillons récents</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Ouvrir le brouillon sélectionné</translation>
    </message>
    <message>
        <source>&amp;Open another draft…</source>
        <translation>&amp;Ouvrir un autre brouillon…</translation>
    </message>
    <message>
        <source>No drafts opened yet. Create a report, or open a draft someone sent you.</source>
        <translation>Aucun brouillon ouvert pour l&apos;instant. Créez un rapport ou ouvrez un brouillon que l&apos;on vous a envoyé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsaved work was found.&lt;/b&gt; The program was closed before these changes were saved. Recover them to continue where you stopped.</source>
        <translation>&lt;b&gt;Du travail non enregistré a été retrouvé.&lt;/b&gt; Le programme a été fermé avant que ces modifications soient enregistrées. Récupérez-les pour reprendre là où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <source>a new report, never saved to a file</source>
        <translation>un nouveau rapport, jamais enregistré dans un fichier</translation>
    </message>
    <message>
        <source>{state}, cycle {cycle}: last kept safe {when}
{where}</source>
        <translation>{state}, cycle {cycle} : dernière mise en sûreté {when}
{where}</translation>
    </message>
    <message>
        <source>Choose a State</source>
        <translation>Choisissez un État</translation>
    </message>
    <message>
        <source>Type the name of your State and choose it from the list.</source>
        <translation>Tapez le nom de votre État et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>The report cannot be created</source>
        <translation>Impossible de créer le rapport</translation>
    </message>
    <message>
        <source>Open a draft report</source>
        <translation>Ouvrir un brouillon de rapport</translation>
    </message>
    <message>
        <source>Drafts (*.json);;All files (*)</source>
        <translation>Brouillons (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The draft cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le brouillon</translation>
    </message>
    <message>
        <source>Choose the previous report</source>
        <translation>Choisissez le rapport précédent</translation>
    </message>
    <message>
        <source>Reports and drafts (*.json);;All files (*)</source>
        <translation>Rapports et brouillons (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The previous report cannot be used</source>
        <translation>Impossible d&apos;utiliser le rapport précédent</translation>
    </message>
    <message>
        <source>The unsaved work cannot be recovered</source>
        <translation>Impossible de récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Discard the unsaved work?</source>
        <translation>Abandonner le travail non enregistré ?</translation>
    </message>
    <message>
        <source>The changes to {entry} will be lost. This cannot be undone.</source>
        <translation>Les modifications de {entry} seront perdues. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
</context>
<context>
    <name>TableControl</name>
    <message>
        <source>Add row</source>
        <extracomment>Column widths, in average characters, by kind.</extracomment>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed file</source>
        <extracomment>The outcome of a check, for the style sheet and the icon. Verification finished: the ``VerifyResult``, or ``None`` when the file could not be read.</extracomment>
        <translation>Vérifier un fichier signé</translation>
    </message>
    <message>
        <source>Signed file to verify</source>
        <translation>Fichier signé à vérifier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Trusted root certificate (optional)</source>
        <translation>Certificat racine de confiance (facultatif)</translation>
    </message>
    <message>
        <source>optional: the root certificate you trust (.pem)</source>
        <translation>facultatif : le certificat racine auquel vous faites confiance (.pem)</translation>
    </message>
    <message>
        <source>Signed file (PDF, or JSON with its .p7s):</source>
        <translation>Fichier signé (PDF, ou JSON accompagné de son .p7s) :</translation>
    </message>
    <message>
        <source>Trusted root certificate:</source>
        <translation>Certificat racine de confiance :</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Show &amp;technical details</source>
        <translation>Afficher les détails &amp;techniques</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a signed file</source>
        <translation>Choisissez un fichier signé</translation>
    </message>
    <message>
        <source>Signed submissions (*.pdf *.json);;All files (*)</source>
        <translation>Rapports signés (*.pdf *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the root certificate you trust</source>
        <translation>Choisissez le certificat racine auquel vous faites confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Hide &amp;technical details</source>
        <translation>Masquer les détails &amp;techniques</translation>
    </message>
    <message>
        <source>This file cannot be verified.</source>
        <translation>Impossible de vérifier ce fichier.</translation>
    </message>
    <message>
        <source>The JSON is the one that was signed.</source>
        <translation>Le fichier JSON est bien celui qui a été signé.</translation>
    </message>
    <message>
        <source>The JSON is NOT the one that was signed: {detail}</source>
        <translation>Le fichier JSON n&apos;est PAS celui qui a été signé : {detail}</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problème : {problem}</translation>
    </message>
    <message>
        <source>The signature is NOT valid: the file was changed after it was signed, or the signature is broken. Do not rely on this file.</source>
        <translation>La signature n&apos;est PAS valide : le fichier a été modifié après avoir été signé, ou la signature est endommagée. Ne vous fiez pas à ce fichier.</translation>
    </message>
    <message>
        <source>The signature is valid: the file is unchanged since it was signed, and the signer&apos;s certificate comes from an authority you trust.</source>
        <translation>La signature est valide : le fichier n&apos;a pas été modifié depuis sa signature, et le certificat du signataire provient d&apos;une autorité à laquelle vous faites confiance.</translation>
    </message>
    <message>
        <source>The file is unchanged since it was signed, but the signer&apos;s certificate does not come from the authority you gave: do not rely on who signed it.</source>
        <translation>Le fichier n&apos;a pas été modifié depuis sa signature, mais le certificat du signataire ne provient pas de l&apos;autorité que vous avez indiquée : ne vous fiez pas à l&apos;identité du signataire.</translation>
    </message>
    <message>
        <source>The file is unchanged since it was signed. Who signed it is not yet confirmed: compare the certificate fingerprint below with the one the signer gave you by telephone or letter, or give the root certificate you trust.</source>
        <translation>Le fichier n&apos;a pas été modifié depuis sa signature. L&apos;identité du signataire n&apos;est pas encore confirmée : comparez l&apos;empreinte du certificat ci-dessous avec celle que le signataire vous a communiquée par téléphone ou par courrier, ou indiquez le certificat racine auquel vous faites confiance.</translation>
    </message>
    <message>
        <source>Signed by: {who}</source>
        <translation>Signé par : {who}</translation>
    </message>
    <message>
        <source>Signed no later than {when}, by a trusted timestamp from {authority}.</source>
        <translation>Signé au plus tard {when}, d&apos;après un horodatage de confiance délivré par {authority}.</translation>
    </message>
    <message>
        <source>Signed {when}, by the signer&apos;s computer clock (not a trusted time).</source>
        <translation>Signé {when}, selon l&apos;horloge de l&apos;ordinateur du signataire (heure non certifiée).</translation>
    </message>
    <message>
        <source>The signature does not say when it was made.</source>
        <translation>La signature n&apos;indique pas quand elle a été apposée.</translation>
    </message>
    <message>
        <source>Content: unchanged since it was signed.</source>
        <translation>Contenu : inchangé depuis la signature.</translation>
    </message>
    <message>
        <source>Content: CHANGED; it no longer matches the signature.</source>
        <translation>Contenu : MODIFIÉ ; il ne correspond plus à la signature.</translation>
    </message>
    <message>
        <source>Changed after signing: {changes}</source>
        <translation>Modifications après la signature : {changes}</translation>
    </message>
    <message>
        <source>Nothing was added or changed after signing.</source>
        <translation>Rien n&apos;a été ajouté ni modifié après la signature.</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Empreinte du certificat (SHA-256) : {fingerprint}</translation>
    </message>
    <message>
        <source>The certificate expired on {day}.</source>
        <translation>Le certificat a expiré le {day}.</translation>
    </message>
    <message>
        <source>The certificate is valid until {day}.</source>
        <translation>Le certificat est valide jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: the signer made it themselves.</source>
        <translation>Le certificat est autosigné : le signataire l&apos;a créé lui-même.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>National report</source>
        <extracomment>The languages the window speaks, in the UN&apos;s order. Each language&apos;s name in itself, as a chooser shows it. The locale dates and numbers are written in (Modern Standard Arabic with the digits 0-9 of UN documents; Simplified Chinese). Qt&apos;s own catalogue for each language (standard dialogs and buttons). The application the translators were installed in (none yet).</extracomment>
        <translation>Rapport national</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>inputs</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>What may be typed into a field of each numeric kind (the validator, not a rule: it only stops letters; validation judges the value).</extracomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>A file could not be read or written{where}: {reason}.</source>
        <extracomment>What the dialog remembers between uses (never a passphrase or a PIN).</extracomment>
        <translation>Un fichier n&apos;a pas pu être lu ou écrit{where} : {reason}.</translation>
    </message>
    <message>
        <source>The work stopped on an unexpected problem ({kind}); nothing was changed.</source>
        <translation>L&apos;opération s&apos;est arrêtée en raison d&apos;un problème inattendu ({kind}) ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>timestamps</name>
    <message>
        <source>at an unknown time</source>
        <extracomment>Unicode directional marks: first-strong and left-to-right isolates, their end, and the right-to-left mark (invisible; they only order the letters around them).</extracomment>
        <translation>à une heure inconnue</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>aujourd&apos;hui à {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>hier à {time}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>le {date} à {time}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>Row {row}</source>
        <translation>Ligne {row}</translation>
    </message>
    <message>
        <source>Row {row}, {column}</source>
        <translation>Ligne {row}, {column}</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <comment>where a problem is, then the problem</comment>
        <translation>{place} : {message}</translation>
    </message>
</context>
</TS>
