#include "store/crypto/SecureBytes.h"

#include <QTest>

#include <array>
#include <cstring>

using namespace casedesk;

// Key material in locked memory: how it is made, moved, compared and handed to SQLCipher.
class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomBuffersAreDistinctAndNotZero();
    void movingLeavesTheSourceEmpty();
    void aCopyHoldsTheSameBytes();
    void equalsComparesContentAndSize();
    void theSqlCipherKeySpecIsTheKeyInLowercaseHex();
    void onlyA32ByteKeyHasASqlCipherKeySpec();
};

namespace {

bool isAllZero(const SecureBytes& bytes)
{
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes.constData()[i] != 0) {
            return false;
        }
    }
    return true;
}

} // namespace

void TestSecureBytes::randomBuffersAreDistinctAndNotZero()
{
    const SecureBytes first = SecureBytes::random(32);
    const SecureBytes second = SecureBytes::random(32);
    QCOMPARE(first.size(), std::size_t(32));
    QCOMPARE(second.size(), std::size_t(32));
    QVERIFY(!isAllZero(first));
    QVERIFY(!isAllZero(second));
    QVERIFY(!first.equals(second));
    QVERIFY(SecureBytes::random(0).isEmpty());
}

void TestSecureBytes::movingLeavesTheSourceEmpty()
{
    SecureBytes source = SecureBytes::random(32);
    const SecureBytes original = SecureBytes::copyOf(source.constData(), source.size());

    SecureBytes moved(std::move(source));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    QCOMPARE(source.size(), std::size_t(0));
    QVERIFY(source.constData() == nullptr);
    QVERIFY(moved.equals(original));

    SecureBytes assigned = SecureBytes::random(16);
    assigned = std::move(moved);
    QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)
    QVERIFY(assigned.equals(original));
}

void TestSecureBytes::aCopyHoldsTheSameBytes()
{
    const std::array<unsigned char, 5> bytes {1, 2, 3, 4, 5};
    const SecureBytes copy = SecureBytes::copyOf(bytes.data(), bytes.size());
    QCOMPARE(copy.size(), bytes.size());
    QVERIFY(std::memcmp(copy.constData(), bytes.data(), bytes.size()) == 0);
    QVERIFY(copy.constData() != bytes.data());
    QVERIFY(SecureBytes::copyOf(nullptr, 4).isEmpty());
}

void TestSecureBytes::equalsComparesContentAndSize()
{
    std::array<unsigned char, 32> bytes {};
    bytes.fill(0x5a);
    const SecureBytes key = SecureBytes::copyOf(bytes.data(), bytes.size());
    QVERIFY(key.equals(SecureBytes::copyOf(bytes.data(), bytes.size())));

    bytes[31] = 0x5b;
    QVERIFY(!key.equals(SecureBytes::copyOf(bytes.data(), bytes.size())));
    QVERIFY(!key.equals(SecureBytes::copyOf(bytes.data(), 31)));
    QVERIFY(!key.equals(SecureBytes()));
    QVERIFY(SecureBytes().equals(SecureBytes()));
}

void TestSecureBytes::theSqlCipherKeySpecIsTheKeyInLowercaseHex()
{
    std::array<unsigned char, 32> bytes {};
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<unsigned char>(i * 8 + 0x0a);
    }
    const SecureBytes key = SecureBytes::copyOf(bytes.data(), bytes.size());

    const SecureBytes spec = key.sqlCipherKeySpec();
    const QByteArray expected =
        "x'0a121a222a323a424a525a626a727a828a929aa2aab2bac2cad2dae2eaf2fa02'";
    QCOMPARE(spec.size(), std::size_t(67));
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(spec.constData()), qsizetype(spec.size())),
             expected);
}

void TestSecureBytes::onlyA32ByteKeyHasASqlCipherKeySpec()
{
    QVERIFY(SecureBytes().sqlCipherKeySpec().isEmpty());
    QVERIFY(SecureBytes::random(16).sqlCipherKeySpec().isEmpty());
    QVERIFY(SecureBytes::random(48).sqlCipherKeySpec().isEmpty());
}

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
