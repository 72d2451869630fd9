// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushbody.h"

#include <optional>

namespace jalon {

namespace {

    // A byte-level walk over JSON text: strings are skipped whole (escapes included) and
    // nesting is counted, which is all it takes to find where values begin and end.
    class Walker
    {
    public:
        explicit Walker(const QByteArray &text)
            : m_text(text)
        {
        }

        qsizetype position() const { return m_at; }
        bool atEnd() const { return m_at >= m_text.size(); }
        char peek() const { return atEnd() ? '\0' : m_text[m_at]; }

        void skipSpace()
        {
            while (!atEnd()
                   && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
                ++m_at;
        }

        bool take(char c)
        {
            skipSpace();
            if (peek() != c)
                return false;
            ++m_at;
            return true;
        }

        /// Skips a string starting at the quote; returns its raw contents.
        std::optional<QByteArray> string()
        {
            if (!take('"'))
                return std::nullopt;
            const qsizetype begin = m_at;
            while (!atEnd() && peek() != '"')
                m_at += peek() == '\\' ? 2 : 1;
            if (atEnd())
                return std::nullopt;
            return m_text.mid(begin, m_at++ - begin);
        }

        /// Skips one value (any kind); false when the text ends inside it. Brackets are only
        /// counted, not matched: each event is checked strictly afterwards anyway.
        bool value()
        {
            skipSpace();
            if (peek() == '"')
                return string().has_value();
            if (peek() == '{' || peek() == '[') {
                int depth = 0;
                while (!atEnd()) {
                    const char c = peek();
                    if (c == '"') {
                        if (!string())
                            return false;
                        continue;
                    }
                    ++m_at;
                    if (c == '{' || c == '[')
                        ++depth;
                    else if ((c == '}' || c == ']') && --depth == 0)
                        return true;
                }
                return false;
            }
            const qsizetype begin = m_at;
            while (!atEnd() && !QByteArrayView(",}] \n\r\t").contains(peek()))
                ++m_at;
            return m_at > begin;
        }

    private:
        const QByteArray &m_text;
        qsizetype m_at = 0;
    };

} // namespace

Result<QList<QByteArray>> PushBody::events(const QByteArray &body)
{
    auto malformed = [] {
        return std::unexpected(
            Error { tr("request"), {}, tr("the body is not {\"events\": [ … ]}"), {} });
    };
    Walker walker(body);
    if (!walker.take('{'))
        return malformed();
    std::optional<QList<QByteArray>> events;
    bool more = !walker.take('}');
    while (more) {
        const auto key = walker.string();
        if (!key || !walker.take(':'))
            return malformed();
        if (*key == "events") {
            if (events || !walker.take('['))
                return malformed();
            events.emplace();
            bool item = !walker.take(']');
            while (item) {
                walker.skipSpace();
                const qsizetype begin = walker.position();
                if (!walker.value())
                    return malformed();
                events->append(body.mid(begin, walker.position() - begin));
                item = walker.take(',');
                if (!item && !walker.take(']'))
                    return malformed();
            }
        } else if (!walker.value()) {
            return malformed();
        }
        more = walker.take(',');
        if (!more && !walker.take('}'))
            return malformed();
    }
    walker.skipSpace();
    if (!walker.atEnd() || !events)
        return malformed();
    return *events;
}

} // namespace jalon
