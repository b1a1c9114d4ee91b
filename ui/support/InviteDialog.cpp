// SPDX-License-Identifier: GPL-3.0-or-later
#include "InviteDialog.h"

#include "ConfirmDialog.h"
#include "InvitationJob.h"
#include "InviteeList.h"
#include "PlainText.h"
#include "Prompt.h"
#include "SchemaListModel.h"
#include "ScreenFit.h"
#include "SecretClipboard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

InviteDialog::InviteDialog(KratosClient *client, AuditLog *audit, SchemaListModel *schemas, QWidget *parent)
    : QDialog(parent)
    , m_job(new InvitationJob(client, audit, this))
    , m_schemas(schemas)
    , m_addresses(new QPlainTextEdit(this))
    , m_csv(new QPushButton(tr("From &CSV file…"), this))
    , m_file(new QLabel(this))
    , m_schema(new QComboBox(this))
    , m_trait(new QLabel(this))
    , m_delivery(new QComboBox(this))
    , m_expires(new QLineEdit(QStringLiteral("24h"), this))
    , m_problems(new QLabel(this))
    , m_invite(new QPushButton(tr("&Invite…"), this))
    , m_results(new QTableWidget(0, 3, this))
    , m_copy(new QPushButton(tr("Co&py link or code"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("inviteDialog"));
    setWindowTitle(tr("Invite people"));
    for (QLabel *label : {m_file, m_trait, m_problems, m_status}) {
        label->setTextFormat(Qt::PlainText); // file and server text is never markup
        label->setWordWrap(true);
    }
    m_addresses->setObjectName(QStringLiteral("inviteAddresses"));
    m_addresses->setAccessibleName(tr("Addresses"));
    m_addresses->setTabChangesFocus(true);
    m_addresses->setMaximumHeight(m_addresses->fontMetrics().lineSpacing() * 6);
    m_addresses->setPlaceholderText(tr("ada@example.org\nbob@example.org"));
    m_csv->setObjectName(QStringLiteral("inviteCsvButton"));
    m_file->setObjectName(QStringLiteral("inviteFile"));
    m_schema->setObjectName(QStringLiteral("inviteSchema"));
    m_trait->setObjectName(QStringLiteral("inviteTrait"));
    m_delivery->setObjectName(QStringLiteral("inviteDelivery"));
    m_delivery->addItems({tr("Kratos e-mails a recovery link (its delivery can be followed)"),
                          tr("A recovery link for me to hand over"),
                          tr("A recovery code and its link for me to hand over")});
    m_expires->setObjectName(QStringLiteral("inviteExpires"));
    m_expires->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("(\\d+(h|m|s))+")), m_expires));
    m_expires->setToolTip(tr("How long a link or code stays valid, e.g. 30m, 24h or 1h30m"));
    m_expires->setEnabled(false);
    m_problems->setObjectName(QStringLiteral("inviteProblems"));
    m_problems->setProperty("tone", QStringLiteral("problem"));
    m_problems->hide();
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_results->setObjectName(QStringLiteral("inviteResults"));
    m_results->setAccessibleName(tr("Invitation results"));
    m_results->setHorizontalHeaderLabels({tr("Invitee"), tr("Result"), tr("Link or code to hand over")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->setWordWrap(false);
    m_results->setTextElideMode(Qt::ElideMiddle);
    m_results->hide();
    m_copy->setObjectName(QStringLiteral("inviteCopy"));
    m_copy->hide();
    m_status->setObjectName(QStringLiteral("inviteStatus"));

    auto *buttons = layOut();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csv, &QPushButton::clicked, this, [this]() {
        const QString path =
            Prompt::openFile(this, tr("Invite from a CSV file"), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            loadCsv(path);
    });
    connect(m_invite, &QPushButton::clicked, this, &InviteDialog::invite);
    connect(m_copy, &QPushButton::clicked, this, &InviteDialog::copySelected);
    connect(m_delivery, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_expires->setEnabled(index != int(InvitationJob::Delivery::Mail)); });
    connect(m_schema, &QComboBox::currentIndexChanged, this, &InviteDialog::updateTrait);
    connect(m_job, &InvitationJob::progressed, this,
            [this](int done, int total) { m_status->setText(tr("Inviting… %1 of %2").arg(done).arg(total)); });
    connect(m_job, &InvitationJob::waiting, this, [this](int seconds) {
        if (seconds > 0)
            m_status->setText(tr("Kratos is limiting the rate. Retrying in %Ln s.", nullptr, seconds));
        else
            m_status->setText(tr("Inviting…"));
    });
    connect(m_job, &InvitationJob::finished, this, &InviteDialog::showResults);
    connect(m_schemas, &SchemaListModel::loaded, this, &InviteDialog::schemasLoaded);
    schemasLoaded();
    if (m_schemas->schemas().isEmpty() && !m_schemas->isLoading())
        m_schemas->reload();
    ScreenFit::resize(this, QSize(640, 560));
}

