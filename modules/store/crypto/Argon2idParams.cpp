#include "Argon2idParams.h"

#include "SecureBytes.h"
#include "core/Logging.h"

#include <QElapsedTimer>

#include <sodium.h>

#include <optional>

namespace casedesk {

namespace {

constexpr quint64 kMiB = quint64(1) << 20;
constexpr quint64 kCalibrationStartMemory = 64 * kMiB;
constexpr quint64 kCalibrationMaxMemory = 256 * kMiB;

// Other programs can only slow a derivation down, never speed it up, so the fastest of a few
// runs is the best estimate of this computer's speed; one run taken during a burst of other
// work would stop the calibration too early.
constexpr int kRunsPerMeasurement = 2;

// Seconds one derivation takes at the given cost, or nothing when the memory cannot be had.
std::optional<double> measureOnce(const Argon2idParams& params)
{
    static constexpr char kPassword[] = "calibration password";
    unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    SecureBytes derived = SecureBytes::zeroed(32);
    if (derived.isEmpty()) {
        return std::nullopt;
    }

    QElapsedTimer timer;
    timer.start();
    const int rc = crypto_pwhash(derived.data(),
                                 derived.size(),
                                 kPassword,
                                 sizeof(kPassword) - 1,
                                 salt,
                                 params.opsLimit,
                                 static_cast<size_t>(params.memLimitBytes),
                                 crypto_pwhash_ALG_ARGON2ID13);
    const qint64 nanoseconds = timer.nsecsElapsed();
    if (rc != 0) {
        return std::nullopt;
    }
    return double(nanoseconds) / 1e9;
}

std::optional<double> measure(const Argon2idParams& params)
{
    std::optional<double> fastest;
    for (int run = 0; run < kRunsPerMeasurement; ++run) {
        const std::optional<double> seconds = measureOnce(params);
        if (!seconds) {
            return std::nullopt;
        }
        fastest = fastest ? qMin(*fastest, *seconds) : *seconds;
    }
    return fastest;
}

} // namespace

Argon2idParams Argon2idParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool Argon2idParams::isAcceptable() const
{
    const Argon2idParams floor = interactive();
    return opsLimit >= floor.opsLimit && opsLimit <= kMaxOpsLimit
        && memLimitBytes >= floor.memLimitBytes && memLimitBytes <= kMaxMemLimitBytes
        && memLimitBytes <= crypto_pwhash_MEMLIMIT_MAX;
}

Argon2idParams Argon2idParams::calibrate(double targetSeconds)
{
    Argon2idParams params = interactive();
    params.memLimitBytes = qMax(params.memLimitBytes, kCalibrationStartMemory);
    if (!SecureBytes::sodiumReady()) {
        return params;
    }
    std::optional<double> seconds = measure(params);
    if (!seconds) {
        qCWarning(lcStore) << "Argon2id calibration could not derive at the interactive cost;"
                           << "keeping it";
        return params;
    }

    // Memory first: it is what makes guessing on graphics cards expensive. Doubling
    // memory about doubles the time, so stop while one more doubling would overshoot.
    while (params.memLimitBytes < kCalibrationMaxMemory && *seconds * 2 <= targetSeconds) {
        Argon2idParams larger = params;
        larger.memLimitBytes *= 2;
        const std::optional<double> measured = measure(larger);
        if (!measured) {
            break;
        }
        params = larger;
        seconds = measured;
    }

    // Then more passes, one at a time, until a derivation takes at least the target.
    while (*seconds < targetSeconds && params.opsLimit < kMaxOpsLimit) {
        Argon2idParams longer = params;
        ++longer.opsLimit;
        const std::optional<double> measured = measure(longer);
        if (!measured) {
            break;
        }
        params = longer;
        seconds = measured;
    }

    qCInfo(lcStore).nospace() << "Argon2id calibrated to " << params.opsLimit << " passes over "
                              << params.memLimitBytes / kMiB << " MiB: " << qRound(*seconds * 1000)
                              << " ms per derivation";
    return params;
}

} // namespace casedesk
