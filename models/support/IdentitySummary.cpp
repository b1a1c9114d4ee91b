// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitySummary.h"

#include "CourierMessageModel.h"
#include "IdentityListModel.h"
#include "SignInCheck.h"

#include <algorithm>

QString IdentitySummary::inert(const QString &untrusted)
{
    QString out;
    out.reserve(std::min<qsizetype>(untrusted.size(), kMaxValue) + 8);
    for (const QChar c : untrusted) {
        if (out.size() >= kMaxValue) {
            out += QChar(0x2026); // …
            break;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph) {
            out += QLatin1Char(' ');
            continue;
        }
        if (QStringLiteral("\\`*_[]<>#|~!").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out.trimmed();
}

QString IdentitySummary::when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : tr("unknown");
}

QStringList IdentitySummary::addressLines(const Identity &identity)
{
    QStringList lines;
    for (const VerifiableAddress &a : identity.verifiableAddresses) {
        const bool recovery = std::any_of(identity.recoveryAddresses.cbegin(), identity.recoveryAddresses.cend(),
                                          [&a](const RecoveryAddress &r) { return r.value == a.value; });
        QString line = QStringLiteral("  - %1 (%2): ").arg(inert(a.value), inert(a.via));
        line += a.verified ? tr("verified %1").arg(when(a.verifiedAt)) : tr("not verified (%1)").arg(inert(a.status));
        if (recovery)
            line += tr(", used for recovery");
        lines.append(line);
    }
    for (const RecoveryAddress &r : identity.recoveryAddresses) {
        const bool listed = std::any_of(identity.verifiableAddresses.cbegin(), identity.verifiableAddresses.cend(),
                                        [&r](const VerifiableAddress &a) { return a.value == r.value; });
        if (!listed)
            lines.append(QStringLiteral("  - %1 (%2): %3").arg(inert(r.value), inert(r.via), tr("used for recovery")));
    }
    return lines;
}

QString IdentitySummary::lastSignIn(const SignInEvidence &e)
{
    if (!e.sessions)
        return tr("not known (%1)").arg(inert(e.sessionsProblem));
    const auto latest =
        std::max_element(e.sessions->cbegin(), e.sessions->cend(),
                         [](const Session &a, const Session &b) { return a.authenticatedAt < b.authenticatedAt; });
    if (latest == e.sessions->cend())
        return tr("none on record (Kratos keeps no failed sign-ins, and may have pruned old sessions)");
    QStringList methods;
    for (const AuthenticationMethod &m : latest->authenticationMethods)
        methods.append(SignInCheck::methodName(m.method));
    QString line = tr("%1 with %2")
                       .arg(when(latest->authenticatedAt),
                            methods.isEmpty() ? tr("no method named") : methods.join(QStringLiteral(", ")));
    if (!latest->aal.isEmpty())
        line += QStringLiteral(" (%1)").arg(inert(latest->aal));
    return line;
}

QString IdentitySummary::lastMessage(const SignInEvidence &e)
{
    if (!e.messages)
        return tr("not known (%1)").arg(inert(e.messagesProblem));
    if (e.messages->isEmpty())
        return tr("none to its addresses");
    const CourierMessage &m = e.messages->first(); // newest first
    QString line = tr("%1 to %2, %3 %4")
                       .arg(CourierMessageModel::templateName(m.templateType), inert(m.recipient),
                            CourierMessageModel::statusText(m.status), when(m.updatedAt));
    for (auto it = m.dispatches.crbegin(); it != m.dispatches.crend(); ++it) {
        if (!it->errorText().isEmpty()) {
            line += QStringLiteral(" (%1)").arg(inert(SignInCheck::dispatchErrorInWords(it->errorText())));
            break;
        }
    }
    return line;
}

QStringList IdentitySummary::findingLines(const QList<SignInFinding> &findings)
{
    QStringList lines;
    for (const SignInFinding &f : findings) {
        if (f.severity == SignInFinding::Severity::Info)
            continue;
        const QString level = f.severity == SignInFinding::Severity::Blocker ? tr("blocker") : tr("warning");
        lines.append(QStringLiteral("  - %1: %2").arg(level, inert(f.title)));
    }
    if (lines.isEmpty())
        lines.append(QStringLiteral("  - ") + tr("nothing blocks sign-in"));
    return lines;
}

QString IdentitySummary::text(const SignInEvidence &e, const QList<SignInFinding> &findings, const QString &serverHost)
{
    const Identity &identity = e.identity;
    QStringList lines;
    const QString identifier = IdentityListModel::primaryIdentifier(identity);
    lines.append(QStringLiteral("**%1**").arg(identifier.isEmpty() ? tr("Identity") : inert(identifier)));
    lines.append(QStringLiteral("- ") + tr("ID: %1").arg(inert(identity.id)));
    QString state = identity.state == Identity::State::Active     ? tr("active")
                    : identity.state == Identity::State::Inactive ? tr("inactive")
                                                                  : inert(identity.stateText);
    if (identity.stateChangedAt.isValid())
        state += QLatin1Char(' ') + tr("since %1").arg(when(identity.stateChangedAt));
    lines.append(QStringLiteral("- ") + tr("State: %1").arg(state));
    lines.append(QStringLiteral("- ") + tr("Schema: %1").arg(inert(identity.schemaId)));
    if (!identity.externalId.isEmpty())
        lines.append(QStringLiteral("- ") + tr("External ID: %1").arg(inert(identity.externalId)));
    lines.append(QStringLiteral("- ") + tr("Created: %1").arg(when(identity.createdAt)));
    const QStringList addresses = addressLines(identity);
    lines.append(QStringLiteral("- ") + (addresses.isEmpty() ? tr("Addresses: none") : tr("Addresses:")));
    lines += addresses;
    QStringList types = identity.credentials.keys();
    for (QString &type : types)
        type = SignInCheck::methodName(type);
    lines.append(QStringLiteral("- ") + tr("Credentials: %1")
                                            .arg(!identity.credentialsIncluded ? tr("not read")
                                                 : types.isEmpty()             ? tr("none")
                                                                               : types.join(QStringLiteral(", "))));
    lines.append(QStringLiteral("- ") + tr("Last sign-in: %1").arg(lastSignIn(e)));
    if (e.sessions) {
        const auto active =
            std::count_if(e.sessions->cbegin(), e.sessions->cend(), [](const Session &s) { return s.active; });
        lines.append(QStringLiteral("- ") + tr("Active sessions: %1").arg(active));
    }
    lines.append(QStringLiteral("- ") + tr("Last courier message: %1").arg(lastMessage(e)));
    lines.append(QStringLiteral("- ") + tr("Sign-in check:"));
    lines += findingLines(findings);
    lines.append(QString());
    lines.append(tr("Read %1 from %2 with Kratos Desk.").arg(when(e.now), inert(serverHost)));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
