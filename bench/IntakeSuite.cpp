#include "BenchReport.h"
#include "BenchSuite.h"
#include "CaseListProbe.h"
#include "core/Clock.h"
#include "intake/CaseListModel.h"
#include "intake/CaseRepository.h"
#include "intake/CaseTypeLoader.h"
#include "intake/DemoData.h"
#include "intake/SearchIndex.h"
#include "intake/SearchTokens.h"
#include "store/Database.h"
#include "store/WalCheckpointer.h"
#include "store/Workstation.h"
#include "store/crypto/SecureBytes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <memory>
#include <random>
#include <vector>

namespace casedesk::bench {

namespace {

constexpr int kSearchQueries = 200; // per kind, ours
constexpr int kScanQueries = 20; // per kind, the peer: each scans the whole table
constexpr int kSearchLimit = 50; // the rows of a search a screen shows at first
constexpr int kIntakes = 300;
constexpr quint64 kSeed = 2026;
constexpr double kTargetCasesPerSecond = 20'000;
constexpr double kTargetFirstScreenMs = 200;
constexpr double kTargetResidentMiB = 200;

const QString kPassword = QStringLiteral("bench passphrase 1");

// A workstation in a temporary folder with an administrator and a clerk signed in.
struct BenchStation
{
    QTemporaryDir folder;
    std::unique_ptr<Workstation> station;
    Session admin;
    Session clerk;

    [[nodiscard]] const Database& database() const { return *station->database(); }
};

std::unique_ptr<BenchStation> makeStation()
{
    auto bench = std::make_unique<BenchStation>();
    const DataDirectory directory(bench->folder.path());
    const Argon2idParams params = Argon2idParams::interactive();
    const Clock& clock = SystemClock::instance();
    if (!Workstation::setUp(directory,
                            clock,
                            QStringLiteral("Bench office"),
                            QStringLiteral("chief"),
                            kPassword,
                            params)) {
        return nullptr;
    }
    bench->station = std::make_unique<Workstation>(directory, clock);
    bench->station->setSlotParams(params);
    const auto admin = bench->station->signIn(QStringLiteral("chief"), kPassword);
    if (!admin) {
        return nullptr;
    }
    bench->admin = admin.value();
    if (!bench->station->addUser(bench->admin, QStringLiteral("clerk"), Role::Clerk, kPassword)) {
        return nullptr;
    }
    const auto clerk = bench->station->signIn(QStringLiteral("clerk"), kPassword);
    if (!clerk) {
        return nullptr;
    }
    bench->clerk = clerk.value();
    return bench;
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(fraction * double(values.size()))));
}

// Seconds DemoData takes for count cases on a fresh store; 0 when it failed.
double generate(const BenchStation& bench, const QList<CaseType>& types, qint64 count)
{
    QElapsedTimer timer;
    timer.start();
    const auto generated = DemoData(bench.database(), SystemClock::instance(), types)
                               .generate(bench.admin, count, kSeed);
    if (!generated) {
        std::fprintf(
            stderr, "Demo generation failed: %s\n", qPrintable(generated.error().fullText()));
        return 0;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// Every row of a table demo data writes, as SQLite gave it, in rowid order.
struct TableRows
{
    QByteArray table;
    QList<QByteArray> columns; // the rowid (or docid) first
    std::vector<bool> blob;
    std::vector<std::vector<QByteArray>> rows; // null as a null QByteArray
};

// The search index keeps no copy of its tokens, so the peer's are made again from the cases
// they were made from, before the clock starts.
TableRows readSearchTokens(sqlite3* db)
{
    TableRows result;
    result.table = "case_search";
    result.columns = {"docid", "tokens"};
    result.blob.assign(2, false);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT c.rowid, a.name, a.id_number, a.phone, c.number FROM cases c "
                       "JOIN applicants a ON a.id = c.applicant_id ORDER BY c.rowid",
                       -1,
                       &statement,
                       nullptr);
    const auto text = [statement](int column) {
        return QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(statement, column)));
    };
    while (sqlite3_step(statement) == SQLITE_ROW) {
        result.rows.push_back({QByteArray::number(sqlite3_column_int64(statement, 0)),
                               SearchTokens::forCase(text(1), text(2), text(3), text(4)).toUtf8()});
    }
    sqlite3_finalize(statement);
    return result;
}

