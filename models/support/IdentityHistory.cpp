// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityHistory.h"

#include "AuditTrailFilter.h"
#include "CourierMessageModel.h"
#include "SignInCheck.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

constexpr int MaxValue = 200; // characters of one server or trail value shown

// Server and trail text on one line, cut short.
QString oneLine(const QString &text)
{
    QString out = text.simplified();
    if (out.size() > MaxValue)
        out = out.left(MaxValue - 1) + QChar(0x2026);
    return out;
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

HistoryEvent event(const QDateTime &time, HistoryEvent::Source source, const QString &title, const QString &detail = {})
{
    HistoryEvent e;
    e.time = time;
    e.source = source;
    e.title = title;
    e.detail = detail;
    return e;
}

} // namespace

QList<HistoryEvent> IdentityHistory::build(const SignInEvidence &evidence, const QList<AuditRecord> &trail)
{
    QList<HistoryEvent> out;
    addIdentityEvents(evidence.identity, &out);
    if (evidence.sessions)
        addSessionEvents(*evidence.sessions, evidence.now, &out);
    if (evidence.messages)
        addMessageEvents(*evidence.messages, &out);
    addOperatorEvents(trail, &out);
    std::stable_sort(out.begin(), out.end(), [](const HistoryEvent &a, const HistoryEvent &b) {
        if (a.time.isValid() != b.time.isValid())
            return a.time.isValid();
        return a.time > b.time;
    });
    if (out.size() > MaxEvents)
        out.resize(MaxEvents);
    return out;
}

void IdentityHistory::addIdentityEvents(const Identity &identity, QList<HistoryEvent> *out)
{
    using Source = HistoryEvent::Source;
    if (identity.createdAt.isValid())
        out->append(event(identity.createdAt, Source::Identity, tr("Created"),
                          tr("schema %1").arg(oneLine(identity.schemaId))));
    if (identity.updatedAt.isValid() && identity.updatedAt != identity.createdAt)
        out->append(event(identity.updatedAt, Source::Identity, tr("Last updated"),
                          tr("Kratos keeps the time of the newest change only")));
    if (identity.stateChangedAt.isValid())
        out->append(event(identity.stateChangedAt, Source::Identity,
                          identity.state == Identity::State::Active     ? tr("State became active")
                          : identity.state == Identity::State::Inactive ? tr("State became inactive")
                                                                        : tr("State changed")));
    for (const VerifiableAddress &a : identity.verifiableAddresses) {
        if (a.verified && a.verifiedAt.isValid())
            out->append(event(a.verifiedAt, Source::Identity, tr("Address verified"), oneLine(a.value)));
    }
    for (const IdentityCredential &c : identity.credentials) {
        if (c.createdAt.isValid())
            out->append(event(c.createdAt, Source::Identity, tr("Credential added: %1").arg(oneLine(c.type))));
        if (c.updatedAt.isValid() && c.createdAt.isValid() && c.createdAt.secsTo(c.updatedAt) > 1)
            out->append(event(c.updatedAt, Source::Identity, tr("Credential record updated: %1").arg(oneLine(c.type)),
                              tr("a new secret, or Kratos rewriting it with another change")));
    }
}

void IdentityHistory::addSessionEvents(const QList<Session> &sessions, const QDateTime &now, QList<HistoryEvent> *out)
{
    using Source = HistoryEvent::Source;
    for (const Session &s : sessions) {
        QStringList parts;
        QStringList methods;
        for (const AuthenticationMethod &m : s.authenticationMethods)
            methods.append(m.provider.isEmpty() ? m.method : QStringLiteral("%1 (%2)").arg(m.method, m.provider));
        if (!methods.isEmpty())
            parts.append(oneLine(methods.join(QStringLiteral(", "))));
        if (!s.aal.isEmpty())
            parts.append(s.aal.toUpper());
        if (!s.devices.isEmpty()) {
            const SessionDevice &d = s.devices.first();
            QStringList where{d.userAgent, d.ipAddress, d.location};
            where.removeAll(QString());
            if (!where.isEmpty())
                parts.append(oneLine(where.join(QStringLiteral(", "))));
        }
        const bool expired = s.expiresAt.isValid() && s.expiresAt <= now;
        if (!s.active && !expired)
            parts.append(tr("ended: revoked or signed out (Kratos does not say when)"));
        else if (s.active && !expired && s.expiresAt.isValid())
            parts.append(tr("active"));
        const QDateTime at = s.authenticatedAt.isValid() ? s.authenticatedAt : s.issuedAt;
        out->append(event(at, Source::SignIn, tr("Signed in"), parts.join(QStringLiteral(" · "))));
        if (expired)
            out->append(event(s.expiresAt, Source::SignIn, tr("Session expired")));
    }
}

