<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%n action(s) shown</source>
        <translation>
            <numerusform>%n action shown</numerusform>
            <numerusform>%n actions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n audit record(s)</source>
        <translation>
            <numerusform>Export %n audit record</numerusform>
            <numerusform>Export %n audit records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1</source>
        <translation>
            <numerusform>Exported %n record to %1</numerusform>
            <numerusform>Exported %n records to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ The chain is intact: %n line(s), none changed or removed.</source>
        <translation>
            <numerusform>✔ The chain is intact: %n line, none changed or removed.</numerusform>
            <numerusform>✔ The chain is intact: %n lines, none changed or removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message numerus="yes">
        <source>%1 — %n sessions</source>
        <translation>
            <numerusform>%1 — %n session</numerusform>
            <numerusform>%1 — %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n identities</source>
        <translation>
            <numerusform>%1 — %n identity</numerusform>
            <numerusform>%1 — %n identities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kratos is limiting the rate: continuing in %n s.</source>
        <translation>
            <numerusform>Kratos is limiting the rate: continuing in %n s.</numerusform>
            <numerusform>Kratos is limiting the rate: continuing in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkOperation</name>
    <message numerus="yes">
        <source>%n identities will be set to inactive and can no longer sign in.</source>
        <translation>
            <numerusform>%n identity will be set to inactive and can no longer sign in.</numerusform>
            <numerusform>%n identities will be set to inactive and can no longer sign in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identities will be set to active and can sign in again.</source>
        <translation>
            <numerusform>%n identity will be set to active and can sign in again.</numerusform>
            <numerusform>%n identities will be set to active and can sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every session of %n identities will be deleted.</source>
        <translation>
            <numerusform>Every session of %n identity will be deleted.</numerusform>
            <numerusform>Every session of %n identities will be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identities will be deleted for good. This cannot be undone.</source>
        <translation>
            <numerusform>%n identity will be deleted for good. This cannot be undone.</numerusform>
            <numerusform>%n identities will be deleted for good. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will be revoked: each of those devices is signed out. The session records stay, marked inactive.</source>
        <translation>
            <numerusform>%n session will be revoked: each of those devices is signed out. The session records stay, marked inactive.</numerusform>
            <numerusform>%n sessions will be revoked: each of those devices is signed out. The session records stay, marked inactive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourierPage</name>
    <message numerus="yes">
        <source>%n message(s) loaded: </source>
        <translation>
            <numerusform>%n message loaded: </numerusform>
            <numerusform>%n messages loaded: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the list: not among the %n messages loaded so far.</source>
        <translation>
            <numerusform>Not in the list: not among the %n message loaded so far.</numerusform>
            <numerusform>Not in the list: not among the %n messages loaded so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message numerus="yes">
        <source>Retried %n time(s) automatically; retry yourself when ready.</source>
        <translation>
            <numerusform>Retried %n time automatically; retry yourself when ready.</numerusform>
            <numerusform>Retried %n times automatically; retry yourself when ready.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n s.</source>
        <translation>
            <numerusform>%1 Retrying in %n s.</numerusform>
            <numerusform>%1 Retrying in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Rows shown, after search and filters (%n)</source>
        <translation>
            <numerusform>Rows shown, after search and filters (%n)</numerusform>
            <numerusform>Rows shown, after search and filters (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All loaded identities (%n)</source>
        <translation>
            <numerusform>All loaded identities (%n)</numerusform>
            <numerusform>All loaded identities (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%n)</source>
        <translation>
            <numerusform>Selected rows (%n)</numerusform>
            <numerusform>Selected rows (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message numerus="yes">
        <source>Export %n identities</source>
        <translation>
            <numerusform>Export %n identity</numerusform>
            <numerusform>Export %n identities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n identities…</source>
        <translation>
            <numerusform>Exporting %n identity…</numerusform>
            <numerusform>Exporting %n identities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n identities to %1</source>
        <translation>
            <numerusform>Exported %n identity to %1</numerusform>
            <numerusform>Exported %n identities to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n selected…</source>
        <translation>
            <numerusform>&amp;Deactivate %n selected…</numerusform>
            <numerusform>&amp;Deactivate %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %n selected…</source>
        <translation>
            <numerusform>&amp;Activate %n selected…</numerusform>
            <numerusform>&amp;Activate %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke &amp;sessions of %n selected…</source>
        <translation>
            <numerusform>Revoke &amp;sessions of %n selected…</numerusform>
            <numerusform>Revoke &amp;sessions of %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n selected…</source>
        <translation>
            <numerusform>De&amp;lete %n selected…</numerusform>
            <numerusform>De&amp;lete %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the list: not among the %n identities loaded so far.</source>
        <translation>
            <numerusform>Not in the list: not among the %n identity loaded so far.</numerusform>
            <numerusform>Not in the list: not among the %n identities loaded so far.</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>Sorting %n identities…</source>
        <translation>
            <numerusform>Sorting %n identity…</numerusform>
            <numerusform>Sorting %n identities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtering %n identities…</source>
        <translation>
            <numerusform>Filtering %n identity…</numerusform>
            <numerusform>Filtering %n identities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading every identity: %n so far…</source>
        <translation>
            <numerusform>Loading every identity: %n so far…</numerusform>
            <numerusform>Loading every identity: %n so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identities loaded, loading more…</source>
        <translation>
            <numerusform>%n identity loaded, loading more…</numerusform>
            <numerusform>%n identities loaded, loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n identities loaded</source>
        <translation>
            <numerusform>All loaded: %n identity</numerusform>
            <numerusform>All %n identities loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identities loaded; scroll down for more</source>
        <translation>
            <numerusform>%n identity loaded; scroll down for more</numerusform>
            <numerusform>%n identities loaded; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected identities are already active; nothing was sent.</source>
        <translation>
            <numerusform>The %n selected identity is already active; nothing was sent.</numerusform>
            <numerusform>The %n selected identities are already active; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected identities are already inactive; nothing was sent.</source>
        <translation>
            <numerusform>The %n selected identity is already inactive; nothing was sent.</numerusform>
            <numerusform>The %n selected identities are already inactive; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other selected identities are already active and are left out: nothing is sent for them.</source>
        <translation>
            <numerusform>%n other selected identity is already active and is left out: nothing is sent for it.</numerusform>
            <numerusform>%n other selected identities are already active and are left out: nothing is sent for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other selected identities are already inactive and are left out: nothing is sent for them.</source>
        <translation>
            <numerusform>%n other selected identity is already inactive and is left out: nothing is sent for it.</numerusform>
            <numerusform>%n other selected identities are already inactive and are left out: nothing is sent for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityActions</name>
    <message numerus="yes">
        <source>Identity %1 will be changed by %n operation(s):</source>
        <translation>
            <numerusform>Identity %1 will be changed by %n operation:</numerusform>
            <numerusform>Identity %1 will be changed by %n operations:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityDetailPane</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityImporter</name>
    <message numerus="yes">
        <source>%n identities from %1 will be created, at most %2 a request. Each gets an audit record.</source>
        <translation>
            <numerusform>%n identity from %1 will be created, at most %2 a request. Each gets an audit record.</numerusform>
            <numerusform>%n identities from %1 will be created, at most %2 a request. Each gets an audit record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Importing %n identities…</source>
        <translation>
            <numerusform>Importing %n identity…</numerusform>
            <numerusform>Importing %n identities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n identities again…</source>
        <translation>
            <numerusform>Sending %n identity again…</numerusform>
            <numerusform>Sending %n identities again…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Audit → syslog: %n pending</source>
        <translation>
            <numerusform>Audit → syslog: %n pending</numerusform>
            <numerusform>Audit → syslog: %n pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDetailPane</name>
    <message numerus="yes">
        <source>The body of message %1 to %2 (%3) will be fetched from Kratos and shown here. It may contain a live recovery code or link. The reveal is recorded in the audit log; the body is hidden again when you select another message, leave the page, or after %n second(s).</source>
        <translation>
            <numerusform>The body of message %1 to %2 (%3) will be fetched from Kratos and shown here. It may contain a live recovery code or link. The reveal is recorded in the audit log; the body is hidden again when you select another message, leave the page, or after %n second.</numerusform>
            <numerusform>The body of message %1 to %2 (%3) will be fetched from Kratos and shown here. It may contain a live recovery code or link. The reveal is recorded in the audit log; the body is hidden again when you select another message, leave the page, or after %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revealed. Hidden again in %n second(s).</source>
        <translation>
            <numerusform>Revealed. Hidden again in %n second.</numerusform>
            <numerusform>Revealed. Hidden again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n active session</numerusform>
            <numerusform>%n active sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n identities, computed at %1.</source>
        <translation>
            <numerusform>From %n identity, computed at %1.</numerusform>
            <numerusform>From %n identities, computed at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message numerus="yes">
        <source>Imported %n profile(s). Enter their tokens here; files never carry tokens.</source>
        <translation>
            <numerusform>Imported %n profile. Enter their tokens here; files never carry tokens.</numerusform>
            <numerusform>Imported %n profiles. Enter their tokens here; files never carry tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s), without tokens.</source>
        <translation>
            <numerusform>Exported %n profile, without tokens.</numerusform>
            <numerusform>Exported %n profiles, without tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s), all loaded</source>
        <translation>
            <numerusform>%n session, all loaded</numerusform>
            <numerusform>%n sessions, all loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) loaded, more on the server</source>
        <translation>
            <numerusform>%n session loaded, more on the server</numerusform>
            <numerusform>%n sessions loaded, more on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n match the filter</source>
        <translation>
            <numerusform> · %n matches the filter</numerusform>
            <numerusform> · %n match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n active</source>
        <translation>
            <numerusform> · %n active</numerusform>
            <numerusform> · %n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;voke %n selected…</source>
        <translation>
            <numerusform>Re&amp;voke %n selected…</numerusform>
            <numerusform>Re&amp;voke %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the list: not among the %n sessions loaded so far.</source>
        <translation>
            <numerusform>Not in the list: not among the %n session loaded so far.</numerusform>
            <numerusform>Not in the list: not among the %n sessions loaded so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInCheck</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The courier gave up %1 after %n attempt(s): %2.</source>
        <translation>
            <numerusform>The courier gave up %1 after %n attempt: %2.</numerusform>
            <numerusform>The courier gave up %1 after %n attempts: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far, the last %1: %2. The courier tries again.</source>
        <translation>
            <numerusform>%n attempt so far, the last %1: %2. The courier tries again.</numerusform>
            <numerusform>%n attempts so far, the last %1: %2. The courier tries again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n active session</numerusform>
            <numerusform>%n active sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInCheckPanel</name>
    <message numerus="yes">
        <source>%n problem(s) stop this sign-in (checked %1).</source>
        <translation>
            <numerusform>%n problem stops this sign-in (checked %1).</numerusform>
            <numerusform>%n problems stop this sign-in (checked %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing blocks sign-in; %n warning(s) (checked %1).</source>
        <translation>
            <numerusform>Nothing blocks sign-in; %n warning (checked %1).</numerusform>
            <numerusform>Nothing blocks sign-in; %n warnings (checked %1).</numerusform>
        </translation>
    </message>
</context>
</TS>
