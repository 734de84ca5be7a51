#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace casedesk {

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString chooseLanguage(const QString& requested)
{
    if (!requested.isEmpty()) {
        for (const QString& language : supportedLanguages()) {
            if (requested.compare(language, Qt::CaseInsensitive) == 0
                || (requested.compare(QStringLiteral("zh"), Qt::CaseInsensitive) == 0
                    && language == QStringLiteral("zh_CN"))) {
                return language;
            }
        }
        return {};
    }
    const QLocale system;
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool installTranslations(const QString& language)
{
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    const bool loaded = own->load(QStringLiteral(":/i18n/casedesk_%1.qm").arg(language));
    if (loaded) {
        QCoreApplication::installTranslator(own);
    }

    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(language),
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    QLocale::setDefault(QLocale(language));
    return loaded;
}

} // namespace casedesk
