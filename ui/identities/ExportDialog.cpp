// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "ReasonField.h"
#include "ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(int shown, int loaded, int selected, QWidget *parent)
    : QDialog(parent)
    , m_shown(new QRadioButton(tr("Rows shown, after search and filters (%Ln)", nullptr, shown), this))
    , m_loaded(new QRadioButton(tr("All loaded identities (%Ln)", nullptr, loaded), this))
    , m_selected(new QRadioButton(tr("Selected rows (%Ln)", nullptr, selected), this))
    , m_format(new QComboBox(this))
    , m_reason(new ReasonField(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export identities"));
    m_shown->setObjectName(QStringLiteral("exportShown"));
    m_loaded->setObjectName(QStringLiteral("exportAllLoaded"));
    m_selected->setObjectName(QStringLiteral("exportSelected"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_shown->setChecked(true);
    m_selected->setVisible(selected > 1);
    m_loaded->setEnabled(loaded > shown);
    m_format->addItem(tr("CSV (spreadsheets)"));
    m_format->addItem(tr("Kratos import JSON"));

    auto *note = new QLabel(tr("The file holds personal data. It is readable by you only, and the export is recorded "
                               "in the audit trail."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *choose = buttons->addButton(tr("Choose file…"), QDialogButtonBox::AcceptRole);
    choose->setObjectName(QStringLiteral("exportChooseFile"));
    choose->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_shown);
    layout->addWidget(m_loaded);
    layout->addWidget(m_selected);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    choose->setEnabled(m_reason->isSatisfied());
    connect(m_reason, &ReasonField::changed, choose, [this, choose]() { choose->setEnabled(m_reason->isSatisfied()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ScreenFit::resize(this, sizeHint());
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_loaded->isChecked())
        return Scope::AllLoaded;
    if (m_selected->isChecked())
        return Scope::Selection;
    return Scope::Shown;
}

bool ExportDialog::json() const
{
    return m_format->currentIndex() == 1;
}

QString ExportDialog::reason() const
{
    return m_reason->reason();
}

QString ExportDialog::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Shown:
        return QStringLiteral("rows shown");
    case Scope::AllLoaded:
        return QStringLiteral("all loaded");
    case Scope::Selection:
        return QStringLiteral("selection");
    }
    return {};
}
