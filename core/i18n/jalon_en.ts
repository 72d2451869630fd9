<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../common/atomicfile.cpp" line="20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../common/atomicfile.cpp" line="50"/>
        <source>cannot create the temporary file</source>
        <translation>cannot create the temporary file</translation>
    </message>
    <message>
        <location filename="../common/atomicfile.cpp" line="53"/>
        <source>cannot write the file</source>
        <translation>cannot write the file</translation>
    </message>
    <message>
        <location filename="../common/atomicfile.cpp" line="61"/>
        <source>cannot replace the file</source>
        <translation>cannot replace the file</translation>
    </message>
</context>
<context>
    <name>AttestPage</name>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="30"/>
        <source>Attest %1</source>
        <translation>Attest %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="41"/>
        <source>Criteria observed</source>
        <translation>Criteria observed</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="41"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="41"/>
        <source>Review and sign</source>
        <translation>Review and sign</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="41"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="52"/>
        <source>Step %1 of %2 · %3</source>
        <translation>Step %1 of %2 · %3</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="91"/>
        <source>Tick what you saw the candidate do. %1 of %2 criteria reach the threshold.</source>
        <translation>Tick what you saw the candidate do. %1 of %2 criteria reach the threshold.</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="112"/>
        <source>%1 of %2 ticked</source>
        <translation>%1 of %2 ticked</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="113"/>
        <source>reaches the threshold</source>
        <translation>reaches the threshold</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="113"/>
        <source>below the threshold</source>
        <translation>below the threshold</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="131"/>
        <source>The work situation you observed</source>
        <translation>The work situation you observed</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="143"/>
        <source>Where, with whom, what the candidate did…</source>
        <translation>Where, with whom, what the candidate did…</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="144"/>
        <source>The work situation observed</source>
        <translation>The work situation observed</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="155"/>
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="164"/>
        <source>Day of the observation</source>
        <translation>Day of the observation</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="189"/>
        <source>You sign, as %1, that on %2 you observed %3 meet these criteria of %4:</source>
        <translation>You sign, as %1, that on %2 you observed %3 meet these criteria of %4:</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="190"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="190"/>
        <source>tutor</source>
        <translation>tutor</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="208"/>
        <source>Situation: %1</source>
        <translation>Situation: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/AttestPage.qml" line="229"/>
        <source>Your profile was unlocked more than %n minute(s) ago: type your passphrase to sign.</source>
        <translation>
            <numerusform>Your profile was unlocked more than %n minute ago: type your passphrase to sign.</numerusform>
            <numerusform>Your profile was unlocked more than %n minutes ago: type your passphrase to sign.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="240"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="241"/>
        <source>Your passphrase, to sign</source>
        <translation>Your passphrase, to sign</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="260"/>
        <source>Signed. The attestation is kept on this device and shown as waiting until the centre receives it.</source>
        <translation>Signed. The attestation is kept on this device and shown as waiting until the centre receives it.</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="299"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="302"/>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="310"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="313"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="320"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="323"/>
        <source>Sign the attestation</source>
        <translation>Sign the attestation</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="329"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../qml/team/AttestPage.qml" line="332"/>
        <source>Back to the carnet</source>
        <translation>Back to the carnet</translation>
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
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="43"/>
        <source>Activities of the auto-diagnostic</source>
        <translation>Activities of the auto-diagnostic</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="65"/>
        <source>Auto-diagnostic submitted on %1.</source>
        <translation>Auto-diagnostic submitted on %1.</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="66"/>
        <source>The candidate has not submitted the auto-diagnostic yet (%1 of %2 activities answered).</source>
        <translation>The candidate has not submitted the auto-diagnostic yet (%1 of %2 activities answered).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/BilanPage.qml" line="76"/>
        <source>%1 of %2 activities rated by you · %n difference(s) with the candidate</source>
        <translation>
            <numerusform>%1 of %2 activities rated by you · %n difference with the candidate</numerusform>
            <numerusform>%1 of %2 activities rated by you · %n differences with the candidate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="85"/>
        <source>Go to the decision</source>
        <translation>Go to the decision</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="86"/>
        <source>Go to the decision at the end of the page</source>
        <translation>Go to the decision at the end of the page</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="149"/>
        <source>Candidate: %1</source>
        <translation>Candidate: %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="150"/>
        <source>Candidate: “%1”</source>
        <translation>Candidate: “%1”</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="170"/>
        <source>Your rating of %1: %2</source>
        <translation>Your rating of %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/BilanPage.qml" line="179"/>
        <source>You rate this %n level(s) above the candidate.</source>
        <translation>
            <numerusform>You rate this %n level above the candidate.</numerusform>
            <numerusform>You rate this %n levels above the candidate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/BilanPage.qml" line="180"/>
        <source>You rate this %n level(s) below the candidate.</source>
        <translation>
            <numerusform>You rate this %n level below the candidate.</numerusform>
            <numerusform>You rate this %n levels below the candidate.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="207"/>
        <location filename="../../qml/team/BilanPage.qml" line="225"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="230"/>
        <source>Épreuves</source>
        <translation>Épreuves</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="232"/>
        <source>Path: épreuves</source>
        <translation>Path: épreuves</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="237"/>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="239"/>
        <source>Path: VAE</source>
        <translation>Path: VAE</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="245"/>
        <source>Blocs targeted</source>
        <translation>Blocs targeted</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="260"/>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="272"/>
        <location filename="../../qml/team/BilanPage.qml" line="273"/>
        <source>Training needs</source>
        <translation>Training needs</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="279"/>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="288"/>
        <source>Next review date</source>
        <translation>Next review date</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="301"/>
        <source>Comment (optional)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="302"/>
        <source>Comment on the bilan</source>
        <translation>Comment on the bilan</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="323"/>
        <source>Last recorded on %1.</source>
        <translation>Last recorded on %1.</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="335"/>
        <source>Sign the bilan</source>
        <translation>Sign the bilan</translation>
    </message>
    <message>
        <location filename="../../qml/team/BilanPage.qml" line="336"/>
        <source>Sign the bilan de positionnement</source>
        <translation>Sign the bilan de positionnement</translation>
    </message>
</context>
<context>
    <name>BlocEvaluationDialog</name>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="34"/>
        <source>Result of %1</source>
        <translation>Result of %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="48"/>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="49"/>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="55"/>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="56"/>
        <source>Not validated</source>
        <translation>Not validated</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="65"/>
        <source>Day of the result</source>
        <translation>Day of the result</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="71"/>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="82"/>
        <source>Remarks (optional)</source>
        <translation>Remarks (optional)</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="83"/>
        <source>Remarks on the result</source>
        <translation>Remarks on the result</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="90"/>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="92"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="100"/>
        <source>Sign the result</source>
        <translation>Sign the result</translation>
    </message>
    <message>
        <location filename="../../qml/team/BlocEvaluationDialog.qml" line="101"/>
        <source>Sign the result of the bloc</source>
        <translation>Sign the result of the bloc</translation>
    </message>
</context>
<context>
    <name>CandidatePage</name>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="28"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/CandidatePage.qml" line="52"/>
        <source>%1 of %2 competences acquired · %n attestation(s)</source>
        <translation>
            <numerusform>%1 of %2 competences acquired · %n attestation</numerusform>
            <numerusform>%1 of %2 competences acquired · %n attestations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="54"/>
        <source>This candidate&apos;s certification is not known on this device yet: sync once with the centre.</source>
        <translation>This candidate&apos;s certification is not known on this device yet: sync once with the centre.</translation>
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
        <translation>competences acquired</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="69"/>
        <source>Record a bloc&apos;s result</source>
        <translation>Record a bloc&apos;s result</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="70"/>
        <source>Attest a competence you observed</source>
        <translation>Attest a competence you observed</translation>
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
        <translation>Recorded on %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="82"/>
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="84"/>
        <source>Auto-diagnostic submitted on %1</source>
        <translation>Auto-diagnostic submitted on %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="85"/>
        <source>Auto-diagnostic: %1 of %2 activities answered</source>
        <translation>Auto-diagnostic: %1 of %2 activities answered</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="92"/>
        <source>VAE sessions</source>
        <translation>VAE sessions</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="94"/>
        <source>sessions held</source>
        <translation>sessions held</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="106"/>
        <source>sections written</source>
        <translation>sections written</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatePage.qml" line="95"/>
        <source>No session planned yet</source>
        <translation>No session planned yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/CandidatePage.qml" line="96"/>
        <source>%n month(s) left</source>
        <translation>
            <numerusform>%n month left</numerusform>
            <numerusform>%n months left</numerusform>
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
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
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
        <translation>My candidates</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="33"/>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="34"/>
        <source>Search a candidate by name</source>
        <translation>Search a candidate by name</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="47"/>
        <source>No candidate is assigned to you on this device yet. The centre assigns them; they appear after a sync.</source>
        <translation>No candidate is assigned to you on this device yet. The centre assigns them; they appear after a sync.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/CandidatesPage.qml" line="48"/>
        <source>%1 of %n candidate(s)</source>
        <translation>
            <numerusform>%1 of %n candidate</numerusform>
            <numerusform>%1 of %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="58"/>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="70"/>
        <source>%1 of %2 competences acquired</source>
        <translation>%1 of %2 competences acquired</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="84"/>
        <source>Certification not known yet</source>
        <translation>Certification not known yet</translation>
    </message>
    <message>
        <location filename="../../qml/team/CandidatesPage.qml" line="97"/>
        <source>%1 of %2 competences acquired · %3 of %4 blocs ready</source>
        <translation>%1 of %2 competences acquired · %3 of %4 blocs ready</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="114"/>
        <source>unexpected text after the JSON value</source>
        <translation>unexpected text after the JSON value</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="124"/>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="125"/>
        <source>valid JSON (RFC 8259)</source>
        <translation>valid JSON (RFC 8259)</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="143"/>
        <location filename="../jcs/canonicaljson.cpp" line="413"/>
        <source>unexpected character</source>
        <translation>unexpected character</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="152"/>
        <source>the JSON ends too early</source>
        <translation>the JSON ends too early</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="180"/>
        <location filename="../jcs/canonicaljson.cpp" line="238"/>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>the JSON is nested more than %1 levels deep</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="192"/>
        <source>a member name was expected</source>
        <translation>a member name was expected</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="198"/>
        <source>&quot;:&quot; was expected</source>
        <translation>&quot;:&quot; was expected</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="214"/>
        <source>&quot;,&quot; or &quot;}&quot; was expected</source>
        <translation>&quot;,&quot; or &quot;}&quot; was expected</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="222"/>
        <source>the member name %1 appears twice</source>
        <translation>the member name %1 appears twice</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="262"/>
        <source>&quot;,&quot; or &quot;]&quot; was expected</source>
        <translation>&quot;,&quot; or &quot;]&quot; was expected</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="269"/>
        <location filename="../jcs/canonicaljson.cpp" line="281"/>
        <source>an escape \u needs four hexadecimal digits</source>
        <translation>an escape \u needs four hexadecimal digits</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="290"/>
        <location filename="../jcs/canonicaljson.cpp" line="382"/>
        <source>the JSON ends inside a string</source>
        <translation>the JSON ends inside a string</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="320"/>
        <source>unknown escape \%1</source>
        <translation>unknown escape \%1</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="325"/>
        <source>a lone low surrogate</source>
        <translation>a lone low surrogate</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="329"/>
        <location filename="../jcs/canonicaljson.cpp" line="334"/>
        <source>a lone high surrogate</source>
        <translation>a lone high surrogate</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="359"/>
        <location filename="../jcs/canonicaljson.cpp" line="362"/>
        <location filename="../jcs/canonicaljson.cpp" line="365"/>
        <location filename="../jcs/canonicaljson.cpp" line="369"/>
        <source>invalid UTF-8</source>
        <translation>invalid UTF-8</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="371"/>
        <source>a lone surrogate encoded in UTF-8</source>
        <translation>a lone surrogate encoded in UTF-8</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="390"/>
        <source>a control character must be escaped in a string</source>
        <translation>a control character must be escaped in a string</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="418"/>
        <source>a digit was expected after the decimal point</source>
        <translation>a digit was expected after the decimal point</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="426"/>
        <source>a digit was expected in the exponent</source>
        <translation>a digit was expected in the exponent</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="432"/>
        <source>the number is too large for a double</source>
        <translation>the number is too large for a double</translation>
    </message>
    <message>
        <location filename="../jcs/canonicaljson.cpp" line="435"/>
        <source>malformed number</source>
        <translation>malformed number</translation>
    </message>
</context>
<context>
    <name>CarnetModel</name>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="22"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="23"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="24"/>
        <source>acquired</source>
        <translation>acquired</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="27"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="28"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="29"/>
        <source>Ready for evaluation</source>
        <translation>Ready for evaluation</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="30"/>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetwords.h" line="31"/>
        <source>Expired</source>
        <translation>Expired</translation>
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
        <translation>Competences of the carnet</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="66"/>
        <source>Certification obtained</source>
        <translation>Certification obtained</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/CarnetPage.qml" line="67"/>
        <source>%1 of %2 competences acquired · %n attestation(s)</source>
        <translation>
            <numerusform>%1 of %2 competences acquired · %n attestation</numerusform>
            <numerusform>%1 of %2 competences acquired · %n attestations</numerusform>
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
        <translation>Export the carnet as PDF</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="84"/>
        <source>For the jury</source>
        <translation>For the jury</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="86"/>
        <source>Export for the jury: the carnet with its proofs, to check offline</source>
        <translation>Export for the jury: the carnet with its proofs, to check offline</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="109"/>
        <source>Jury bundle saved</source>
        <translation>Jury bundle saved</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="110"/>
        <source>SHA-256 %1. Open verify.html beside it in a browser to check it offline.</source>
        <translation>SHA-256 %1. Open verify.html beside it in a browser to check it offline.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="119"/>
        <source>PDF saved</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="154"/>
        <source>%1 of %2 competences acquired (threshold %3 %) · %4</source>
        <translation>%1 of %2 competences acquired (threshold %3 %) · %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/CarnetPage.qml" line="157"/>
        <source>%n more to acquire</source>
        <translation>
            <numerusform>%n more to acquire</numerusform>
            <numerusform>%n more to acquire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="159"/>
        <source>Validated by the evaluator on %1, valid until %2</source>
        <translation>Validated by the evaluator on %1, valid until %2</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="162"/>
        <source>Not validated by the evaluator on %1</source>
        <translation>Not validated by the evaluator on %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="170"/>
        <source>Record the result</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="172"/>
        <source>Record the result of %1</source>
        <translation>Record the result of %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CarnetPage.qml" line="235"/>
        <source>attested by %1</source>
        <translation>attested by %1</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="12"/>
        <source>checkpoint</source>
        <translation>checkpoint</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="25"/>
        <source>the checkpoint does not end with a newline</source>
        <translation>the checkpoint does not end with a newline</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="29"/>
        <source>a checkpoint has an origin, a size and a root</source>
        <translation>a checkpoint has an origin, a size and a root</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="36"/>
        <source>the size is not a decimal number</source>
        <translation>the size is not a decimal number</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="39"/>
        <source>the root is not a base64 SHA-256 hash</source>
        <translation>the root is not a base64 SHA-256 hash</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="41"/>
        <source>the origin is empty</source>
        <translation>the origin is empty</translation>
    </message>
</context>
<context>
    <name>CheckpointPolicy</name>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="90"/>
        <source>the checkpoint is of another log (%1, not %2)</source>
        <translation>the checkpoint is of another log (%1, not %2)</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="93"/>
        <source>the checkpoint is not signed by the centre&apos;s key</source>
        <translation>the checkpoint is not signed by the centre&apos;s key</translation>
    </message>
    <message>
        <location filename="../../sync/checkpoint.cpp" line="97"/>
        <source>the checkpoint is cosigned by %1 of the witnesses required, %2 needed</source>
        <translation>the checkpoint is cosigned by %1 of the witnesses required, %2 needed</translation>
    </message>
