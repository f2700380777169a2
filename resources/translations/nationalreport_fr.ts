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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New report…</source>
        <extracomment>The language the window was last built in.</extracomment>
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
        <extracomment>question number, path inside the answer</extracomment>
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
