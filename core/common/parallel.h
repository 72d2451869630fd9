// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <thread>
#include <vector>

namespace jalon {

/// Runs work(i) for i in [0, count) on every core, each thread taking every n-th index;
/// returns when all are done. Below `from` items a thread costs more than it saves, and
/// everything runs on the calling thread. `work` must be safe to call concurrently.
template<typename Work> void onEveryCore(qsizetype count, Work &&work, qsizetype from = 64)
{
    const qsizetype threads
        = count < from ? 1 : qsizetype(qMax(1u, std::thread::hardware_concurrency()));
    auto share = [&](qsizetype first) {
        for (qsizetype i = first; i < count; i += threads)
            work(i);
    };
    std::vector<std::thread> helpers;
    for (qsizetype first = 1; first < threads; ++first)
        helpers.emplace_back(share, first);
    share(0);
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace jalon
