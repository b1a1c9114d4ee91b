// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionText.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class ReasonField;

// The confirmation every account-changing action goes through. It says exactly what will
// happen, defaults to Cancel, and on a production profile asks the user to type the identifier
// of what is being changed before the action button unlocks. A change asks why (ReasonField):
// required where the profile says so. Tab goes through what the user decides first (the option,
// the reason, the typed identifier), then the buttons as they are laid out.
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
        bool asksReason = false; // a reason field: set by confirm() when the caller takes the reason
    };

    explicit ConfirmDialog(const Request &request, QWidget *parent = nullptr);
    // The wording an action class gives, plus what must be typed on a production profile.
    static Request request(const ActionText &text, const QString &typeToConfirm = {});

    bool isActionEnabled() const;
    bool isOptionChecked() const;
    QString reason() const;

    // Shows the dialog (or takes the next Prompt test answer) and returns true on confirm.
    // `option` holds the check box's state on confirm. With `reason` the dialog asks why and
    // `reason` holds the answer, for the action class's setReason(). A test answer may be a map
    // {"answer": StandardButton, "option": bool, "reason": text}.
    static bool confirm(QWidget *parent, const Request &request, bool *option = nullptr, QString *reason = nullptr);
    // The same with the reason and no option.
    static bool confirmWithReason(QWidget *parent, const Request &request, QString *reason);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateAction();

    Request m_request;
    QLineEdit *m_typed = nullptr;
    QCheckBox *m_option = nullptr;
    ReasonField *m_reason = nullptr;
    QPushButton *m_action;
    QPushButton *m_cancel;
};
