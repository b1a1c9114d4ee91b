// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesDialog.h"

#include "ScreenFit.h"

#include "BackgroundFile.h"
#include "ConnectionController.h"
#include "ConnectionTester.h"
#include "PlainText.h"
#include "ProfileStore.h"
#include "Prompt.h"
#include "TokenStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}

} // namespace

ProfilesDialog::ProfilesDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_tester(new ConnectionTester(context.nam, this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_adminUrl(new QLineEdit(this))
    , m_publicUrl(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("Read-only: refuse every change"), this))
    , m_timeout(new QSpinBox(this))
    , m_caFile(new QLineEdit(this))
    , m_syslog(new QLineEdit(this))
    , m_syslogTls(new QCheckBox(tr("TLS"), this))
    , m_syslogCa(new QLineEdit(this))
    , m_requireReason(new QCheckBox(tr("Ask for a reason or ticket with every change"), this))
    , m_ticketUrl(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_tokenState(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_testResult(new QLabel(this))
    , m_testButton(button(tr("Test connection"), "testButton", this))
    , m_saveButton(button(tr("Save"), "saveButton", this))
    , m_connectButton(button(tr("Save and connect"), "connectButton", this))
    , m_forgetButton(button(tr("Forget token"), "forgetTokenButton", this))
{
    setUpFields();
    // Made in the order Tab goes through them: the form's buttons, the list's, then Close.
    QLayout *formSide = buildFormSide();
    QLayout *listSide = buildListSide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *columns = new QHBoxLayout;
    columns->addLayout(listSide, 1);
    columns->addLayout(formSide, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_forgetButton, &QPushButton::clicked, this, &ProfilesDialog::forgetToken);
    connect(m_testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, [this]() { saveForm(); });
    connect(m_connectButton, &QPushButton::clicked, this, [this]() {
        saveForm([this]() {
            Q_EMIT connectRequested(m_selectedId);
            accept();
        });
    });
    connect(m_adminUrl, &QLineEdit::textChanged, this, &ProfilesDialog::updateWarnings);
    connect(m_token, &QLineEdit::textChanged, this, &ProfilesDialog::updateWarnings);

    reloadList();
    ScreenFit::resize(this, QSize(860, 520));
}

void ProfilesDialog::setUpFields()
{
    m_tokenState->setTextFormat(Qt::PlainText); // server and file text is never markup
    m_tokenState->setWordWrap(true);            // the keychain's reasons are long
    m_warning->setTextFormat(Qt::PlainText);
    m_testResult->setTextFormat(Qt::PlainText);
    setWindowTitle(tr("Connection profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connection profiles"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_adminUrl->setObjectName(QStringLiteral("adminUrlEdit"));
    m_adminUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:4434 or https://<slug>.projects.oryapis.com"));
    m_publicUrl->setObjectName(QStringLiteral("publicUrlEdit"));
    m_publicUrl->setPlaceholderText(tr("for schemas and sending verification or recovery, e.g. http://127.0.0.1:4433"));
    m_publicUrl->setToolTip(tr("Kratos's public API: /schemas and the self-service flows the sign-in check uses to "
                               "send verification and recovery messages. Self-hosted: usually port 4433; Ory "
                               "Network: the project URL again. It never receives the admin token."));
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->addItem(tr("Production"), int(ConnectionProfile::Environment::Production));
    m_environment->addItem(tr("Staging"), int(ConnectionProfile::Environment::Staging));
    m_environment->addItem(tr("Development"), int(ConnectionProfile::Environment::Development));
    m_environment->addItem(tr("Custom"), int(ConnectionProfile::Environment::Custom));
    m_readOnly->setObjectName(QStringLiteral("readOnlyCheck"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_caFile->setPlaceholderText(tr("optional: PEM file of a private certificate authority"));
    m_syslog->setObjectName(QStringLiteral("syslogEdit"));
    m_syslog->setAccessibleName(tr("Syslog collector"));
    m_syslog->setPlaceholderText(tr("optional: host:port of a syslog collector (RFC 5424 over TCP)"));
    m_syslog->setToolTip(tr("Every audit record of this profile is also sent there. The local trail stays "
                            "authoritative; records wait on disk while the collector is away."));
    m_syslogTls->setObjectName(QStringLiteral("syslogTlsCheck"));
    m_syslogCa->setObjectName(QStringLiteral("syslogCaEdit"));
    m_syslogCa->setAccessibleName(tr("Syslog collector's CA file"));
    m_syslogCa->setPlaceholderText(tr("collector's CA (PEM), when not in the system store"));
    m_requireReason->setObjectName(QStringLiteral("requireReasonCheck"));
    m_requireReason->setToolTip(tr("Changes, exports and reveals are refused unsent without a reason, in the window "
                                   "and on the command line (--reason). On by default for production profiles."));
    m_ticketUrl->setObjectName(QStringLiteral("ticketUrlEdit"));
    m_ticketUrl->setAccessibleName(tr("Ticket URL"));
    m_ticketUrl->setPlaceholderText(tr("optional: https://helpdesk.example.com/browse/{ticket}"));
    m_ticketUrl->setToolTip(tr("Ticket references in reasons (SUP-1234, #1234) become links to this address in the "
                               "audit viewer; {ticket} stands for the reference."));
    // The reason rule follows the environment chosen (production asks) until the operator sets
    // it by hand.
    connect(m_requireReason, &QCheckBox::clicked, this, [this]() { m_reasonSetByHand = true; });
    connect(m_environment, &QComboBox::activated, this, [this]() {
        if (!m_reasonSetByHand)
            m_requireReason->setChecked(m_environment->currentData().toInt() ==
                                        int(ConnectionProfile::Environment::Production));
    });
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("Admin token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("paste a new token; saved to the OS keychain"));
    m_tokenState->setObjectName(QStringLiteral("tokenState"));
    m_warning->setObjectName(QStringLiteral("transportWarning"));
    m_warning->setWordWrap(true);
    m_warning->setProperty("tone", QStringLiteral("error"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QLayout *ProfilesDialog::buildFormSide()
{
    auto *browse = button(tr("Browse…"), "browseCaButton", this);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_forgetButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Admin URL"), m_adminUrl);
    form->addRow(tr("Public URL"), m_publicUrl);
    form->addRow(tr("Environment"), m_environment);
    form->addRow(QString(), m_readOnly);
    form->addRow(tr("Request timeout"), m_timeout);
    form->addRow(tr("CA certificate"), caRow);
    auto *syslogRow = new QHBoxLayout;
    syslogRow->addWidget(m_syslog, 2);
    syslogRow->addWidget(m_syslogTls);
    syslogRow->addWidget(m_syslogCa, 2);
    form->addRow(tr("Audit to syslog"), syslogRow);
    form->addRow(QString(), m_requireReason);
    form->addRow(tr("Ticket URL"), m_ticketUrl);
    form->addRow(tr("Admin token"), tokenRow);
    form->addRow(QString(), m_tokenState);
    form->addRow(QString(), m_warning);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveButton);
    saveRow->addWidget(m_connectButton);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(testRow);
    right->addStretch(1);
    right->addLayout(saveRow);

    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString file =
            Prompt::openFile(this, tr("CA certificate"), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    return right;
}

QLayout *ProfilesDialog::buildListSide()
{
    auto *add = button(tr("Add"), "addProfileButton", this);
    auto *duplicate = button(tr("Duplicate"), "duplicateProfileButton", this);
    auto *remove = button(tr("Remove"), "removeProfileButton", this);
    auto *importButton = button(tr("Import…"), "importButton", this);
    auto *exportButton = button(tr("Export…"), "exportButton", this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(remove);
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(importButton);
    fileButtons->addWidget(exportButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addLayout(fileButtons);

    connect(add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(remove, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(importButton, &QPushButton::clicked, this, &ProfilesDialog::importProfiles);
    connect(exportButton, &QPushButton::clicked, this, &ProfilesDialog::exportProfiles);
    return left;
}

ProfilesDialog::~ProfilesDialog()
{
    // The typed token is wiped with the dialog.
    QString typed = m_token->text();
    typed.fill(QLatin1Char('\0'));
    m_token->clear();
}

void ProfilesDialog::reloadList()
{
    const QString keep = m_selectedId;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const ConnectionProfile &p : m_context.profiles->profiles()) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::DecorationRole, p.color());
        item->setToolTip(p.demo ? tr("Built-in simulator") : PlainText::toolTip(p.adminUrl.toString()));
    }
    setFormEnabled(m_list->count() > 0);
    if (!keep.isEmpty())
        selectProfile(keep);
    else if (m_list->count() > 0)
        selectProfile(m_list->item(0)->data(Qt::UserRole).toString());
}

void ProfilesDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(row);
            showProfile(id);
            return;
        }
    }
}

void ProfilesDialog::setFormEnabled(bool enabled)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_name, m_adminUrl, m_publicUrl, m_environment, m_readOnly, m_timeout,
                                          m_caFile, m_syslog, m_syslogTls, m_syslogCa, m_requireReason, m_ticketUrl,
                                          m_token, m_testButton, m_saveButton, m_connectButton, m_forgetButton})
        w->setEnabled(enabled);
}

void ProfilesDialog::showProfile(const QString &id)
{
    const auto p = m_context.profiles->profile(id);
    if (!p)
        return;
    m_selectedId = id;
    m_name->setText(p->name);
    m_adminUrl->setText(p->demo ? tr("(built-in simulator)") : p->adminUrl.toString());
    m_adminUrl->setEnabled(!p->demo);
    m_publicUrl->setText(p->publicUrl.toString());
    m_environment->setCurrentIndex(m_environment->findData(int(p->environment)));
    m_readOnly->setChecked(p->readOnly);
    m_timeout->setValue(p->timeoutSeconds);
    m_caFile->setText(p->caFile);
    m_syslog->setText(p->syslog.enabled() ? QStringLiteral("%1:%2").arg(p->syslog.host).arg(p->syslog.port)
                                          : QString());
    m_syslogTls->setChecked(p->syslog.tls);
    m_syslogCa->setText(p->syslog.caFile);
    m_requireReason->setChecked(p->requireReason);
    m_reasonSetByHand = false;
    m_ticketUrl->setText(p->ticketUrl);
    m_token->clear();
    m_testResult->clear();
    m_tokenState->setText(tr("Checking the keychain…"));
    m_tokenStored = false;
    m_context.tokens->read(id, this, [this, id](const TokenStore::Result &r) {
        if (id != m_selectedId)
            return;
        m_tokenStored = r.ok() && !r.token.isEmpty();
        if (r.ok())
            m_tokenState->setText(r.token.isEmpty() ? tr("No token (none needed for self-hosted Kratos)")
                                  : m_context.tokens->hasSessionToken(id)
                                      ? tr("A token is kept for this session only (no keychain).")
                                      : tr("A token is saved in the OS keychain."));
        else if (r.status == TokenStore::Status::NotFound)
            m_tokenState->setText(tr("No token saved (none needed for self-hosted Kratos)."));
        else
            m_tokenState->setText(r.message);
        updateWarnings();
    });
    updateWarnings();
}

ConnectionProfile ProfilesDialog::formProfile() const
{
    ConnectionProfile p = m_context.profiles->profile(m_selectedId).value_or(ConnectionProfile::create(QString()));
    p.name = m_name->text().trimmed();
    if (!p.demo)
        p.adminUrl = QUrl(m_adminUrl->text().trimmed(), QUrl::StrictMode);
    p.publicUrl = QUrl(m_publicUrl->text().trimmed(), QUrl::StrictMode);
    p.environment = ConnectionProfile::Environment(m_environment->currentData().toInt());
    p.readOnly = m_readOnly->isChecked();
    p.timeoutSeconds = m_timeout->value();
    p.caFile = m_caFile->text().trimmed();
    const QString collector = m_syslog->text().trimmed();
    const qsizetype colon = collector.lastIndexOf(QLatin1Char(':'));
    p.syslog = SyslogTarget();
    if (!collector.isEmpty()) {
        p.syslog.host = colon >= 0 ? collector.left(colon) : collector;
        p.syslog.port = colon >= 0 ? collector.mid(colon + 1).toInt() : -1; // a missing port is named by validate()
        if (p.syslog.host.startsWith(QLatin1Char('[')) && p.syslog.host.endsWith(QLatin1Char(']')))
            p.syslog.host = p.syslog.host.mid(1, p.syslog.host.size() - 2);
    }
    p.syslog.tls = m_syslogTls->isChecked();
    p.syslog.caFile = m_syslogCa->text().trimmed();
    p.requireReason = m_requireReason->isChecked();
    p.ticketUrl = m_ticketUrl->text().trimmed();
    return p;
}

void ProfilesDialog::updateWarnings()
{
    const ConnectionProfile p = formProfile();
    const bool hasToken = !m_token->text().isEmpty() || m_tokenStored;
    if (hasToken && p.exposesTokenInTransit())
        m_warning->setText(tr("Warning: %1 is plain http:// to another machine. The admin token would travel "
                              "unencrypted; use https://.")
                               .arg(p.adminUrl.host()));
    else
        m_warning->clear();
    m_warning->setVisible(!m_warning->text().isEmpty());
}

bool ProfilesDialog::saveForm(std::function<void()> then)
{
    const ConnectionProfile p = formProfile();
    const QString problem = p.validate();
    if (!problem.isEmpty()) {
        m_testResult->setText(problem);
        return false;
    }
    m_context.profiles->save(p);
    m_selectedId = p.id;
    const QString token = m_token->text();
    if (!token.isEmpty()) {
        m_token->clear();
        m_context.tokens->write(p.id, token, this, [this, id = p.id, token, then](const TokenStore::Result &r) {
            if (r.ok()) {
                m_tokenStored = true;
                m_tokenState->setText(tr("A token is saved in the OS keychain."));
                if (then)
                    then();
            } else if (r.status == TokenStore::Status::NoBackend) {
                // Asked after the keychain's callback has returned: no modal loop runs inside it.
                QMetaObject::invokeMethod(
                    this,
                    [this, id, token, then, message = r.message]() { offerSessionToken(id, token, message, then); },
                    Qt::QueuedConnection);
            } else {
                m_tokenState->setText(r.message); // the token is not stored: stay in the dialog
            }
        });
    } else if (then) {
        then();
    }
    reloadList();
    return true;
}

void ProfilesDialog::offerSessionToken(const QString &id, const QString &token, const QString &why,
                                       const std::function<void()> &then)
{
    if (Prompt::question(this, tr("No keychain"),
                         why + QStringLiteral("\n\n") +
                             tr("Keep the token in memory for this session only? You will have to enter it again "
                                "next time."),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        m_tokenState->setText(why); // the token is not stored: stay in the dialog
        return;
    }
    m_context.tokens->keepForSession(id, token);
    m_tokenStored = true;
    m_tokenState->setText(tr("A token is kept for this session only (no keychain)."));
    if (then)
        then();
}

void ProfilesDialog::addProfile()
{
    ConnectionProfile p = ConnectionProfile::create(tr("New profile"));
    p.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:4434"));
    m_context.profiles->save(p);
    m_selectedId = p.id;
    reloadList();
    m_name->setFocus();
    m_name->selectAll();
}

void ProfilesDialog::duplicateProfile()
{
    if (m_selectedId.isEmpty())
        return;
    m_selectedId = m_context.profiles->duplicate(m_selectedId).id;
    reloadList();
}

void ProfilesDialog::removeProfile()
{
    const auto p = m_context.profiles->profile(m_selectedId);
    if (!p)
        return;
    if (Prompt::question(
            this, tr("Remove profile"),
            tr("Remove the profile \"%1\" and delete its token from the keychain? The audit log stays.").arg(p->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_context.tokens->remove(p->id, this, [](const TokenStore::Result &) {});
    m_context.profiles->remove(p->id);
    m_selectedId.clear();
    reloadList();
}

void ProfilesDialog::importProfiles()
{
    const QString path = Prompt::openFile(this, tr("Import profiles"), tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    BackgroundFile::read(path, 10 * 1024 * 1024, this, [this, path](const QByteArray &bytes, const QString &readError) {
        if (!readError.isEmpty()) {
            Prompt::warning(this, tr("Import profiles"), tr("Cannot read %1: %2").arg(path, readError));
            return;
        }
        QString error;
        const int count = m_context.profiles->importJson(bytes, &error);
        if (count < 0) {
            Prompt::warning(this, tr("Import profiles"), tr("Nothing was imported. %1").arg(error));
            return;
        }
        reloadList();
        m_testResult->setText(
            tr("Imported %Ln profile(s). Enter their tokens here; files never carry tokens.", nullptr, count));
    });
}

void ProfilesDialog::exportProfiles()
{
    QStringList ids;
    for (const ConnectionProfile &p : m_context.profiles->profiles())
        ids.append(p.id);
    const QString path = Prompt::saveFile(this, tr("Export profiles"), QStringLiteral("kratos-desk-profiles.json"),
                                          tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    BackgroundFile::write(
        path, m_context.profiles->exportJson(ids), this, [this, path, count = int(ids.size())](const QString &error) {
            if (!error.isEmpty()) {
                Prompt::warning(this, tr("Export profiles"), tr("Cannot write %1: %2").arg(path, error));
                return;
            }
            m_testResult->setText(tr("Exported %Ln profile(s), without tokens.", nullptr, count));
        });
}

void ProfilesDialog::forgetToken()
{
    if (m_selectedId.isEmpty())
        return;
    m_token->clear();
    m_context.tokens->remove(m_selectedId, this, [this](const TokenStore::Result &r) {
        if (r.ok())
            m_tokenStored = false;
        m_tokenState->setText(r.ok() ? tr("The token was deleted from the keychain.") : r.message);
        updateWarnings();
    });
}

void ProfilesDialog::testConnection()
{
    ConnectionProfile p = formProfile();
    if (p.demo) {
        m_testResult->setText(tr("The demo profile uses the built-in simulator: nothing to test."));
        return;
    }
    const QString problem = p.validate();
    if (!problem.isEmpty()) {
        m_testResult->setText(problem);
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    auto run = [this, p](const QString &token) {
        ConnectionSettings settings;
        QString error;
        if (!ConnectionController::settingsFor(p, token, &settings, &error)) {
            m_testButton->setEnabled(true);
            m_testResult->setText(error);
            return;
        }
        m_tester->test(settings, [this](const ConnectionTester::Result &r) {
            m_testButton->setEnabled(true);
            const bool ok = r.verdict == ConnectionTester::Verdict::Ok;
            m_testResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + r.summary +
                                  (r.flows.isEmpty() ? QString() : QLatin1Char('\n') + r.flows));
            m_testResult->setToolTip(PlainText::toolTip(r.details));
        });
    };
    if (!m_token->text().isEmpty()) {
        run(m_token->text());
        return;
    }
    m_context.tokens->read(p.id, this, [run](const TokenStore::Result &r) { run(r.ok() ? r.token : QString()); });
}
