// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionText.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The confirmation every account-changing action goes through. It says exactly what will
// happen, defaults to Cancel, and on a production profile asks the user to type the identifier
// of what is being changed before the action button unlocks. Tab goes through what the user
// decides first (the option, the typed identifier), then the buttons as they are laid out.
class ConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmDialog)

public:
    struct Request
    {
        QString title;       // "Deactivate identity"
        QString description; // what will happen, in full sentences
        QString actionLabel; // the button: "Deactivate"
        bool destructive = false;
        QString typeToConfirm;    // non-empty: the text the user must type (production profiles)
        QString optionLabel = {}; // non-empty: a check box under the description ("Also revoke …")
        bool optionChecked = false;
    };

    explicit ConfirmDialog(const Request &request, QWidget *parent = nullptr);
    // The wording an action class gives, plus what must be typed on a production profile.
    static Request request(const ActionText &text, const QString &typeToConfirm = {});

    bool isActionEnabled() const;
    bool isOptionChecked() const;

    // Shows the dialog (or takes the next Prompt test answer) and returns true on confirm.
    static bool confirm(QWidget *parent, const Request &request);
    // The same with the request's check box; `option` holds its state on confirm. A test answer
    // may be a map {"answer": StandardButton, "option": bool}.
    static bool confirm(QWidget *parent, const Request &request, bool *option);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Request m_request;
    QLineEdit *m_typed = nullptr;
    QCheckBox *m_option = nullptr;
    QPushButton *m_action;
    QPushButton *m_cancel;
};
