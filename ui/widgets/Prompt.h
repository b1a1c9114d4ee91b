// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <QVariant>

#include <functional>

class QWidget;

// Every modal question and file dialog of the app goes through here, so GUI tests can queue the
// answers (setNextAnswers) and never block on a modal window.
class Prompt
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static QString openFile(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);

    // Test hook: the next calls take these answers (StandardButton or file path) in order, without
    // showing anything. Warnings consume nothing and are recorded in lastWarning().
    static void setNextAnswers(const QVariantList &answers);
    static QString lastWarning();
    // The text of the last question asked (in test mode too), for tests.
    static QString lastQuestion();
    static void setTestMode(bool on);
    // For other dialogs with the same test hook: true (and the answer) when in test mode.
    static bool takeTestAnswer(QVariant *answer) { return takeAnswer(answer); }
    // For other dialogs: records what they asked, as lastQuestion() reports it.
    static void noteQuestion(const QString &text);
    // Test hook: runs once, the next time a test answer is taken, as if it happened while the
    // prompt was open (a reply arriving, a list reloading) — what a nested event loop allows.
    static void setWhileOpen(std::function<void()> action);

private:
    static bool takeAnswer(QVariant *answer);
};
