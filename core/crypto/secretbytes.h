// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <cstddef>

namespace jalon {

/// Bytes that must not outlive their use: a data key, a derived key, a device secret key.
/// Kept in libsodium's guarded memory (locked out of swap, guard pages) and wiped when
/// released. Move-only, so a secret is never copied by accident.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    /// Copies `bytes` in; the caller wipes its own copy.
    static SecretBytes fromBytes(const unsigned char *bytes, std::size_t size);
    static SecretBytes random(std::size_t size);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// Wipes and frees now.
    void clear();
    /// Lower-case hex, for SQLCipher's raw-key pragma; the caller wipes the result.
    QByteArray toHex() const;
    bool operator==(const SecretBytes &other) const;

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

/// Wipes a QByteArray that held a secret (passphrase bytes, hex key, SQL with a key).
void wipe(QByteArray &bytes);
/// Wipes a QString that held a passphrase.
void wipe(QString &text);

} // namespace jalon
