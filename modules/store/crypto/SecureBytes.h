#pragma once

#include <cstddef>

namespace casedesk {

// A fixed-size buffer for key material in guarded memory from libsodium, locked against swapping
// and wiped when it goes away, so keys do not linger in swap or in a freed heap block.
// Locking is best-effort: past the process's lock limit (ulimit -l) libsodium hands out
// unlocked memory, still guarded and wiped.
class SecureBytes
{
public:
    // An empty buffer; also what the factories return when memory cannot be had.
    SecureBytes() = default;
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    // Starts libsodium once for the whole process, from any thread. False when it cannot
    // start, in which case no other function of this library can work either.
    [[nodiscard]] static bool sodiumReady();

    // Each factory returns an empty buffer when the memory cannot be had; callers must check
    // isEmpty().
    [[nodiscard]] static SecureBytes zeroed(std::size_t size);
    [[nodiscard]] static SecureBytes random(std::size_t size);
    [[nodiscard]] static SecureBytes copyOf(const unsigned char* bytes, std::size_t size);

    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] const unsigned char* constData() const { return m_data; }

    // Compares in constant time, so the comparison does not reveal where two keys differ.
    // Buffers of different sizes are unequal; two empty buffers are equal.
    [[nodiscard]] bool equals(const SecureBytes& other) const;

    // The raw-key form SQLCipher takes, x'<64 lowercase hex digits>', 67 bytes without a
    // terminating NUL, for sqlite3_key(db, spec.constData(), int(spec.size())). Only a
    // 32-byte key has this form: anything else, or a lack of memory, gives an empty buffer.
    [[nodiscard]] SecureBytes sqlCipherKeySpec() const;

private:
    SecureBytes(unsigned char* data, std::size_t size);

    void release();

    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace casedesk