TableRows readTable(sqlite3* db, const char* table)
{
    TableRows result;
    result.table = table;
    if (result.table == "case_search") {
        return readSearchTokens(db);
    }
    const QByteArray sql = "SELECT rowid, * FROM " + result.table + " ORDER BY rowid";
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
    const int count = sqlite3_column_count(statement);
    for (int column = 0; column < count; ++column) {
        result.columns.append(column == 0 ? QByteArray("rowid")
                                          : QByteArray(sqlite3_column_name(statement, column)));
    }
    result.blob.assign(size_t(count), false);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        std::vector<QByteArray> row;
        for (int column = 0; column < count; ++column) {
            if (sqlite3_column_type(statement, column) == SQLITE_NULL) {
                row.emplace_back();
                continue;
            }
            result.blob[size_t(column)] = sqlite3_column_type(statement, column) == SQLITE_BLOB;
            const auto* data = static_cast<const char*>(sqlite3_column_blob(statement, column));
            row.emplace_back(data, sqlite3_column_bytes(statement, column));
        }
        result.rows.push_back(std::move(row));
    }
    sqlite3_finalize(statement);
    return result;
}

bool rawInsertTable(sqlite3* db, const TableRows& table)
{
    QByteArray marks;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        marks += i == 0 ? "?" : ", ?";
    }
    const QByteArray sql =
        "INSERT INTO " + table.table + " (" + table.columns.join(", ") + ") VALUES (" + marks + ")";
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "The peer could not prepare: %s\n", sqlite3_errmsg(db));
        return false;
    }
    size_t inBatch = 0;
    bool ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    for (const auto& row : table.rows) {
        for (int column = 0; column < int(table.columns.size()); ++column) {
            const QByteArray& value = row[size_t(column)];
            if (value.isNull()) {
                sqlite3_bind_null(statement, column + 1);
            } else if (column == 0) {
                // The rowid or docid, which the search index takes as an integer only.
                sqlite3_bind_int64(statement, 1, value.toLongLong());
            } else if (table.blob[size_t(column)]) {
                sqlite3_bind_blob(
                    statement, column + 1, value.constData(), int(value.size()), SQLITE_STATIC);
            } else {
                sqlite3_bind_text(
                    statement, column + 1, value.constData(), int(value.size()), SQLITE_STATIC);
            }
        }
        if (ok && sqlite3_step(statement) != SQLITE_DONE) {
            std::fprintf(stderr,
                         "The peer's insert into %s failed: %s\n",
                         table.table.constData(),
                         sqlite3_errmsg(db));
            ok = false;
        }
        sqlite3_reset(statement);
        if (++inBatch == size_t(DemoData::kBatchCases)) {
            ok = ok
                && sqlite3_exec(db, "COMMIT; BEGIN IMMEDIATE", nullptr, nullptr, nullptr)
                    == SQLITE_OK;
            inBatch = 0;
        }
    }
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok) {
        std::fprintf(stderr,
                     "The peer's insert into %s failed: %s\n",
                     table.table.constData(),
                     sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    return ok;
}

// The peer of demo generation: the same rows, already made, through the raw C API into the
// same schema, in transactions of the same size and with the same page cache. Table by
// table rather than case by case, which if anything favours the peer.
double rawInsertSeconds(sqlite3* db, const std::vector<TableRows>& tables)
{
    sqlite3_exec(db, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    for (const TableRows& table : tables) {
        if (!rawInsertTable(db, table)) {
            return 0;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_exec(db, "PRAGMA cache_size = -32768", nullptr, nullptr, nullptr);
    return seconds;
}

// Generates the store the other figures measure on, and measures that against the same rows
// inserted raw into a second store; the peer holds every row in memory meanwhile.
std::unique_ptr<BenchStation>
measureGeneration(BenchReport& report, const QList<CaseType>& types, qint64 cases)
{
    auto ours = makeStation();
    const auto peer = makeStation();
    if (!ours || !peer) {
        std::fprintf(stderr, "The intake suite could not set up its workstations.\n");
        return nullptr;
    }
    const double oursSeconds = generate(*ours, types, cases);
    if (oursSeconds <= 0) {
        return nullptr;
    }
    std::vector<TableRows> tables;
    for (const char* table : {"applicants",
                              "cases",
                              "case_search",
                              "attachment_files",
                              "attachments",
                              "case_number_days"}) {
        tables.push_back(readTable(ours->database().handle(), table));
    }
    // The rows name our clerk; the peer's store has its own, which foreign keys insist on.
    const QByteArray peerClerk = peer->clerk.userId.toString(QUuid::WithoutBraces).toLatin1();
    for (TableRows& table : tables) {
        for (const QByteArray& column : {QByteArray("taken_in_by"), QByteArray("added_by")}) {
            const qsizetype at = table.columns.indexOf(column);
            for (auto& row : table.rows) {
                if (at >= 0) {
                    row[size_t(at)] = peerClerk;
                }
            }
        }
    }
    const double peerSeconds = rawInsertSeconds(peer->database().handle(), tables);
    tables.clear();
    report.add(Figure {QStringLiteral("demo_generate_target"),
                       QStringLiteral("cases/s"),
                       double(cases) / oursSeconds,
                       QStringLiteral("target"),
                       kTargetCasesPerSecond,
                       double(cases) / oursSeconds / kTargetCasesPerSecond,
                       cases});
    if (peerSeconds > 0) {
        report.add(Figure {QStringLiteral("demo_generate"),
                           QStringLiteral("cases/s"),
                           double(cases) / oursSeconds,
                           QStringLiteral("raw_c_api_same_rows"),
                           double(cases) / peerSeconds,
                           peerSeconds / oursSeconds,
                           cases});
    }
    return ours;
}

// The queries a counter types, drawn from the store's own cases.
struct Queries
{
    QStringList cjkNames;
    QStringList latinNames;
    QStringList idSuffixes;
    QStringList caseNumbers;
};

Queries drawQueries(const Database& database)
{
    Queries queries;
    std::mt19937_64 random(kSeed);
    QSqlQuery sample(database.connection());
    sample.exec(QStringLiteral("SELECT max(rowid) FROM cases"));
    sample.next();
    const qint64 rows = sample.value(0).toLongLong();
    std::uniform_int_distribution<qint64> pick(1, rows);
    sample.prepare(QStringLiteral("SELECT a.name, a.id_kind, a.id_number, c.number FROM cases c "
                                  "JOIN applicants a ON a.id = c.applicant_id WHERE c.rowid = ?"));
    int suffix = 4;
    while (queries.caseNumbers.size() < kSearchQueries) {
        sample.addBindValue(pick(random));
        if (!sample.exec() || !sample.next()) {
            continue;
        }
        const QString name = sample.value(0).toString();
        const bool person = sample.value(1).toString() == QStringLiteral("resident-id");
        const QString idNumber = sample.value(2).toString();
        if (person && !idNumber.startsWith(QLatin1Char('8'))
            && queries.cjkNames.size() < kSearchQueries) {
            queries.cjkNames.append(name);
        }
        if (person && queries.idSuffixes.size() < kSearchQueries) {
            queries.idSuffixes.append(idNumber.right(suffix));
            suffix = suffix == 6 ? 4 : suffix + 1;
        }
        queries.caseNumbers.append(sample.value(3).toString());
    }
    // Latin names are rare, so they are drawn from their own applicants: a surname or a given
    // name, as a clerk would type it.
    QSqlQuery latin(database.connection());
    latin.exec(QStringLiteral("SELECT name FROM applicants WHERE id_number LIKE '8%' LIMIT 5000"));
    QStringList names;
    while (latin.next()) {
        names.append(latin.value(0).toString());
    }
    for (int i = 0; i < kSearchQueries && !names.isEmpty(); ++i) {
        const QStringList words =
            names.at(qsizetype(random() % quint64(names.size()))).split(QLatin1Char(' '));
        queries.latinNames.append(words.at(qsizetype(random() % quint64(words.size()))));
    }
    return queries;
}

void measureSearchKind(BenchReport& report,
                       const BenchStation& bench,
                       const QString& kind,
                       const QStringList& queries,
                       const QString& likeSql)
{
    if (queries.isEmpty()) {
        return;
    }
    // Through the model the Cases page and casedeskctl search use: from the query to the
    // first screen of matches read, with their numbers and applicants.
    CaseListModel model(bench.database(), bench.clerk);
    std::vector<double> ours;
    QElapsedTimer timer;
    for (const QString& query : queries) {
        timer.start();
        model.setFilter({{}, {}, {}, {}, {}, query});
        const int shown = std::min(model.rowCount(), kSearchLimit);
        for (int row = 0; row < shown; ++row) {
            (void)model.index(row, CaseListModel::NumberColumn).data();
            (void)model.index(row, CaseListModel::ApplicantColumn).data();
        }
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!model.errorString().isEmpty()) {
            std::fprintf(stderr, "Search failed: %s\n", qPrintable(model.errorString()));
            return;
        }
    }
    std::vector<double> peer;
    QSqlQuery scan(bench.database().connection());
    scan.setForwardOnly(true);
    scan.prepare(likeSql);
    for (int i = 0; i < kScanQueries && i < queries.size(); ++i) {
        timer.start();
        scan.addBindValue(QLatin1Char('%') + queries.at(i) + QLatin1Char('%'));
        scan.addBindValue(kSearchLimit);
        scan.exec();
        while (scan.next()) { }
        peer.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    for (const double fraction : {0.5, 0.95}) {
        const double value = percentile(ours, fraction);
        const double peerValue = percentile(peer, fraction);
        report.add(Figure {QStringLiteral("search_%1_p%2").arg(kind).arg(int(fraction * 100)),
                           QStringLiteral("ms"),
                           value,
                           QStringLiteral("like_scan"),
                           peerValue,
                           peerValue / value,
                           qint64(ours.size())});
    }
}

void measureSearch(BenchReport& report, const BenchStation& bench)
{
    const Queries queries = drawQueries(bench.database());
    const QString byApplicant = QStringLiteral(
        "SELECT c.id FROM cases c JOIN applicants a ON a.id = c.applicant_id WHERE a.%1 LIKE ? "
        "ORDER BY c.created_at DESC LIMIT ?");
    measureSearchKind(report,
                      bench,
                      QStringLiteral("cjk_name"),
                      queries.cjkNames,
                      byApplicant.arg(QStringLiteral("name")));
    measureSearchKind(report,
                      bench,
                      QStringLiteral("latin_name"),
                      queries.latinNames,
                      byApplicant.arg(QStringLiteral("name")));
    measureSearchKind(report,
                      bench,
                      QStringLiteral("id_suffix"),
                      queries.idSuffixes,
                      byApplicant.arg(QStringLiteral("id_number")));
    measureSearchKind(report,
                      bench,
                      QStringLiteral("case_number"),
                      queries.caseNumbers,
                      QStringLiteral("SELECT id FROM cases WHERE number LIKE ? ORDER BY created_at "
                                     "DESC LIMIT ?"));
}

// A new resident identity number for intake i, with its GB 11643 check character.
QString intakeIdNumber(int i)
{
    static constexpr std::array<int, 17> weights {
        7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const QString first17 = QStringLiteral("110108")
        + QDate(1960, 1, 1).addDays(i * 7).toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("9%1").arg(i % 100, 2, 10, QLatin1Char('0'));
    int sum = 0;
    for (int k = 0; k < 17; ++k) {
        sum += (first17.at(k).unicode() - u'0') * weights[size_t(k)];
    }
    const int check = (12 - sum % 11) % 11;
    return first17 + (check == 10 ? QLatin1Char('X') : QChar(char16_t(u'0' + check)));
}

void measureTakeIn(BenchReport& report, const BenchStation& bench, const QTemporaryDir& folder)
{
    CaseRepository cases(bench.database(), SystemClock::instance());
    // As in the desk: the log is checkpointed between saves, not inside them.
    WalCheckpointer checkpointer(bench.database());

    // The peer: one case-sized row and its commit, synchronous FULL, on a raw connection.
    sqlite3* raw = nullptr;
    sqlite3_open_v2(folder.filePath(QStringLiteral("commits-raw.db")).toUtf8().constData(),
                    &raw,
                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                    nullptr);
    const SecureBytes key = SecureBytes::random(32).sqlCipherKeySpec();
    sqlite3_key(raw, key.constData(), int(key.size()));
    sqlite3_exec(
        raw,
        "PRAGMA cipher_page_size = 4096; PRAGMA cipher_use_hmac = ON; PRAGMA journal_mode = "
        "WAL; PRAGMA synchronous = FULL; CREATE TABLE peer (id TEXT PRIMARY KEY, number TEXT, "
        "type TEXT, status TEXT, fields TEXT, fee_fen INTEGER, created_at TEXT)",
        nullptr,
        nullptr,
        nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(raw, "INSERT INTO peer VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &insert, nullptr);
    const QByteArray fields(420, 'f');

    std::vector<double> ours;
    std::vector<double> peer;
    QElapsedTimer timer;
    for (int i = 0; i < kIntakes; ++i) {
        IntakeInput input;
        input.caseType = QStringLiteral("pension-enrolment");
        input.applicant.name = QStringLiteral("张伟明");
        input.applicant.idKind = QStringLiteral("resident-id");
        input.applicant.idNumber = intakeIdNumber(i);
        input.applicant.phone =
            QStringLiteral("139%1").arg(10'000'000 + i, 8, 10, QLatin1Char('0'));
        input.fields = QJsonObject {
            {QStringLiteral("applicant_name"), input.applicant.name},
            {QStringLiteral("id_number"), input.applicant.idNumber},
            {QStringLiteral("phone"), input.applicant.phone},
            {QStringLiteral("insurance_type"), QStringLiteral("urban_rural_residents")},
            {QStringLiteral("contribution_grade"), QStringLiteral("500")},
            {QStringLiteral("household_address"), QStringLiteral("北京市海淀区中关村大街27号")}};
        // A clerk saves a case every minute or two and the desk checkpoints every two
        // seconds, so each save finds the log checkpointed.
        checkpointer.checkpoint();
        timer.start();
        const auto taken = cases.takeIn(bench.clerk, input);
        ours.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!taken) {
            std::fprintf(stderr, "An intake failed: %s\n", qPrintable(taken.error().fullText()));
            break;
        }

        const QByteArray id = QByteArray::number(i);
        timer.start();
        sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insert, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, "pension-enrolment", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, "received", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 5, fields.constData(), int(fields.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert, 6, 0);
        sqlite3_bind_text(insert, 7, "2026-12-03T09:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
        peer.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    sqlite3_finalize(insert);
    sqlite3_close_v2(raw);
    if (ours.size() != size_t(kIntakes)) {
        return;
    }
    for (const double fraction : {0.5, 0.99}) {
        const double value = percentile(ours, fraction);
        const double peerValue = percentile(peer, fraction);
        report.add(Figure {QStringLiteral("take_in_p%1").arg(int(fraction * 100)),
                           QStringLiteral("ms"),
                           value,
                           QStringLiteral("raw_single_row_commit"),
                           peerValue,
                           peerValue / value,
                           kIntakes});
    }
}

// The Cases page as a clerk opens it, in a process of its own so that its memory is the
// desk's and not the benchmark's (see CaseListProbe): the time to the first screen of rows
// against the same rows read raw, and the memory once scrolled to the end.
void measureCasesPage(BenchReport& report, const BenchStation& bench)
{
    const auto figures = measureCaseList(bench.folder.path(), bench.clerk.userName, kPassword);
    if (!figures) {
        return;
    }
    if (!figures->endRowsValid) {
        std::fprintf(stderr, "The case list showed no row at its end.\n");
    }
    report.add(Figure {QStringLiteral("case_list_first_screen"),
                       QStringLiteral("ms"),
                       figures->firstScreenMs,
                       QStringLiteral("raw_first_rows"),
                       figures->peerFirstScreenMs,
                       figures->peerFirstScreenMs / figures->firstScreenMs,
                       figures->rows});
    report.add(Figure {QStringLiteral("case_list_first_screen_target"),
                       QStringLiteral("ms"),
                       figures->firstScreenMs,
                       QStringLiteral("target"),
                       kTargetFirstScreenMs,
                       kTargetFirstScreenMs / figures->firstScreenMs,
                       figures->rows});
    report.add(Figure {QStringLiteral("case_list_rss_at_end"),
                       QStringLiteral("MiB"),
                       figures->residentMiB,
                       QStringLiteral("rss_before_list"),
                       figures->baselineMiB,
                       figures->baselineMiB / figures->residentMiB,
                       figures->cachedRows});
    report.add(Figure {QStringLiteral("case_list_rss_target"),
                       QStringLiteral("MiB"),
                       figures->residentMiB,
                       QStringLiteral("target"),
                       kTargetResidentMiB,
                       kTargetResidentMiB / figures->residentMiB,
                       figures->rows});
}

// Indexing every case again, as the programs do once after an update that changed the
// tokens, against the same search rows, already made, inserted raw into an empty index.
void measureReindex(BenchReport& report, const BenchStation& big)
{
    std::vector<TableRows> tables;
    tables.push_back(readSearchTokens(big.database().handle()));
    const auto rows = qint64(tables.front().rows.size());
    const auto peer = makeStation();
    if (!peer) {
        return;
    }
    const double peerSeconds = rawInsertSeconds(peer->database().handle(), tables);
    tables.clear();
    if (!big.database().exec(QStringLiteral("DELETE FROM search_index_state")).ok()) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const auto indexed = SearchIndex(big.database(), SystemClock::instance()).bringUpToDate();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!indexed || peerSeconds <= 0) {
        std::fprintf(
            stderr,
            "Indexing again failed: %s\n",
            qPrintable(indexed ? QStringLiteral("the peer failed") : indexed.error().fullText()));
        return;
    }
    report.add(Figure {QStringLiteral("search_reindex"),
                       QStringLiteral("cases/s"),
                       double(indexed.value()) / seconds,
                       QStringLiteral("raw_c_api_same_rows"),
                       double(rows) / peerSeconds,
                       peerSeconds / seconds,
                       indexed.value()});
}

void measureIntake(BenchReport& report, const BenchOptions& options)
{
    const auto types = CaseTypeLoader::loadShipped();
    if (!types) {
        std::fprintf(stderr, "%s\n", qPrintable(types.error().fullText()));
        return;
    }
    const auto big = measureGeneration(report, types.value(), options.cases);
    if (!big) {
        return;
    }
    measureSearch(report, *big);
    measureTakeIn(report, *big, big->folder);
    measureCasesPage(report, *big);
    measureReindex(report, *big);
}

} // namespace

BenchSuite intakeSuite()
{
    return {QStringLiteral("intake"),
            QStringLiteral("Demo generation against raw inserts of the same rows, search against "
                           "LIKE scans, intake commits against raw single-row commits, the case "
                           "list, indexing every case again; on a store of --cases demo cases "
                           "(default 1,000,000)"),
            measureIntake};
}

} // namespace casedesk::bench
