#pragma once

#include <QtGlobal>

namespace casedesk {

// The cost of one Argon2id password derivation: passes over memory and memory in bytes.
// Stored with each key slot, so slots made on a faster computer keep their own cost.
struct Argon2idParams
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // The most a file may ask for; more is treated as tampering, since it would let a
    // changed file make unlocking take hours or exhaust the memory.
    static constexpr quint64 kMaxOpsLimit = 100;
    static constexpr quint64 kMaxMemLimitBytes = quint64(4) << 30;

    // Measures Argon2id on this computer and returns a cost that takes about targetSeconds:
    // memory from 64 MiB up to 256 MiB first, then more passes. Never cheaper than
    // interactive(), even on a computer too slow to reach the target. Takes a few seconds.
    [[nodiscard]] static Argon2idParams calibrate(double targetSeconds = 0.5);

    // libsodium's interactive limits (2 passes, 64 MiB): the floor for any slot, and a
    // quick cost for tests that are not about timing.
    [[nodiscard]] static Argon2idParams interactive();

    // At least interactive() and at most kMaxOpsLimit passes over kMaxMemLimitBytes.
    [[nodiscard]] bool isAcceptable() const;

    friend bool operator==(const Argon2idParams&, const Argon2idParams&) = default;
};

} // namespace casedesk
