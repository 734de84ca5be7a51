#include "CaseCommand.h"

#include "core/CaseStatus.h"
#include "core/Clock.h"
#include "intake/CaseRepository.h"
#include "intake/CaseTypeLoader.h"
#include "intake/CaseValidator.h"
#include "store/Database.h"
#include "store/Workstation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

namespace casedesk {

namespace {

const QString kCaseType = QStringLiteral("caseType");
const QString kFields = QStringLiteral("fields");
const QString kFeeFen = QStringLiteral("feeFen");
// Written by an export so a person can tell the cases apart; an import gives each case its
// own new number, starts it as received and dates it now, so it ignores them.
const QString kNumber = QStringLiteral("number");
const QString kStatus = QStringLiteral("status");
const QString kReceivedAt = QStringLiteral("receivedAt");

void printError(const QString& text)
{
    std::fputs((text + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

QDate today()
{
    return SystemClock::instance().now().toLocalTime().date();
}

// Reads the lines of a file, or of standard input after the password line.
class LineSource
{
public:
    explicit LineSource(const QString& path)
        : m_file(path)
        , m_stdin(path == QStringLiteral("-"))
    { }

    [[nodiscard]] bool open() { return m_stdin || m_file.open(QIODevice::ReadOnly); }
    [[nodiscard]] QString errorString() const { return m_file.errorString(); }

    [[nodiscard]] bool next(QByteArray* line)
    {
        if (m_stdin) {
            std::string text;
            if (!std::getline(std::cin, text)) {
                return false;
            }
            *line = QByteArray::fromStdString(text);
        } else {
            if (m_file.atEnd()) {
                return false;
            }
            *line = m_file.readLine();
            if (line->endsWith('\n')) {
                line->chop(1);
            }
        }
        if (line->endsWith('\r')) {
            line->chop(1);
        }
        return true;
    }

private:
    QFile m_file;
    bool m_stdin;
};

} // namespace

QString CaseCommand::summary() const
{
    return tr("Imports and exports cases as JSON lines, one case a line:\n"
              "  {\"caseType\": \"passport-application\", \"fields\": {...}, \"feeFen\": 12000}\n"
              "fields holds the form's answers by field id: text as strings, numbers and "
              "money (in fen) as numbers. feeFen may be left out for the case type's fee.\n\n"
              "Actions:\n"
              "  import FILE|-   check every line against its case type and take in the good "
              "ones as new cases, as the signed-in clerk. A bad line is reported with its "
              "number and what is wrong, and nothing of it is written; the other lines are "
              "still imported, and the command then exits with 1. With -, the lines follow the "
              "password on standard input.\n"
              "  export [FILE|-] write the cases, oldest first, to FILE or standard output, in "
              "the shape import reads, plus each case's number, status and receivedAt, which "
              "import ignores. --status and --type choose which cases.\n\n"
              "Case files hold personal data: an exported file is readable by its owner only.");
}

int CaseCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, true);
    const QCommandLineOption status(
        QStringLiteral("status"),
        tr("export: only cases with this status (received, checked, awaiting-approval, "
           "approved, rejected, closed)."),
        tr("status"));
    const QCommandLineOption type(
        QStringLiteral("type"), tr("export: only cases of this case type."), tr("id"));
    parser.addOption(status);
    parser.addOption(type);
    parser.addPositionalArgument(QStringLiteral("action"), tr("import or export."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The file to read or write; - for standard input or output."));
    if (const int code = parse(parser, arguments); code >= 0) {
        return code;
    }

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QStringLiteral("import") && action != QStringLiteral("export")) {
        return usageError(action.isEmpty() ? tr("Name an action: import or export.")
                                           : tr("Unknown action \"%1\".").arg(action));
    }
    if (positional.size() > 2) {
        return usageError(tr("Name at most one file."));
    }
    const QString file = positional.value(1, QStringLiteral("-"));
    if (action == QStringLiteral("import")) {
        if (positional.size() != 2) {
            return usageError(tr("Name the file to import, or - for standard input."));
        }
        if (parser.isSet(status) || parser.isSet(type)) {
            return usageError(tr("--status and --type apply only to case export."));
        }
    }
    if (parser.isSet(status) && !CaseStatusRules::fromId(parser.value(status))) {
        return usageError(tr("Unknown status \"%1\".").arg(parser.value(status)));
    }
    if (!parser.isSet(QStringLiteral("password-stdin"))) {
        return usageError(tr("Give your password on standard input with --password-stdin."));
    }

    const auto types = CaseTypeLoader::loadShipped();
    if (!types) {
        return fail(types.error());
    }
    for (const CaseType& caseType : types.value()) {
        m_caseTypes.insert(caseType.id(), caseType);
    }
    if (parser.isSet(type) && !m_caseTypes.contains(parser.value(type))) {
        return usageError(
            tr("Unknown case type \"%1\". Case types: %2.")
                .arg(parser.value(type), m_caseTypes.keys().join(QStringLiteral(", "))));
    }

    const auto session = signIn(parser);
    if (!session) {
        return fail(session.error());
    }
    if (action == QStringLiteral("import")) {
        return importCases(session.value(), file);
    }
    return exportCases(session.value(), file, parser.value(status), parser.value(type));
}

Result<void> CaseCommand::importLine(const Session& actor,
                                     CaseRepository& cases,
                                     const QByteArray& line,
                                     int number)
{
    const QString where = tr("line %1").arg(number);
    const auto bad = [&where](const QString& what) {
        return Error(ErrorKind::InvalidInput, where + QStringLiteral(": ") + what);
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return bad(tr("not a JSON object (%1 at character %2).")
                       .arg(parseError.errorString())
                       .arg(parseError.offset + 1));
    }
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        static const QStringList known = {
            kCaseType, kFields, kFeeFen, kNumber, kStatus, kReceivedAt};
        if (!known.contains(it.key())) {
            return bad(tr("unknown key \"%1\"; a case line has caseType, fields and feeFen.")
                           .arg(it.key()));
        }
    }
    const QString typeId = object.value(kCaseType).toString();
    const auto caseType = m_caseTypes.constFind(typeId);
    if (caseType == m_caseTypes.constEnd()) {
        return bad(typeId.isEmpty() ? tr("caseType is missing.")
                                    : tr("unknown case type \"%1\".").arg(typeId));
    }
    if (!object.value(kFields).isObject()) {
        return bad(tr("fields must be an object of the form's answers."));
    }
    qint64 feeFen = caseType->feeFen();
    if (object.contains(kFeeFen)) {
        const QJsonValue fee = object.value(kFeeFen);
        const double value = fee.toDouble(-1);
        if (!fee.isDouble() || value < 0 || value > double(Validators::kMaximumFen)
            || std::floor(value) != value) {
            return bad(tr("feeFen must be a whole number of fen, 0 or more."));
        }
        feeFen = qint64(value);
    }

    const QJsonObject answers = object.value(kFields).toObject();
    const CaseValidator validator(*caseType);
    const QDate day = today();
    const QList<FieldIssue> issues = validator.check(answers, day);
    const QString language = QLocale().name();
    QStringList errors;
    for (const FieldIssue& issue : issues) {
        const FieldDefinition* field = caseType->field(issue.field);
        const QString label = field != nullptr
            ? QStringLiteral("%1 (%2)").arg(issue.field, field->label.text(language))
            : issue.field;
        if (issue.check.blocksSaving()) {
            errors.append(where + QStringLiteral(": ") + label + QStringLiteral(": ")
                          + issue.check.message);
        } else {
            printError(tr("%1: %2: warning: %3").arg(where, label, issue.check.message));
        }
    }
    if (!errors.isEmpty()) {
        return Error(ErrorKind::InvalidInput, errors.join(QLatin1Char('\n')));
    }

    IntakeInput input;
    input.caseType = caseType->id();
    input.caseTypeVersion = caseType->version();
    input.fields = validator.normalized(answers, day);
    input.applicant = validator.applicantFrom(answers, day);
    input.feeFen = feeFen;
    const auto taken = cases.takeIn(actor, input);
    if (!taken) {
        if (taken.error().kind() == ErrorKind::InvalidInput) {
            return bad(taken.error().message());
        }
        return taken.error();
    }
    return Result<void>::success();
}

int CaseCommand::importCases(const Session& actor, const QString& source)
{
    if (!actor.may(Permission::TakeInCases)) {
        return fail(Error(ErrorKind::PermissionDenied,
                          tr("Only a clerk may import cases, since each becomes a case they "
                             "took in.")));
    }
    LineSource lines(source);
    if (!lines.open()) {
        return fail(
            Error(ErrorKind::Io, tr("Could not read %1: %2").arg(source, lines.errorString())));
    }

    CaseRepository cases(*m_workstation->database(), SystemClock::instance());
    QByteArray line;
    int number = 0;
    int imported = 0;
    QStringList refused;
    while (lines.next(&line)) {
        ++number;
        if (number == 1 && line.startsWith("\xEF\xBB\xBF")) {
            line.remove(0, 3); // a byte order mark some editors write
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const Result<void> done = importLine(actor, cases, line, number);
        if (done) {
            ++imported;
            continue;
        }
        if (done.error().kind() != ErrorKind::InvalidInput) {
            // The store itself failed: the lines after this one would fail the same way.
            printError(tr("Stopped at line %1 after importing %n case(s).", nullptr, imported)
                           .arg(number));
            return fail(done.error());
        }
        printError(done.error().message());
        refused.append(QString::number(number));
    }

    print(tr("Imported %n case(s).", nullptr, imported));
    if (!refused.isEmpty()) {
        printError(tr("%n line(s) not imported: %1. Correct them and import those lines again.",
                      nullptr,
                      int(refused.size()))
                       .arg(refused.join(QStringLiteral(", "))));
        return ExitFailure;
    }
    return ExitSuccess;
}

int CaseCommand::exportCases(const Session& actor,
                             const QString& target,
                             const QString& status,
                             const QString& caseType)
{
    const bool toStdout = target == QStringLiteral("-");
    QSaveFile file(target);
    if (!toStdout) {
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return fail(
                Error(ErrorKind::Io, tr("Could not write %1: %2").arg(target, file.errorString())));
        }
    }
    const auto write = [&](const CaseRecord& record) -> Result<void> {
        const QJsonObject line {
            {kCaseType, record.caseType},
            {kFields, record.fields},
            {kFeeFen, record.feeFen},
            {kNumber, record.number},
            {kStatus, CaseStatusRules::id(record.status)},
            {kReceivedAt, Database::timeText(record.createdAt)},
        };
        const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        const qint64 written = toStdout
            ? qint64(std::fwrite(text.constData(), 1, size_t(text.size()), stdout))
            : file.write(text);
        if (written != text.size()) {
            return Error(ErrorKind::Io,
                         tr("Could not write %1: %2")
                             .arg(target, toStdout ? QString() : file.errorString()));
        }
        return Result<void>::success();
    };
    const auto exported = CaseRepository(*m_workstation->database(), SystemClock::instance())
                              .exportCases(actor, status, caseType, write);
    if (!exported) {
        return fail(exported.error());
    }
    if (!toStdout && !file.commit()) {
        return fail(
            Error(ErrorKind::Io, tr("Could not write %1: %2").arg(target, file.errorString())));
    }
    std::fflush(stdout);
    printError(tr("Exported %n case(s).", nullptr, int(exported.value())));
    return ExitSuccess;
}

} // namespace casedesk
