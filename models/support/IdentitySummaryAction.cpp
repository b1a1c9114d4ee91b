// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitySummaryAction.h"

#include "AuditLog.h"
#include "IdentityListModel.h"
#include "IdentitySummary.h"
#include "KratosClient.h"
#include "SignInCheck.h"
#include "SignInEvidenceLoader.h"

IdentitySummaryAction::IdentitySummaryAction(KratosClient *client, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_audit(audit)
    , m_loader(new SignInEvidenceLoader(client, this))
{
    connect(m_loader, &SignInEvidenceLoader::loaded, this, &IdentitySummaryAction::evidenceLoaded);
}

void IdentitySummaryAction::summarise(const Identity &identity, Done done)
{
    ++m_generation;
    m_done = std::move(done);
    m_loader->load(identity);
}

void IdentitySummaryAction::evidenceLoaded(const SignInEvidence &evidence)
{
    if (!m_done)
        return;
    const QString text =
        IdentitySummary::text(evidence, SignInCheck::run(evidence), m_client->connection().adminUrl.host());
    const QString label = IdentityListModel::primaryIdentifier(evidence.identity);
    AuditRecord record;
    record.actionId = AuditRecord::newActionId();
    record.action = QStringLiteral("identity.summary.copy");
    record.summary = QStringLiteral("Copy the summary of identity %1 for a ticket")
                         .arg(label.isEmpty() ? evidence.identity.id : label);
    record.targets = {{QStringLiteral("identity"), evidence.identity.id, label}};
    const quint64 generation = m_generation;
    // The read is on disk before the text leaves the app; a newer request drops this one.
    m_audit->write(record, this, [this, generation, text, record](const QString &problem) {
        if (generation != m_generation || !m_done)
            return;
        const Done done = std::exchange(m_done, {});
        if (!problem.isEmpty()) {
            done(QString(), tr("The copy was not made: the audit trail cannot be written (%1).").arg(problem));
            return;
        }
        m_audit->write(record.outcomeOf(
            AuditRecord::Outcome::Succeeded,
            QStringLiteral("Copied the summary of identity %1 for a ticket")
                .arg(record.targets.first().label.isEmpty() ? record.targets.first().id : record.targets.first().label),
            ApiError()));
        done(text, QString());
    });
}
