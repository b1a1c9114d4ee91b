<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%Ln action(s) shown</source>
        <translation>
            <numerusform>%Ln action shown</numerusform>
            <numerusform>%Ln actions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln audit record(s)</source>
        <translation>
            <numerusform>Export %Ln audit record</numerusform>
            <numerusform>Export %Ln audit records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln record(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln record to %1</numerusform>
            <numerusform>Exported %Ln records to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ The chain is intact: %Ln line(s), none changed or removed.</source>
        <translation>
            <numerusform>✔ The chain is intact: %Ln line, none changed or removed.</numerusform>
            <numerusform>✔ The chain is intact: %Ln lines, none changed or removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This trail (%Ln record(s) by %1) was imported before.</source>
        <translation>
            <numerusform>This trail (%Ln record by %1) was imported before.</numerusform>
            <numerusform>This trail (%Ln records by %1) was imported before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln record(s) by %1: this list and identities&apos; History show them, marked as imported.</source>
        <translation>
            <numerusform>Imported %Ln record by %1: this list and identities&apos; History show it, marked as imported.</numerusform>
            <numerusform>Imported %Ln records by %1: this list and identities&apos; History show them, marked as imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The collector&apos;s file holds %Ln record(s) of this app.</source>
        <translation>
            <numerusform>The collector&apos;s file holds %Ln record of this app.</numerusform>
            <numerusform>The collector&apos;s file holds %Ln records of this app.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditSyslogImport</name>
    <message numerus="yes">
        <source>%Ln split record(s) did not come whole: left out.</source>
        <translation>
            <numerusform>%Ln split record did not come whole: left out.</numerusform>
            <numerusform>%Ln split records did not come whole: left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) with a part number that is not one: left out.</source>
        <translation>
            <numerusform>%Ln line with a part number that is not one: left out.</numerusform>
            <numerusform>%Ln lines with a part number that is not one: left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) that are not audit records: left out.</source>
        <translation>
            <numerusform>%Ln record that is not an audit record: left out.</numerusform>
            <numerusform>%Ln records that are not audit records: left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln line(s) longer than 1 MiB were skipped.</source>
        <translation>
            <numerusform>%1: %Ln line longer than 1 MiB was skipped.</numerusform>
            <numerusform>%1: %Ln lines longer than 1 MiB were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %Ln record(s) from the trail&apos;s first record on do not join: a record was changed on the way.</source>
        <translation>
            <numerusform>Not imported: %Ln record from the trail&apos;s first record on does not join: a record was changed on the way.</numerusform>
            <numerusform>Not imported: %Ln records from the trail&apos;s first record on do not join: a record was changed on the way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported: %Ln record(s) from record %1 on do not join their trail&apos;s start: record %2 is missing, or does not match.</source>
        <translation>
            <numerusform>Not imported: %Ln record from record %1 on does not join its trail&apos;s start: record %2 is missing, or does not match.</numerusform>
            <numerusform>Not imported: %Ln records from record %1 on do not join their trail&apos;s start: record %2 is missing, or does not match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more trail(s) start in these files than the %1 followed in one import: not imported.</source>
        <translation>
            <numerusform>%Ln more trail starts in these files than the %1 followed in one import: not imported.</numerusform>
            <numerusform>%Ln more trails start in these files than the %1 followed in one import: not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message numerus="yes">
        <source>%1 — %Ln sessions</source>
        <translation>
            <numerusform>%1 — %Ln session</numerusform>
            <numerusform>%1 — %Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln identities</source>
        <translation>
            <numerusform>%1 — %Ln identity</numerusform>
            <numerusform>%1 — %Ln identities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kratos is limiting the rate: continuing in %Ln s.</source>
        <translation>
            <numerusform>Kratos is limiting the rate: continuing in %Ln s.</numerusform>
            <numerusform>Kratos is limiting the rate: continuing in %Ln s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message numerus="yes">
        <source>%Ln identities will be set to inactive and can no longer sign in.</source>
        <translation>
            <numerusform>%Ln identity will be set to inactive and can no longer sign in.</numerusform>
            <numerusform>%Ln identities will be set to inactive and can no longer sign in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities will be set to active and can sign in again.</source>
        <translation>
            <numerusform>%Ln identity will be set to active and can sign in again.</numerusform>
            <numerusform>%Ln identities will be set to active and can sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every session of %Ln identities will be deleted.</source>
        <translation>
            <numerusform>Every session of %Ln identity will be deleted.</numerusform>
            <numerusform>Every session of %Ln identities will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln identity will be deleted for good. This cannot be undone.</numerusform>
            <numerusform>%Ln identities will be deleted for good. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) will be revoked: each of those devices is signed out. The session records stay, marked inactive.</source>
        <translation>
            <numerusform>%Ln session will be revoked: each of those devices is signed out. The session records stay, marked inactive.</numerusform>
            <numerusform>%Ln sessions will be revoked: each of those devices is signed out. The session records stay, marked inactive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourierPage</name>
    <message numerus="yes">
        <source>%Ln message(s) loaded: </source>
        <translation>
            <numerusform>%Ln message loaded: </numerusform>
            <numerusform>%Ln messages loaded: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the list: not among the %Ln messages loaded so far.</source>
        <translation>
            <numerusform>Not in the list: not among the %Ln message loaded so far.</numerusform>
            <numerusform>Not in the list: not among the %Ln messages loaded so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message numerus="yes">
        <source>Retried %Ln time(s) automatically; retry yourself when ready.</source>
        <translation>
            <numerusform>Retried %Ln time automatically; retry yourself when ready.</numerusform>
            <numerusform>Retried %Ln times automatically; retry yourself when ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %Ln s.</source>
        <translation>
            <numerusform>%1 Retrying in %Ln s.</numerusform>
            <numerusform>%1 Retrying in %Ln s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Rows shown, after search and filters (%Ln)</source>
        <translation>
            <numerusform>Rows shown, after search and filters (%Ln)</numerusform>
            <numerusform>Rows shown, after search and filters (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All loaded identities (%Ln)</source>
        <translation>
            <numerusform>All loaded identities (%Ln)</numerusform>
            <numerusform>All loaded identities (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%Ln)</source>
        <translation>
            <numerusform>Selected rows (%Ln)</numerusform>
            <numerusform>Selected rows (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message numerus="yes">
        <source>%Ln shown of %1 loaded (%2 hidden by filters)</source>
        <translation>
            <numerusform>%Ln shown of %1 loaded (%2 hidden by filters)</numerusform>
            <numerusform>%Ln shown of %1 loaded (%2 hidden by filters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, all loaded</source>
        <translation>
            <numerusform>%Ln shown, all loaded</numerusform>
            <numerusform>%Ln shown, all loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, more on the server</source>
        <translation>
            <numerusform>%Ln shown, more on the server</numerusform>
            <numerusform>%Ln shown, more on the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityActions</name>
    <message numerus="yes">
        <source>Identity %1 will be changed by %Ln operation(s):</source>
        <translation>
            <numerusform>Identity %1 will be changed by %Ln operation:</numerusform>
            <numerusform>Identity %1 will be changed by %Ln operations:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityHistoryTab</name>
    <message numerus="yes">
        <source>%Ln event(s), newest first.</source>
        <translation>
            <numerusform>%Ln event, newest first.</numerusform>
            <numerusform>%Ln events, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityImporter</name>
    <message numerus="yes">
        <source>%Ln identities from %1 will be created, at most %2 a request. Each gets an audit record.</source>
        <translation>
            <numerusform>%Ln identity from %1 will be created, at most %2 a request. Each gets an audit record.</numerusform>
            <numerusform>%Ln identities from %1 will be created, at most %2 a request. Each gets an audit record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityListActions</name>
    <message numerus="yes">
        <source>&amp;Deactivate %Ln selected…</source>
        <translation>
            <numerusform>&amp;Deactivate %Ln selected…</numerusform>
            <numerusform>&amp;Deactivate %Ln selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %Ln selected…</source>
        <translation>
            <numerusform>&amp;Activate %Ln selected…</numerusform>
            <numerusform>&amp;Activate %Ln selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke &amp;sessions of %Ln selected…</source>
        <translation>
            <numerusform>Revoke &amp;sessions of %Ln selected…</numerusform>
            <numerusform>Revoke &amp;sessions of %Ln selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %Ln selected…</source>
        <translation>
            <numerusform>De&amp;lete %Ln selected…</numerusform>
            <numerusform>De&amp;lete %Ln selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected identities are already active; nothing was sent.</source>
        <translation>
            <numerusform>The %Ln selected identity is already active; nothing was sent.</numerusform>
            <numerusform>The %Ln selected identities are already active; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected identities are already inactive; nothing was sent.</source>
        <translation>
            <numerusform>The %Ln selected identity is already inactive; nothing was sent.</numerusform>
            <numerusform>The %Ln selected identities are already inactive; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other selected identities are already active and are left out: nothing is sent for them.</source>
        <translation>
            <numerusform>%Ln other selected identity is already active and is left out: nothing is sent for it.</numerusform>
            <numerusform>%Ln other selected identities are already active and are left out: nothing is sent for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other selected identities are already inactive and are left out: nothing is sent for them.</source>
        <translation>
            <numerusform>%Ln other selected identity is already inactive and is left out: nothing is sent for it.</numerusform>
            <numerusform>%Ln other selected identities are already inactive and are left out: nothing is sent for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln identities</source>
        <translation>
            <numerusform>Export %Ln identity</numerusform>
            <numerusform>Export %Ln identities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln identities…</source>
        <translation>
            <numerusform>Exporting %Ln identity…</numerusform>
            <numerusform>Exporting %Ln identities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln identities to %1</source>
        <translation>
            <numerusform>Exported %Ln identity to %1</numerusform>
            <numerusform>Exported %Ln identities to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityListModel</name>
    <message numerus="yes">
        <source>From the %Ln session(s) Kratos still had at %1. &quot;None kept&quot;: no session left, which is not the same as never.</source>
        <translation>
            <numerusform>From the %Ln session Kratos still had at %1. &quot;None kept&quot;: no session left, which is not the same as never.</numerusform>
            <numerusform>From the %Ln sessions Kratos still had at %1. &quot;None kept&quot;: no session left, which is not the same as never.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityListStatus</name>
    <message numerus="yes">
        <source>Loading every identity: %Ln so far…</source>
        <translation>
            <numerusform>Loading every identity: %Ln so far…</numerusform>
            <numerusform>Loading every identity: %Ln so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities loaded, loading more…</source>
        <translation>
            <numerusform>%Ln identity loaded, loading more…</numerusform>
            <numerusform>%Ln identities loaded, loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln identities loaded</source>
        <translation>
            <numerusform>All loaded: %Ln identity</numerusform>
            <numerusform>All %Ln identities loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln identities loaded; scroll down for more</source>
        <translation>
            <numerusform>%Ln identity loaded; scroll down for more</numerusform>
            <numerusform>%Ln identities loaded; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorting %Ln identities…</source>
        <translation>
            <numerusform>Sorting %Ln identity…</numerusform>
            <numerusform>Sorting %Ln identities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtering %Ln identities…</source>
        <translation>
            <numerusform>Filtering %Ln identity…</numerusform>
            <numerusform>Filtering %Ln identities…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitySessionsTab</name>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityTree</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Importing %Ln identities…</source>
        <translation>
            <numerusform>Importing %Ln identity…</numerusform>
            <numerusform>Importing %Ln identities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln identities again…</source>
        <translation>
            <numerusform>Sending %Ln identity again…</numerusform>
            <numerusform>Sending %Ln identities again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln identities created.</source>
        <translation>
            <numerusform>%1 of %Ln identity created.</numerusform>
            <numerusform>%1 of %Ln identities created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationJob</name>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationsDialog</name>
    <message numerus="yes">
        <source>%Ln invitation(s); checked on the server at %1.</source>
        <translation>
            <numerusform>%Ln invitation; checked on the server at %1.</numerusform>
            <numerusform>%Ln invitations; checked on the server at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln invitation(s) on the server…</source>
        <translation>
            <numerusform>Checking %Ln invitation on the server…</numerusform>
            <numerusform>Checking %Ln invitations on the server…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>%Ln people from %1</source>
        <translation>
            <numerusform>%Ln person from %1</numerusform>
            <numerusform>%Ln people from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invited.</source>
        <translation>
            <numerusform>%Ln invited.</numerusform>
            <numerusform>%Ln invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people from the file still to invite</source>
        <translation>
            <numerusform>%Ln person from the file still to invite</numerusform>
            <numerusform>%Ln people from the file still to invite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kratos is limiting the rate. Retrying in %Ln s.</source>
        <translation>
            <numerusform>Kratos is limiting the rate. Retrying in %Ln s.</numerusform>
            <numerusform>Kratos is limiting the rate. Retrying in %Ln s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Audit → syslog: %Ln pending</source>
        <translation>
            <numerusform>Audit → syslog: %Ln pending</numerusform>
            <numerusform>Audit → syslog: %Ln pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDetailPane</name>
    <message numerus="yes">
        <source>The body of message %1 to %2 (%3) will be fetched from Kratos and shown here. It may contain a live recovery code or link. The reveal is recorded in the audit log; the body is hidden again when you select another message, leave the page, or after %Ln second(s).</source>
        <translation>
            <numerusform>The body of message %1 to %2 (%3) will be fetched from Kratos and shown here. It may contain a live recovery code or link. The reveal is recorded in the audit log; the body is hidden again when you select another message, leave the page, or after %Ln second.</numerusform>
            <numerusform>The body of message %1 to %2 (%3) will be fetched from Kratos and shown here. It may contain a live recovery code or link. The reveal is recorded in the audit log; the body is hidden again when you select another message, leave the page, or after %Ln seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revealed. Hidden again in %Ln second(s).</source>
        <translation>
            <numerusform>Revealed. Hidden again in %Ln second.</numerusform>
            <numerusform>Revealed. Hidden again in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln active session</numerusform>
            <numerusform>%Ln active sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %Ln identities, computed at %1.</source>
        <translation>
            <numerusform>From %Ln identity, computed at %1.</numerusform>
            <numerusform>From %Ln identities, computed at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dormant: %Ln active identities older than %1 days have not signed in for %1 days (from the sessions Kratos still has).</source>
        <translation>
            <numerusform>Dormant: %Ln active identity older than %1 days has not signed in for %1 days (from the sessions Kratos still has).</numerusform>
            <numerusform>Dormant: %Ln active identities older than %1 days have not signed in for %1 days (from the sessions Kratos still has).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invited but never signed in: %Ln active identities invited from this or an imported trail have no session (File → Invitations…).</source>
        <translation>
            <numerusform>Invited but never signed in: %Ln active identity invited from this or an imported trail has no session (File → Invitations…).</numerusform>
            <numerusform>Invited but never signed in: %Ln active identities invited from this or an imported trail have no session (File → Invitations…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTrail</name>
    <message numerus="yes">
        <source>its next page (token %1) is one already read, after %Ln pages; the list was not read further</source>
        <translation>
            <numerusform>its next page (token %1) is one already read, after %Ln page; the list was not read further</numerusform>
            <numerusform>its next page (token %1) is one already read, after %Ln pages; the list was not read further</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty pages in a row still link to a next one; the list was not read further</source>
        <translation>
            <numerusform>%Ln empty page still links to a next one; the list was not read further</numerusform>
            <numerusform>%Ln empty pages in a row still link to a next one; the list was not read further</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinnedListNote</name>
    <message numerus="yes">
        <source>Not in the list: not among the %Ln identities loaded so far.</source>
        <translation>
            <numerusform>Not in the list: not among the %Ln identity loaded so far.</numerusform>
            <numerusform>Not in the list: not among the %Ln identities loaded so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <source>Imported %Ln profile(s). Enter their tokens here; files never carry tokens.</source>
        <translation>
            <numerusform>Imported %Ln profile. Enter their tokens here; files never carry tokens.</numerusform>
            <numerusform>Imported %Ln profiles. Enter their tokens here; files never carry tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln profile(s), without tokens.</source>
        <translation>
            <numerusform>Exported %Ln profile, without tokens.</numerusform>
            <numerusform>Exported %Ln profiles, without tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaNode</name>
    <message numerus="yes">
        <source>at least %Ln characters</source>
        <translation>
            <numerusform>at least %Ln character</numerusform>
            <numerusform>at least %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln characters</source>
        <translation>
            <numerusform>at most %Ln character</numerusform>
            <numerusform>at most %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln items</source>
        <translation>
            <numerusform>at least %Ln item</numerusform>
            <numerusform>at least %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln items</source>
        <translation>
            <numerusform>at most %Ln item</numerusform>
            <numerusform>at most %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %Ln properties</source>
        <translation>
            <numerusform>at least %Ln property</numerusform>
            <numerusform>at least %Ln properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln properties</source>
        <translation>
            <numerusform>at most %Ln property</numerusform>
            <numerusform>at most %Ln properties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>%Ln session(s), all loaded</source>
        <translation>
            <numerusform>%Ln session, all loaded</numerusform>
            <numerusform>%Ln sessions, all loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) loaded, more on the server</source>
        <translation>
            <numerusform>%Ln session loaded, more on the server</numerusform>
            <numerusform>%Ln sessions loaded, more on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln match the filter</source>
        <translation>
            <numerusform> · %Ln matches the filter</numerusform>
            <numerusform> · %Ln match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln active</source>
        <translation>
            <numerusform> · %Ln active</numerusform>
            <numerusform> · %Ln active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;voke %Ln selected…</source>
        <translation>
            <numerusform>Re&amp;voke %Ln selected…</numerusform>
            <numerusform>Re&amp;voke %Ln selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the list: not among the %Ln sessions loaded so far.</source>
        <translation>
            <numerusform>Not in the list: not among the %Ln session loaded so far.</numerusform>
            <numerusform>Not in the list: not among the %Ln sessions loaded so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInCheck</name>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The courier gave up %1 after %Ln attempt(s): %2.</source>
        <translation>
            <numerusform>The courier gave up %1 after %Ln attempt: %2.</numerusform>
            <numerusform>The courier gave up %1 after %Ln attempts: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s) so far, the last %1: %2. The courier tries again.</source>
        <translation>
            <numerusform>%Ln attempt so far, the last %1: %2. The courier tries again.</numerusform>
            <numerusform>%Ln attempts so far, the last %1: %2. The courier tries again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln active session</numerusform>
            <numerusform>%Ln active sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInCheckPanel</name>
    <message numerus="yes">
        <source>%Ln problem(s) stop this sign-in (checked %1).</source>
        <translation>
            <numerusform>%Ln problem stops this sign-in (checked %1).</numerusform>
            <numerusform>%Ln problems stop this sign-in (checked %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing blocks sign-in; %Ln warning(s) (checked %1).</source>
        <translation>
            <numerusform>Nothing blocks sign-in; %Ln warning (checked %1).</numerusform>
            <numerusform>Nothing blocks sign-in; %Ln warnings (checked %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnreadableIdentitiesNote</name>
    <message numerus="yes">
        <source>%Ln identities on the server could not be read and are not in the list: %1</source>
        <translation>
            <numerusform>%Ln identity on the server could not be read and is not in the list: %1</numerusform>
            <numerusform>%Ln identities on the server could not be read and are not in the list: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more.</source>
        <translation>
            <numerusform>and %Ln more.</numerusform>
            <numerusform>and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationWording</name>
    <message numerus="yes">
        <source>must be at least %Ln characters long</source>
        <translation>
            <numerusform>must be at least %Ln character long</numerusform>
            <numerusform>must be at least %Ln characters long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be at most %Ln characters long</source>
        <translation>
            <numerusform>must be at most %Ln character long</numerusform>
            <numerusform>must be at most %Ln characters long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs at least %Ln entries</source>
        <translation>
            <numerusform>needs at least %Ln entry</numerusform>
            <numerusform>needs at least %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes at most %Ln entries</source>
        <translation>
            <numerusform>takes at most %Ln entry</numerusform>
            <numerusform>takes at most %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs at least %Ln fields</source>
        <translation>
            <numerusform>needs at least %Ln field</numerusform>
            <numerusform>needs at least %Ln fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes at most %Ln fields</source>
        <translation>
            <numerusform>takes at most %Ln field</numerusform>
            <numerusform>takes at most %Ln fields</numerusform>
        </translation>
    </message>
</context>
</TS>
