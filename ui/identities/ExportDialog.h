// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QRadioButton;
class ReasonField;

// Asks what to export before asking where: the rows shown (after search and filters, the
// default), everything loaded, or the selection; and the format. Each choice says how many.
// It asks why as well (required where the profile says so): the export is recorded with it.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Scope
    {
        Shown,
        AllLoaded,
        Selection
    };

    ExportDialog(int shown, int loaded, int selected, QWidget *parent = nullptr);

    Scope scope() const;
    bool json() const;
    QString reason() const;                // why the data leaves the app, for the audit trail
    static QString scopeName(Scope scope); // for the audit trail, untranslated

private:
    QRadioButton *m_shown;
    QRadioButton *m_loaded;
    QRadioButton *m_selected;
    QComboBox *m_format;
    ReasonField *m_reason;
};
