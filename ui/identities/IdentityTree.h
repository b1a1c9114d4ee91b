// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

class SchemaCatalog;
struct Identity;

// The identity pane's Overview tab: the identity, its traits (labelled with the schema's titles),
// addresses, credentials and metadata as one tree whose every value can be copied.
class IdentityTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityTree)

public:
    explicit IdentityTree(QWidget *parent = nullptr);

    // `deleted`: the identity is gone, so credentials that were never read are "not known".
    void showIdentity(const Identity &identity, const SchemaCatalog &catalog, bool deleted);

private:
    void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value, const QString &schemaId,
                 const SchemaCatalog &catalog, const QString &traitPath = {});
};
