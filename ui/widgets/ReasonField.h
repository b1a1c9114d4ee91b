// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

// Where the operator says why: a reason or a ticket reference ("SUP-1234"), under the description
// of a change. It is recorded with the change in the audit trail. When the open profile requires
// a reason (profileRequires) the label says so and isSatisfied() is false until one is typed; the
// audit trail refuses the change without one in any case, so this is the friendly half.
class ReasonField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonField)

public:
    explicit ReasonField(QWidget *parent = nullptr);

    QString reason() const; // cleaned: one line, capped (ChangeReason::clean)
    void setReason(const QString &reason);
    bool isRequired() const { return m_required; }
    bool isSatisfied() const;

    // What the open profile asks of changes made in this window; set when a profile opens.
    static void setProfileRequires(bool required);
    static bool profileRequires();

Q_SIGNALS:
    void changed();

private:
    QLabel *m_label;
    QLineEdit *m_edit;
    bool m_required;
};
