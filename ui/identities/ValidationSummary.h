// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValidationProblem.h"

#include <QWidget>

class QLabel;
class QToolButton;

// The line under a traits editor that says why the traits cannot be sent: one line per problem in
// the order of the form's fields, each naming the field ("E-mail: must look like an e-mail
// address"), and the validator's own words (patterns, limits, JSON Pointers) behind "Details".
// Also carries a plain notice ("Loading the identity schema…") or a JSON error.
class ValidationSummary final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationSummary)

public:
    explicit ValidationSummary(QWidget *parent = nullptr);

    void setText(const QString &text);
    void setProblems(const QString &heading, const QList<ValidationProblem> &problems);
    void clear();
    QString text() const;
    QString details() const;

private:
    QLabel *m_text;
    QToolButton *m_toggle;
    QLabel *m_details;
};
