// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AboutDialog.h"
#include "AppHarness.h"
#include "AuditLogDialog.h"
#include "BulkDialog.h"
#include "ConfirmDialog.h"
#include "CreateIdentityDialog.h"
#include "ExportDialog.h"
#include "IdentityEditDialog.h"
#include "IdentityWindow.h"
#include "ImportDialog.h"
#include "InvitationsDialog.h"
#include "InviteDialog.h"
#include "MainWindow.h"
#include "ProfilesDialog.h"
#include "ReasonField.h"
#include "RecoveryDialog.h"
#include "SchemaCatalog.h"
#include "SchemaListModel.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"

#include <QStringList>

#include <memory>

// Every dialog of the app, made as the window makes it, by name: for the tests that go through
// all of them (fit on a small screen, reach every control by keyboard). `label` stands for the
// identity's name in the texts (a long one tests wrapping).
namespace AppDialogs {

inline QStringList names()
{
    return {QStringLiteral("profiles"),      QStringLiteral("settings"),       QStringLiteral("audit"),
            QStringLiteral("shortcuts"),     QStringLiteral("confirm"),        QStringLiteral("confirmOption"),
            QStringLiteral("confirmTyped"),  QStringLiteral("recovery"),       QStringLiteral("create"),
            QStringLiteral("edit"),          QStringLiteral("import"),         QStringLiteral("export"),
            QStringLiteral("bulk"),          QStringLiteral("guide"),          QStringLiteral("about"),
            QStringLiteral("confirmReason"), QStringLiteral("identityWindow"), QStringLiteral("invitations"),
            QStringLiteral("invite")};
}

inline std::unique_ptr<QWidget> make(const QString &name, AppHarness &app, MainWindow *window, const Identity &identity,
                                     const QString &label)
{
    QWidget *parent = window;
    ConfirmDialog::Request confirm{QStringLiteral("Deactivate identity"),
                                   QStringLiteral("%1 will be set to inactive and can no longer sign in. Sessions "
                                                  "stay valid until they expire or are revoked.")
                                       .arg(label),
                                   QStringLiteral("Deactivate"),
                                   true,
                                   {}};
    if (name == QLatin1String("profiles"))
        return std::make_unique<ProfilesDialog>(app.context(), parent);
    if (name == QLatin1String("settings"))
        return std::make_unique<SettingsDialog>(&app.preferences, parent);
    if (name == QLatin1String("audit"))
        return std::make_unique<AuditLogDialog>(&app.audit, app.profiles.profiles().first().id, QStringLiteral("Local"),
                                                parent);
    if (name == QLatin1String("guide"))
        return std::make_unique<UserGuideDialog>(parent);
    if (name == QLatin1String("about"))
        return std::make_unique<AboutDialog>(QStringLiteral("Production (%1) — Kratos v26.2.0 · ready").arg(label),
                                             parent);
    if (name == QLatin1String("shortcuts"))
        return std::make_unique<ShortcutsDialog>(window, parent);
    if (name == QLatin1String("confirm"))
        return std::make_unique<ConfirmDialog>(confirm, parent);
    if (name == QLatin1String("confirmOption") || name == QLatin1String("confirmTyped")) {
        confirm.optionLabel = QStringLiteral("Also revoke all sessions");
        if (name == QLatin1String("confirmTyped"))
            confirm.typeToConfirm = label;
        return std::make_unique<ConfirmDialog>(confirm, parent);
    }
    if (name == QLatin1String("confirmReason")) { // a profile that requires a reason, production
        confirm.optionLabel = QStringLiteral("Also revoke all sessions");
        confirm.typeToConfirm = label;
        confirm.asksReason = true;
        ReasonField::setProfileRequires(true);
        auto dialog = std::make_unique<ConfirmDialog>(confirm, parent);
        ReasonField::setProfileRequires(false);
        return dialog;
    }
    if (name == QLatin1String("identityWindow")) {
        static const SchemaCatalog catalog;
        return std::make_unique<IdentityWindow>(identity, label, catalog, &app.client, &app.audit, parent);
    }
    if (name == QLatin1String("invitations"))
        return std::make_unique<InvitationsDialog>(&app.client, &app.audit, window->findChild<SchemaListModel *>(),
                                                   parent);
    if (name == QLatin1String("invite"))
        return std::make_unique<InviteDialog>(&app.client, &app.audit, window->findChild<SchemaListModel *>(), parent);
    if (name == QLatin1String("recovery"))
        return std::make_unique<RecoveryDialog>(&app.client, &app.audit, identity.id, label, parent);
    if (name == QLatin1String("create"))
        return std::make_unique<CreateIdentityDialog>(&app.client, &app.audit, window->findChild<SchemaListModel *>(),
                                                      parent);
    if (name == QLatin1String("edit"))
        return std::make_unique<IdentityEditDialog>(&app.client, &app.audit, identity, label, parent);
    if (name == QLatin1String("import"))
        return std::make_unique<ImportDialog>(&app.client, &app.audit, parent);
    if (name == QLatin1String("export"))
        return std::make_unique<ExportDialog>(1234, 100000, 12, parent);
    if (name == QLatin1String("bulk"))
        return std::make_unique<BulkDialog>(&app.client, &app.audit, BulkOperation::Action::Deactivate,
                                            QStringList{identity.id}, QHash<QString, QString>{{identity.id, label}},
                                            parent);
    return {};
}

} // namespace AppDialogs
