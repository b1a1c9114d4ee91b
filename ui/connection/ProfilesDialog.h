// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "ConnectionProfile.h"

#include <QDialog>

#include <functional>

class ConnectionTester;
class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// Add, edit, duplicate, remove, import and export connection profiles; enter or forget a
// profile's token (kept in the OS keychain only); test a connection before using it.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    explicit ProfilesDialog(const AppContext &context, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    void selectProfile(const QString &id);
    QString selectedProfileId() const { return m_selectedId; }

Q_SIGNALS:
    void connectRequested(const QString &profileId);

private:
    // The constructor's parts: the fields named and set up, the profile list with its buttons,
    // the form with the test and save buttons.
    void setUpFields();
    QLayout *buildListSide();
    QLayout *buildFormSide();
    void reloadList();
    void showProfile(const QString &id);
    ConnectionProfile formProfile() const;
    // Saves the form; `then` runs once the token (if one was typed) is stored.
    bool saveForm(std::function<void()> then = {});
    void offerSessionToken(const QString &id, const QString &token, const QString &why,
                           const std::function<void()> &then);
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void importProfiles();
    void exportProfiles();
    void forgetToken();
    void testConnection();
    void updateWarnings();
    void setFormEnabled(bool enabled);

    AppContext m_context;
    ConnectionTester *m_tester;
    QString m_selectedId;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_adminUrl;
    QLineEdit *m_publicUrl;
    QComboBox *m_environment;
    QCheckBox *m_readOnly;
    QSpinBox *m_timeout;
    QLineEdit *m_caFile;
    QLineEdit *m_syslog;
    QCheckBox *m_syslogTls;
    QLineEdit *m_syslogCa;
    QCheckBox *m_requireReason;
    bool m_reasonSetByHand = false; // else the rule follows the environment chosen
    QLineEdit *m_ticketUrl;
    QLineEdit *m_token;
    QLabel *m_tokenState;
    bool m_tokenStored = false; // the selected profile has a token in the keychain or for this session
    QLabel *m_warning;
    QLabel *m_testResult;
    QPushButton *m_testButton;
    QPushButton *m_saveButton;
    QPushButton *m_connectButton;
    QPushButton *m_forgetButton;
};
