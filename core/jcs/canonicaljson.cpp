// SPDX-License-Identifier: GPL-3.0-or-later
#include "jcs/canonicaljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

namespace jalon::CanonicalJson {
namespace {

    struct Text
    {
        Q_DECLARE_TR_FUNCTIONS(CanonicalJson)
    };

    void appendUtf8(QByteArray &out, char32_t cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    void appendUtf16(std::u16string &out, char32_t cp)
    {
        if (cp < 0x10000) {
            out += char16_t(cp);
        } else {
            out += char16_t(0xD800 + ((cp - 0x10000) >> 10));
            out += char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
        }
    }

    // The minimal escapes of RFC 8785 §3.2.2.2; everything else is written as UTF-8.
    void appendEscaped(QByteArray &out, char32_t cp)
    {
        switch (cp) {
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        case '\b':
            out += "\\b";
            return;
        case '\f':
            out += "\\f";
            return;
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default:
            break;
        }
        if (cp < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[cp >> 4];
            out += hex[cp & 0xF];
            return;
        }
        appendUtf8(out, cp);
    }

    struct String
    {
        std::u16string key; ///< UTF-16 code units: the order RFC 8785 sorts keys by
        QByteArray canonical;
    };

    class Parser
    {
    public:
        Parser(const QByteArray &json, int maxDepth)
            : m_data(json.constData())
            , m_size(json.size())
            , m_maxDepth(maxDepth)
        {
        }

        Result<QByteArray> run()
        {
            QByteArray out;
            skipSpace();
            if (!value(out, 0))
                return std::unexpected(*m_error);
            skipSpace();
            if (m_pos != m_size) {
                fail(Text::tr("unexpected text after the JSON value"));
                return std::unexpected(*m_error);
            }
            return out;
        }

    private:
        bool fail(const QString &problem)
        {
            if (!m_error)
                m_error = Error { QStringLiteral("JSON"), Text::tr("byte %1").arg(m_pos), problem,
                                  Text::tr("valid JSON (RFC 8259)") };
            return false;
        }

        bool atEnd() const { return m_pos >= m_size; }
        char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }

        void skipSpace()
        {
            while (!atEnd()
                   && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
                ++m_pos;
        }

        bool literal(const char *word, QByteArray &out)
        {
            const qsizetype length = qsizetype(qstrlen(word));
            if (m_size - m_pos < length || memcmp(m_data + m_pos, word, size_t(length)) != 0)
                return fail(Text::tr("unexpected character"));
            m_pos += length;
            out += word;
            return true;
        }

        bool value(QByteArray &out, int depth)
        {
            if (atEnd())
                return fail(Text::tr("the JSON ends too early"));
            switch (peek()) {
            case '{':
                return object(out, depth + 1);
            case '[':
                return array(out, depth + 1);
            case '"': {
                String s;
                if (!string(s))
                    return false;
                out += s.canonical;
                return true;
            }
            case 't':
                return literal("true", out);
            case 'f':
                return literal("false", out);
            case 'n':
                return literal("null", out);
            default:
                return number(out);
            }
        }

        bool object(QByteArray &out, int depth)
        {
            if (depth > m_maxDepth)
                return fail(
                    Text::tr("the JSON is nested more than %1 levels deep").arg(m_maxDepth));
            ++m_pos; // {
            std::vector<std::pair<String, QByteArray>> members;
            skipSpace();
            if (peek() == '}') {
                ++m_pos;
                out += "{}";
                return true;
            }
            while (true) {
                skipSpace();
                if (peek() != '"')
                    return fail(Text::tr("a member name was expected"));
                String name;
                if (!string(name))
                    return false;
                skipSpace();
                if (peek() != ':')
                    return fail(Text::tr("\":\" was expected"));
                ++m_pos;
                skipSpace();
                QByteArray member;
                if (!value(member, depth))
                    return false;
                members.emplace_back(std::move(name), std::move(member));
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == '}') {
                    ++m_pos;
                    break;
                }
                return fail(Text::tr("\",\" or \"}\" was expected"));
            }
            std::stable_sort(members.begin(), members.end(), [](const auto &a, const auto &b) {
                return a.first.key < b.first.key;
            });
            out += '{';
            for (size_t i = 0; i < members.size(); ++i) {
                if (i > 0 && members[i].first.key == members[i - 1].first.key)
                    return fail(Text::tr("the member name %1 appears twice")
                                    .arg(QString::fromUtf8(members[i].first.canonical)));
                if (i > 0)
                    out += ',';
                out += members[i].first.canonical;
                out += ':';
                out += members[i].second;
            }
            out += '}';
            return true;
        }

        bool array(QByteArray &out, int depth)
        {
            if (depth > m_maxDepth)
                return fail(
                    Text::tr("the JSON is nested more than %1 levels deep").arg(m_maxDepth));
            ++m_pos; // [
            out += '[';
            skipSpace();
            if (peek() == ']') {
                ++m_pos;
                out += ']';
                return true;
            }
            while (true) {
                skipSpace();
                if (!value(out, depth))
                    return false;
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    out += ',';
                    continue;
                }
                if (peek() == ']') {
                    ++m_pos;
                    out += ']';
                    return true;
                }
                return fail(Text::tr("\",\" or \"]\" was expected"));
            }
        }

