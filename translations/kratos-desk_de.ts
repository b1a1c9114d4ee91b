<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Kratos Desk</source>
        <translation>Über Kratos Desk</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Kratos Desk %1</source>
        <translation>Kratos Desk %1</translation>
    </message>
    <message>
        <source>A desktop admin console for Ory Kratos.</source>
        <translation>Eine Desktop-Verwaltungskonsole für Ory Kratos.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>GPL-3.0-or-later. It comes with no warranty.</source>
        <translation>GPL-3.0-or-later. Ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Angaben &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>AllSessionsModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>AAL</source>
        <translation>AAL</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Last device</source>
        <translation>Letztes Gerät</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>List sessions</source>
        <translation>Sitzungen auflisten</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Array erwartet</translation>
    </message>
    <message>
        <source>list item %1 is not a valid session</source>
        <translation>Listeneintrag %1 ist keine gültige Sitzung</translation>
    </message>
    <message>
        <source>(identity not included)</source>
        <translation>(Identität nicht enthalten)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Unerwartete Antwort des Servers</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Redirect not followed</source>
        <translation>Umleitung nicht gefolgt</translation>
    </message>
    <message>
        <source>Read-only profile</source>
        <translation>Profil nur zum Lesen</translation>
    </message>
    <message>
        <source>Connection not configured</source>
        <translation>Verbindung nicht eingerichtet</translation>
    </message>
    <message>
        <source>Audit trail not writable</source>
        <translation>Prüfprotokoll nicht beschreibbar</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Not supported by this server</source>
        <translation>Von diesem Server nicht unterstützt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the admin URL, the network, and that Kratos is running.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie die Admin-URL, das Netzwerk und ob Kratos läuft.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the server uses a private certificate authority, add its CA file to the connection profile.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Wenn der Server eine private Zertifizierungsstelle verwendet, tragen Sie deren CA-Datei im Verbindungsprofil ein.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The server may be overloaded, or the request timeout in the connection profile is too short.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Der Server ist vielleicht überlastet, oder das Zeitlimit im Verbindungsprofil ist zu kurz.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not what Kratos&apos;s admin API sends (%2). Is the admin URL pointing at Kratos&apos;s admin port?</source>
        <translation>%1 hat eine Antwort geschickt, die nicht der Admin-API von Kratos entspricht (%2). Zeigt die Admin-URL auf den Admin-Port von Kratos?</translation>
    </message>
    <message>
        <source>The answer from %1 was larger than the %2 limit and was discarded.</source>
        <translation>Die Antwort von %1 war größer als die Grenze von %2 und wurde verworfen.</translation>
    </message>
    <message>
        <source>This connection profile is read-only, so &quot;%1&quot; was not sent. Edit the profile to allow changes.</source>
        <translation>Dieses Verbindungsprofil ist nur zum Lesen, daher wurde „%1“ nicht gesendet. Erlauben Sie Änderungen im Profil.</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>die Änderung</translation>
    </message>
    <message>
        <source>Nothing was sent: every change is recorded in the audit trail first, and the trail cannot be written (%1). Changes stay refused until it can; reading still works.</source>
        <translation>Nichts gesendet: Jede Änderung wird zuerst im Prüfprotokoll festgehalten, und das Protokoll kann nicht geschrieben werden (%1). Bis dahin bleiben Änderungen verweigert; Lesen geht weiter.</translation>
    </message>
    <message>
        <source>Kratos refused the admin token (401). Check the token saved for this profile; Ory Network needs a project API key (ory_pat_…).</source>
        <translation>Kratos hat das Admin-Token abgelehnt (401). Prüfen Sie das für dieses Profil gespeicherte Token; Ory Network braucht einen Projekt-API-Schlüssel (ory_pat_…).</translation>
    </message>
    <message>
        <source>The admin token is not allowed to do this (403)%1</source>
        <translation>Das Admin-Token darf das nicht (403)%1</translation>
    </message>
    <message>
        <source>%1 does not know this endpoint (404). The Kratos version may be too old for it, or the URL does not point at Kratos&apos;s admin API.</source>
        <translation>%1 kennt diesen Endpunkt nicht (404). Die Kratos-Version ist dafür vielleicht zu alt, oder die URL zeigt nicht auf die Admin-API von Kratos.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the resource does not exist (any more).</source>
        <translation>die Ressource existiert (nicht mehr).</translation>
    </message>
    <message>
        <source>%1 does not support this call (405). The Kratos version may be too old for it.</source>
        <translation>%1 unterstützt diesen Aufruf nicht (405). Die Kratos-Version ist dafür vielleicht zu alt.</translation>
    </message>
    <message>
        <source>Kratos is limiting the request rate (429). Try again in %1 s.</source>
        <translation>Kratos begrenzt die Anfragerate (429). Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>Kratos is limiting the request rate (429). Try again shortly.</source>
        <translation>Kratos begrenzt die Anfragerate (429). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Kratos reported a server error (%1)%2</source>
        <translation>Kratos meldet einen Serverfehler (%1)%2</translation>
    </message>
    <message>
        <source>The request failed with status %1.</source>
        <translation>Die Anfrage ist mit Status %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Vorgang: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1 %2</source>
        <translation>HTTP-Status: %1 %2</translation>
    </message>
    <message>
        <source>Kratos error id: %1</source>
        <translation>Kratos-Fehler-ID: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Nachricht: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Retry-After: %1 s</source>
        <translation>Retry-After: %1 s</translation>
    </message>
    <message>
        <source>Detail: </source>
        <translation>Detail: </translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the profile&apos;s public URL, the network, and that Kratos is running.</source>
        <translation>%1 war nicht erreichbar (%2). Prüfen Sie die öffentliche URL des Profils, das Netzwerk und ob Kratos läuft.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not what Kratos&apos;s public API sends (%2). Is the public URL pointing at Kratos&apos;s public port?</source>
        <translation>%1 hat eine Antwort gesendet, die nicht der öffentlichen API von Kratos entspricht (%2). Zeigt die öffentliche URL auf den öffentlichen Port von Kratos?</translation>
    </message>
    <message>
        <source>%1 does not know this endpoint (404). The public URL may not point at Kratos&apos;s public API.</source>
        <translation>%1 kennt diesen Endpunkt nicht (404). Die öffentliche URL zeigt möglicherweise nicht auf die öffentliche API von Kratos.</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>Grund erforderlich</translation>
    </message>
    <message>
        <source>Nothing was sent: this profile asks for a reason or ticket reference with every change. Give one in the confirmation, or with --reason on the command line.</source>
        <translation>Nichts gesendet: Dieses Profil verlangt zu jeder Änderung einen Grund oder eine Ticketnummer. Geben Sie ihn in der Bestätigung an, auf der Kommandozeile mit --reason.</translation>
    </message>
</context>
<context>
    <name>ApiRequest</name>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>The server redirected to an unusable address.</source>
        <translation>Der Server hat auf eine unbrauchbare Adresse umgeleitet.</translation>
    </message>
    <message>
        <source>The server redirected more than %1 times.</source>
        <translation>Der Server hat mehr als %1-mal umgeleitet.</translation>
    </message>
    <message>
        <source>The server answered a change with a redirect to %1; changes are not re-sent to another address. Check that the admin URL points at Kratos&apos;s admin port.</source>
        <translation>Der Server hat eine Änderung mit einer Umleitung nach %1 beantwortet; Änderungen werden nicht an eine andere Adresse erneut gesendet. Prüfen Sie, ob die Admin-URL auf den Admin-Port von Kratos zeigt.</translation>
    </message>
    <message>
        <source>The server redirected from https to plain http (%1); not followed.</source>
        <translation>Der Server hat von https auf unverschlüsseltes http umgeleitet (%1); nicht gefolgt.</translation>
    </message>
    <message>
        <source>certificate for &quot;%1&quot; issued by &quot;%2&quot;, valid %3 to %4, SHA-256 %5</source>
        <translation>Zertifikat für „%1“, ausgestellt von „%2“, gültig von %3 bis %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) to %2, which is not followed.</source>
        <translation>Der Server antwortete mit einer Umleitung (HTTP %1) nach %2; ihr wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer was cut short: %1 of the %2 bytes it announced</source>
        <translation>die Antwort brach ab: %1 der angekündigten %2 Bytes</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>the collector holds a checkpoint sent at %1 of another trail of this profile (it began with record hash %2…): this trail does not continue it, so it was rewritten from its first record or replaced</source>
        <translation>der Sammeldienst hat einen am %1 gesendeten Prüfpunkt eines anderen Protokolls dieses Profils (es begann mit dem Datensatz-Hash %2…): dieses Protokoll setzt es nicht fort, es wurde also ab dem ersten Datensatz neu geschrieben oder ersetzt</translation>
    </message>
    <message>
        <source>the checkpoint sent at %1 names record %2, but the trail ends at record %3: its end was cut off</source>
        <translation>der am %1 gesendete Prüfpunkt nennt Datensatz %2, aber das Protokoll endet bei Datensatz %3: sein Ende wurde abgeschnitten</translation>
    </message>
    <message>
        <source>record %1 no longer matches the checkpoint sent at %2: the trail was rewritten at or before record %1</source>
        <translation>Datensatz %1 passt nicht mehr zum am %2 gesendeten Prüfpunkt: das Protokoll wurde bei oder vor Datensatz %1 neu geschrieben</translation>
    </message>
    <message>
        <source>the collector holds checkpoints only of the trail this one replaced: nothing anchors this trail yet</source>
        <translation>der Sammeldienst hat nur Prüfpunkte des Protokolls, das dieses ersetzt hat: dieses Protokoll ist noch durch nichts verankert</translation>
    </message>
    <message>
        <source>the collector holds no checkpoint of this trail: nothing anchors it</source>
        <translation>der Sammeldienst hat keinen Prüfpunkt dieses Protokolls: es ist durch nichts verankert</translation>
    </message>
    <message>
        <source>the collector has no copy of the checkpoint written at %1 (after record %2)</source>
        <translation>dem Sammeldienst fehlt der am %1 geschriebene Prüfpunkt (nach Datensatz %2)</translation>
    </message>
    <message>
        <source>records %1 to %2 come after the last checkpoint the collector holds: not anchored yet</source>
        <translation>die Datensätze %1 bis %2 folgen auf den letzten Prüfpunkt des Sammeldiensts: noch nicht verankert</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit trail — %1</source>
        <translation>Prüfprotokoll — %1</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Jede Bedienperson</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bedienperson</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Export shown…</source>
        <translation>Angezeigte exportieren…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>no outcome recorded</source>
        <translation>kein Ergebnis festgehalten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) shown</source>
        <translation>
            <numerusform>%Ln Aktion angezeigt</numerusform>
            <numerusform>%Ln Aktionen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln audit record(s)</source>
        <translation>
            <numerusform>%Ln Prüfeintrag exportieren</numerusform>
            <numerusform>%Ln Prüfeinträge exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: cannot write %1: %2</source>
        <translation>Nichts exportiert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>✔ The chain is intact: %Ln line(s), none changed or removed.</source>
        <translation>
            <numerusform>✔ Die Kette ist intakt: %Ln Zeile, nichts geändert oder entfernt.</numerusform>
            <numerusform>✔ Die Kette ist intakt: %Ln Zeilen, nichts geändert oder entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ Broken at line %1: %2</source>
        <translation>✘ Unterbrochen bei Zeile %1: %2</translation>
    </message>
    <message>
        <source>Operator filter</source>
        <translation>Filter nach Bedienperson</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filter nach Aktion</translation>
    </message>
    <message>
        <source>Target filter</source>
        <translation>Filter nach Ziel</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Prüfeinträge</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Ausgewählter Eintrag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>✘ Broken: %1</source>
        <translation>✘ Beschädigt: %1</translation>
    </message>
    <message>
        <source>It was started again on %1 after damage was found (%2); the damaged trail was kept under another name.</source>
        <translation>Es wurde am %1 neu begonnen, nachdem ein Schaden gefunden wurde (%2); das beschädigte Protokoll wurde unter anderem Namen aufbewahrt.</translation>
    </message>
    <message>
        <source>Target, words or reason contain…</source>
        <translation>Ziel, Text oder Grund enthält …</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Import trail…</source>
        <translation>Protokoll importieren…</translation>
    </message>
    <message>
        <source>Import another operator&apos;s trail</source>
        <translation>Protokoll einer anderen Bedienperson importieren</translation>
    </message>
    <message numerus="yes">
        <source>This trail (%Ln record(s) by %1) was imported before.</source>
        <translation>
            <numerusform>Dieses Protokoll (%Ln Eintrag von %1) wurde schon importiert.</numerusform>
            <numerusform>Dieses Protokoll (%Ln Einträge von %1) wurde schon importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filter nach Protokoll</translation>
    </message>
    <message>
        <source>Every trail</source>
        <translation>Alle Protokolle</translation>
    </message>
    <message>
        <source>This computer&apos;s</source>
        <translation>Dieses Computers</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importierte</translation>
    </message>
    <message>
        <source>Imported trails come from other desks (Import trail…) or from the syslog collector</source>
        <translation>Importierte Protokolle stammen von anderen Arbeitsplätzen (Protokoll importieren…) oder vom Syslog-Sammler</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Another operator&apos;s trail file, or the syslog collector&apos;s file: verified, then kept here, so that this list and identities&apos; History show their actions</source>
        <translation>Die Protokolldatei eines anderen Bearbeiters oder die Datei des Syslog-Sammlers: geprüft und hier aufbewahrt, damit diese Liste und der Verlauf der Identitäten deren Aktionen zeigen</translation>
    </message>
    <message>
        <source>Audit trails (*.jsonl);;Syslog collector files (*.log);;All files (*)</source>
        <translation>Audit-Protokolle (*.jsonl);;Dateien des Syslog-Sammlers (*.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s) by %1: this list and identities&apos; History show them, marked as imported.</source>
        <translation>
            <numerusform>%Ln Eintrag von %1 importiert: Diese Liste und der Verlauf der Identitäten zeigen ihn, als importiert markiert.</numerusform>
            <numerusform>%Ln Einträge von %1 importiert: Diese Liste und der Verlauf der Identitäten zeigen sie, als importiert markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The collector&apos;s file holds %Ln record(s) of this app.</source>
        <translation>
            <numerusform>Die Datei des Sammlers enthält %Ln Eintrag dieser App.</numerusform>
            <numerusform>Die Datei des Sammlers enthält %Ln Einträge dieser App.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSyslogImport</name>
    <message numerus="yes">
        <source>%Ln split record(s) did not come whole: left out.</source>
        <translation>
            <numerusform>%Ln geteilter Eintrag kam nicht vollständig an: ausgelassen.</numerusform>
            <numerusform>%Ln geteilte Einträge kamen nicht vollständig an: ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) with a part number that is not one: left out.</source>
        <translation>
            <numerusform>%Ln Zeile mit ungültiger Teilnummer: ausgelassen.</numerusform>
            <numerusform>%Ln Zeilen mit ungültiger Teilnummer: ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) that are not audit records: left out.</source>
        <translation>
            <numerusform>%Ln Eintrag, der kein Audit-Eintrag ist: ausgelassen.</numerusform>
            <numerusform>%Ln Einträge, die keine Audit-Einträge sind: ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Only the first %1 MiB of %2 were read.</source>
        <translation>Nur die ersten %1 MiB von %2 wurden gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s) longer than 1 MiB were skipped.</source>
        <translation>
            <numerusform>%1: %Ln Zeile länger als 1 MiB wurde übersprungen.</numerusform>
            <numerusform>%1: %Ln Zeilen länger als 1 MiB wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is one of this computer&apos;s own trails: it is read already.</source>
        <translation>Dies ist ein eigenes Protokoll dieses Computers: Es wird bereits gelesen.</translation>
    </message>
    <message>
        <source>Not imported: cannot read %1.</source>
        <translation>Nicht importiert: %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It continues a trail imported before.</source>
        <translation>Es setzt ein früher importiertes Protokoll fort.</translation>
    </message>
    <message>
        <source>Rebuilt from the collector: without the writer&apos;s head file a cut-off end cannot be noticed.</source>
        <translation>Aus dem Sammler wiederhergestellt: Ohne die Kopfdatei des Schreibenden fällt ein abgeschnittenes Ende nicht auf.</translation>
    </message>
    <message>
        <source>Two different records claim to be record %1: only the records before it were imported.</source>
        <translation>Zwei verschiedene Einträge geben sich als Eintrag %1 aus: Nur die Einträge davor wurden importiert.</translation>
    </message>
    <message>
        <source>Not imported: cannot write %1: %2</source>
        <translation>Nicht importiert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %Ln record(s) from the trail&apos;s first record on do not join: a record was changed on the way.</source>
        <translation>
            <numerusform>Nicht importiert: %Ln Eintrag ab dem ersten Eintrag des Protokolls schließt nicht an: Ein Eintrag wurde unterwegs verändert.</numerusform>
            <numerusform>Nicht importiert: %Ln Einträge ab dem ersten Eintrag des Protokolls schließen nicht an: Ein Eintrag wurde unterwegs verändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %Ln record(s) from record %1 on do not join their trail&apos;s start: record %2 is missing, or does not match.</source>
        <translation>
            <numerusform>Nicht importiert: %Ln Eintrag ab Eintrag %1 schließt nicht an den Anfang seines Protokolls an: Eintrag %2 fehlt oder passt nicht.</numerusform>
            <numerusform>Nicht importiert: %Ln Einträge ab Eintrag %1 schließen nicht an den Anfang ihres Protokolls an: Eintrag %2 fehlt oder passt nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more trail(s) start in these files than the %1 followed in one import: not imported.</source>
        <translation>
            <numerusform>%Ln weiteres Protokoll beginnt in diesen Dateien über die %1 hinaus, die ein Import verfolgt: nicht importiert.</numerusform>
            <numerusform>%Ln weitere Protokolle beginnen in diesen Dateien über die %1 hinaus, die ein Import verfolgt: nicht importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailCheck</name>
    <message>
        <source>the trail file is missing, but its head records %1 lines</source>
        <translation>die Protokolldatei fehlt, aber ihr Kopfeintrag verzeichnet %1 Zeilen</translation>
    </message>
    <message>
        <source>the trail file and its head are missing, but records were written to this trail</source>
        <translation>die Protokolldatei und ihr Kopfeintrag fehlen, aber in dieses Protokoll wurden Datensätze geschrieben</translation>
    </message>
    <message>
        <source>the trail file cannot be read: %1</source>
        <translation>die Protokolldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>line %1 is empty</source>
        <translation>Zeile %1 ist leer</translation>
    </message>
    <message>
        <source>line %1 is not a valid audit record</source>
        <translation>Zeile %1 ist kein gültiger Protokolleintrag</translation>
    </message>
    <message>
        <source>line %1 does not follow line %2: a line was changed, inserted or removed</source>
        <translation>Zeile %1 folgt nicht auf Zeile %2: eine Zeile wurde geändert, eingefügt oder entfernt</translation>
    </message>
    <message>
        <source>line %1 holds record number %2: records were renumbered</source>
        <translation>Zeile %1 enthält Datensatz Nummer %2: Datensätze wurden umnummeriert</translation>
    </message>
    <message>
        <source>the trail&apos;s head record cannot be read</source>
        <translation>der Kopfeintrag des Protokolls kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the trail&apos;s head record is missing</source>
        <translation>der Kopfeintrag des Protokolls fehlt</translation>
    </message>
    <message>
        <source>the trail ends after line %1 but %2 lines were written: its end was cut off</source>
        <translation>das Protokoll endet nach Zeile %1, geschrieben wurden aber %2 Zeilen: sein Ende wurde abgeschnitten</translation>
    </message>
    <message>
        <source>lines from %1 on were added after the app last wrote the trail (its head records %2 lines)</source>
        <translation>die Zeilen ab %1 wurden angefügt, nachdem die App zuletzt in das Protokoll schrieb (sein Kopfeintrag verzeichnet %2 Zeilen)</translation>
    </message>
    <message>
        <source>line %1, the last, was changed after it was written: it does not match the trail&apos;s head</source>
        <translation>Zeile %1, die letzte, wurde nach dem Schreiben geändert: sie passt nicht zum Kopfeintrag des Protokolls</translation>
    </message>
