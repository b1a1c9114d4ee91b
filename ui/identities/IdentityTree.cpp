// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityTree.h"

#include "CopyableTree.h"
#include "Identity.h"
#include "PlainText.h"
#include "SchemaCatalog.h"

#include <QJsonArray>
#include <QLocale>

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::LongFormat) : QString();
}

QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &key, const QString &value)
{
    auto *item = new QTreeWidgetItem(parent, {key, value});
    item->setToolTip(1, PlainText::toolTip(value));
    return item;
}

} // namespace

IdentityTree::IdentityTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("overviewTree"));
    setHeaderLabels({tr("Field"), tr("Value")});
    setColumnWidth(0, 200);
    setAlternatingRowColors(true);
    setAccessibleName(tr("Identity details"));
    CopyableTree::install(this);
}

void IdentityTree::showIdentity(const Identity &i, const SchemaCatalog &catalog, bool deleted)
{
    clear();
    auto *overview = new QTreeWidgetItem(this, {tr("Identity")});
    row(overview, tr("ID"), i.id);
    // The state in the window's language; a state this version does not know, as the server says it.
    const QString stateWords = i.state == Identity::State::Active     ? tr("active")
                               : i.state == Identity::State::Inactive ? tr("inactive")
                                                                      : i.stateText;
    row(overview, tr("State"),
        i.stateChangedAt.isValid() ? tr("%1 since %2").arg(stateWords, when(i.stateChangedAt)) : stateWords);
    row(overview, tr("Schema"), i.schemaId);
    if (!i.externalId.isEmpty())
        row(overview, tr("External ID"), i.externalId);
    if (!i.organizationId.isEmpty())
        row(overview, tr("Organisation"), i.organizationId);
    row(overview, tr("Created"), when(i.createdAt));
    row(overview, tr("Updated"), when(i.updatedAt));

    auto *traits = new QTreeWidgetItem(this, {tr("Traits")});
    for (auto it = i.traits.begin(); it != i.traits.end(); ++it)
        addJson(traits, it.key(), it.value(), i.schemaId, catalog, it.key());

    auto *verifiable = new QTreeWidgetItem(this, {tr("Verifiable addresses")});
    for (const VerifiableAddress &a : i.verifiableAddresses) {
        const QString state =
            a.verified ? tr("verified %1").arg(when(a.verifiedAt)) : tr("not verified (%1)").arg(a.status);
        row(verifiable, a.value, QStringLiteral("%1 · %2").arg(a.via, state));
    }
    auto *recovery = new QTreeWidgetItem(this, {tr("Recovery addresses")});
    for (const RecoveryAddress &a : i.recoveryAddresses)
        row(recovery, a.value, a.via);
    auto *credentials = new QTreeWidgetItem(this, {tr("Credentials")});
    if (!i.credentialsIncluded) // a deleted identity's are never read
        row(credentials, deleted ? tr("(not known)") : tr("(loading…)"), QString());
    for (const IdentityCredential &c : i.credentials)
        row(credentials, c.type, c.identifiers.join(QStringLiteral(", ")));
    auto *metaPublic = new QTreeWidgetItem(this, {tr("Public metadata")});
    addJson(metaPublic, QStringLiteral("metadata_public"), i.metadataPublic, i.schemaId, catalog);
    auto *metaAdmin = new QTreeWidgetItem(this, {tr("Admin metadata")});
    addJson(metaAdmin, QStringLiteral("metadata_admin"), i.metadataAdmin, i.schemaId, catalog);
    expandAll();
}

void IdentityTree::addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value,
                           const QString &schemaId, const SchemaCatalog &catalog, const QString &traitPath)
{
    // Traits are labelled with the schema's titles where it has them.
    const QString title = traitPath.isEmpty() ? QString() : catalog.title(schemaId, traitPath);
    const QString label = title.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(title, key);
    if (value.isObject()) {
        auto *item = row(parent, label, QString());
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addJson(item, it.key(), it.value(), schemaId, catalog,
                    traitPath.isEmpty() ? QString() : traitPath + QLatin1Char('/') + it.key());
        return;
    }
    if (value.isArray()) {
        auto *item = row(parent, label, tr("%Ln item(s)", nullptr, int(value.toArray().size())));
        int i = 0;
        for (const QJsonValue &v : value.toArray())
            addJson(item, QStringLiteral("[%1]").arg(i++), v, schemaId, catalog);
        return;
    }
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    else if (value.isNull())
        text = QStringLiteral("null");
    row(parent, label, text);
}
