// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvitationLedger.h"

#include "AuditTrailSearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

const QString Invite = QStringLiteral("identity.invite");

bool followsUp(const QString &action)
{
    return action == QLatin1String("identity.recovery.send") ||
           action == QLatin1String("identity.recovery_link.create") ||
           action == QLatin1String("identity.recovery_code.create") || action == QLatin1String("identity.deactivate") ||
           action == QLatin1String("identity.activate") || action == QLatin1String("identity.delete");
}

QString identityOf(const AuditRecord &r)
{
    for (const AuditTarget &t : r.targets) {
        if (t.kind == QLatin1String("identity") || t.kind.isEmpty())
            return t.id;
    }
    return {};
}

QString messageOf(const AuditRecord &r)
{
    for (const AuditTarget &t : r.targets) {
        if (t.kind == QLatin1String("courier_message"))
            return t.id;
    }
    return {};
}

void apply(Invitation *invitation, const AuditRecord &r)
{
    const QString &a = r.action;
    if (a == QLatin1String("identity.deactivate")) {
        invitation->revokedAt = r.time;
    } else if (a == QLatin1String("identity.activate")) {
        invitation->revokedAt = {};
    } else if (a == QLatin1String("identity.delete")) {
        invitation->deleted = true;
    } else {
        ++invitation->sends;
        invitation->lastSentAt = r.time;
        invitation->lastDelivery = a == QLatin1String("identity.recovery.send")          ? QStringLiteral("mail")
                                   : a == QLatin1String("identity.recovery_link.create") ? QStringLiteral("link")
                                                                                         : QStringLiteral("code");
        if (invitation->lastDelivery == QLatin1String("mail"))
            invitation->messageId = messageOf(r);
    }
}

} // namespace

namespace InvitationLedger {

Read read(const QString &directory, const QString &authority)
{
    const AuditTrailSearch::Found found =
        AuditTrailSearch::matching(directory, authority,
                                   {{QByteArrayLiteral("identity.invite"), QByteArrayLiteral("identity.recovery"),
                                     QByteArrayLiteral("identity.deactivate"), QByteArrayLiteral("identity.activate"),
                                     QByteArrayLiteral("identity.delete")},
                                    [](const AuditRecord &r) {
                                        return r.phase == AuditRecord::Phase::Outcome &&
                                               r.outcome == AuditRecord::Outcome::Succeeded &&
                                               (r.action == Invite || followsUp(r.action));
                                    }});
    Read result = fromRecords(found.records);
    result.records = found.records;
    if (!found.problem.isEmpty())
        result.problem =
            result.problem.isEmpty() ? found.problem : found.problem + QStringLiteral("; ") + result.problem;
    return result;
}

Read fromRecords(QList<AuditRecord> records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const AuditRecord &a, const AuditRecord &b) { return a.time < b.time; });
    QHash<QString, qsizetype> byIdentity; // identity id → index in `list`
    QList<Invitation> list;
    QSet<QString> seen; // action ids: a record imported twice counts once
    for (const AuditRecord &r : std::as_const(records)) {
        if (r.phase != AuditRecord::Phase::Outcome || r.outcome != AuditRecord::Outcome::Succeeded)
            continue;
        if (!r.actionId.isEmpty()) {
            if (seen.contains(r.actionId))
                continue;
            seen.insert(r.actionId);
        }
        const QString id = identityOf(r);
        if (id.isEmpty())
            continue;
        if (r.action == Invite) {
            Invitation invitation;
            invitation.identityId = id;
            for (const AuditTarget &t : r.targets) {
                if (t.id == id)
                    invitation.email = t.label;
            }
            invitation.invitedAt = r.time;
            invitation.invitedBy = r.operatorName;
            invitation.origin = r.origin;
            invitation.delivery = r.change.value(QLatin1String("delivery")).toString();
            invitation.reason = r.reason;
            byIdentity.insert(id, list.size());
            list.append(invitation);
        } else if (followsUp(r.action) && byIdentity.contains(id)) {
            apply(&list[byIdentity.value(id)], r);
        }
    }
    Read result;
    std::reverse(list.begin(), list.end()); // newest first
    if (list.size() > MaxInvitations) {
        result.problem = QCoreApplication::translate("InvitationLedger", "only the newest %1 invitations are listed")
                             .arg(MaxInvitations);
        list.resize(MaxInvitations);
    }
    result.invitations = list;
    return result;
}

} // namespace InvitationLedger
