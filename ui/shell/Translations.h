// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The languages of the user interface: English (the source) and the translations compiled into
// the application (translations/kratos-desk_<lang>.ts, as :/i18n/kratos-desk_<lang>.qm), plus
// Qt's own strings (standard buttons, context menus of text fields) from Qt's translations.
// Machine output never goes through here: audit records, CSV headers, JSON, the command line.
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    Translations() = delete;

    // "de", "en", …: the languages there is a translation for, English first.
    static QStringList available();
    // The language to use for a setting: "" follows the system's locale, falling back to English.
    static QString resolve(const QString &setting);
    // Loads and installs the translators for `setting` into the application, replacing any
    // installed before. Returns the language now in use.
    static QString install(const QString &setting);
    // "Deutsch", "English": a language's name in that language.
    static QString nativeName(const QString &language);
};
