// SPDX-License-Identifier: GPL-3.0-or-later
#include "Prompt.h"

#include <QFileDialog>

#include <utility>

namespace {
QVariantList s_answers;
QString s_lastWarning;
QString s_lastQuestion;
bool s_testMode = false;
std::function<void()> s_whileOpen;
} // namespace

void Prompt::setNextAnswers(const QVariantList &answers)
{
    s_answers = answers;
    s_testMode = true;
}

void Prompt::setTestMode(bool on)
{
    s_testMode = on;
}

QString Prompt::lastWarning()
{
    return s_lastWarning;
}

void Prompt::noteQuestion(const QString &text)
{
    s_lastQuestion = text;
}

QString Prompt::lastQuestion()
{
    return s_lastQuestion;
}

void Prompt::setWhileOpen(std::function<void()> action)
{
    s_whileOpen = std::move(action);
}

bool Prompt::takeAnswer(QVariant *answer)
{
    if (!s_testMode)
        return false;
    if (const std::function<void()> action = std::exchange(s_whileOpen, nullptr))
        action();
    *answer = s_answers.isEmpty() ? QVariant() : s_answers.takeFirst();
    return true;
}

QMessageBox::StandardButton Prompt::question(QWidget *parent, const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    s_lastQuestion = text;
    QVariant answer;
    if (takeAnswer(&answer))
        return answer.isValid() ? QMessageBox::StandardButton(answer.toInt()) : defaultButton;
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText); // questions quote identifiers and server text
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void Prompt::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    s_lastWarning = text;
    if (s_testMode)
        return;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // warnings quote server errors and file names
    box.setDetailedText(details);
    box.exec();
}

QString Prompt::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    QVariant answer;
    if (takeAnswer(&answer))
        return answer.toString();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Prompt::saveFile(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    QVariant answer;
    if (takeAnswer(&answer))
        return answer.toString();
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}