</context>
<context>
    <name>AuditTrailImport</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>%1 is one of this computer&apos;s own trails: it is read already.</source>
        <translation>%1 ist ein eigenes Prüfprotokoll dieses Rechners: Es wird schon gelesen.</translation>
    </message>
    <message>
        <source>Not imported: the trail does not verify at line %1: %2</source>
        <translation>Nicht importiert: Das Protokoll ist bei Zeile %1 nicht stimmig: %2</translation>
    </message>
    <message>
        <source>Not imported: the trail does not verify: %1</source>
        <translation>Nicht importiert: Das Protokoll ist nicht stimmig: %1</translation>
    </message>
    <message>
        <source>Not imported: %1 holds no records.</source>
        <translation>Nicht importiert: %1 enthält keine Einträge.</translation>
    </message>
    <message>
        <source>No head file came with it, so a cut-off end could not be noticed.</source>
        <translation>Es kam ohne Kopfdatei, daher wäre ein abgeschnittenes Ende nicht zu erkennen.</translation>
    </message>
    <message>
        <source>Not imported: cannot make the folder %1.</source>
        <translation>Nicht importiert: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
</context>
<context>
    <name>BackgroundFile</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln identities</source>
        <translation>
            <numerusform>%1 — %Ln Identität</numerusform>
            <numerusform>%1 — %Ln Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>Kratos is limiting the rate: continuing in %Ln s.</source>
        <translation>
            <numerusform>Kratos begrenzt die Anfragerate: weiter in %Ln s.</numerusform>
            <numerusform>Kratos begrenzt die Anfragerate: weiter in %Ln s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>%1 done, %2 failed or cancelled</source>
        <translation>%1 erledigt, %2 fehlgeschlagen oder abgebrochen</translation>
    </message>
    <message>
        <source>Results per identity</source>
        <translation>Ergebnisse je Identität</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln sessions</source>
        <translation>
            <numerusform>%1 — %Ln Sitzung</numerusform>
            <numerusform>%1 — %Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Results per session</source>
        <translation>Ergebnisse je Sitzung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Alle Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities will be set to inactive and can no longer sign in.</source>
        <translation>
            <numerusform>%Ln Identität wird deaktiviert und kann sich nicht mehr anmelden.</numerusform>
            <numerusform>%Ln Identitäten werden deaktiviert und können sich nicht mehr anmelden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities will be set to active and can sign in again.</source>
        <translation>
            <numerusform>%Ln Identität wird aktiviert und kann sich wieder anmelden.</numerusform>
            <numerusform>%Ln Identitäten werden aktiviert und können sich wieder anmelden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every session of %Ln identities will be deleted.</source>
        <translation>
            <numerusform>Jede Sitzung von %Ln Identität wird gelöscht.</numerusform>
            <numerusform>Jede Sitzung von %Ln Identitäten wird gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Identität wird endgültig gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%Ln Identitäten werden endgültig gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) will be revoked: each of those devices is signed out. The session records stay, marked inactive.</source>
        <translation>
            <numerusform>%Ln Sitzung wird widerrufen: Das Gerät wird abgemeldet. Der Sitzungsdatensatz bleibt, als inaktiv markiert.</numerusform>
            <numerusform>%Ln Sitzungen werden widerrufen: Jedes dieser Geräte wird abgemeldet. Die Sitzungsdatensätze bleiben, als inaktiv markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Not loaded yet.</source>
        <translation>Noch nicht geladen.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Export chart numbers</source>
        <translation>Zahlen des Diagramms exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The numbers could not be written to %1: %2</source>
        <translation>Die Zahlen konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Copy or save this chart</source>
        <translation>Dieses Diagramm kopieren oder speichern</translation>
    </message>
    <message>
        <source>Copy or save the chart “%1”</source>
        <translation>Das Diagramm „%1“ kopieren oder speichern</translation>
    </message>
    <message>
        <source>Copy the picture</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>Export the numbers as CSV…</source>
        <translation>Zahlen als CSV exportieren …</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>&amp;Reset columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>This is a production profile. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>Dies ist ein Produktionsprofil. Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein.</translation>
    </message>
    <message>
        <source>Text to type to confirm</source>
        <translation>Zur Bestätigung einzugebender Text</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>Connected: the admin API answers and accepts the token.</source>
        <translation>Verbunden: Die Admin-API antwortet und nimmt das Token an.</translation>
    </message>
    <message>
        <source>Connected to Kratos %1%2.</source>
        <translation>Verbunden mit Kratos %1%2.</translation>
    </message>
    <message>
        <source>, ready</source>
        <translation>, bereit</translation>
    </message>
    <message>
        <source>, but it reports it is not ready</source>
        <translation>, meldet aber, dass er nicht bereit ist</translation>
    </message>
    <message>
        <source>No public URL: verification and recovery messages cannot be sent from this app.</source>
        <translation>Keine öffentliche URL: Bestätigungs- und Wiederherstellungsnachrichten können aus dieser App nicht gesendet werden.</translation>
    </message>
    <message>
        <source>enabled (%1)</source>
        <translation>aktiviert (%1)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>not reachable (%1)</source>
        <translation>nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>Public flows: verification %1, recovery %2.</source>
        <translation>Öffentliche Abläufe: Bestätigung %1, Wiederherstellung %2.</translation>
    </message>
</context>
<context>
    <name>ContextMenuKeys</name>
    <message>
        <source>Open the context menu of the list or tree in focus</source>
        <translation>Kontextmenü der Liste oder des Baums im Fokus öffnen</translation>
    </message>
</context>
<context>
    <name>CopySummaryButton</name>
    <message>
        <source>Copy for ticket</source>
        <translation>Für Ticket kopieren</translation>
    </message>
    <message>
        <source>Put a summary of this identity on the clipboard for a support ticket (Ctrl+Shift+C): state, addresses, credentials, last sign-in, last message, the sign-in check. Never a secret; the copy is recorded in the audit trail.</source>
        <translation>Eine Zusammenfassung dieser Identität für ein Support-Ticket in die Zwischenablage legen (Strg+Umschalt+C): Zustand, Adressen, Anmeldedaten, letzte Anmeldung, letzte Nachricht, die Anmeldeprüfung. Nie ein Geheimnis; das Kopieren wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CopyableTree</name>
    <message>
        <source>Details: copy the selected value</source>
        <translation>Details: ausgewählten Wert kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;field and value</source>
        <translation>&amp;Feld und Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;branch as text</source>
        <translation>&amp;Zweig als Text kopieren</translation>
    </message>
</context>
<context>
    <name>CourierMessageModel</name>
    <message>
        <source>Recovery link (valid)</source>
        <translation>Wiederherstellungslink (gültig)</translation>
    </message>
    <message>
        <source>Recovery attempt (unknown address)</source>
        <translation>Wiederherstellungsversuch (unbekannte Adresse)</translation>
    </message>
    <message>
        <source>Recovery code (valid)</source>
        <translation>Wiederherstellungscode (gültig)</translation>
    </message>
    <message>
        <source>Recovery code (unknown address)</source>
        <translation>Wiederherstellungscode (unbekannte Adresse)</translation>
    </message>
    <message>
        <source>Verification link (valid)</source>
        <translation>Bestätigungslink (gültig)</translation>
    </message>
    <message>
        <source>Verification attempt (unknown address)</source>
        <translation>Bestätigungsversuch (unbekannte Adresse)</translation>
    </message>
    <message>
        <source>Verification code (valid)</source>
        <translation>Bestätigungscode (gültig)</translation>
    </message>
    <message>
        <source>Verification code (unknown address)</source>
        <translation>Bestätigungscode (unbekannte Adresse)</translation>
    </message>
    <message>
        <source>Login code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <source>Address changed notice</source>
        <translation>Hinweis: Adresse geändert</translation>
    </message>
    <message>
        <source>Authenticator added notice</source>
        <translation>Hinweis: Authentifikator hinzugefügt</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>(redacted by Kratos)</source>
        <translation>(von Kratos geschwärzt)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Sendet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>The courier list was more than an hour old; Kratos no longer pages through it, so it was reloaded from the newest message.</source>
        <translation>Die Kurierliste war älter als eine Stunde; Kratos blättert dort nicht mehr weiter, daher wurde sie ab der neuesten Nachricht neu geladen.</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>List courier messages</source>
        <translation>Kuriernachrichten auflisten</translation>
    </message>
</context>
<context>
    <name>CourierPage</name>
    <message>
        <source>Auto-refresh</source>
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Recipient (exact e-mail address or phone number)</source>
        <translation>Empfänger (genaue E-Mail-Adresse oder Telefonnummer)</translation>
    </message>
    <message>
        <source>Message status</source>
        <translation>Nachrichtenstatus</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Courier messages</source>
        <translation>Kuriernachrichten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Courier: go to the recipient filter</source>
        <translation>Kurier: zum Empfängerfilter</translation>
    </message>
    <message>
        <source>Courier: load the messages again</source>
        <translation>Kurier: Nachrichten neu laden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) loaded: </source>
        <translation>
            <numerusform>%Ln Nachricht geladen: </numerusform>
            <numerusform>%Ln Nachrichten geladen: </numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the list yet: the list is loading…</source>
        <translation>Noch nicht in der Liste: die Liste wird geladen …</translation>
    </message>
    <message>
        <source>the status filter “%1”</source>
        <translation>den Statusfilter „%1“</translation>
    </message>
    <message>
        <source>the recipient filter “%1”</source>
        <translation>den Empfängerfilter „%1“</translation>
    </message>
    <message>
        <source>Not in the list: hidden by %1.</source>
        <translation>Nicht in der Liste: ausgeblendet durch %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <source>Not in the list: not among the %Ln messages loaded so far.</source>
        <translation>
            <numerusform>Nicht in der Liste: nicht unter der bisher geladenen %Ln Nachricht.</numerusform>
            <numerusform>Nicht in der Liste: nicht unter den bisher geladenen %Ln Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the list any more.</source>
        <translation>Nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>a message was queued at %1, after it was read: Refresh to see it</source>
        <translation>um %1 wurde eine Nachricht eingereiht, nachdem die Liste gelesen wurde: Aktualisieren zeigt sie</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Create…</source>
        <translation>Anlegen…</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>Identität anlegen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Traits:</source>
        <translation>Merkmale:</translation>
    </message>
    <message>
        <source>Loading identity schemas…</source>
        <translation>Identitätsschemas werden geladen…</translation>
    </message>
    <message>
        <source>A new %1 identity with schema &quot;%2&quot; will be created with these traits. It has no password until one is set through recovery.</source>
        <translation>Eine neue Identität %1 mit dem Schema „%2“ wird mit diesen Merkmalen angelegt. Sie hat kein Passwort, bis eines über die Wiederherstellung gesetzt wird.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Fix these before creating (schema &quot;%1&quot;):</source>
        <translation>Vor dem Anlegen zu beheben (Schema „%1“):</translation>
    </message>
