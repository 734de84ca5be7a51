#include "SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace casedesk {

namespace {

constexpr std::size_t kSqlCipherKeyBytes = 32;

} // namespace

SecureBytes::SecureBytes(unsigned char* data, std::size_t size)
    : m_data(data)
    , m_size(data == nullptr ? 0 : size)
{ }

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::release()
{
    // sodium_free wipes the bytes before it unlocks and unmaps them.
    if (m_data != nullptr) {
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::sodiumReady()
{
    // sodium_init is itself thread-safe; the static only saves repeated calls.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecureBytes SecureBytes::zeroed(std::size_t size)
{
    if (size == 0 || !sodiumReady()) {
        return {};
    }
    auto* data = static_cast<unsigned char*>(sodium_malloc(size));
    if (data == nullptr) {
        return {};
    }
    // sodium_malloc fills new memory with a marker byte, not zeros.
    sodium_memzero(data, size);
    return SecureBytes(data, size);
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes = zeroed(size);
    if (!bytes.isEmpty()) {
        randombytes_buf(bytes.m_data, bytes.m_size);
    }
    return bytes;
}

SecureBytes SecureBytes::copyOf(const unsigned char* bytes, std::size_t size)
{
    if (bytes == nullptr) {
        return {};
    }
    SecureBytes copy = zeroed(size);
    if (!copy.isEmpty()) {
        std::memcpy(copy.m_data, bytes, size);
    }
    return copy;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecureBytes SecureBytes::sqlCipherKeySpec() const
{
    if (m_size != kSqlCipherKeyBytes) {
        return {};
    }
    // sodium_bin2hex writes a terminating NUL that the spec must not count, so the digits
    // go through a second locked buffer rather than an ordinary string.
    SecureBytes hex = zeroed(2 * kSqlCipherKeyBytes + 1);
    SecureBytes spec = zeroed(2 * kSqlCipherKeyBytes + 3);
    if (hex.isEmpty() || spec.isEmpty()) {
        return {};
    }
    sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    spec.m_data[0] = 'x';
    spec.m_data[1] = '\'';
    std::memcpy(spec.m_data + 2, hex.m_data, 2 * kSqlCipherKeyBytes);
    spec.m_data[spec.m_size - 1] = '\'';
    return spec;
}

} // namespace casedesk
