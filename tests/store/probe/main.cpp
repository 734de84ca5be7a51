// casedesk-store-probe: a second process for the store's fault tests. It signs in to a
// workstation with the administrator's password read from standard input and then:
//   hold DATA_DIR      takes the database's write lock and keeps it until stdin closes
//   write DATA_DIR     commits one setting and one audit row per transaction, forever,
//                      printing "committed <key>" after each commit, until it is killed
//   keychain           reads a secret that does not exist and prints the error kind

#include "core/Clock.h"
#include "store/Database.h"
#include "store/SecretStore.h"
#include "store/Workstation.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>
#include <iostream>
#include <string>

using namespace casedesk;

namespace {

int fail(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    return 1;
}

int keychain()
{
    const auto read = SecretStore(QStringLiteral("CaseDesk probe")).read(QStringLiteral("none"));
    const char* kind = read.ok()                        ? "ok"
        : read.error().kind() == ErrorKind::Unavailable ? "unavailable"
        : read.error().kind() == ErrorKind::NotFound    ? "not-found"
                                                        : "other";
    std::printf("%s\n%s\n", kind, read.ok() ? "" : read.error().message().toUtf8().constData());
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString mode = arguments.value(1);
    if (mode == QStringLiteral("keychain")) {
        return keychain();
    }

    std::string password;
    std::getline(std::cin, password);
    Workstation workstation(DataDirectory(arguments.value(2)), SystemClock::instance());
    const auto session =
        workstation.signIn(QStringLiteral("administrator"), QString::fromStdString(password));
    if (!session) {
        return fail(session.error().fullText());
    }
    const Database& database = *workstation.database();

    if (mode == QStringLiteral("hold")) {
        if (auto begun = database.exec(QStringLiteral("BEGIN EXCLUSIVE")); !begun) {
            return fail(begun.error().fullText());
        }
        std::printf("holding\n");
        std::fflush(stdout);
        std::string rest;
        while (std::getline(std::cin, rest)) { }
        return 0;
    }

    if (mode == QStringLiteral("write")) {
        for (qint64 i = 0;; ++i) {
            const QString key = QStringLiteral("probe.%1").arg(i);
            const auto saved = workstation.setIdleLockMinutes(session.value(), int(i % 100));
            Transaction transaction(database);
            if (auto begun = transaction.begin(); !begun) {
                return fail(begun.error().fullText());
            }
            QSqlQuery insert(database.connection());
            insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
            insert.addBindValue(key);
            insert.addBindValue(QString(200, QLatin1Char('x')));
            if (!saved || !insert.exec()) {
                return fail(QStringLiteral("write failed"));
            }
            if (auto committed = transaction.commit(); !committed) {
                return fail(committed.error().fullText());
            }
            std::printf("committed %s\n", key.toUtf8().constData());
            std::fflush(stdout);
        }
    }
    return fail(QStringLiteral("usage: casedesk-store-probe hold|write DATA_DIR | keychain"));
}
