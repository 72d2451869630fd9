<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../common/atomicfile.cpp" line="20"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../common/atomicfile.cpp" line="50"/>
        <source>cannot create the temporary file</source>
        <translation>impossible de créer le fichier temporaire</translation>
    </message>
    <message>
        <location filename="../common/atomicfile.cpp" line="53"/>
        <source>cannot write the file</source>
        <translation>impossible d’écrire le fichier</translation>
    </message>
    <message>
        <location filename="../common/atomicfile.cpp" line="61"/>
        <source>cannot replace the file</source>
        <translation>impossible de remplacer le fichier</translation>
    </message>
</context>
<context>
    <name>AttestPage</name>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="30"/>
        <source>Attest %1</source>
        <translation>Attester %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="41"/>
        <source>Criteria observed</source>
        <translation>Critères observés</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="41"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="41"/>
        <source>Review and sign</source>
        <translation>Relire et signer</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="41"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="52"/>
        <source>Step %1 of %2 · %3</source>
        <translation>Étape %1 sur %2 · %3</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="91"/>
        <source>Tick what you saw the candidate do. %1 of %2 criteria reach the threshold.</source>
        <translation>Cochez ce que vous avez vu faire au candidat. Il faut en cocher %1 sur %2 pour atteindre le seuil.</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="112"/>
        <source>%1 of %2 ticked</source>
        <translation>Cochés : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="113"/>
        <source>reaches the threshold</source>
        <translation>atteint le seuil</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="113"/>
        <source>below the threshold</source>
        <translation>sous le seuil</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="131"/>
        <source>The work situation you observed</source>
        <translation>La situation de travail observée</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="143"/>
        <source>Where, with whom, what the candidate did…</source>
        <translation>Où, avec qui, ce que le candidat a fait…</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="144"/>
        <source>The work situation observed</source>
        <translation>La situation de travail observée</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="155"/>
        <source>Observed on</source>
        <translation>Observée le</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="164"/>
        <source>Day of the observation</source>
        <translation>Jour de l&apos;observation</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="189"/>
        <source>You sign, as %1, that on %2 you observed %3 meet these criteria of %4:</source>
        <translation>Vous signez, en tant que %1, que le %2 vous avez observé %3 satisfaire ces critères de %4 :</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="190"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="190"/>
        <source>tutor</source>
        <translation>tuteur</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="208"/>
        <source>Situation: %1</source>
        <translation>Situation : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/AttestPage.qml" line="229"/>
        <source>Your profile was unlocked more than %n minute(s) ago: type your passphrase to sign.</source>
        <translation>
            <numerusform>Votre profil a été déverrouillé il y a plus de %n minute : saisissez votre phrase de passe pour signer.</numerusform>
            <numerusform>Votre profil a été déverrouillé il y a plus de %n minutes : saisissez votre phrase de passe pour signer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="240"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="241"/>
        <source>Your passphrase, to sign</source>
        <translation>Votre phrase de passe, pour signer</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="260"/>
        <source>Signed. The attestation is kept on this device and shown as waiting until the centre receives it.</source>
        <translation>Signée. L&apos;attestation est gardée sur cet appareil et affichée en attente jusqu&apos;à sa réception par le centre.</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="299"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="302"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="310"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="313"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="320"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="323"/>
        <source>Sign the attestation</source>
        <translation>Signer l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="329"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="332"/>
        <source>Back to the carnet</source>
        <translation>Retour au carnet</translation>
    </message>
</context>
<context>
    <name>BilanPage</name>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="23"/>
        <source>Bilan de positionnement</source>
        <translation>Bilan de positionnement</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="28"/>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="43"/>
        <source>Activities of the auto-diagnostic</source>
        <translation>Activités de l&apos;auto-diagnostic</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="65"/>
        <source>Auto-diagnostic submitted on %1.</source>
        <translation>Auto-diagnostic envoyé le %1.</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="66"/>
        <source>The candidate has not submitted the auto-diagnostic yet (%1 of %2 activities answered).</source>
        <translation>Le candidat n&apos;a pas encore envoyé l&apos;auto-diagnostic (activités renseignées : %1 sur %2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/BilanPage.qml" line="76"/>
        <source>%1 of %2 activities rated by you · %n difference(s) with the candidate</source>
        <translation>
            <numerusform>Activités évaluées par vous : %1 sur %2 · %n écart avec le candidat</numerusform>
            <numerusform>Activités évaluées par vous : %1 sur %2 · %n écarts avec le candidat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="85"/>
        <source>Go to the decision</source>
        <translation>Aller à la décision</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="86"/>
        <source>Go to the decision at the end of the page</source>
        <translation>Aller à la décision, en fin de page</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="149"/>
        <source>Candidate: %1</source>
        <translation>Candidat : %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="150"/>
        <source>Candidate: “%1”</source>
        <translation>Candidat : « %1 »</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="170"/>
        <source>Your rating of %1: %2</source>
        <translation>Votre évaluation de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/BilanPage.qml" line="179"/>
        <source>You rate this %n level(s) above the candidate.</source>
        <translation>
            <numerusform>Vous situez cette activité %n niveau au-dessus du candidat.</numerusform>
            <numerusform>Vous situez cette activité %n niveaux au-dessus du candidat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/BilanPage.qml" line="180"/>
        <source>You rate this %n level(s) below the candidate.</source>
        <translation>
            <numerusform>Vous situez cette activité %n niveau en dessous du candidat.</numerusform>
            <numerusform>Vous situez cette activité %n niveaux en dessous du candidat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="207"/>
        <location filename="../../qml/team/BilanPage.qml" line="225"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="230"/>
        <source>Épreuves</source>
        <translation>Épreuves</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="232"/>
        <source>Path: épreuves</source>
        <translation>Parcours : épreuves</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="237"/>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="239"/>
        <source>Path: VAE</source>
        <translation>Parcours : VAE</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="245"/>
        <source>Blocs targeted</source>
        <translation>Blocs visés</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="260"/>
        <source>Target %1</source>
        <translation>Viser %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="272"/>
        <location filename="../../qml/team/BilanPage.qml" line="273"/>
        <source>Training needs</source>
        <translation>Besoins de formation</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="279"/>
        <source>Next review</source>
        <translation>Prochain point</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="288"/>
        <source>Next review date</source>
        <translation>Date du prochain point</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="301"/>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="302"/>
        <source>Comment on the bilan</source>
        <translation>Commentaire sur le bilan</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="323"/>
        <source>Last recorded on %1.</source>
        <translation>Dernier enregistrement le %1.</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="335"/>
        <source>Sign the bilan</source>
        <translation>Signer le bilan</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="336"/>
        <source>Sign the bilan de positionnement</source>
        <translation>Signer le bilan de positionnement</translation>
    </message>
</context>
<context>
    <name>BlocEvaluationDialog</name>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="34"/>
        <source>Result of %1</source>
        <translation>Résultat de %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="48"/>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="49"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="55"/>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="56"/>
        <source>Not validated</source>
        <translation>Non validé</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="65"/>
        <source>Day of the result</source>
        <translation>Jour du résultat</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="71"/>
        <source>Valid until %1</source>
        <translation>Valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="82"/>
        <source>Remarks (optional)</source>
        <translation>Remarques (facultatif)</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="83"/>
        <source>Remarks on the result</source>
        <translation>Remarques sur le résultat</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="90"/>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="92"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="100"/>
        <source>Sign the result</source>
        <translation>Signer le résultat</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="101"/>
        <source>Sign the result of the bloc</source>
        <translation>Signer le résultat du bloc</translation>
    </message>
</context>
<context>
    <name>CandidatePage</name>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="28"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/CandidatePage.qml" line="52"/>
        <source>%1 of %2 competences acquired · %n attestation(s)</source>
        <translation>
            <numerusform>Compétences acquises : %1 sur %2 · %n attestation</numerusform>
            <numerusform>Compétences acquises : %1 sur %2 · %n attestations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="54"/>
        <source>This candidate&apos;s certification is not known on this device yet: sync once with the centre.</source>
        <translation>La certification de ce candidat n&apos;est pas encore connue sur cet appareil : synchronisez une fois avec le centre.</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="66"/>
        <source>Carnet de suivi</source>
        <translation>Carnet de suivi</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="67"/>
        <location filename="../../qml/team/CandidatePage.qml" line="93"/>
        <location filename="../../qml/team/CandidatePage.qml" line="105"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="68"/>
        <source>competences acquired</source>
        <translation>compétences acquises</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="69"/>
        <source>Record a bloc&apos;s result</source>
        <translation>Enregistrer le résultat d&apos;un bloc</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="70"/>
        <source>Attest a competence you observed</source>
        <translation>Attester une compétence observée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/CandidatePage.qml" line="71"/>
        <source>%n attestation(s)</source>
        <translation>
            <numerusform>%n attestation</numerusform>
            <numerusform>%n attestations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="79"/>
        <source>Bilan de positionnement</source>
        <translation>Bilan de positionnement</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="81"/>
        <source>Recorded on %1</source>
        <translation>Enregistré le %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="82"/>
        <source>Not recorded yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="84"/>
        <source>Auto-diagnostic submitted on %1</source>
        <translation>Auto-diagnostic envoyé le %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="85"/>
        <source>Auto-diagnostic: %1 of %2 activities answered</source>
        <translation>Auto-diagnostic · activités renseignées : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="92"/>
        <source>VAE sessions</source>
        <translation>Séances VAE</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="94"/>
        <source>sessions held</source>
        <translation>séances tenues</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="106"/>
        <source>sections written</source>
        <translation>sections rédigées</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="95"/>
        <source>No session planned yet</source>
        <translation>Aucune séance prévue pour le moment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/CandidatePage.qml" line="96"/>
        <source>%n month(s) left</source>
        <translation>
            <numerusform>%n mois restant</numerusform>
            <numerusform>%n mois restants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="104"/>
        <source>Livret VAE</source>
        <translation>Livret VAE</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/CandidatePage.qml" line="107"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="113"/>
        <source>Blocs</source>
        <translation>Blocs</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="19"/>
        <source>My candidates</source>
        <translation>Mes candidats</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="33"/>
        <source>Search by name</source>
        <translation>Chercher par nom</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="34"/>
        <source>Search a candidate by name</source>
        <translation>Chercher un candidat par son nom</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="47"/>
        <source>No candidate is assigned to you on this device yet. The centre assigns them; they appear after a sync.</source>
        <translation>Aucun candidat ne vous est encore attribué sur cet appareil. Le centre les attribue ; ils apparaissent après une synchronisation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/CandidatesPage.qml" line="48"/>
        <source>%1 of %n candidate(s)</source>
        <translation>
            <numerusform>%1 sur %n candidat</numerusform>
            <numerusform>%1 sur %n candidats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="58"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="70"/>
        <source>%1 of %2 competences acquired</source>
        <translation>Compétences acquises : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="84"/>
        <source>Certification not known yet</source>
        <translation>Certification pas encore connue</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="97"/>
        <source>%1 of %2 competences acquired · %3 of %4 blocs ready</source>
        <translation>Compétences acquises : %1 sur %2 · blocs prêts : %3 sur %4</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="114"/>
        <source>unexpected text after the JSON value</source>
        <translation>texte inattendu après la valeur JSON</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="124"/>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="125"/>
        <source>valid JSON (RFC 8259)</source>
        <translation>du JSON valide (RFC 8259)</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="143"/>
        <location filename="../jcs/canonicaljson.cpp" line="413"/>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="152"/>
        <source>the JSON ends too early</source>
        <translation>le JSON se termine trop tôt</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="180"/>
        <location filename="../jcs/canonicaljson.cpp" line="238"/>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>le JSON est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="192"/>
        <source>a member name was expected</source>
        <translation>un nom de membre était attendu</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="198"/>
        <source>&quot;:&quot; was expected</source>
        <translation>« : » était attendu</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="214"/>
        <source>&quot;,&quot; or &quot;}&quot; was expected</source>
        <translation>« , » ou « } » était attendu</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="222"/>
        <source>the member name %1 appears twice</source>
        <translation>le nom de membre %1 apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="262"/>
        <source>&quot;,&quot; or &quot;]&quot; was expected</source>
        <translation>« , » ou « ] » était attendu</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="269"/>
        <location filename="../jcs/canonicaljson.cpp" line="281"/>
        <source>an escape \u needs four hexadecimal digits</source>
        <translation>un échappement \u demande quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="290"/>
        <location filename="../jcs/canonicaljson.cpp" line="382"/>
        <source>the JSON ends inside a string</source>
        <translation>le JSON se termine à l’intérieur d’une chaîne</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="320"/>
        <source>unknown escape \%1</source>
        <translation>échappement inconnu \%1</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="325"/>
        <source>a lone low surrogate</source>
        <translation>un demi-caractère de substitution bas isolé</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="329"/>
        <location filename="../jcs/canonicaljson.cpp" line="334"/>
        <source>a lone high surrogate</source>
        <translation>un demi-caractère de substitution haut isolé</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="359"/>
        <location filename="../jcs/canonicaljson.cpp" line="362"/>
        <location filename="../jcs/canonicaljson.cpp" line="365"/>
        <location filename="../jcs/canonicaljson.cpp" line="369"/>
        <source>invalid UTF-8</source>
        <translation>UTF-8 invalide</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="371"/>
        <source>a lone surrogate encoded in UTF-8</source>
        <translation>un demi-caractère de substitution isolé encodé en UTF-8</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="390"/>
        <source>a control character must be escaped in a string</source>
        <translation>un caractère de contrôle doit être échappé dans une chaîne</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="418"/>
        <source>a digit was expected after the decimal point</source>
        <translation>un chiffre était attendu après la virgule décimale</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="426"/>
        <source>a digit was expected in the exponent</source>
        <translation>un chiffre était attendu dans l’exposant</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="432"/>
        <source>the number is too large for a double</source>
        <translation>le nombre est trop grand pour un double</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="435"/>
        <source>malformed number</source>
        <translation>nombre mal formé</translation>
    </message>
</context>
<context>
    <name>CarnetModel</name>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="22"/>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="23"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="24"/>
        <source>acquired</source>
        <translation>acquise</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="27"/>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="28"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="29"/>
        <source>Ready for evaluation</source>
        <translation>Prête pour l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="30"/>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="31"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
</context>
<context>
    <name>CarnetPage</name>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="28"/>
        <source>Carnet de suivi</source>
        <translation>Carnet de suivi</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="53"/>
        <source>Competences of the carnet</source>
        <translation>Compétences du carnet</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="66"/>
        <source>Certification obtained</source>
        <translation>Certification obtenue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/CarnetPage.qml" line="67"/>
        <source>%1 of %2 competences acquired · %n attestation(s)</source>
        <translation>
            <numerusform>Compétences acquises : %1 sur %2 · %n attestation</numerusform>
            <numerusform>Compétences acquises : %1 sur %2 · %n attestations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="74"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="76"/>
        <source>Export the carnet as PDF</source>
        <translation>Exporter le carnet en PDF</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="84"/>
        <source>For the jury</source>
        <translation>Pour le jury</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="86"/>
        <source>Export for the jury: the carnet with its proofs, to check offline</source>
        <translation>Exporter pour le jury : le carnet avec ses preuves, à vérifier hors ligne</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="109"/>
        <source>Jury bundle saved</source>
        <translation>Dossier pour le jury enregistré</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="110"/>
        <source>SHA-256 %1. Open verify.html beside it in a browser to check it offline.</source>
        <translation>SHA-256 %1. Ouvrez verify.html, à côté, dans un navigateur pour le vérifier hors ligne.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="119"/>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="154"/>
        <source>%1 of %2 competences acquired (threshold %3 %) · %4</source>
        <translation>Compétences acquises : %1 sur %2 (seuil %3 %) · %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/CarnetPage.qml" line="157"/>
        <source>%n more to acquire</source>
        <translation>
            <numerusform>encore %n à acquérir</numerusform>
            <numerusform>encore %n à acquérir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="159"/>
        <source>Validated by the evaluator on %1, valid until %2</source>
        <translation>Validé par l&apos;évaluateur le %1, valable jusqu&apos;au %2</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="162"/>
        <source>Not validated by the evaluator on %1</source>
        <translation>Non validé par l&apos;évaluateur le %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="170"/>
        <source>Record the result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="172"/>
        <source>Record the result of %1</source>
        <translation>Enregistrer le résultat de %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="235"/>
        <source>attested by %1</source>
        <translation>attestée par %1</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="12"/>
        <source>checkpoint</source>
        <translation>point de contrôle</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="25"/>
        <source>the checkpoint does not end with a newline</source>
        <translation>le point de contrôle ne se termine pas par un saut de ligne</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="29"/>
        <source>a checkpoint has an origin, a size and a root</source>
        <translation>un point de contrôle comporte une origine, une taille et une racine</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="36"/>
        <source>the size is not a decimal number</source>
        <translation>la taille n&apos;est pas un nombre décimal</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="39"/>
        <source>the root is not a base64 SHA-256 hash</source>
        <translation>la racine n&apos;est pas un hachage SHA-256 en base64</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="41"/>
        <source>the origin is empty</source>
        <translation>l&apos;origine est vide</translation>
    </message>
</context>
<context>
    <name>CheckpointPolicy</name>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="90"/>
        <source>the checkpoint is of another log (%1, not %2)</source>
        <translation>le point de contrôle est celui d&apos;un autre journal (%1, et non %2)</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="93"/>
        <source>the checkpoint is not signed by the centre&apos;s key</source>
        <translation>le point de contrôle n&apos;est pas signé par la clé du centre</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="97"/>
        <source>the checkpoint is cosigned by %1 of the witnesses required, %2 needed</source>
        <translation>le point de contrôle est cosigné par %1 des témoins requis, alors qu&apos;il en faut %2</translation>
    </message>