</context>
<context>
    <name>CompetenceAttestations</name>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="55"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="58"/>
        <source>Close the competence</source>
        <translation>Close the competence</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="66"/>
        <source>Attest this competence</source>
        <translation>Attest this competence</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="69"/>
        <source>Attest %1</source>
        <translation>Attest %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="73"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="87"/>
        <source>Attestations (%1)</source>
        <translation>Attestations (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="93"/>
        <source>No one has attested this competence yet: your tutor and your manager do it when they see you at work.</source>
        <translation>No one has attested this competence yet: your tutor and your manager do it when they see you at work.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="94"/>
        <source>No one has attested this competence yet: the candidate&apos;s tutor and manager do it when they see the candidate at work.</source>
        <translation>No one has attested this competence yet: the candidate&apos;s tutor and manager do it when they see the candidate at work.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="122"/>
        <source>Observed on %1 · %2 of %3 criteria · %4</source>
        <translation>Observed on %1 · %2 of %3 criteria · %4</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="125"/>
        <source>reaches the threshold</source>
        <translation>reaches the threshold</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="125"/>
        <source>below the threshold</source>
        <translation>below the threshold</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="129"/>
        <source>Situation: %1</source>
        <translation>Situation: %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="135"/>
        <source>Criteria observed: %1</source>
        <translation>Criteria observed: %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="141"/>
        <source>Refused by the centre: %1</source>
        <translation>Refused by the centre: %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="142"/>
        <source>Received by the centre</source>
        <translation>Received by the centre</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="142"/>
        <source>Not yet received by the centre</source>
        <translation>Not yet received by the centre</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="143"/>
        <source>signed %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="156"/>
        <source>Signed on the device on %1, logged by the centre on %2: far apart</source>
        <translation>Signed on the device on %1, logged by the centre on %2: far apart</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="166"/>
        <source>Withdrawn: %1</source>
        <translation>Withdrawn: %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="174"/>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="233"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="177"/>
        <source>Withdraw your attestation of %1</source>
        <translation>Withdraw your attestation of %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="200"/>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="235"/>
        <source>Withdraw the attestation</source>
        <translation>Withdraw the attestation</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="205"/>
        <source>The attestation stays in the carnet, marked withdrawn, with your reason.</source>
        <translation>The attestation stays in the carnet, marked withdrawn, with your reason.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="216"/>
        <source>Why it is withdrawn</source>
        <translation>Why it is withdrawn</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="217"/>
        <source>Reason for withdrawing</source>
        <translation>Reason for withdrawing</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="224"/>
        <location filename="../../qml/candidate/CompetenceAttestations.qml" line="226"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="48"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="79"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="80"/>
        <source>Certification shown</source>
        <translation>Certification shown</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="86"/>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="87"/>
        <source>Search a candidate by name</source>
        <translation>Search a candidate by name</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="93"/>
        <location filename="../../qml/team/DashboardPage.qml" line="95"/>
        <source>Sort by progress</source>
        <translation>Sort by progress</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="108"/>
        <source>No candidate is assigned to you on this device yet. The centre assigns them; they appear after a sync.</source>
        <translation>No candidate is assigned to you on this device yet. The centre assigns them; they appear after a sync.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/DashboardPage.qml" line="109"/>
        <source>%1 of %n candidate(s) shown</source>
        <translation>
            <numerusform>%1 of %n candidate shown</numerusform>
            <numerusform>%1 of %n candidates shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="125"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="127"/>
        <source>Sort by name</source>
        <translation>Sort by name</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="139"/>
        <source>Sort by %1: %2</source>
        <translation>Sort by %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/DashboardPage.qml" line="157"/>
        <source>%n ready</source>
        <translation>
            <numerusform>%n ready</numerusform>
            <numerusform>%n ready</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="177"/>
        <source>Team dashboard</source>
        <translation>Team dashboard</translation>
    </message>
    <message>
        <location filename="../../qml/team/DashboardPage.qml" line="189"/>
        <source>%1: %2 of %3 competences acquired</source>
        <translation>%1: %2 of %3 competences acquired</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../qml/components/DateField.qml" line="54"/>
        <source>Choose the day in a calendar</source>
        <translation>Choose the day in a calendar</translation>
    </message>
    <message>
        <location filename="../../qml/components/DateField.qml" line="125"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../qml/components/DateField.qml" line="145"/>
        <source>Next month</source>
        <translation>Next month</translation>
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
        <translation>%1 of %2 activities answered</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="78"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="82"/>
        <source>See the results</source>
        <translation>See the results</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="93"/>
        <source>Progress of the auto-diagnostic</source>
        <translation>Progress of the auto-diagnostic</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="104"/>
        <source>Function %1 of %2: %3</source>
        <translation>Function %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="105"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="144"/>
        <source>Activity %1 of %2 in this function · %3</source>
        <translation>Activity %1 of %2 in this function · %3</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="159"/>
        <source>How do you do this today?</source>
        <translation>How do you do this today?</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="193"/>
        <source>An example from your work, or a comment (optional)</source>
        <translation>An example (optional)</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="195"/>
        <source>Example or comment</source>
        <translation>Example or comment</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="201"/>
        <source>Counts towards bloc %1</source>
        <translation>
            <numerusform>Counts towards bloc %1</numerusform>
            <numerusform>Counts towards blocs %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="215"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="218"/>
        <source>Previous activity</source>
        <translation>Previous activity</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="225"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="228"/>
        <source>Next activity</source>
        <translation>Next activity</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="234"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="234"/>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticPage.qml" line="238"/>
        <source>Submit the auto-diagnostic</source>
        <translation>Submit the auto-diagnostic</translation>
    </message>
</context>
<context>
    <name>DiagnosticResultsPage</name>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="21"/>
        <source>Auto-diagnostic results</source>
        <translation>Auto-diagnostic results</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="41"/>
        <source>Submitted on %1.</source>
        <translation>Submitted on %1.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="42"/>
        <source>Not submitted yet: %1 of %2 activities answered.</source>
        <translation>Not submitted yet: %1 of %2 activities answered.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="45"/>
        <source>By function</source>
        <translation>By function</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="67"/>
        <source>%1: %2 %, %3 of %4 activities answered</source>
        <translation>%1: %2 %, %3 of %4 activities answered</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="112"/>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="113"/>
        <source>No activity rated in the upper half of the scale yet.</source>
        <translation>No activity rated in the upper half of the scale yet.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="114"/>
        <source>To develop</source>
        <translation>To develop</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="115"/>
        <source>No activity rated in the lower half of the scale.</source>
        <translation>No activity rated in the lower half of the scale.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="142"/>
        <source>towards bloc %1</source>
        <translation>
            <numerusform>towards bloc %1</numerusform>
            <numerusform>towards blocs %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="152"/>
        <source>PDF for the bilan de positionnement</source>
        <translation>PDF for the bilan de positionnement</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/DiagnosticResultsPage.qml" line="164"/>
        <source>PDF saved</source>
        <translation>PDF saved</translation>
    </message>
</context>
<context>
    <name>DossierBundle</name>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="26"/>
        <source>jury bundle</source>
        <translation>jury bundle</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="74"/>
        <source>offset %1</source>
        <translation>offset %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="75"/>
        <source>this is not JSON: %1</source>
        <translation>this is not JSON: %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="80"/>
        <source>this is not a Jalon jury bundle (format %1 expected)</source>
        <translation>this is not a Jalon jury bundle (format %1 expected)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="91"/>
        <source>the centre&apos;s key is not a base64url Ed25519 key</source>
        <translation>the centre&apos;s key is not a base64url Ed25519 key</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="97"/>
        <source>the centre&apos;s verifier key does not match its public key</source>
        <translation>the centre&apos;s verifier key does not match its public key</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="101"/>
        <source>the fingerprint written is not the centre key&apos;s</source>
        <translation>the fingerprint written is not the centre key&apos;s</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="107"/>
        <source>a witness key is not a cosignature key</source>
        <translation>a witness key is not a cosignature key</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierbundle.cpp" line="129"/>
        <source>an entry has an index and an event</source>
        <translation>an entry has an index and an event</translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="36"/>
        <source>Writes a candidate&apos;s jury bundle, with the proofs the centre&apos;s log gives.</source>
        <translation>Writes a candidate&apos;s jury bundle, with the proofs the centre&apos;s log gives.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="38"/>
        <source>The vault&apos;s folder.</source>
        <translation>The vault&apos;s folder.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="39"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="42"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Read the passphrase from the first line of FILE.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="42"/>
        <location filename="../../app/tool/dossiercommand.cpp" line="47"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="45"/>
        <source>The candidate&apos;s user id (default: this vault&apos;s own).</source>
        <translation>The candidate&apos;s user id (default: this vault&apos;s own).</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="45"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="46"/>
        <source>The bundle to write.</source>
        <translation>The bundle to write.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="51"/>
        <source>dossier export needs --dir and --out</source>
        <translation>dossier export needs --dir and --out</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="58"/>
        <source>this vault has not joined a centre</source>
        <translation>this vault has not joined a centre</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="74"/>
        <source>written: %1</source>
        <translation>written: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="75"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="83"/>
        <source>Checks a jury bundle offline: signatures, chains, roles and assignments, inclusion proofs, the checkpoint; then the statuses.</source>
        <translation>Checks a jury bundle offline: signatures, chains, roles and assignments, inclusion proofs, the checkpoint; then the statuses.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="86"/>
        <source>The bundle.</source>
        <translation>The bundle.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="89"/>
        <source>The centre&apos;s log key, as the centre publishes it (jalon-server info).</source>
        <translation>The centre&apos;s log key, as the centre publishes it (jalon-server info).</translation>
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
        <translation>A witness the jury trusts (repeat); replaces the bundle&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="96"/>
        <source>How many witnesses must have cosigned.</source>
        <translation>How many witnesses must have cosigned.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="97"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="99"/>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="104"/>
        <source>dossier verify takes one bundle file</source>
        <translation>dossier verify takes one bundle file</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="110"/>
        <source>--key: %1</source>
        <translation>--key: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="111"/>
        <source>not a log key</source>
        <translation>not a log key</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="118"/>
        <source>--witness: %1</source>
        <translation>--witness: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="119"/>
        <source>not a witness key</source>
        <translation>not a witness key</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="126"/>
        <source>--quorum takes a whole number</source>
        <translation>--quorum takes a whole number</translation>
    </message>
    <message>
        <location filename="../../app/tool/dossiercommand.cpp" line="150"/>
        <source>Usage: jalon-tool dossier export|verify …; see --help after the command</source>
        <translation>Usage: jalon-tool dossier export|verify …; see --help after the command</translation>
    </message>
</context>
<context>
    <name>DossierExporter</name>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="43"/>
        <source>jury bundle</source>
        <translation>jury bundle</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="155"/>
        <source>the centre has not told this device of a candidate &quot;%1&quot;</source>
        <translation>the centre has not told this device of a candidate &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/dossier/dossierexporter.cpp" line="182"/>
        <source>%n event(s) of the bundle have not reached the centre&apos;s log yet: sync, then export again</source>
        <translation>
            <numerusform>%n event of the bundle has not reached the centre&apos;s log yet: sync, then export again</numerusform>
            <numerusform>%n events of the bundle have not reached the centre&apos;s log yet: sync, then export again</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="203"/>
        <source>Syncing with the centre…</source>
        <translation>Syncing with the centre…</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="218"/>
        <source>the centre must be reachable to prove the carnet&apos;s events: %1</source>
        <translation>the centre must be reachable to prove the carnet&apos;s events: %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="239"/>
        <source>the carnet holds nothing the centre logged yet</source>
        <translation>the carnet holds nothing the centre logged yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/dossier/dossierexporter.cpp" line="240"/>
        <source>Fetching the proofs of %n event(s)…</source>
        <translation>
            <numerusform>Fetching the proofs of %n event…</numerusform>
            <numerusform>Fetching the proofs of %n events…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="261"/>
        <source>the centre did not give the proofs: %1</source>
        <translation>the centre did not give the proofs: %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="266"/>
        <source>the centre gave %1 proofs for %2 events</source>
        <translation>the centre gave %1 proofs for %2 events</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierexporter.cpp" line="277"/>
        <source>the centre&apos;s proof of the event at index %1 does not hold</source>
        <translation>the centre&apos;s proof of the event at index %1 does not hold</translation>
    </message>
</context>
<context>
    <name>DossierVerifier</name>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="128"/>
        <source>the events are not in log order (index %1 after %2)</source>
        <translation>the events are not in log order (index %1 after %2)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="133"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="135"/>
        <source>the event cannot be read: %1</source>
        <translation>the event cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="144"/>
        <source>the signature does not match the event: it was altered or forged</source>
        <translation>the signature does not match the event: it was altered or forged</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="147"/>
        <source>no checkpoint to prove it against</source>
        <translation>no checkpoint to prove it against</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="149"/>
        <source>its index %1 is outside the checkpoint&apos;s %2 entries</source>
        <translation>its index %1 is outside the checkpoint&apos;s %2 entries</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="153"/>
        <source>its inclusion proof does not lead to the checkpoint&apos;s root: it is not the event the centre logged at index %1</source>
        <translation>its inclusion proof does not lead to the checkpoint&apos;s root: it is not the event the centre logged at index %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="160"/>
        <source>&quot;%1&quot; is the centre&apos;s to sign, and this key is not the centre&apos;s</source>
        <translation>&quot;%1&quot; is the centre&apos;s to sign, and this key is not the centre&apos;s</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="163"/>
        <source>the centre&apos;s key signed &quot;%1&quot;, which only a device may</source>
        <translation>the centre&apos;s key signed &quot;%1&quot;, which only a device may</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="180"/>
        <source>two events of one device hold seq %1 (a fork)</source>
        <translation>two events of one device hold seq %1 (a fork)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="188"/>
        <source>the device&apos;s first event names a previous one</source>
        <translation>the device&apos;s first event names a previous one</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="197"/>
        <source>it does not follow its device&apos;s event seq %1</source>
        <translation>it does not follow its device&apos;s event seq %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="200"/>
        <source>it was logged before its device&apos;s previous event</source>
        <translation>it was logged before its device&apos;s previous event</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="253"/>
        <source>its device is not one the centre enrolled before it was logged</source>
        <translation>its device is not one the centre enrolled before it was logged</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="255"/>
        <source>its device had been revoked before it was logged</source>
        <translation>its device had been revoked before it was logged</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="261"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="268"/>
        <source>%1 was not assigned to the candidate as %2 when signing</source>
        <translation>%1 was not assigned to the candidate as %2 when signing</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="277"/>
        <source>%1 attested by %2 (%3), observed on %4</source>
        <translation>%1 attested by %2 (%3), observed on %4</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="282"/>
        <source>withdrawal by %1: %2</source>
        <translation>withdrawal by %1: %2</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="285"/>
        <source>bloc %1 %2 on %3 by %4</source>
        <translation>bloc %1 %2 on %3 by %4</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="287"/>
        <source>validated</source>
        <translation>validated</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="288"/>
        <source>not validated</source>
        <translation>not validated</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="291"/>
        <source>%1 registered as %2</source>
        <translation>%1 registered as %2</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="295"/>
        <source>a device of %1 enrolled</source>
        <translation>a device of %1 enrolled</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="467"/>
        <source>it withdraws an attestation its device did not sign</source>
        <translation>it withdraws an attestation its device did not sign</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="528"/>
        <source>the candidate&apos;s name in the bundle (%1) is not the one the centre registered</source>
        <translation>the candidate&apos;s name in the bundle (%1) is not the one the centre registered</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="259"/>
        <source>%1 does not hold the role %2 (the centre registered them as %3)</source>
        <translation>%1 does not hold the role %2 (the centre registered them as %3)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="100"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="102"/>
        <source>the event is not in its canonical form once read</source>
        <translation>the event is not in its canonical form once read</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="298"/>
        <source>%1 assigned to the candidate as %2</source>
        <translation>%1 assigned to the candidate as %2</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="302"/>
        <source>%1 no longer assigned to the candidate as %2</source>
        <translation>%1 no longer assigned to the candidate as %2</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="320"/>
        <source>the bundle&apos;s centre key is not the one given: it was not made by that centre</source>
        <translation>the bundle&apos;s centre key is not the one given: it was not made by that centre</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="334"/>
        <source>the checkpoint: %1</source>
        <translation>the checkpoint: %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="366"/>
        <source>the référentiel %1 does not match its SHA-256</source>
        <translation>the référentiel %1 does not match its SHA-256</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="376"/>
        <source>the text of the référentiel %1 v%2 is neither the one Jalon ships nor one the centre published: its rules cannot be trusted</source>
        <translation>the text of the référentiel %1 v%2 is neither the one Jalon ships nor one the centre published: its rules cannot be trusted</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="387"/>
        <source>the référentiel %1 cannot be read</source>
        <translation>the référentiel %1 cannot be read</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="419"/>
        <source>it is about another candidate (%1)</source>
        <translation>it is about another candidate (%1)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="428"/>
        <source>the référentiel it names (%1) is not in the bundle</source>
        <translation>the référentiel it names (%1) is not in the bundle</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="464"/>
        <source>it withdraws an attestation that is not in the bundle</source>
        <translation>it withdraws an attestation that is not in the bundle</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="562"/>
        <source>acquired</source>
        <translation>acquired</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="566"/>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="576"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="567"/>
        <source>waiting for: %1</source>
        <translation>waiting for: %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="574"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="578"/>
        <source>ready for evaluation</source>
        <translation>ready for evaluation</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="580"/>
        <source>validated until %1</source>
        <translation>validated until %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="582"/>
        <source>expired on %1</source>
        <translation>expired on %1</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="592"/>
        <source>Jury bundle of %1 (%2)</source>
        <translation>Jury bundle of %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="593"/>
        <source>Centre key: %1, as given</source>
        <translation>Centre key: %1, as given</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="594"/>
        <source>Centre key: %1 (taken from the bundle: compare it with the fingerprint the centre publishes)</source>
        <translation>Centre key: %1 (taken from the bundle: compare it with the fingerprint the centre publishes)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/dossier/dossierverifier.cpp" line="599"/>
        <source>Checkpoint: %1 entries, cosigned by %n witness(es), %2 required</source>
        <translation>
            <numerusform>Checkpoint: %1 entries, cosigned by %n witness, %2 required</numerusform>
            <numerusform>Checkpoint: %1 entries, cosigned by %n witnesses, %2 required</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="615"/>
        <source>Status under %1, from what holds:</source>
        <translation>Status under %1, from what holds:</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="629"/>
        <source>Certification: obtained</source>
        <translation>Certification: obtained</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="630"/>
        <source>Certification: not obtained</source>
        <translation>Certification: not obtained</translation>
    </message>
    <message>
        <location filename="../../sync/dossier/dossierverifier.cpp" line="634"/>
        <source>VALID: every signature, proof, role and assignment holds.</source>
        <translation>VALID: every signature, proof, role and assignment holds.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/dossier/dossierverifier.cpp" line="635"/>
        <source>NOT VALID: %n item(s) fail.</source>
        <translation>
            <numerusform>NOT VALID: %n item fails.</numerusform>
            <numerusform>NOT VALID: %n items fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../common/error.cpp" line="21"/>
        <source>(expected: %1)</source>
        <translation>(expected: %1)</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../journal/event.cpp" line="23"/>
        <location filename="../journal/event.cpp" line="150"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="158"/>
        <source>the event is not in its canonical form once read</source>
        <translation>the event is not in its canonical form once read</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="170"/>
        <source>an event must be a JSON object</source>
        <translation>an event must be a JSON object</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="178"/>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="182"/>
        <source>this required field is missing</source>
        <translation>this required field is missing</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="186"/>
        <source>unknown event version</source>
        <translation>unknown event version</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="192"/>
        <source>not a public key</source>
        <translation>not a public key</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="193"/>
        <source>32 bytes in base64url</source>
        <translation>32 bytes in base64url</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="199"/>
        <source>not a sequence number</source>
        <translation>not a sequence number</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="200"/>
        <source>a whole number from 1</source>
        <translation>a whole number from 1</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="206"/>
        <source>not an event id</source>
        <translation>not an event id</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="207"/>
        <source>null or 32 bytes in base64url</source>
        <translation>null or 32 bytes in base64url</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="212"/>
        <source>the first event has no previous one, every other event has one</source>
        <translation>the first event has no previous one, every other event has one</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="216"/>
        <source>not a UTC time</source>
        <translation>not a UTC time</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="221"/>
        <source>not an event kind</source>
        <translation>not an event kind</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="223"/>
        <source>the subject is missing</source>
        <translation>the subject is missing</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="224"/>
        <source>a non-empty string</source>
        <translation>a non-empty string</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="226"/>
        <source>the body must be an object</source>
        <translation>the body must be an object</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="232"/>
        <source>not a signature</source>
        <translation>not a signature</translation>
    </message>
    <message>
        <location filename="../journal/event.cpp" line="232"/>
        <source>64 bytes in base64url</source>
        <translation>64 bytes in base64url</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <location filename="../journal/eventkinds.cpp" line="163"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="164"/>
        <location filename="../journal/eventkinds.cpp" line="173"/>
        <location filename="../journal/eventkinds.cpp" line="189"/>
        <location filename="../journal/eventkinds.cpp" line="201"/>
        <location filename="../journal/eventkinds.cpp" line="213"/>
        <location filename="../journal/eventkinds.cpp" line="222"/>
        <source>wrong type</source>
        <translation>wrong type</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="166"/>
        <source>a non-empty string</source>
        <translation>a non-empty string</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="167"/>
        <source>wrong type or empty</source>
        <translation>wrong type or empty</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="169"/>
        <source>a whole number ≥ 0</source>
        <translation>a whole number ≥ 0</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="170"/>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="172"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="179"/>
        <source>not a date</source>
        <translation>not a date</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="181"/>
        <source>32 bytes in base64url</source>
        <translation>32 bytes in base64url</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="182"/>
        <location filename="../journal/eventkinds.cpp" line="185"/>
        <source>not an id</source>
        <translation>not an id</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="184"/>
        <source>null or 32 bytes in base64url</source>
        <translation>null or 32 bytes in base64url</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="187"/>
        <source>an array of distinct event ids (32 bytes in base64url)</source>
        <translation>an array of distinct event ids (32 bytes in base64url)</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="193"/>
        <source>an item is not an id or is repeated</source>
        <translation>an item is not an id or is repeated</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="199"/>
        <source>an array of distinct non-empty strings</source>
        <translation>an array of distinct non-empty strings</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="205"/>
        <source>an item is empty, repeated or not a string</source>
        <translation>an item is empty, repeated or not a string</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="211"/>
        <source>an object of whole numbers ≥ 0</source>
        <translation>an object of whole numbers ≥ 0</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="216"/>
        <source>a level is not a whole number</source>
        <translation>a level is not a whole number</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="221"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="226"/>
        <location filename="../journal/eventkinds.cpp" line="230"/>
        <source>unknown role</source>
        <translation>unknown role</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="233"/>
        <source>unknown path</source>
        <translation>unknown path</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="237"/>
        <source>unknown status</source>
        <translation>unknown status</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="271"/>
        <location filename="../journal/eventkinds.cpp" line="283"/>
        <location filename="../journal/eventkinds.cpp" line="289"/>
        <location filename="../journal/eventkinds.cpp" line="293"/>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="273"/>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation>unknown event kind &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="283"/>
        <source>this required field is missing</source>
        <translation>this required field is missing</translation>
    </message>
    <message>
        <location filename="../journal/eventkinds.cpp" line="294"/>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
</context>
<context>
    <name>EventPolicy</name>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="38"/>
        <source>the event is dated %1, ahead of the server&apos;s clock (%2): set the device&apos;s clock right</source>
        <translation>the event is dated %1, ahead of the server&apos;s clock (%2): set the device&apos;s clock right</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="57"/>
        <source>a candidate may not record &quot;%1&quot;</source>
        <translation>a candidate may not record &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="59"/>
        <source>a candidate records only about themself</source>
        <translation>a candidate records only about themself</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="63"/>
        <source>no one but a candidate records about themself</source>
        <translation>no one but a candidate records about themself</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="66"/>
        <source>only a tutor or a manager attests a competence</source>
        <translation>only a tutor or a manager attests a competence</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="68"/>
        <source>the attestation&apos;s role is not the author&apos;s (%1)</source>
        <translation>the attestation&apos;s role is not the author&apos;s (%1)</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="70"/>
        <source>this %1 is not assigned to the candidate</source>
        <translation>this %1 is not assigned to the candidate</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="75"/>
        <source>only the candidate&apos;s manager records the bilan de positionnement</source>
        <translation>only the candidate&apos;s manager records the bilan de positionnement</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="77"/>
        <source>only the candidate&apos;s accompanist records VAE sessions</source>
        <translation>only the candidate&apos;s accompanist records VAE sessions</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="79"/>
        <source>only an evaluator assigned to the candidate evaluates a bloc</source>
        <translation>only an evaluator assigned to the candidate evaluates a bloc</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="87"/>
        <source>only someone assigned to the candidate comments the livret</source>
        <translation>only someone assigned to the candidate comments the livret</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="92"/>
        <source>a %1 may not record &quot;%2&quot;</source>
        <translation>a %1 may not record &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="116"/>
        <source>there is no attestation %1 in the log to withdraw</source>
        <translation>there is no attestation %1 in the log to withdraw</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="118"/>
        <source>the attestation %1 is about another candidate</source>
        <translation>the attestation %1 is about another candidate</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="120"/>
        <source>only the device that signed an attestation withdraws it</source>
        <translation>only the device that signed an attestation withdraws it</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="144"/>
        <source>unknown référentiel &quot;%1&quot; version %2</source>
        <translation>unknown référentiel &quot;%1&quot; version %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="154"/>
        <source>&quot;%1&quot; is no activity of %2</source>
        <translation>&quot;%1&quot; is no activity of %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="156"/>
        <source>the level is beyond the scale of %1</source>
        <translation>the level is beyond the scale of %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="160"/>
        <source>&quot;%1&quot; is no competence of %2</source>
        <translation>&quot;%1&quot; is no competence of %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="167"/>
        <source>&quot;%1&quot; is no criterion of %2</source>
        <translation>&quot;%1&quot; is no criterion of %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/eventpolicy.cpp" line="173"/>
        <location filename="../../sync/server/eventpolicy.cpp" line="177"/>
        <source>&quot;%1&quot; is no bloc of %2</source>
        <translation>&quot;%1&quot; is no bloc of %2</translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="63"/>
        <source>event %1 (%2): %3</source>
        <translation>event %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="67"/>
        <source>%1 events checked, %2 problems.</source>
        <translation>%1 events checked, %2 problems.</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="81"/>
        <source>Inspects a vault&apos;s event journal.
  list     every event, in journal order
  verify   checks every event&apos;s signature, body and chain</source>
        <translation>Inspects a vault&apos;s event journal.
  list     every event, in journal order
  verify   checks every event&apos;s signature, body and chain</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="85"/>
        <source>list or verify</source>
        <translation>list or verify</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="86"/>
        <source>The vault&apos;s folder.</source>
        <translation>The vault&apos;s folder.</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="87"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="90"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Read the passphrase from the first line of FILE.</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="90"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="92"/>
        <source>Write JSON for scripts.</source>
        <translation>Write JSON for scripts.</translation>
    </message>
    <message>
        <location filename="../../app/tool/eventscommand.cpp" line="106"/>
        <source>Usage: jalon-tool events list|verify --dir DIR [--passphrase-file FILE] [--json]</source>
        <translation>Usage: jalon-tool events list|verify --dir DIR [--passphrase-file FILE] [--json]</translation>
    </message>
</context>
<context>
    <name>ExportedFile</name>
    <message>
        <location filename="../../qml/components/ExportedFile.qml" line="16"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../qml/components/ExportedFile.qml" line="56"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../qml/components/ExportedFile.qml" line="58"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/ExportedFile.qml" line="65"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location filename="../../qml/components/ExportedFile.qml" line="67"/>
        <source>Show %1 in its folder</source>
        <translation>Show %1 in its folder</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="24"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="47"/>
        <source>Hello %1</source>
        <translation>Hello %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="59"/>
        <source>You are preparing: %1</source>
        <translation>You are preparing: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="60"/>
        <source>Your role: %1</source>
        <translation>Your role: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="74"/>
        <source>Auto-diagnostic d&apos;activités</source>
        <translation>Auto-diagnostic d&apos;activités</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="77"/>
        <source>Submitted on %1</source>
        <translation>Submitted on %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="78"/>
        <source>Pick up where you left off</source>
        <translation>Pick up where you left off</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="78"/>
        <source>Rate what you do today, activity by activity</source>
        <translation>Rate what you do today, activity by activity</translation>
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
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/HomePage.qml" line="88"/>
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflict to settle</numerusform>
            <numerusform>%n conflicts to settle</numerusform>
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
        <translation>VAE journey</translation>
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
        <translation>activities answered</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="87"/>
        <source>sections written</source>
        <translation>sections written</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="97"/>
        <source>competences acquired</source>
        <translation>competences acquired</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="107"/>
        <source>sessions held</source>
        <translation>sessions held</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="108"/>
        <source>Next session: %1</source>
        <translation>Next session: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="109"/>
        <source>No session planned yet</source>
        <translation>No session planned yet</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="124"/>
        <source>My candidates</source>
        <translation>My candidates</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/HomePage.qml" line="125"/>
        <location filename="../../qml/common/HomePage.qml" line="135"/>
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="126"/>
        <source>The centre assigns them; they appear after a sync.</source>
        <translation>The centre assigns them; they appear after a sync.</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="127"/>
        <source>Find a candidate, open their carnet</source>
        <translation>Find a candidate, open their carnet</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="134"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="136"/>
        <source>Every candidate&apos;s blocs at a glance</source>
        <translation>Every candidate&apos;s blocs at a glance</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="143"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../qml/common/HomePage.qml" line="149"/>
        <source>Nothing needs you in the coming days.</source>
        <translation>Nothing needs you in the coming days.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/HomePage.qml" line="195"/>
        <source>and %n more reminder(s)</source>
        <translation>
            <numerusform>and %n more reminder</numerusform>
            <numerusform>and %n more reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpFront</name>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="98"/>
        <source>there is nothing at this address</source>
        <translation>there is nothing at this address</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="112"/>
        <source>an enrollment request is a small JSON object</source>
        <translation>an enrollment request is a small JSON object</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="139"/>
        <source>after must be a log index (or -1) and limit a positive number</source>
        <translation>after must be a log index (or -1) and limit a positive number</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="196"/>
        <source>give index=I and size=N, whole numbers</source>
        <translation>give index=I and size=N, whole numbers</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="204"/>
        <source>the request is too large</source>
        <translation>the request is too large</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="211"/>
        <source>give between 1 and %1 indexes</source>
        <translation>give between 1 and %1 indexes</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="222"/>
        <source>give from=M and to=N, whole numbers</source>
        <translation>give from=M and to=N, whole numbers</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="239"/>
        <source>the request is larger than %1 bytes</source>
        <translation>the request is larger than %1 bytes</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="242"/>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>the JSON is nested more than %1 levels deep</translation>
    </message>
    <message>
        <location filename="../../sync/server/httpfront.cpp" line="255"/>
        <source>this device is not enrolled, or was revoked</source>
        <translation>this device is not enrolled, or was revoked</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sync/server/httpfront.cpp" line="259"/>
        <source>too many requests from this device: try again in %n second(s)</source>
        <translation>
            <numerusform>too many requests from this device: try again in %n second</numerusform>
            <numerusform>too many requests from this device: try again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JalonServer</name>
    <message>
        <location filename="../../sync/server/main.cpp" line="144"/>
        <source>Jalon sync server and its administration.</source>
        <translation>Jalon sync server and its administration.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="151"/>
        <source>Folder of the server&apos;s key and embedded database.</source>
        <translation>Folder of the server&apos;s key and embedded database.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="154"/>
        <source>Address and port to listen on (port 0: any free one).</source>
        <translation>Address and port to listen on (port 0: any free one).</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="156"/>
        <source>The user&apos;s full name.</source>
        <translation>The user&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="160"/>
        <source>candidate, tutor, manager, accompanist, evaluator or admin.</source>
        <translation>candidate, tutor, manager, accompanist, evaluator or admin.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="163"/>
        <source>The candidate&apos;s user id.</source>
        <translation>The candidate&apos;s user id.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="173"/>
        <source>With user add: the certification a candidate prepares (référentiel id).</source>
        <translation>With user add: the certification a candidate prepares (référentiel id).</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="216"/>
        <source>The %1&apos;s user id.</source>
        <translation>The %1&apos;s user id.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="97"/>
        <location filename="../../sync/server/main.cpp" line="283"/>
        <source>cannot listen on %1</source>
        <translation>cannot listen on %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="58"/>
        <source>give the witness as URL=KEY</source>
        <translation>give the witness as URL=KEY</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="64"/>
        <source>this is not a witness&apos;s cosignature key</source>
        <translation>this is not a witness&apos;s cosignature key</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="81"/>
        <source>--log-key takes a log&apos;s key, as `jalon-server info` prints it</source>
        <translation>--log-key takes a log&apos;s key, as `jalon-server info` prints it</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="85"/>
        <source>give the key of the log to witness: --log-key KEY</source>
        <translation>give the key of the log to witness: --log-key KEY</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="98"/>
        <source>witness key: %1</source>
        <translation>witness key: %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="99"/>
        <source>jalon-server witness listening on http://%1:%2/</source>
        <translation>jalon-server witness listening on http://%1:%2/</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="112"/>
        <source>no fork</source>
        <translation>no fork</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="112"/>
        <source>no open fork</source>
        <translation>no open fork</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="114"/>
        <source>device %1 (user %2), seq %3, seen %4</source>
        <translation>device %1 (user %2), seq %3, seen %4</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="121"/>
        <source>resolved: none counts</source>
        <translation>resolved: none counts</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="122"/>
        <source>resolved: %1 counts</source>
        <translation>resolved: %1 counts</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="127"/>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="130"/>
        <source>index %1, %2 about %3, logged %4</source>
        <translation>index %1, %2 about %3, logged %4</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="148"/>
        <source>serve | user add | assign | unassign | device revoke | referentiel publish | forks | fork keep EVENT | fork drop DEVICE SEQ | info | witness</source>
        <translation>serve | user add | assign | unassign | device revoke | referentiel publish | forks | fork keep EVENT | fork drop DEVICE SEQ | info | witness</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="166"/>
        <source>Use this PostgreSQL database instead of the embedded one (postgresql://USER@HOST:PORT/DATABASE, or postgresql:///?service=NAME for a libpq service). The password comes from ~/.pgpass, the file PGPASSFILE names, PGPASSWORD or the service, never from the command line.</source>
        <translation>Use this PostgreSQL database instead of the embedded one (postgresql://USER@HOST:PORT/DATABASE, or postgresql:///?service=NAME for a libpq service). The password comes from ~/.pgpass, the file PGPASSFILE names, PGPASSWORD or the service, never from the command line.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="177"/>
        <source>With serve: a witness that cosigns the checkpoints (its URL, &quot;=&quot;, its key); repeat for several.</source>
        <translation>With serve: a witness that cosigns the checkpoints (its URL, &quot;=&quot;, its key); repeat for several.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="182"/>
        <source>With serve: how many witnesses&apos; cosignatures devices require (default: all).</source>
        <translation>With serve: how many witnesses&apos; cosignatures devices require (default: all).</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="186"/>
        <source>With witness: the key of a log to witness, as `info` prints it; repeat for several.</source>
        <translation>With witness: the key of a log to witness, as `info` prints it; repeat for several.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="191"/>
        <source>With serve: seconds a connection may stay idle, or a request take to arrive (default 30).</source>
        <translation>With serve: seconds a connection may stay idle, or a request take to arrive (default 30).</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="196"/>
        <source>With serve: connections one address may hold at once (default 128).</source>
        <translation>With serve: connections one address may hold at once (default 128).</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="200"/>
        <source>With serve: signed requests one device may make a minute, and at once (default 240; 0: no limit). Past it the device is answered 429.</source>
        <translation>With serve: signed requests one device may make a minute, and at once (default 240; 0: no limit). Past it the device is answered 429.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="204"/>
        <source>With forks: the resolved ones too.</source>
        <translation>With forks: the resolved ones too.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="207"/>
        <source>What jalon.server and jalon.http log on stderr: %1 (default info: a line per request). QT_LOGGING_RULES, when set, has the last word.</source>
        <translation>What jalon.server and jalon.http log on stderr: %1 (default info: a line per request). QT_LOGGING_RULES, when set, has the last word.</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="222"/>
        <source>unknown log level &quot;%1&quot;; say one of %2</source>
        <translation>unknown log level &quot;%1&quot;; say one of %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="233"/>
        <source>give the witness a folder of its own: --data DIR</source>
        <translation>give the witness a folder of its own: --data DIR</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="239"/>
        <source>%1: a password on the command line can be read by every user of this machine; put it in ~/.pgpass (or the file PGPASSFILE names), in PGPASSWORD or in a libpq service, and give the address without it</source>
        <translation>%1: a password on the command line can be read by every user of this machine; put it in ~/.pgpass (or the file PGPASSFILE names), in PGPASSWORD or in a libpq service, and give the address without it</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="267"/>
        <source>the witness quorum must be between 0 and the number of witnesses</source>
        <translation>the witness quorum must be between 0 and the number of witnesses</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="284"/>
        <source>jalon-server listening on http://%1:%2</source>
        <translation>jalon-server listening on http://%1:%2</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="297"/>
        <source>user: %1</source>
        <translation>user: %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="298"/>
        <source>enrollment code (shown once, enrolls one device): %1</source>
        <translation>enrollment code (shown once, enrolls one device): %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="312"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="315"/>
        <source>say who: --tutor, --manager, --accompanist or --evaluator USER</source>
        <translation>say who: --tutor, --manager, --accompanist or --evaluator USER</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="320"/>
        <source>give the device&apos;s public key (base64url)</source>
        <translation>give the device&apos;s public key (base64url)</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="323"/>
        <source>device revoked</source>
        <translation>device revoked</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="336"/>
        <source>no open fork holds this event; see `jalon-server forks`</source>
        <translation>no open fork holds this event; see `jalon-server forks`</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="339"/>
        <source>resolved: this event counts, the others at its place never will</source>
        <translation>resolved: this event counts, the others at its place never will</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="348"/>
        <source>give the device&apos;s public key (base64url) and the seq</source>
        <translation>give the device&apos;s public key (base64url) and the seq</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="351"/>
        <source>resolved: none of the events at this place will count</source>
        <translation>resolved: none of the events at this place will count</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="357"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="360"/>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="365"/>
        <source>server key: %1</source>
        <translation>server key: %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="367"/>
        <source>log key (for witnesses and juries): %1</source>
        <translation>log key (for witnesses and juries): %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="369"/>
        <source>fingerprint: %1</source>
        <translation>fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/main.cpp" line="378"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>unknown command &quot;%1&quot;; see --help</translation>
    </message>
</context>
<context>
    <name>JoinForm</name>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="32"/>
        <source>Your certification centre gave you its server&apos;s address and a one-time code of six groups of four characters.</source>
        <translation>Your certification centre gave you its server&apos;s address and a one-time code of six groups of four characters.</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="39"/>
        <source>Server address, e.g. https://jalon.example.org/</source>
        <translation>Server address (https://…)</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="41"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="49"/>
        <location filename="../../qml/components/JoinForm.qml" line="52"/>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="60"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="64"/>
        <source>Join the certification centre</source>
        <translation>Join the certification centre</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="75"/>
        <source>Joining</source>
        <translation>Joining</translation>
    </message>
    <message>
        <location filename="../../qml/components/JoinForm.qml" line="79"/>
        <source>Contacting the server…</source>
        <translation>Contacting the server…</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../journal/journal.cpp" line="62"/>
        <source>cannot count the waiting events</source>
        <translation>cannot count the waiting events</translation>
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
        <translation>only the server signs &quot;%1&quot; events</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="126"/>
        <source>the subject is missing</source>
        <translation>the subject is missing</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="166"/>
        <source>the device&apos;s own event %1 is missing: its chain cannot go on</source>
        <translation>the device&apos;s own event %1 is missing: its chain cannot go on</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="210"/>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation>unknown event kind &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="219"/>
        <source>an organisation event arrived before this device joined a server</source>
        <translation>an organisation event arrived before this device joined a server</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="225"/>
        <source>an organisation event not signed by this device&apos;s server</source>
        <translation>an organisation event not signed by this device&apos;s server</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="229"/>
        <source>the server cannot sign a person&apos;s event</source>
        <translation>the server cannot sign a person&apos;s event</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="235"/>
        <source>the signature does not match the event: it was altered or forged</source>
        <translation>the signature does not match the event: it was altered or forged</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="300"/>
        <source>event %1 of this author is missing: events must arrive in order</source>
        <translation>event %1 of this author is missing: events must arrive in order</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="308"/>
        <source>the event does not follow its author&apos;s previous event</source>
        <translation>the event does not follow its author&apos;s previous event</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="374"/>
        <source>the fork&apos;s device is not a key</source>
        <translation>the fork&apos;s device is not a key</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="406"/>
        <source>cannot count the forked events</source>
        <translation>cannot count the forked events</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="500"/>
        <source>the stored event does not match its index</source>
        <translation>the stored event does not match its index</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="502"/>
        <source>the signature does not match the event</source>
        <translation>the signature does not match the event</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="507"/>
        <source>fork: another event has the same author and seq</source>
        <translation>fork: another event has the same author and seq</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="522"/>
        <source>the author&apos;s events before seq %1 are missing</source>
        <translation>the author&apos;s events before seq %1 are missing</translation>
    </message>
    <message>
        <location filename="../journal/journal.cpp" line="524"/>
        <location filename="../journal/journal.cpp" line="526"/>
        <source>the chain is broken before seq %1</source>
        <translation>the chain is broken before seq %1</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="18"/>
        <source>VAE journey</source>
        <translation>VAE journey</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="23"/>
        <source>not planned yet</source>
        <translation>not planned yet</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="23"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="23"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="24"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="35"/>
        <source>Accompaniment sessions</source>
        <translation>Accompaniment sessions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/JourneyPage.qml" line="47"/>
        <source>%1 of %2 sessions held, over about %n month(s).</source>
        <translation>
            <numerusform>%1 of %2 sessions held, over about %n month.</numerusform>
            <numerusform>%1 of %2 sessions held, over about %n months.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="48"/>
        <source>This certification has no VAE path.</source>
        <translation>This certification has no VAE path.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="55"/>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="74"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="91"/>
        <source>Session %1, %2</source>
        <translation>Session %1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="96"/>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="105"/>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="112"/>
        <source>Next steps: %1</source>
        <translation>Next steps: %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/JourneyPage.qml" line="119"/>
        <source>Sections worked on: %1</source>
        <translation>Sections worked on: %1</translation>
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
        <translation>a boolean</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="42"/>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="44"/>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="46"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="121"/>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="48"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="106"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="161"/>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="52"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="63"/>
        <source>this required field is missing</source>
        <translation>this required field is missing</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="72"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="146"/>
        <source>a non-empty string</source>
        <translation>a non-empty string</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="77"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="111"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="126"/>
        <source>the value is %1</source>
        <translation>the value is %1</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="82"/>
        <source>the string is empty</source>
        <translation>the string is empty</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="89"/>
        <source>a whole number of at least %1</source>
        <translation>a whole number of at least %1</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="97"/>
        <source>the value %1 is not allowed here</source>
        <translation>the value %1 is not allowed here</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="121"/>
        <source>an array of at least %1 item(s)</source>
        <translation>an array of at least %1 item(s)</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="131"/>
        <source>the array has %1 item(s)</source>
        <translation>the array has %1 item(s)</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="145"/>
        <location filename="../referentiel/jsonfieldreader.cpp" line="161"/>
        <source>the item is %1</source>
        <translation>the item is %1</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="145"/>
        <source>an empty string</source>
        <translation>an empty string</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="174"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../referentiel/jsonfieldreader.cpp" line="175"/>
        <source>one of: %1</source>
        <translation>one of: %1</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../vault/keyfile.cpp" line="66"/>
        <source>unknown key derivation</source>
        <translation>unknown key derivation</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="84"/>
        <source>a field is not valid base64url</source>
        <translation>a field is not valid base64url</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="74"/>
        <location filename="../vault/keyfile.cpp" line="89"/>
        <source>the key derivation parameters are out of range</source>
        <translation>the key derivation parameters are out of range</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="128"/>
        <source>the key file is damaged: %1</source>
        <translation>the key file is damaged: %1</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="133"/>
        <source>it is not a JSON object</source>
        <translation>it is not a JSON object</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="138"/>
        <source>unknown key file format %1</source>
        <translation>unknown key file format %1</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="148"/>
        <source>its checksum does not match its contents</source>
        <translation>its checksum does not match its contents</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="153"/>
        <source>the vault id is not valid</source>
        <translation>the vault id is not valid</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="178"/>
        <source>the key file cannot be read: %1</source>
        <translation>the key file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../vault/keyfile.cpp" line="181"/>
        <source>the key file is damaged: it is far too large</source>
        <translation>the key file is damaged: it is far too large</translation>
    </message>
</context>
<context>
    <name>KeyWrap</name>
    <message>
        <location filename="../crypto/keywrap.cpp" line="17"/>
        <source>key protection</source>
        <translation>key protection</translation>
    </message>
    <message>
        <location filename="../crypto/keywrap.cpp" line="55"/>
        <source>libsodium cannot start on this processor</source>
        <translation>libsodium cannot start on this processor</translation>
    </message>
    <message>
        <location filename="../crypto/keywrap.cpp" line="58"/>
        <source>the key derivation parameters are out of range</source>
        <translation>the key derivation parameters are out of range</translation>
    </message>
    <message>
        <location filename="../crypto/keywrap.cpp" line="67"/>
        <source>not enough memory to derive the key (%1 MiB needed)</source>
        <translation>not enough memory to derive the key (%1 MiB needed)</translation>
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
        <translation>Back to the sections</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/LivretPage.qml" line="58"/>
        <source>%1 of %2 sections written · %n word(s)</source>
        <translation>
            <numerusform>%1 of %2 sections written · %n word</numerusform>
            <numerusform>%1 of %2 sections written · %n words</numerusform>
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
        <translation>Export the livret as PDF</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="80"/>
        <source>PDF saved</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="98"/>
        <source>Sections of the livret</source>
        <translation>Sections of the livret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/LivretPage.qml" line="141"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/LivretPage.qml" line="142"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="143"/>
        <source>conflict to settle</source>
        <translation>conflict to settle</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretPage.qml" line="176"/>
        <source>Choose a section to write.</source>
        <translation>Choose a section to write.</translation>
    </message>
</context>
<context>
    <name>LivretSectionEditor</name>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="96"/>
        <source>This section was changed in two places from the same version. Both texts are kept: choose one, or merge them below.</source>
        <translation>This section was changed in two places from the same version. Both texts are kept: choose one, or merge them below.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="111"/>
        <source>Version by %1, %2</source>
        <translation>Version by %1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="126"/>
        <source>Keep this version</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="128"/>
        <source>Keep the version by %1</source>
        <translation>Keep the version by %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="136"/>
        <source>Keep the text below as the merge</source>
        <translation>Keep the text below as the merge</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="161"/>
        <source>Guiding questions</source>
        <translation>Guiding questions</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="185"/>
        <source>Describe a real situation from your work…</source>
        <translation>A real situation from work…</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="185"/>
        <source>Nothing written yet.</source>
        <translation>Nothing written yet.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="186"/>
        <source>Text of the section %1</source>
        <translation>Text of the section %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="193"/>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="267"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="194"/>
        <source>kept on this device</source>
        <translation>kept on this device</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="194"/>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="208"/>
        <source>Comments (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="213"/>
        <source>Your accompanist&apos;s comments will appear here.</source>
        <translation>Your accompanist&apos;s comments will appear here.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="213"/>
        <source>No comment yet.</source>
        <translation>No comment yet.</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="237"/>
        <source>Your comment on this section</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="238"/>
        <source>Comment on the section %1</source>
        <translation>Comment on the section %1</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="246"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="247"/>
        <source>Add the comment</source>
        <translation>Add the comment</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="255"/>
        <source>History (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="275"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../qml/candidate/LivretSectionEditor.qml" line="277"/>
        <source>Restore the version of %1</source>
        <translation>Restore the version of %1</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="46"/>
        <location filename="../../app/tool/logcommand.cpp" line="79"/>
        <source>this option is missing</source>
        <translation>this option is missing</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="48"/>
        <source>a whole number, 0 or more</source>
        <translation>a whole number, 0 or more</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="54"/>
        <source>%1 is negative</source>
        <translation>%1 is negative</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="55"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="62"/>
        <source>%1 is too large</source>
        <translation>%1 is too large</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="70"/>
        <source>&quot;%1&quot; is not a SHA-256 hash</source>
        <translation>&quot;%1&quot; is not a SHA-256 hash</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="71"/>
        <source>64 hexadecimal digits</source>
        <translation>64 hexadecimal digits</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="91"/>
        <source>this option is missing (give --proof &apos;&apos; for an empty proof)</source>
        <translation>this option is missing (give --proof &apos;&apos; for an empty proof)</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="100"/>
        <source>hash %1</source>
        <translation>hash %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="137"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="149"/>
        <source>Checks that a leaf is in the log: the audit path from the leaf at INDEX must lead to the root of the tree of SIZE leaves. Take SIZE and the root from the same signed tree head: the proof alone does not tie them.</source>
        <translation>Checks that a leaf is in the log: the audit path from the leaf at INDEX must lead to the root of the tree of SIZE leaves. Take SIZE and the root from the same signed tree head: the proof alone does not tie them.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="153"/>
        <source>The leaf&apos;s position, from 0.</source>
        <translation>The leaf&apos;s position, from 0.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="153"/>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="155"/>
        <source>The number of leaves in the tree.</source>
        <translation>The number of leaves in the tree.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="156"/>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="158"/>
        <source>The leaf&apos;s hash, in hexadecimal.</source>
        <translation>The leaf&apos;s hash, in hexadecimal.</translation>
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
        <translation>The tree&apos;s root hash, in hexadecimal.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="165"/>
        <source>The audit path: hashes separated by commas, &apos;&apos; when empty.</source>
        <translation>The audit path: hashes separated by commas, &apos;&apos; when empty.</translation>
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
        <translation>The proof does not hold: a tree of %1 leaves has no leaf at index %2.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="188"/>
        <source>The proof does not hold: it does not lead from leaf %1 at index %2 to root %3 of a tree of %4 leaves, so nothing shows that this leaf is in that tree. The leaf hash, the index, the size, the root or a hash of the proof is wrong.</source>
        <translation>The proof does not hold: it does not lead from leaf %1 at index %2 to root %3 of a tree of %4 leaves, so nothing shows that this leaf is in that tree. The leaf hash, the index, the size, the root or a hash of the proof is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="199"/>
        <source>The proof holds: leaf %1 is at index %2 of the tree of %3 leaves with root %4.</source>
        <translation>The proof holds: leaf %1 is at index %2 of the tree of %3 leaves with root %4.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="213"/>
        <source>Checks that the log only appended entries between two tree heads: the tree of OLD leaves must be the start of the tree of NEW leaves. Take each size and its root from the same signed tree head: the proof alone does not tie them.</source>
        <translation>Checks that the log only appended entries between two tree heads: the tree of OLD leaves must be the start of the tree of NEW leaves. Take each size and its root from the same signed tree head: the proof alone does not tie them.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="218"/>
        <source>The older tree&apos;s number of leaves.</source>
        <translation>The older tree&apos;s number of leaves.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="219"/>
        <source>OLD</source>
        <translation>OLD</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="221"/>
        <source>The newer tree&apos;s number of leaves.</source>
        <translation>The newer tree&apos;s number of leaves.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="222"/>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="224"/>
        <source>The older tree&apos;s root hash, in hexadecimal.</source>
        <translation>The older tree&apos;s root hash, in hexadecimal.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="227"/>
        <source>The newer tree&apos;s root hash, in hexadecimal.</source>
        <translation>The newer tree&apos;s root hash, in hexadecimal.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="231"/>
        <source>The consistency proof: hashes separated by commas, &apos;&apos; when empty.</source>
        <translation>The consistency proof: hashes separated by commas, &apos;&apos; when empty.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="248"/>
        <source>The proof does not hold: a tree of %1 leaves cannot extend a larger one of %2 leaves. Are the old and new sizes swapped?</source>
        <translation>The proof does not hold: a tree of %1 leaves cannot extend a larger one of %2 leaves. Are the old and new sizes swapped?</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="260"/>
        <source>The proof does not hold: the root of a tree of 0 leaves is %1, not %2.</source>
        <translation>The proof does not hold: the root of a tree of 0 leaves is %1, not %2.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="268"/>
        <source>The proof does not hold: it does not show that the tree of %1 leaves with root %2 is the start of the tree of %3 leaves with root %4. A size, a root or a hash of the proof is wrong, or the log changed entries it had already published.</source>
        <translation>The proof does not hold: it does not show that the tree of %1 leaves with root %2 is the start of the tree of %3 leaves with root %4. A size, a root or a hash of the proof is wrong, or the log changed entries it had already published.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="279"/>
        <source>The proof holds: the tree of %1 leaves with root %2 is the start of the tree of %3 leaves with root %4; the log only appended entries.</source>
        <translation>The proof holds: the tree of %1 leaves with root %2 is the start of the tree of %3 leaves with root %4; the log only appended entries.</translation>
    </message>
    <message>
        <location filename="../../app/tool/logcommand.cpp" line="300"/>
        <source>Usage:
  jalon-tool log verify-inclusion --index I --size N --leaf-hash HEX --root HEX --proof HEX[,HEX…]
  jalon-tool log verify-consistency --old-size M --new-size N --old-root HEX --new-root HEX --proof HEX[,HEX…]
Hashes are SHA-256 in hexadecimal; give --proof &apos;&apos; for an empty proof.
Exits 0 when the proof holds, 1 when it does not, 2 for bad arguments.</source>
        <translation>Usage:
  jalon-tool log verify-inclusion --index I --size N --leaf-hash HEX --root HEX --proof HEX[,HEX…]
  jalon-tool log verify-consistency --old-size M --new-size N --old-root HEX --new-root HEX --proof HEX[,HEX…]
Hashes are SHA-256 in hexadecimal; give --proof &apos;&apos; for an empty proof.
Exits 0 when the proof holds, 1 when it does not, 2 for bad arguments.</translation>
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
        <translation>verifier key</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="62"/>
        <source>NAME+KEYID+BASE64, as jalon-server prints it</source>
        <translation>NAME+KEYID+BASE64, as jalon-server prints it</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="71"/>
        <source>a verifier key has a name, a key id and a key, joined by &quot;+&quot;</source>
        <translation>a verifier key has a name, a key id and a key, joined by &quot;+&quot;</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="75"/>
        <source>the key is not a 32-byte Ed25519 public key</source>
        <translation>the key is not a 32-byte Ed25519 public key</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="84"/>
        <source>unknown key type %1</source>
        <translation>unknown key type %1</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="86"/>
        <source>the key id does not match the name and the key</source>
        <translation>the key id does not match the name and the key</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="21"/>
        <source>Welcome to Jalon</source>
        <translation>Welcome to Jalon</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="88"/>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="97"/>
        <source>Step 1 of 4 · Who you are</source>
        <translation>Step 1 of 4 · Who you are</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="97"/>
        <source>Step 2 of 4 · Protect your profile</source>
        <translation>Step 2 of 4 · Protect your profile</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="98"/>
        <source>Step 3 of 4 · Your recovery code</source>
        <translation>Step 3 of 4 · Your recovery code</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="98"/>
        <source>Step 4 of 4 · Your certification centre</source>
        <translation>Step 4 of 4 · Your certification centre</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="99"/>
        <source>Last step · Your certification</source>
        <translation>Last step · Your certification</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="114"/>
        <source>Jalon keeps the auto-diagnostic, the livret VAE and the carnet de suivi (yours, or those of the candidates you follow) on this device, encrypted, and sends them to the certification centre when a network is there.</source>
        <translation>Jalon keeps the auto-diagnostic, the livret VAE and the carnet de suivi (yours, or those of the candidates you follow) on this device, encrypted, and sends them to the certification centre when a network is there.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="121"/>
        <source>Your first and last name</source>
        <translation>Your first and last name</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="122"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="128"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="146"/>
        <source>Choose a passphrase. It unlocks your profile on this device; no one, not even the centre, can open it without the passphrase or the recovery code.</source>
        <translation>Choose a passphrase. It unlocks your profile on this device; no one, not even the centre, can open it without the passphrase or the recovery code.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="154"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="155"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="162"/>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="163"/>
        <source>Confirm the passphrase</source>
        <translation>Confirm the passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="170"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="186"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="196"/>
        <source>Create my profile</source>
        <translation>Create my profile</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="210"/>
        <source>Protecting your profile</source>
        <translation>Protecting your profile</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="214"/>
        <source>Protecting your profile… (this takes a moment on purpose)</source>
        <translation>Protecting your profile… (this takes a moment on purpose)</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="231"/>
        <source>If you forget your passphrase, this code is the only way back into your profile. Write it on paper and keep it somewhere safe: it is shown only now.</source>
        <translation>If you forget your passphrase, this code is the only way back into your profile. Write it on paper and keep it somewhere safe: it is shown only now.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="240"/>
        <source>Hidden while you type it from your paper</source>
        <translation>Hidden while you type it from your paper</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="253"/>
        <source>Recovery code: %1</source>
        <translation>Recovery code: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="261"/>
        <source>Type the code again to confirm you wrote it down</source>
        <translation>Type the code again to confirm you wrote it down</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="264"/>
        <source>Recovery code, typed again</source>
        <translation>Recovery code, typed again</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="271"/>
        <source>Show the code again</source>
        <translation>Show the code again</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="282"/>
        <source>This is not the code shown above.</source>
        <translation>This is not the code shown above.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="289"/>
        <source>I have written it down</source>
        <translation>I have written it down</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="316"/>
        <source>No network or no code yet? Start now: your work stays on this device and is sent once you join, from the settings.</source>
        <translation>No network or no code yet? Start now: your work stays on this device and is sent once you join, from the settings.</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="320"/>
        <source>Work offline, join later</source>
        <translation>Work offline, join later</translation>
    </message>
    <message>
        <location filename="../../qml/common/OnboardingPage.qml" line="337"/>
        <source>Which certification are you preparing?</source>
        <translation>Which certification are you preparing?</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="53"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="53"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="56"/>
        <source>Hide the passphrase</source>
        <translation>Hide the passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="56"/>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="68"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="80"/>
        <source>At least 12 characters: a short sentence only you know is easy to remember and hard to guess.</source>
        <translation>At least 12 characters: a short sentence only you know is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../qml/components/PassphraseField.qml" line="81"/>
        <source>Strong enough: hard to guess.</source>
        <translation>Strong enough: hard to guess.</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="29"/>
        <source>the passphrase file cannot be read: %1</source>
        <translation>the passphrase file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="41"/>
        <location filename="../../app/tool/passphraseinput.cpp" line="68"/>
        <location filename="../../app/tool/passphraseinput.cpp" line="87"/>
        <location filename="../../app/tool/passphraseinput.cpp" line="96"/>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="43"/>
        <source>there is no terminal to ask on</source>
        <translation>there is no terminal to ask on</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="44"/>
        <source>--passphrase-file FILE</source>
        <translation>--passphrase-file FILE</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="68"/>
        <source>nothing was typed</source>
        <translation>nothing was typed</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="91"/>
        <source>Type it again: </source>
        <translation>Type it again: </translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="96"/>
        <source>the two passphrases differ</source>
        <translation>the two passphrases differ</translation>
    </message>
    <message>
        <location filename="../../app/tool/passphraseinput.cpp" line="102"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <location filename="../vault/passphrasepolicy.cpp" line="81"/>
        <source>Too short: use at least %1 characters, for example a few words.</source>
        <translation>Too short: use at least %1 characters, for example a few words.</translation>
    </message>
    <message>
        <location filename="../vault/passphrasepolicy.cpp" line="87"/>
        <source>Too common: everyone tries this one first.</source>
        <translation>Too common: everyone tries this one first.</translation>
    </message>
    <message>
        <location filename="../vault/passphrasepolicy.cpp" line="93"/>
        <source>Too close to your name: add words of your own.</source>
        <translation>Too close to your name: add words of your own.</translation>
    </message>
    <message>
        <location filename="../vault/passphrasepolicy.cpp" line="98"/>
        <source>Too easy to guess: avoid repeats and runs like &quot;aaa&quot; or &quot;1234&quot;, add a word or two.</source>
        <translation>Too easy to guess: avoid repeats and runs like &quot;aaa&quot; or &quot;1234&quot;, add a word or two.</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <location filename="../../app/export/pdfdocument.cpp" line="54"/>
        <source>the document cannot be written in this folder</source>
        <translation>the document cannot be written in this folder</translation>
    </message>
</context>
<context>
    <name>PulledBatch</name>
    <message>
        <location filename="../../sync/pulledbatch.cpp" line="15"/>
        <source>the server sent a malformed answer: %1</source>
        <translation>the server sent a malformed answer: %1</translation>
    </message>
    <message>
        <location filename="../../sync/pulledbatch.cpp" line="22"/>
        <source>it does not say where the log stands (last, size)</source>
        <translation>it does not say where the log stands (last, size)</translation>
    </message>
    <message>
        <location filename="../../sync/pulledbatch.cpp" line="32"/>
        <source>an event comes without its place in the log</source>
        <translation>an event comes without its place in the log</translation>
    </message>
    <message>
        <location filename="../../sync/pulledbatch.cpp" line="39"/>
        <source>the server sent a malformed event: %1</source>
        <translation>the server sent a malformed event: %1</translation>
    </message>
</context>
<context>
    <name>PushBody</name>
    <message>
        <location filename="../../sync/server/pushbody.cpp" line="94"/>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <location filename="../../sync/server/pushbody.cpp" line="94"/>
        <source>the body is not {&quot;events&quot;: [ … ]}</source>
        <translation>the body is not {&quot;events&quot;: [ … ]}</translation>
    </message>
</context>
<context>
    <name>ReferentielCatalog</name>
    <message>
        <location filename="../referentiel/referentielcatalog.cpp" line="38"/>
        <source>version %1 of this référentiel is already known</source>
        <translation>version %1 of this référentiel is already known</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielcatalog.cpp" line="41"/>
        <source>a new id or a higher version</source>
        <translation>a new id or a higher version</translation>
    </message>
</context>
<context>
    <name>ReferentielCommand</name>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="59"/>
        <source>Unknown référentiel &quot;%1&quot;. Known: %2.</source>
        <translation>Unknown référentiel &quot;%1&quot;. Known: %2.</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="87"/>
        <source>%1: valid référentiel %2, version %3 (%4 blocs, %5 competences, %6 criteria, %7 activities)
</source>
        <translation>%1: valid référentiel %2, version %3 (%4 blocs, %5 competences, %6 criteria, %7 activities)
</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="105"/>
        <source>Lists, shows and validates certification référentiels.
  list            the bundled référentiels
  show ID         one référentiel in full
  validate FILE   checks a référentiel JSON file</source>
        <translation>Lists, shows and validates certification référentiels.
  list            the bundled référentiels
  show ID         one référentiel in full
  validate FILE   checks a référentiel JSON file</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="111"/>
        <source>Write JSON for scripts.</source>
        <translation>Write JSON for scripts.</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="113"/>
        <source>list, show or validate</source>
        <translation>list, show or validate</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="126"/>
        <source>Usage: jalon-tool referentiel validate FILE [--json]</source>
        <translation>Usage: jalon-tool referentiel validate FILE [--json]</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="130"/>
        <source>Unknown command &quot;%1&quot;. Usage: jalon-tool referentiel list|show ID|validate FILE [--json]</source>
        <translation>Unknown command &quot;%1&quot;. Usage: jalon-tool referentiel list|show ID|validate FILE [--json]</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="135"/>
        <source>Usage: jalon-tool referentiel show ID [--json]</source>
        <translation>Usage: jalon-tool referentiel show ID [--json]</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="137"/>
        <source>Usage: jalon-tool referentiel list [--json]</source>
        <translation>Usage: jalon-tool referentiel list [--json]</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentielcommand.cpp" line="141"/>
        <source>The bundled référentiels cannot be loaded: %1</source>
        <translation>The bundled référentiels cannot be loaded: %1</translation>
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
        <translation>The bundled certifications could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielListPage.qml" line="83"/>
        <source>%1 · level %2</source>
        <translation>%1 · level %2</translation>
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
            <numerusform>%n competence</numerusform>
            <numerusform>%n competences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielListPage.qml" line="122"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferentielLoader</name>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="118"/>
        <source>unknown attester role &quot;%1&quot;</source>
        <translation>unknown attester role &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="119"/>
        <source>&quot;tutor&quot; or &quot;manager&quot;</source>
        <translation>&quot;tutor&quot; or &quot;manager&quot;</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="194"/>
        <source>unknown competence type &quot;%1&quot;</source>
        <translation>unknown competence type &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="195"/>
        <source>&quot;professional&quot; or &quot;transversal&quot;</source>
        <translation>&quot;professional&quot; or &quot;transversal&quot;</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="291"/>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="303"/>
        <source>the file cannot be read: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="304"/>
        <source>a readable référentiel JSON file</source>
        <translation>a readable référentiel JSON file</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="315"/>
        <source>the JSON is malformed: %1</source>
        <translation>the JSON is malformed: %1</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="316"/>
        <source>a valid JSON document</source>
        <translation>a valid JSON document</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="319"/>
        <source>the document is not a JSON object</source>
        <translation>the document is not a JSON object</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="320"/>
        <source>an object with the fields of a référentiel</source>
        <translation>an object with the fields of a référentiel</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="328"/>
        <source>unknown référentiel format %1</source>
        <translation>unknown référentiel format %1</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielloader.cpp" line="329"/>
        <source>format %1</source>
        <translation>format %1</translation>
    </message>
</context>
<context>
    <name>ReferentielPage</name>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="29"/>
        <source>Competences</source>
        <translation>Competences</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="35"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="41"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="49"/>
        <source>Rules and paths</source>
        <translation>Rules and paths</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielPage.qml" line="82"/>
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielPage.qml" line="83"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
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
            <numerusform>%n competence</numerusform>
            <numerusform>%n competences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielPage.qml" line="86"/>
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="93"/>
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="101"/>
        <source>Collapse all</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielPage.qml" line="115"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
</context>
<context>
    <name>ReferentielRulesPane</name>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="16"/>
        <source>Rules and paths</source>
        <translation>Rules and paths</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="36"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="37"/>
        <source>level %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="38"/>
        <source>Issued by: %1</source>
        <translation>Issued by: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="40"/>
        <source>NSF code: %1</source>
        <translation>NSF code: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="41"/>
        <source>RNCP: %1</source>
        <translation>RNCP: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="42"/>
        <source>Document of %1</source>
        <translation>Document of %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="43"/>
        <source>Référentiel %1, version %2</source>
        <translation>Référentiel %1, version %2</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="47"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="50"/>
        <source>A competence is acquired when each of these has attested it: %1, with at least %2 of its criteria validated.</source>
        <translation>A competence is acquired when each of these has attested it: %1, with at least %2 of its criteria validated.</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="55"/>
        <source>A bloc is ready for evaluation when at least %1 of its competences are acquired.</source>
        <translation>A bloc is ready for evaluation when at least %1 of its competences are acquired.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="59"/>
        <source>A validated bloc stays valid %n year(s); the certification is obtained when every bloc is validated and none has expired.</source>
        <translation>
            <numerusform>A validated bloc stays valid %n year; the certification is obtained when every bloc is validated and none has expired.</numerusform>
            <numerusform>A validated bloc stays valid %n years; the certification is obtained when every bloc is validated and none has expired.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="64"/>
        <source>Path by examination</source>
        <translation>Path by examination</translation>
    </message>
    <message>
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="75"/>
        <source>Path by VAE</source>
        <translation>Path by VAE</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="77"/>
        <source>%n accompaniment session(s)</source>
        <translation>
            <numerusform>%n accompaniment session</numerusform>
            <numerusform>%n accompaniment sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/ReferentielRulesPane.qml" line="78"/>
        <source>about %n month(s)</source>
        <translation>
            <numerusform>about %n month</numerusform>
            <numerusform>about %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferentielText</name>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="25"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="33"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="35"/>
        <source>criterion threshold: %1/%2</source>
        <translation>criterion threshold: %1/%2</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="39"/>
        <source>competence threshold: %1/%2</source>
        <translation>competence threshold: %1/%2</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="42"/>
        <source>bloc validity: %1 years</source>
        <translation>bloc validity: %1 years</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="43"/>
        <source>attester roles: %1</source>
        <translation>attester roles: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="49"/>
        <source>Functions and activities (auto-diagnostic)</source>
        <translation>Functions and activities (auto-diagnostic)</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="66"/>
        <source>Assessment: %1</source>
        <translation>Assessment: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="72"/>
        <source> (%1 min %2)</source>
        <translation> (%1 min %2)</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="84"/>
        <source>Evaluated by: %1</source>
        <translation>Evaluated by: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="90"/>
        <source>Blocs, competences and criteria</source>
        <translation>Blocs, competences and criteria</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="96"/>
        <source>transversal</source>
        <translation>transversal</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="97"/>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="112"/>
        <source>Paths</source>
        <translation>Paths</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="113"/>
        <source>Examinations:</source>
        <translation>Examinations:</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="118"/>
        <source>VAE: %1 sessions over about %2 months</source>
        <translation>VAE: %1 sessions over about %2 months</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="147"/>
        <source>Certifier: %1</source>
        <translation>Certifier: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="149"/>
        <source>Level: %1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="151"/>
        <source>NSF: %1</source>
        <translation>NSF: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/referentieltext.cpp" line="153"/>
        <source>RNCP: %1</source>
        <translation>RNCP: %1</translation>
    </message>
</context>
<context>
    <name>ReferentielValidator</name>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="48"/>
        <source>the référentiel id &quot;%1&quot; is not allowed</source>
        <translation>the référentiel id &quot;%1&quot; is not allowed</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="49"/>
        <source>lowercase letters and digits separated by single hyphens</source>
        <translation>lowercase letters and digits separated by single hyphens</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="57"/>
        <source>the threshold %1/%2 is out of range</source>
        <translation>the threshold %1/%2 is out of range</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="58"/>
        <source>a fraction num/den with 0 &lt; num ≤ den</source>
        <translation>a fraction num/den with 0 &lt; num ≤ den</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="65"/>
        <source>no attester role is given</source>
        <translation>no attester role is given</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="66"/>
        <source>&quot;tutor&quot;, &quot;manager&quot; or both</source>
        <translation>&quot;tutor&quot;, &quot;manager&quot; or both</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="70"/>
        <source>the role &quot;%1&quot; is listed twice</source>
        <translation>the role &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="71"/>
        <source>each role once</source>
        <translation>each role once</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="80"/>
        <source>the level value %1 is out of order</source>
        <translation>the level value %1 is out of order</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="81"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="89"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; is not a date</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="90"/>
        <source>a date written YYYY-MM-DD</source>
        <translation>a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="98"/>
        <source>the id &quot;%1&quot; is not allowed</source>
        <translation>the id &quot;%1&quot; is not allowed</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="99"/>
        <source>letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit</source>
        <translation>letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="103"/>
        <source>the id &quot;%1&quot; is already used at %2</source>
        <translation>the id &quot;%1&quot; is already used at %2</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="104"/>
        <source>an id used once in the whole document</source>
        <translation>an id used once in the whole document</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="144"/>
        <source>&quot;%1&quot; names no bloc of this document</source>
        <translation>&quot;%1&quot; names no bloc of this document</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="145"/>
        <source>the id of a bloc of this document</source>
        <translation>the id of a bloc of this document</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="147"/>
        <source>&quot;%1&quot; names no activity of this document</source>
        <translation>&quot;%1&quot; names no activity of this document</translation>
    </message>
    <message>
        <location filename="../referentiel/referentielvalidator.cpp" line="148"/>
        <source>the id of an activity of this document</source>
        <translation>the id of an activity of this document</translation>
    </message>
</context>
<context>
    <name>RequestVerifier</name>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="75"/>
        <location filename="../../sync/requestsignature.cpp" line="134"/>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="81"/>
        <source>the request is not signed</source>
        <translation>the request is not signed</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="90"/>
        <source>the signature header is malformed</source>
        <translation>the signature header is malformed</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="94"/>
        <source>the key is not an Ed25519 public key</source>
        <translation>the key is not an Ed25519 public key</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="101"/>
        <source>the nonce is not 16 bytes</source>
        <translation>the nonce is not 16 bytes</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="107"/>
        <source>the signature is not an Ed25519 signature</source>
        <translation>the signature is not an Ed25519 signature</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="110"/>
        <source>unknown field &quot;%1&quot; in the signature header</source>
        <translation>unknown field &quot;%1&quot; in the signature header</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="117"/>
        <source>the signature header lacks key, ts, nonce or sig</source>
        <translation>the signature header lacks key, ts, nonce or sig</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="137"/>
        <source>the request&apos;s time is more than 5 minutes away from the server&apos;s: check the device&apos;s clock</source>
        <translation>the request&apos;s time is more than 5 minutes away from the server&apos;s: check the device&apos;s clock</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="142"/>
        <source>the request&apos;s signature does not match</source>
        <translation>the request&apos;s signature does not match</translation>
    </message>
    <message>
        <location filename="../../sync/requestsignature.cpp" line="155"/>
        <source>this request was already received (replay)</source>
        <translation>this request was already received (replay)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../common/role.cpp" line="50"/>
        <source>candidate</source>
        <translation>candidate</translation>
    </message>
    <message>
        <location filename="../common/role.cpp" line="52"/>
        <source>tutor</source>
        <translation>tutor</translation>
    </message>
    <message>
        <location filename="../common/role.cpp" line="54"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../common/role.cpp" line="56"/>
        <source>VAE accompanist</source>
        <translation>VAE accompanist</translation>
    </message>
    <message>
        <location filename="../common/role.cpp" line="58"/>
        <source>evaluator</source>
        <translation>evaluator</translation>
    </message>
    <message>
        <location filename="../common/role.cpp" line="60"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>SecretServiceKeyStore</name>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="36"/>
        <source>desktop keyring</source>
        <translation>desktop keyring</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="51"/>
        <source>the desktop keyring</source>
        <translation>the desktop keyring</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="59"/>
        <source>no desktop keyring answers (the Secret Service is not running): the passphrase is still needed</source>
        <translation>no desktop keyring answers (the Secret Service is not running): the passphrase is still needed</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="72"/>
        <source>Jalon vault %1 (quick unlock)</source>
        <translation>Jalon vault %1 (quick unlock)</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="78"/>
        <source>the desktop keyring did not keep the secret</source>
        <translation>the desktop keyring did not keep the secret</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="88"/>
        <source>the desktop keyring could not be read</source>
        <translation>the desktop keyring could not be read</translation>
    </message>
    <message>
        <location filename="../../platforms/linux/secretservicekeystore.cpp" line="105"/>
        <source>the desktop keyring could not forget the secret</source>
        <translation>the desktop keyring could not forget the secret</translation>
    </message>
</context>
<context>
    <name>ServerKey</name>
    <message>
        <location filename="../../sync/server/serverkey.cpp" line="21"/>
        <source>cannot create the data folder</source>
        <translation>cannot create the data folder</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverkey.cpp" line="40"/>
        <source>cannot read the server key: %1</source>
        <translation>cannot read the server key: %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverkey.cpp" line="46"/>
        <location filename="../../sync/server/serverkey.cpp" line="51"/>
        <source>the server key file is damaged</source>
        <translation>the server key file is damaged</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="125"/>
        <source>the database did not answer (injected fault)</source>
        <translation>the database did not answer (injected fault)</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="126"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="154"/>
        <source>cannot create the data folder</source>
        <translation>cannot create the data folder</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="166"/>
        <location filename="../../sync/server/serverstore.cpp" line="209"/>
        <source>cannot open the server database: %1</source>
        <translation>cannot open the server database: %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="171"/>
        <source>cannot set up the database</source>
        <translation>cannot set up the database</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="184"/>
        <source>not a PostgreSQL address</source>
        <translation>not a PostgreSQL address</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="190"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="221"/>
        <location filename="../../sync/server/serverstore.cpp" line="232"/>
        <location filename="../../sync/server/serverstore.cpp" line="247"/>
        <location filename="../../sync/server/serverstore.cpp" line="255"/>
        <location filename="../../sync/server/serverstore.cpp" line="260"/>
        <source>cannot create the tables</source>
        <translation>cannot create the tables</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="275"/>
        <source>cannot start a transaction</source>
        <translation>cannot start a transaction</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="286"/>
        <source>cannot commit</source>
        <translation>cannot commit</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="306"/>
        <source>cannot read the users</source>
        <translation>cannot read the users</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="320"/>
        <source>cannot read the devices</source>
        <translation>cannot read the devices</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="338"/>
        <location filename="../../sync/server/serverstore.cpp" line="393"/>
        <location filename="../../sync/server/serverstore.cpp" line="410"/>
        <source>cannot read the assignments</source>
        <translation>cannot read the assignments</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="348"/>
        <source>cannot read the enrollment codes</source>
        <translation>cannot read the enrollment codes</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="361"/>
        <source>cannot record the enrollment code</source>
        <translation>cannot record the enrollment code</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="372"/>
        <source>cannot record the enrollment code&apos;s use</source>
        <translation>cannot record the enrollment code&apos;s use</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="374"/>
        <source>the enrollment code was already used</source>
        <translation>the enrollment code was already used</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="434"/>
        <location filename="../../sync/server/serverstore.cpp" line="450"/>
        <source>cannot read the device&apos;s chain</source>
        <translation>cannot read the device&apos;s chain</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="464"/>
        <location filename="../../sync/server/serverstore.cpp" line="470"/>
        <source>cannot record the fork</source>
        <translation>cannot record the fork</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="484"/>
        <location filename="../../sync/server/serverstore.cpp" line="505"/>
        <source>cannot read the forks</source>
        <translation>cannot read the forks</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="520"/>
        <source>cannot read the refused events</source>
        <translation>cannot read the refused events</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="536"/>
        <source>cannot record the refusal</source>
        <translation>cannot record the refusal</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="572"/>
        <source>cannot read the log&apos;s size</source>
        <translation>cannot read the log&apos;s size</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="597"/>
        <source>cannot store the event</source>
        <translation>cannot store the event</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="651"/>
        <source>cannot apply %1</source>
        <translation>cannot apply %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="719"/>
        <source>cannot forget old request nonces</source>
        <translation>cannot forget old request nonces</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="730"/>
        <source>cannot record the request&apos;s nonce</source>
        <translation>cannot record the request&apos;s nonce</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="741"/>
        <source>cannot read the published référentiels</source>
        <translation>cannot read the published référentiels</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="758"/>
        <source>cannot count the %1</source>
        <translation>cannot count the %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/serverstore.cpp" line="547"/>
        <location filename="../../sync/server/serverstore.cpp" line="560"/>
        <location filename="../../sync/server/serverstore.cpp" line="663"/>
        <location filename="../../sync/server/serverstore.cpp" line="702"/>
        <source>cannot read the log</source>
        <translation>cannot read the log</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="22"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="30"/>
        <source>Your passphrase is changed.</source>
        <translation>Your passphrase is changed.</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="49"/>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="53"/>
        <location filename="../../qml/common/SettingsPage.qml" line="64"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="58"/>
        <source>As the system (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="66"/>
        <location filename="../../qml/common/SettingsPage.qml" line="77"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="71"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="71"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="72"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="81"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="85"/>
        <source>Lock after</source>
        <translation>Lock after</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/common/SettingsPage.qml" line="91"/>
        <source>%n minute(s) without use</source>
        <translation>
            <numerusform>%n minute without use</numerusform>
            <numerusform>%n minutes without use</numerusform>
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
        <translation>Lock after this idle time</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="108"/>
        <source>Remember this profile on this device (%1)</source>
        <translation>Remember this profile on this device (%1)</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="111"/>
        <source>Remember this profile on this device</source>
        <translation>Remember this profile on this device</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="130"/>
        <source>The profile then opens without the passphrase for whoever uses your session on this device; your passphrase is still asked to sign an attestation after a few minutes, and stays the only way on any other device. Turn it off on a shared device.</source>
        <translation>The profile then opens without the passphrase for whoever uses your session on this device; your passphrase is still asked to sign an attestation after a few minutes, and stays the only way on any other device. Turn it off on a shared device.</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="155"/>
        <location filename="../../qml/common/SettingsPage.qml" line="185"/>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="163"/>
        <location filename="../../qml/common/SettingsPage.qml" line="164"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="172"/>
        <location filename="../../qml/common/SettingsPage.qml" line="173"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="179"/>
        <source>The new passphrase again</source>
        <translation>The new passphrase again</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="180"/>
        <source>Confirm the new passphrase</source>
        <translation>Confirm the new passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="200"/>
        <source>Changing the passphrase</source>
        <translation>Changing the passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="214"/>
        <source>This device&apos;s key: %1</source>
        <translation>This device&apos;s key: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="221"/>
        <source>Certification centre</source>
        <translation>Certification centre</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="228"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="235"/>
        <source>Server key fingerprint: %1</source>
        <translation>Server key fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="242"/>
        <source>Compare it with the one your centre shows: if they differ, tell the centre before syncing again.</source>
        <translation>Compare it with the one your centre shows: if they differ, tell the centre before syncing again.</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="254"/>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="259"/>
        <source>A copy of everything in your profile: every signed event as JSON, and the auto-diagnostic, the livret and the carnet as PDF.</source>
        <translation>A copy of everything in your profile: every signed event as JSON, and the auto-diagnostic, the livret and the carnet as PDF.</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="263"/>
        <source>Export my data</source>
        <translation>Export my data</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="273"/>
        <source>Exported to the folder</source>
        <translation>Exported to the folder</translation>
    </message>
    <message>
        <location filename="../../qml/common/SettingsPage.qml" line="276"/>
        <source>Recent problems</source>
        <translation>Recent problems</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../qml/common/Shell.qml" line="27"/>
        <location filename="../../qml/common/Shell.qml" line="31"/>
        <source>Home</source>
        <translation>Home</translation>
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
        <translation>VAE journey</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="25"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="25"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="30"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="31"/>
        <source>My candidates</source>
        <translation>My candidates</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="84"/>
        <source>Back</source>
        <translation>Back</translation>
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
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="125"/>
        <source>Lock the profile</source>
        <translation>Lock the profile</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="230"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../qml/common/Shell.qml" line="233"/>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>SignedNote</name>
    <message>
        <location filename="../../sync/signednote.cpp" line="31"/>
        <source>signed note</source>
        <translation>signed note</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="107"/>
        <source>signature lines end with a newline</source>
        <translation>signature lines end with a newline</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="110"/>
        <source>more than %1 signatures</source>
        <translation>more than %1 signatures</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="113"/>
        <source>a signature line starts with &quot;— &quot;</source>
        <translation>a signature line starts with &quot;— &quot;</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="121"/>
        <source>a signature line is &quot;— NAME BASE64&quot;</source>
        <translation>a signature line is &quot;— NAME BASE64&quot;</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="132"/>
        <source>no empty line before the signatures</source>
        <translation>no empty line before the signatures</translation>
    </message>
    <message>
        <location filename="../../sync/signednote.cpp" line="134"/>
        <source>a note has no carriage return or NUL</source>
        <translation>a note has no carriage return or NUL</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="78"/>
        <source>a query failed</source>
        <translation>a query failed</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="153"/>
        <source>the database cannot be opened</source>
        <translation>the database cannot be opened</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="167"/>
        <source>the encryption library is missing: this build would store data in clear</source>
        <translation>the encryption library is missing: this build would store data in clear</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="168"/>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="177"/>
        <source>the database cannot be decrypted: it is damaged or does not belong to this key file</source>
        <translation>the database cannot be decrypted: it is damaged or does not belong to this key file</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="187"/>
        <source>the database is empty: it was truncated or damaged</source>
        <translation>the database is empty: it was truncated or damaged</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="207"/>
        <source>a query failed: the database did not answer (injected fault)</source>
        <translation>a query failed: the database did not answer (injected fault)</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="222"/>
        <source>a query failed: %1</source>
        <translation>a query failed: %1</translation>
    </message>
    <message>
        <location filename="../vault/sqlitedatabase.cpp" line="238"/>
        <source>a query cannot be prepared</source>
        <translation>a query cannot be prepared</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../qml/components/Status.qml" line="11"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="11"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="11"/>
        <source>acquired</source>
        <translation>acquired</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="16"/>
        <source>not started</source>
        <comment>bloc</comment>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="16"/>
        <source>in progress</source>
        <comment>bloc</comment>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="17"/>
        <source>ready for evaluation</source>
        <comment>bloc</comment>
        <translation>ready for evaluation</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="17"/>
        <source>validated</source>
        <comment>bloc</comment>
        <translation>validated</translation>
    </message>
    <message>
        <location filename="../../qml/components/Status.qml" line="18"/>
        <source>expired</source>
        <comment>bloc</comment>
        <translation>expired</translation>
    </message>
</context>
<context>
    <name>SyncChip</name>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="31"/>
        <source>Sync status: %1</source>
        <translation>Sync status: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/SyncChip.qml" line="78"/>
        <source>%n change(s) made on this device not yet received by the centre.</source>
        <translation>
            <numerusform>%n change made on this device not yet received by the centre.</numerusform>
            <numerusform>%n changes made on this device not yet received by the centre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="79"/>
        <source>Everything made on this device has reached the centre.</source>
        <translation>Everything made on this device has reached the centre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/SyncChip.qml" line="89"/>
        <source>%n change(s) made on this device do not count for now: another copy of this profile (a restored backup?) sent different changes in their place. An administrator of the centre will decide which ones count.</source>
        <translation>
            <numerusform>%n change made on this device does not count for now: another copy of this profile (a restored backup?) sent different changes in its place. An administrator of the centre will decide which one counts.</numerusform>
            <numerusform>%n changes made on this device do not count for now: another copy of this profile (a restored backup?) sent different changes in their place. An administrator of the centre will decide which ones count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/components/SyncChip.qml" line="97"/>
        <source>%n change(s) made on this device were set aside by the centre, which kept those of another copy of this profile. Make them again if they are still needed.</source>
        <translation>
            <numerusform>%n change made on this device was set aside by the centre, which kept those of another copy of this profile. Make it again if it is still needed.</numerusform>
            <numerusform>%n changes made on this device were set aside by the centre, which kept those of another copy of this profile. Make them again if they are still needed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="106"/>
        <source>Never synced yet.</source>
        <translation>Never synced yet.</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="107"/>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="116"/>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="123"/>
        <source>This profile has not joined a certification centre: your work stays on this device until it does.</source>
        <translation>This profile has not joined a certification centre: your work stays on this device until it does.</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="128"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../qml/components/SyncChip.qml" line="138"/>
        <source>Join a centre…</source>
        <translation>Join a centre…</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="23"/>
        <source>The vault&apos;s folder.</source>
        <translation>The vault&apos;s folder.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="24"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="27"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Read the passphrase from the first line of FILE.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="27"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="30"/>
        <source>The server, e.g. http://127.0.0.1:8787/.</source>
        <translation>The server, e.g. http://127.0.0.1:8787/.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="31"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="53"/>
        <source>Joins a jalon-server with the one-time code an administrator gave.</source>
        <translation>Joins a jalon-server with the one-time code an administrator gave.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="56"/>
        <source>The enrollment code.</source>
        <translation>The enrollment code.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="57"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="61"/>
        <source>enroll needs --dir, --server and --code</source>
        <translation>enroll needs --dir, --server and --code</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="72"/>
        <source>this vault has already joined %1</source>
        <translation>this vault has already joined %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="77"/>
        <source>enrolled as %1 (%2)</source>
        <translation>enrolled as %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="86"/>
        <source>Pushes this vault&apos;s new events to its server and pulls what is new there.</source>
        <translation>Pushes this vault&apos;s new events to its server and pulls what is new there.</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="92"/>
        <source>sync needs --dir</source>
        <translation>sync needs --dir</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="103"/>
        <source>this vault belongs to %1, not %2</source>
        <translation>this vault belongs to %1, not %2</translation>
    </message>
    <message>
        <location filename="../../app/tool/synccommand.cpp" line="113"/>
        <source>synced: %1 events pending, %2 events of this device proven in the server&apos;s log</source>
        <translation>synced: %1 events pending, %2 events of this device proven in the server&apos;s log</translation>
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
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="136"/>
        <source>only a candidate prepares a certification</source>
        <translation>only a candidate prepares a certification</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="139"/>
        <source>unknown référentiel &quot;%1&quot;</source>
        <translation>unknown référentiel &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="143"/>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unknown role &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="146"/>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="170"/>
        <location filename="../../sync/server/syncservice.cpp" line="176"/>
        <location filename="../../sync/server/syncservice.cpp" line="182"/>
        <source>assign</source>
        <translation>assign</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="170"/>
        <source>&quot;%1&quot; is not a candidate</source>
        <translation>&quot;%1&quot; is not a candidate</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="176"/>
        <source>&quot;%1&quot; is not a %2</source>
        <translation>&quot;%1&quot; is not a %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="184"/>
        <source>&quot;%1&quot; is already assigned to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is already assigned to &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="200"/>
        <source>unassign</source>
        <translation>unassign</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="202"/>
        <source>&quot;%1&quot; is not assigned to &quot;%2&quot; as %3</source>
        <translation>&quot;%1&quot; is not assigned to &quot;%2&quot; as %3</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="217"/>
        <source>device</source>
        <translation>device</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="217"/>
        <source>no enrolled device has this key</source>
        <translation>no enrolled device has this key</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="246"/>
        <location filename="../../sync/server/syncservice.cpp" line="252"/>
        <source>fork</source>
        <translation>fork</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="246"/>
        <source>no open fork at seq %1 of this device</source>
        <translation>no open fork at seq %1 of this device</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="254"/>
        <source>the event to keep must be one of the fork&apos;s events in the log</source>
        <translation>the event to keep must be one of the fork&apos;s events in the log</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="266"/>
        <source>référentiel</source>
        <translation>référentiel</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="271"/>
        <source>version %1 is already known</source>
        <translation>version %1 is already known</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="291"/>
        <source>the enrollment code is malformed</source>
        <translation>the enrollment code is malformed</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="293"/>
        <source>the device key is malformed</source>
        <translation>the device key is malformed</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="301"/>
        <source>enroll</source>
        <translation>enroll</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="307"/>
        <source>unknown or already used enrollment code</source>
        <translation>unknown or already used enrollment code</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="312"/>
        <source>this device is already enrolled</source>
        <translation>this device is already enrolled</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="347"/>
        <source>an event must be a JSON object of at most %1 bytes</source>
        <translation>an event must be a JSON object of at most %1 bytes</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="410"/>
        <source>the event&apos;s author is not one of this user&apos;s enrolled devices</source>
        <translation>the event&apos;s author is not one of this user&apos;s enrolled devices</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="412"/>
        <source>the event&apos;s device is revoked</source>
        <translation>the event&apos;s device is revoked</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="415"/>
        <source>the signature does not match the event: it was altered or forged</source>
        <translation>the signature does not match the event: it was altered or forged</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="417"/>
        <source>a device may not record &quot;%1&quot;</source>
        <translation>a device may not record &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="426"/>
        <source>event %1 of this device is missing: push in order</source>
        <translation>event %1 of this device is missing: push in order</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="431"/>
        <source>the event does not follow its device&apos;s previous event</source>
        <translation>the event does not follow its device&apos;s previous event</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="466"/>
        <source>another event of this device holds seq %1: both are kept, and neither counts until an administrator settles it</source>
        <translation>another event of this device holds seq %1: both are kept, and neither counts until an administrator settles it</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="79"/>
        <source>this device is not enrolled, or was revoked</source>
        <translation>this device is not enrolled, or was revoked</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="511"/>
        <source>at most %1 events per push</source>
        <translation>at most %1 events per push</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="515"/>
        <source>an event is larger than %1 bytes</source>
        <translation>an event is larger than %1 bytes</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="620"/>
        <source>the tree size must be between 1 and %1</source>
        <translation>the tree size must be between 1 and %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="625"/>
        <source>index %1 is not in the tree of size %2</source>
        <translation>index %1 is not in the tree of size %2</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="655"/>
        <source>the sizes must satisfy 0 ≤ from ≤ to ≤ %1</source>
        <translation>the sizes must satisfy 0 ≤ from ≤ to ≤ %1</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="677"/>
        <source>no event with this id is in the log</source>
        <translation>no event with this id is in the log</translation>
    </message>
    <message>
        <location filename="../../sync/server/syncservice.cpp" line="687"/>
        <source>the tree size must be above the event&apos;s index and at most %1</source>
        <translation>the tree size must be above the event&apos;s index and at most %1</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="19"/>
        <location filename="../../qml/common/UnlockPage.qml" line="101"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="41"/>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="51"/>
        <source>Type your recovery code and choose a new passphrase.</source>
        <translation>Type your recovery code and choose a new passphrase.</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="52"/>
        <source>Your profile is locked. Type your passphrase to open it.</source>
        <translation>Your profile is locked. Type your passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="60"/>
        <location filename="../../qml/common/UnlockPage.qml" line="61"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="71"/>
        <source>Recovery code (six groups of four)</source>
        <translation>Recovery code (six groups of four)</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="74"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="82"/>
        <location filename="../../qml/common/UnlockPage.qml" line="83"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="101"/>
        <source>Recover my profile</source>
        <translation>Recover my profile</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="121"/>
        <source>Unlocking</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="126"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="135"/>
        <source>Unlock with %1</source>
        <translation>Unlock with %1</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="146"/>
        <source>I remember my passphrase</source>
        <translation>I remember my passphrase</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="146"/>
        <source>Passphrase forgotten?</source>
        <translation>Passphrase forgotten?</translation>
    </message>
    <message>
        <location filename="../../qml/common/UnlockPage.qml" line="149"/>
        <source>Passphrase forgotten? Use the recovery code</source>
        <translation>Passphrase forgotten? Use the recovery code</translation>
    </message>
</context>
<context>
    <name>VaePlanPage</name>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="21"/>
        <location filename="../../qml/team/VaePlanPage.qml" line="37"/>
        <source>VAE sessions</source>
        <translation>VAE sessions</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="26"/>
        <source>not planned</source>
        <translation>not planned</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="26"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="26"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="27"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/VaePlanPage.qml" line="51"/>
        <source>%1 of %2 sessions held · %n month(s) left</source>
        <translation>
            <numerusform>%1 of %2 sessions held · %n month left</numerusform>
            <numerusform>%1 of %2 sessions held · %n months left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../qml/team/VaePlanPage.qml" line="57"/>
        <source>Plan the %1 sessions over %n month(s) from a start date:</source>
        <translation>
            <numerusform>Plan the %1 sessions over %n month from a start date:</numerusform>
            <numerusform>Plan the %1 sessions over %n months from a start date:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="69"/>
        <source>Start date of the accompaniment</source>
        <translation>Start date of the accompaniment</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="76"/>
        <source>Plan again</source>
        <translation>Plan again</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="76"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="79"/>
        <source>Plan the sessions from the start date</source>
        <translation>Plan the sessions from the start date</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="88"/>
        <source>Dates: %1</source>
        <translation>Dates: %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="89"/>
        <source>Sessions already held or cancelled keep their date.</source>
        <translation>Sessions already held or cancelled keep their date.</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="107"/>
        <source>Session %1, %2</source>
        <translation>Session %1, %2</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaePlanPage.qml" line="122"/>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
</context>
<context>
    <name>VaeSessionPage</name>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="21"/>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="31"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="31"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="32"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="48"/>
        <source>Date of the session</source>
        <translation>Date of the session</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="59"/>
        <source>Status of the session</source>
        <translation>Status of the session</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="69"/>
        <source>Notes: what was worked on</source>
        <translation>Notes: what was worked on</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="70"/>
        <source>Notes of the session</source>
        <translation>Notes of the session</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="80"/>
        <source>Next steps for the candidate</source>
        <translation>Next steps for the candidate</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="81"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="84"/>
        <source>Livret sections worked on</source>
        <translation>Livret sections worked on</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="98"/>
        <source>Worked on %1</source>
        <translation>Worked on %1</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="111"/>
        <source>Recorded. It reaches the candidate at the next sync.</source>
        <translation>Recorded. It reaches the candidate at the next sync.</translation>
    </message>
    <message>
        <location filename="../../qml/team/VaeSessionPage.qml" line="123"/>
        <location filename="../../qml/team/VaeSessionPage.qml" line="124"/>
        <source>Save the session</source>
        <translation>Save the session</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../vault/vault.cpp" line="89"/>
        <source>the passphrase is empty</source>
        <translation>the passphrase is empty</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="89"/>
        <location filename="../vault/vault.cpp" line="232"/>
        <location filename="../vault/vault.cpp" line="311"/>
        <source>a passphrase</source>
        <translation>a passphrase</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="92"/>
        <source>a vault already exists in this folder</source>
        <translation>a vault already exists in this folder</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="92"/>
        <source>an empty folder</source>
        <translation>an empty folder</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="94"/>
        <source>the folder cannot be created</source>
        <translation>the folder cannot be created</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="142"/>
        <location filename="../vault/vault.cpp" line="160"/>
        <location filename="../vault/vault.cpp" line="234"/>
        <source>there is no vault in this folder</source>
        <translation>there is no vault in this folder</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="152"/>
        <source>wrong passphrase</source>
        <translation>wrong passphrase</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="168"/>
        <source>this device does not remember the vault: unlock with the passphrase</source>
        <translation>this device does not remember the vault: unlock with the passphrase</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="179"/>
        <source>the key store&apos;s secret does not open this vault: unlock with the passphrase</source>
        <translation>the key store&apos;s secret does not open this vault: unlock with the passphrase</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="232"/>
        <location filename="../vault/vault.cpp" line="311"/>
        <source>the new passphrase is empty</source>
        <translation>the new passphrase is empty</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="242"/>
        <source>this is not a recovery code</source>
        <translation>this is not a recovery code</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="243"/>
        <source>24 letters and digits, as six groups of four</source>
        <translation>24 letters and digits, as six groups of four</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="250"/>
        <source>wrong recovery code</source>
        <translation>wrong recovery code</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="265"/>
        <source>the vault&apos;s database is missing</source>
        <translation>the vault&apos;s database is missing</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="285"/>
        <source>the vault has no device key: it is damaged</source>
        <translation>the vault has no device key: it is damaged</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="293"/>
        <source>the device key stored in the vault is damaged</source>
        <translation>the device key stored in the vault is damaged</translation>
    </message>
    <message>
        <location filename="../vault/vault.cpp" line="199"/>
        <location filename="../vault/vault.cpp" line="308"/>
        <source>the vault is locked</source>
        <translation>the vault is locked</translation>
    </message>
</context>
<context>
    <name>VaultCommand</name>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="24"/>
        <location filename="../../app/tool/vaultcommand.cpp" line="67"/>
        <location filename="../../app/tool/vaultcommand.cpp" line="83"/>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="32"/>
        <source>Vault created in %1.</source>
        <translation>Vault created in %1.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="33"/>
        <source>Recovery code (shown only now; write it down and keep it apart from this device):</source>
        <translation>Recovery code (shown only now; write it down and keep it apart from this device):</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="51"/>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="52"/>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="53"/>
        <source>Device key: %1</source>
        <translation>Device key: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="54"/>
        <source>Events: %1</source>
        <translation>Events: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="55"/>
        <source>Database integrity: %1</source>
        <translation>Database integrity: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="58"/>
        <source>Event problems: %1</source>
        <translation>Event problems: %1</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="74"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase changed.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="80"/>
        <source>Recovery code: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="91"/>
        <source>Vault recovered; the new passphrase is set. The recovery code stays valid.</source>
        <translation>Vault recovered; the new passphrase is set. The recovery code stays valid.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="103"/>
        <source>Creates, checks and unlocks vaults.
  init      creates a vault and prints its recovery code once
  check     opens a vault and checks its database and events
  passwd    changes the passphrase
  recover   sets a new passphrase with the recovery code</source>
        <translation>Creates, checks and unlocks vaults.
  init      creates a vault and prints its recovery code once
  check     opens a vault and checks its database and events
  passwd    changes the passphrase
  recover   sets a new passphrase with the recovery code</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="110"/>
        <source>init, check, passwd or recover</source>
        <translation>init, check, passwd or recover</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="111"/>
        <source>The vault&apos;s folder.</source>
        <translation>The vault&apos;s folder.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="112"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="115"/>
        <source>Read the passphrase from the first line of FILE.</source>
        <translation>Read the passphrase from the first line of FILE.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="115"/>
        <location filename="../../app/tool/vaultcommand.cpp" line="118"/>
        <location filename="../../app/tool/vaultcommand.cpp" line="121"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="118"/>
        <source>Read the new passphrase from the first line of FILE.</source>
        <translation>Read the new passphrase from the first line of FILE.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="121"/>
        <source>Read the recovery code from the first line of FILE.</source>
        <translation>Read the recovery code from the first line of FILE.</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="135"/>
        <source>Usage: jalon-tool vault init|check|passwd|recover --dir DIR [--passphrase-file FILE]</source>
        <translation>Usage: jalon-tool vault init|check|passwd|recover --dir DIR [--passphrase-file FILE]</translation>
    </message>
    <message>
        <location filename="../../app/tool/vaultcommand.cpp" line="148"/>
        <source>Unknown command &quot;%1&quot;. Usage: jalon-tool vault init|check|passwd|recover --dir DIR</source>
        <translation>Unknown command &quot;%1&quot;. Usage: jalon-tool vault init|check|passwd|recover --dir DIR</translation>
    </message>
</context>
<context>
    <name>VaultSchema</name>
    <message>
        <location filename="../vault/vaultschema.cpp" line="151"/>
        <source>the schema version cannot be read</source>
        <translation>the schema version cannot be read</translation>
    </message>
    <message>
        <location filename="../vault/vaultschema.cpp" line="156"/>
        <source>this vault was made by a newer version of Jalon (schema %1)</source>
        <translation>this vault was made by a newer version of Jalon (schema %1)</translation>
    </message>
    <message>
        <location filename="../vault/vaultschema.cpp" line="159"/>
        <source>schema %1 or earlier</source>
        <translation>schema %1 or earlier</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <location filename="../../sync/server/witness.cpp" line="57"/>
        <source>the witness&apos;s state is damaged</source>
        <translation>the witness&apos;s state is damaged</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="95"/>
        <source>the body starts with &quot;old SIZE&quot;, then the proof, an empty line and the checkpoint</source>
        <translation>the body starts with &quot;old SIZE&quot;, then the proof, an empty line and the checkpoint</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="101"/>
        <source>the old size is not a decimal number</source>
        <translation>the old size is not a decimal number</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="103"/>
        <source>a consistency proof has at most %1 hashes</source>
        <translation>a consistency proof has at most %1 hashes</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="109"/>
        <source>each proof line is a base64 SHA-256 hash</source>
        <translation>each proof line is a base64 SHA-256 hash</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="123"/>
        <source>this witness does not witness the log &quot;%1&quot;</source>
        <translation>this witness does not witness the log &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="125"/>
        <source>the checkpoint is not signed by the log&apos;s key</source>
        <translation>the checkpoint is not signed by the log&apos;s key</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="127"/>
        <source>the old size is above the checkpoint&apos;s size</source>
        <translation>the old size is above the checkpoint&apos;s size</translation>
    </message>
    <message>
        <location filename="../../sync/server/witness.cpp" line="135"/>
        <source>the checkpoint does not extend the one this witness cosigned last</source>
        <translation>the checkpoint does not extend the one this witness cosigned last</translation>
    </message>
</context>
<context>
    <name>jalon-tool</name>
    <message>
        <location filename="../../app/tool/main.cpp" line="42"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
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
        <translation>Usage:
  jalon-tool referentiel list|show ID|validate FILE [--json]
  jalon-tool vault init|check|passwd|recover --dir DIR [--passphrase-file FILE]
  jalon-tool events list|verify --dir DIR [--passphrase-file FILE] [--json]
  jalon-tool enroll --dir DIR --server URL --code CODE [--passphrase-file FILE]
  jalon-tool sync --dir DIR [--server URL] [--passphrase-file FILE]
  jalon-tool log verify-inclusion|verify-consistency …   (checks the server log&apos;s proofs)
  jalon-tool dossier export --dir DIR [--candidate ID] --out FILE [--passphrase-file FILE]
  jalon-tool dossier verify FILE [--key VKEY] [--witness VKEY]… [--quorum N] [--json]
  jalon-tool canon &lt; FILE.json   (RFC 8785 canonical JSON on stdout)
Run &quot;jalon-tool &lt;command&gt; --help&quot; for details.</translation>
    </message>
</context>
<context>
    <name>jalon::AttestationForm</name>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="124"/>
        <source>The carnet cannot be read: %1</source>
        <translation>The carnet cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="256"/>
        <source>Below the threshold: %1 of %2 criteria ticked, %3 needed. It is recorded, but it does not count towards the competence.</source>
        <translation>Below the threshold: %1 of %2 criteria ticked, %3 needed. It is recorded, but it does not count towards the competence.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="272"/>
        <source>The threshold is reached. The competence will still need the attestation of: %1.</source>
        <translation>The threshold is reached. The competence will still need the attestation of: %1.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="277"/>
        <source>The competence is already acquired; this attestation replaces any earlier one of yours.</source>
        <translation>The competence is already acquired; this attestation replaces any earlier one of yours.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="279"/>
        <source>With this attestation the competence becomes acquired.</source>
        <translation>With this attestation the competence becomes acquired.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="282"/>
        <source>Bloc %1 becomes ready for evaluation.</source>
        <translation>Bloc %1 becomes ready for evaluation.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="290"/>
        <source>The profile is locked.</source>
        <translation>The profile is locked.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="292"/>
        <source>Only a tutor or a manager attests a competence.</source>
        <translation>Only a tutor or a manager attests a competence.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="294"/>
        <source>This candidate&apos;s certification is not known on this device yet: sync once with the centre.</source>
        <translation>This candidate&apos;s certification is not known on this device yet: sync once with the centre.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="297"/>
        <source>&quot;%1&quot; is no competence of %2.</source>
        <translation>&quot;%1&quot; is no competence of %2.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="300"/>
        <source>You are not assigned to %1 as %2: the attestation would not count.</source>
        <translation>You are not assigned to %1 as %2: the attestation would not count.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="303"/>
        <source>Tick the criteria you observed.</source>
        <translation>Tick the criteria you observed.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="305"/>
        <source>Describe the work situation you observed.</source>
        <translation>Describe the work situation you observed.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="307"/>
        <source>The day of the observation must be today or before.</source>
        <translation>The day of the observation must be today or before.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="325"/>
        <source>Type your passphrase to sign.</source>
        <translation>Type your passphrase to sign.</translation>
    </message>
    <message>
        <location filename="../../app/team/attestationform.cpp" line="336"/>
        <source>The passphrase is wrong: nothing was signed.</source>
        <translation>The passphrase is wrong: nothing was signed.</translation>
    </message>
</context>
<context>
    <name>jalon::BilanModel</name>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="56"/>
        <source>The auto-diagnostic cannot be read: %1</source>
        <translation>The auto-diagnostic cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="88"/>
        <source>The last bilan cannot be read: %1</source>
        <translation>The last bilan cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="129"/>
        <source>The bilan being entered cannot be kept: %1</source>
        <translation>The bilan being entered cannot be kept: %1</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="263"/>
        <source>The profile is locked.</source>
        <translation>The profile is locked.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="265"/>
        <source>Only the candidate&apos;s manager records the bilan de positionnement.</source>
        <translation>Only the candidate&apos;s manager records the bilan de positionnement.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="267"/>
        <source>This candidate&apos;s certification is not known on this device yet: sync once with the centre.</source>
        <translation>This candidate&apos;s certification is not known on this device yet: sync once with the centre.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="270"/>
        <source>Rate every activity: %1 of %2 rated.</source>
        <translation>Rate every activity: %1 of %2 rated.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="272"/>
        <source>Choose the path: épreuves or VAE.</source>
        <translation>Choose the path: épreuves or VAE.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="274"/>
        <source>Choose at least one bloc to target.</source>
        <translation>Choose at least one bloc to target.</translation>
    </message>
    <message>
        <location filename="../../app/team/bilanmodel.cpp" line="276"/>
        <source>Choose the next review date, after today.</source>
        <translation>Choose the next review date, after today.</translation>
    </message>
</context>
<context>
    <name>jalon::CarnetModel</name>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="60"/>
        <location filename="../../app/candidate/carnetmodel.cpp" line="113"/>
        <source>The carnet cannot be read: %1</source>
        <translation>The carnet cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetmodel.cpp" line="325"/>
        <source>Only the person who signed an attestation, on the device they signed it with, may withdraw it.</source>
        <translation>Only the person who signed an attestation, on the device they signed it with, may withdraw it.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetmodel.cpp" line="328"/>
        <source>This attestation is already withdrawn.</source>
        <translation>This attestation is already withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetmodel.cpp" line="330"/>
        <source>Say why the attestation is withdrawn: the candidate and the centre read it.</source>
        <translation>Say why the attestation is withdrawn: the candidate and the centre read it.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetmodel.cpp" line="347"/>
        <source>&quot;%1&quot; is no bloc of %2.</source>
        <translation>&quot;%1&quot; is no bloc of %2.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetmodel.cpp" line="349"/>
        <source>The date of the result must be a real day, today or before.</source>
        <translation>The date of the result must be a real day, today or before.</translation>
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
        <translation>%1 — %2 of %3 competences acquired, %4 attestations</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="53"/>
        <source>Every bloc is validated: the certification is obtained.</source>
        <translation>Every bloc is validated: the certification is obtained.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="77"/>
        <source>Each attestation is an event signed on the signer&apos;s own device with an Ed25519 key that the certification centre enrolled for that person. The event id is the SHA-256 of the signed event written as canonical JSON (RFC 8785); the signature fingerprint is the start of the SHA-256 of its signature.</source>
        <translation>Each attestation is an event signed on the signer&apos;s own device with an Ed25519 key that the certification centre enrolled for that person. The event id is the SHA-256 of the signed event written as canonical JSON (RFC 8785); the signature fingerprint is the start of the SHA-256 of its signature.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="84"/>
        <source>When the centre received an attestation, it added it to its append-only public log, a Merkle tree (RFC 6962): the log index says where. Anyone can read the log&apos;s signed checkpoint (GET /v1/checkpoint) and its inclusion and consistency proofs, which hold hashes only, so that an attestation cannot be removed or changed afterwards without it showing.</source>
        <translation>When the centre received an attestation, it added it to its append-only public log, a Merkle tree (RFC 6962): the log index says where. Anyone can read the log&apos;s signed checkpoint (GET /v1/checkpoint) and its inclusion and consistency proofs, which hold hashes only, so that an attestation cannot be removed or changed afterwards without it showing.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="90"/>
        <source>To check this carnet, take its jury bundle (&quot;For the jury&quot; on the carnet page in Jalon): it holds every attestation, withdrawal and bloc result with the centre&apos;s events that say who was enrolled, in which role and assigned to whom, and a proof of each against one signed checkpoint. Open verify.html, written beside it, in a browser and choose the bundle, or run &quot;jalon-tool dossier verify BUNDLE --key KEY&quot; with the centre&apos;s log key; both work offline. Compare the centre&apos;s key fingerprint they show with the one the centre publishes. An attestation without a log index has not reached the centre yet: it counts on the devices that hold it, not yet for the centre.</source>
        <translation>To check this carnet, take its jury bundle (&quot;For the jury&quot; on the carnet page in Jalon): it holds every attestation, withdrawal and bloc result with the centre&apos;s events that say who was enrolled, in which role and assigned to whom, and a proof of each against one signed checkpoint. Open verify.html, written beside it, in a browser and choose the bundle, or run &quot;jalon-tool dossier verify BUNDLE --key KEY&quot; with the centre&apos;s log key; both work offline. Compare the centre&apos;s key fingerprint they show with the one the centre publishes. An attestation without a log index has not reached the centre yet: it counts on the devices that hold it, not yet for the centre.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="104"/>
        <source>How to verify this carnet</source>
        <translation>How to verify this carnet</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="110"/>
        <source>Jury bundle: %1, SHA-256 %2 (sha256sum gives the same for the file)</source>
        <translation>Jury bundle: %1, SHA-256 %2 (sha256sum gives the same for the file)</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="123"/>
        <source>No evaluation recorded.</source>
        <translation>No evaluation recorded.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="125"/>
        <source>Validated by the evaluator on %1, valid until %2.</source>
        <translation>Validated by the evaluator on %1, valid until %2.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="129"/>
        <source>Not validated by the evaluator on %1.</source>
        <translation>Not validated by the evaluator on %1.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="134"/>
        <source>%1 of %2 competences acquired (threshold %3 %)</source>
        <translation>%1 of %2 competences acquired (threshold %3 %)</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="164"/>
        <source>log index %1</source>
        <translation>log index %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="165"/>
        <source>not yet received by the centre</source>
        <translation>not yet received by the centre</translation>
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
        <translation>unknown signer</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="181"/>
        <source>No current attestation.</source>
        <translation>No current attestation.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="186"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="186"/>
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="186"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="187"/>
        <source>Criteria validated</source>
        <translation>Criteria validated</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="187"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="217"/>
        <source>The jury bundle needs the certification centre: join it first (Settings).</source>
        <translation>The jury bundle needs the certification centre: join it first (Settings).</translation>
    </message>
    <message>
        <location filename="../../app/candidate/carnetdocument.cpp" line="236"/>
        <source>The jury bundle was not written: %1</source>
        <translation>The jury bundle was not written: %1</translation>
    </message>
</context>
<context>
    <name>jalon::DataExport</name>
    <message>
        <location filename="../../app/export/dataexport.cpp" line="40"/>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>jalon::DiagnosticModel</name>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="240"/>
        <source>Answer every activity before submitting (%1 of %2 answered).</source>
        <translation>Answer every activity before submitting (%1 of %2 answered).</translation>
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
        <translation>%1 — %2 of %3 activities answered</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="264"/>
        <source>Submitted on %1</source>
        <translation>Submitted on %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="268"/>
        <source>By function</source>
        <translation>By function</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="268"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="269"/>
        <source>Level reached</source>
        <translation>Level reached</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="280"/>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="280"/>
        <source>To develop</source>
        <translation>To develop</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="281"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="281"/>
        <source>Self-rating</source>
        <translation>Self-rating</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="281"/>
        <source>Blocs</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <location filename="../../app/candidate/diagnosticmodel.cpp" line="292"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>jalon::GuardedTcpServer</name>
    <message>
        <location filename="../../sync/server/connectionguard.cpp" line="53"/>
        <source>too many connections from this address: close some and try again</source>
        <translation>too many connections from this address: close some and try again</translation>
    </message>
    <message>
        <location filename="../../sync/server/connectionguard.cpp" line="115"/>
        <source>the request&apos;s header is too large</source>
        <translation>the request&apos;s header is too large</translation>
    </message>
    <message>
        <location filename="../../sync/server/connectionguard.cpp" line="105"/>
        <location filename="../../sync/server/connectionguard.cpp" line="124"/>
        <source>the request is larger than %1 bytes</source>
        <translation>the request is larger than %1 bytes</translation>
    </message>
    <message>
        <location filename="../../sync/server/connectionguard.cpp" line="128"/>
        <source>a large request must be signed by an enrolled device</source>
        <translation>a large request must be signed by an enrolled device</translation>
    </message>
    <message>
        <location filename="../../sync/server/connectionguard.cpp" line="178"/>
        <source>the request took too long to arrive</source>
        <translation>the request took too long to arrive</translation>
    </message>
</context>
<context>
    <name>jalon::JourneyModel</name>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="48"/>
        <source>The VAE sessions cannot be read: %1</source>
        <translation>The VAE sessions cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="76"/>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="220"/>
        <source>There is no session %1 in this VAE path.</source>
        <translation>There is no session %1 in this VAE path.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="222"/>
        <source>A session needs a date.</source>
        <translation>A session needs a date.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="224"/>
        <source>A session cannot be held on a day still to come.</source>
        <translation>A session cannot be held on a day still to come.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/journeymodel.cpp" line="226"/>
        <source>Unknown session status &quot;%1&quot;.</source>
        <translation>Unknown session status &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>jalon::LivretModel</name>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="48"/>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="49"/>
        <source>device %1</source>
        <translation>device %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="165"/>
        <source>Your livret text could not be kept in the vault: %1</source>
        <translation>Your livret text could not be kept in the vault: %1</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="308"/>
        <source>What was the context?</source>
        <translation>What was the context?</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="308"/>
        <source>What did I do?</source>
        <translation>What did I do?</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="308"/>
        <source>What was the result?</source>
        <translation>What was the result?</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="309"/>
        <source>What did I learn?</source>
        <translation>What did I learn?</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="405"/>
        <source>A comment needs some text.</source>
        <translation>A comment needs some text.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretmodel.cpp" line="462"/>
        <source>This version of the section was not found in your livret.</source>
        <translation>This version of the section was not found in your livret.</translation>
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
        <translation>No text yet.</translation>
    </message>
    <message>
        <location filename="../../app/candidate/livretdocument.cpp" line="38"/>
        <source>Another version of this section is waiting for your choice.</source>
        <translation>Another version of this section is waiting for your choice.</translation>
    </message>
</context>
<context>
    <name>jalon::ReferentielOutlineModel</name>
    <message numerus="yes">
        <location filename="../../app/referentieloutlinemodel.cpp" line="58"/>
        <source>%n competence(s)</source>
        <translation>
            <numerusform>%n competence</numerusform>
            <numerusform>%n competences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/referentieloutlinemodel.cpp" line="61"/>
        <source>transversal</source>
        <translation>transversal</translation>
    </message>
    <message>
        <location filename="../../app/referentieloutlinemodel.cpp" line="62"/>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/referentieloutlinemodel.cpp" line="65"/>
        <source>%1 · %n criterion(s)</source>
        <translation>
            <numerusform>%1 · %n criterion</numerusform>
            <numerusform>%1 · %n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/referentieloutlinemodel.cpp" line="77"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/referentieloutlinemodel.cpp" line="82"/>
        <source>feeds %1</source>
        <translation>feeds %1</translation>
    </message>
    <message>
        <location filename="../../app/referentieloutlinemodel.cpp" line="96"/>
        <source>evaluated by: %1</source>
        <translation>evaluated by: %1</translation>
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
        <translation>The reminders cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="144"/>
        <source>VAE session %1 on %2</source>
        <translation>VAE session %1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="145"/>
        <source>VAE session %1 with %2 on %3</source>
        <translation>VAE session %1 with %2 on %3</translation>
    </message>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="185"/>
        <source>%1 waits for the attestation of: %2</source>
        <translation>%1 waits for the attestation of: %2</translation>
    </message>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="193"/>
        <source>Bloc %1 stays valid until %2</source>
        <translation>Bloc %1 stays valid until %2</translation>
    </message>
    <message>
        <location filename="../../app/home/remindersmodel.cpp" line="194"/>
        <source>Bloc %1 of %2 stays valid until %3</source>
        <translation>Bloc %1 of %2 stays valid until %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/home/remindersmodel.cpp" line="202"/>
        <source>%1: %2 wait(s) for your attestation</source>
        <translation>
            <numerusform>%1: %2 waits for your attestation</numerusform>
            <numerusform>%1: %2 wait for your attestation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/home/remindersmodel.cpp" line="220"/>
        <source>%n change(s) of this device have not reached the centre for %1 days or more: connect to sync.</source>
        <translation>
            <numerusform>%n change of this device has not reached the centre for %1 days or more: connect to sync.</numerusform>
            <numerusform>%n changes of this device have not reached the centre for %1 days or more: connect to sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/home/remindersmodel.cpp" line="224"/>
        <source>%n change(s) of this device have not reached the centre for %1 days or more: join the centre in Settings.</source>
        <translation>
            <numerusform>%n change of this device has not reached the centre for %1 days or more: join the centre in Settings.</numerusform>
            <numerusform>%n changes of this device have not reached the centre for %1 days or more: join the centre in Settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jalon::Session</name>
    <message>
        <location filename="../../app/session/session.cpp" line="294"/>
        <source>Your work made before joining could not be attached to your account: %1</source>
        <translation>Your work made before joining could not be attached to your account: %1</translation>
    </message>
    <message>
        <location filename="../../app/session/session.cpp" line="310"/>
        <source>&quot;%1&quot; is not a server address (for example https://jalon.example.org/).</source>
        <translation>&quot;%1&quot; is not a server address (for example https://jalon.example.org/).</translation>
    </message>
    <message>
        <location filename="../../app/session/session.cpp" line="388"/>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <location filename="../../app/session/session.cpp" line="388"/>
        <source>the profile is locked</source>
        <translation>the profile is locked</translation>
    </message>
</context>
<context>
    <name>jalon::SyncClient</name>
    <message>
        <location filename="../../sync/syncclient.cpp" line="234"/>
        <location filename="../../sync/syncclient.cpp" line="353"/>
        <source>the server cannot be reached: %1</source>
        <translation>the server cannot be reached: %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="236"/>
        <source>the server answered %1: %2</source>
        <translation>the server answered %1: %2</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="276"/>
        <source>this is not an enrollment code: it has six groups of four letters and digits</source>
        <translation>this is not an enrollment code: it has six groups of four letters and digits</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="279"/>
        <source>the centre does not know this enrollment code, or it was already used: ask the centre for a new one</source>
        <translation>the centre does not know this enrollment code, or it was already used: ask the centre for a new one</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="285"/>
        <source>the server&apos;s answer has no valid key</source>
        <translation>the server&apos;s answer has no valid key</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="322"/>
        <source>this device has not joined a server yet</source>
        <translation>this device has not joined a server yet</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="354"/>
        <source>the server answered %1 for its checkpoint</source>
        <translation>the server answered %1 for its checkpoint</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="371"/>
        <source>the centre&apos;s checkpoint cannot be trusted: %1</source>
        <translation>the centre&apos;s checkpoint cannot be trusted: %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="377"/>
        <source>the centre has not published a checkpoint that holds the events it accepted yet</source>
        <translation>the centre has not published a checkpoint that holds the events it accepted yet</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="390"/>
        <source>the centre&apos;s checkpoint could not be kept: %1</source>
        <translation>the centre&apos;s checkpoint could not be kept: %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="397"/>
        <source>the log is smaller than the one this device verified (%1 entries, not %2): it was rolled back</source>
        <translation>the log is smaller than the one this device verified (%1 entries, not %2): it was rolled back</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="405"/>
        <source>the log has another root at the same size: its history was rewritten</source>
        <translation>the log has another root at the same size: its history was rewritten</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="423"/>
        <source>the consistency proof does not hold: the log was rewritten</source>
        <translation>the consistency proof does not hold: the log was rewritten</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="449"/>
        <source>The two checkpoints could not be kept as evidence (%1); tell the certification centre.</source>
        <translation>The two checkpoints could not be kept as evidence (%1); tell the certification centre.</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="453"/>
        <source>the centre&apos;s log does not extend the one this device saw: nothing was sent (%1).</source>
        <translation>the centre&apos;s log does not extend the one this device saw: nothing was sent (%1).</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="454"/>
        <source>the centre&apos;s log does not extend the one this device saw: what it just received is not proven (%1).</source>
        <translation>the centre&apos;s log does not extend the one this device saw: what it just received is not proven (%1).</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="448"/>
        <source>Both checkpoints are kept as evidence; tell the certification centre.</source>
        <translation>Both checkpoints are kept as evidence; tell the certification centre.</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="515"/>
        <source>the server refused event %1, and the refusal could not be kept: %2</source>
        <translation>the server refused event %1, and the refusal could not be kept: %2</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="522"/>
        <source>the server rejected event %1: %2</source>
        <translation>the server rejected event %1: %2</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="530"/>
        <source>what was sent is on the server, but this device could not note it: %1</source>
        <translation>what was sent is on the server, but this device could not note it: %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="536"/>
        <source>the server answered for %1 events out of %2</source>
        <translation>the server answered for %1 events out of %2</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="562"/>
        <source>an event from the server was refused: %1</source>
        <translation>an event from the server was refused: %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="571"/>
        <source>what was received is kept, but not where to go on from: %1</source>
        <translation>what was received is kept, but not where to go on from: %1</translation>
    </message>
    <message>
        <location filename="../../sync/syncclient.cpp" line="634"/>
        <source>the server&apos;s log does not hold an event it accepted</source>
        <translation>the server&apos;s log does not hold an event it accepted</translation>
    </message>
</context>
<context>
    <name>jalon::SyncStatus</name>
    <message numerus="yes">
        <location filename="../../app/session/syncstatus.cpp" line="100"/>
        <source>Not joined · %n change(s) kept here</source>
        <translation>
            <numerusform>Not joined · %n change kept here</numerusform>
            <numerusform>Not joined · %n changes kept here</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="101"/>
        <source>Not joined to a centre</source>
        <translation>Not joined to a centre</translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="103"/>
        <location filename="../../app/session/syncstatus.cpp" line="123"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/syncstatus.cpp" line="105"/>
        <source>Offline · %n change(s) to send</source>
        <translation>
            <numerusform>Offline · %n change to send</numerusform>
            <numerusform>Offline · %n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="106"/>
        <location filename="../../app/session/syncstatus.cpp" line="125"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="108"/>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/syncstatus.cpp" line="110"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="121"/>
        <source>Not joined</source>
        <translation>Not joined</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/syncstatus.cpp" line="125"/>
        <source>Offline · %n</source>
        <comment>to send</comment>
        <translation>
            <numerusform>Offline · %n</numerusform>
            <numerusform>Offline · %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="127"/>
        <source>Failed</source>
        <comment>sync</comment>
        <translation>Failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/session/syncstatus.cpp" line="129"/>
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="131"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="140"/>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="143"/>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <location filename="../../app/session/syncstatus.cpp" line="144"/>
        <source>Synced on %1</source>
        <translation>Synced on %1</translation>
    </message>
</context>
<context>
    <name>jalon::TeamModel</name>
    <message>
        <location filename="../../app/team/teammodel.cpp" line="145"/>
        <location filename="../../app/team/teammodel.cpp" line="166"/>
        <location filename="../../app/team/teammodel.cpp" line="199"/>
        <source>The team cannot be read: %1</source>
        <translation>The team cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>jalon::VaultSession</name>
    <message>
        <location filename="../../app/vaultsession.cpp" line="129"/>
        <source>the current passphrase is wrong</source>
        <translation>the current passphrase is wrong</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="152"/>
        <source>%1 does not answer: unlock with your passphrase. (%2)</source>
        <translation>%1 does not answer: unlock with your passphrase. (%2)</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="156"/>
        <source>%1 no longer keeps this profile&apos;s secret: unlock with your passphrase.</source>
        <translation>%1 no longer keeps this profile&apos;s secret: unlock with your passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="173"/>
        <source>This device has no key store Jalon can use: the passphrase stays needed.</source>
        <translation>This device has no key store Jalon can use: the passphrase stays needed.</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="183"/>
        <source>The quick unlock is off, but %1 still holds an unused secret: %2</source>
        <translation>The quick unlock is off, but %1 still holds an unused secret: %2</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="204"/>
        <location filename="../../app/vaultsession.cpp" line="215"/>
        <source>the profile is locked</source>
        <translation>the profile is locked</translation>
    </message>
    <message>
        <location filename="../../app/vaultsession.cpp" line="210"/>
        <source>the passphrase is wrong</source>
        <translation>the passphrase is wrong</translation>
    </message>
</context>
</TS>
