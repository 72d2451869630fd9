// SPDX-License-Identifier: GPL-3.0-or-later
// libsecret first: its GLib headers use `signals` as a name, which Qt defines as a macro.
// clang-format off
#include <libsecret/secret.h>
// clang-format on

#include "secretservicekeystore.h"

namespace jalon {

namespace {

    const SecretSchema &schema()
    {
        static const SecretSchema vaults = { "org.jalon.Jalon.Vault",
                                             SECRET_SCHEMA_NONE,
                                             { { "vault", SECRET_SCHEMA_ATTRIBUTE_STRING },
                                               { nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING } },
                                             0,
                                             nullptr,
                                             nullptr,
                                             nullptr,
                                             nullptr,
                                             nullptr,
                                             nullptr,
                                             nullptr };
        return vaults;
    }

    // The service's own words, after ours.
    std::unexpected<Error> failure(const QString &what, GError *error)
    {
        const QString detail = error ? QString::fromUtf8(error->message) : QString();
        if (error)
            g_error_free(error);
        return std::unexpected(Error { SecretServiceKeyStore::tr("desktop keyring"),
                                       {},
                                       what,
                                       detail.isEmpty() ? QString() : detail });
    }

} // namespace

std::unique_ptr<KeyStore> platformKeyStore()
{
    return std::make_unique<SecretServiceKeyStore>();
}

QString SecretServiceKeyStore::name() const
{
    return tr("the desktop keyring");
}

Result<void> SecretServiceKeyStore::available()
{
    GError *error = nullptr;
    SecretService *service = secret_service_get_sync(SECRET_SERVICE_OPEN_SESSION, nullptr, &error);
    if (!service)
        return failure(tr("no desktop keyring answers (the Secret Service is not running): the "
                          "passphrase is still needed"),
                       error);
    g_object_unref(service);
    return {};
}

Result<void> SecretServiceKeyStore::store(const QString &account, const SecretBytes &secret)
{
    // libsecret copies the bytes into its own non-pageable memory, wiped when freed.
    SecretValue *value = secret_value_new(reinterpret_cast<const gchar *>(secret.data()),
                                          gssize(secret.size()), "application/octet-stream");
    GError *error = nullptr;
    const QByteArray label = tr("Jalon vault %1 (quick unlock)").arg(account.left(8)).toUtf8();
    const gboolean stored = secret_password_store_binary_sync(
        &schema(), SECRET_COLLECTION_DEFAULT, label.constData(), value, nullptr, &error, "vault",
        account.toUtf8().constData(), nullptr);
    secret_value_unref(value);
    if (!stored)
        return failure(tr("the desktop keyring did not keep the secret"), error);
    return {};
}

Result<std::optional<SecretBytes>> SecretServiceKeyStore::load(const QString &account)
{
    GError *error = nullptr;
    SecretValue *value = secret_password_lookup_binary_sync(&schema(), nullptr, &error, "vault",
                                                            account.toUtf8().constData(), nullptr);
    if (error)
        return failure(tr("the desktop keyring could not be read"), error);
    if (!value)
        return std::optional<SecretBytes>();
    gsize size = 0;
    const gchar *bytes = secret_value_get(value, &size);
    SecretBytes secret
        = SecretBytes::fromBytes(reinterpret_cast<const unsigned char *>(bytes), size);
    secret_value_unref(value);
    return std::optional<SecretBytes>(std::move(secret));
}

Result<void> SecretServiceKeyStore::remove(const QString &account)
{
    GError *error = nullptr;
    secret_password_clear_sync(&schema(), nullptr, &error, "vault", account.toUtf8().constData(),
                               nullptr);
    if (error)
        return failure(tr("the desktop keyring could not forget the secret"), error);
    return {};
}

} // namespace jalon