QDialogButtonBox *InviteDialog::layOut()
{
    auto *form = new QFormLayout;
    auto *addressesLabel = new QLabel(tr("&Addresses (one a line):"), this);
    addressesLabel->setBuddy(m_addresses);
    form->addRow(addressesLabel, m_addresses);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_csv);
    fileRow->addWidget(m_file, 1);
    form->addRow(QString(), fileRow);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(QString(), m_trait);
    form->addRow(tr("&Hand over:"), m_delivery);
    form->addRow(tr("&Valid for:"), m_expires);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_invite, 0, Qt::AlignLeft);
    layout->addWidget(m_results, 1);
    // Takes the room the results will have, so that the form keeps its height until then.
    layout->addStretch(1);
    m_stretch = layout->count() - 1;
    m_layout = layout;
    layout->addWidget(m_copy, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    return buttons;
}

InviteDialog::~InviteDialog()
{
    m_job->wipeSecrets();
}

void InviteDialog::done(int result)
{
    // The links and codes live only while the dialog is open.
    m_job->wipeSecrets();
    m_results->clearContents();
    m_results->setRowCount(0);
    QDialog::done(result);
}

void InviteDialog::schemasLoaded()
{
    const QString current = m_schema->currentText();
    QStringList ids;
    for (const IdentitySchema &schema : m_schemas->schemas())
        ids.append(schema.id);
    m_catalog.setSchemas(m_schemas->schemas());
    m_schema->clear();
    m_schema->addItems(ids);
    const int keep = ids.indexOf(current.isEmpty() ? QStringLiteral("default") : current);
    m_schema->setCurrentIndex(keep >= 0 ? keep : 0);
    updateTrait();
}

QString InviteDialog::emailTrait() const
{
    return m_catalog.recoveryEmailPath(m_schema->currentText());
}

void InviteDialog::updateTrait()
{
    if (m_schema->count() == 0) {
        m_trait->setText(tr("The identity schemas are being read…"));
        m_invite->setEnabled(false);
        return;
    }
    const QString trait = emailTrait();
    m_trait->setText(trait.isEmpty()
                         ? tr("This schema marks no e-mail trait for recovery: nobody can be invited with it.")
                         : tr("The address goes to the trait \"%1\".").arg(trait));
    m_invite->setEnabled(!trait.isEmpty() && !m_job->isRunning());
}

void InviteDialog::loadCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Prompt::warning(this, tr("Invite from a CSV file"),
                        tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    const InviteeList::Parsed parsed = InviteeList::parseCsv(file.read(InviteeList::MaxFileBytes + 1));
    if (!parsed.error.isEmpty()) {
        Prompt::warning(this, tr("Invite from a CSV file"),
                        tr("%1 cannot be used: %2").arg(QFileInfo(path).fileName(), parsed.error));
        return;
    }
    m_fromFile = parsed.invitees;
    QString words = tr("%Ln people from %1", nullptr, int(parsed.invitees.size())).arg(QFileInfo(path).fileName());
    if (!parsed.problems.isEmpty())
        words += QLatin1Char('\n') + tr("Left out: %1").arg(parsed.problems.mid(0, 5).join(QStringLiteral("; ")));
    m_file->setText(words);
}

