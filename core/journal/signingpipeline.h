// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "journal/event.h"

#include <QByteArray>
#include <QList>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace jalon {

/// Signs a batch of events on a second thread while the caller stores the ones already
/// signed. Signing is sequential (each event names the id of the one before it), and so
/// is storing; run side by side, a batch costs the slower of the two instead of both.
class SigningPipeline
{
public:
    struct Signed
    {
        Event event;
        QByteArray canonical;
        QByteArray id;
    };
    /// Builds and signs the event at `index` of the batch, after the event `prev`.
    using Sign = std::function<Result<Signed>(qsizetype index, const QByteArray &prev)>;

    SigningPipeline(qsizetype count, QByteArray prev, Sign sign);
    /// Stops the signing thread (if the caller gave up early) and waits for it.
    ~SigningPipeline();
    SigningPipeline(const SigningPipeline &) = delete;
    SigningPipeline &operator=(const SigningPipeline &) = delete;

    /// The next signed event, in order; waits for it if need be. Call it `count` times,
    /// or stop at the first error.
    Result<Signed> next();

private:
    void run(QByteArray prev);
    /// Moves a chunk to the ready queue, waiting for room; false once stopped.
    bool hand(std::deque<Result<Signed>> &chunk);

    const qsizetype m_count;
    Sign m_sign;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Result<Signed>> m_ready; ///< signed, shared with the signing thread
    std::deque<Result<Signed>> m_taken; ///< signed, owned by the caller
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace jalon