        bool hex4(char32_t &unit)
        {
            if (m_size - m_pos < 4)
                return fail(Text::tr("an escape \\u needs four hexadecimal digits"));
            unit = 0;
            for (int i = 0; i < 4; ++i) {
                const char c = m_data[m_pos++];
                unit <<= 4;
                if (c >= '0' && c <= '9')
                    unit |= char32_t(c - '0');
                else if (c >= 'a' && c <= 'f')
                    unit |= char32_t(c - 'a' + 10);
                else if (c >= 'A' && c <= 'F')
                    unit |= char32_t(c - 'A' + 10);
                else
                    return fail(Text::tr("an escape \\u needs four hexadecimal digits"));
            }
            return true;
        }

        bool escape(char32_t &cp)
        {
            ++m_pos; // backslash
            if (atEnd())
                return fail(Text::tr("the JSON ends inside a string"));
            const char c = m_data[m_pos++];
            switch (c) {
            case '"':
                cp = '"';
                return true;
            case '\\':
                cp = '\\';
                return true;
            case '/':
                cp = '/';
                return true;
            case 'b':
                cp = '\b';
                return true;
            case 'f':
                cp = '\f';
                return true;
            case 'n':
                cp = '\n';
                return true;
            case 'r':
                cp = '\r';
                return true;
            case 't':
                cp = '\t';
                return true;
            case 'u':
                break;
            default:
                return fail(Text::tr("unknown escape \\%1").arg(QLatin1Char(c)));
            }
            if (!hex4(cp))
                return false;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return fail(Text::tr("a lone low surrogate"));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (m_size - m_pos < 2 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
                    return fail(Text::tr("a lone high surrogate"));
                m_pos += 2;
                if (!hex4(low))
                    return false;
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail(Text::tr("a lone high surrogate"));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            return true;
        }

        // One UTF-8 sequence, strictly: no overlong forms, no surrogates, nothing past U+10FFFF.
        bool utf8(char32_t &cp)
        {
            const auto byte = [this](qsizetype i) { return uchar(m_data[m_pos + i]); };
            const uchar lead = byte(0);
            int length = 0;
            char32_t minimum = 0;
            if (lead < 0x80) {
                cp = lead;
                ++m_pos;
                return true;
            }
            if ((lead & 0xE0) == 0xC0) {
                length = 2, cp = lead & 0x1F, minimum = 0x80;
            } else if ((lead & 0xF0) == 0xE0) {
                length = 3, cp = lead & 0x0F, minimum = 0x800;
            } else if ((lead & 0xF8) == 0xF0) {
                length = 4, cp = lead & 0x07, minimum = 0x10000;
            } else {
                return fail(Text::tr("invalid UTF-8"));
            }
            if (m_size - m_pos < length)
                return fail(Text::tr("invalid UTF-8"));
            for (int i = 1; i < length; ++i) {
                if ((byte(i) & 0xC0) != 0x80)
                    return fail(Text::tr("invalid UTF-8"));
                cp = (cp << 6) | (byte(i) & 0x3F);
            }
            if (cp < minimum || cp > 0x10FFFF)
                return fail(Text::tr("invalid UTF-8"));
            if (cp >= 0xD800 && cp <= 0xDFFF)
                return fail(Text::tr("a lone surrogate encoded in UTF-8"));
            m_pos += length;
            return true;
        }

        bool string(String &s)
        {
            ++m_pos; // opening quote
            s.canonical += '"';
            while (true) {
                if (atEnd())
                    return fail(Text::tr("the JSON ends inside a string"));
                const char c = peek();
                if (c == '"') {
                    ++m_pos;
                    s.canonical += '"';
                    return true;
                }
                if (uchar(c) < 0x20)
                    return fail(Text::tr("a control character must be escaped in a string"));
                char32_t cp = 0;
                if (c == '\\' ? !escape(cp) : !utf8(cp))
                    return false;
                appendUtf16(s.key, cp);
                appendEscaped(s.canonical, cp);
            }
        }

        bool number(QByteArray &out)
        {
            const qsizetype start = m_pos;
            const auto digits = [this] {
                const qsizetype from = m_pos;
                while (!atEnd() && peek() >= '0' && peek() <= '9')
                    ++m_pos;
                return m_pos - from;
            };
            if (peek() == '-')
                ++m_pos;
            if (peek() == '0') {
                ++m_pos;
            } else if (digits() == 0) {
                return fail(Text::tr("unexpected character"));
            }
            if (peek() == '.') {
                ++m_pos;
                if (digits() == 0)
                    return fail(Text::tr("a digit was expected after the decimal point"));
            }
            bool negativeExponent = false;
            if (peek() == 'e' || peek() == 'E') {
                ++m_pos;
                if (peek() == '+' || peek() == '-')
                    negativeExponent = m_data[m_pos++] == '-';
                if (digits() == 0)
                    return fail(Text::tr("a digit was expected in the exponent"));
            }
            double value = 0;
            const auto [end, error] = std::from_chars(m_data + start, m_data + m_pos, value);
            if (error == std::errc::result_out_of_range) {
                if (!negativeExponent)
                    return fail(Text::tr("the number is too large for a double"));
                value = 0; // too small: rounds to zero, as ECMAScript does
            } else if (error != std::errc() || end != m_data + m_pos) {
                return fail(Text::tr("malformed number"));
            }
            out += formatNumber(value);
            return true;
        }

        const char *m_data;
        qsizetype m_size;
        qsizetype m_pos = 0;
        int m_maxDepth;
        std::optional<Error> m_error;
    };

