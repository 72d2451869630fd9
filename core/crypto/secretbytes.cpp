// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/secretbytes.h"

#include "crypto/sodium.h"

#include <QString>
#include <new>
#include <sodium.h>
#include <utility>

namespace jalon {

SecretBytes::SecretBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecretBytes SecretBytes::fromBytes(const unsigned char *bytes, std::size_t size)
{
    SecretBytes secret(size);
    if (size)
        std::copy(bytes, bytes + size, secret.m_data);
    return secret;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes secret(size);
    if (size)
        randombytes_buf(secret.m_data, size);
    return secret;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::clear()
{
    // sodium_free() wipes the memory before releasing it.
    if (m_data)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

QByteArray SecretBytes::toHex() const
{
    QByteArray hex(qsizetype(m_size * 2 + 1), '\0');
    sodium_bin2hex(hex.data(), std::size_t(hex.size()), m_data, m_size);
    hex.chop(1);
    return hex;
}

bool SecretBytes::operator==(const SecretBytes &other) const
{
    return m_size == other.m_size
        && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void wipe(QByteArray &bytes)
{
    // data() detaches: a copy shared elsewhere is its owner's to wipe.
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace jalon
