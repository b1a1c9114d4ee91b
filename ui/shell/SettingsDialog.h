// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class AppSettings;
class QComboBox;
class QSpinBox;

// Preferences: the courier auto-refresh interval and how long a revealed body stays visible.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    void save();

private:
    AppSettings *m_settings;
    QSpinBox *m_refresh;
    QSpinBox *m_wipe;
    QSpinBox *m_overview;
    QComboBox *m_appearance;
    QComboBox *m_language;
};