    void serializeString(QByteArray &out, const QString &text)
    {
        out += '"';
        const QList<uint> codePoints = text.toUcs4();
        for (uint cp : codePoints)
            appendEscaped(out, char32_t(cp));
        out += '"';
    }

    void serializeInto(QByteArray &out, const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            out += "null";
            return;
        case QJsonValue::Bool:
            out += value.toBool() ? "true" : "false";
            return;
        case QJsonValue::Double:
            out += formatNumber(value.toDouble());
            return;
        case QJsonValue::String:
            serializeString(out, value.toString());
            return;
        case QJsonValue::Array: {
            out += '[';
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (i > 0)
                    out += ',';
                serializeInto(out, array.at(i));
            }
            out += ']';
            return;
        }
        case QJsonValue::Object: {
            // Sorted here by UTF-16 code units, as RFC 8785 asks: QJsonObject keeps its keys
            // in another order (U+1F600, D83D DE00, comes after U+E000 there, before it here).
            const QJsonObject object = value.toObject();
            QStringList keys = object.keys();
            std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
                return std::u16string_view(reinterpret_cast<const char16_t *>(a.utf16()),
                                           size_t(a.size()))
                    < std::u16string_view(reinterpret_cast<const char16_t *>(b.utf16()),
                                          size_t(b.size()));
            });
            out += '{';
            bool first = true;
            for (const QString &key : std::as_const(keys)) {
                if (!first)
                    out += ',';
                first = false;
                serializeString(out, key);
                out += ':';
                serializeInto(out, object.value(key));
            }
            out += '}';
            return;
        }
        }
    }

} // namespace

QByteArray formatNumber(double value)
{
    if (value == 0)
        return QByteArrayLiteral("0"); // also -0
    // Shortest round-trip digits and decimal exponent, then laid out as ECMAScript's
    // Number::toString does (ECMA-262 §6.1.6.1.20).
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                                      std::chars_format::scientific);
    const std::string scientific(buffer, result.ptr);
    const size_t e = scientific.find('e');
    std::string digits = scientific.substr(0, e);
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int k = int(digits.size());
    const int n = std::stoi(scientific.substr(e + 1)) + 1; // value = 0.digits × 10^n

    std::string out = value < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, size_t(n)) + '.' + digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(size_t(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1)
            out += '.' + digits.substr(1);
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += std::to_string(std::abs(n - 1));
    }
    return QByteArray::fromStdString(out);
}

Result<QByteArray> canonicalize(const QByteArray &json, int maxDepth)
{
    return Parser(json, maxDepth).run();
}

QJsonDocument parseDocument(const QByteArray &json, QJsonParseError *error)
{
    // In valid JSON these bytes only occur inside strings, where the escape means the same.
    static const QByteArray mark = QByteArrayLiteral("\xEF\xBB\xBF");
    if (!json.contains(mark))
        return QJsonDocument::fromJson(json, error);
    QByteArray escaped = json;
    escaped.replace(mark, QByteArrayLiteral("\\ufeff"));
    return QJsonDocument::fromJson(escaped, error);
}

QByteArray serialize(const QJsonValue &value)
{
    QByteArray out;
    serializeInto(out, value);
    return out;
}

} // namespace jalon::CanonicalJson
