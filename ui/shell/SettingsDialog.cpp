// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "AppSettings.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_refresh(new QSpinBox(this))
    , m_wipe(new QSpinBox(this))
    , m_overview(new QSpinBox(this))
    , m_appearance(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_refresh->setObjectName(QStringLiteral("refreshSeconds"));
    m_refresh->setRange(5, 3600);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setValue(settings->courierRefreshSeconds());
    m_wipe->setObjectName(QStringLiteral("wipeSeconds"));
    m_wipe->setRange(10, 600);
    m_wipe->setSuffix(tr(" s"));
    m_wipe->setValue(settings->bodyWipeSeconds());
    m_overview->setObjectName(QStringLiteral("overviewRefreshSeconds"));
    m_overview->setRange(0, 3600);
    m_overview->setSingleStep(30);
    m_overview->setSuffix(tr(" s"));
    m_overview->setSpecialValueText(tr("only on demand"));
    m_overview->setValue(settings->overviewRefreshSeconds());
    m_overview->setToolTip(tr("0 reads the overview's figures only when you press Refresh; otherwise at least 30 s"));
    m_appearance->setObjectName(QStringLiteral("appearance"));
    m_appearance->addItem(tr("Follow system"), int(AppSettings::Appearance::FollowSystem));
    m_appearance->addItem(tr("Light"), int(AppSettings::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(AppSettings::Appearance::Dark));
    m_appearance->setCurrentIndex(m_appearance->findData(int(settings->appearance())));
    m_appearance->setToolTip(tr("\"Follow system\" uses the desktop's light or dark setting and follows its changes"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &language : Translations::available())
        m_language->addItem(Translations::nativeName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    m_language->setToolTip(tr("Takes effect the next time Kratos Desk starts"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Appearance"), m_appearance);
    form->addRow(tr("&Language (at the next start)"), m_language);
    form->addRow(tr("Courier auto-&refresh every"), m_refresh);
    form->addRow(tr("&Hide a revealed message body after"), m_wipe);
    form->addRow(tr("&Overview refresh every"), m_overview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::save()
{
    m_settings->setCourierRefreshSeconds(m_refresh->value());
    m_settings->setBodyWipeSeconds(m_wipe->value());
    m_settings->setOverviewRefreshSeconds(m_overview->value());
    m_settings->setAppearance(AppSettings::Appearance(m_appearance->currentData().toInt()));
    m_settings->setLanguage(m_language->currentData().toString());
}
