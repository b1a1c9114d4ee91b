// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityListActions.h"

#include "BulkDialog.h"
#include "BulkOperation.h"
#include "ConfirmDialog.h"
#include "CreateIdentityDialog.h"
#include "ExportDialog.h"
#include "ExportJob.h"
#include "IdentityDetailPane.h"
#include "IdentityFilterProxy.h"
#include "IdentityListModel.h"
#include "ImportDialog.h"
#include "Prompt.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QTableView>

IdentityListActions::IdentityListActions(KratosClient *client, AuditLog *audit, IdentityListModel *model,
                                         QTableView *table, IdentityDetailPane *detail, QWidget *page)
    : QObject(page)
    , m_client(client)
    , m_audit(audit)
    , m_model(model)
    , m_table(table)
    , m_detail(detail)
    , m_page(page)
{}

QStringList IdentityListActions::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(IdentityListModel::IdentityIdRole).toString());
    return ids;
}

void IdentityListActions::copySelectedIds()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void IdentityListActions::showContextMenu(const QPoint &pos)
{
    const int count = int(selectedIds().size());
    if (count == 0)
        return;
    // Not exec(): no nested event loop under the page; the menu deletes itself when it closes.
    auto *menu = new QMenu(m_page);
    menu->setObjectName(QStringLiteral("identityMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(count == 1 ? tr("&Copy ID") : tr("&Copy IDs"), QKeySequence::Copy, this,
                    &IdentityListActions::copySelectedIds);
    menu->addSeparator();
    if (count == 1) {
        const std::optional<Identity> shown = m_detail->identity();
        const bool active = !shown || shown->state == Identity::State::Active;
        menu->addAction(active ? tr("&Deactivate…") : tr("&Activate…"), m_detail, &IdentityDetailPane::toggleState);
        menu->addAction(tr("&Edit…"), m_detail, &IdentityDetailPane::editIdentity);
        menu->addAction(tr("&Recovery…"), m_detail, &IdentityDetailPane::createRecovery);
        menu->addAction(tr("Revoke all &sessions…"), m_detail, &IdentityDetailPane::revokeAllSessions);
        menu->addAction(tr("Open in new &window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                        &IdentityListActions::openInWindowRequested);
        menu->addSeparator();
        menu->addAction(tr("De&lete…"), QKeySequence::Delete, m_detail, &IdentityDetailPane::deleteIdentity);
    } else {
        menu->addAction(tr("&Deactivate %Ln selected…", nullptr, count), this,
                        [this]() { runBulk(int(BulkOperation::Action::Deactivate)); });
        menu->addAction(tr("&Activate %Ln selected…", nullptr, count), this,
                        [this]() { runBulk(int(BulkOperation::Action::Activate)); });
        menu->addAction(tr("Revoke &sessions of %Ln selected…", nullptr, count), this,
                        [this]() { runBulk(int(BulkOperation::Action::RevokeSessions)); });
        menu->addSeparator();
        menu->addAction(tr("De&lete %Ln selected…", nullptr, count), this,
                        [this]() { runBulk(int(BulkOperation::Action::Delete)); });
    }
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void IdentityListActions::runBulk(int actionValue)
{
    const auto action = BulkOperation::Action(actionValue);
    if (action == BulkOperation::Action::RevokeSession) // the Sessions page's
        return;
    // An identity the list shows in the state asked for is left out and said so: nothing is
    // sent or recorded for it, and the confirmation counts only real changes.
    const bool stateChange = action == BulkOperation::Action::Deactivate || action == BulkOperation::Action::Activate;
    const Identity::State wanted =
        action == BulkOperation::Action::Activate ? Identity::State::Active : Identity::State::Inactive;
    QStringList ids;
    QHash<QString, QString> labels;
    int unchanged = 0;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (stateChange && Identity::State(index.data(IdentityListModel::StateRole).toInt()) == wanted) {
            ++unchanged;
            continue;
        }
        const QString id = index.data(IdentityListModel::IdentityIdRole).toString();
        ids.append(id);
        labels.insert(id, index.siblingAtColumn(IdentityListModel::IdentifierColumn).data().toString());
    }
    const bool activate = action == BulkOperation::Action::Activate;
    if (ids.isEmpty()) {
        if (unchanged > 0)
            Prompt::warning(
                m_page, BulkOperation::describe(action, unchanged).title,
                activate
                    ? tr("The %Ln selected identities are already active; nothing was sent.", nullptr, unchanged)
                    : tr("The %Ln selected identities are already inactive; nothing was sent.", nullptr, unchanged));
        return;
    }
    ActionText text = BulkOperation::describe(action, int(ids.size()));
    if (unchanged > 0)
        text.description +=
            QStringLiteral("\n\n") +
            (activate ? tr("%Ln other selected identities are already active and are left out: nothing is sent for "
                           "them.",
                           nullptr, unchanged)
                      : tr("%Ln other selected identities are already inactive and are left out: nothing is sent for "
                           "them.",
                           nullptr, unchanged));
    const ConfirmDialog::Request request =
        ConfirmDialog::request(text, m_production && text.destructive ? QString::number(ids.size()) : QString());
    QString reason;
    if (!ConfirmDialog::confirmWithReason(m_page, request, &reason))
        return;
    // Not modal: the operator can keep reading while it runs; the list is reloaded when it ends.
    auto *dialog = new BulkDialog(m_client, m_audit, action, ids, labels, m_page);
    dialog->operation()->setReason(reason);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog->operation(), &BulkOperation::finished, m_model, &IdentityListModel::reload);
    dialog->show();
    dialog->start();
}

void IdentityListActions::exportRows(IdentityFilterProxy *proxy, const QString &filterWords)
{
    const QStringList selected = selectedIds();
    QList<int> shown;
    QList<int> chosen;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const int source = proxy->mapToSource(proxy->index(row, 0)).row();
        shown.append(source);
        if (selected.contains(m_model->idAt(source)))
            chosen.append(source);
    }
    const int loaded = m_model->rowCount();
    if (loaded == 0)
        return;
    // Window-modal without a nested loop: the page keeps working behind it.
    auto *dialog = new ExportDialog(int(shown.size()), loaded, int(chosen.size()), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, shown, chosen, loaded, filterWords]() {
        QList<int> rows = dialog->scope() == ExportDialog::Scope::Selection ? chosen : shown;
        if (dialog->scope() == ExportDialog::Scope::AllLoaded) {
            rows.clear();
            for (int row = 0; row < loaded; ++row)
                rows.append(row);
        }
        if (rows.isEmpty())
            return;
        const bool json = dialog->json();
        const QString path =
            Prompt::saveFile(m_page, tr("Export %Ln identities", nullptr, int(rows.size())),
                             json ? QStringLiteral("identities.json") : QStringLiteral("identities.csv"),
                             json ? tr("Kratos import JSON (*.json)") : tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        ExportJob::Spec spec;
        spec.path = path;
        spec.format = json ? ExportJob::Format::ImportJson : ExportJob::Format::Csv;
        spec.scope = ExportDialog::scopeName(dialog->scope());
        spec.filter = dialog->scope() == ExportDialog::Scope::AllLoaded ? QString() : filterWords;
        spec.reason = dialog->reason();
        Q_EMIT statusChanged(tr("Exporting %Ln identities…", nullptr, int(rows.size())));
        auto *job = new ExportJob(m_audit, this);
        connect(job, &ExportJob::finished, this, [this, job](const QString &file, int count, const QString &error) {
            job->deleteLater();
            if (!error.isEmpty()) {
                Q_EMIT statusChanged(error);
                return;
            }
            Q_EMIT statusChanged(tr("Exported %Ln identities to %1", nullptr, count).arg(file));
            Q_EMIT exported(file);
        });
        // From a snapshot of the loaded rows, built off the UI thread.
        job->start(m_model->snapshot(), rows, spec);
    });
    dialog->open();
}

void IdentityListActions::createIdentity(SchemaListModel *schemas)
{
    auto *dialog = new CreateIdentityDialog(m_client, m_audit, schemas, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateIdentityDialog::created, this,
            [this](const Identity &identity) { Q_EMIT created(identity.id); });
    dialog->show();
}

void IdentityListActions::importFile()
{
    const QString path =
        Prompt::openFile(m_page, tr("Import identities"), tr("Kratos import JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // The dialog reads and parses the file on workers: a file of many megabytes never freezes
    // the window, and a file that cannot be read is said in the dialog.
    auto *dialog = new ImportDialog(m_client, m_audit, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, m_model, &IdentityListModel::reload);
    dialog->show();
    dialog->loadFile(path);
}
