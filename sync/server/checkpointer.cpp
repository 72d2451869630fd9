// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointer.h"

#include "serverlog.h"
#include "sync/checkpoint.h"
#include "syncservice.h"

#include <QNetworkReply>

namespace jalon {

namespace {

    constexpr int PollMilliseconds = 2000; // admin commands write the store from other processes
    constexpr int WitnessTimeoutMilliseconds = 5000;

} // namespace

Checkpointer::Checkpointer(SyncService &service, QList<WitnessEndpoint> witnesses, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_witnesses(std::move(witnesses))
{
    if (m_witnesses.isEmpty())
        return;
    m_poll.setInterval(PollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &Checkpointer::logChanged);
    m_poll.start();
    startRound();
}

Result<QByteArray> Checkpointer::current()
{
    if (m_witnesses.isEmpty() || m_published.text.isEmpty()) {
        auto signed_ = m_service.signCheckpoint();
        if (!signed_)
            return std::unexpected(signed_.error());
        return signed_->serialize();
    }
    return m_published.serialize();
}

void Checkpointer::logChanged()
{
    if (m_witnesses.isEmpty())
        return;
    if (m_pending > 0) {
        m_dirty = true;
        return;
    }
    startRound();
}

void Checkpointer::startRound()
{
    auto round = m_service.signCheckpoint();
    if (!round) {
        // The next poll tries again; the last published checkpoint is served meanwhile.
        qCWarning(lcServer, "cannot sign the checkpoint: %s", qPrintable(round.error().message()));
        return;
    }
    m_round = *round;
    // Asked again while a witness's cosignature is missing (it was down), else only on growth.
    if (m_round.text == m_published.text && m_published.signatures.size() == m_witnesses.size() + 1)
        return;
    m_dirty = false;
    m_pending = int(m_witnesses.size());
    for (int i = 0; i < m_witnesses.size(); ++i)
        ask(i, m_witnesses[i].cosignedSize, false);
}

void Checkpointer::ask(int witness, qint64 oldSize, bool retried)
{
    const auto checkpoint = Checkpoint::fromBody(m_round.text);
    const auto hashes = m_service.consistencyHashes(oldSize, checkpoint ? checkpoint->size : 0);
    if (!hashes) {
        qCWarning(lcServer, "cannot prove the log's consistency to witness %s: %s",
                  qPrintable(m_witnesses[witness].key.name), qPrintable(hashes.error().message()));
        return answered();
    }
    const std::optional<QList<QByteArray>> &proof = *hashes;
    if (!checkpoint || !proof) {
        // The witness holds more than this log: nothing this process can prove to it.
        qCWarning(lcServer, "witness %s holds size %lld, above this log's",
                  qPrintable(m_witnesses[witness].key.name), qlonglong(oldSize));
        return answered();
    }
    QByteArray body = "old " + QByteArray::number(oldSize) + '\n';
    for (const QByteArray &hash : *proof)
        body += hash.toBase64() + '\n';
    body += '\n' + m_round.serialize();
    QUrl url = m_witnesses[witness].url;
    url.setPath(url.path().endsWith(QLatin1Char('/'))
                    ? url.path() + QLatin1String("add-checkpoint")
                    : url.path() + QLatin1String("/add-checkpoint"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    request.setTransferTimeout(WitnessTimeoutMilliseconds);
    QNetworkReply *reply = m_network.post(request, body);
    const QByteArray text = m_round.text;
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, witness, retried, text, checkpoint] {
            reply->deleteLater();
            if (text != m_round.text)
                return; // an answer to a round already over
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            WitnessEndpoint &endpoint = m_witnesses[witness];
            if (status == 409 && !retried) {
                // The witness tells the size it holds: prove consistency from there, once.
                bool ok = false;
                const qint64 held = answer.trimmed().toLongLong(&ok);
                if (ok) {
                    endpoint.cosignedSize = held;
                    return ask(witness, held, true);
                }
            }
            if (status == 200) {
                auto lines = SignedNote::parseSignatureLines(answer);
                SignedNote cosigned { m_round.text, lines.value_or(QList<NoteSignature>()) };
                if (cosigned.isSignedBy(endpoint.key)) {
                    for (const NoteSignature &line : cosigned.signatures) {
                        if (line.name == endpoint.key.name && line.keyId == endpoint.key.keyId())
                            m_round.signatures << line;
                    }
                    endpoint.cosignedSize = checkpoint->size;
                } else {
                    qCWarning(lcServer, "witness %s answered without a valid cosignature",
                              qPrintable(endpoint.key.name));
                }
            } else {
                qCWarning(
                    lcServer, "witness %s did not cosign (%d): %s", qPrintable(endpoint.key.name),
                    status,
                    (status == 0 ? reply->errorString().toUtf8() : answer.trimmed()).constData());
            }
            answered();
        });
}

void Checkpointer::answered()
{
    if (--m_pending > 0)
        return;
    m_published = m_round;
    if (m_dirty)
        startRound();
}

} // namespace jalon
