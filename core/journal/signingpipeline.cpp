// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal/signingpipeline.h"

namespace jalon {

namespace {

    // Signed events change hands in chunks: one lock and one wake-up for many events.
    constexpr std::size_t Chunk = 32;
    // Enough signed events waiting to keep the storing side busy, few enough to bound memory.
    constexpr std::size_t MaxWaiting = 8 * Chunk;

} // namespace

SigningPipeline::SigningPipeline(qsizetype count, QByteArray prev, Sign sign)
    : m_count(count)
    , m_sign(std::move(sign))
    , m_thread([this, prev = std::move(prev)] { run(prev); })
{
}

SigningPipeline::~SigningPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool SigningPipeline::hand(std::deque<Result<Signed>> &chunk)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < MaxWaiting; });
        if (m_stop)
            return false;
        for (Result<Signed> &signedEvent : chunk)
            m_ready.push_back(std::move(signedEvent));
    }
    chunk.clear();
    m_changed.notify_all();
    return true;
}

void SigningPipeline::run(QByteArray prev)
{
    std::deque<Result<Signed>> chunk;
    for (qsizetype index = 0; index < m_count; ++index) {
        Result<Signed> signedEvent = m_sign(index, prev);
        const bool failed = !signedEvent.has_value();
        if (!failed)
            prev = signedEvent->id;
        chunk.push_back(std::move(signedEvent));
        // After an error nothing more is needed: the caller stops there.
        if (failed || chunk.size() == Chunk || index + 1 == m_count) {
            if (!hand(chunk) || failed)
                return;
        }
    }
}

Result<SigningPipeline::Signed> SigningPipeline::next()
{
    if (m_taken.empty()) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty(); });
            m_taken.swap(m_ready);
        }
        m_changed.notify_all();
    }
    Result<Signed> signedEvent = std::move(m_taken.front());
    m_taken.pop_front();
    return signedEvent;
}

} // namespace jalon
