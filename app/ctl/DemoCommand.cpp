#include "DemoCommand.h"

#include "core/Clock.h"
#include "intake/CaseTypeLoader.h"
#include "intake/DemoData.h"
#include "store/Workstation.h"

#include <QLocale>

#include <unistd.h>

#include <cstdio>

namespace casedesk {

QString DemoCommand::summary() const
{
    return tr("Fills the workstation with N demonstration cases of the shipped case types, "
              "taken in by its clerk accounts over the past two years: Chinese and Latin "
              "names, valid identity numbers and phones, every status, and scanned documents "
              "for some of them. The same seed gives the same cases. Demo cases get "
              "provisional numbers like real ones, but are never synchronised with the "
              "registry. Only an administrator may run it, and the workstation needs at least "
              "one clerk account.");
}

int DemoCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, true);
    const QCommandLineOption cases(
        QStringLiteral("cases"), tr("How many cases to generate."), tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("The seed of the generator (default %1).").arg(kDefaultSeed),
                                  tr("S"),
                                  QString::number(kDefaultSeed));
    parser.addOption(cases);
    parser.addOption(seed);
    if (const int code = parse(parser, arguments); code >= 0) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }
    bool countOk = false;
    const qint64 count = parser.value(cases).toLongLong(&countOk);
    if (!parser.isSet(cases) || !countOk || count < 1 || count > DemoData::kMaximumCases) {
        return usageError(tr("Say how many cases to generate with --cases N, from 1 to %1.")
                              .arg(DemoData::kMaximumCases));
    }
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        return usageError(tr("The seed must be a whole number of 0 or more."));
    }
    if (!parser.isSet(QStringLiteral("password-stdin"))) {
        return usageError(tr("Give your password on standard input with --password-stdin."));
    }

    const auto types = CaseTypeLoader::loadShipped();
    if (!types) {
        return fail(types.error());
    }
    const auto session = signIn(parser);
    if (!session) {
        return fail(session.error());
    }

    DemoData demo(*m_workstation->database(), SystemClock::instance(), types.value());
    // Progress only where a person watches; a script gets the summary alone.
    const bool showProgress = isatty(STDERR_FILENO) != 0;
    const QLocale locale;
    const auto progress = [&](qint64 written) {
        if (showProgress) {
            std::fputs(tr("\r%1 of %2 cases written")
                           .arg(locale.toString(written), locale.toString(count))
                           .toUtf8()
                           .constData(),
                       stderr);
        }
    };
    const auto generated = demo.generate(session.value(), count, seedValue, progress);
    if (showProgress) {
        std::fputs("\n", stderr);
    }
    if (!generated) {
        return fail(generated.error());
    }
    const DemoSummary& done = generated.value();
    print(tr("Generated %1 demo cases for %2 new applicants, with %3 attachments (%4 new "
             "files), in %5 s: %6 cases a second.")
              .arg(locale.toString(done.cases),
                   locale.toString(done.applicants),
                   locale.toString(done.attachments),
                   locale.toString(done.files),
                   locale.toString(done.seconds, 'f', 1),
                   locale.toString(qint64(double(done.cases) / std::max(done.seconds, 1e-6)))));
    return ExitSuccess;
}

} // namespace casedesk
