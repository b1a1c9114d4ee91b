// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

std::unique_ptr<QTranslator> ours;
std::unique_ptr<QTranslator> qts;

QString qmPath(const QString &language)
{
    return QStringLiteral(":/i18n/kratos-desk_%1.qm").arg(language);
}

} // namespace

QStringList Translations::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("kratos-desk_*.qm")});
    for (const QString &file : files) {
        const QString language = file.mid(int(qstrlen("kratos-desk_"))).chopped(3);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString Translations::resolve(const QString &setting)
{
    const QStringList languages = available();
    if (!setting.isEmpty())
        return languages.contains(setting) ? setting : QStringLiteral("en");
    // The system's preferred languages in order ("de-DE", "en-US"…), the first one we have.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (languages.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString &setting)
{
    for (auto *translator : {ours.get(), qts.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    ours.reset();
    qts.reset();
    const QString language = resolve(setting);
    // English too: its file holds the plural forms ("1 identity") of the "%Ln identities" sources.
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(qmPath(language))) {
        QCoreApplication::installTranslator(translator.get());
        ours = std::move(translator);
    }
    if (language != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            qts = std::move(qt);
        }
    }
    // Dates and numbers follow the language chosen; "system" keeps the system's formats.
    if (!setting.isEmpty())
        QLocale::setDefault(QLocale(language));
    return language;
}

QString Translations::nativeName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}
