// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "ConfirmDialog.h"
#include "ScreenFit.h"

#include "BackgroundFile.h"
#include "ErrorBanner.h"
#include "IdentityImporter.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

ImportDialog::ImportDialog(KratosClient *client, AuditLog *audit, QWidget *parent)
    : QDialog(parent)
    , m_importer(new IdentityImporter(client, audit, this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_results(new QTableWidget(0, 4, this))
    , m_error(new ErrorBanner(this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
{
    m_error->setObjectName(QStringLiteral("importErrorBanner"));
    m_retry->setObjectName(QStringLiteral("importRetry"));
    m_retry->setToolTip(tr("Send again the identities whose request failed (not the ones Kratos refused)"));
    m_retry->setEnabled(false);
    m_summary->setTextFormat(Qt::PlainText); // server and file text is never markup
    setWindowTitle(tr("Import identities"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("importResults"));
    m_results->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    m_results->setAccessibleName(tr("Import results"));
    m_results->setHorizontalHeaderLabels({tr("#"), tr("Identity"), tr("Result"), tr("Message")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importer, &IdentityImporter::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_importer, &IdentityImporter::finished, this, &ImportDialog::showResults);
    connect(m_importer, &IdentityImporter::requestFailed, m_error, &ErrorBanner::showError);
    connect(m_retry, &QPushButton::clicked, this, &ImportDialog::retry);
    connect(m_error, &ErrorBanner::retryRequested, this, &ImportDialog::retry);
    ScreenFit::resize(this, QSize(760, 480));
}

bool ImportDialog::load(const QByteArray &json)
{
    QString error;
    if (!m_importer->load(json, &error)) {
        m_summary->setText(tr("Nothing was imported: %1").arg(error));
        return false;
    }
    m_summary->setText(tr("Importing %Ln identities…", nullptr, m_importer->count()));
    return true;
}

void ImportDialog::loadFile(const QString &path)
{
    m_summary->setText(tr("Reading %1…").arg(path));
    BackgroundFile::read(path, MaxFileBytes, this, [this, path](const QByteArray &bytes, const QString &error) {
        if (!error.isEmpty()) {
            m_summary->setText(tr("Nothing was imported: cannot read %1: %2").arg(path, error));
            return;
        }
        m_summary->setText(tr("Reading the identities in %1…").arg(path));
        auto *watcher = new QFutureWatcher<IdentityImporter::Parsed>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path]() {
            watcher->deleteLater();
            QString problem;
            if (!m_importer->use(watcher->result(), &problem)) {
                m_summary->setText(tr("Nothing was imported: %1").arg(problem));
                return;
            }
            // Creating identities changes the server: said, confirmed and given a reason first.
            QString reason;
            if (!ConfirmDialog::confirmWithReason(
                    this,
                    ConfirmDialog::request(IdentityImporter::describe(m_importer->count(), QFileInfo(path).fileName())),
                    &reason)) {
                m_summary->setText(tr("Nothing was imported: you cancelled."));
                return;
            }
            m_importer->setReason(reason);
            m_summary->setText(tr("Importing %Ln identities…", nullptr, m_importer->count()));
            start();
        });
        watcher->setFuture(QtConcurrent::run([bytes]() { return IdentityImporter::parse(bytes); }));
    });
}

void ImportDialog::start()
{
    m_error->clear();
    m_importer->start();
}

void ImportDialog::retry()
{
    if (m_importer->isRunning())
        return;
    m_error->clear();
    m_retry->setEnabled(false);
    const int again = m_importer->retryableCount();
    if (m_importer->retryFailed())
        m_summary->setText(tr("Sending %Ln identities again…", nullptr, again));
}

void ImportDialog::showResults()
{
    const auto &results = m_importer->results();
    m_results->setRowCount(int(results.size()));
    int created = 0;
    for (int r = 0; r < results.size(); ++r) {
        const IdentityImporter::Result &result = results.at(r);
        created += result.created;
        m_results->setItem(r, 0, new QTableWidgetItem(QString::number(result.index)));
        m_results->setItem(r, 1, new QTableWidgetItem(result.created ? result.identityId : result.label));
        m_results->setItem(r, 2, new QTableWidgetItem(result.created ? tr("created") : tr("failed")));
        m_results->setItem(r, 3, new QTableWidgetItem(result.message));
    }
    m_summary->setText(
        tr("%1 of %Ln identities created.", nullptr, int(results.size())).arg(QLocale().toString(created)));
    m_retry->setEnabled(m_importer->retryableCount() > 0);
    Q_EMIT imported();
}