void IdentityHistory::addMessageEvents(const QList<CourierMessage> &messages, QList<HistoryEvent> *out)
{
    using Source = HistoryEvent::Source;
    for (const CourierMessage &m : messages) {
        const QString kind = CourierMessageModel::templateName(m.templateType);
        const QString to = oneLine(m.recipient);
        out->append(event(m.createdAt, Source::Message, tr("%1 queued to %2").arg(kind, to)));
        if (m.status == QLatin1String("sent")) {
            out->append(event(m.updatedAt, Source::Message, tr("%1 sent to %2").arg(kind, to)));
        } else if (m.status == QLatin1String("abandoned")) {
            QString why;
            for (auto it = m.dispatches.crbegin(); it != m.dispatches.crend() && why.isEmpty(); ++it)
                why = SignInCheck::dispatchErrorInWords(it->errorText());
            HistoryEvent e = event(m.updatedAt, Source::Message, tr("%1 not delivered to %2").arg(kind, to),
                                   oneLine(why.isEmpty() ? tr("Kratos gave up on it") : why));
            e.problem = true;
            out->append(e);
        }
    }
}

void IdentityHistory::addOperatorEvents(const QList<AuditRecord> &trail, QList<HistoryEvent> *out)
{
    for (const AuditRecord &r : AuditTrailFilter::actions(trail)) {
        if (r.action.endsWith(QLatin1String(".bulk")))
            continue; // each item of a bulk run has its own record
        HistoryEvent e = event(r.time, HistoryEvent::Source::Operator, oneLine(r.summary), changeWords(r.change));
        e.by = QStringLiteral("%1@%2 (%3)").arg(r.operatorName, r.host, oneLine(r.profileName));
        if (!r.origin.isEmpty())
            e.by += QStringLiteral(" · ") + tr("from an imported trail");
        e.reason = r.reason;
        QString outcome;
        if (r.phase == AuditRecord::Phase::Intent)
            outcome = tr("no outcome recorded: the app stopped before the answer");
        else if (r.outcome == AuditRecord::Outcome::Failed || r.outcome == AuditRecord::Outcome::Refused)
            outcome = r.httpStatus > 0 ? tr("%1 (HTTP %2)").arg(AuditRecord::outcomeName(r.outcome)).arg(r.httpStatus)
                                       : AuditRecord::outcomeName(r.outcome);
        e.problem = !outcome.isEmpty();
        if (!outcome.isEmpty())
            e.detail = e.detail.isEmpty() ? outcome : outcome + QStringLiteral(" · ") + e.detail;
        out->append(e);
    }
}

QString IdentityHistory::changeWords(const QJsonObject &change)
{
    QStringList parts;
    for (const QJsonValue &v : change.value(QLatin1String("patch")).toArray()) {
        const QJsonObject op = v.toObject();
        const QString path = op.value(QLatin1String("path")).toString();
        const QString from =
            op.contains(QLatin1String("old")) ? shown(op.value(QLatin1String("old"))) : tr("(not set)");
        const QString to = op.value(QLatin1String("op")).toString() == QLatin1String("remove")
                               ? tr("(removed)")
                               : shown(op.value(QLatin1String("value")));
        parts.append(QStringLiteral("%1: %2 → %3").arg(path, from, to));
    }
    const QJsonObject fields = change.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        parts.append(QStringLiteral("%1 = %2").arg(it.key(), shown(it.value())));
    return oneLine(parts.join(QStringLiteral("; ")));
}

QStringList IdentityHistory::limits(const SignInEvidence &evidence, const QString &trailProblem)
{
    QStringList out{tr("Kratos keeps no record of failed sign-ins, so none can be shown."),
                    tr("Kratos may have deleted old sessions and courier messages: what it still has is shown."),
                    tr("Operator actions come from the audit trails on this computer (every profile for this "
                       "server) and the trails imported into it; other computers' actions show once their "
                       "trails are imported.")};
    if (!evidence.sessions)
        out.append(tr("The sessions could not be read: %1").arg(oneLine(evidence.sessionsProblem)));
    if (!evidence.messages)
        out.append(tr("The courier messages could not be read: %1").arg(oneLine(evidence.messagesProblem)));
    if (!trailProblem.isEmpty())
        out.append(tr("Not every audit trail could be read: %1").arg(oneLine(trailProblem)));
    return out;
}

QString IdentityHistory::sourceName(HistoryEvent::Source source)
{
    switch (source) {
    case HistoryEvent::Source::Operator:
        return tr("operator");
    case HistoryEvent::Source::SignIn:
        return tr("sign-in");
    case HistoryEvent::Source::Message:
        return tr("message");
    case HistoryEvent::Source::Identity:
        return tr("identity");
    }
    return {};
}

QString IdentityHistory::text(const QList<HistoryEvent> &events, const QStringList &limits)
{
    QStringList lines;
    for (const HistoryEvent &e : events) {
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(e.time.isValid() ? e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'"))
                                                 : QStringLiteral("(time unknown)   "),
                                sourceName(e.source).leftJustified(8), e.title);
        for (const QString &part : {e.detail, e.by, e.reason.isEmpty() ? QString() : tr("reason: %1").arg(e.reason)})
            if (!part.isEmpty())
                line += QStringLiteral(" — ") + part;
        lines.append(line);
    }
    if (lines.isEmpty())
        lines.append(tr("Nothing is known about this identity yet."));
    lines.append(QString());
    for (const QString &l : limits)
        lines.append(QStringLiteral("Note: ") + l);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