</context>
<context>
    <name>CompetenceAttestations</name>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="55"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="58"/>
        <source>Close the competence</source>
        <translation>Fermer la compétence</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="66"/>
        <source>Attest this competence</source>
        <translation>Attester cette compétence</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="69"/>
        <source>Attest %1</source>
        <translation>Attester %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="73"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="87"/>
        <source>Attestations (%1)</source>
        <translation>Attestations (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="93"/>
        <source>No one has attested this competence yet: your tutor and your manager do it when they see you at work.</source>
        <translation>Personne n&apos;a encore attesté cette compétence : votre tuteur et votre manager le font lorsqu&apos;ils vous observent en situation de travail.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="94"/>
        <source>No one has attested this competence yet: the candidate&apos;s tutor and manager do it when they see the candidate at work.</source>
        <translation>Personne n&apos;a encore attesté cette compétence : le tuteur et le manager du candidat le font lorsqu&apos;ils l&apos;observent en situation de travail.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="122"/>
        <source>Observed on %1 · %2 of %3 criteria · %4</source>
        <translation>Observée le %1 · %2 critères sur %3 · %4</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="125"/>
        <source>reaches the threshold</source>
        <translation>atteint le seuil</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="125"/>
        <source>below the threshold</source>
        <translation>sous le seuil</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="129"/>
        <source>Situation: %1</source>
        <translation>Situation : %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="135"/>
        <source>Criteria observed: %1</source>
        <translation>Critères observés : %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="141"/>
        <source>Refused by the centre: %1</source>
        <translation>Refusée par le centre : %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="142"/>
        <source>Received by the centre</source>
        <translation>Reçue par le centre</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="142"/>
        <source>Not yet received by the centre</source>
        <translation>Pas encore reçue par le centre</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="143"/>
        <source>signed %1</source>
        <translation>signée le %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="156"/>
        <source>Signed on the device on %1, logged by the centre on %2: far apart</source>
        <translation>Signée sur l&apos;appareil le %1, enregistrée dans le journal du centre le %2 : des dates éloignées</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="166"/>
        <source>Withdrawn: %1</source>
        <translation>Retirée : %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="174"/>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="233"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="177"/>
        <source>Withdraw your attestation of %1</source>
        <translation>Retirer votre attestation du %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="200"/>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="235"/>
        <source>Withdraw the attestation</source>
        <translation>Retirer l&apos;attestation</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="205"/>
        <source>The attestation stays in the carnet, marked withdrawn, with your reason.</source>
        <translation>L&apos;attestation reste dans le carnet, marquée retirée, avec votre motif.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="216"/>
        <source>Why it is withdrawn</source>
        <translation>Pourquoi elle est retirée</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="217"/>
        <source>Reason for withdrawing</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="224"/>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="226"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="48"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="80"/>
        <source>Certification shown</source>
        <translation>Certification affichée</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="86"/>
        <source>Search by name</source>
        <translation>Chercher par nom</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="87"/>
        <source>Search a candidate by name</source>
        <translation>Chercher un candidat par son nom</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="93"/>
        <location filename="../../qml/team/DashboardPage.qml" line="95"/>
        <source>Sort by progress</source>
        <translation>Trier par avancement</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="108"/>
        <source>No candidate is assigned to you on this device yet. The centre assigns them; they appear after a sync.</source>
        <translation>Aucun candidat ne vous est encore attribué sur cet appareil. Le centre les attribue ; ils apparaissent après une synchronisation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/DashboardPage.qml" line="109"/>
        <source>%1 of %n candidate(s) shown</source>
        <translation>
            <numerusform>%1 sur %n candidat affiché</numerusform>
            <numerusform>%1 sur %n candidats affichés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="125"/>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="127"/>
        <source>Sort by name</source>
        <translation>Trier par nom</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="139"/>
        <source>Sort by %1: %2</source>
        <translation>Trier par %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/DashboardPage.qml" line="157"/>
        <source>%n ready</source>
        <translation>
            <numerusform>%n prêt</numerusform>
            <numerusform>%n prêts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="177"/>
        <source>Team dashboard</source>
        <translation>Tableau de bord de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="189"/>
        <source>%1: %2 of %3 competences acquired</source>
        <translation>%1 : %2 compétences acquises sur %3</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../qml/components/DateField.qml" line="54"/>
        <source>Choose the day in a calendar</source>
        <translation>Choisir le jour dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../qml/components/DateField.qml" line="125"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location filename="../../qml/components/DateField.qml" line="145"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
</context>
<context>
    <name>DiagnosticPage</name>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="24"/>
        <source>Auto-diagnostic</source>
        <translation>Auto-diagnostic</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="72"/>
        <source>%1 of %2 activities answered</source>
        <translation>Réponses : %1 sur %2 activités</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="78"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="82"/>
        <source>See the results</source>
        <translation>Voir les résultats</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="93"/>
        <source>Progress of the auto-diagnostic</source>
        <translation>Avancement de l&apos;auto-diagnostic</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="104"/>
        <source>Function %1 of %2: %3</source>
        <translation>Fonction %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="105"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="144"/>
        <source>Activity %1 of %2 in this function · %3</source>
        <translation>Activité %1 sur %2 de cette fonction · %3</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="159"/>
        <source>How do you do this today?</source>
        <translation>Comment réalisez-vous cette activité aujourd&apos;hui ?</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="193"/>
        <source>An example from your work, or a comment (optional)</source>
        <translation>Un exemple vécu (facultatif)</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="195"/>
        <source>Example or comment</source>
        <translation>Exemple ou commentaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="201"/>
        <source>Counts towards bloc %1</source>
        <translation>
            <numerusform>Compte pour le bloc %1</numerusform>
            <numerusform>Compte pour les blocs %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="215"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="218"/>
        <source>Previous activity</source>
        <translation>Activité précédente</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="225"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="228"/>
        <source>Next activity</source>
        <translation>Activité suivante</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="234"/>
        <source>Submitted</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="234"/>
        <source>Submit</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="238"/>
        <source>Submit the auto-diagnostic</source>
        <translation>Transmettre l&apos;auto-diagnostic</translation>
    </message>
</context>
<context>
    <name>DiagnosticResultsPage</name>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="21"/>
        <source>Auto-diagnostic results</source>
        <translation>Résultats du diagnostic</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="41"/>
        <source>Submitted on %1.</source>
        <translation>Transmis le %1.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="42"/>
        <source>Not submitted yet: %1 of %2 activities answered.</source>
        <translation>Pas encore transmis · activités renseignées : %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="45"/>
        <source>By function</source>
        <translation>Par fonction</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="67"/>
        <source>%1: %2 %, %3 of %4 activities answered</source>
        <translation>%1 : %2 % · activités renseignées : %3 sur %4</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="112"/>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="113"/>
        <source>No activity rated in the upper half of the scale yet.</source>
        <translation>Aucune activité encore évaluée dans la moitié haute de l&apos;échelle.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="114"/>
        <source>To develop</source>
        <translation>À développer</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="115"/>
        <source>No activity rated in the lower half of the scale.</source>
        <translation>Aucune activité évaluée dans la moitié basse de l&apos;échelle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="142"/>
        <source>towards bloc %1</source>
        <translation>
            <numerusform>pour le bloc %1</numerusform>
            <numerusform>pour les blocs %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="152"/>
        <source>PDF for the bilan de positionnement</source>
        <translation>PDF pour le bilan de positionnement</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="164"/>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
</context>
<context>
    <name>DossierBundle</name>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="26"/>
        <source>jury bundle</source>
        <translation>dossier pour le jury</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="74"/>
        <source>offset %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="75"/>
        <source>this is not JSON: %1</source>
        <translation>ce n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="80"/>
        <source>this is not a Jalon jury bundle (format %1 expected)</source>
        <translation>ce n&apos;est pas un dossier Jalon pour le jury (format %1 attendu)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="91"/>
        <source>the centre&apos;s key is not a base64url Ed25519 key</source>
        <translation>la clé du centre n&apos;est pas une clé Ed25519 en base64url</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="97"/>
        <source>the centre&apos;s verifier key does not match its public key</source>
        <translation>la clé de vérification du centre ne correspond pas à sa clé publique</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="101"/>
        <source>the fingerprint written is not the centre key&apos;s</source>
        <translation>l&apos;empreinte écrite n&apos;est pas celle de la clé du centre</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="107"/>
        <source>a witness key is not a cosignature key</source>
        <translation>une clé de témoin n&apos;est pas une clé de cosignature</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="129"/>
        <source>an entry has an index and an event</source>
        <translation>une entrée comporte un index et un événement</translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="36"/>
        <source>Writes a candidate&apos;s jury bundle, with the proofs the centre&apos;s log gives.</source>
        <translation>Écrit le dossier pour le jury d’un candidat, avec les preuves que fournit le journal du centre.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="38"/>
        <source>The vault&apos;s folder.</source>
        <translation>Le dossier du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="39"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="42"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Lire la phrase de passe sur la première ligne de FICHIER.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="42"/>
        <location filename="../../app/tool/dossiercommand.cpp" line="47"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="45"/>
        <source>The candidate&apos;s user id (default: this vault&apos;s own).</source>
        <translation>L’identifiant du candidat (par défaut : celui de ce coffre).</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="45"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="46"/>
        <source>The bundle to write.</source>
        <translation>Le dossier pour le jury à écrire.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="51"/>
        <source>dossier export needs --dir and --out</source>
        <translation>dossier export demande --dir et --out</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="58"/>
        <source>this vault has not joined a centre</source>
        <translation>ce coffre n’a rejoint aucun centre</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="74"/>
        <source>written: %1</source>
        <translation>écrit : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="75"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="83"/>
        <source>Checks a jury bundle offline: signatures, chains, roles and assignments, inclusion proofs, the checkpoint; then the statuses.</source>
        <translation>Vérifie hors ligne un dossier pour le jury : signatures, chaînes, rôles et affectations, preuves d’inclusion, point de contrôle ; puis les statuts.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="86"/>
        <source>The bundle.</source>
        <translation>Le dossier pour le jury.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="89"/>
        <source>The centre&apos;s log key, as the centre publishes it (jalon-server info).</source>
        <translation>La clé du journal du centre, telle que le centre la publie (jalon-server info).</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="90"/>
        <location filename="../../app/tool/dossiercommand.cpp" line="94"/>
        <source>VKEY</source>
        <translation>VKEY</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="93"/>
        <source>A witness the jury trusts (repeat); replaces the bundle&apos;s list.</source>
        <translation>Un témoin auquel le jury fait confiance (répétable) ; remplace la liste du dossier.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="96"/>
        <source>How many witnesses must have cosigned.</source>
        <translation>Le nombre de témoins qui doivent avoir cosigné.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="97"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="99"/>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="104"/>
        <source>dossier verify takes one bundle file</source>
        <translation>dossier verify attend un seul fichier de dossier pour le jury</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="110"/>
        <source>--key: %1</source>
        <translation>--key : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="111"/>
        <source>not a log key</source>
        <translation>ce n’est pas une clé de journal</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="118"/>
        <source>--witness: %1</source>
        <translation>--witness : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="119"/>
        <source>not a witness key</source>
        <translation>ce n’est pas une clé de témoin</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="126"/>
        <source>--quorum takes a whole number</source>
        <translation>--quorum attend un nombre entier</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="150"/>
        <source>Usage: jalon-tool dossier export|verify …; see --help after the command</source>
        <translation>Usage : jalon-tool dossier export|verify … ; voir --help après la commande</translation>
    </message>
</context>
<context>
    <name>DossierExporter</name>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="43"/>
        <source>jury bundle</source>
        <translation>dossier pour le jury</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="155"/>
        <source>the centre has not told this device of a candidate &quot;%1&quot;</source>
        <translation>le centre n&apos;a signalé à cet appareil aucun candidat « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/dossier/dossierexporter.cpp" line="182"/>
        <source>%n event(s) of the bundle have not reached the centre&apos;s log yet: sync, then export again</source>
        <translation>
            <numerusform>%n événement du dossier n&apos;est pas encore dans le journal du centre : synchronisez, puis exportez à nouveau</numerusform>
            <numerusform>%n événements du dossier ne sont pas encore dans le journal du centre : synchronisez, puis exportez à nouveau</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="203"/>
        <source>Syncing with the centre…</source>
        <translation>Synchronisation avec le centre…</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="218"/>
        <source>the centre must be reachable to prove the carnet&apos;s events: %1</source>
        <translation>le centre doit être joignable pour prouver les événements du carnet : %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="239"/>
        <source>the carnet holds nothing the centre logged yet</source>
        <translation>le carnet ne contient encore rien que le centre ait enregistré dans son journal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/dossier/dossierexporter.cpp" line="240"/>
        <source>Fetching the proofs of %n event(s)…</source>
        <translation>
            <numerusform>Récupération des preuves de %n événement…</numerusform>
            <numerusform>Récupération des preuves de %n événements…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="261"/>
        <source>the centre did not give the proofs: %1</source>
        <translation>le centre n&apos;a pas fourni les preuves : %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="266"/>
        <source>the centre gave %1 proofs for %2 events</source>
        <translation>le centre a fourni %1 preuves pour %2 événements</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="277"/>
        <source>the centre&apos;s proof of the event at index %1 does not hold</source>
        <translation>la preuve du centre pour l&apos;événement à l&apos;index %1 n&apos;est pas valable</translation>
    </message>
</context>
<context>
    <name>DossierVerifier</name>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="128"/>
        <source>the events are not in log order (index %1 after %2)</source>
        <translation>les événements ne sont pas dans l&apos;ordre du journal (index %1 après %2)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="133"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="135"/>
        <source>the event cannot be read: %1</source>
        <translation>l&apos;événement ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="144"/>
        <source>the signature does not match the event: it was altered or forged</source>
        <translation>la signature ne correspond pas à l&apos;événement : il a été modifié ou contrefait</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="147"/>
        <source>no checkpoint to prove it against</source>
        <translation>aucun point de contrôle par rapport auquel le prouver</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="149"/>
        <source>its index %1 is outside the checkpoint&apos;s %2 entries</source>
        <translation>son index %1 est en dehors des %2 entrées du point de contrôle</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="153"/>
        <source>its inclusion proof does not lead to the checkpoint&apos;s root: it is not the event the centre logged at index %1</source>
        <translation>sa preuve d&apos;inclusion ne mène pas à la racine du point de contrôle : ce n&apos;est pas l&apos;événement que le centre a enregistré dans son journal à l&apos;index %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="160"/>
        <source>&quot;%1&quot; is the centre&apos;s to sign, and this key is not the centre&apos;s</source>
        <translation>c&apos;est au centre de signer « %1 », et cette clé n&apos;est pas celle du centre</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="163"/>
        <source>the centre&apos;s key signed &quot;%1&quot;, which only a device may</source>
        <translation>la clé du centre a signé « %1 », ce que seul un appareil peut faire</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="180"/>
        <source>two events of one device hold seq %1 (a fork)</source>
        <translation>deux événements d&apos;un même appareil portent le numéro %1 (bifurcation)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="188"/>
        <source>the device&apos;s first event names a previous one</source>
        <translation>le premier événement de l&apos;appareil désigne un événement précédent</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="197"/>
        <source>it does not follow its device&apos;s event seq %1</source>
        <translation>il ne suit pas l&apos;événement numéro %1 de son appareil</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="200"/>
        <source>it was logged before its device&apos;s previous event</source>
        <translation>il a été enregistré dans le journal avant l&apos;événement précédent de son appareil</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="253"/>
        <source>its device is not one the centre enrolled before it was logged</source>
        <translation>son appareil n&apos;avait pas été inscrit par le centre avant l&apos;enregistrement de l&apos;événement dans le journal</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="255"/>
        <source>its device had been revoked before it was logged</source>
        <translation>son appareil avait été révoqué avant l&apos;enregistrement de l&apos;événement dans le journal</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="261"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="268"/>
        <source>%1 was not assigned to the candidate as %2 when signing</source>
        <translation>%1 n&apos;était pas affecté au candidat comme %2 au moment de signer</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="277"/>
        <source>%1 attested by %2 (%3), observed on %4</source>
        <translation>%1 attestée par %2 (%3), observée le %4</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="282"/>
        <source>withdrawal by %1: %2</source>
        <translation>retrait par %1 : %2</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="285"/>
        <source>bloc %1 %2 on %3 by %4</source>
        <translation>bloc %1 %2 le %3 par %4</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="287"/>
        <source>validated</source>
        <translation>validé</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="288"/>
        <source>not validated</source>
        <translation>non validé</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="291"/>
        <source>%1 registered as %2</source>
        <translation>%1 enregistré avec le rôle %2</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="295"/>
        <source>a device of %1 enrolled</source>
        <translation>un appareil de %1 inscrit</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="467"/>
        <source>it withdraws an attestation its device did not sign</source>
        <translation>il retire une attestation que son appareil n&apos;a pas signée</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="528"/>
        <source>the candidate&apos;s name in the bundle (%1) is not the one the centre registered</source>
        <translation>le nom du candidat dans le dossier (%1) n&apos;est pas celui que le centre a enregistré</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="259"/>
        <source>%1 does not hold the role %2 (the centre registered them as %3)</source>
        <translation>%1 n&apos;a pas le rôle %2 (rôle enregistré par le centre : %3)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="100"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="102"/>
        <source>the event is not in its canonical form once read</source>
        <translation>l&apos;événement n&apos;est pas sous sa forme canonique une fois lu</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="298"/>
        <source>%1 assigned to the candidate as %2</source>
        <translation>%1 affecté au candidat comme %2</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="302"/>
        <source>%1 no longer assigned to the candidate as %2</source>
        <translation>%1 n&apos;est plus affecté au candidat comme %2</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="320"/>
        <source>the bundle&apos;s centre key is not the one given: it was not made by that centre</source>
        <translation>la clé du centre indiquée dans le dossier n&apos;est pas celle fournie : le dossier n&apos;a pas été produit par ce centre</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="334"/>
        <source>the checkpoint: %1</source>
        <translation>le point de contrôle : %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="366"/>
        <source>the référentiel %1 does not match its SHA-256</source>
        <translation>le référentiel %1 ne correspond pas à son SHA-256</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="376"/>
        <source>the text of the référentiel %1 v%2 is neither the one Jalon ships nor one the centre published: its rules cannot be trusted</source>
        <translation>le texte du référentiel %1 v%2 n&apos;est ni celui que fournit Jalon ni un texte publié par le centre : on ne peut pas se fier à ses règles</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="387"/>
        <source>the référentiel %1 cannot be read</source>
        <translation>le référentiel %1 ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="419"/>
        <source>it is about another candidate (%1)</source>
        <translation>il concerne un autre candidat (%1)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="428"/>
        <source>the référentiel it names (%1) is not in the bundle</source>
        <translation>le référentiel qu&apos;il désigne (%1) n&apos;est pas dans le dossier</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="464"/>
        <source>it withdraws an attestation that is not in the bundle</source>
        <translation>il retire une attestation qui n&apos;est pas dans le dossier</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="562"/>
        <source>acquired</source>
        <translation>acquise</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="566"/>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="576"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="567"/>
        <source>waiting for: %1</source>
        <translation>en attente de : %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="574"/>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="578"/>
        <source>ready for evaluation</source>
        <translation>prêt pour l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="580"/>
        <source>validated until %1</source>
        <translation>validé jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="582"/>
        <source>expired on %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="592"/>
        <source>Jury bundle of %1 (%2)</source>
        <translation>Dossier pour le jury de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="593"/>
        <source>Centre key: %1, as given</source>
        <translation>Clé du centre : %1, telle que fournie</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="594"/>
        <source>Centre key: %1 (taken from the bundle: compare it with the fingerprint the centre publishes)</source>
        <translation>Clé du centre : %1 (tirée du dossier : comparez-la avec l&apos;empreinte que publie le centre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/dossier/dossierverifier.cpp" line="599"/>
        <source>Checkpoint: %1 entries, cosigned by %n witness(es), %2 required</source>
        <translation>
            <numerusform>Point de contrôle : %1 entrées, cosigné par %n témoin, %2 requis</numerusform>
            <numerusform>Point de contrôle : %1 entrées, cosigné par %n témoins, %2 requis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="615"/>
        <source>Status under %1, from what holds:</source>
        <translation>Statuts selon %1, d&apos;après les éléments valables :</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="629"/>
        <source>Certification: obtained</source>
        <translation>Certification : obtenue</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="630"/>
        <source>Certification: not obtained</source>
        <translation>Certification : non obtenue</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="634"/>
        <source>VALID: every signature, proof, role and assignment holds.</source>
        <translation>VALIDE : toutes les signatures, preuves, rôles et affectations sont valables.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/dossier/dossierverifier.cpp" line="635"/>
        <source>NOT VALID: %n item(s) fail.</source>
        <translation>
            <numerusform>NON VALIDE : %n élément en échec.</numerusform>
            <numerusform>NON VALIDE : %n éléments en échec.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../common/error.cpp" line="21"/>
        <source>(expected: %1)</source>
        <translation>(attendu : %1)</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../journal/event.cpp" line="23"/>
        <location filename="../journal/event.cpp" line="150"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="158"/>
        <source>the event is not in its canonical form once read</source>
        <translation>l’événement n’est plus dans sa forme canonique une fois lu</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="170"/>
        <source>an event must be a JSON object</source>
        <translation>un événement doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="178"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="182"/>
        <source>this required field is missing</source>
        <translation>ce champ obligatoire est absent</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="186"/>
        <source>unknown event version</source>
        <translation>version d’événement inconnue</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="192"/>
        <source>not a public key</source>
        <translation>ce n’est pas une clé publique</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="193"/>
        <source>32 bytes in base64url</source>
        <translation>32 octets en base64url</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="199"/>
        <source>not a sequence number</source>
        <translation>ce n’est pas un numéro d’ordre</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="200"/>
        <source>a whole number from 1</source>
        <translation>un nombre entier à partir de 1</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="206"/>
        <source>not an event id</source>
        <translation>ce n’est pas un identifiant d’événement</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="207"/>
        <source>null or 32 bytes in base64url</source>
        <translation>null ou 32 octets en base64url</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="212"/>
        <source>the first event has no previous one, every other event has one</source>
        <translation>le premier événement n’a pas de précédent, tous les autres en ont un</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="216"/>
        <source>not a UTC time</source>
        <translation>ce n’est pas une heure UTC</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="221"/>
        <source>not an event kind</source>
        <translation>ce n’est pas un type d’événement</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="223"/>
        <source>the subject is missing</source>
        <translation>le sujet est absent</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="224"/>
        <source>a non-empty string</source>
        <translation>une chaîne de caractères non vide</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="226"/>
        <source>the body must be an object</source>
        <translation>le corps doit être un objet</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="232"/>
        <source>not a signature</source>
        <translation>ce n’est pas une signature</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="232"/>
        <source>64 bytes in base64url</source>
        <translation>64 octets en base64url</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <location filename="../journal/eventkinds.cpp" line="163"/>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="164"/>
        <location filename="../journal/eventkinds.cpp" line="173"/>
        <location filename="../journal/eventkinds.cpp" line="189"/>
        <location filename="../journal/eventkinds.cpp" line="201"/>
        <location filename="../journal/eventkinds.cpp" line="213"/>
        <location filename="../journal/eventkinds.cpp" line="222"/>
        <source>wrong type</source>
        <translation>type incorrect</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="166"/>
        <source>a non-empty string</source>
        <translation>une chaîne de caractères non vide</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="167"/>
        <source>wrong type or empty</source>
        <translation>type incorrect ou valeur vide</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="169"/>
        <source>a whole number ≥ 0</source>
        <translation>un nombre entier ≥ 0</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="170"/>
        <source>not a whole number</source>
        <translation>ce n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="172"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="179"/>
        <source>not a date</source>
        <translation>ce n’est pas une date</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="181"/>
        <source>32 bytes in base64url</source>
        <translation>32 octets en base64url</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="182"/>
        <location filename="../journal/eventkinds.cpp" line="185"/>
        <source>not an id</source>
        <translation>ce n’est pas un identifiant</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="184"/>
        <source>null or 32 bytes in base64url</source>
        <translation>null ou 32 octets en base64url</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="187"/>
        <source>an array of distinct event ids (32 bytes in base64url)</source>
        <translation>un tableau d&apos;identifiants d&apos;événements tous différents (32 octets en base64url)</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="193"/>
        <source>an item is not an id or is repeated</source>
        <translation>un élément n&apos;est pas un identifiant ou est répété</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="199"/>
        <source>an array of distinct non-empty strings</source>
        <translation>un tableau de chaînes non vides toutes différentes</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="205"/>
        <source>an item is empty, repeated or not a string</source>
        <translation>un élément est vide, répété ou n’est pas une chaîne</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="211"/>
        <source>an object of whole numbers ≥ 0</source>
        <translation>un objet de nombres entiers ≥ 0</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="216"/>
        <source>a level is not a whole number</source>
        <translation>un niveau n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="221"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="226"/>
        <location filename="../journal/eventkinds.cpp" line="230"/>
        <source>unknown role</source>
        <translation>rôle inconnu</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="233"/>
        <source>unknown path</source>
        <translation>parcours inconnu</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="237"/>
        <source>unknown status</source>
        <translation>statut inconnu</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="271"/>
        <location filename="../journal/eventkinds.cpp" line="283"/>
        <location filename="../journal/eventkinds.cpp" line="289"/>
        <location filename="../journal/eventkinds.cpp" line="293"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="273"/>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation>type d’événement inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="283"/>
        <source>this required field is missing</source>
        <translation>ce champ obligatoire est absent</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="294"/>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
</context>
<context>
    <name>EventPolicy</name>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="38"/>
        <source>the event is dated %1, ahead of the server&apos;s clock (%2): set the device&apos;s clock right</source>
        <translation>l&apos;événement est daté du %1, en avance sur l&apos;horloge du serveur (%2) : mettez l&apos;horloge de l&apos;appareil à l&apos;heure</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="57"/>
        <source>a candidate may not record &quot;%1&quot;</source>
        <translation>un candidat ne peut pas enregistrer « %1 »</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="59"/>
        <source>a candidate records only about themself</source>
        <translation>un candidat n&apos;enregistre que ce qui le concerne</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="63"/>
        <source>no one but a candidate records about themself</source>
        <translation>seul un candidat enregistre ce qui le concerne lui-même</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="66"/>
        <source>only a tutor or a manager attests a competence</source>
        <translation>seul un tuteur ou un manager atteste une compétence</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="68"/>
        <source>the attestation&apos;s role is not the author&apos;s (%1)</source>
        <translation>le rôle indiqué dans l&apos;attestation n&apos;est pas celui de son auteur (%1)</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="70"/>
        <source>this %1 is not assigned to the candidate</source>
        <translation>ce %1 n&apos;est pas affecté au candidat</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="75"/>
        <source>only the candidate&apos;s manager records the bilan de positionnement</source>
        <translation>seul le manager du candidat enregistre le bilan de positionnement</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="77"/>
        <source>only the candidate&apos;s accompanist records VAE sessions</source>
        <translation>seul l&apos;accompagnateur du candidat enregistre les séances de VAE</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="79"/>
        <source>only an evaluator assigned to the candidate evaluates a bloc</source>
        <translation>seul un évaluateur affecté au candidat évalue un bloc</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="87"/>
        <source>only someone assigned to the candidate comments the livret</source>
        <translation>seule une personne affectée au candidat commente le livret</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="92"/>
        <source>a %1 may not record &quot;%2&quot;</source>
        <translation>un %1 ne peut pas enregistrer « %2 »</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="116"/>
        <source>there is no attestation %1 in the log to withdraw</source>
        <translation>aucune attestation %1 dans le journal à retirer</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="118"/>
        <source>the attestation %1 is about another candidate</source>
        <translation>l&apos;attestation %1 concerne un autre candidat</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="120"/>
        <source>only the device that signed an attestation withdraws it</source>
        <translation>seul l&apos;appareil qui a signé une attestation peut la retirer</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="144"/>
        <source>unknown référentiel &quot;%1&quot; version %2</source>
        <translation>référentiel « %1 » version %2 inconnu</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="154"/>
        <source>&quot;%1&quot; is no activity of %2</source>
        <translation>« %1 » n&apos;est pas une activité de %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="156"/>
        <source>the level is beyond the scale of %1</source>
        <translation>le niveau dépasse l&apos;échelle de %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="160"/>
        <source>&quot;%1&quot; is no competence of %2</source>
        <translation>« %1 » n&apos;est pas une compétence de %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="167"/>
        <source>&quot;%1&quot; is no criterion of %2</source>
        <translation>« %1 » n&apos;est pas un critère de %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="173"/>
        <location filename="../../sync/server/eventpolicy.cpp" line="177"/>
        <source>&quot;%1&quot; is no bloc of %2</source>
        <translation>« %1 » n&apos;est pas un bloc de %2</translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="63"/>
        <source>event %1 (%2): %3</source>
        <translation>événement %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="67"/>
        <source>%1 events checked, %2 problems.</source>
        <translation>%1 événements vérifiés, %2 problèmes.</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="81"/>
        <source>Inspects a vault&apos;s event journal.
  list     every event, in journal order
  verify   checks every event&apos;s signature, body and chain</source>
        <translation>Examine le journal d’événements d’un coffre.
  list     tous les événements, dans l’ordre du journal
  verify   vérifie la signature, le corps et la chaîne de chaque événement</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="85"/>
        <source>list or verify</source>
        <translation>list ou verify</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="86"/>
        <source>The vault&apos;s folder.</source>
        <translation>Le dossier du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="87"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="90"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Lire la phrase de passe sur la première ligne de FICHIER.</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="90"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="92"/>
        <source>Write JSON for scripts.</source>
        <translation>Écrire du JSON pour les scripts.</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="106"/>
        <source>Usage: jalon-tool events list|verify --dir DIR [--passphrase-file FILE] [--json]</source>
        <translation>Usage : jalon-tool events list|verify --dir DOSSIER [--passphrase-file FICHIER] [--json]</translation>
    </message>
</context>
<context>
    <name>ExportedFile</name>
    <message>
        <location filename="../../qml/components/ExportedFile.qml" line="16"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../qml/components/ExportedFile.qml" line="56"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../qml/components/ExportedFile.qml" line="58"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/ExportedFile.qml" line="65"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../qml/components/ExportedFile.qml" line="67"/>
        <source>Show %1 in its folder</source>
        <translation>Afficher %1 dans son dossier</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="24"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="47"/>
        <source>Hello %1</source>
        <translation>Bonjour %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="59"/>
        <source>You are preparing: %1</source>
        <translation>Vous préparez : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="60"/>
        <source>Your role: %1</source>
        <translation>Votre rôle : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="74"/>
        <source>Auto-diagnostic d&apos;activités</source>
        <translation>Auto-diagnostic d&apos;activités</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="77"/>
        <source>Submitted on %1</source>
        <translation>Transmis le %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="78"/>
        <source>Pick up where you left off</source>
        <translation>Reprenez là où vous en étiez</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="78"/>
        <source>Rate what you do today, activity by activity</source>
        <translation>Évaluez ce que vous faites aujourd&apos;hui, activité par activité</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="85"/>
        <source>Livret VAE</source>
        <translation>Livret VAE</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/HomePage.qml" line="88"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/HomePage.qml" line="88"/>
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="95"/>
        <source>Carnet de suivi</source>
        <translation>Carnet de suivi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/HomePage.qml" line="98"/>
        <source>%n attestation(s)</source>
        <translation>
            <numerusform>%n attestation</numerusform>
            <numerusform>%n attestations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="105"/>
        <source>VAE journey</source>
        <translation>Parcours VAE</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="75"/>
        <location filename="../../qml/common/HomePage.qml" line="86"/>
        <location filename="../../qml/common/HomePage.qml" line="96"/>
        <location filename="../../qml/common/HomePage.qml" line="106"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="76"/>
        <source>activities answered</source>
        <translation>activités renseignées</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="87"/>
        <source>sections written</source>
        <translation>sections rédigées</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="97"/>
        <source>competences acquired</source>
        <translation>compétences acquises</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="107"/>
        <source>sessions held</source>
        <translation>séances tenues</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="108"/>
        <source>Next session: %1</source>
        <translation>Prochaine séance : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="109"/>
        <source>No session planned yet</source>
        <translation>Aucune séance prévue pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="124"/>
        <source>My candidates</source>
        <translation>Mes candidats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/HomePage.qml" line="125"/>
        <location filename="../../qml/common/HomePage.qml" line="135"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="126"/>
        <source>The centre assigns them; they appear after a sync.</source>
        <translation>Le centre les attribue ; ils apparaissent après une synchronisation.</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="127"/>
        <source>Find a candidate, open their carnet</source>
        <translation>Trouver un candidat, ouvrir son carnet</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="134"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="136"/>
        <source>Every candidate&apos;s blocs at a glance</source>
        <translation>Les blocs de chaque candidat d&apos;un coup d&apos;œil</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="143"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="149"/>
        <source>Nothing needs you in the coming days.</source>
        <translation>Rien ne vous attend dans les prochains jours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/HomePage.qml" line="195"/>
        <source>and %n more reminder(s)</source>
        <translation>
            <numerusform>et %n autre rappel</numerusform>
            <numerusform>et %n autres rappels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpFront</name>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="98"/>
        <source>there is nothing at this address</source>
        <translation>il n&apos;y a rien à cette adresse</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="112"/>
        <source>an enrollment request is a small JSON object</source>
        <translation>une demande d&apos;inscription est un petit objet JSON</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="139"/>
        <source>after must be a log index (or -1) and limit a positive number</source>
        <translation>after doit être un indice du journal (ou -1) et limit un nombre positif</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="196"/>
        <source>give index=I and size=N, whole numbers</source>
        <translation>indiquez index=I et size=N, en nombres entiers</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="204"/>
        <source>the request is too large</source>
        <translation>la requête est trop volumineuse</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="211"/>
        <source>give between 1 and %1 indexes</source>
        <translation>indiquez entre 1 et %1 indices</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="222"/>
        <source>give from=M and to=N, whole numbers</source>
        <translation>indiquez from=M et to=N, en nombres entiers</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="239"/>
        <source>the request is larger than %1 bytes</source>
        <translation>la requête dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="242"/>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>le JSON est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="255"/>
        <source>this device is not enrolled, or was revoked</source>
        <translation>cet appareil n&apos;est pas inscrit, ou il a été révoqué</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/server/httpfront.cpp" line="259"/>
        <source>too many requests from this device: try again in %n second(s)</source>
        <translation>
            <numerusform>trop de requêtes de cet appareil : réessayez dans %n seconde</numerusform>
            <numerusform>trop de requêtes de cet appareil : réessayez dans %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JalonServer</name>
    <message>
        <location filename="../../sync/server/main.cpp" line="144"/>
        <source>Jalon sync server and its administration.</source>
        <translation>Serveur de synchronisation Jalon et son administration.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="151"/>
        <source>Folder of the server&apos;s key and embedded database.</source>
        <translation>Dossier de la clé du serveur et de sa base embarquée.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="154"/>
        <source>Address and port to listen on (port 0: any free one).</source>
        <translation>Adresse et port d&apos;écoute (port 0 : un port libre).</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="156"/>
        <source>The user&apos;s full name.</source>
        <translation>Les prénom et nom de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="160"/>
        <source>candidate, tutor, manager, accompanist, evaluator or admin.</source>
        <translation>candidate, tutor, manager, accompanist, evaluator ou admin.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="163"/>
        <source>The candidate&apos;s user id.</source>
        <translation>L&apos;identifiant du candidat.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="173"/>
        <source>With user add: the certification a candidate prepares (référentiel id).</source>
        <translation>Avec user add : la certification que prépare un candidat (identifiant du référentiel).</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="216"/>
        <source>The %1&apos;s user id.</source>
        <translation>L&apos;identifiant du %1.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="97"/>
        <location filename="../../sync/server/main.cpp" line="283"/>
        <source>cannot listen on %1</source>
        <translation>impossible d&apos;écouter sur %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="58"/>
        <source>give the witness as URL=KEY</source>
        <translation>indiquez le témoin sous la forme URL=KEY</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="64"/>
        <source>this is not a witness&apos;s cosignature key</source>
        <translation>ce n&apos;est pas une clé de cosignature de témoin</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="81"/>
        <source>--log-key takes a log&apos;s key, as `jalon-server info` prints it</source>
        <translation>--log-key attend la clé d&apos;un journal, telle que l&apos;affiche `jalon-server info`</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="85"/>
        <source>give the key of the log to witness: --log-key KEY</source>
        <translation>indiquez la clé du journal à surveiller : --log-key KEY</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="98"/>
        <source>witness key: %1</source>
        <translation>clé du témoin : %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="99"/>
        <source>jalon-server witness listening on http://%1:%2/</source>
        <translation>jalon-server witness à l&apos;écoute sur http://%1:%2/</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="112"/>
        <source>no fork</source>
        <translation>aucune fourche</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="112"/>
        <source>no open fork</source>
        <translation>aucune fourche ouverte</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="114"/>
        <source>device %1 (user %2), seq %3, seen %4</source>
        <translation>appareil %1 (utilisateur %2), seq %3, vue le %4</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="121"/>
        <source>resolved: none counts</source>
        <translation>réglée : aucun ne compte</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="122"/>
        <source>resolved: %1 counts</source>
        <translation>réglée : %1 compte</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="127"/>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="130"/>
        <source>index %1, %2 about %3, logged %4</source>
        <translation>index %1, %2 sur %3, journalisé le %4</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="148"/>
        <source>serve | user add | assign | unassign | device revoke | referentiel publish | forks | fork keep EVENT | fork drop DEVICE SEQ | info | witness</source>
        <translation>serve | user add | assign | unassign | device revoke | referentiel publish | forks | fork keep ÉVÉNEMENT | fork drop APPAREIL SEQ | info | witness</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="166"/>
        <source>Use this PostgreSQL database instead of the embedded one (postgresql://USER@HOST:PORT/DATABASE, or postgresql:///?service=NAME for a libpq service). The password comes from ~/.pgpass, the file PGPASSFILE names, PGPASSWORD or the service, never from the command line.</source>
        <translation>Utiliser cette base PostgreSQL au lieu de la base intégrée (postgresql://UTILISATEUR@HÔTE:PORT/BASE, ou postgresql:///?service=NOM pour un service libpq). Le secret d&apos;accès à la base vient de ~/.pgpass, du fichier que nomme PGPASSFILE, de PGPASSWORD ou du service, jamais de la ligne de commande.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="177"/>
        <source>With serve: a witness that cosigns the checkpoints (its URL, &quot;=&quot;, its key); repeat for several.</source>
        <translation>Avec serve : un témoin qui cosigne les points de contrôle (son URL, « = », sa clé) ; à répéter pour plusieurs témoins.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="182"/>
        <source>With serve: how many witnesses&apos; cosignatures devices require (default: all).</source>
        <translation>Avec serve : le nombre de cosignatures de témoins qu&apos;exigent les appareils (par défaut : toutes).</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="186"/>
        <source>With witness: the key of a log to witness, as `info` prints it; repeat for several.</source>
        <translation>Avec witness : la clé d&apos;un journal à surveiller, telle que l&apos;affiche `info` ; à répéter pour plusieurs journaux.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="191"/>
        <source>With serve: seconds a connection may stay idle, or a request take to arrive (default 30).</source>
        <translation>Avec serve : secondes pendant lesquelles une connexion peut rester inactive, ou une requête mettre à arriver (30 par défaut).</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="196"/>
        <source>With serve: connections one address may hold at once (default 128).</source>
        <translation>Avec serve : connexions qu&apos;une adresse peut tenir à la fois (128 par défaut).</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="200"/>
        <source>With serve: signed requests one device may make a minute, and at once (default 240; 0: no limit). Past it the device is answered 429.</source>
        <translation>Avec serve : requêtes signées qu&apos;un appareil peut faire par minute, et d&apos;un coup (240 par défaut ; 0 : sans limite). Au-delà, l&apos;appareil reçoit 429.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="204"/>
        <source>With forks: the resolved ones too.</source>
        <translation>Avec forks : les fourches réglées aussi.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="207"/>
        <source>What jalon.server and jalon.http log on stderr: %1 (default info: a line per request). QT_LOGGING_RULES, when set, has the last word.</source>
        <translation>Ce que jalon.server et jalon.http journalisent sur stderr : %1 (par défaut info : une ligne par requête). QT_LOGGING_RULES, s&apos;il est défini, a le dernier mot.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="222"/>
        <source>unknown log level &quot;%1&quot;; say one of %2</source>
        <translation>niveau de journal « %1 » inconnu ; indiquez l&apos;un de %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="233"/>
        <source>give the witness a folder of its own: --data DIR</source>
        <translation>donnez au témoin un dossier à lui : --data DOSSIER</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="239"/>
        <source>%1: a password on the command line can be read by every user of this machine; put it in ~/.pgpass (or the file PGPASSFILE names), in PGPASSWORD or in a libpq service, and give the address without it</source>
        <translation>%1 : un secret d&apos;accès sur la ligne de commande peut être lu par tout utilisateur de cette machine ; mettez-le dans ~/.pgpass (ou le fichier que nomme PGPASSFILE), dans PGPASSWORD ou dans un service libpq, et donnez l&apos;adresse sans lui</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="267"/>
        <source>the witness quorum must be between 0 and the number of witnesses</source>
        <translation>le quorum de témoins doit être compris entre 0 et le nombre de témoins</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="284"/>
        <source>jalon-server listening on http://%1:%2</source>
        <translation>jalon-server à l&apos;écoute sur http://%1:%2</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="297"/>
        <source>user: %1</source>
        <translation>utilisateur : %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="298"/>
        <source>enrollment code (shown once, enrolls one device): %1</source>
        <translation>code de rattachement (affiché une seule fois, inscrit un seul appareil) : %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="312"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="315"/>
        <source>say who: --tutor, --manager, --accompanist or --evaluator USER</source>
        <translation>précisez qui : --tutor, --manager, --accompanist ou --evaluator UTILISATEUR</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="320"/>
        <source>give the device&apos;s public key (base64url)</source>
        <translation>indiquez la clé publique de l&apos;appareil (base64url)</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="323"/>
        <source>device revoked</source>
        <translation>appareil révoqué</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="336"/>
        <source>no open fork holds this event; see `jalon-server forks`</source>
        <translation>aucune fourche ouverte ne contient cet événement ; voir `jalon-server forks`</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="339"/>
        <source>resolved: this event counts, the others at its place never will</source>
        <translation>réglée : cet événement compte, les autres à sa place ne compteront jamais</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="348"/>
        <source>give the device&apos;s public key (base64url) and the seq</source>
        <translation>donnez la clé publique de l&apos;appareil (base64url) et le seq</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="351"/>
        <source>resolved: none of the events at this place will count</source>
        <translation>réglée : aucun des événements à cette place ne comptera</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="357"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="360"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="365"/>
        <source>server key: %1</source>
        <translation>clé du serveur : %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="367"/>
        <source>log key (for witnesses and juries): %1</source>
        <translation>clé du journal (pour les témoins et les jurys) : %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="369"/>
        <source>fingerprint: %1</source>
        <translation>empreinte : %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="378"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>commande « %1 » inconnue ; voir --help</translation>
    </message>
</context>
<context>
    <name>JoinForm</name>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="32"/>
        <source>Your certification centre gave you its server&apos;s address and a one-time code of six groups of four characters.</source>
        <translation>Votre centre de certification vous a remis l&apos;adresse de son serveur et un code à usage unique de six groupes de quatre caractères.</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="39"/>
        <source>Server address, e.g. https://jalon.example.org/</source>
        <translation>Adresse du serveur (https://…)</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="41"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="49"/>
        <location filename="../../qml/components/JoinForm.qml" line="52"/>
        <source>Enrollment code</source>
        <translation>Code de rattachement</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="60"/>
        <source>Join</source>
        <translation>Se rattacher</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="64"/>
        <source>Join the certification centre</source>
        <translation>Se rattacher au centre de certification</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="75"/>
        <source>Joining</source>
        <translation>Rattachement en cours</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="79"/>
        <source>Contacting the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../journal/journal.cpp" line="62"/>
        <source>cannot count the waiting events</source>
        <translation>impossible de compter les changements en attente</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="118"/>
        <location filename="../journal/journal.cpp" line="126"/>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="120"/>
        <source>only the server signs &quot;%1&quot; events</source>
        <translation>seul le serveur signe les événements « %1 »</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="126"/>
        <source>the subject is missing</source>
        <translation>le sujet est absent</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="166"/>
        <source>the device&apos;s own event %1 is missing: its chain cannot go on</source>
        <translation>l&apos;événement %1 de cet appareil manque : sa chaîne ne peut pas continuer</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="210"/>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation>type d’événement inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="219"/>
        <source>an organisation event arrived before this device joined a server</source>
        <translation>un événement de l’organisation est arrivé avant que cet appareil ne rejoigne un serveur</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="225"/>
        <source>an organisation event not signed by this device&apos;s server</source>
        <translation>un événement de l’organisation qui n’est pas signé par le serveur de cet appareil</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="229"/>
        <source>the server cannot sign a person&apos;s event</source>
        <translation>le serveur ne peut pas signer l’événement d’une personne</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="235"/>
        <source>the signature does not match the event: it was altered or forged</source>
        <translation>la signature ne correspond pas à l’événement : il a été modifié ou contrefait</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="300"/>
        <source>event %1 of this author is missing: events must arrive in order</source>
        <translation>l’événement %1 de cet auteur manque : les événements doivent arriver dans l’ordre</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="308"/>
        <source>the event does not follow its author&apos;s previous event</source>
        <translation>l’événement ne suit pas l’événement précédent de son auteur</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="374"/>
        <source>the fork&apos;s device is not a key</source>
        <translation>l&apos;appareil de la fourche n&apos;est pas une clé</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="406"/>
        <source>cannot count the forked events</source>
        <translation>impossible de compter les événements en fourche</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="500"/>
        <source>the stored event does not match its index</source>
        <translation>l’événement enregistré ne correspond pas à son index</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="502"/>
        <source>the signature does not match the event</source>
        <translation>la signature ne correspond pas à l’événement</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="507"/>
        <source>fork: another event has the same author and seq</source>
        <translation>divergence : un autre événement a le même auteur et le même numéro</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="522"/>
        <source>the author&apos;s events before seq %1 are missing</source>
        <translation>les événements de l’auteur avant le numéro %1 manquent</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="524"/>
        <location filename="../journal/journal.cpp" line="526"/>
        <source>the chain is broken before seq %1</source>
        <translation>la chaîne est rompue avant le numéro %1</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="18"/>
        <source>VAE journey</source>
        <translation>Parcours VAE</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="23"/>
        <source>not planned yet</source>
        <translation>pas encore prévue</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="23"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="23"/>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="24"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="35"/>
        <source>Accompaniment sessions</source>
        <translation>Séances d&apos;accompagnement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/JourneyPage.qml" line="47"/>
        <source>%1 of %2 sessions held, over about %n month(s).</source>
        <translation>
            <numerusform>Séances tenues : %1 sur %2, sur environ %n mois.</numerusform>
            <numerusform>Séances tenues : %1 sur %2, sur environ %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="48"/>
        <source>This certification has no VAE path.</source>
        <translation>Cette certification ne propose pas de parcours par la VAE.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="55"/>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="74"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="91"/>
        <source>Session %1, %2</source>
        <translation>Séance %1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="96"/>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="105"/>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="112"/>
        <source>Next steps: %1</source>
        <translation>Prochaines étapes : %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="119"/>
        <source>Sections worked on: %1</source>
        <translation>Sections travaillées : %1</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="38"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="40"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="42"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="44"/>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="46"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="121"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="48"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="106"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="161"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="52"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="63"/>
        <source>this required field is missing</source>
        <translation>ce champ obligatoire est absent</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="72"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="146"/>
        <source>a non-empty string</source>
        <translation>une chaîne de caractères non vide</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="77"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="111"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="126"/>
        <source>the value is %1</source>
        <translation>la valeur est %1</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="82"/>
        <source>the string is empty</source>
        <translation>la chaîne est vide</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="89"/>
        <source>a whole number of at least %1</source>
        <translation>un nombre entier supérieur ou égal à %1</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="97"/>
        <source>the value %1 is not allowed here</source>
        <translation>la valeur %1 n’est pas admise ici</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="121"/>
        <source>an array of at least %1 item(s)</source>
        <translation>un tableau d’au moins %1 élément(s)</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="131"/>
        <source>the array has %1 item(s)</source>
        <translation>le tableau contient %1 élément(s)</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="145"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="161"/>
        <source>the item is %1</source>
        <translation>l’élément est %1</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="145"/>
        <source>an empty string</source>
        <translation>une chaîne vide</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="174"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="175"/>
        <source>one of: %1</source>
        <translation>l’un de : %1</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../vault/keyfile.cpp" line="66"/>
        <source>unknown key derivation</source>
        <translation>dérivation de clé inconnue</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="84"/>
        <source>a field is not valid base64url</source>
        <translation>un champ n’est pas du base64url valide</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="74"/>
        <location filename="../vault/keyfile.cpp" line="89"/>
        <source>the key derivation parameters are out of range</source>
        <translation>les paramètres de dérivation de clé sont hors limites</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="128"/>
        <source>the key file is damaged: %1</source>
        <translation>le fichier de clés est endommagé : %1</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="133"/>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="138"/>
        <source>unknown key file format %1</source>
        <translation>format de fichier de clés inconnu %1</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="148"/>
        <source>its checksum does not match its contents</source>
        <translation>sa somme de contrôle ne correspond pas à son contenu</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="153"/>
        <source>the vault id is not valid</source>
        <translation>l’identifiant du coffre n’est pas valide</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="178"/>
        <source>the key file cannot be read: %1</source>
        <translation>le fichier de clés ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="181"/>
        <source>the key file is damaged: it is far too large</source>
        <translation>le fichier de clés est endommagé : il est bien trop grand</translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <location filename="../crypto/keywrap.cpp" line="17"/>
        <source>key protection</source>
        <translation>protection des clés</translation>
    </message>
    <message>
        <location filename="../crypto/keywrap.cpp" line="55"/>
        <source>libsodium cannot start on this processor</source>
        <translation>libsodium ne peut pas démarrer sur ce processeur</translation>
    </message>
    <message>
        <location filename="../crypto/keywrap.cpp" line="58"/>
        <source>the key derivation parameters are out of range</source>
        <translation>les paramètres de dérivation de clé sont hors limites</translation>
    </message>
    <message>
        <location filename="../crypto/keywrap.cpp" line="67"/>
        <source>not enough memory to derive the key (%1 MiB needed)</source>
        <translation>pas assez de mémoire pour dériver la clé (%1 Mio nécessaires)</translation>
    </message>
</context>
<context>
    <name>LivretPage</name>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="23"/>
        <source>Livret VAE</source>
        <translation>Livret VAE</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="46"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="49"/>
        <source>Back to the sections</source>
        <translation>Retour aux sections</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/LivretPage.qml" line="58"/>
        <source>%1 of %2 sections written · %n word(s)</source>
        <translation>
            <numerusform>Sections rédigées : %1 sur %2 · %n mot</numerusform>
            <numerusform>Sections rédigées : %1 sur %2 · %n mots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="65"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="67"/>
        <source>Export the livret as PDF</source>
        <translation>Exporter le livret en PDF</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="80"/>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="98"/>
        <source>Sections of the livret</source>
        <translation>Sections du livret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/LivretPage.qml" line="141"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/LivretPage.qml" line="142"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="143"/>
        <source>conflict to settle</source>
        <translation>conflit à résoudre</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="176"/>
        <source>Choose a section to write.</source>
        <translation>Choisissez une section à rédiger.</translation>
    </message>
</context>
<context>
    <name>LivretSectionEditor</name>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="96"/>
        <source>This section was changed in two places from the same version. Both texts are kept: choose one, or merge them below.</source>
        <translation>Cette section a été modifiée à deux endroits à partir de la même version. Les deux textes sont conservés : choisissez-en un, ou fusionnez-les ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="111"/>
        <source>Version by %1, %2</source>
        <translation>Version de %1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="126"/>
        <source>Keep this version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="128"/>
        <source>Keep the version by %1</source>
        <translation>Garder la version de %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="136"/>
        <source>Keep the text below as the merge</source>
        <translation>Garder le texte ci-dessous comme fusion</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="161"/>
        <source>Guiding questions</source>
        <translation>Questions pour vous guider</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="185"/>
        <source>Describe a real situation from your work…</source>
        <translation>Racontez une situation vécue…</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="185"/>
        <source>Nothing written yet.</source>
        <translation>Rien de rédigé pour le moment.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="186"/>
        <source>Text of the section %1</source>
        <translation>Texte de la section %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="193"/>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="267"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="194"/>
        <source>kept on this device</source>
        <translation>conservé sur cet appareil</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="194"/>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="208"/>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="213"/>
        <source>Your accompanist&apos;s comments will appear here.</source>
        <translation>Les commentaires de votre accompagnateur VAE apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="213"/>
        <source>No comment yet.</source>
        <translation>Aucun commentaire pour le moment.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="237"/>
        <source>Your comment on this section</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="238"/>
        <source>Comment on the section %1</source>
        <translation>Commenter la section %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="246"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="247"/>
        <source>Add the comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="255"/>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="275"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="277"/>
        <source>Restore the version of %1</source>
        <translation>Restaurer la version du %1</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="46"/>
        <location filename="../../app/tool/logcommand.cpp" line="79"/>
        <source>this option is missing</source>
        <translation>cette option est absente</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="48"/>
        <source>a whole number, 0 or more</source>
        <translation>un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="54"/>
        <source>%1 is negative</source>
        <translation>%1 est négatif</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="55"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>« %1 » n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="62"/>
        <source>%1 is too large</source>
        <translation>%1 est trop grand</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="70"/>
        <source>&quot;%1&quot; is not a SHA-256 hash</source>
        <translation>« %1 » n’est pas un hachage SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="71"/>
        <source>64 hexadecimal digits</source>
        <translation>64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="91"/>
        <source>this option is missing (give --proof &apos;&apos; for an empty proof)</source>
        <translation>cette option est absente (indiquez --proof &apos;&apos; pour une preuve vide)</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="100"/>
        <source>hash %1</source>
        <translation>hachage %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="137"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="149"/>
        <source>Checks that a leaf is in the log: the audit path from the leaf at INDEX must lead to the root of the tree of SIZE leaves. Take SIZE and the root from the same signed tree head: the proof alone does not tie them.</source>
        <translation>Vérifie qu’une feuille est dans le journal : le chemin d’audit depuis la feuille d’index INDEX doit mener à la racine de l’arbre de TAILLE feuilles. Prenez TAILLE et la racine dans la même tête d’arbre signée : la preuve seule ne les lie pas.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="153"/>
        <source>The leaf&apos;s position, from 0.</source>
        <translation>La position de la feuille, à partir de 0.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="153"/>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="155"/>
        <source>The number of leaves in the tree.</source>
        <translation>Le nombre de feuilles de l’arbre.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="156"/>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="158"/>
        <source>The leaf&apos;s hash, in hexadecimal.</source>
        <translation>Le hachage de la feuille, en hexadécimal.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="159"/>
        <location filename="../../app/tool/logcommand.cpp" line="162"/>
        <location filename="../../app/tool/logcommand.cpp" line="225"/>
        <location filename="../../app/tool/logcommand.cpp" line="228"/>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="161"/>
        <source>The tree&apos;s root hash, in hexadecimal.</source>
        <translation>Le hachage racine de l’arbre, en hexadécimal.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="165"/>
        <source>The audit path: hashes separated by commas, &apos;&apos; when empty.</source>
        <translation>Le chemin d’audit : des hachages séparés par des virgules, &apos;&apos; s’il est vide.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="166"/>
        <location filename="../../app/tool/logcommand.cpp" line="232"/>
        <source>HEX,…</source>
        <translation>HEX,…</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="181"/>
        <source>The proof does not hold: a tree of %1 leaves has no leaf at index %2.</source>
        <translation>La preuve n’est pas valable : un arbre de %1 feuilles n’a pas de feuille à l’index %2.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="188"/>
        <source>The proof does not hold: it does not lead from leaf %1 at index %2 to root %3 of a tree of %4 leaves, so nothing shows that this leaf is in that tree. The leaf hash, the index, the size, the root or a hash of the proof is wrong.</source>
        <translation>La preuve n’est pas valable : elle ne mène pas de la feuille %1 à l’index %2 jusqu’à la racine %3 d’un arbre de %4 feuilles ; rien ne montre donc que cette feuille est dans cet arbre. Le hachage de la feuille, l’index, la taille, la racine ou un hachage de la preuve est faux.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="199"/>
        <source>The proof holds: leaf %1 is at index %2 of the tree of %3 leaves with root %4.</source>
        <translation>La preuve est valable : la feuille %1 est à l’index %2 de l’arbre de %3 feuilles de racine %4.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="213"/>
        <source>Checks that the log only appended entries between two tree heads: the tree of OLD leaves must be the start of the tree of NEW leaves. Take each size and its root from the same signed tree head: the proof alone does not tie them.</source>
        <translation>Vérifie que le journal n’a fait qu’ajouter des entrées entre deux têtes d’arbre : l’arbre de taille ANCIENNE doit être le début de l’arbre de taille NOUVELLE. Prenez chaque taille et sa racine dans la même tête d’arbre signée : la preuve seule ne les lie pas.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="218"/>
        <source>The older tree&apos;s number of leaves.</source>
        <translation>Le nombre de feuilles de l’ancien arbre.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="219"/>
        <source>OLD</source>
        <translation>ANCIENNE</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="221"/>
        <source>The newer tree&apos;s number of leaves.</source>
        <translation>Le nombre de feuilles du nouvel arbre.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="222"/>
        <source>NEW</source>
        <translation>NOUVELLE</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="224"/>
        <source>The older tree&apos;s root hash, in hexadecimal.</source>
        <translation>Le hachage racine de l’ancien arbre, en hexadécimal.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="227"/>
        <source>The newer tree&apos;s root hash, in hexadecimal.</source>
        <translation>Le hachage racine du nouvel arbre, en hexadécimal.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="231"/>
        <source>The consistency proof: hashes separated by commas, &apos;&apos; when empty.</source>
        <translation>La preuve de cohérence : des hachages séparés par des virgules, &apos;&apos; si elle est vide.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="248"/>
        <source>The proof does not hold: a tree of %1 leaves cannot extend a larger one of %2 leaves. Are the old and new sizes swapped?</source>
        <translation>La preuve n’est pas valable : un arbre de %1 feuilles ne peut pas prolonger un arbre plus grand de %2 feuilles. L’ancienne et la nouvelle taille sont-elles inversées ?</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="260"/>
        <source>The proof does not hold: the root of a tree of 0 leaves is %1, not %2.</source>
        <translation>La preuve n’est pas valable : la racine d’un arbre de 0 feuille est %1, et non %2.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="268"/>
        <source>The proof does not hold: it does not show that the tree of %1 leaves with root %2 is the start of the tree of %3 leaves with root %4. A size, a root or a hash of the proof is wrong, or the log changed entries it had already published.</source>
        <translation>La preuve n’est pas valable : elle ne montre pas que l’arbre de %1 feuilles de racine %2 est le début de l’arbre de %3 feuilles de racine %4. Une taille, une racine ou un hachage de la preuve est faux, ou le journal a modifié des entrées qu’il avait déjà publiées.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="279"/>
        <source>The proof holds: the tree of %1 leaves with root %2 is the start of the tree of %3 leaves with root %4; the log only appended entries.</source>
        <translation>La preuve est valable : l’arbre de %1 feuilles de racine %2 est le début de l’arbre de %3 feuilles de racine %4 ; le journal n’a fait qu’ajouter des entrées.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="300"/>
        <source>Usage:
  jalon-tool log verify-inclusion --index I --size N --leaf-hash HEX --root HEX --proof HEX[,HEX…]
  jalon-tool log verify-consistency --old-size M --new-size N --old-root HEX --new-root HEX --proof HEX[,HEX…]
Hashes are SHA-256 in hexadecimal; give --proof &apos;&apos; for an empty proof.
Exits 0 when the proof holds, 1 when it does not, 2 for bad arguments.</source>
        <translation>Usage :
  jalon-tool log verify-inclusion --index I --size N --leaf-hash HEX --root HEX --proof HEX[,HEX…]
  jalon-tool log verify-consistency --old-size M --new-size N --old-root HEX --new-root HEX --proof HEX[,HEX…]
Les hachages sont des SHA-256 en hexadécimal ; indiquez --proof &apos;&apos; pour une preuve vide.
Code de sortie : 0 si la preuve est valable, 1 si elle ne l’est pas, 2 si les arguments sont incorrects.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="27"/>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <location filename="../../qml/common/NavigationList.qml" line="36"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>NoteKey</name>
    <message>
        <location filename="../../sync/signednote.cpp" line="62"/>
        <source>verifier key</source>
        <translation>clé de vérification</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="62"/>
        <source>NAME+KEYID+BASE64, as jalon-server prints it</source>
        <translation>NOM+ID_CLÉ+BASE64, telle que l&apos;affiche jalon-server</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="71"/>
        <source>a verifier key has a name, a key id and a key, joined by &quot;+&quot;</source>
        <translation>une clé de vérification comporte un nom, un identifiant de clé et une clé, joints par « + »</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="75"/>
        <source>the key is not a 32-byte Ed25519 public key</source>
        <translation>la clé n&apos;est pas une clé publique Ed25519 de 32 octets</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="84"/>
        <source>unknown key type %1</source>
        <translation>type de clé inconnu %1</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="86"/>
        <source>the key id does not match the name and the key</source>
        <translation>l&apos;identifiant de clé ne correspond pas au nom et à la clé</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="21"/>
        <source>Welcome to Jalon</source>
        <translation>Bienvenue dans Jalon</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="88"/>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="97"/>
        <source>Step 1 of 4 · Who you are</source>
        <translation>Étape 1 sur 4 · Qui vous êtes</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="97"/>
        <source>Step 2 of 4 · Protect your profile</source>
        <translation>Étape 2 sur 4 · Protégez votre profil</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="98"/>
        <source>Step 3 of 4 · Your recovery code</source>
        <translation>Étape 3 sur 4 · Votre code de secours</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="98"/>
        <source>Step 4 of 4 · Your certification centre</source>
        <translation>Étape 4 sur 4 · Votre centre de certification</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="99"/>
        <source>Last step · Your certification</source>
        <translation>Dernière étape · Votre certification</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="114"/>
        <source>Jalon keeps the auto-diagnostic, the livret VAE and the carnet de suivi (yours, or those of the candidates you follow) on this device, encrypted, and sends them to the certification centre when a network is there.</source>
        <translation>Jalon conserve l&apos;auto-diagnostic, le livret VAE et le carnet de suivi (les vôtres, ou ceux des candidats que vous suivez) sur cet appareil, chiffrés, et les transmet au centre de certification dès qu&apos;un réseau est disponible.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="121"/>
        <source>Your first and last name</source>
        <translation>Vos prénom et nom</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="122"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="128"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="146"/>
        <source>Choose a passphrase. It unlocks your profile on this device; no one, not even the centre, can open it without the passphrase or the recovery code.</source>
        <translation>Choisissez une phrase de passe. Elle déverrouille votre profil sur cet appareil ; personne, pas même le centre, ne peut l&apos;ouvrir sans la phrase de passe ou le code de secours.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="154"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="155"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="162"/>
        <source>The same passphrase again</source>
        <translation>La même phrase de passe, à nouveau</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="163"/>
        <source>Confirm the passphrase</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="170"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="186"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="196"/>
        <source>Create my profile</source>
        <translation>Créer mon profil</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="210"/>
        <source>Protecting your profile</source>
        <translation>Protection de votre profil</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="214"/>
        <source>Protecting your profile… (this takes a moment on purpose)</source>
        <translation>Protection de votre profil… (cela prend volontairement un moment)</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="231"/>
        <source>If you forget your passphrase, this code is the only way back into your profile. Write it on paper and keep it somewhere safe: it is shown only now.</source>
        <translation>Si vous oubliez votre phrase de passe, ce code est le seul moyen de rouvrir votre profil. Notez-le sur papier et gardez-le en lieu sûr : il n&apos;est affiché qu&apos;une seule fois.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="240"/>
        <source>Hidden while you type it from your paper</source>
        <translation>Caché pendant que vous le recopiez depuis votre papier</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="253"/>
        <source>Recovery code: %1</source>
        <translation>Code de secours : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="261"/>
        <source>Type the code again to confirm you wrote it down</source>
        <translation>Saisissez à nouveau le code pour confirmer que vous l&apos;avez noté</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="264"/>
        <source>Recovery code, typed again</source>
        <translation>Code de secours, saisi à nouveau</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="271"/>
        <source>Show the code again</source>
        <translation>Afficher à nouveau le code</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="282"/>
        <source>This is not the code shown above.</source>
        <translation>Ce n&apos;est pas le code affiché ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="289"/>
        <source>I have written it down</source>
        <translation>Je l&apos;ai noté</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="316"/>
        <source>No network or no code yet? Start now: your work stays on this device and is sent once you join, from the settings.</source>
        <translation>Pas de réseau ou pas encore de code ? Commencez dès maintenant : votre travail reste sur cet appareil et sera transmis dès votre rattachement, depuis les réglages.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="320"/>
        <source>Work offline, join later</source>
        <translation>Travailler hors ligne, me rattacher plus tard</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="337"/>
        <source>Which certification are you preparing?</source>
        <translation>Quelle certification préparez-vous ?</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="53"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="53"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="56"/>
        <source>Hide the passphrase</source>
        <translation>Masquer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="56"/>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="68"/>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="80"/>
        <source>At least 12 characters: a short sentence only you know is easy to remember and hard to guess.</source>
        <translation>Au moins 12 caractères : une courte phrase connue de vous seul est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="81"/>
        <source>Strong enough: hard to guess.</source>
        <translation>Assez robuste : difficile à deviner.</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="29"/>
        <source>the passphrase file cannot be read: %1</source>
        <translation>le fichier de la phrase de passe ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="41"/>
        <location filename="../../app/tool/passphraseinput.cpp" line="68"/>
        <location filename="../../app/tool/passphraseinput.cpp" line="87"/>
        <location filename="../../app/tool/passphraseinput.cpp" line="96"/>
        <source>passphrase</source>
        <translation>phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="43"/>
        <source>there is no terminal to ask on</source>
        <translation>aucun terminal où la demander</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="44"/>
        <source>--passphrase-file FILE</source>
        <translation>--passphrase-file FICHIER</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="68"/>
        <source>nothing was typed</source>
        <translation>rien n’a été saisi</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="91"/>
        <source>Type it again: </source>
        <translation>Saisissez-la à nouveau : </translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="96"/>
        <source>the two passphrases differ</source>
        <translation>les deux phrases de passe diffèrent</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="102"/>
        <source>Passphrase: </source>
        <translation>Phrase de passe : </translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <location filename="../vault/passphrasepolicy.cpp" line="81"/>
        <source>Too short: use at least %1 characters, for example a few words.</source>
        <translation>Trop courte : utilisez au moins %1 caractères, par exemple quelques mots.</translation>
    </message>
    <message>
        <location filename="../vault/passphrasepolicy.cpp" line="87"/>
        <source>Too common: everyone tries this one first.</source>
        <translation>Trop courante : c&apos;est la première qu&apos;on essaie.</translation>
    </message>
    <message>
        <location filename="../vault/passphrasepolicy.cpp" line="93"/>
        <source>Too close to your name: add words of your own.</source>
        <translation>Trop proche de votre nom : ajoutez des mots à vous.</translation>
    </message>
    <message>
        <location filename="../vault/passphrasepolicy.cpp" line="98"/>
        <source>Too easy to guess: avoid repeats and runs like &quot;aaa&quot; or &quot;1234&quot;, add a word or two.</source>
        <translation>Trop facile à deviner : évitez les répétitions et les suites comme « aaa » ou « 1234 », ajoutez un mot ou deux.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <location filename="../../app/export/pdfdocument.cpp" line="54"/>
        <source>the document cannot be written in this folder</source>
        <translation>le document ne peut pas être écrit dans ce dossier</translation>
    </message>
</context>
<context>
    <name>PulledBatch</name>
    <message>
        <location filename="../../sync/pulledbatch.cpp" line="15"/>
        <source>the server sent a malformed answer: %1</source>
        <translation>le serveur a envoyé une réponse mal formée : %1</translation>
    </message>
    <message>
        <location filename="../../sync/pulledbatch.cpp" line="22"/>
        <source>it does not say where the log stands (last, size)</source>
        <translation>elle ne dit pas où en est le journal (last, size)</translation>
    </message>
    <message>
        <location filename="../../sync/pulledbatch.cpp" line="32"/>
        <source>an event comes without its place in the log</source>
        <translation>un événement arrive sans sa place dans le journal</translation>
    </message>
    <message>
        <location filename="../../sync/pulledbatch.cpp" line="39"/>
        <source>the server sent a malformed event: %1</source>
        <translation>le serveur a envoyé un événement mal formé : %1</translation>
    </message>
</context>
<context>
    <name>PushBody</name>
    <message>
        <location filename="../../sync/server/pushbody.cpp" line="94"/>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <location filename="../../sync/server/pushbody.cpp" line="94"/>
        <source>the body is not {&quot;events&quot;: [ … ]}</source>
        <translation>le corps de la requête n&apos;est pas {&quot;events&quot;: [ … ]}</translation>
    </message>
</context>
<context>
    <name>ReferentielCatalog</name>
    <message>
        <location filename="../referentiel/referentielcatalog.cpp" line="38"/>
        <source>version %1 of this référentiel is already known</source>
        <translation>la version %1 de ce référentiel est déjà connue</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielcatalog.cpp" line="41"/>
        <source>a new id or a higher version</source>
        <translation>un nouvel identifiant ou une version plus élevée</translation>
    </message>
</context>
<context>
    <name>ReferentielCommand</name>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="59"/>
        <source>Unknown référentiel &quot;%1&quot;. Known: %2.</source>
        <translation>Référentiel inconnu « %1 ». Référentiels connus : %2.</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="87"/>
        <source>%1: valid référentiel %2, version %3 (%4 blocs, %5 competences, %6 criteria, %7 activities)
</source>
        <translation>%1 : référentiel %2 valide, version %3 (%4 blocs, %5 compétences, %6 critères, %7 activités)
</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="105"/>
        <source>Lists, shows and validates certification référentiels.
  list            the bundled référentiels
  show ID         one référentiel in full
  validate FILE   checks a référentiel JSON file</source>
        <translation>Liste, affiche et valide les référentiels de certification.
  list            les référentiels fournis
  show ID         un référentiel en entier
  validate FICHIER  vérifie un fichier JSON de référentiel</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="111"/>
        <source>Write JSON for scripts.</source>
        <translation>Écrire du JSON pour les scripts.</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="113"/>
        <source>list, show or validate</source>
        <translation>list, show ou validate</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="126"/>
        <source>Usage: jalon-tool referentiel validate FILE [--json]</source>
        <translation>Usage : jalon-tool referentiel validate FICHIER [--json]</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="130"/>
        <source>Unknown command &quot;%1&quot;. Usage: jalon-tool referentiel list|show ID|validate FILE [--json]</source>
        <translation>Commande inconnue « %1 ». Usage : jalon-tool referentiel list|show ID|validate FICHIER [--json]</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="135"/>
        <source>Usage: jalon-tool referentiel show ID [--json]</source>
        <translation>Usage : jalon-tool referentiel show ID [--json]</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="137"/>
        <source>Usage: jalon-tool referentiel list [--json]</source>
        <translation>Usage : jalon-tool referentiel list [--json]</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="141"/>
        <source>The bundled référentiels cannot be loaded: %1</source>
        <translation>Les référentiels fournis ne peuvent pas être chargés : %1</translation>
    </message>
</context>
<context>
    <name>ReferentielListPage</name>
    <message>
        <location filename="../../qml/common/ReferentielListPage.qml" line="17"/>
        <location filename="../../qml/common/ReferentielListPage.qml" line="46"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielListPage.qml" line="29"/>
        <source>The bundled certifications could not be loaded: %1</source>
        <translation>Les certifications fournies n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielListPage.qml" line="83"/>
        <source>%1 · level %2</source>
        <translation>%1 · niveau %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielListPage.qml" line="120"/>
        <source>%n bloc(s)</source>
        <translation>
            <numerusform>%n bloc</numerusform>
            <numerusform>%n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielListPage.qml" line="121"/>
        <source>%n competence(s)</source>
        <translation>
            <numerusform>%n compétence</numerusform>
            <numerusform>%n compétences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielListPage.qml" line="122"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferentielLoader</name>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="118"/>
        <source>unknown attester role &quot;%1&quot;</source>
        <translation>rôle d’attestation inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="119"/>
        <source>&quot;tutor&quot; or &quot;manager&quot;</source>
        <translation>« tutor » ou « manager »</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="194"/>
        <source>unknown competence type &quot;%1&quot;</source>
        <translation>type de compétence inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="195"/>
        <source>&quot;professional&quot; or &quot;transversal&quot;</source>
        <translation>« professional » ou « transversal »</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="291"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="303"/>
        <source>the file cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="304"/>
        <source>a readable référentiel JSON file</source>
        <translation>un fichier JSON de référentiel lisible</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="315"/>
        <source>the JSON is malformed: %1</source>
        <translation>le JSON est mal formé : %1</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="316"/>
        <source>a valid JSON document</source>
        <translation>un document JSON valide</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="319"/>
        <source>the document is not a JSON object</source>
        <translation>le document n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="320"/>
        <source>an object with the fields of a référentiel</source>
        <translation>un objet avec les champs d’un référentiel</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="328"/>
        <source>unknown référentiel format %1</source>
        <translation>format de référentiel inconnu : %1</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="329"/>
        <source>format %1</source>
        <translation>le format %1</translation>
    </message>
</context>
<context>
    <name>ReferentielPage</name>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="29"/>
        <source>Competences</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="35"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="41"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="49"/>
        <source>Rules and paths</source>
        <translation>Règles et parcours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielPage.qml" line="82"/>
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n fonction</numerusform>
            <numerusform>%n fonctions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielPage.qml" line="83"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielPage.qml" line="84"/>
        <source>%n bloc(s)</source>
        <translation>
            <numerusform>%n bloc</numerusform>
            <numerusform>%n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielPage.qml" line="85"/>
        <source>%n competence(s)</source>
        <translation>
            <numerusform>%n compétence</numerusform>
            <numerusform>%n compétences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielPage.qml" line="86"/>
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="93"/>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="101"/>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="115"/>
        <source>Outline</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>ReferentielRulesPane</name>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="16"/>
        <source>Rules and paths</source>
        <translation>Règles et parcours</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="36"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="37"/>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="38"/>
        <source>Issued by: %1</source>
        <translation>Délivré par : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="40"/>
        <source>NSF code: %1</source>
        <translation>Code NSF : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="41"/>
        <source>RNCP: %1</source>
        <translation>RNCP : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="42"/>
        <source>Document of %1</source>
        <translation>Document du %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="43"/>
        <source>Référentiel %1, version %2</source>
        <translation>Référentiel %1, version %2</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="47"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="50"/>
        <source>A competence is acquired when each of these has attested it: %1, with at least %2 of its criteria validated.</source>
        <translation>Une compétence est acquise lorsque chacun de ces acteurs l’a attestée : %1, avec au moins %2 de ses critères validés.</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="55"/>
        <source>A bloc is ready for evaluation when at least %1 of its competences are acquired.</source>
        <translation>Un bloc est prêt pour l’évaluation lorsqu’au moins %1 de ses compétences sont acquises.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="59"/>
        <source>A validated bloc stays valid %n year(s); the certification is obtained when every bloc is validated and none has expired.</source>
        <translation>
            <numerusform>Un bloc validé le reste %n an ; la certification est obtenue lorsque tous les blocs sont validés et qu’aucun n’a expiré.</numerusform>
            <numerusform>Un bloc validé le reste %n ans ; la certification est obtenue lorsque tous les blocs sont validés et qu’aucun n’a expiré.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="64"/>
        <source>Path by examination</source>
        <translation>Parcours par les épreuves</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="75"/>
        <source>Path by VAE</source>
        <translation>Parcours par la VAE</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="77"/>
        <source>%n accompaniment session(s)</source>
        <translation>
            <numerusform>%n séance d’accompagnement</numerusform>
            <numerusform>%n séances d’accompagnement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="78"/>
        <source>about %n month(s)</source>
        <translation>
            <numerusform>environ %n mois</numerusform>
            <numerusform>environ %n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferentielText</name>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="25"/>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="33"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="35"/>
        <source>criterion threshold: %1/%2</source>
        <translation>seuil des critères : %1/%2</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="39"/>
        <source>competence threshold: %1/%2</source>
        <translation>seuil des compétences : %1/%2</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="42"/>
        <source>bloc validity: %1 years</source>
        <translation>validité d’un bloc : %1 ans</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="43"/>
        <source>attester roles: %1</source>
        <translation>rôles qui attestent : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="49"/>
        <source>Functions and activities (auto-diagnostic)</source>
        <translation>Fonctions et activités (auto-diagnostic)</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="66"/>
        <source>Assessment: %1</source>
        <translation>Évaluation : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="72"/>
        <source> (%1 min %2)</source>
        <translation> (%1 min %2)</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="84"/>
        <source>Evaluated by: %1</source>
        <translation>Évalué par : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="90"/>
        <source>Blocs, competences and criteria</source>
        <translation>Blocs, compétences et critères</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="96"/>
        <source>transversal</source>
        <translation>transversale</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="97"/>
        <source>professional</source>
        <translation>professionnelle</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="112"/>
        <source>Paths</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="113"/>
        <source>Examinations:</source>
        <translation>Épreuves :</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="118"/>
        <source>VAE: %1 sessions over about %2 months</source>
        <translation>VAE : %1 séances sur environ %2 mois</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="147"/>
        <source>Certifier: %1</source>
        <translation>Certificateur : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="149"/>
        <source>Level: %1</source>
        <translation>Niveau : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="151"/>
        <source>NSF: %1</source>
        <translation>NSF : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="153"/>
        <source>RNCP: %1</source>
        <translation>RNCP : %1</translation>
    </message>
</context>
<context>
    <name>ReferentielValidator</name>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="48"/>
        <source>the référentiel id &quot;%1&quot; is not allowed</source>
        <translation>l’identifiant de référentiel « %1 » n’est pas admis</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="49"/>
        <source>lowercase letters and digits separated by single hyphens</source>
        <translation>des minuscules et des chiffres séparés par des tirets simples</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="57"/>
        <source>the threshold %1/%2 is out of range</source>
        <translation>le seuil %1/%2 est hors limites</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="58"/>
        <source>a fraction num/den with 0 &lt; num ≤ den</source>
        <translation>une fraction num/den avec 0 &lt; num ≤ den</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="65"/>
        <source>no attester role is given</source>
        <translation>aucun rôle d’attestation n’est indiqué</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="66"/>
        <source>&quot;tutor&quot;, &quot;manager&quot; or both</source>
        <translation>« tutor », « manager » ou les deux</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="70"/>
        <source>the role &quot;%1&quot; is listed twice</source>
        <translation>le rôle « %1 » figure deux fois</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="71"/>
        <source>each role once</source>
        <translation>chaque rôle une seule fois</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="80"/>
        <source>the level value %1 is out of order</source>
        <translation>la valeur de niveau %1 n’est pas à sa place</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="81"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="89"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>« %1 » n’est pas une date</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="90"/>
        <source>a date written YYYY-MM-DD</source>
        <translation>une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="98"/>
        <source>the id &quot;%1&quot; is not allowed</source>
        <translation>l’identifiant « %1 » n’est pas admis</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="99"/>
        <source>letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit</source>
        <translation>des lettres, des chiffres, « . », « - » et « _ », en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="103"/>
        <source>the id &quot;%1&quot; is already used at %2</source>
        <translation>l’identifiant « %1 » est déjà utilisé en %2</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="104"/>
        <source>an id used once in the whole document</source>
        <translation>un identifiant unique dans tout le document</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="144"/>
        <source>&quot;%1&quot; names no bloc of this document</source>
        <translation>« %1 » ne désigne aucun bloc de ce document</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="145"/>
        <source>the id of a bloc of this document</source>
        <translation>l’identifiant d’un bloc de ce document</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="147"/>
        <source>&quot;%1&quot; names no activity of this document</source>
        <translation>« %1 » ne désigne aucune activité de ce document</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="148"/>
        <source>the id of an activity of this document</source>
        <translation>l’identifiant d’une activité de ce document</translation>
    </message>
</context>
<context>
    <name>RequestVerifier</name>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="75"/>
        <location filename="../../sync/requestsignature.cpp" line="134"/>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="81"/>
        <source>the request is not signed</source>
        <translation>la requête n&apos;est pas signée</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="90"/>
        <source>the signature header is malformed</source>
        <translation>l&apos;en-tête de signature est mal formé</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="94"/>
        <source>the key is not an Ed25519 public key</source>
        <translation>la clé n&apos;est pas une clé publique Ed25519</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="101"/>
        <source>the nonce is not 16 bytes</source>
        <translation>le nonce ne fait pas 16 octets</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="107"/>
        <source>the signature is not an Ed25519 signature</source>
        <translation>la signature n&apos;est pas une signature Ed25519</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="110"/>
        <source>unknown field &quot;%1&quot; in the signature header</source>
        <translation>champ « %1 » inconnu dans l&apos;en-tête de signature</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="117"/>
        <source>the signature header lacks key, ts, nonce or sig</source>
        <translation>il manque key, ts, nonce ou sig dans l&apos;en-tête de signature</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="137"/>
        <source>the request&apos;s time is more than 5 minutes away from the server&apos;s: check the device&apos;s clock</source>
        <translation>l&apos;heure de la requête s&apos;écarte de plus de 5 minutes de celle du serveur : vérifiez l&apos;horloge de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="142"/>
        <source>the request&apos;s signature does not match</source>
        <translation>la signature de la requête ne correspond pas</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="155"/>
        <source>this request was already received (replay)</source>
        <translation>cette requête a déjà été reçue (rejeu)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../common/role.cpp" line="50"/>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <location filename="../common/role.cpp" line="52"/>
        <source>tutor</source>
        <translation>tuteur</translation>
    </message>
    <message>
        <location filename="../common/role.cpp" line="54"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../common/role.cpp" line="56"/>
        <source>VAE accompanist</source>
        <translation>accompagnateur VAE</translation>
    </message>
    <message>
        <location filename="../common/role.cpp" line="58"/>
        <source>evaluator</source>
        <translation>évaluateur</translation>
    </message>
    <message>
        <location filename="../common/role.cpp" line="60"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>SecretServiceKeyStore</name>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="36"/>
        <source>desktop keyring</source>
        <translation>trousseau du bureau</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="51"/>
        <source>the desktop keyring</source>
        <translation>le trousseau du bureau</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="59"/>
        <source>no desktop keyring answers (the Secret Service is not running): the passphrase is still needed</source>
        <translation>aucun trousseau du bureau ne répond (le service Secret Service ne tourne pas) : la phrase de passe reste nécessaire</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="72"/>
        <source>Jalon vault %1 (quick unlock)</source>
        <translation>Coffre Jalon %1 (déverrouillage rapide)</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="78"/>
        <source>the desktop keyring did not keep the secret</source>
        <translation>le trousseau du bureau n&apos;a pas gardé le secret</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="88"/>
        <source>the desktop keyring could not be read</source>
        <translation>le trousseau du bureau n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="105"/>
        <source>the desktop keyring could not forget the secret</source>
        <translation>le trousseau du bureau n&apos;a pas pu oublier le secret</translation>
    </message>
</context>
<context>
    <name>ServerKey</name>
    <message>
        <location filename="../../sync/server/serverkey.cpp" line="21"/>
        <source>cannot create the data folder</source>
        <translation>impossible de créer le dossier de données</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverkey.cpp" line="40"/>
        <source>cannot read the server key: %1</source>
        <translation>impossible de lire la clé du serveur : %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverkey.cpp" line="46"/>
        <location filename="../../sync/server/serverkey.cpp" line="51"/>
        <source>the server key file is damaged</source>
        <translation>le fichier de clé du serveur est endommagé</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="125"/>
        <source>the database did not answer (injected fault)</source>
        <translation>la base de données n&apos;a pas répondu (panne simulée)</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="126"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="154"/>
        <source>cannot create the data folder</source>
        <translation>impossible de créer le dossier de données</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="166"/>
        <location filename="../../sync/server/serverstore.cpp" line="209"/>
        <source>cannot open the server database: %1</source>
        <translation>impossible d&apos;ouvrir la base du serveur : %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="171"/>
        <source>cannot set up the database</source>
        <translation>impossible de configurer la base</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="184"/>
        <source>not a PostgreSQL address</source>
        <translation>ce n&apos;est pas une adresse PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="190"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt n&apos;est pas installé (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="221"/>
        <location filename="../../sync/server/serverstore.cpp" line="232"/>
        <location filename="../../sync/server/serverstore.cpp" line="247"/>
        <location filename="../../sync/server/serverstore.cpp" line="255"/>
        <location filename="../../sync/server/serverstore.cpp" line="260"/>
        <source>cannot create the tables</source>
        <translation>impossible de créer les tables</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="275"/>
        <source>cannot start a transaction</source>
        <translation>impossible de commencer une transaction</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="286"/>
        <source>cannot commit</source>
        <translation>impossible de valider la transaction</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="306"/>
        <source>cannot read the users</source>
        <translation>impossible de lire les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="320"/>
        <source>cannot read the devices</source>
        <translation>impossible de lire les appareils</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="338"/>
        <location filename="../../sync/server/serverstore.cpp" line="393"/>
        <location filename="../../sync/server/serverstore.cpp" line="410"/>
        <source>cannot read the assignments</source>
        <translation>impossible de lire les affectations</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="348"/>
        <source>cannot read the enrollment codes</source>
        <translation>impossible de lire les codes de rattachement</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="361"/>
        <source>cannot record the enrollment code</source>
        <translation>impossible d&apos;enregistrer le code de rattachement</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="372"/>
        <source>cannot record the enrollment code&apos;s use</source>
        <translation>impossible d&apos;enregistrer l&apos;utilisation du code de rattachement</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="374"/>
        <source>the enrollment code was already used</source>
        <translation>le code de rattachement a déjà servi</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="434"/>
        <location filename="../../sync/server/serverstore.cpp" line="450"/>
        <source>cannot read the device&apos;s chain</source>
        <translation>impossible de lire la chaîne de l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="464"/>
        <location filename="../../sync/server/serverstore.cpp" line="470"/>
        <source>cannot record the fork</source>
        <translation>impossible d&apos;enregistrer la fourche</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="484"/>
        <location filename="../../sync/server/serverstore.cpp" line="505"/>
        <source>cannot read the forks</source>
        <translation>impossible de lire les fourches</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="520"/>
        <source>cannot read the refused events</source>
        <translation>impossible de lire les événements refusés</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="536"/>
        <source>cannot record the refusal</source>
        <translation>impossible d&apos;enregistrer le refus</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="572"/>
        <source>cannot read the log&apos;s size</source>
        <translation>impossible de lire la taille du journal</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="597"/>
        <source>cannot store the event</source>
        <translation>impossible d&apos;enregistrer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="651"/>
        <source>cannot apply %1</source>
        <translation>impossible d&apos;appliquer %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="719"/>
        <source>cannot forget old request nonces</source>
        <translation>impossible d&apos;oublier les anciens nonces de requête</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="730"/>
        <source>cannot record the request&apos;s nonce</source>
        <translation>impossible d&apos;enregistrer le nonce de la requête</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="741"/>
        <source>cannot read the published référentiels</source>
        <translation>impossible de lire les référentiels publiés</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="758"/>
        <source>cannot count the %1</source>
        <translation>impossible de compter les %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="547"/>
        <location filename="../../sync/server/serverstore.cpp" line="560"/>
        <location filename="../../sync/server/serverstore.cpp" line="663"/>
        <location filename="../../sync/server/serverstore.cpp" line="702"/>
        <source>cannot read the log</source>
        <translation>impossible de lire le journal</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="22"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="30"/>
        <source>Your passphrase is changed.</source>
        <translation>Votre phrase de passe a été changée.</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="49"/>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="53"/>
        <location filename="../../qml/common/SettingsPage.qml" line="64"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="58"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="66"/>
        <location filename="../../qml/common/SettingsPage.qml" line="77"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="71"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="71"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="72"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="81"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="85"/>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/SettingsPage.qml" line="91"/>
        <source>%n minute(s) without use</source>
        <translation>
            <numerusform>%n minute sans utilisation</numerusform>
            <numerusform>%n minutes sans utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/SettingsPage.qml" line="95"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="99"/>
        <source>Lock after this idle time</source>
        <translation>Verrouiller après ce temps d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="108"/>
        <source>Remember this profile on this device (%1)</source>
        <translation>Mémoriser ce profil sur cet appareil (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="111"/>
        <source>Remember this profile on this device</source>
        <translation>Mémoriser ce profil sur cet appareil</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="130"/>
        <source>The profile then opens without the passphrase for whoever uses your session on this device; your passphrase is still asked to sign an attestation after a few minutes, and stays the only way on any other device. Turn it off on a shared device.</source>
        <translation>Le profil s&apos;ouvre alors sans la phrase de passe pour quiconque utilise votre session sur cet appareil ; votre phrase de passe reste demandée pour signer une attestation après quelques minutes, et reste le seul moyen sur tout autre appareil. Désactivez-le sur un appareil partagé.</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="155"/>
        <location filename="../../qml/common/SettingsPage.qml" line="185"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="163"/>
        <location filename="../../qml/common/SettingsPage.qml" line="164"/>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="172"/>
        <location filename="../../qml/common/SettingsPage.qml" line="173"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="179"/>
        <source>The new passphrase again</source>
        <translation>Répétez la nouvelle phrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="180"/>
        <source>Confirm the new passphrase</source>
        <translation>Confirmer la nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="200"/>
        <source>Changing the passphrase</source>
        <translation>Changement de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="214"/>
        <source>This device&apos;s key: %1</source>
        <translation>Clé de cet appareil : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="221"/>
        <source>Certification centre</source>
        <translation>Centre de certification</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="228"/>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="235"/>
        <source>Server key fingerprint: %1</source>
        <translation>Empreinte de la clé du serveur : %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="242"/>
        <source>Compare it with the one your centre shows: if they differ, tell the centre before syncing again.</source>
        <translation>Comparez-la avec celle qu&apos;affiche votre centre : si elles diffèrent, prévenez le centre avant de synchroniser à nouveau.</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="254"/>
        <source>My data</source>
        <translation>Mes données</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="259"/>
        <source>A copy of everything in your profile: every signed event as JSON, and the auto-diagnostic, the livret and the carnet as PDF.</source>
        <translation>Une copie de tout le contenu de votre profil : chaque événement signé en JSON, ainsi que l&apos;auto-diagnostic, le livret et le carnet en PDF.</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="263"/>
        <source>Export my data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="273"/>
        <source>Exported to the folder</source>
        <translation>Exporté dans le dossier</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="276"/>
        <source>Recent problems</source>
        <translation>Problèmes récents</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../qml/common/Shell.qml" line="27"/>
        <location filename="../../qml/common/Shell.qml" line="31"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="27"/>
        <source>Auto-diagnostic</source>
        <translation>Auto-diagnostic</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="28"/>
        <source>Livret VAE</source>
        <translation>Livret VAE</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="28"/>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="29"/>
        <source>VAE journey</source>
        <translation>Parcours VAE</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="25"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="25"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="30"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="31"/>
        <source>My candidates</source>
        <translation>Mes candidats</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="84"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="94"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="102"/>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="121"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="125"/>
        <source>Lock the profile</source>
        <translation>Verrouiller le profil</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="230"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="233"/>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>SignedNote</name>
    <message>
        <location filename="../../sync/signednote.cpp" line="31"/>
        <source>signed note</source>
        <translation>note signée</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="107"/>
        <source>signature lines end with a newline</source>
        <translation>les lignes de signature se terminent par un saut de ligne</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="110"/>
        <source>more than %1 signatures</source>
        <translation>plus de %1 signatures</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="113"/>
        <source>a signature line starts with &quot;— &quot;</source>
        <translation>une ligne de signature commence par « — » (un tiret cadratin suivi d&apos;une espace)</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="121"/>
        <source>a signature line is &quot;— NAME BASE64&quot;</source>
        <translation>une ligne de signature a la forme « — NOM BASE64 »</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="132"/>
        <source>no empty line before the signatures</source>
        <translation>aucune ligne vide avant les signatures</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="134"/>
        <source>a note has no carriage return or NUL</source>
        <translation>une note ne contient ni retour chariot ni NUL</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="78"/>
        <source>a query failed</source>
        <translation>une requête a échoué</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="153"/>
        <source>the database cannot be opened</source>
        <translation>la base de données ne peut pas être ouverte</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="167"/>
        <source>the encryption library is missing: this build would store data in clear</source>
        <translation>la bibliothèque de chiffrement est absente : cette version enregistrerait les données en clair</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="168"/>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="177"/>
        <source>the database cannot be decrypted: it is damaged or does not belong to this key file</source>
        <translation>la base de données ne peut pas être déchiffrée : elle est endommagée ou n’appartient pas à ce fichier de clés</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="187"/>
        <source>the database is empty: it was truncated or damaged</source>
        <translation>la base de données est vide : elle a été tronquée ou endommagée</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="207"/>
        <source>a query failed: the database did not answer (injected fault)</source>
        <translation>une requête a échoué : la base de données n&apos;a pas répondu (panne simulée)</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="222"/>
        <source>a query failed: %1</source>
        <translation>une requête a échoué : %1</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="238"/>
        <source>a query cannot be prepared</source>
        <translation>une requête ne peut pas être préparée</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../qml/components/Status.qml" line="11"/>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="11"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="11"/>
        <source>acquired</source>
        <translation>acquise</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="16"/>
        <source>not started</source>
        <comment>bloc</comment>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="16"/>
        <source>in progress</source>
        <comment>bloc</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="17"/>
        <source>ready for evaluation</source>
        <comment>bloc</comment>
        <translation>prêt pour l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="17"/>
        <source>validated</source>
        <comment>bloc</comment>
        <translation>validé</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="18"/>
        <source>expired</source>
        <comment>bloc</comment>
        <translation>expiré</translation>
    </message>
</context>
<context>
    <name>SyncChip</name>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="31"/>
        <source>Sync status: %1</source>
        <translation>État de la synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/SyncChip.qml" line="78"/>
        <source>%n change(s) made on this device not yet received by the centre.</source>
        <translation>
            <numerusform>%n modification faite sur cet appareil, pas encore reçue par le centre.</numerusform>
            <numerusform>%n modifications faites sur cet appareil, pas encore reçues par le centre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="79"/>
        <source>Everything made on this device has reached the centre.</source>
        <translation>Tout ce qui a été fait sur cet appareil est parvenu au centre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/SyncChip.qml" line="89"/>
        <source>%n change(s) made on this device do not count for now: another copy of this profile (a restored backup?) sent different changes in their place. An administrator of the centre will decide which ones count.</source>
        <translation>
            <numerusform>%n modification faite sur cet appareil ne compte pas pour l&apos;instant : une autre copie de ce profil (une sauvegarde restaurée ?) a envoyé une modification différente à sa place. Un administrateur du centre décidera laquelle compte.</numerusform>
            <numerusform>%n modifications faites sur cet appareil ne comptent pas pour l&apos;instant : une autre copie de ce profil (une sauvegarde restaurée ?) a envoyé des modifications différentes à leur place. Un administrateur du centre décidera lesquelles comptent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/SyncChip.qml" line="97"/>
        <source>%n change(s) made on this device were set aside by the centre, which kept those of another copy of this profile. Make them again if they are still needed.</source>
        <translation>
            <numerusform>%n modification faite sur cet appareil a été écartée par le centre, qui a gardé celle d&apos;une autre copie de ce profil. Refaites-la si elle est toujours utile.</numerusform>
            <numerusform>%n modifications faites sur cet appareil ont été écartées par le centre, qui a gardé celles d&apos;une autre copie de ce profil. Refaites-les si elles sont toujours utiles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="106"/>
        <source>Never synced yet.</source>
        <translation>Aucune synchronisation pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="107"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="116"/>
        <source>Last problem: %1</source>
        <translation>Dernier problème : %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="123"/>
        <source>This profile has not joined a certification centre: your work stays on this device until it does.</source>
        <translation>Ce profil n&apos;est rattaché à aucun centre de certification : votre travail reste sur cet appareil jusqu&apos;au rattachement.</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="128"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="138"/>
        <source>Join a centre…</source>
        <translation>Se rattacher à un centre…</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="23"/>
        <source>The vault&apos;s folder.</source>
        <translation>Le dossier du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="24"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="27"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Lire la phrase de passe sur la première ligne de FICHIER.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="27"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="30"/>
        <source>The server, e.g. http://127.0.0.1:8787/.</source>
        <translation>Le serveur, par exemple http://127.0.0.1:8787/.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="31"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="53"/>
        <source>Joins a jalon-server with the one-time code an administrator gave.</source>
        <translation>Rejoint un jalon-server avec le code à usage unique donné par un administrateur.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="56"/>
        <source>The enrollment code.</source>
        <translation>Le code de rattachement.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="57"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="61"/>
        <source>enroll needs --dir, --server and --code</source>
        <translation>enroll demande --dir, --server et --code</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="72"/>
        <source>this vault has already joined %1</source>
        <translation>ce coffre a déjà rejoint %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="77"/>
        <source>enrolled as %1 (%2)</source>
        <translation>inscrit comme %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="86"/>
        <source>Pushes this vault&apos;s new events to its server and pulls what is new there.</source>
        <translation>Envoie au serveur les nouveaux événements de ce coffre et en reçoit les nouveautés.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="92"/>
        <source>sync needs --dir</source>
        <translation>sync demande --dir</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="103"/>
        <source>this vault belongs to %1, not %2</source>
        <translation>ce coffre dépend de %1, pas de %2</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="113"/>
        <source>synced: %1 events pending, %2 events of this device proven in the server&apos;s log</source>
        <translation>synchronisé : %1 événements en attente, %2 événements de cet appareil prouvés dans le journal du serveur</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="136"/>
        <location filename="../../sync/server/syncservice.cpp" line="139"/>
        <location filename="../../sync/server/syncservice.cpp" line="141"/>
        <location filename="../../sync/server/syncservice.cpp" line="146"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="136"/>
        <source>only a candidate prepares a certification</source>
        <translation>seul un candidat prépare une certification</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="139"/>
        <source>unknown référentiel &quot;%1&quot;</source>
        <translation>référentiel « %1 » inconnu</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="143"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>rôle « %1 » inconnu</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="146"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="170"/>
        <location filename="../../sync/server/syncservice.cpp" line="176"/>
        <location filename="../../sync/server/syncservice.cpp" line="182"/>
        <source>assign</source>
        <translation>affectation</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="170"/>
        <source>&quot;%1&quot; is not a candidate</source>
        <translation>« %1 » n&apos;est pas un candidat</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="176"/>
        <source>&quot;%1&quot; is not a %2</source>
        <translation>« %1 » n&apos;est pas un %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="184"/>
        <source>&quot;%1&quot; is already assigned to &quot;%2&quot;</source>
        <translation>« %1 » est déjà affecté à « %2 »</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="200"/>
        <source>unassign</source>
        <translation>fin d&apos;affectation</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="202"/>
        <source>&quot;%1&quot; is not assigned to &quot;%2&quot; as %3</source>
        <translation>« %1 » n&apos;est pas affecté à « %2 » comme %3</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="217"/>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="217"/>
        <source>no enrolled device has this key</source>
        <translation>aucun appareil inscrit n&apos;a cette clé</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="246"/>
        <location filename="../../sync/server/syncservice.cpp" line="252"/>
        <source>fork</source>
        <translation>fourche</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="246"/>
        <source>no open fork at seq %1 of this device</source>
        <translation>aucune fourche ouverte au seq %1 de cet appareil</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="254"/>
        <source>the event to keep must be one of the fork&apos;s events in the log</source>
        <translation>l&apos;événement à garder doit être l&apos;un des événements de la fourche présents dans le journal</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="266"/>
        <source>référentiel</source>
        <translation>référentiel</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="271"/>
        <source>version %1 is already known</source>
        <translation>la version %1 est déjà connue</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="291"/>
        <source>the enrollment code is malformed</source>
        <translation>le code de rattachement est mal formé</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="293"/>
        <source>the device key is malformed</source>
        <translation>la clé de l&apos;appareil est mal formée</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="301"/>
        <source>enroll</source>
        <translation>inscription</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="307"/>
        <source>unknown or already used enrollment code</source>
        <translation>code de rattachement inconnu ou déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="312"/>
        <source>this device is already enrolled</source>
        <translation>cet appareil est déjà inscrit</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="347"/>
        <source>an event must be a JSON object of at most %1 bytes</source>
        <translation>un événement doit être un objet JSON d&apos;au plus %1 octets</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="410"/>
        <source>the event&apos;s author is not one of this user&apos;s enrolled devices</source>
        <translation>l&apos;auteur de l&apos;événement n&apos;est pas un appareil inscrit de cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="412"/>
        <source>the event&apos;s device is revoked</source>
        <translation>l&apos;appareil de l&apos;événement est révoqué</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="415"/>
        <source>the signature does not match the event: it was altered or forged</source>
        <translation>la signature ne correspond pas à l’événement : il a été modifié ou contrefait</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="417"/>
        <source>a device may not record &quot;%1&quot;</source>
        <translation>un appareil ne peut pas enregistrer « %1 »</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="426"/>
        <source>event %1 of this device is missing: push in order</source>
        <translation>l&apos;événement %1 de cet appareil manque : envoyez dans l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="431"/>
        <source>the event does not follow its device&apos;s previous event</source>
        <translation>l&apos;événement ne suit pas le précédent de son appareil</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="466"/>
        <source>another event of this device holds seq %1: both are kept, and neither counts until an administrator settles it</source>
        <translation>un autre événement de cet appareil occupe le seq %1 : les deux sont gardés, et aucun ne compte tant qu&apos;un administrateur n&apos;a pas tranché</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="79"/>
        <source>this device is not enrolled, or was revoked</source>
        <translation>cet appareil n&apos;est pas inscrit, ou a été révoqué</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="511"/>
        <source>at most %1 events per push</source>
        <translation>au plus %1 événements par envoi</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="515"/>
        <source>an event is larger than %1 bytes</source>
        <translation>un événement dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="620"/>
        <source>the tree size must be between 1 and %1</source>
        <translation>la taille de l&apos;arbre doit être comprise entre 1 et %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="625"/>
        <source>index %1 is not in the tree of size %2</source>
        <translation>l&apos;indice %1 n&apos;est pas dans l&apos;arbre de taille %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="655"/>
        <source>the sizes must satisfy 0 ≤ from ≤ to ≤ %1</source>
        <translation>les tailles doivent vérifier 0 ≤ from ≤ to ≤ %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="677"/>
        <source>no event with this id is in the log</source>
        <translation>aucun événement de cet identifiant n&apos;est dans le journal</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="687"/>
        <source>the tree size must be above the event&apos;s index and at most %1</source>
        <translation>la taille de l&apos;arbre doit dépasser l&apos;indice de l&apos;événement et valoir au plus %1</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="19"/>
        <location filename="../../qml/common/UnlockPage.qml" line="101"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="41"/>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="51"/>
        <source>Type your recovery code and choose a new passphrase.</source>
        <translation>Saisissez votre code de secours et choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="52"/>
        <source>Your profile is locked. Type your passphrase to open it.</source>
        <translation>Votre profil est verrouillé. Saisissez votre phrase de passe pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="60"/>
        <location filename="../../qml/common/UnlockPage.qml" line="61"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="71"/>
        <source>Recovery code (six groups of four)</source>
        <translation>Code de secours (six groupes de quatre)</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="74"/>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="82"/>
        <location filename="../../qml/common/UnlockPage.qml" line="83"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="101"/>
        <source>Recover my profile</source>
        <translation>Récupérer mon profil</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="121"/>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="126"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="135"/>
        <source>Unlock with %1</source>
        <translation>Déverrouiller avec %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="146"/>
        <source>I remember my passphrase</source>
        <translation>Je me souviens de ma phrase de passe</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="146"/>
        <source>Passphrase forgotten?</source>
        <translation>Phrase de passe oubliée ?</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="149"/>
        <source>Passphrase forgotten? Use the recovery code</source>
        <translation>Phrase de passe oubliée ? Utiliser le code de secours</translation>
    </message>
</context>
<context>
    <name>VaePlanPage</name>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="21"/>
        <location filename="../../qml/team/VaePlanPage.qml" line="37"/>
        <source>VAE sessions</source>
        <translation>Séances VAE</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="26"/>
        <source>not planned</source>
        <translation>non prévue</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="26"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="26"/>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="27"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/VaePlanPage.qml" line="51"/>
        <source>%1 of %2 sessions held · %n month(s) left</source>
        <translation>
            <numerusform>Séances tenues : %1 sur %2 · %n mois restant</numerusform>
            <numerusform>Séances tenues : %1 sur %2 · %n mois restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/VaePlanPage.qml" line="57"/>
        <source>Plan the %1 sessions over %n month(s) from a start date:</source>
        <translation>
            <numerusform>Prévoir les %1 séances sur %n mois à partir d&apos;une date de début :</numerusform>
            <numerusform>Prévoir les %1 séances sur %n mois à partir d&apos;une date de début :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="69"/>
        <source>Start date of the accompaniment</source>
        <translation>Date de début de l&apos;accompagnement</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="76"/>
        <source>Plan again</source>
        <translation>Replanifier</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="76"/>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="79"/>
        <source>Plan the sessions from the start date</source>
        <translation>Planifier les séances à partir de la date de début</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="88"/>
        <source>Dates: %1</source>
        <translation>Dates : %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="89"/>
        <source>Sessions already held or cancelled keep their date.</source>
        <translation>Les séances déjà tenues ou annulées gardent leur date.</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="107"/>
        <source>Session %1, %2</source>
        <translation>Séance %1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="122"/>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
</context>
<context>
    <name>VaeSessionPage</name>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="21"/>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="31"/>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="31"/>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="32"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="48"/>
        <source>Date of the session</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="52"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="59"/>
        <source>Status of the session</source>
        <translation>Statut de la séance</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="69"/>
        <source>Notes: what was worked on</source>
        <translation>Notes : ce qui a été travaillé</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="70"/>
        <source>Notes of the session</source>
        <translation>Notes de la séance</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="80"/>
        <source>Next steps for the candidate</source>
        <translation>Prochaines étapes pour le candidat</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="81"/>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="84"/>
        <source>Livret sections worked on</source>
        <translation>Sections du livret travaillées</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="98"/>
        <source>Worked on %1</source>
        <translation>%1 travaillée</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="111"/>
        <source>Recorded. It reaches the candidate at the next sync.</source>
        <translation>Enregistré. Le candidat le recevra à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="123"/>
        <location filename="../../qml/team/VaeSessionPage.qml" line="124"/>
        <source>Save the session</source>
        <translation>Enregistrer la séance</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../vault/vault.cpp" line="89"/>
        <source>the passphrase is empty</source>
        <translation>la phrase de passe est vide</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="89"/>
        <location filename="../vault/vault.cpp" line="232"/>
        <location filename="../vault/vault.cpp" line="311"/>
        <source>a passphrase</source>
        <translation>une phrase de passe</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="92"/>
        <source>a vault already exists in this folder</source>
        <translation>un coffre existe déjà dans ce dossier</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="92"/>
        <source>an empty folder</source>
        <translation>un dossier vide</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="94"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="142"/>
        <location filename="../vault/vault.cpp" line="160"/>
        <location filename="../vault/vault.cpp" line="234"/>
        <source>there is no vault in this folder</source>
        <translation>il n’y a pas de coffre dans ce dossier</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="152"/>
        <source>wrong passphrase</source>
        <translation>phrase de passe incorrecte</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="168"/>
        <source>this device does not remember the vault: unlock with the passphrase</source>
        <translation>cet appareil ne mémorise pas le coffre : déverrouillez avec la phrase de passe</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="179"/>
        <source>the key store&apos;s secret does not open this vault: unlock with the passphrase</source>
        <translation>le secret du trousseau n&apos;ouvre pas ce coffre : déverrouillez avec la phrase de passe</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="232"/>
        <location filename="../vault/vault.cpp" line="311"/>
        <source>the new passphrase is empty</source>
        <translation>la nouvelle phrase de passe est vide</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="242"/>
        <source>this is not a recovery code</source>
        <translation>ce n’est pas un code de secours</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="243"/>
        <source>24 letters and digits, as six groups of four</source>
        <translation>24 lettres et chiffres, en six groupes de quatre</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="250"/>
        <source>wrong recovery code</source>
        <translation>code de secours incorrect</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="265"/>
        <source>the vault&apos;s database is missing</source>
        <translation>la base de données du coffre est absente</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="285"/>
        <source>the vault has no device key: it is damaged</source>
        <translation>le coffre n’a pas de clé d’appareil : il est endommagé</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="293"/>
        <source>the device key stored in the vault is damaged</source>
        <translation>la clé d’appareil enregistrée dans le coffre est endommagée</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="199"/>
        <location filename="../vault/vault.cpp" line="308"/>
        <source>the vault is locked</source>
        <translation>le coffre est verrouillé</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="24"/>
        <location filename="../../app/tool/vaultcommand.cpp" line="67"/>
        <location filename="../../app/tool/vaultcommand.cpp" line="83"/>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase de passe : </translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="32"/>
        <source>Vault created in %1.</source>
        <translation>Coffre créé dans %1.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="33"/>
        <source>Recovery code (shown only now; write it down and keep it apart from this device):</source>
        <translation>Code de secours (affiché une seule fois ; notez-le et gardez-le à part de cet appareil) :</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="51"/>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="52"/>
        <source>Schema version: %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="53"/>
        <source>Device key: %1</source>
        <translation>Clé de l’appareil : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="54"/>
        <source>Events: %1</source>
        <translation>Événements : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="55"/>
        <source>Database integrity: %1</source>
        <translation>Intégrité de la base : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="58"/>
        <source>Event problems: %1</source>
        <translation>Problèmes d’événements : %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="74"/>
        <source>Passphrase changed.</source>
        <translation>Phrase de passe changée.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="80"/>
        <source>Recovery code: </source>
        <translation>Code de secours : </translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="91"/>
        <source>Vault recovered; the new passphrase is set. The recovery code stays valid.</source>
        <translation>Coffre récupéré ; la nouvelle phrase de passe est en place. Le code de secours reste valable.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="103"/>
        <source>Creates, checks and unlocks vaults.
  init      creates a vault and prints its recovery code once
  check     opens a vault and checks its database and events
  passwd    changes the passphrase
  recover   sets a new passphrase with the recovery code</source>
        <translation>Crée, vérifie et déverrouille les coffres.
  init      crée un coffre et affiche une seule fois son code de secours
  check     ouvre un coffre et vérifie sa base et ses événements
  passwd    change la phrase de passe
  recover   définit une nouvelle phrase de passe grâce au code de secours</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="110"/>
        <source>init, check, passwd or recover</source>
        <translation>init, check, passwd ou recover</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="111"/>
        <source>The vault&apos;s folder.</source>
        <translation>Le dossier du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="112"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="115"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Lire la phrase de passe sur la première ligne de FICHIER.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="115"/>
        <location filename="../../app/tool/vaultcommand.cpp" line="118"/>
        <location filename="../../app/tool/vaultcommand.cpp" line="121"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="118"/>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Lire la nouvelle phrase de passe sur la première ligne de FICHIER.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="121"/>
        <source>Read the recovery code from the first line of FILE.</source>
        <translation>Lire le code de secours sur la première ligne de FICHIER.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="135"/>
        <source>Usage: jalon-tool vault init|check|passwd|recover --dir DIR [--passphrase-file FILE]</source>
        <translation>Usage : jalon-tool vault init|check|passwd|recover --dir DOSSIER [--passphrase-file FICHIER]</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="148"/>
        <source>Unknown command &quot;%1&quot;. Usage: jalon-tool vault init|check|passwd|recover --dir DIR</source>
        <translation>Commande inconnue « %1 ». Usage : jalon-tool vault init|check|passwd|recover --dir DOSSIER</translation>
    </message>
</context>
<context>
    <name>VaultSchema</name>
    <message>
        <location filename="../vault/vaultschema.cpp" line="151"/>
        <source>the schema version cannot be read</source>
        <translation>la version du schéma ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../vault/vaultschema.cpp" line="156"/>
        <source>this vault was made by a newer version of Jalon (schema %1)</source>
        <translation>ce coffre a été créé par une version plus récente de Jalon (schéma %1)</translation>
    </message>
    <message>
        <location filename="../vault/vaultschema.cpp" line="159"/>
        <source>schema %1 or earlier</source>
        <translation>le schéma %1 ou antérieur</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <location filename="../../sync/server/witness.cpp" line="57"/>
        <source>the witness&apos;s state is damaged</source>
        <translation>l&apos;état du témoin est endommagé</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="95"/>
        <source>the body starts with &quot;old SIZE&quot;, then the proof, an empty line and the checkpoint</source>
        <translation>le corps de la requête commence par « old TAILLE », suivi de la preuve, d&apos;une ligne vide et du point de contrôle</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="101"/>
        <source>the old size is not a decimal number</source>
        <translation>l&apos;ancienne taille n&apos;est pas un nombre décimal</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="103"/>
        <source>a consistency proof has at most %1 hashes</source>
        <translation>une preuve de cohérence compte au plus %1 hachages</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="109"/>
        <source>each proof line is a base64 SHA-256 hash</source>
        <translation>chaque ligne de la preuve est un hachage SHA-256 en base64</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="123"/>
        <source>this witness does not witness the log &quot;%1&quot;</source>
        <translation>ce témoin ne surveille pas le journal « %1 »</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="125"/>
        <source>the checkpoint is not signed by the log&apos;s key</source>
        <translation>le point de contrôle n&apos;est pas signé par la clé du journal</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="127"/>
        <source>the old size is above the checkpoint&apos;s size</source>
        <translation>l&apos;ancienne taille dépasse celle du point de contrôle</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="135"/>
        <source>the checkpoint does not extend the one this witness cosigned last</source>
        <translation>le point de contrôle ne prolonge pas le dernier que ce témoin a cosigné</translation>
    </message>
</context>
<context>
    <name>jalon-tool</name>
    <message>
        <location filename="../../app/tool/main.cpp" line="42"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <location filename="../../app/tool/main.cpp" line="44"/>
        <source>Usage:
  jalon-tool referentiel list|show ID|validate FILE [--json]
  jalon-tool vault init|check|passwd|recover --dir DIR [--passphrase-file FILE]
  jalon-tool events list|verify --dir DIR [--passphrase-file FILE] [--json]
  jalon-tool enroll --dir DIR --server URL --code CODE [--passphrase-file FILE]
  jalon-tool sync --dir DIR [--server URL] [--passphrase-file FILE]
  jalon-tool log verify-inclusion|verify-consistency …   (checks the server log&apos;s proofs)
  jalon-tool dossier export --dir DIR [--candidate ID] --out FILE [--passphrase-file FILE]
  jalon-tool dossier verify FILE [--key VKEY] [--witness VKEY]… [--quorum N] [--json]
  jalon-tool canon &lt; FILE.json   (RFC 8785 canonical JSON on stdout)
Run &quot;jalon-tool &lt;command&gt; --help&quot; for details.</source>
        <translation>Usage :
  jalon-tool referentiel list|show ID|validate FICHIER [--json]
  jalon-tool vault init|check|passwd|recover --dir DOSSIER [--passphrase-file FICHIER]
  jalon-tool events list|verify --dir DOSSIER [--passphrase-file FICHIER] [--json]
  jalon-tool enroll --dir DOSSIER --server URL --code CODE [--passphrase-file FICHIER]
  jalon-tool sync --dir DOSSIER [--server URL] [--passphrase-file FICHIER]
  jalon-tool log verify-inclusion|verify-consistency …   (vérifie les preuves du journal du serveur)
  jalon-tool dossier export --dir DOSSIER [--candidate ID] --out FICHIER [--passphrase-file FICHIER]
  jalon-tool dossier verify FICHIER [--key VKEY] [--witness VKEY]… [--quorum N] [--json]
  jalon-tool canon &lt; FICHIER.json   (JSON canonique RFC 8785 sur la sortie standard)
Lancez « jalon-tool &lt;commande&gt; --help » pour le détail.</translation>
    </message>
</context>
<context>
    <name>jalon::AttestationForm</name>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="124"/>
        <source>The carnet cannot be read: %1</source>
        <translation>Le carnet ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="256"/>
        <source>Below the threshold: %1 of %2 criteria ticked, %3 needed. It is recorded, but it does not count towards the competence.</source>
        <translation>Sous le seuil : critères cochés, %1 sur %2 (il en faut %3). L&apos;attestation est enregistrée, mais ne compte pas pour la compétence.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="272"/>
        <source>The threshold is reached. The competence will still need the attestation of: %1.</source>
        <translation>Le seuil est atteint. La compétence attendra encore l&apos;attestation de : %1.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="277"/>
        <source>The competence is already acquired; this attestation replaces any earlier one of yours.</source>
        <translation>La compétence est déjà acquise ; cette attestation remplace votre attestation précédente, s&apos;il y en a une.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="279"/>
        <source>With this attestation the competence becomes acquired.</source>
        <translation>Avec cette attestation, la compétence devient acquise.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="282"/>
        <source>Bloc %1 becomes ready for evaluation.</source>
        <translation>Le bloc %1 devient prêt pour l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="290"/>
        <source>The profile is locked.</source>
        <translation>Le profil est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="292"/>
        <source>Only a tutor or a manager attests a competence.</source>
        <translation>Seul un tuteur ou un manager atteste une compétence.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="294"/>
        <source>This candidate&apos;s certification is not known on this device yet: sync once with the centre.</source>
        <translation>La certification de ce candidat n&apos;est pas encore connue sur cet appareil : synchronisez une fois avec le centre.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="297"/>
        <source>&quot;%1&quot; is no competence of %2.</source>
        <translation>« %1 » n&apos;est pas une compétence de %2.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="300"/>
        <source>You are not assigned to %1 as %2: the attestation would not count.</source>
        <translation>Vous n&apos;êtes pas attribué à %1 en tant que %2 : l&apos;attestation ne compterait pas.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="303"/>
        <source>Tick the criteria you observed.</source>
        <translation>Cochez les critères observés.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="305"/>
        <source>Describe the work situation you observed.</source>
        <translation>Décrivez la situation de travail observée.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="307"/>
        <source>The day of the observation must be today or before.</source>
        <translation>Le jour de l&apos;observation doit être aujourd&apos;hui ou avant.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="325"/>
        <source>Type your passphrase to sign.</source>
        <translation>Saisissez votre phrase de passe pour signer.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="336"/>
        <source>The passphrase is wrong: nothing was signed.</source>
        <translation>La phrase de passe est fausse : rien n&apos;a été signé.</translation>
    </message>
</context>
<context>
    <name>jalon::BilanModel</name>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="56"/>
        <source>The auto-diagnostic cannot be read: %1</source>
        <translation>L&apos;auto-diagnostic ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="88"/>
        <source>The last bilan cannot be read: %1</source>
        <translation>Le dernier bilan ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="129"/>
        <source>The bilan being entered cannot be kept: %1</source>
        <translation>Le bilan en cours de saisie ne peut pas être gardé : %1</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="263"/>
        <source>The profile is locked.</source>
        <translation>Le profil est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="265"/>
        <source>Only the candidate&apos;s manager records the bilan de positionnement.</source>
        <translation>Seul le manager du candidat enregistre le bilan de positionnement.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="267"/>
        <source>This candidate&apos;s certification is not known on this device yet: sync once with the centre.</source>
        <translation>La certification de ce candidat n&apos;est pas encore connue sur cet appareil : synchronisez une fois avec le centre.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="270"/>
        <source>Rate every activity: %1 of %2 rated.</source>
        <translation>Évaluez chaque activité : %1 sur %2 évaluées.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="272"/>
        <source>Choose the path: épreuves or VAE.</source>
        <translation>Choisissez le parcours : épreuves ou VAE.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="274"/>
        <source>Choose at least one bloc to target.</source>
        <translation>Choisissez au moins un bloc visé.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="276"/>
        <source>Choose the next review date, after today.</source>
        <translation>Choisissez la date du prochain point, après aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>jalon::CarnetModel</name>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="60"/>
        <location filename="../../app/candidate/carnetmodel.cpp" line="113"/>
        <source>The carnet cannot be read: %1</source>
        <translation>Le carnet ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetmodel.cpp" line="325"/>
        <source>Only the person who signed an attestation, on the device they signed it with, may withdraw it.</source>
        <translation>Seule la personne qui a signé une attestation, sur l&apos;appareil avec lequel elle l&apos;a signée, peut la retirer.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetmodel.cpp" line="328"/>
        <source>This attestation is already withdrawn.</source>
        <translation>Cette attestation est déjà retirée.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetmodel.cpp" line="330"/>
        <source>Say why the attestation is withdrawn: the candidate and the centre read it.</source>
        <translation>Dites pourquoi l&apos;attestation est retirée : le candidat et le centre le lisent.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetmodel.cpp" line="347"/>
        <source>&quot;%1&quot; is no bloc of %2.</source>
        <translation>« %1 » n&apos;est pas un bloc de %2.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetmodel.cpp" line="349"/>
        <source>The date of the result must be a real day, today or before.</source>
        <translation>La date du résultat doit être un jour réel, aujourd&apos;hui ou avant.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="45"/>
        <location filename="../../app/candidate/carnetdocument.cpp" line="196"/>
        <source>Carnet de suivi des compétences</source>
        <translation>Carnet de suivi des compétences</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="47"/>
        <source>%1 — %2 of %3 competences acquired, %4 attestations</source>
        <translation>%1 — %2 sur %3 compétences acquises, %4 attestations</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="53"/>
        <source>Every bloc is validated: the certification is obtained.</source>
        <translation>Tous les blocs sont validés : la certification est obtenue.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="77"/>
        <source>Each attestation is an event signed on the signer&apos;s own device with an Ed25519 key that the certification centre enrolled for that person. The event id is the SHA-256 of the signed event written as canonical JSON (RFC 8785); the signature fingerprint is the start of the SHA-256 of its signature.</source>
        <translation>Chaque attestation est un événement signé sur l&apos;appareil du signataire, avec une clé Ed25519 que le centre de certification a enregistrée pour cette personne. L&apos;identifiant de l&apos;événement est le SHA-256 de l&apos;événement signé écrit en JSON canonique (RFC 8785) ; l&apos;empreinte de signature est le début du SHA-256 de sa signature.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="84"/>
        <source>When the centre received an attestation, it added it to its append-only public log, a Merkle tree (RFC 6962): the log index says where. Anyone can read the log&apos;s signed checkpoint (GET /v1/checkpoint) and its inclusion and consistency proofs, which hold hashes only, so that an attestation cannot be removed or changed afterwards without it showing.</source>
        <translation>Quand le centre a reçu une attestation, il l&apos;a ajoutée à son journal public en ajout seul, un arbre de Merkle (RFC 6962) : l&apos;index dans le journal dit où. Chacun peut lire le point de contrôle signé du journal (GET /v1/checkpoint) ainsi que ses preuves d&apos;inclusion et de cohérence, qui ne contiennent que des hachages : une attestation ne peut donc pas être retirée ou modifiée après coup sans que cela se voie.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="90"/>
        <source>To check this carnet, take its jury bundle (&quot;For the jury&quot; on the carnet page in Jalon): it holds every attestation, withdrawal and bloc result with the centre&apos;s events that say who was enrolled, in which role and assigned to whom, and a proof of each against one signed checkpoint. Open verify.html, written beside it, in a browser and choose the bundle, or run &quot;jalon-tool dossier verify BUNDLE --key KEY&quot; with the centre&apos;s log key; both work offline. Compare the centre&apos;s key fingerprint they show with the one the centre publishes. An attestation without a log index has not reached the centre yet: it counts on the devices that hold it, not yet for the centre.</source>
        <translation>Pour vérifier ce carnet, prenez son dossier pour le jury (« Pour le jury » sur la page du carnet dans Jalon) : il contient chaque attestation, chaque retrait et chaque résultat de bloc, avec les événements du centre qui disent qui était inscrit, dans quel rôle et affecté à qui, et une preuve de chacun par rapport à un même point de contrôle signé. Ouvrez verify.html, écrit à côté, dans un navigateur et choisissez le dossier, ou lancez « jalon-tool dossier verify DOSSIER --key CLÉ » avec la clé du journal du centre ; les deux fonctionnent hors ligne. Comparez l&apos;empreinte de la clé du centre qu&apos;ils affichent avec celle que publie le centre. Une attestation sans index dans le journal n&apos;est pas encore parvenue au centre : elle compte sur les appareils qui la détiennent, pas encore pour le centre.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="104"/>
        <source>How to verify this carnet</source>
        <translation>Comment vérifier ce carnet</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="110"/>
        <source>Jury bundle: %1, SHA-256 %2 (sha256sum gives the same for the file)</source>
        <translation>Dossier pour le jury : %1, SHA-256 %2 (sha256sum donne la même valeur pour le fichier)</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="123"/>
        <source>No evaluation recorded.</source>
        <translation>Aucune évaluation enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="125"/>
        <source>Validated by the evaluator on %1, valid until %2.</source>
        <translation>Validé par l&apos;évaluateur le %1, valable jusqu&apos;au %2.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="129"/>
        <source>Not validated by the evaluator on %1.</source>
        <translation>Non validé par l&apos;évaluateur le %1.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="134"/>
        <source>%1 of %2 competences acquired (threshold %3 %)</source>
        <translation>%1 sur %2 compétences acquises (seuil %3 %)</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="164"/>
        <source>log index %1</source>
        <translation>index %1 dans le journal</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="165"/>
        <source>not yet received by the centre</source>
        <translation>pas encore reçue par le centre</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="169"/>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="170"/>
        <source>signature %1</source>
        <translation>signature %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="174"/>
        <source>unknown signer</source>
        <translation>signataire inconnu</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="181"/>
        <source>No current attestation.</source>
        <translation>Aucune attestation en vigueur.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="186"/>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="186"/>
        <source>Observed on</source>
        <translation>Observée le</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="186"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="187"/>
        <source>Criteria validated</source>
        <translation>Critères validés</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="187"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="217"/>
        <source>The jury bundle needs the certification centre: join it first (Settings).</source>
        <translation>Le dossier pour le jury nécessite le centre de certification : rattachez-vous d&apos;abord au centre (Réglages).</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="236"/>
        <source>The jury bundle was not written: %1</source>
        <translation>Le dossier pour le jury n&apos;a pas été écrit : %1</translation>
    </message>
</context>
<context>
    <name>jalon::DataExport</name>
    <message>
        <location filename="../../app/export/dataexport.cpp" line="40"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
</context>
<context>
    <name>jalon::DiagnosticModel</name>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="240"/>
        <source>Answer every activity before submitting (%1 of %2 answered).</source>
        <translation>Répondez à chaque activité avant de transmettre (réponses : %1 sur %2).</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="256"/>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="307"/>
        <source>Auto-diagnostic d&apos;activités</source>
        <translation>Auto-diagnostic d&apos;activités</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="258"/>
        <source>%1 — %2 of %3 activities answered</source>
        <translation>%1 — réponses : %2 sur %3 activités</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="264"/>
        <source>Submitted on %1</source>
        <translation>Transmis le %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="268"/>
        <source>By function</source>
        <translation>Par fonction</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="268"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="269"/>
        <source>Level reached</source>
        <translation>Niveau atteint</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="280"/>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="280"/>
        <source>To develop</source>
        <translation>À développer</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="281"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="281"/>
        <source>Self-rating</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="281"/>
        <source>Blocs</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="292"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
</context>
<context>
    <name>jalon::GuardedTcpServer</name>
    <message>
        <location filename="../../sync/server/connectionguard.cpp" line="53"/>
        <source>too many connections from this address: close some and try again</source>
        <translation>trop de connexions depuis cette adresse : fermez-en et réessayez</translation>
    </message>
    <message>
        <location filename="../../sync/server/connectionguard.cpp" line="115"/>
        <source>the request&apos;s header is too large</source>
        <translation>l&apos;en-tête de la requête est trop grand</translation>
    </message>
    <message>
        <location filename="../../sync/server/connectionguard.cpp" line="105"/>
        <location filename="../../sync/server/connectionguard.cpp" line="124"/>
        <source>the request is larger than %1 bytes</source>
        <translation>la requête dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../../sync/server/connectionguard.cpp" line="128"/>
        <source>a large request must be signed by an enrolled device</source>
        <translation>une requête volumineuse doit être signée par un appareil inscrit</translation>
    </message>
    <message>
        <location filename="../../sync/server/connectionguard.cpp" line="178"/>
        <source>the request took too long to arrive</source>
        <translation>la requête a mis trop de temps à arriver</translation>
    </message>
</context>
<context>
    <name>jalon::JourneyModel</name>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="48"/>
        <source>The VAE sessions cannot be read: %1</source>
        <translation>Les séances de VAE ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="76"/>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="220"/>
        <source>There is no session %1 in this VAE path.</source>
        <translation>Il n&apos;y a pas de séance %1 dans ce parcours VAE.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="222"/>
        <source>A session needs a date.</source>
        <translation>Une séance a besoin d&apos;une date.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="224"/>
        <source>A session cannot be held on a day still to come.</source>
        <translation>Une séance ne peut pas être tenue un jour à venir.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="226"/>
        <source>Unknown session status &quot;%1&quot;.</source>
        <translation>Statut de séance inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>jalon::LivretModel</name>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="48"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="49"/>
        <source>device %1</source>
        <translation>appareil %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="165"/>
        <source>Your livret text could not be kept in the vault: %1</source>
        <translation>Le texte de votre livret n&apos;a pas pu être conservé dans le coffre : %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="308"/>
        <source>What was the context?</source>
        <translation>Quel était le contexte ?</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="308"/>
        <source>What did I do?</source>
        <translation>Qu&apos;ai-je fait ?</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="308"/>
        <source>What was the result?</source>
        <translation>Quel a été le résultat ?</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="309"/>
        <source>What did I learn?</source>
        <translation>Qu&apos;ai-je appris ?</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="405"/>
        <source>A comment needs some text.</source>
        <translation>Un commentaire a besoin d&apos;un texte.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="462"/>
        <source>This version of the section was not found in your livret.</source>
        <translation>Cette version de la section est introuvable dans votre livret.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretdocument.cpp" line="20"/>
        <location filename="../../app/candidate/livretdocument.cpp" line="50"/>
        <source>Livret VAE</source>
        <translation>Livret VAE</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretdocument.cpp" line="32"/>
        <source>No text yet.</source>
        <translation>Pas encore de texte.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretdocument.cpp" line="38"/>
        <source>Another version of this section is waiting for your choice.</source>
        <translation>Une autre version de cette section attend votre choix.</translation>
    </message>
</context>
<context>
    <name>jalon::ReferentielOutlineModel</name>
    <message numerus="yes">
        <location filename="../../app/referentieloutlinemodel.cpp" line="58"/>
        <source>%n competence(s)</source>
        <translation>
            <numerusform>%n compétence</numerusform>
            <numerusform>%n compétences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/referentieloutlinemodel.cpp" line="61"/>
        <source>transversal</source>
        <translation>transversale</translation>
    </message>
    <message>
        <location filename="../../app/referentieloutlinemodel.cpp" line="62"/>
        <source>professional</source>
        <translation>professionnelle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/referentieloutlinemodel.cpp" line="65"/>
        <source>%1 · %n criterion(s)</source>
        <translation>
            <numerusform>%1 · %n critère</numerusform>
            <numerusform>%1 · %n critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/referentieloutlinemodel.cpp" line="77"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/referentieloutlinemodel.cpp" line="82"/>
        <source>feeds %1</source>
        <translation>alimente %1</translation>
    </message>
    <message>
        <location filename="../../app/referentieloutlinemodel.cpp" line="96"/>
        <source>evaluated by: %1</source>
        <translation>évalué par : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/referentieloutlinemodel.cpp" line="102"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jalon::RemindersModel</name>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="109"/>
        <location filename="../../app/home/remindersmodel.cpp" line="214"/>
        <source>The reminders cannot be read: %1</source>
        <translation>Les rappels ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="144"/>
        <source>VAE session %1 on %2</source>
        <translation>Séance VAE %1 le %2</translation>
    </message>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="145"/>
        <source>VAE session %1 with %2 on %3</source>
        <translation>Séance VAE %1 avec %2 le %3</translation>
    </message>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="185"/>
        <source>%1 waits for the attestation of: %2</source>
        <translation>%1 attend l&apos;attestation de : %2</translation>
    </message>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="193"/>
        <source>Bloc %1 stays valid until %2</source>
        <translation>Le bloc %1 reste valable jusqu&apos;au %2</translation>
    </message>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="194"/>
        <source>Bloc %1 of %2 stays valid until %3</source>
        <translation>Le bloc %1 de %2 reste valable jusqu&apos;au %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/home/remindersmodel.cpp" line="202"/>
        <source>%1: %2 wait(s) for your attestation</source>
        <translation>
            <numerusform>%1 : %2 attend votre attestation</numerusform>
            <numerusform>%1 : %2 attendent votre attestation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/home/remindersmodel.cpp" line="220"/>
        <source>%n change(s) of this device have not reached the centre for %1 days or more: connect to sync.</source>
        <translation>
            <numerusform>%n modification de cet appareil n&apos;a pas atteint le centre depuis %1 jours ou plus : connectez-vous pour synchroniser.</numerusform>
            <numerusform>%n modifications de cet appareil n&apos;ont pas atteint le centre depuis %1 jours ou plus : connectez-vous pour synchroniser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/home/remindersmodel.cpp" line="224"/>
        <source>%n change(s) of this device have not reached the centre for %1 days or more: join the centre in Settings.</source>
        <translation>
            <numerusform>%n modification de cet appareil n&apos;a pas atteint le centre depuis %1 jours ou plus : rejoignez le centre dans les réglages.</numerusform>
            <numerusform>%n modifications de cet appareil n&apos;ont pas atteint le centre depuis %1 jours ou plus : rejoignez le centre dans les réglages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jalon::Session</name>
    <message>
        <location filename="../../app/session/session.cpp" line="294"/>
        <source>Your work made before joining could not be attached to your account: %1</source>
        <translation>Le travail réalisé avant votre rattachement n&apos;a pas pu être associé à votre compte : %1</translation>
    </message>
    <message>
        <location filename="../../app/session/session.cpp" line="310"/>
        <source>&quot;%1&quot; is not a server address (for example https://jalon.example.org/).</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur (par exemple https://jalon.example.org/).</translation>
    </message>
    <message>
        <location filename="../../app/session/session.cpp" line="388"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <location filename="../../app/session/session.cpp" line="388"/>
        <source>the profile is locked</source>
        <translation>le profil est verrouillé</translation>
    </message>
</context>
<context>
    <name>jalon::SyncClient</name>
    <message>
        <location filename="../../sync/syncclient.cpp" line="234"/>
        <location filename="../../sync/syncclient.cpp" line="353"/>
        <source>the server cannot be reached: %1</source>
        <translation>le serveur est injoignable : %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="236"/>
        <source>the server answered %1: %2</source>
        <translation>le serveur a répondu %1 : %2</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="276"/>
        <source>this is not an enrollment code: it has six groups of four letters and digits</source>
        <translation>ce n&apos;est pas un code de rattachement : il compte six groupes de quatre lettres et chiffres</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="279"/>
        <source>the centre does not know this enrollment code, or it was already used: ask the centre for a new one</source>
        <translation>le centre ne connaît pas ce code de rattachement, ou il a déjà servi : demandez-en un nouveau au centre</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="285"/>
        <source>the server&apos;s answer has no valid key</source>
        <translation>la réponse du serveur ne contient pas de clé valide</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="322"/>
        <source>this device has not joined a server yet</source>
        <translation>cet appareil n&apos;a encore rejoint aucun serveur</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="354"/>
        <source>the server answered %1 for its checkpoint</source>
        <translation>le serveur a répondu %1 pour son point de contrôle</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="371"/>
        <source>the centre&apos;s checkpoint cannot be trusted: %1</source>
        <translation>le point de contrôle du centre n&apos;est pas digne de confiance : %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="377"/>
        <source>the centre has not published a checkpoint that holds the events it accepted yet</source>
        <translation>le centre n&apos;a pas encore publié de point de contrôle qui contienne les événements qu&apos;il a acceptés</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="390"/>
        <source>the centre&apos;s checkpoint could not be kept: %1</source>
        <translation>le point de contrôle du centre n&apos;a pas pu être conservé : %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="397"/>
        <source>the log is smaller than the one this device verified (%1 entries, not %2): it was rolled back</source>
        <translation>le journal est plus petit que celui que cet appareil a vérifié (%1 entrées, et non %2) : il a été ramené en arrière</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="405"/>
        <source>the log has another root at the same size: its history was rewritten</source>
        <translation>le journal a une autre racine pour la même taille : son historique a été réécrit</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="423"/>
        <source>the consistency proof does not hold: the log was rewritten</source>
        <translation>la preuve de cohérence n&apos;est pas valable : le journal a été réécrit</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="449"/>
        <source>The two checkpoints could not be kept as evidence (%1); tell the certification centre.</source>
        <translation>Les deux points de contrôle n&apos;ont pas pu être conservés comme preuve (%1) ; prévenez le centre de certification.</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="453"/>
        <source>the centre&apos;s log does not extend the one this device saw: nothing was sent (%1).</source>
        <translation>le journal du centre ne prolonge pas celui que cet appareil a vu : rien n&apos;a été envoyé (%1).</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="454"/>
        <source>the centre&apos;s log does not extend the one this device saw: what it just received is not proven (%1).</source>
        <translation>le journal du centre ne prolonge pas celui que cet appareil a vu : ce qu&apos;il vient de recevoir n&apos;est pas prouvé (%1).</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="448"/>
        <source>Both checkpoints are kept as evidence; tell the certification centre.</source>
        <translation>Les deux points de contrôle sont conservés comme preuves ; prévenez le centre de certification.</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="515"/>
        <source>the server refused event %1, and the refusal could not be kept: %2</source>
        <translation>le serveur a refusé l&apos;événement %1, et ce refus n&apos;a pas pu être conservé : %2</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="522"/>
        <source>the server rejected event %1: %2</source>
        <translation>le serveur a rejeté l&apos;événement %1 : %2</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="530"/>
        <source>what was sent is on the server, but this device could not note it: %1</source>
        <translation>ce qui a été envoyé est sur le serveur, mais cet appareil n&apos;a pas pu le noter : %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="536"/>
        <source>the server answered for %1 events out of %2</source>
        <translation>le serveur a répondu pour %1 événements sur %2</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="562"/>
        <source>an event from the server was refused: %1</source>
        <translation>un événement venu du serveur a été refusé : %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="571"/>
        <source>what was received is kept, but not where to go on from: %1</source>
        <translation>ce qui a été reçu est conservé, mais pas l&apos;endroit d&apos;où reprendre : %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="634"/>
        <source>the server&apos;s log does not hold an event it accepted</source>
        <translation>le journal du serveur ne contient pas un événement qu&apos;il a accepté</translation>
    </message>
</context>
<context>
    <name>jalon::SyncStatus</name>
    <message numerus="yes">
        <location filename="../../app/session/syncstatus.cpp" line="100"/>
        <source>Not joined · %n change(s) kept here</source>
        <translation>
            <numerusform>Non rattaché · %n modification conservée ici</numerusform>
            <numerusform>Non rattaché · %n modifications conservées ici</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="101"/>
        <source>Not joined to a centre</source>
        <translation>Pas encore rattaché à un centre</translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="103"/>
        <location filename="../../app/session/syncstatus.cpp" line="123"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/syncstatus.cpp" line="105"/>
        <source>Offline · %n change(s) to send</source>
        <translation>
            <numerusform>Hors ligne · %n modification à envoyer</numerusform>
            <numerusform>Hors ligne · %n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="106"/>
        <location filename="../../app/session/syncstatus.cpp" line="125"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="108"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/syncstatus.cpp" line="110"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n modification à envoyer</numerusform>
            <numerusform>%n modifications à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="121"/>
        <source>Not joined</source>
        <translation>Non rattaché</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/syncstatus.cpp" line="125"/>
        <source>Offline · %n</source>
        <comment>to send</comment>
        <translation>
            <numerusform>Hors ligne · %n</numerusform>
            <numerusform>Hors ligne · %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="127"/>
        <source>Failed</source>
        <comment>sync</comment>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/syncstatus.cpp" line="129"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n à envoyer</numerusform>
            <numerusform>%n à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="131"/>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="140"/>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="143"/>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="144"/>
        <source>Synced on %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
</context>
<context>
    <name>jalon::TeamModel</name>
    <message>
        <location filename="../../app/team/teammodel.cpp" line="145"/>
        <location filename="../../app/team/teammodel.cpp" line="166"/>
        <location filename="../../app/team/teammodel.cpp" line="199"/>
        <source>The team cannot be read: %1</source>
        <translation>L&apos;équipe ne peut pas être lue : %1</translation>
    </message>
</context>
<context>
    <name>jalon::VaultSession</name>
    <message>
        <location filename="../../app/vaultsession.cpp" line="129"/>
        <source>the current passphrase is wrong</source>
        <translation>la phrase de passe actuelle est incorrecte</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="152"/>
        <source>%1 does not answer: unlock with your passphrase. (%2)</source>
        <translation>%1 ne répond pas : déverrouillez avec votre phrase de passe. (%2)</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="156"/>
        <source>%1 no longer keeps this profile&apos;s secret: unlock with your passphrase.</source>
        <translation>%1 ne garde plus le secret de ce profil : déverrouillez avec votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="173"/>
        <source>This device has no key store Jalon can use: the passphrase stays needed.</source>
        <translation>Cet appareil n&apos;a pas de trousseau que Jalon puisse utiliser : la phrase de passe reste nécessaire.</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="183"/>
        <source>The quick unlock is off, but %1 still holds an unused secret: %2</source>
        <translation>Le déverrouillage rapide est désactivé, mais %1 garde encore un secret inutile : %2</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="204"/>
        <location filename="../../app/vaultsession.cpp" line="215"/>
        <source>the profile is locked</source>
        <translation>le profil est verrouillé</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="210"/>
        <source>the passphrase is wrong</source>
        <translation>la phrase de passe est fausse</translation>
    </message>
</context>
</TS>