</context>
<context>
    <name>DeepLink</name>
    <message>
        <source>The text is too long for a link (%1 characters; at most %2).</source>
        <translation>Der Text ist zu lang für einen Link (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>There is nothing to open: the text is empty.</source>
        <translation>Es gibt nichts zu öffnen: Der Text ist leer.</translation>
    </message>
    <message>
        <source>The text holds control or invisible characters; it is not opened.</source>
        <translation>Der Text enthält Steuer- oder unsichtbare Zeichen; er wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>The text is neither a kratos-desk:// link, an identity&apos;s ID nor a login identifier.</source>
        <translation>Der Text ist weder ein kratos-desk://-Link noch die ID einer Identität noch eine Kennung.</translation>
    </message>
    <message>
        <source>Only kratos-desk:// links are opened, not “%1”.</source>
        <translation>Geöffnet werden nur kratos-desk://-Links, nicht „%1“.</translation>
    </message>
    <message>
        <source>A kratos-desk link starts with kratos-desk://open?</source>
        <translation>Ein kratos-desk-Link beginnt mit kratos-desk://open?</translation>
    </message>
    <message>
        <source>The link has a part this version does not know: “%1”.</source>
        <translation>Der Link hat einen Teil, den diese Version nicht kennt: „%1“.</translation>
    </message>
    <message>
        <source>The link names “%1” more than once.</source>
        <translation>Der Link nennt „%1“ mehr als einmal.</translation>
    </message>
    <message>
        <source>The link&apos;s “%1” is empty or holds invisible characters.</source>
        <translation>„%1“ im Link ist leer oder enthält unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>The link names an identity and something else; it can open one thing.</source>
        <translation>Der Link nennt eine Identität und noch etwas; er kann nur eines öffnen.</translation>
    </message>
    <message>
        <source>A courier message is named by its ID, a UUID; “%1” is not one.</source>
        <translation>Eine Courier-Nachricht wird mit ihrer ID genannt, einer UUID; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>A session is named by its ID, a UUID; “%1” is not one.</source>
        <translation>Eine Sitzung wird durch ihre ID benannt, eine UUID; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>The link names nothing to open: it needs identity=…, session=… or page=courier&amp;message=….</source>
        <translation>Der Link nennt nichts zum Öffnen: Er braucht identity=…, session=… oder page=courier&amp;message=….</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message numerus="yes">
        <source>Retried %Ln time(s) automatically; retry yourself when ready.</source>
        <translation>
            <numerusform>%Ln-mal automatisch wiederholt; versuchen Sie es selbst erneut, wenn Sie so weit sind.</numerusform>
            <numerusform>%Ln-mal automatisch wiederholt; versuchen Sie es selbst erneut, wenn Sie so weit sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %Ln s.</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %Ln s.</numerusform>
            <numerusform>%1 Neuer Versuch in %Ln s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Rows shown, after search and filters (%Ln)</source>
        <translation>
            <numerusform>Angezeigte Zeilen, nach Suche und Filtern (%Ln)</numerusform>
            <numerusform>Angezeigte Zeilen, nach Suche und Filtern (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All loaded identities (%Ln)</source>
        <translation>
            <numerusform>Alle geladenen Identitäten (%Ln)</numerusform>
            <numerusform>Alle geladenen Identitäten (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%Ln)</source>
        <translation>
            <numerusform>Ausgewählte Zeile (%Ln)</numerusform>
            <numerusform>Ausgewählte Zeilen (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export identities</source>
        <translation>Identitäten exportieren</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>Kratos import JSON</source>
        <translation>Kratos-Import-JSON</translation>
    </message>
    <message>
        <source>The file holds personal data. It is readable by you only, and the export is recorded in the audit trail.</source>
        <translation>Die Datei enthält personenbezogene Daten. Nur Sie können sie lesen, und der Export wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Nothing was exported: every export is recorded in the audit trail first, and the trail cannot be written (%1).</source>
        <translation>Nichts exportiert: Jeder Export wird zuerst im Prüfprotokoll festgehalten, und das Protokoll kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Nothing was exported: cannot write %1: %2</source>
        <translation>Nichts exportiert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing was exported: this profile asks for a reason or ticket reference with every export. Give one in the export dialog, or with --reason on the command line.</source>
        <translation>Nichts exportiert: Dieses Profil verlangt zu jedem Export einen Grund oder eine Ticketnummer. Geben Sie ihn im Exportdialog an, auf der Kommandozeile mit --reason.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <source>Remove every restriction of this list (also Esc in the empty search box)</source>
        <translation>Entfernt jede Einschränkung dieser Liste (auch Esc im leeren Suchfeld)</translation>
    </message>
    <message>
        <source>Remove restriction: %1</source>
        <translation>Einschränkung entfernen: %1</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove this restriction: %1</source>
        <translation>Diese Einschränkung entfernen: %1</translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <source>Login identifier is</source>
        <translation>Kennung ist</translation>
    </message>
    <message>
        <source>Login identifier starts with</source>
        <translation>Kennung beginnt mit</translation>
    </message>
    <message>
        <source>Identity IDs</source>
        <translation>Identitäts-IDs</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Organisation ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <source>Search Kratos</source>
        <translation>In Kratos suchen</translation>
    </message>
    <message>
        <source>Search Kratos: email, username, phone… (Ctrl+F)</source>
        <translation>In Kratos suchen: E-Mail, Benutzername, Telefon… (Strg+F)</translation>
    </message>
    <message>
        <source>Filter loaded identities</source>
        <translation>Geladene Identitäten filtern</translation>
    </message>
    <message>
        <source>Filter loaded rows: any trait text</source>
        <translation>Geladene Zeilen filtern: beliebiger Merkmalstext</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Kratos searches by one filter at a time: pick what the text is. Exact identifiers match emails, usernames and phone numbers used to sign in.</source>
        <translation>Kratos sucht mit jeweils einem Filter: Wählen Sie, was der Text ist. Genaue Kennungen sind E-Mail-Adressen, Benutzernamen und Telefonnummern, mit denen man sich anmeldet.</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Identities: copy the selected identities&apos; IDs</source>
        <translation>Identitäten: IDs der ausgewählten Identitäten kopieren</translation>
    </message>
    <message>
        <source>Identities: go to the search box</source>
        <translation>Identitäten: zum Suchfeld</translation>
    </message>
    <message>
        <source>Identities: load the list again</source>
        <translation>Identitäten: Liste neu laden</translation>
    </message>
    <message>
        <source>Identities: delete the selected identity (asks first)</source>
        <translation>Identitäten: ausgewählte Identität löschen (mit Rückfrage)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown of %1 loaded (%2 hidden by filters)</source>
        <translation>
            <numerusform>%Ln von %1 angezeigt, %2 ausgefiltert</numerusform>
            <numerusform>%Ln von %1 angezeigt, %2 ausgefiltert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, all loaded</source>
        <translation>
            <numerusform>%Ln angezeigt, alle geladen</numerusform>
            <numerusform>%Ln angezeigt, alle geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, more on the server</source>
        <translation>
            <numerusform>%Ln angezeigt, weitere auf dem Server</numerusform>
            <numerusform>%Ln angezeigt, weitere auf dem Server</numerusform>
        </translation>
    </message>
    <message>
        <source> · sorted among the loaded rows only</source>
        <translation> · sortiert nur unter den geladenen Zeilen</translation>
    </message>
    <message>
        <source>Search: %1 “%2”</source>
        <translation>Suche: %1 „%2“</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Filter: “%1”</source>
        <translation>Filter: „%1“</translation>
    </message>
    <message>
        <source>Identities: copy a summary of the identity shown for a support ticket</source>
        <translation>Identitäten: Zusammenfassung der angezeigten Identität für ein Support-Ticket kopieren</translation>
    </message>
    <message>
        <source>Identities: open the identity shown in a window of its own</source>
        <translation>Identitäten: die angezeigte Identität in einem eigenen Fenster öffnen</translation>
    </message>
</context>
<context>
    <name>IdentityActions</name>
    <message>
        <source>Activate identity</source>
        <translation>Identität aktivieren</translation>
    </message>
    <message>
        <source>%1 (%2) will be set to active: they can sign in again.</source>
        <translation>%1 (%2) wird aktiviert: Die Person kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate identity</source>
        <translation>Identität deaktivieren</translation>
    </message>
    <message>
        <source>%1 (%2) will be set to inactive: they can no longer sign in until someone activates them again. Their current sessions are not revoked.</source>
        <translation>%1 (%2) wird deaktiviert: Die Person kann sich nicht mehr anmelden, bis sie wieder aktiviert wird. Ihre laufenden Sitzungen werden nicht widerrufen.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete identity</source>
        <translation>Identität löschen</translation>
    </message>
    <message>
        <source>%1 (%2) will be deleted for good, with its credentials and sessions. This cannot be undone.</source>
        <translation>%1 (%2) wird endgültig gelöscht, mit allen Anmeldedaten und Sitzungen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>the %1 credential</source>
        <translation>die Anmeldedaten %1</translation>
    </message>
    <message>
        <source>the %1 link %2</source>
        <translation>die Verknüpfung %1 %2</translation>
    </message>
    <message>
        <source>Delete credential</source>
        <translation>Anmeldedaten löschen</translation>
    </message>
    <message>
        <source>%1 will be removed from %2 (%3). They can no longer sign in with it; other credentials stay.</source>
        <translation>%1 wird von %2 (%3) entfernt. Damit ist keine Anmeldung mehr möglich; andere Anmeldedaten bleiben.</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Alle Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Every session of %1 (%2) will be deleted: they are signed out on every device.</source>
        <translation>Jede Sitzung von %1 (%2) wird gelöscht: Die Person wird auf allen Geräten abgemeldet.</translation>
    </message>
    <message>
        <source>Revoke all</source>
        <translation>Alle widerrufen</translation>
    </message>
    <message>
        <source>Also revoke all sessions (sign them out on every device now)</source>
        <translation>Auch alle Sitzungen widerrufen (jetzt auf jedem Gerät abmelden)</translation>
    </message>
    <message>
        <source>%1 (%2) will be set to inactive: they can no longer sign in until someone activates them again. Then every session of theirs is revoked: they are signed out on every device at once.</source>
        <translation>%1 (%2) wird auf inaktiv gesetzt: Die Person kann sich nicht mehr anmelden, bis jemand sie wieder aktiviert. Danach werden alle ihre Sitzungen widerrufen: Sie wird auf jedem Gerät sofort abgemeldet.</translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation>Identität bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Identity %1 will be changed by %Ln operation(s):</source>
        <translation>
            <numerusform>Identität %1 wird durch %Ln Operation geändert:</numerusform>
            <numerusform>Identität %1 wird durch %Ln Operationen geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>IdentityBatchResult</name>
    <message>
        <source>no result for this identity (%1 results for %2 identities)</source>
        <translation>kein Ergebnis für diese Identität (%1 Ergebnisse für %2 Identitäten)</translation>
    </message>
</context>
<context>
    <name>IdentityClash</name>
    <message>
        <source>Another identity (%1) already uses %2.</source>
        <translation>Eine andere Identität (%1) verwendet bereits %2.</translation>
    </message>
</context>
<context>
    <name>IdentityDetailPane</name>
    <message>
        <source>Recovery…</source>
        <translation>Wiederherstellung…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Open schema</source>
        <translation>Schema öffnen</translation>
    </message>
    <message>
        <source>Selected identity</source>
        <translation>Ausgewählte Identität</translation>
    </message>
    <message>
        <source>Show this identity&apos;s schema on the Schemas page</source>
        <translation>Das Schema dieser Identität auf der Seite Schemas zeigen</translation>
    </message>
    <message>
        <source>Remove a credential, e.g. a lost TOTP device or an old social sign-in link</source>
        <translation>Anmeldedaten entfernen, z. B. ein verlorenes TOTP-Gerät oder eine alte Social-Login-Verknüpfung</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Select an identity</source>
        <translation>Wählen Sie eine Identität</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Aktivieren…</translation>
    </message>
    <message>
        <source>Delete %1…</source>
        <translation>%1 löschen…</translation>
    </message>
    <message>
        <source>Delete %1 link %2…</source>
        <translation>Verknüpfung %1 %2 löschen…</translation>
    </message>
    <message>
        <source>Sign-in check</source>
        <translation>Anmeldeprüfung</translation>
    </message>
    <message>
        <source>Why this person may not get in, and the fixes</source>
        <translation>Warum diese Person nicht hineinkommt, und was hilft</translation>
    </message>
    <message>
        <source>Deleted on the server: found missing at %1. Nothing can be done to it any more.</source>
        <translation>Auf dem Server gelöscht: um %1 als fehlend erkannt. Daran lässt sich nichts mehr ändern.</translation>
    </message>
    <message>
        <source>Deleted by you at %1.</source>
        <translation>Von Ihnen um %1 gelöscht.</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Gelesen um %1</translation>
    </message>
    <message>
        <source>Read from the server at %1; the pane shows this state.</source>
        <translation>Um %1 vom Server gelesen; der Bereich zeigt diesen Stand.</translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation>Externe ID: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What was done to this person and when, newest first</source>
        <translation>Was mit dieser Person wann geschah, Neuestes zuerst</translation>
    </message>
</context>
<context>
    <name>IdentityEditDialog</name>
    <message>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Edit identity %1</source>
        <translation>Identität %1 bearbeiten</translation>
    </message>
    <message>
        <source>The changes to send appear here after &quot;Review changes&quot;.</source>
        <translation>Die zu sendenden Änderungen erscheinen hier nach „Änderungen prüfen“.</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>Öffentliche Metadaten</translation>
    </message>
    <message>
        <source>Admin metadata</source>
        <translation>Admin-Metadaten</translation>
    </message>
    <message>
        <source>Loading the identity schema…</source>
        <translation>Das Identitätsschema wird geladen…</translation>
    </message>
    <message>
        <source>The schema could not be loaded (%1); traits are checked by Kratos only.</source>
        <translation>Das Schema konnte nicht geladen werden (%1); die Merkmale prüft nur Kratos.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Zu sendende Änderungen</translation>
    </message>
    <message>
        <source>Changes to send (old → new):</source>
        <translation>Zu sendende Änderungen (alt → neu):</translation>
    </message>
    <message>
        <source>Fix these before reviewing (schema &quot;%1&quot;):</source>
        <translation>Vor dem Prüfen zu beheben (Schema „%1“):</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 → %4</source>
        <translation>%1 (%2): %3 → %4</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>none: the ID of this person in another system, e.g. a CRM</source>
        <translation>keine: die ID dieser Person in einem anderen System, z. B. einem CRM</translation>
    </message>
    <message>
        <source>Kratos&apos;s external_id: unique across identities, and searchable. Empty removes it.</source>
        <translation>external_id in Kratos: eindeutig über alle Identitäten und durchsuchbar. Leer entfernt sie.</translation>
    </message>
    <message>
        <source>E&amp;xternal ID</source>
        <translation>E&amp;xterne ID</translation>
    </message>
</context>
<context>
    <name>IdentityHistory</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Kratos keeps the time of the newest change only</source>
        <translation>Kratos speichert nur die Zeit der neuesten Änderung</translation>
    </message>
    <message>
        <source>State became active</source>
        <translation>Zustand wurde aktiv</translation>
    </message>
    <message>
        <source>State became inactive</source>
        <translation>Zustand wurde inaktiv</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Zustand geändert</translation>
    </message>
    <message>
        <source>Address verified</source>
        <translation>Adresse bestätigt</translation>
    </message>
    <message>
        <source>Credential added: %1</source>
        <translation>Anmeldedaten hinzugefügt: %1</translation>
    </message>
    <message>
        <source>ended: revoked or signed out (Kratos does not say when)</source>
        <translation>beendet: widerrufen oder abgemeldet (Kratos sagt nicht, wann)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>%1 queued to %2</source>
        <translation>%1 an %2 eingereiht</translation>
    </message>
    <message>
        <source>%1 sent to %2</source>
        <translation>%1 an %2 gesendet</translation>
    </message>
    <message>
        <source>%1 not delivered to %2</source>
        <translation>%1 an %2 nicht zugestellt</translation>
    </message>
    <message>
        <source>Kratos gave up on it</source>
        <translation>Kratos hat aufgegeben</translation>
    </message>
    <message>
        <source>no outcome recorded: the app stopped before the answer</source>
        <translation>kein Ergebnis festgehalten: Die App endete vor der Antwort</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Kratos keeps no record of failed sign-ins, so none can be shown.</source>
        <translation>Kratos speichert keine fehlgeschlagenen Anmeldungen, daher kann keine gezeigt werden.</translation>
    </message>
    <message>
        <source>Kratos may have deleted old sessions and courier messages: what it still has is shown.</source>
        <translation>Kratos hat alte Sitzungen und Nachrichten vielleicht gelöscht: Gezeigt wird, was noch da ist.</translation>
    </message>
    <message>
        <source>The sessions could not be read: %1</source>
        <translation>Die Sitzungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The courier messages could not be read: %1</source>
        <translation>Die Nachrichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not every audit trail could be read: %1</source>
        <translation>Nicht jedes Prüfprotokoll konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Bedienung</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Nothing is known about this identity yet.</source>
        <translation>Über diese Identität ist noch nichts bekannt.</translation>
    </message>
    <message>
        <source>Credential record updated: %1</source>
        <translation>Anmeldedaten-Eintrag aktualisiert: %1</translation>
    </message>
    <message>
        <source>a new secret, or Kratos rewriting it with another change</source>
        <translation>ein neues Geheimnis, oder Kratos hat ihn bei einer anderen Änderung neu geschrieben</translation>
    </message>
    <message>
        <source>from an imported trail</source>
        <translation>aus einem importierten Protokoll</translation>
    </message>
    <message>
        <source>Operator actions come from the audit trails on this computer (every profile for this server) and the trails imported into it; other computers&apos; actions show once their trails are imported.</source>
        <translation>Aktionen von Bedienpersonen stammen aus den Prüfprotokollen dieses Rechners (alle Profile für diesen Server) und den hierher importierten; Aktionen anderer Rechner erscheinen, sobald ihre Protokolle importiert sind.</translation>
    </message>
</context>
<context>
    <name>IdentityHistoryTab</name>
    <message>
        <source>History, newest first</source>
        <translation>Verlauf, Neuestes zuerst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Select an identity to see its history.</source>
        <translation>Wählen Sie eine Identität, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Nothing is known about this identity yet.</source>
        <translation>Über diese Identität ist noch nichts bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), newest first.</source>
        <translation>
            <numerusform>%Ln Ereignis, Neuestes zuerst.</numerusform>
            <numerusform>%Ln Ereignisse, Neuestes zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>IdentityImporter</name>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file holds neither a list of identities nor {&quot;identities&quot;: [...]}.</source>
        <translation>Die Datei enthält weder eine Liste von Identitäten noch {&quot;identities&quot;: [...]}.</translation>
    </message>
    <message>
        <source>The file holds no identities.</source>
        <translation>Die Datei enthält keine Identitäten.</translation>
    </message>
    <message>
        <source>Import identities</source>
        <translation>Identitäten importieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities from %1 will be created, at most %2 a request. Each gets an audit record.</source>
        <translation>
            <numerusform>%Ln Identität aus %1 wird angelegt, höchstens %2 pro Anfrage. Jede erhält einen Eintrag im Prüfprotokoll.</numerusform>
            <numerusform>%Ln Identitäten aus %1 werden angelegt, höchstens %2 pro Anfrage. Jede erhält einen Eintrag im Prüfprotokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>IdentityListActions</name>
    <message>
        <source>&amp;Copy ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy IDs</source>
        <translation>IDs &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Aktivieren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Recovery…</source>
        <translation>&amp;Wiederherstellung…</translation>
    </message>
    <message>
        <source>Revoke all &amp;sessions…</source>
        <translation>Alle &amp;Sitzungen widerrufen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %Ln selected…</source>
        <translation>
            <numerusform>&amp;Deaktivieren (%Ln ausgewählt)…</numerusform>
            <numerusform>&amp;Deaktivieren (%Ln ausgewählt)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %Ln selected…</source>
        <translation>
            <numerusform>&amp;Aktivieren (%Ln ausgewählt)…</numerusform>
            <numerusform>&amp;Aktivieren (%Ln ausgewählt)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke &amp;sessions of %Ln selected…</source>
        <translation>
            <numerusform>&amp;Sitzungen widerrufen (%Ln ausgewählt)…</numerusform>
            <numerusform>&amp;Sitzungen widerrufen (%Ln ausgewählt)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %Ln selected…</source>
        <translation>
            <numerusform>&amp;Löschen (%Ln ausgewählt)…</numerusform>
            <numerusform>&amp;Löschen (%Ln ausgewählt)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected identities are already active; nothing was sent.</source>
        <translation>
            <numerusform>Die %Ln ausgewählte Identität ist bereits aktiv; es wurde nichts gesendet.</numerusform>
            <numerusform>Die %Ln ausgewählten Identitäten sind bereits aktiv; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected identities are already inactive; nothing was sent.</source>
        <translation>
            <numerusform>Die %Ln ausgewählte Identität ist bereits inaktiv; es wurde nichts gesendet.</numerusform>
            <numerusform>Die %Ln ausgewählten Identitäten sind bereits inaktiv; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other selected identities are already active and are left out: nothing is sent for them.</source>
        <translation>
            <numerusform>%Ln weitere ausgewählte Identität ist bereits aktiv und wird ausgelassen: Für sie wird nichts gesendet.</numerusform>
            <numerusform>%Ln weitere ausgewählte Identitäten sind bereits aktiv und werden ausgelassen: Für sie wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other selected identities are already inactive and are left out: nothing is sent for them.</source>
        <translation>
            <numerusform>%Ln weitere ausgewählte Identität ist bereits inaktiv und wird ausgelassen: Für sie wird nichts gesendet.</numerusform>
            <numerusform>%Ln weitere ausgewählte Identitäten sind bereits inaktiv und werden ausgelassen: Für sie wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln identities</source>
        <translation>
            <numerusform>%Ln Identität exportieren</numerusform>
            <numerusform>%Ln Identitäten exportieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Kratos import JSON (*.json)</source>
        <translation>Kratos-Import-JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln identities…</source>
        <translation>
            <numerusform>%Ln Identität wird exportiert…</numerusform>
            <numerusform>%Ln Identitäten werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln identities to %1</source>
        <translation>
            <numerusform>%Ln Identität nach %1 exportiert</numerusform>
            <numerusform>%Ln Identitäten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import identities</source>
        <translation>Identitäten importieren</translation>
    </message>
    <message>
        <source>Kratos import JSON (*.json);;All files (*)</source>
        <translation>Kratos-Import-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open in new &amp;window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
</context>
<context>
    <name>IdentityListModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none kept</source>
        <translation>keine erhalten</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Unknown until every session is loaded: on the Sessions page, show all sessions (not only active ones) and choose Load all.</source>
        <translation>Unbekannt, bis alle Sitzungen geladen sind: auf der Seite Sitzungen alle Sitzungen zeigen (nicht nur aktive) und Alle laden wählen.</translation>
    </message>
    <message numerus="yes">
        <source>From the %Ln session(s) Kratos still had at %1. &quot;None kept&quot;: no session left, which is not the same as never.</source>
        <translation>
            <numerusform>Aus der %Ln Sitzung, die Kratos um %1 noch hatte. „Keine erhalten“: keine Sitzung mehr, was nicht dasselbe ist wie nie.</numerusform>
            <numerusform>Aus den %Ln Sitzungen, die Kratos um %1 noch hatte. „Keine erhalten“: keine Sitzung mehr, was nicht dasselbe ist wie nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>IdentityListStatus</name>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Load every identity, so that the filter finds any text in any trait</source>
        <translation>Alle Identitäten laden, damit der Filter jeden Text in jedem Merkmal findet</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden anhalten</translation>
    </message>
    <message numerus="yes">
        <source>Loading every identity: %Ln so far…</source>
        <translation>
            <numerusform>Alle Identitäten werden geladen: bisher %Ln…</numerusform>
            <numerusform>Alle Identitäten werden geladen: bisher %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities loaded, loading more…</source>
        <translation>
            <numerusform>%Ln Identität geladen, weitere werden geladen…</numerusform>
            <numerusform>%Ln Identitäten geladen, weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln identities loaded</source>
        <translation>
            <numerusform>Die %Ln Identität ist geladen</numerusform>
            <numerusform>Alle %Ln Identitäten geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities loaded; scroll down for more</source>
        <translation>
            <numerusform>%Ln Identität geladen; für mehr nach unten blättern</numerusform>
            <numerusform>%Ln Identitäten geladen; für mehr nach unten blättern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorting %Ln identities…</source>
        <translation>
            <numerusform>%Ln Identität wird sortiert…</numerusform>
            <numerusform>%Ln Identitäten werden sortiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtering %Ln identities…</source>
        <translation>
            <numerusform>%Ln Identität wird gefiltert…</numerusform>
            <numerusform>%Ln Identitäten werden gefiltert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityMessagesTab</name>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Kratos filters courier messages by one exact recipient</source>
        <translation>Kratos filtert Kuriernachrichten nach genau einem Empfänger</translation>
    </message>
    <message>
        <source>Double-click a message to open it in the Courier page</source>
        <translation>Doppelklick öffnet die Nachricht auf der Kurier-Seite</translation>
    </message>
</context>
<context>
    <name>IdentityMetadataTab</name>
    <message>
        <source>metadata_public (the user can read it)</source>
        <translation>metadata_public (für die Person lesbar)</translation>
    </message>
    <message>
        <source>metadata_admin (admins only)</source>
        <translation>metadata_admin (nur für Admins)</translation>
    </message>
</context>
<context>
    <name>IdentitySessionsTab</name>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen …</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Verlängern …</translation>
    </message>
    <message>
        <source>Revoke all…</source>
        <translation>Alle widerrufen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitySummary</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>bestätigt %1</translation>
    </message>
    <message>
        <source>not verified (%1)</source>
        <translation>nicht bestätigt (%1)</translation>
    </message>
    <message>
        <source>, used for recovery</source>
        <translation>, für die Wiederherstellung genutzt</translation>
    </message>
    <message>
        <source>used for recovery</source>
        <translation>für die Wiederherstellung genutzt</translation>
    </message>
    <message>
        <source>not known (%1)</source>
        <translation>nicht bekannt (%1)</translation>
    </message>
    <message>
        <source>none on record (Kratos keeps no failed sign-ins, and may have pruned old sessions)</source>
        <translation>keine bekannt (Kratos speichert keine fehlgeschlagenen Anmeldungen und hat alte Sitzungen vielleicht gelöscht)</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>no method named</source>
        <translation>keine Methode genannt</translation>
    </message>
    <message>
        <source>none to its addresses</source>
        <translation>keine an ihre Adressen</translation>
    </message>
    <message>
        <source>%1 to %2, %3 %4</source>
        <translation>%1 an %2, %3 %4</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>Hindernis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>nothing blocks sign-in</source>
        <translation>nichts verhindert die Anmeldung</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>Schema: %1</translation>
    </message>
    <message>
        <source>External ID: %1</source>
        <translation>Externe ID: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Angelegt: %1</translation>
    </message>
    <message>
        <source>Addresses: none</source>
        <translation>Adressen: keine</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Anmeldedaten: %1</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Last sign-in: %1</source>
        <translation>Letzte Anmeldung: %1</translation>
    </message>
    <message>
        <source>Active sessions: %1</source>
        <translation>Aktive Sitzungen: %1</translation>
    </message>
    <message>
        <source>Last courier message: %1</source>
        <translation>Letzte Courier-Nachricht: %1</translation>
    </message>
    <message>
        <source>Sign-in check:</source>
        <translation>Anmeldeprüfung:</translation>
    </message>
    <message>
        <source>Read %1 from %2 with Kratos Desk.</source>
        <translation>Gelesen %1 von %2 mit Kratos Desk.</translation>
    </message>
</context>
<context>
    <name>IdentitySummaryAction</name>
    <message>
        <source>The copy was not made: the audit trail cannot be written (%1).</source>
        <translation>Nicht kopiert: Das Prüfprotokoll kann nicht geschrieben werden (%1).</translation>
    </message>
</context>
<context>
    <name>IdentityTree</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Identity details</source>
        <translation>Details der Identität</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Verifiable addresses</source>
        <translation>Bestätigbare Adressen</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>bestätigt %1</translation>
    </message>
    <message>
        <source>not verified (%1)</source>
        <translation>nicht bestätigt (%1)</translation>
    </message>
    <message>
        <source>Recovery addresses</source>
        <translation>Wiederherstellungsadressen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <source>Public metadata</source>
        <translation>Öffentliche Metadaten</translation>
    </message>
    <message>
        <source>Admin metadata</source>
        <translation>Admin-Metadaten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
</context>
<context>
    <name>IdentityWindow</name>
    <message>
        <source>%1 — identity</source>
        <translation>%1 — Identität</translation>
    </message>
    <message>
        <source>This window stays on %1. Close it with Esc.</source>
        <translation>Dieses Fenster bleibt bei %1. Mit Esc schließen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Send again the identities whose request failed (not the ones Kratos refused)</source>
        <translation>Die Identitäten erneut senden, deren Anfrage fehlschlug (nicht die von Kratos abgelehnten)</translation>
    </message>
    <message>
        <source>Import identities</source>
        <translation>Identitäten importieren</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln identities…</source>
        <translation>
            <numerusform>%Ln Identität wird importiert…</numerusform>
            <numerusform>%Ln Identitäten werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing was imported: cannot read %1: %2</source>
        <translation>Nichts importiert: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading the identities in %1…</source>
        <translation>Die Identitäten in %1 werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln identities again…</source>
        <translation>
            <numerusform>%Ln Identität wird erneut gesendet…</numerusform>
            <numerusform>%Ln Identitäten werden erneut gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln identities created.</source>
        <translation>
            <numerusform>%1 von %Ln Identität angelegt.</numerusform>
            <numerusform>%1 von %Ln Identitäten angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: you cancelled.</source>
        <translation>Nichts importiert: Sie haben abgebrochen.</translation>
    </message>
</context>
<context>
    <name>InvitationChecker</name>
    <message>
        <source>yes, first session %1</source>
        <translation>ja, erste Sitzung %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>address verified, no session</source>
        <translation>Adresse bestätigt, keine Sitzung</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked (inactive)</source>
        <translation>widerrufen (inaktiv)</translation>
    </message>
    <message>
        <source>no message queued</source>
        <translation>keine Nachricht eingereiht</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>mail (status unknown)</source>
        <translation>E-Mail (Status unbekannt)</translation>
    </message>
    <message>
        <source>mail %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>mail %1: %2</source>
        <translation>E-Mail %1: %2</translation>
    </message>
    <message>
        <source>no mail (handed over)</source>
        <translation>keine E-Mail (übergeben)</translation>
    </message>
</context>
<context>
    <name>InvitationJob</name>
    <message>
        <source>Kratos e-mails a recovery link</source>
        <translation>Kratos sendet einen Wiederherstellungslink per E-Mail</translation>
    </message>
    <message>
        <source>a recovery link to hand over</source>
        <translation>ein Wiederherstellungslink zum Übergeben</translation>
    </message>
    <message>
        <source>a recovery code to hand over</source>
        <translation>ein Wiederherstellungscode zum Übergeben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates an active identity for %1 with the schema &quot;%2&quot;.</source>
        <translation>Legt eine aktive Identität für %1 mit dem Schema „%2“ an.</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>(Vorgabe des Servers)</translation>
    </message>
    <message>
        <source>Then Kratos e-mails each a recovery link through the public recovery flow; opening it signs them in to set a password.</source>
        <translation>Dann sendet Kratos jeder Person über den öffentlichen Wiederherstellungsablauf einen Wiederherstellungslink; wer ihn öffnet, wird angemeldet und setzt ein Passwort.</translation>
    </message>
    <message>
        <source>Then an admin recovery link is created for each, shown here for you to hand over. It is not recorded.</source>
        <translation>Dann wird für jede Person ein Admin-Wiederherstellungslink erstellt und hier zum Übergeben angezeigt. Er wird nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Then an admin recovery code and its link are created for each, shown here for you to hand over. They are not recorded.</source>
        <translation>Dann werden für jede Person ein Admin-Wiederherstellungscode und sein Link erstellt und hier zum Übergeben angezeigt. Sie werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Each step is recorded in the audit trail.</source>
        <translation>Jeder Schritt wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>The public recovery flow cannot be started: %1 Nobody was invited.</source>
        <translation>Der öffentliche Wiederherstellungsablauf lässt sich nicht starten: %1 Niemand wurde eingeladen.</translation>
    </message>
    <message>
        <source>Nobody was invited.</source>
        <translation>Niemand wurde eingeladen.</translation>
    </message>
    <message>
        <source>Not invited: the run was stopped.</source>
        <translation>Nicht eingeladen: der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <source>Created, but not handed over: %1</source>
        <translation>Angelegt, aber nicht übergeben: %1</translation>
    </message>
    <message>
        <source>Kratos queued no message for this address.</source>
        <translation>Kratos hat für diese Adresse keine Nachricht eingereiht.</translation>
    </message>
</context>
<context>
    <name>InvitationLedger</name>
    <message>
        <source>only the newest %1 invitations are listed</source>
        <translation>nur die neuesten %1 Einladungen werden aufgeführt</translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <source>&amp;Send again…</source>
        <translation>Erneut &amp;senden…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Open identity</source>
        <translation>Identität ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Who was invited on this server, newest first, from this machine&apos;s audit trails and the ones imported from other desks (Audit log → Import trail…). Kratos itself keeps no invitations.</source>
        <translation>Wer auf diesem Server eingeladen wurde, neueste zuerst, aus den Prüfprotokollen dieses Rechners und den von anderen Arbeitsplätzen importierten (Prüfprotokoll → Protokoll importieren…). Kratos selbst speichert keine Einladungen.</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s); checked on the server at %1.</source>
        <translation>
            <numerusform>%Ln Einladung; am Server geprüft um %1.</numerusform>
            <numerusform>%Ln Einladungen; am Server geprüft um %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the newest %1 were checked.</source>
        <translation>Nur die neuesten %1 wurden geprüft.</translation>
    </message>
    <message>
        <source>Reading the audit trails…</source>
        <translation>Prüfprotokolle werden gelesen…</translation>
    </message>
    <message>
        <source>Nobody was invited on this server yet, as far as the trails tell.</source>
        <translation>Laut den Protokollen wurde auf diesem Server noch niemand eingeladen.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln invitation(s) on the server…</source>
        <translation>
            <numerusform>%Ln Einladung wird am Server geprüft…</numerusform>
            <numerusform>%Ln Einladungen werden am Server geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every trail could be read: %1</source>
        <translation>Nicht jedes Protokoll war lesbar: %1</translation>
    </message>
    <message>
        <source>Kratos mail</source>
        <translation>Kratos-E-Mail</translation>
    </message>
    <message>
        <source>link handed over</source>
        <translation>Link übergeben</translation>
    </message>
    <message>
        <source>code handed over</source>
        <translation>Code übergeben</translation>
    </message>
    <message>
        <source>%1, sent %2 times</source>
        <translation>%1, %2-mal gesendet</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Kratos queued a recovery mail to %1.</source>
        <translation>Kratos hat eine Wiederherstellungs-E-Mail an %1 eingereiht.</translation>
    </message>
    <message>
        <source>Send the invitation again</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>A new code was created.</source>
        <translation>Ein neuer Code wurde erstellt.</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>A new link was created.</source>
        <translation>Ein neuer Link wurde erstellt.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>%1 is deactivated: the invitation no longer lets them in.</source>
        <translation>%1 ist deaktiviert: die Einladung lässt niemanden mehr hinein.</translation>
    </message>
    <message>
        <source>Creates a new recovery code and its link for %1, valid for 24 hours, shown here for you to hand over. It is not recorded.</source>
        <translation>Erstellt einen neuen Wiederherstellungscode mit Link für %1, 24 Stunden gültig, und zeigt ihn hier zum Übergeben an. Er wird nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Creates a new recovery link for %1, valid for 24 hours, shown here for you to hand over. It is not recorded.</source>
        <translation>Erstellt einen neuen Wiederherstellungslink für %1, 24 Stunden gültig, und zeigt ihn hier zum Übergeben an. Er wird nicht aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>From &amp;CSV file…</source>
        <translation>Aus &amp;CSV-Datei…</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <source>Co&amp;py link or code</source>
        <translation>Link oder Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Invite people</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <source>ada@example.org
bob@example.org</source>
        <translation>ada@example.org
bob@example.org</translation>
    </message>
    <message>
        <source>Kratos e-mails a recovery link (its delivery can be followed)</source>
        <translation>Kratos sendet einen Wiederherstellungslink (Zustellung nachverfolgbar)</translation>
    </message>
    <message>
        <source>A recovery link for me to hand over</source>
        <translation>Ein Wiederherstellungslink, den ich übergebe</translation>
    </message>
    <message>
        <source>A recovery code and its link for me to hand over</source>
        <translation>Ein Wiederherstellungscode mit Link, den ich übergebe</translation>
    </message>
    <message>
        <source>How long a link or code stays valid, e.g. 30m, 24h or 1h30m</source>
        <translation>Wie lange ein Link oder Code gilt, z. B. 30m, 24h oder 1h30m</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Link or code to hand over</source>
        <translation>Link oder Code zum Übergeben</translation>
    </message>
    <message>
        <source>&amp;Addresses (one a line):</source>
        <translation>&amp;Adressen (eine pro Zeile):</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>&amp;Hand over:</source>
        <translation>Über&amp;gabe:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>Invite from a CSV file</source>
        <translation>Aus einer CSV-Datei einladen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Inviting… %1 of %2</source>
        <translation>Einladen… %1 von %2</translation>
    </message>
    <message>
        <source>The identity schemas are being read…</source>
        <translation>Die Identitätsschemas werden gelesen…</translation>
    </message>
    <message>
        <source>This schema marks no e-mail trait for recovery: nobody can be invited with it.</source>
        <translation>Dieses Schema kennzeichnet kein E-Mail-Merkmal für die Wiederherstellung: damit kann niemand eingeladen werden.</translation>
    </message>
    <message>
        <source>The address goes to the trait &quot;%1&quot;.</source>
        <translation>Die Adresse kommt in das Merkmal „%1“.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ist nicht verwendbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people from %1</source>
        <translation>
            <numerusform>%Ln Person aus %1</numerusform>
            <numerusform>%Ln Personen aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>Nobody to invite: type addresses or choose a CSV file.</source>
        <translation>Niemand zum Einladen: Adressen eingeben oder eine CSV-Datei wählen.</translation>
    </message>
    <message>
        <source>Inviting…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>invited; mail %1</source>
        <translation>eingeladen; E-Mail %1</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited.</source>
        <translation>
            <numerusform>%Ln eingeladen.</numerusform>
            <numerusform>%Ln eingeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 not invited or not handed over; what you typed is kept.</source>
        <translation>%1 von %2 nicht eingeladen oder nicht übergeben; Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Invitation results</source>
        <translation>Einladungsergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people from the file still to invite</source>
        <translation>
            <numerusform>%Ln Person aus der Datei noch einzuladen</numerusform>
            <numerusform>%Ln Personen aus der Datei noch einzuladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kratos is limiting the rate. Retrying in %Ln s.</source>
        <translation>
            <numerusform>Kratos begrenzt die Rate. Neuer Versuch in %Ln s.</numerusform>
            <numerusform>Kratos begrenzt die Rate. Neuer Versuch in %Ln s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteeList</name>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) is not a trait path such as name.first.</source>
        <translation>Spalte %1 („%2“) ist kein Merkmalspfad wie name.first.</translation>
    </message>
    <message>
        <source>The first line names no &quot;email&quot; column.</source>
        <translation>Die erste Zeile nennt keine Spalte „email“.</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>Zeile %1: %2 Felder, die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 characters</source>
        <translation>Zeile %1: ein Feld ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>line %1: more than %2 columns</source>
        <translation>Zeile %1: mehr als %2 Spalten</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>more than %1 people; the rest is left out</source>
        <translation>mehr als %1 Personen; der Rest wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>JsonArrayItems</name>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Liste erwartet</translation>
    </message>
    <message>
        <source>unbalanced brackets</source>
        <translation>Klammern passen nicht zusammen</translation>
    </message>
    <message>
        <source>text after the array</source>
        <translation>Text nach der Liste</translation>
    </message>
    <message>
        <source>an empty element</source>
        <translation>ein leeres Element</translation>
    </message>
    <message>
        <source>the array is cut short</source>
        <translation>die Liste bricht ab</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>KratosClient</name>
    <message>
        <source>No usable admin URL is configured (it must start with http:// or https://).</source>
        <translation>Es ist keine brauchbare Admin-URL eingerichtet (sie muss mit http:// oder https:// beginnen).</translation>
    </message>
    <message>
        <source>List identities</source>
        <translation>Identitäten auflisten</translation>
    </message>
    <message>
        <source>Kratos searches by one filter at a time: ids, exact identifier, identifier prefix or organisation. Clear all but one.</source>
        <translation>Kratos sucht mit jeweils einem Filter: IDs, genaue Kennung, Kennungsanfang oder Organisation. Leeren Sie alle bis auf einen.</translation>
    </message>
    <message>
        <source>Get identity</source>
        <translation>Identität abrufen</translation>
    </message>
    <message>
        <source>Get identity by external id</source>
        <translation>Identität über externe ID abrufen</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>Identität anlegen</translation>
    </message>
    <message>
        <source>Update identity</source>
        <translation>Identität aktualisieren</translation>
    </message>
    <message>
        <source>Patch identity</source>
        <translation>Identität ändern (Patch)</translation>
    </message>
    <message>
        <source>Delete identity</source>
        <translation>Identität löschen</translation>
    </message>
    <message>
        <source>Delete credential</source>
        <translation>Anmeldedaten löschen</translation>
    </message>
    <message>
        <source>Import identities</source>
        <translation>Identitäten importieren</translation>
    </message>
    <message>
        <source>List identity sessions</source>
        <translation>Sitzungen einer Identität auflisten</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Alle Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>List sessions</source>
        <translation>Sitzungen auflisten</translation>
    </message>
    <message>
        <source>Get session</source>
        <translation>Sitzung abrufen</translation>
    </message>
    <message>
        <source>Extend session</source>
        <translation>Sitzung verlängern</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>List courier messages</source>
        <translation>Kuriernachrichten auflisten</translation>
    </message>
    <message>
        <source>Reveal courier message body</source>
        <translation>Inhalt einer Kuriernachricht anzeigen</translation>
    </message>
    <message>
        <source>Get courier message</source>
        <translation>Kuriernachricht abrufen</translation>
    </message>
    <message>
        <source>List identity schemas</source>
        <translation>Identitätsschemas auflisten</translation>
    </message>
    <message>
        <source>Get identity schema</source>
        <translation>Identitätsschema abrufen</translation>
    </message>
    <message>
        <source>the schema is not a JSON object</source>
        <translation>das Schema ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Create recovery link</source>
        <translation>Wiederherstellungslink erzeugen</translation>
    </message>
    <message>
        <source>Create recovery code</source>
        <translation>Wiederherstellungscode erzeugen</translation>
    </message>
    <message>
        <source>Check liveness</source>
        <translation>Erreichbarkeit prüfen</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>Bereitschaft prüfen</translation>
    </message>
    <message>
        <source>Get version</source>
        <translation>Version abrufen</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>the answer is not %1</source>
        <translation>die Antwort ist kein %1</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON-Liste erwartet</translation>
    </message>
    <message>
        <source>list item %1 is not a valid entry</source>
        <translation>Listeneintrag %1 ist kein gültiger Eintrag</translation>
    </message>
    <message>
        <source>not a valid entry</source>
        <translation>kein gültiger Eintrag</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>KratosExtension</name>
    <message>
        <source>(not an object)</source>
        <translation>(kein Objekt)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>WebAuthn</source>
        <translation>WebAuthn</translation>
    </message>
    <message>
        <source>passkey</source>
        <translation>Passkey</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Login: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <source>Passkey name</source>
        <translation>Passkey-Name</translation>
    </message>
    <message>
        <source>TOTP account</source>
        <translation>TOTP-Konto</translation>
    </message>
    <message>
        <source>Verify: %1</source>
        <translation>Bestätigung: %1</translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <translation>Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>Organisation: by e-mail domain</source>
        <translation>Organisation: nach E-Mail-Domain</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>login identifier for %1</source>
        <translation>Anmeldekennung für %1</translation>
    </message>
    <message>
        <source>shown as the passkey&apos;s display name</source>
        <translation>als Anzeigename des Passkeys angezeigt</translation>
    </message>
    <message>
        <source>shown as the TOTP account name</source>
        <translation>als TOTP-Kontoname angezeigt</translation>
    </message>
    <message>
        <source>verified by %1</source>
        <translation>bestätigt per %1</translation>
    </message>
    <message>
        <source>used for account recovery by %1</source>
        <translation>zur Kontowiederherstellung per %1 verwendet</translation>
    </message>
    <message>
        <source>assigns the organisation by the e-mail domain</source>
        <translation>ordnet die Organisation nach der E-Mail-Domain zu</translation>
    </message>
    <message>
        <source>assigns the organisation by %1</source>
        <translation>ordnet die Organisation nach %1 zu</translation>
    </message>
    <message>
        <source>keys not in Kratos&apos;s meta-schema: %1</source>
        <translation>Schlüssel, die nicht im Metaschema von Kratos stehen: %1</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>the courier message %1</source>
        <translation>die Courier-Nachricht %1</translation>
    </message>
    <message>
        <source>the identity %1</source>
        <translation>die Identität %1</translation>
    </message>
    <message>
        <source>Cannot open this</source>
        <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The link names the profile “%1”, which is not set up on this computer. Add it in File → Profiles, or ask who sent the link which server it means.</source>
        <translation>Der Link nennt das Profil „%1“, das auf diesem Computer nicht eingerichtet ist. Legen Sie es unter Datei → Profile an, oder fragen Sie, wer den Link geschickt hat, welcher Server gemeint ist.</translation>
    </message>
    <message>
        <source>Open a production profile?</source>
        <translation>Ein Produktionsprofil öffnen?</translation>
    </message>
    <message>
        <source>The link opens %1 in the production profile “%2”. Connect to it?</source>
        <translation>Der Link öffnet %1 im Produktionsprofil „%2“. Verbinden?</translation>
    </message>
    <message>
        <source>No profile is open, and the link does not name one. Open a profile, then the link again.</source>
        <translation>Kein Profil ist geöffnet, und der Link nennt keines. Öffnen Sie ein Profil und dann erneut den Link.</translation>
    </message>
    <message>
        <source>Cannot open the courier message</source>
        <translation>Courier-Nachricht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the session %1</source>
        <translation>die Sitzung %1</translation>
    </message>
</context>
<context>
    <name>ListNote</name>
    <message>
        <source>Show in list</source>
        <translation>In der Liste zeigen</translation>
    </message>
    <message>
        <source>Clear what keeps this item out of the list beside it</source>
        <translation>Entfernt, was diesen Eintrag aus der Liste daneben ausblendet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>READ-ONLY</source>
        <translation>NUR LESEN</translation>
    </message>
    <message>
        <source>Kratos Desk</source>
        <translation>Kratos Desk</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source> &amp;Profile: </source>
        <translation> &amp;Profil: </translation>
    </message>
    <message>
        <source>Profi&amp;les…</source>
        <translation>Pro&amp;file…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Prüf&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>The audit trail cannot be written (%1). Every change is refused until it can; reading still works. Free disk space or fix the folder&apos;s permissions, then try the action again.</source>
        <translation>Das Prüfprotokoll kann nicht geschrieben werden (%1). Bis dahin wird jede Änderung verweigert; Lesen geht weiter. Geben Sie Speicherplatz frei oder korrigieren Sie die Rechte des Ordners und versuchen Sie die Aktion dann erneut.</translation>
    </message>
    <message>
        <source>Audit → syslog: up to date</source>
        <translation>Prüfprotokoll → Syslog: aktuell</translation>
    </message>
    <message numerus="yes">
        <source>Audit → syslog: %Ln pending</source>
        <translation>
            <numerusform>Prüfprotokoll → Syslog: %Ln ausstehend</numerusform>
            <numerusform>Prüfprotokoll → Syslog: %Ln ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>Demo (eingebauter Simulator)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>simulator at %1</source>
        <translation>Simulator unter %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Warning: the admin token travels unencrypted over http:// to %1.</source>
        <translation>Warnung: Das Admin-Token wird unverschlüsselt über http:// an %1 übertragen.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 — Kratos Desk</source>
        <translation>%1 — Kratos Desk</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Open a profile first: each profile has its own audit log.</source>
        <translation>Öffnen Sie zuerst ein Profil: Jedes Profil hat sein eigenes Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Kratos: checking…</source>
        <translation>Kratos: wird geprüft…</translation>
    </message>
    <message>
        <source>Kratos version unknown</source>
        <translation>Kratos-Version unbekannt</translation>
    </message>
    <message>
        <source>readiness unknown</source>
        <translation>Bereitschaft unbekannt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>not ready: %1</source>
        <translation>nicht bereit: %1</translation>
    </message>
    <message>
        <source>Kratos %1 · %2</source>
        <translation>Kratos %1 · %2</translation>
    </message>
    <message>
        <source>Sign-in &amp;check of the selected identity</source>
        <translation>Anmelde&amp;prüfung der gewählten Identität</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Kratos unreachable since %1: %2</source>
        <translation>Kratos nicht erreichbar seit %1: %2</translation>
    </message>
    <message>
        <source>The audit trail was found damaged (%1) and a new one was started. Its first record says what was found. Tell your security officer.</source>
        <translation>Das Prüfprotokoll war beschädigt (%1); ein neues wurde begonnen. Sein erster Eintrag sagt, was gefunden wurde. Informieren Sie Ihre Sicherheitsbeauftragten.</translation>
    </message>
    <message>
        <source>The audit trail was found damaged (%1) and a new one was started. The damaged trail was kept as %2; the new trail&apos;s first record says what was found. Tell your security officer.</source>
        <translation>Das Prüfprotokoll war beschädigt (%1); ein neues wurde begonnen. Das beschädigte wurde als %2 aufbewahrt; der erste Eintrag des neuen sagt, was gefunden wurde. Informieren Sie Ihre Sicherheitsbeauftragten.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Kratos Desk</source>
        <translation>Ü&amp;ber Kratos Desk</translation>
    </message>
    <message>
        <source>&amp;Open from clipboard</source>
        <translation>Aus Zwischenablage ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the kratos-desk:// link, identity ID or login identifier on the clipboard</source>
        <translation>Den kratos-desk://-Link, die Identitäts-ID oder die Kennung aus der Zwischenablage öffnen</translation>
    </message>
    <message>
        <source>I&amp;nvitations…</source>
        <translation>Ei&amp;nladungen…</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Open a profile first: invitations belong to its server.</source>
        <translation>Zuerst ein Profil öffnen: Einladungen gehören zu seinem Server.</translation>
    </message>
</context>
<context>
    <name>MessageDetailPane</name>
    <message>
        <source>Reveal body…</source>
        <translation>Inhalt anzeigen…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Open identity</source>
        <translation>Identität öffnen</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Nachrichtendetails</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Zustellversuche</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Kratos redacts bodies unless it runs in dev mode: there is nothing to reveal.</source>
        <translation>Kratos schwärzt Inhalte, außer im Entwicklungsmodus: Es gibt nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Select a message.</source>
        <translation>Wählen Sie eine Nachricht.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>(redacted by Kratos)</source>
        <translation>(von Kratos geschwärzt)</translation>
    </message>
    <message>
        <source>Send attempts</source>
        <translation>Sendeversuche</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Reveal message body</source>
        <translation>Nachrichteninhalt anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>The body of message %1 to %2 (%3) will be fetched from Kratos and shown here. It may contain a live recovery code or link. The reveal is recorded in the audit log; the body is hidden again when you select another message, leave the page, or after %Ln second(s).</source>
        <translation>
            <numerusform>Der Inhalt der Nachricht %1 an %2 (%3) wird von Kratos abgerufen und hier angezeigt. Er kann einen gültigen Wiederherstellungscode oder -link enthalten. Das Anzeigen wird im Prüfprotokoll festgehalten; der Inhalt wird wieder ausgeblendet, wenn Sie eine andere Nachricht wählen, die Seite verlassen oder nach %Ln Sekunde.</numerusform>
            <numerusform>Der Inhalt der Nachricht %1 an %2 (%3) wird von Kratos abgerufen und hier angezeigt. Er kann einen gültigen Wiederherstellungscode oder -link enthalten. Das Anzeigen wird im Prüfprotokoll festgehalten; der Inhalt wird wieder ausgeblendet, wenn Sie eine andere Nachricht wählen, die Seite verlassen oder nach %Ln Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Revealed. Hidden again in %Ln second(s).</source>
        <translation>
            <numerusform>Angezeigt. Wird in %Ln Sekunde wieder ausgeblendet.</numerusform>
            <numerusform>Angezeigt. Wird in %Ln Sekunden wieder ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The body is hidden: it may contain one-time codes and recovery links. Revealing it is recorded in the audit log.</source>
        <translation>Der Inhalt ist verborgen: Er kann Einmalcodes und Wiederherstellungslinks enthalten. Das Anzeigen wird im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>OverviewLoader</name>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no error recorded</source>
        <translation>kein Fehler festgehalten</translation>
    </message>
    <message>
        <source>List sessions</source>
        <translation>Sitzungen auflisten</translation>
    </message>
    <message>
        <source>List courier messages</source>
        <translation>Kuriernachrichten auflisten</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No abandoned messages.</source>
        <translation>Keine aufgegebenen Nachrichten.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Active sessions by day of sign-in</source>
        <translation>Aktive Sitzungen nach Anmeldetag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign-ups per day</source>
        <translation>Registrierungen pro Tag</translation>
    </message>
    <message>
        <source>sign-ups</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>Sign-ups per week</source>
        <translation>Registrierungen pro Woche</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Identities by state</source>
        <translation>Identitäten nach Zustand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Identities by schema</source>
        <translation>Identitäten nach Schema</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Open the Sessions page with the active sessions</source>
        <translation>Die Seite Sitzungen mit den aktiven Sitzungen öffnen</translation>
    </message>
    <message>
        <source>Load every identity (without credentials) and compute the figures</source>
        <translation>Jede Identität laden (ohne Zugangsdaten) und die Zahlen berechnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>Admin-API</translation>
    </message>
    <message>
        <source>Public API</source>
        <translation>Öffentliche API</translation>
    </message>
    <message>
        <source>Kratos</source>
        <translation>Kratos</translation>
    </message>
    <message>
        <source>Alive</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Courier now</source>
        <translation>Kurier jetzt</translation>
    </message>
    <message>
        <source>Open the Courier page with the %1 messages</source>
        <translation>Die Seite Kurier mit den Nachrichten im Status %1 öffnen</translation>
    </message>
    <message>
        <source>Latest abandoned messages</source>
        <translation>Zuletzt aufgegebene Nachrichten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Overview: read every figure again</source>
        <translation>Übersicht: alle Zahlen neu lesen</translation>
    </message>
    <message>
        <source>read-only: every change is refused</source>
        <translation>nur lesen: jede Änderung wird verweigert</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lesen und schreiben</translation>
    </message>
    <message>
        <source>not set (verification and recovery checks need it)</source>
        <translation>nicht gesetzt (Verifizierung und Wiederherstellung brauchen sie)</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>yes · %1 ms round trip</source>
        <translation>ja · %1 ms Antwortzeit</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nichts wartet auf den Versand.</translation>
    </message>
    <message>
        <source>The oldest queued message has waited %1%2: the courier may be stopped (is `kratos courier watch` running?).</source>
        <translation>Die älteste wartende Nachricht wartet seit %1%2: Der Kurier steht vielleicht (läuft `kratos courier watch`?).</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>mindestens </translation>
    </message>
    <message>
        <source>The oldest queued message has waited %1%2.</source>
        <translation>Die älteste wartende Nachricht wartet seit %1%2.</translation>
    </message>
    <message>
        <source>The courier figures could not be read: %1</source>
        <translation>Die Kurierzahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>reading the error…</source>
        <translation>Fehler wird gelesen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>%1 to %2 — open it on the Courier page</source>
        <translation>%1 an %2 — auf der Seite Kurier öffnen</translation>
    </message>
    <message>
        <source>The sessions could not be counted: %1</source>
        <translation>Die Sitzungen konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Counting active sessions… %1 so far</source>
        <translation>Aktive Sitzungen werden gezählt… bisher %1</translation>
    </message>
    <message>
        <source>Active sessions: unknown</source>
        <translation>Aktive Sitzungen: unbekannt</translation>
    </message>
    <message>
        <source>Not available: the sessions could not be read.</source>
        <translation>Nicht verfügbar: Die Sitzungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1+ active sessions</source>
        <translation>%1+ aktive Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln aktive Sitzung</numerusform>
            <numerusform>%Ln aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No active sessions.</source>
        <translation>Keine aktiven Sitzungen.</translation>
    </message>
    <message>
        <source>Loading every identity…</source>
        <translation>Jede Identität wird geladen…</translation>
    </message>
    <message>
        <source>The identities could not be loaded: %1</source>
        <translation>Die Identitäten konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>From %Ln identities, computed at %1.</source>
        <translation>
            <numerusform>Aus %Ln Identität, berechnet um %1.</numerusform>
            <numerusform>Aus %Ln Identitäten, berechnet um %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Compute to load every identity and chart them, or load all on the Identities page.</source>
        <translation>Drücken Sie Berechnen, um jede Identität zu laden und darzustellen, oder laden Sie alle auf der Seite Identitäten.</translation>
    </message>
    <message>
        <source>Not available: the identities could not be loaded.</source>
        <translation>Nicht verfügbar: Die Identitäten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>Noch nicht berechnet.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>other</source>
        <translation>anderer</translation>
    </message>
    <message>
        <source>Login identifiers</source>
        <translation>Anmeldekennungen</translation>
    </message>
    <message>
        <source>Login identifier</source>
        <translation>Anmeldekennung</translation>
    </message>
    <message>
        <source>Loading every identity… %1 so far</source>
        <translation>Jede Identität wird geladen… bisher %1</translation>
    </message>
    <message>
        <source>Active sessions by AAL</source>
        <translation>Aktive Sitzungen nach AAL</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>Something changed at %1, after these figures were read: Refresh (F5) to see it.</source>
        <translation>Um %1 hat sich etwas geändert, nachdem diese Zahlen gelesen wurden: Aktualisieren (F5) zeigt es.</translation>
    </message>
    <message>
        <source>An identity or session changed at %1: Compute again to include it.</source>
        <translation>Um %1 hat sich eine Identität oder Sitzung geändert: Erneut berechnen, um sie einzubeziehen.</translation>
    </message>
    <message numerus="yes">
        <source>Dormant: %Ln active identities older than %1 days have not signed in for %1 days (from the sessions Kratos still has).</source>
        <translation>
            <numerusform>Ruhend: %Ln aktive Identität, älter als %1 Tage, hat sich seit %1 Tagen nicht angemeldet (laut den Sitzungen, die Kratos noch hat).</numerusform>
            <numerusform>Ruhend: %Ln aktive Identitäten, älter als %1 Tage, haben sich seit %1 Tagen nicht angemeldet (laut den Sitzungen, die Kratos noch hat).</numerusform>
        </translation>
    </message>
    <message>
        <source>Dormant: unknown until the Sessions page holds every session (All sessions, Load all).</source>
        <translation>Ruhend: unbekannt, bis die Seite Sitzungen alle Sitzungen enthält (Alle Sitzungen, Alle laden).</translation>
    </message>
    <message numerus="yes">
        <source>Invited but never signed in: %Ln active identities invited from this or an imported trail have no session (File → Invitations…).</source>
        <translation>
            <numerusform>Eingeladen, nie angemeldet: %Ln aktive Identität, eingeladen laut diesem oder einem importierten Protokoll, hat keine Sitzung (Datei → Einladungen…).</numerusform>
            <numerusform>Eingeladen, nie angemeldet: %Ln aktive Identitäten, eingeladen laut diesem oder einem importierten Protokoll, haben keine Sitzung (Datei → Einladungen…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTrail</name>
    <message numerus="yes">
        <source>its next page (token %1) is one already read, after %Ln pages; the list was not read further</source>
        <translation>
            <numerusform>seine nächste Seite (Token %1) wurde schon gelesen, nach %Ln Seite; die Liste wurde nicht weiter gelesen</numerusform>
            <numerusform>seine nächste Seite (Token %1) wurde schon gelesen, nach %Ln Seiten; die Liste wurde nicht weiter gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty pages in a row still link to a next one; the list was not read further</source>
        <translation>
            <numerusform>%Ln leere Seite verweist noch auf eine nächste; die Liste wurde nicht weiter gelesen</numerusform>
            <numerusform>%Ln leere Seiten in Folge verweisen noch auf eine nächste; die Liste wurde nicht weiter gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinnedListNote</name>
    <message>
        <source>Not in the list while the filter is being applied…</source>
        <translation>Nicht in der Liste, solange der Filter angewendet wird …</translation>
    </message>
    <message>
        <source>the state filter “%1”</source>
        <translation>den Zustandsfilter „%1“</translation>
    </message>
    <message>
        <source>the filter “%1”</source>
        <translation>den Filter „%1“</translation>
    </message>
    <message>
        <source>Not in the list: hidden by %1.</source>
        <translation>Nicht in der Liste: ausgeblendet durch %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Not in the list yet: the list is loading…</source>
        <translation>Noch nicht in der Liste: die Liste wird geladen …</translation>
    </message>
    <message>
        <source>Not in the list: the list could not be loaded.</source>
        <translation>Nicht in der Liste: die Liste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Not in the list: not a result of the search “%1”.</source>
        <translation>Nicht in der Liste: kein Ergebnis der Suche „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Not in the list: not among the %Ln identities loaded so far.</source>
        <translation>
            <numerusform>Nicht in der Liste: nicht unter der bisher geladenen %Ln Identität.</numerusform>
            <numerusform>Nicht in der Liste: nicht unter den bisher geladenen %Ln Identitäten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the list any more: asking the server…</source>
        <translation>Nicht mehr in der Liste: der Server wird gefragt …</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file has no &quot;profiles&quot; list; it was not exported by Kratos Desk.</source>
        <translation>Die Datei hat keine Liste „profiles“; sie wurde nicht von Kratos Desk exportiert.</translation>
    </message>
    <message>
        <source>Profile %1 contains a token. Tokens are never imported from files; remove it and enter the token in the profile instead.</source>
        <translation>Profil %1 enthält ein Token. Token werden nie aus Dateien importiert; entfernen Sie es und geben Sie das Token stattdessen im Profil ein.</translation>
    </message>
    <message>
        <source>Profile %1 (&quot;%2&quot;): %3</source>
        <translation>Profil %1 („%2“): %3</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Read-only: refuse every change</source>
        <translation>Nur lesen: jede Änderung verweigern</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>optional: PEM file of a private certificate authority</source>
        <translation>optional: PEM-Datei einer privaten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>optional: host:port of a syslog collector (RFC 5424 over TCP)</source>
        <translation>optional: Host:Port eines Syslog-Sammlers (RFC 5424 über TCP)</translation>
    </message>
    <message>
        <source>Every audit record of this profile is also sent there. The local trail stays authoritative; records wait on disk while the collector is away.</source>
        <translation>Jeder Prüfeintrag dieses Profils wird auch dorthin gesendet. Maßgeblich bleibt das lokale Protokoll; solange der Sammler nicht erreichbar ist, warten die Einträge auf der Festplatte.</translation>
    </message>
    <message>
        <source>collector&apos;s CA (PEM), when not in the system store</source>
        <translation>CA des Sammlers (PEM), falls nicht im Systemspeicher</translation>
    </message>
    <message>
        <source>paste a new token; saved to the OS keychain</source>
        <translation>neues Token einfügen; wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Admin URL</source>
        <translation>Admin-URL</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Audit to syslog</source>
        <translation>Prüfprotokoll an Syslog</translation>
    </message>
    <message>
        <source>Admin token</source>
        <translation>Admin-Token</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Built-in simulator</source>
        <translation>Eingebauter Simulator</translation>
    </message>
    <message>
        <source>(built-in simulator)</source>
        <translation>(eingebauter Simulator)</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>No token (none needed for self-hosted Kratos)</source>
        <translation>Kein Token (für selbst betriebenes Kratos nicht nötig)</translation>
    </message>
    <message>
        <source>A token is kept for this session only (no keychain).</source>
        <translation>Ein Token wird nur für diese Sitzung gehalten (kein Schlüsselbund).</translation>
    </message>
    <message>
        <source>A token is saved in the OS keychain.</source>
        <translation>Ein Token ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No token saved (none needed for self-hosted Kratos).</source>
        <translation>Kein Token gespeichert (für selbst betriebenes Kratos nicht nötig).</translation>
    </message>
    <message>
        <source>Warning: %1 is plain http:// to another machine. The admin token would travel unencrypted; use https://.</source>
        <translation>Warnung: %1 ist unverschlüsseltes http:// zu einem anderen Rechner. Das Admin-Token würde unverschlüsselt übertragen; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep the token in memory for this session only? You will have to enter it again next time.</source>
        <translation>Token nur für diese Sitzung im Speicher halten? Beim nächsten Mal müssen Sie es erneut eingeben.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and delete its token from the keychain? The audit log stays.</source>
        <translation>Profil „%1“ entfernen und sein Token aus dem Schlüsselbund löschen? Das Prüfprotokoll bleibt erhalten.</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nichts importiert. %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln profile(s). Enter their tokens here; files never carry tokens.</source>
        <translation>
            <numerusform>%Ln Profil importiert. Geben Sie das Token hier ein; Dateien enthalten nie Token.</numerusform>
            <numerusform>%Ln Profile importiert. Geben Sie die Token hier ein; Dateien enthalten nie Token.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln profile(s), without tokens.</source>
        <translation>
            <numerusform>%Ln Profil exportiert, ohne Token.</numerusform>
            <numerusform>%Ln Profile exportiert, ohne Token.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token was deleted from the keychain.</source>
        <translation>Das Token wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>The demo profile uses the built-in simulator: nothing to test.</source>
        <translation>Das Demoprofil nutzt den eingebauten Simulator: Es gibt nichts zu testen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Syslog collector</source>
        <translation>Syslog-Sammler</translation>
    </message>
    <message>
        <source>Syslog collector&apos;s CA file</source>
        <translation>CA-Datei des Syslog-Sammlers</translation>
    </message>
    <message>
        <source>for schemas and sending verification or recovery, e.g. http://127.0.0.1:4433</source>
        <translation>für Schemas und zum Senden von Bestätigung oder Wiederherstellung, z. B. http://127.0.0.1:4433</translation>
    </message>
    <message>
        <source>Kratos&apos;s public API: /schemas and the self-service flows the sign-in check uses to send verification and recovery messages. Self-hosted: usually port 4433; Ory Network: the project URL again. It never receives the admin token.</source>
        <translation>Die öffentliche API von Kratos: /schemas und die Self-Service-Abläufe, mit denen die Anmeldeprüfung Bestätigungs- und Wiederherstellungsnachrichten sendet. Selbst betrieben: meist Port 4433; Ory Network: noch einmal die Projekt-URL. Sie erhält nie das Admin-Token.</translation>
    </message>
    <message>
        <source>Ask for a reason or ticket with every change</source>
        <translation>Zu jeder Änderung nach Grund oder Ticket fragen</translation>
    </message>
    <message>
        <source>Changes, exports and reveals are refused unsent without a reason, in the window and on the command line (--reason). On by default for production profiles.</source>
        <translation>Änderungen, Exporte und das Aufdecken von Nachrichten werden ohne Grund ungesendet verweigert, im Fenster und auf der Kommandozeile (--reason). Bei Produktionsprofilen standardmäßig eingeschaltet.</translation>
    </message>
    <message>
        <source>Ticket URL</source>
        <translation>Ticket-URL</translation>
    </message>
    <message>
        <source>optional: https://helpdesk.example.com/browse/{ticket}</source>
        <translation>optional: https://helpdesk.example.com/browse/{ticket}</translation>
    </message>
    <message>
        <source>Ticket references in reasons (SUP-1234, #1234) become links to this address in the audit viewer; {ticket} stands for the reference.</source>
        <translation>Ticketnummern in Gründen (SUP-1234, #1234) werden in der Protokollansicht zu Links auf diese Adresse; {ticket} steht für die Nummer.</translation>
    </message>
</context>
<context>
    <name>PublicFlowClient</name>
    <message>
        <source>Start a %1 flow</source>
        <translation>Einen %1-Ablauf beginnen</translation>
    </message>
    <message>
        <source>Submit the %1 flow</source>
        <translation>Den %1-Ablauf absenden</translation>
    </message>
    <message>
        <source>The profile has no public URL, and Kratos serves its self-service flows only there. Add the public URL (self-hosted: usually port 4433; Ory Network: the project URL) to the connection profile.</source>
        <translation>Das Profil hat keine öffentliche URL, und Kratos bietet seine Self-Service-Abläufe nur dort an. Tragen Sie die öffentliche URL im Verbindungsprofil ein (selbst betrieben: meist Port 4433; Ory Network: die Projekt-URL).</translation>
    </message>
    <message>
        <source>the answer is not a self-service flow</source>
        <translation>die Antwort ist kein Self-Service-Ablauf</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No token is saved for this profile.</source>
        <translation>Für dieses Profil ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this desktop (%1). Tokens are never written to disk in plain text.</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbund verfügbar (%1). Token werden nie im Klartext auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>Line %1 of the audit trail is not valid JSON.</source>
        <translation>Zeile %1 des Prüfprotokolls ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Die CA-Zertifikatsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 enthält kein PEM- oder DER-Zertifikat.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The admin URL must be a full URL such as http://127.0.0.1:4434 or https://&lt;slug&gt;.projects.oryapis.com.</source>
        <translation>Die Admin-URL muss eine vollständige URL sein, etwa http://127.0.0.1:4434 oder https://&lt;slug&gt;.projects.oryapis.com.</translation>
    </message>
    <message>
        <source>The admin URL must start with http:// or https://.</source>
        <translation>Die Admin-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The public URL must be empty or a full http:// or https:// URL.</source>
        <translation>Die öffentliche URL muss leer oder eine vollständige http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>The request timeout must be between 1 and 600 seconds.</source>
        <translation>Das Zeitlimit für Anfragen muss zwischen 1 und 600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>unknown environment &quot;%1&quot;</source>
        <translation>unbekannte Umgebung „%1“</translation>
    </message>
    <message>
        <source>The server answered, but not like Kratos&apos;s admin API: %1</source>
        <translation>Der Server hat geantwortet, aber nicht wie die Admin-API von Kratos: %1</translation>
    </message>
    <message>
        <source>The server does not know Kratos&apos;s admin endpoints (%1). Is this the admin URL?</source>
        <translation>Der Server kennt die Admin-Endpunkte von Kratos nicht (%1). Ist das die Admin-URL?</translation>
    </message>
    <message>
        <source>This entry is not a JSON object.</source>
        <translation>Dieser Eintrag ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This entry has no &quot;schema_id&quot;.</source>
        <translation>Dieser Eintrag hat keine „schema_id“.</translation>
    </message>
    <message>
        <source>This entry has no &quot;traits&quot; object.</source>
        <translation>Dieser Eintrag hat kein Objekt „traits“.</translation>
    </message>
    <message>
        <source>The state &quot;%1&quot; is neither active nor inactive.</source>
        <translation>Der Zustand „%1“ ist weder aktiv noch inaktiv.</translation>
    </message>
    <message>
        <source>The syslog collector needs a host name or address.</source>
        <translation>Der Syslog-Sammler braucht einen Hostnamen oder eine Adresse.</translation>
    </message>
    <message>
        <source>The syslog collector&apos;s port must be between 1 and 65535.</source>
        <translation>Der Port des Syslog-Sammlers muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The syslog collector&apos;s CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 des Syslog-Sammlers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2 on line %3</source>
        <translation>%1: %2 in Zeile %3</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Traits: %1 on line %2</source>
        <translation>Merkmale: %1 in Zeile %2</translation>
    </message>
    <message>
        <source>Traits must be a JSON object.</source>
        <translation>Merkmale müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+4915112345678</source>
        <translation>+4915112345678</translation>
    </message>
    <message>
        <source>https://example.com/</source>
        <translation>https://example.com/</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>2026-01-31T12:00:00Z</source>
        <translation>2026-01-31T12:00:00Z</translation>
    </message>
    <message>
        <source>The ticket URL must contain {ticket} where the ticket reference goes.</source>
        <translation>Die Ticket-URL muss {ticket} enthalten, wo die Ticketnummer hingehört.</translation>
    </message>
    <message>
        <source>The ticket URL must be a full http:// or https:// URL, such as https://helpdesk.example.com/browse/{ticket}.</source>
        <translation>Die Ticket-URL muss eine vollständige http://- oder https://-URL sein, etwa https://helpdesk.example.com/browse/{ticket}.</translation>
    </message>
</context>
<context>
    <name>ReadStamp</name>
    <message>
        <source>read at %1</source>
        <translation>gelesen um %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>gelesen %1</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <source>why, or a ticket such as SUP-1234</source>
        <translation>warum, oder ein Ticket wie SUP-1234</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Grund (erforderlich)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Recorded with the change in the audit trail and sent with it to the syslog collector.</source>
        <translation>Wird mit der Änderung im Prüfprotokoll festgehalten und mit ihr an den Syslog-Sammler gesendet.</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket (required by this profile):</source>
        <translation>&amp;Grund oder Ticket (von diesem Profil verlangt):</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket:</source>
        <translation>&amp;Grund oder Ticket:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovery link (the user opens it)</source>
        <translation>Wiederherstellungslink (wird von der Person geöffnet)</translation>
    </message>
    <message>
        <source>Recovery code (the user types it on the recovery page)</source>
        <translation>Wiederherstellungscode (wird auf der Wiederherstellungsseite eingegeben)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Recovery for %1</source>
        <translation>Wiederherstellung für %1</translation>
    </message>
    <message>
        <source>How long it stays valid, e.g. 30m, 1h or 1h30m</source>
        <translation>Wie lange sie gültig bleibt, z. B. 30m, 1h oder 1h30m</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>Creates a new recovery for %1 (%2). Anyone with it can take over the account until it expires: send it only to the verified owner.</source>
        <translation>Erzeugt eine neue Wiederherstellung für %1 (%2). Wer sie hat, kann das Konto übernehmen, bis sie abläuft: Geben Sie sie nur an die bestätigte Inhaberin oder den bestätigten Inhaber weiter.</translation>
    </message>
    <message>
        <source>Write the validity as a duration such as 30m, 1h or 1h30m.</source>
        <translation>Geben Sie die Gültigkeit als Dauer an, etwa 30m, 1h oder 1h30m.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>The user enters it at %1</source>
        <translation>Die Person gibt ihn unter %1 ein</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
    <message>
        <source>Recovery link or code</source>
        <translation>Wiederherstellungslink oder -code</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Aktivieren …</translation>
    </message>
    <message>
        <source>This profile asks for a reason with every change: say why, or name the ticket.</source>
        <translation>Dieses Profil verlangt zu jeder Änderung einen Grund: Sagen Sie warum, oder nennen Sie das Ticket.</translation>
    </message>
</context>
<context>
    <name>RegexPattern</name>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>„%1“ ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
</context>
<context>
    <name>SchemaInspector</name>
    <message>
        <source>JSON Pointer</source>
        <translation>JSON Pointer</translation>
    </message>
    <message>
        <source>Path in the traits</source>
        <translation>Pfad in den Merkmalen</translation>
    </message>
    <message>
        <source>Schema keywords</source>
        <translation>Schema-Schlüsselwörter</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value in identity</source>
        <translation>Wert in der Identität</translation>
    </message>
    <message>
        <source>Select a node of the schema.</source>
        <translation>Wählen Sie einen Knoten des Schemas.</translation>
    </message>
    <message>
        <source>(schema)</source>
        <translation>(Schema)</translation>
    </message>
    <message>
        <source>Kratos: %1</source>
        <translation>Kratos: %1</translation>
    </message>
    <message>
        <source>(boolean schema)</source>
        <translation>(boolesches Schema)</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>Not a JSON Schema keyword: validators and Kratos ignore it.</source>
        <translation>Kein JSON-Schema-Schlüsselwort: Validatoren und Kratos ignorieren es.</translation>
    </message>
</context>
<context>
    <name>SchemaMarkdown</name>
    <message>
        <source>Identity schema %1</source>
        <translation>Identitätsschema %1</translation>
    </message>
    <message>
        <source>Identity schema: %1</source>
        <translation>Identitätsschema: %1</translation>
    </message>
    <message>
        <source>Schema id</source>
        <translation>Schema-ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Login identifiers</source>
        <translation>Anmeldekennungen</translation>
    </message>
    <message>
        <source>Verified addresses</source>
        <translation>Bestätigte Adressen</translation>
    </message>
    <message>
        <source>Recovery addresses</source>
        <translation>Wiederherstellungsadressen</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>This schema defines no traits.</source>
        <translation>Dieses Schema definiert keine Merkmale.</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Outside traits</source>
        <translation>Außerhalb der Merkmale</translation>
    </message>
    <message>
        <source>Kratos keeps only `traits` of an identity; these parts of the schema do not apply to identities.</source>
        <translation>Kratos speichert von einer Identität nur `traits`; diese Teile des Schemas gelten nicht für Identitäten.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>SchemaNode</name>
    <message>
        <source>anything</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation>Liste von %1</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>Format %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eins von %1</translation>
    </message>
    <message>
        <source>always %1</source>
        <translation>immer %1</translation>
    </message>
    <message>
        <source>%1–%2 characters</source>
        <translation>%1–%2 Zeichen</translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>nicht leer</translation>
    </message>
    <message>
        <source>multiple of %1</source>
        <translation>Vielfaches von %1</translation>
    </message>
    <message>
        <source>pattern %1</source>
        <translation>Muster %1</translation>
    </message>
    <message>
        <source>oneOf: exactly one of %1</source>
        <translation>oneOf: genau eins von %1</translation>
    </message>
    <message>
        <source>anyOf: at least one of %1</source>
        <translation>anyOf: mindestens eins von %1</translation>
    </message>
    <message>
        <source>allOf: all of %1</source>
        <translation>allOf: alle von %1</translation>
    </message>
    <message>
        <source>must not match the &quot;not&quot; branch</source>
        <translation>darf nicht zum Zweig „not“ passen</translation>
    </message>
    <message>
        <source>conditional (if/then/else)</source>
        <translation>bedingt (if/then/else)</translation>
    </message>
    <message>
        <source>%1–%2 items</source>
        <translation>%1–%2 Einträge</translation>
    </message>
    <message>
        <source>unique items</source>
        <translation>eindeutige Einträge</translation>
    </message>
    <message>
        <source>no other properties</source>
        <translation>keine weiteren Eigenschaften</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Vorgabe %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>uses %1</source>
        <translation>verwendet %1</translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln characters</source>
        <translation>
            <numerusform>mindestens %Ln Zeichen</numerusform>
            <numerusform>mindestens %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln characters</source>
        <translation>
            <numerusform>höchstens %Ln Zeichen</numerusform>
            <numerusform>höchstens %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln items</source>
        <translation>
            <numerusform>mindestens %Ln Eintrag</numerusform>
            <numerusform>mindestens %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln items</source>
        <translation>
            <numerusform>höchstens %Ln Eintrag</numerusform>
            <numerusform>höchstens %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln properties</source>
        <translation>
            <numerusform>mindestens %Ln Eigenschaft</numerusform>
            <numerusform>mindestens %Ln Eigenschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln properties</source>
        <translation>
            <numerusform>höchstens %Ln Eigenschaft</numerusform>
            <numerusform>höchstens %Ln Eigenschaften</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaRefCheck</name>
    <message>
        <source>the $ref to &quot;#%1&quot; points to nothing in the schema</source>
        <translation>der $ref auf „#%1“ verweist auf nichts im Schema</translation>
    </message>
    <message>
        <source>the schema has more than %1 subschemas</source>
        <translation>das Schema hat mehr als %1 Teilschemas</translation>
    </message>
    <message>
        <source>%1 (at &quot;#%2&quot;)</source>
        <translation>%1 (bei „#%2“)</translation>
    </message>
    <message>
        <source>$ref is not a string</source>
        <translation>$ref ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the $ref &quot;%1&quot; names an anchor, which is not supported</source>
        <translation>der $ref „%1“ nennt einen Anker, was nicht unterstützt wird</translation>
    </message>
    <message>
        <source>the $ref &quot;%1&quot; refers to another document, which is never fetched</source>
        <translation>der $ref „%1“ verweist auf ein anderes Dokument, das nie abgerufen wird</translation>
    </message>
    <message>
        <source>the schema at &quot;#%1&quot; leads back to &quot;#%2&quot; without descending into the value (a $ref cycle)</source>
        <translation>das Schema bei „#%1“ führt zurück zu „#%2“, ohne in den Wert abzusteigen (ein $ref-Zyklus)</translation>
    </message>
</context>
<context>
    <name>SchemaTree</name>
    <message>
        <source>External reference %1 is not loaded; its content is not shown.</source>
        <translation>Der externe Verweis %1 wird nicht geladen; sein Inhalt wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>$ref %1 is recursive (%2); Kratos cannot use a recursive identity schema, so it is not expanded.</source>
        <translation>$ref %1 ist rekursiv (%2); Kratos kann kein rekursives Identitätsschema verwenden, daher wird es nicht aufgelöst.</translation>
    </message>
    <message>
        <source>$ref %1 points to nothing in this schema.</source>
        <translation>$ref %1 verweist auf nichts in diesem Schema.</translation>
    </message>
    <message>
        <source>$ref %1 points to a %2, not to a schema.</source>
        <translation>$ref %1 verweist auf %2, nicht auf ein Schema.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>plain value</source>
        <translation>einfacher Wert</translation>
    </message>
    <message>
        <source>$ref %1 is a chain of more than %2 references.</source>
        <translation>$ref %1 ist eine Kette aus mehr als %2 Verweisen.</translation>
    </message>
    <message>
        <source>The schema is nested deeper than %1 levels; the rest is not shown.</source>
        <translation>Das Schema ist tiefer als %1 Ebenen verschachtelt; der Rest wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>This is not a schema: a schema is an object or true/false.</source>
        <translation>Das ist kein Schema: Ein Schema ist ein Objekt oder true/false.</translation>
    </message>
    <message>
        <source>The schema expands to more than %1 nodes; the rest is not shown.</source>
        <translation>Das Schema ergibt mehr als %1 Knoten; der Rest wird nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Kratos</source>
        <translation>Kratos</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>the pattern at &quot;#%1&quot; is not a string</source>
        <translation>das Muster bei „#%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 (at &quot;#%2&quot;)</source>
        <translation>%1 (bei „#%2“)</translation>
    </message>
    <message>
        <source>The identity schema cannot be used for validation: %1</source>
        <translation>Das Identitätsschema kann nicht zur Prüfung verwendet werden: %1</translation>
    </message>
    <message>
        <source>it is neither an object nor true or false</source>
        <translation>es ist weder ein Objekt noch true oder false</translation>
    </message>
    <message>
        <source>does not match the schema</source>
        <translation>passt nicht zum Schema</translation>
    </message>
    <message>
        <source>could not be checked against the schema: %1</source>
        <translation>konnte nicht gegen das Schema geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>SchemasPage</name>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>Identity schemas</source>
        <translation>Identitätsschemas</translation>
    </message>
    <message>
        <source>Search the schema</source>
        <translation>Im Schema suchen</translation>
    </message>
    <message>
        <source>Search traits, titles, formats, Kratos roles…</source>
        <translation>Merkmale, Titel, Formate, Kratos-Rollen suchen…</translation>
    </message>
    <message>
        <source>Schema tree</source>
        <translation>Schemabaum</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>This server has no identity schemas.</source>
        <translation>Dieser Server hat keine Identitätsschemas.</translation>
    </message>
    <message>
        <source>There is no identity schema &quot;%1&quot; on this server; showing &quot;%2&quot;.</source>
        <translation>Auf diesem Server gibt es kein Identitätsschema „%1“; angezeigt wird „%2“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Kratos cannot use this schema as it is:</source>
        <translation>Kratos kann dieses Schema so nicht verwenden:</translation>
    </message>
    <message>
        <source>No schema is selected.</source>
        <translation>Kein Schema ausgewählt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export schema &quot;%1&quot; as Markdown</source>
        <translation>Schema „%1“ als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
</context>
<context>
    <name>SecretClipboard</name>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Revoke session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>Session %1 of %2 will be revoked: that device is signed out. The session record stays, marked inactive.</source>
        <translation>Sitzung %1 von %2 wird widerrufen: Dieses Gerät wird abgemeldet. Der Sitzungseintrag bleibt, als inaktiv markiert.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Extend session</source>
        <translation>Sitzung verlängern</translation>
    </message>
    <message>
        <source>Session %1 of %2 will be extended: its expiry moves to now plus the session lifespan configured in Kratos. Each extension pushes it further.</source>
        <translation>Sitzung %1 von %2 wird verlängert: Ihr Ablauf rückt auf jetzt plus die in Kratos eingestellte Sitzungsdauer. Jede Verlängerung schiebt ihn weiter hinaus.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>Revive an expired session?</source>
        <translation>Abgelaufene Sitzung wiederbeleben?</translation>
    </message>
    <message>
        <source>Session %1 of %2 expired on %3. Extending it revives it: whoever holds that session token, on the device it was issued to or anywhere it was copied, is signed in again without a password. Extend it only if you know the user is at that device.</source>
        <translation>Sitzung %1 von %2 ist am %3 abgelaufen. Wer sie verlängert, belebt sie wieder: Wer dieses Sitzungstoken besitzt, auf dem Gerät, für das es ausgestellt wurde, oder überall, wohin es kopiert wurde, ist wieder ohne Passwort angemeldet. Verlängern Sie nur, wenn Sie wissen, dass die Person an diesem Gerät ist.</translation>
    </message>
    <message>
        <source>Revive session</source>
        <translation>Sitzung wiederbeleben</translation>
    </message>
</context>
<context>
    <name>SessionDetailPane</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Select a session to see its methods and devices.</source>
        <translation>Wählen Sie eine Sitzung, um ihre Methoden und Geräte zu sehen.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>AAL</source>
        <translation>AAL</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Open &amp;identity</source>
        <translation>&amp;Identität öffnen</translation>
    </message>
    <message>
        <source>Authentication methods</source>
        <translation>Anmeldemethoden</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sitzung von %1</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive: expired %1</source>
        <translation>inaktiv: abgelaufen %1</translation>
    </message>
    <message>
        <source>inactive: revoked</source>
        <translation>inaktiv: widerrufen</translation>
    </message>
    <message>
        <source>Assurance level</source>
        <translation>Sicherheitsstufe</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Revoke &amp;session…</source>
        <translation>&amp;Sitzung widerrufen…</translation>
    </message>
    <message>
        <source>The server no longer has this session (found missing at %1).</source>
        <translation>Der Server hat diese Sitzung nicht mehr (um %1 als fehlend erkannt).</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source> +%1 more</source>
        <translation> +%1 weitere</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>AAL</source>
        <translation>AAL</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>List the identity&apos;s sessions</source>
        <translation>Sitzungen der Identität auflisten</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Load &amp;all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>Re&amp;voke selected…</source>
        <translation>Gewählte &amp;widerrufen…</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Inactive only (revoked or expired)</source>
        <translation>Nur inaktive (widerrufen oder abgelaufen)</translation>
    </message>
    <message>
        <source>Which sessions</source>
        <translation>Welche Sitzungen</translation>
    </message>
    <message>
        <source>Filter loaded sessions: identity, IP address, device, method</source>
        <translation>Geladene Sitzungen filtern: Identität, IP-Adresse, Gerät, Methode</translation>
    </message>
    <message>
        <source>Filter loaded sessions</source>
        <translation>Geladene Sitzungen filtern</translation>
    </message>
    <message>
        <source>Keep loading pages until every session is in the list</source>
        <translation>Seiten laden, bis jede Sitzung in der Liste ist</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sessions: go to the loaded-rows filter</source>
        <translation>Sitzungen: zum Filter der geladenen Zeilen</translation>
    </message>
    <message>
        <source>Sessions: load the list again</source>
        <translation>Sitzungen: Liste neu laden</translation>
    </message>
    <message>
        <source>Sessions: revoke the selected sessions</source>
        <translation>Sitzungen: gewählte Sitzungen widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s), all loaded</source>
        <translation>
            <numerusform>%Ln Sitzung, alle geladen</numerusform>
            <numerusform>%Ln Sitzungen, alle geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) loaded, more on the server</source>
        <translation>
            <numerusform>%Ln Sitzung geladen, weitere auf dem Server</numerusform>
            <numerusform>%Ln Sitzungen geladen, weitere auf dem Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln match the filter</source>
        <translation>
            <numerusform> · %Ln passt zum Filter</numerusform>
            <numerusform> · %Ln passen zum Filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln active</source>
        <translation>
            <numerusform> · %Ln aktiv</numerusform>
            <numerusform> · %Ln aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
    <message>
        <source>Stop &amp;loading</source>
        <translation>&amp;Laden anhalten</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;voke %Ln selected…</source>
        <translation>
            <numerusform>%Ln gewählte &amp;widerrufen…</numerusform>
            <numerusform>%Ln gewählte &amp;widerrufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;identity</source>
        <translation>&amp;Identität öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy session ID</source>
        <translation>Sitzungs-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Not in the list: hidden by the filter “%1”.</source>
        <translation>Nicht in der Liste: ausgeblendet durch den Filter „%1“.</translation>
    </message>
    <message>
        <source>Not in the list yet: the list is loading…</source>
        <translation>Noch nicht in der Liste: die Liste wird geladen …</translation>
    </message>
    <message>
        <source>Not in the list: hidden by “%1”.</source>
        <translation>Nicht in der Liste: ausgeblendet durch „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Not in the list: not among the %Ln sessions loaded so far.</source>
        <translation>
            <numerusform>Nicht in der Liste: nicht unter der bisher geladenen %Ln Sitzung.</numerusform>
            <numerusform>Nicht in der Liste: nicht unter den bisher geladenen %Ln Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the list any more.</source>
        <translation>Nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>Filter: “%1”</source>
        <translation>Filter: „%1“</translation>
    </message>
    <message>
        <source> · sessions changed at %1, after it was read: Refresh to see it</source>
        <translation> · Sitzungen um %1 geändert, nachdem die Liste gelesen wurde: Aktualisieren zeigt es</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Wie System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&quot;Follow system&quot; uses the desktop&apos;s light or dark setting and follows its changes</source>
        <translation>„Wie System“ übernimmt die helle oder dunkle Einstellung des Desktops und folgt ihren Änderungen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Courier auto-&amp;refresh every</source>
        <translation>Kurier automatisch &amp;aktualisieren alle</translation>
    </message>
    <message>
        <source>&amp;Hide a revealed message body after</source>
        <translation>Angezeigten Nachrichteninhalt aus&amp;blenden nach</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Takes effect the next time Kratos Desk starts</source>
        <translation>Wirkt beim nächsten Start von Kratos Desk</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start)</source>
        <translation>&amp;Sprache (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation>nur auf Anfrage</translation>
    </message>
    <message>
        <source>0 reads the overview&apos;s figures only when you press Refresh; otherwise at least 30 s</source>
        <translation>0 liest die Zahlen der Übersicht nur, wenn Sie Aktualisieren drücken; sonst mindestens 30 s</translation>
    </message>
    <message>
        <source>&amp;Overview refresh every</source>
        <translation>Übersicht aktualisieren a&amp;lle</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie bewirkt</translation>
    </message>
    <message>
        <source>Search box: search now, or open the selected or only result</source>
        <translation>Suchfeld: jetzt suchen oder das ausgewählte bzw. einzige Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Open the context menu of the list or tree in focus</source>
        <translation>Kontextmenü der Liste oder des Baums im Fokus öffnen</translation>
    </message>
    <message>
        <source>Close a dialog or menu without doing anything</source>
        <translation>Dialog oder Menü schließen, ohne etwas zu tun</translation>
    </message>
</context>
<context>
    <name>SignInCheck</name>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>social sign-in</source>
        <translation>Social Login</translation>
    </message>
    <message>
        <source>SAML single sign-on</source>
        <translation>SAML-Single-Sign-on</translation>
    </message>
    <message>
        <source>passkey</source>
        <translation>Passkey</translation>
    </message>
    <message>
        <source>one-time code by e-mail or SMS</source>
        <translation>Einmalcode per E-Mail oder SMS</translation>
    </message>
    <message>
        <source>security key</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>authenticator app (TOTP)</source>
        <translation>Authenticator-App (TOTP)</translation>
    </message>
    <message>
        <source>backup codes</source>
        <translation>Backup-Codes</translation>
    </message>
    <message>
        <source>magic link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <source>identifier first</source>
        <translation>Kennung zuerst</translation>
    </message>
    <message>
        <source>the courier did not say why</source>
        <translation>der Kurier nannte keinen Grund</translation>
    </message>
    <message>
        <source>the SMS gateway refused the phone number</source>
        <translation>das SMS-Gateway hat die Telefonnummer abgelehnt</translation>
    </message>
    <message>
        <source>the mail server refused the recipient: the address does not exist</source>
        <translation>der Mailserver hat den Empfänger abgelehnt: Die Adresse existiert nicht</translation>
    </message>
    <message>
        <source>the recipient&apos;s mailbox is full</source>
        <translation>das Postfach des Empfängers ist voll</translation>
    </message>
    <message>
        <source>the mail server refused the courier&apos;s login (check the SMTP credentials)</source>
        <translation>der Mailserver hat die Anmeldung des Kuriers abgelehnt (SMTP-Zugangsdaten prüfen)</translation>
    </message>
    <message>
        <source>the secure connection to the mail server failed (certificate or TLS)</source>
        <translation>die sichere Verbindung zum Mailserver ist fehlgeschlagen (Zertifikat oder TLS)</translation>
    </message>
    <message>
        <source>the provider is limiting the rate; the courier tries again</source>
        <translation>der Anbieter drosselt die Rate; der Kurier versucht es erneut</translation>
    </message>
    <message>
        <source>the mail server asked to try again later</source>
        <translation>der Mailserver bat, es später erneut zu versuchen</translation>
    </message>
    <message>
        <source>the courier could not reach the mail server or SMS gateway</source>
        <translation>der Kurier konnte den Mailserver oder das SMS-Gateway nicht erreichen</translation>
    </message>
    <message>
        <source>the mail server rejected the message as spam or by policy</source>
        <translation>der Mailserver hat die Nachricht als Spam oder aufgrund einer Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>the courier reported: %1</source>
        <translation>der Kurier meldete: %1</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>The identity was set to inactive %1. Kratos refuses every sign-in and every recovery until it is active again.</source>
        <translation>Die Identität wurde %1 auf inaktiv gesetzt. Kratos lehnt jede Anmeldung und jede Wiederherstellung ab, bis sie wieder aktiv ist.</translation>
    </message>
    <message>
        <source>A verification message was sent %1 and not used.</source>
        <translation>Eine Bestätigungsnachricht wurde %1 gesendet und nicht verwendet.</translation>
    </message>
    <message>
        <source>No verification message was sent since it was added %1.</source>
        <translation>Seit sie %1 hinzugefügt wurde, wurde keine Bestätigungsnachricht gesendet.</translation>
    </message>
    <message>
        <source>Its status is &quot;%1&quot;, but it is not verified.</source>
        <translation>Ihr Status ist „%1“, aber sie ist nicht bestätigt.</translation>
    </message>
    <message>
        <source> It is a login identifier: where the server requires a verified address to sign in, the user is refused.</source>
        <translation> Sie ist eine Anmeldekennung: Wo der Server zur Anmeldung eine bestätigte Adresse verlangt, wird die Person abgewiesen.</translation>
    </message>
    <message>
        <source>%1 is not verified</source>
        <translation>%1 ist nicht bestätigt</translation>
    </message>
    <message>
        <source>Courier messages not read</source>
        <translation>Kurier-Nachrichten nicht gelesen</translation>
    </message>
    <message>
        <source>The identity has no address to look for.</source>
        <translation>Die Identität hat keine Adresse, nach der gesucht werden könnte.</translation>
    </message>
    <message>
        <source>%1 to %2 was abandoned</source>
        <translation>%1 an %2 wurde aufgegeben</translation>
    </message>
    <message numerus="yes">
        <source>The courier gave up %1 after %Ln attempt(s): %2.</source>
        <translation>
            <numerusform>Der Kurier gab %1 nach %Ln Versuch auf: %2.</numerusform>
            <numerusform>Der Kurier gab %1 nach %Ln Versuchen auf: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 is failing</source>
        <translation>%1 an %2 schlägt fehl</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s) so far, the last %1: %2. The courier tries again.</source>
        <translation>
            <numerusform>Bisher %Ln Versuch, der letzte %1: %2. Der Kurier versucht es erneut.</numerusform>
            <numerusform>Bisher %Ln Versuche, der letzte %1: %2. Der Kurier versucht es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 is still queued</source>
        <translation>%1 an %2 wartet noch</translation>
    </message>
    <message>
        <source>It was queued %1 and not sent yet: the courier may not be running (kratos courier watch, or serve --watch-courier).</source>
        <translation>Sie wurde %1 eingereiht und noch nicht gesendet: Der Kurier läuft möglicherweise nicht (kratos courier watch oder serve --watch-courier).</translation>
    </message>
    <message>
        <source>Last delivered: %1 to %2</source>
        <translation>Zuletzt zugestellt: %1 an %2</translation>
    </message>
    <message>
        <source>Handed to the mail server or SMS gateway %1. If it did not arrive, ask the user to look in their spam folder.</source>
        <translation>%1 an den Mailserver oder das SMS-Gateway übergeben. Ist sie nicht angekommen, bitten Sie die Person, im Spam-Ordner nachzusehen.</translation>
    </message>
    <message>
        <source>Sessions not read</source>
        <translation>Sitzungen nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln aktive Sitzung</numerusform>
            <numerusform>%Ln aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>That many sessions at once can mean a shared or a stolen account. Revoking them signs the user out everywhere.</source>
        <translation>So viele Sitzungen gleichzeitig können ein geteiltes oder gestohlenes Konto bedeuten. Sie zu widerrufen meldet die Person überall ab.</translation>
    </message>
    <message>
        <source>No active session</source>
        <translation>Keine aktive Sitzung</translation>
    </message>
    <message>
        <source>They are signed out everywhere; the last sign-in was %1.</source>
        <translation>Die Person ist überall abgemeldet; die letzte Anmeldung war %1.</translation>
    </message>
    <message>
        <source>They have never signed in, or every session was deleted.</source>
        <translation>Die Person hat sich nie angemeldet, oder alle Sitzungen wurden gelöscht.</translation>
    </message>
    <message>
        <source>Last sign-in %1 at %2</source>
        <translation>Letzte Anmeldung %1 mit %2</translation>
    </message>
    <message>
        <source>an unknown level</source>
        <translation>unbekannter Stufe</translation>
    </message>
    <message>
        <source>The session names no authentication method.</source>
        <translation>Die Sitzung nennt keine Anmeldemethode.</translation>
    </message>
    <message>
        <source>With %1.</source>
        <translation>Mit %1.</translation>
    </message>
    <message>
        <source>Schema not checked</source>
        <translation>Schema nicht geprüft</translation>
    </message>
    <message>
        <source>The identity&apos;s schema is not loaded.</source>
        <translation>Das Schema der Identität ist nicht geladen.</translation>
    </message>
    <message>
        <source>Traits no longer match the schema &quot;%1&quot;</source>
        <translation>Merkmale passen nicht mehr zum Schema „%1“</translation>
    </message>
    <message>
        <source>Stale data after a schema change: %1. Settings and any change to the identity fail until the traits are fixed.</source>
        <translation>Veraltete Daten nach einer Schemaänderung: %1. Einstellungen und jede Änderung der Identität schlagen fehl, bis die Merkmale korrigiert sind.</translation>
    </message>
    <message>
        <source>%1 is no longer a login identifier</source>
        <translation>%1 ist keine Anmeldekennung mehr</translation>
    </message>
    <message>
        <source>The %1 credential still signs in with %2, but no trait the schema &quot;%3&quot; marks as identifier holds it. The next change to the identity drops it.</source>
        <translation>Die Zugangsart %1 meldet sich noch mit %2 an, aber kein Merkmal, das das Schema „%3“ als Kennung markiert, enthält diesen Wert. Die nächste Änderung der Identität entfernt ihn.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>the mail server refused the recipient: its domain does not exist</source>
        <translation>der Mailserver hat den Empfänger abgelehnt: seine Domain existiert nicht</translation>
    </message>
    <message>
        <source>signs in with it and gets recovery messages at it</source>
        <translation>meldet sich damit an und erhält dort Wiederherstellungsnachrichten</translation>
    </message>
    <message>
        <source>signs in with it</source>
        <translation>meldet sich damit an</translation>
    </message>
    <message>
        <source>gets recovery messages at it</source>
        <translation>erhält dort Wiederherstellungsnachrichten</translation>
    </message>
    <message>
        <source>%1 does not receive mail</source>
        <translation>%1 empfängt keine Post</translation>
    </message>
    <message>
        <source>%1 to it failed %2: %3. The user %4, so nothing Kratos sends there arrives, including codes and links. Correct the address (Edit identity), then send again.</source>
        <translation>%1 an diese Adresse ist %2 fehlgeschlagen: %3. Die Person %4, daher kommt nichts an, was Kratos dorthin sendet, auch keine Codes und Links. Korrigieren Sie die Adresse (Identität bearbeiten) und senden Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>SignInCheckPanel</name>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Read the identity&apos;s sessions, courier messages, schema and the server&apos;s sign-in methods again</source>
        <translation>Sitzungen, Kurier-Nachrichten und Schema der Identität sowie die Anmeldemethoden des Servers erneut lesen</translation>
    </message>
    <message>
        <source>Sign-in findings</source>
        <translation>Befunde der Anmeldeprüfung</translation>
    </message>
    <message>
        <source>Select an identity to check why it cannot sign in.</source>
        <translation>Wählen Sie eine Identität, um zu prüfen, warum sie sich nicht anmelden kann.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Checking sessions, courier messages, the schema and the server&apos;s sign-in methods…</source>
        <translation>Prüfe Sitzungen, Kurier-Nachrichten, das Schema und die Anmeldemethoden des Servers …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) stop this sign-in (checked %1).</source>
        <translation>
            <numerusform>%Ln Problem verhindert diese Anmeldung (geprüft %1).</numerusform>
            <numerusform>%Ln Probleme verhindern diese Anmeldung (geprüft %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing blocks sign-in; %Ln warning(s) (checked %1).</source>
        <translation>
            <numerusform>Nichts verhindert die Anmeldung; %Ln Warnung (geprüft %1).</numerusform>
            <numerusform>Nichts verhindert die Anmeldung; %Ln Warnungen (geprüft %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found that stops this sign-in (checked %1).</source>
        <translation>Nichts gefunden, was diese Anmeldung verhindert (geprüft %1).</translation>
    </message>
    <message>
        <source>Blocks sign-in</source>
        <translation>Verhindert Anmeldung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Aktivieren …</translation>
    </message>
    <message>
        <source>Send verification again…</source>
        <translation>Bestätigung erneut senden …</translation>
    </message>
    <message>
        <source>Mark verified…</source>
        <translation>Als bestätigt markieren …</translation>
    </message>
    <message>
        <source>Send recovery…</source>
        <translation>Wiederherstellung senden …</translation>
    </message>
    <message>
        <source>Revoke all sessions…</source>
        <translation>Alle Sitzungen widerrufen …</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <source>Edit identity…</source>
        <translation>Identität bearbeiten …</translation>
    </message>
    <message>
        <source>This connection profile is read-only.</source>
        <translation>Dieses Verbindungsprofil ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Send recovery</source>
        <translation>Wiederherstellung senden</translation>
    </message>
    <message>
        <source>Create a recovery link or code for this identity now?</source>
        <translation>Jetzt einen Wiederherstellungslink oder -code für diese Identität erstellen?</translation>
    </message>
    <message>
        <source>This identity has no e-mail recovery address, so Kratos cannot send it a recovery message.</source>
        <translation>Diese Identität hat keine E-Mail-Wiederherstellungsadresse, daher kann Kratos ihr keine Wiederherstellungsnachricht senden.</translation>
    </message>
    <message>
        <source>The server&apos;s public recovery flow cannot be used: %1</source>
        <translation>Der öffentliche Wiederherstellungsablauf des Servers ist nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>Kratos queued a message to %1: %2 (message %3, status %4). It appears under Messages and on the Courier page; the sign-in check shows whether it goes out.</source>
        <translation>Kratos hat eine Nachricht an %1 eingereiht: %2 (Nachricht %3, Status %4). Sie erscheint unter „Nachrichten“ und auf der Kurier-Seite; die Anmeldeprüfung zeigt, ob sie hinausgeht.</translation>
    </message>
    <message>
        <source>Kratos accepted the request but queued no message to %1: it does not know the address as one it may write to (not in the schema as verifiable or for recovery, or changed meanwhile). Nothing was sent.</source>
        <translation>Kratos hat die Anfrage angenommen, aber keine Nachricht an %1 eingereiht: Es kennt die Adresse nicht als eine, an die es schreiben darf (im Schema nicht als bestätigbar oder für die Wiederherstellung markiert, oder inzwischen geändert). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Open the queued message</source>
        <translation>Eingereihte Nachricht öffnen</translation>
    </message>
</context>
<context>
    <name>SignInCredentialCheck</name>
    <message>
        <source>Credentials not read</source>
        <translation>Zugangsdaten nicht gelesen</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not include the credentials, so sign-in methods are not checked.</source>
        <translation>Die Antwort des Servers enthielt keine Zugangsdaten, daher werden die Anmeldemethoden nicht geprüft.</translation>
    </message>
    <message>
        <source>social sign-in through %1</source>
        <translation>Social Login über %1</translation>
    </message>
    <message>
        <source>Nothing to sign in with</source>
        <translation>Nichts, womit man sich anmelden kann</translation>
    </message>
    <message>
        <source>This identity has no credentials at all: no password, no social sign-in, no passkey. A recovery lets the user set a password.</source>
        <translation>Diese Identität hat überhaupt keine Zugangsdaten: kein Passwort, kein Social Login, keinen Passkey. Eine Wiederherstellung lässt die Person ein Passwort setzen.</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>Kein Passwort gesetzt</translation>
    </message>
    <message>
        <source>The password credential holds only the identifier %1, no password: Kratos writes it for the login trait. A recovery lets the user set a password.</source>
        <translation>Die Passwort-Zugangsart enthält nur die Kennung %1, kein Passwort: Kratos legt sie für das Anmelde-Merkmal an. Mit einer Wiederherstellung kann die Person ein Passwort setzen.</translation>
    </message>
    <message>
        <source>Only a second factor</source>
        <translation>Nur ein zweiter Faktor</translation>
    </message>
    <message>
        <source>It has only %1, which Kratos asks for after a first sign-in step the identity does not have. A recovery lets the user set a password.</source>
        <translation>Sie hat nur %1; danach fragt Kratos erst nach einem ersten Anmeldeschritt, den die Identität nicht hat. Eine Wiederherstellung lässt die Person ein Passwort setzen.</translation>
    </message>
    <message>
        <source>a password credential that may hold no password</source>
        <translation>eine Passwort-Zugangsart, die vielleicht kein Passwort enthält</translation>
    </message>
    <message>
        <source>Sign-in methods of the server unknown</source>
        <translation>Anmeldemethoden des Servers unbekannt</translation>
    </message>
    <message>
        <source>Which methods the server&apos;s login offers could not be read (%1). The identity has: %2.</source>
        <translation>Welche Methoden die Anmeldung des Servers anbietet, ließ sich nicht lesen (%1). Die Identität hat: %2.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>No sign-in method the server offers</source>
        <translation>Keine Anmeldemethode, die der Server anbietet</translation>
    </message>
    <message>
        <source>The identity has %1; this server&apos;s login offers %2. A recovery lets the user set a password.</source>
        <translation>Die Identität hat %1; die Anmeldung dieses Servers bietet %2. Eine Wiederherstellung lässt die Person ein Passwort setzen.</translation>
    </message>
    <message>
        <source>Signs in with %1</source>
        <translation>Meldet sich an mit %1</translation>
    </message>
    <message>
        <source>This server&apos;s login offers %1.</source>
        <translation>Die Anmeldung dieses Servers bietet %1.</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <source>The user signs in with %1 only; &quot;Forgot password&quot; (a recovery) lets them set one.</source>
        <translation>Die Person meldet sich nur mit %1 an; „Passwort vergessen“ (eine Wiederherstellung) lässt sie eines setzen.</translation>
    </message>
    <message>
        <source>Social sign-in provider no longer offered</source>
        <translation>Social-Login-Anbieter wird nicht mehr angeboten</translation>
    </message>
    <message>
        <source>The identity is linked to %1, which this server&apos;s login no longer offers (it offers %2).</source>
        <translation>Die Identität ist mit %1 verknüpft, das die Anmeldung dieses Servers nicht mehr anbietet (sie bietet %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Password: present, cannot tell whether one is set</source>
        <translation>Passwort: vorhanden, ob eines gesetzt ist, lässt sich nicht sagen</translation>
    </message>
    <message>
        <source>The identity has a password credential for %1, but Kratos writes one for the login trait even when no password was ever set, and this console does not read password hashes. No session shows a sign-in with a password.</source>
        <translation>Die Identität hat eine Passwort-Zugangsart für %1, doch Kratos legt sie für das Anmelde-Merkmal auch dann an, wenn nie ein Passwort gesetzt wurde, und diese Konsole liest keine Passwort-Hashes. Keine Sitzung zeigt eine Anmeldung mit Passwort.</translation>
    </message>
    <message>
        <source>no identifier</source>
        <translation>keine Kennung</translation>
    </message>
    <message>
        <source>If the user says they have no password, a recovery lets them set one.</source>
        <translation>Sagt die Person, sie habe kein Passwort, kann sie mit einer Wiederherstellung eines setzen.</translation>
    </message>
    <message>
        <source>a code from their authenticator app</source>
        <translation>einen Code aus ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>one of their backup codes</source>
        <translation>einen ihrer Backup-Codes</translation>
    </message>
    <message>
        <source>their security key</source>
        <translation>ihren Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>Second factor in place</source>
        <translation>Zweiter Faktor eingerichtet</translation>
    </message>
    <message>
        <source>After the first step they may be asked for %1. A lost device is removed under Credentials.</source>
        <translation>Nach dem ersten Schritt kann nach %1 gefragt werden. Ein verlorenes Gerät entfernen Sie unter „Zugangsdaten“.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>SignInEvidenceLoader</name>
    <message>
        <source>The identity names no schema.</source>
        <translation>Die Identität nennt kein Schema.</translation>
    </message>
    <message>
        <source>The schema could not be read: %1</source>
        <translation>Das Schema konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The schema cannot be checked: %1</source>
        <translation>Das Schema kann nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Unknown state</source>
        <translation>Unbekannter Zustand</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
</context>
<context>
    <name>SupportActions</name>
    <message>
        <source>Send verification</source>
        <translation>Bestätigung senden</translation>
    </message>
    <message>
        <source>Kratos will e-mail a verification link to %1 (%2), through the server&apos;s public verification flow. The address&apos;s status becomes &quot;sent&quot;; it counts as verified only once the user opens the link.</source>
        <translation>Kratos sendet über den öffentlichen Bestätigungsablauf des Servers einen Bestätigungslink per E-Mail an %1 (%2). Der Status der Adresse wird „sent“; als bestätigt gilt sie erst, wenn die Person den Link öffnet.</translation>
    </message>
    <message>
        <source>Kratos will e-mail a verification code, with a link to enter it, to %1 (%2), through the server&apos;s public verification flow. The address&apos;s status becomes &quot;sent&quot;; it counts as verified only once the user enters the code.</source>
        <translation>Kratos sendet über den öffentlichen Bestätigungsablauf des Servers einen Bestätigungscode mit einem Link zur Eingabe per E-Mail an %1 (%2). Der Status der Adresse wird „sent“; als bestätigt gilt sie erst, wenn die Person den Code eingibt.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send recovery link</source>
        <translation>Wiederherstellungslink senden</translation>
    </message>
    <message>
        <source>Kratos will e-mail a recovery link to %1 (%2), through the server&apos;s public recovery flow. Opening it signs the user in and lets them set a new password; it also marks the address verified.</source>
        <translation>Kratos sendet über den öffentlichen Wiederherstellungsablauf des Servers einen Wiederherstellungslink per E-Mail an %1 (%2). Wer ihn öffnet, ist angemeldet und kann ein neues Passwort setzen; die Adresse gilt danach auch als bestätigt.</translation>
    </message>
    <message>
        <source>Mark address verified</source>
        <translation>Adresse als bestätigt markieren</translation>
    </message>
    <message>
        <source>%1 of %2 will be marked verified (status &quot;completed&quot;, verified now) without a message to the user. Do this only when you know the address belongs to them.</source>
        <translation>%1 von %2 wird ohne Nachricht an die Person als bestätigt markiert (Status „completed“, jetzt bestätigt). Tun Sie das nur, wenn Sie wissen, dass die Adresse ihr gehört.</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Als bestätigt markieren</translation>
    </message>
    <message>
        <source>Mark address unverified</source>
        <translation>Adresse als unbestätigt markieren</translation>
    </message>
    <message>
        <source>%1 of %2 will be marked unverified (status &quot;pending&quot;). Where the server requires a verified address to sign in, the user is refused until they verify it again.</source>
        <translation>%1 von %2 wird als unbestätigt markiert (Status „pending“). Wo der Server zur Anmeldung eine bestätigte Adresse verlangt, wird die Person abgewiesen, bis sie sie erneut bestätigt.</translation>
    </message>
    <message>
        <source>Mark unverified</source>
        <translation>Als unbestätigt markieren</translation>
    </message>
    <message>
        <source>This server&apos;s recovery flow uses codes. A code it sends is bound to the flow this app would start, so the user could not use it. Create a recovery link or code here instead and hand it over, or ask the user to start &quot;Forgot password&quot; themselves.</source>
        <translation>Der Wiederherstellungsablauf dieses Servers verwendet Codes. Ein gesendeter Code ist an den Ablauf gebunden, den diese App beginnen würde, die Person könnte ihn also nicht verwenden. Erstellen Sie stattdessen hier einen Wiederherstellungslink oder -code und geben Sie ihn weiter, oder bitten Sie die Person, selbst „Passwort vergessen“ zu beginnen.</translation>
    </message>
    <message>
        <source>The server&apos;s flow names no method this app knows (&quot;%1&quot;); nothing was sent.</source>
        <translation>Der Ablauf des Servers nennt keine Methode, die diese App kennt („%1“); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The address is no longer on this identity (it changed meanwhile); nothing was sent.</source>
        <translation>Die Adresse gehört nicht mehr zu dieser Identität (sie hat sich inzwischen geändert); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Warning: this identity is inactive. Kratos refuses its recovery link or code until it is activated again.</source>
        <translation>Achtung: Diese Identität ist inaktiv. Kratos weist ihren Wiederherstellungslink oder -code ab, bis sie wieder aktiviert ist.</translation>
    </message>
    <message>
        <source>Warning: mail to this address bounces (%1). Marking it verified does not make it reach the user; correct the address instead.</source>
        <translation>Achtung: Post an diese Adresse kommt zurück (%1). Als bestätigt markiert erreicht sie die Person trotzdem nicht; korrigieren Sie stattdessen die Adresse.</translation>
    </message>
</context>
<context>
    <name>TraitsEditor</name>
    <message>
        <source>Still checking the traits against the schema…</source>
        <translation>Die Merkmale werden noch gegen das Schema geprüft…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>This schema&apos;s traits cannot be shown as a form; edit them as JSON.</source>
        <translation>Die Merkmale dieses Schemas lassen sich nicht als Formular zeigen; bearbeiten Sie sie als JSON.</translation>
    </message>
</context>
<context>
    <name>TraitsForm</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>JSON (this part of the schema has no form)</source>
        <translation>JSON (für diesen Teil des Schemas gibt es kein Formular)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 (not in the schema)</source>
        <translation>%1 (nicht im Schema)</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>mehr als ein Wert</translation>
    </message>
</context>
<context>
    <name>UnreadableIdentitiesNote</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>an entry without an id</source>
        <translation>ein Eintrag ohne ID</translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities on the server could not be read and are not in the list: %1</source>
        <translation>
            <numerusform>%Ln Identität auf dem Server konnte nicht gelesen werden und fehlt in der Liste: %1</numerusform>
            <numerusform>%Ln Identitäten auf dem Server konnten nicht gelesen werden und fehlen in der Liste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more.</source>
        <translation>
            <numerusform>und %Ln weitere.</numerusform>
            <numerusform>und %Ln weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>ValidationSummary</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Shows the schema&apos;s rules that the traits break</source>
        <translation>Zeigt die Regeln des Schemas, gegen die die Merkmale verstoßen</translation>
    </message>
</context>
<context>
    <name>ValidationWording</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>eine Gruppe von Feldern</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a field of this schema</source>
        <translation>ist kein Feld dieses Schemas</translation>
    </message>
    <message>
        <source>is not in the form this field requires</source>
        <translation>hat nicht die Form, die dieses Feld verlangt</translation>
    </message>
    <message numerus="yes">
        <source>must be at least %Ln characters long</source>
        <translation>
            <numerusform>muss mindestens %Ln Zeichen lang sein</numerusform>
            <numerusform>muss mindestens %Ln Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %Ln characters long</source>
        <translation>
            <numerusform>darf höchstens %Ln Zeichen lang sein</numerusform>
            <numerusform>darf höchstens %Ln Zeichen lang sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs at least %Ln entries</source>
        <translation>
            <numerusform>braucht mindestens %Ln Eintrag</numerusform>
            <numerusform>braucht mindestens %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes at most %Ln entries</source>
        <translation>
            <numerusform>nimmt höchstens %Ln Eintrag</numerusform>
            <numerusform>nimmt höchstens %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs at least %Ln fields</source>
        <translation>
            <numerusform>braucht mindestens %Ln Feld</numerusform>
            <numerusform>braucht mindestens %Ln Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes at most %Ln fields</source>
        <translation>
            <numerusform>nimmt höchstens %Ln Feld</numerusform>
            <numerusform>nimmt höchstens %Ln Felder</numerusform>
        </translation>
    </message>
    <message>
        <source>must be %1 or more</source>
        <translation>muss %1 oder mehr sein</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <source>must be %1 or less</source>
        <translation>muss %1 oder weniger sein</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>muss kleiner als %1 sein</translation>
    </message>
    <message>
        <source>must be a multiple of %1</source>
        <translation>muss ein Vielfaches von %1 sein</translation>
    </message>
    <message>
        <source>needs the field &quot;%1&quot; as well</source>
        <translation>braucht auch das Feld „%1“</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>hat den falschen Typ</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>ist keiner der erlaubten Werte</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>is not the value this field requires</source>
        <translation>ist nicht der Wert, den dieses Feld verlangt</translation>
    </message>
    <message>
        <source>lists the same entry more than once</source>
        <translation>enthält denselben Eintrag mehrfach</translation>
    </message>
    <message>
        <source>has a value this field does not allow</source>
        <translation>hat einen Wert, den dieses Feld nicht erlaubt</translation>
    </message>
    <message>
        <source>must match exactly one of the forms this field allows</source>
        <translation>muss genau einer der Formen entsprechen, die dieses Feld erlaubt</translation>
    </message>
    <message>
        <source>matches none of the forms this field allows</source>
        <translation>entspricht keiner der Formen, die dieses Feld erlaubt</translation>
    </message>
    <message>
        <source>does not match the schema</source>
        <translation>entspricht nicht dem Schema</translation>
    </message>
    <message>
        <source>must look like an e-mail address, such as name@example.com</source>
        <translation>muss eine E-Mail-Adresse sein, etwa name@example.com</translation>
    </message>
    <message>
        <source>must be a full address, such as https://example.com/</source>
        <translation>muss eine vollständige Adresse sein, etwa https://example.com/</translation>
    </message>
    <message>
        <source>must be a date, such as 2026-03-20</source>
        <translation>muss ein Datum sein, etwa 2026-03-20</translation>
    </message>
    <message>
        <source>must be a time with its offset, such as 16:20:00Z</source>
        <translation>muss eine Uhrzeit mit Zeitzonenversatz sein, etwa 16:20:00Z</translation>
    </message>
    <message>
        <source>must be a date and time, such as 2026-03-20T16:20:00Z</source>
        <translation>muss Datum und Uhrzeit sein, etwa 2026-03-20T16:20:00Z</translation>
    </message>
    <message>
        <source>is not in the form &quot;%1&quot;</source>
        <translation>hat nicht die Form „%1“</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Kratos Desk</source>
        <translation>Willkommen bei Kratos Desk</translation>
    </message>
    <message>
        <source>Find identities, read their traits, addresses and sessions, act on them safely, and see what Kratos&apos;s courier sent. Your admin tokens stay in the OS keychain, and every change you make is recorded in a local audit log.</source>
        <translation>Identitäten finden, ihre Merkmale, Adressen und Sitzungen lesen, sicher handeln und sehen, was der Kurier von Kratos verschickt hat. Ihre Admin-Token bleiben im Schlüsselbund des Systems, und jede Änderung wird in einem lokalen Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>Demo &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Starts a built-in Kratos simulator with generated identities on this machine.</source>
        <translation>Startet einen eingebauten Kratos-Simulator mit erzeugten Identitäten auf diesem Rechner.</translation>
    </message>
    <message>
        <source>&amp;Connect to Kratos…</source>
        <translation>Mit Kratos &amp;verbinden…</translation>
    </message>
</context>
</TS>