void InviteDialog::invite()
{
    if (m_job->isRunning())
        return;
    InviteeList::Parsed typed = InviteeList::parseAddresses(m_addresses->toPlainText());
    QList<Invitee> invitees = typed.invitees;
    for (const Invitee &fromFile : std::as_const(m_fromFile)) {
        const bool listed = std::any_of(invitees.cbegin(), invitees.cend(), [&fromFile](const Invitee &i) {
            return i.email.compare(fromFile.email, Qt::CaseInsensitive) == 0;
        });
        if (listed)
            typed.problems.append(tr("%1 is listed twice").arg(fromFile.email));
        else
            invitees.append(fromFile);
    }
    m_problems->setVisible(!typed.problems.isEmpty());
    m_problems->setText(tr("Left out: %1").arg(typed.problems.mid(0, 8).join(QStringLiteral("; "))));
    if (invitees.isEmpty()) {
        m_status->setText(tr("Nobody to invite: type addresses or choose a CSV file."));
        return;
    }
    const auto delivery = InvitationJob::Delivery(m_delivery->currentIndex());
    const QString schemaId = m_schema->currentText();
    const QString typedConfirm = !m_production          ? QString()
                                 : invitees.size() == 1 ? invitees.first().email
                                                        : QString::number(invitees.size());
    QString reason;
    if (!ConfirmDialog::confirmWithReason(
            this, ConfirmDialog::request(InvitationJob::describe(invitees, delivery, schemaId), typedConfirm), &reason))
        return;
    m_job->setReason(reason);
    m_invite->setEnabled(false);
    m_status->setText(tr("Inviting…"));
    m_job->start(invitees, schemaId, emailTrait(), delivery,
                 delivery == InvitationJob::Delivery::Mail ? QString() : m_expires->text());
}

void InviteDialog::showResults()
{
    const QList<InvitationJob::Result> &results = m_job->results();
    m_results->setRowCount(int(results.size()));
    bool secrets = false;
    for (int row = 0; row < results.size(); ++row) {
        const InvitationJob::Result &r = results.at(row);
        QString result = r.problem;
        if (result.isEmpty())
            result = r.messageId.isEmpty() ? tr("invited") : tr("invited; mail %1").arg(r.messageStatus);
        const QString secret = r.code.isEmpty() ? r.link : tr("%1 (code %2)").arg(r.link, r.code);
        secrets = secrets || !secret.isEmpty();
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(column == 0 ? r.invitee.email : column == 1 ? result : secret);
            if (column < 2)
                item->setToolTip(PlainText::toolTip(item->text()));
            m_results->setItem(row, column, item);
        }
    }
    m_results->resizeColumnsToContents();
    m_results->setVisible(!results.isEmpty());
    m_layout->setStretch(m_stretch, results.isEmpty() ? 1 : 0);
    m_copy->setVisible(secrets);
    if (secrets)
        m_results->selectRow(0);
    const int failed = m_job->failedCount();
    m_status->setText(
        failed == 0
            ? tr("%Ln invited.", nullptr, int(results.size()))
            : tr("%1 of %2 not invited or not handed over; what you typed is kept.").arg(failed).arg(results.size()));
    // What is left to do stays typed: the addresses left out or not invited; the file goes once
    // all of it was invited.
    QSet<QString> done;
    for (const InvitationJob::Result &r : results) {
        if (!r.identityId.isEmpty())
            done.insert(r.invitee.email.toLower());
    }
    QStringList left;
    for (const QString &word : InviteeList::words(m_addresses->toPlainText())) {
        if (!done.contains(word.toLower()) && !left.contains(word))
            left.append(word);
    }
    m_addresses->setPlainText(left.join(QLatin1Char('\n')));
    QList<Invitee> fileLeft;
    for (const Invitee &i : std::as_const(m_fromFile)) {
        if (!done.contains(i.email.toLower()))
            fileLeft.append(i);
    }
    if (fileLeft.size() != m_fromFile.size())
        m_file->setText(fileLeft.isEmpty()
                            ? QString()
                            : tr("%Ln people from the file still to invite", nullptr, int(fileLeft.size())));
    m_fromFile = fileLeft;
    updateTrait();
    Q_EMIT invited();
}

void InviteDialog::copySelected()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_job->results().size())
        return;
    const InvitationJob::Result &r = m_job->results().at(row);
    const QString secret = r.code.isEmpty() ? r.link : tr("%1 (code %2)").arg(r.link, r.code);
    if (r.link.isEmpty())
        return;
    SecretClipboard::copy(secret);
    m_status->setText(SecretClipboard::copiedWords());
}
