// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace jalon::test {

/// jalon-server as a child process: admin commands, and `serve` on a free port.
class Server
{
public:
    /// `database`: a PostgreSQL address, or empty for the embedded SQLite store.
    Server(const QString &program, const QString &dataDir, const QString &database = {})
        : m_program(program)
        , m_dataDir(dataDir)
        , m_database(database)
    {
    }
    ~Server() { kill(); }

    QString admin(const QStringList &arguments)
    {
        QProcess process;
        runAdmin(process, arguments);
        if (process.exitCode() != 0)
            qWarning("jalon-server %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // What an admin command that must fail says on stderr (empty if it succeeded).
    QString adminRefusal(const QStringList &arguments)
    {
        QProcess process;
        runAdmin(process, arguments);
        return process.exitCode() != 0 ? QString::fromUtf8(process.readAllStandardError())
                                       : QString();
    }

    // A new user; returns {id, enrollment code}.
    std::pair<QString, QString> addUser(const QString &name, const QString &role)
    {
        const QString output
            = admin({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), name,
                      QStringLiteral("--role"), role });
        const auto id
            = QRegularExpression(QStringLiteral("(u-[0-9a-z]+)")).match(output).captured(1);
        const auto code = QRegularExpression(QStringLiteral("([0-9A-Z]{4}(-[0-9A-Z]{4}){5})"))
                              .match(output)
                              .captured(1);
        return { id, code };
    }

    /// `extra`: more `serve` options (witnesses).
    bool start(const QStringList &extra = {})
    {
        // JALON_SERVER_LOG=1 shows the server's own messages while a test or benchmark runs.
        m_process.setProcessChannelMode(qEnvironmentVariableIsSet("JALON_SERVER_LOG")
                                            ? QProcess::ForwardedErrorChannel
                                            : QProcess::SeparateChannels);
        m_log.clear();
        m_process.start(m_program,
                        QStringList { QStringLiteral("serve"), QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:%1").arg(m_port) }
                            + storeArguments() + extra);
        if (!m_process.waitForReadyRead(10000))
            return false;
        const auto port = QRegularExpression(QStringLiteral(":(\\d+)"))
                              .match(QString::fromUtf8(m_process.readAllStandardOutput()));
        m_port = port.captured(1).toUShort();
        return m_port != 0;
    }

    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    /// What the running server wrote on stderr so far (its jalon.server and jalon.http log).
    QByteArray log()
    {
        m_log += m_process.readAllStandardError();
        return m_log;
    }

    QString database() const { return m_database; }
    QString dataDir() const { return m_dataDir; }
    /// The log's verifier key, as `info` prints it.
    QString logKey()
    {
        return QRegularExpression(QStringLiteral("log key[^:]*: (\\S+)"))
            .match(admin({ QStringLiteral("info") }))
            .captured(1);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }

private:
    void runAdmin(QProcess &process, const QStringList &arguments)
    {
        // The store first: after "--" (before an id or key that starts with "-"), every
        // word is positional.
        process.start(m_program, storeArguments() + arguments);
        process.waitForFinished(30000);
    }

    QStringList storeArguments() const
    {
        QStringList arguments { QStringLiteral("--data"), m_dataDir };
        if (!m_database.isEmpty())
            arguments << QStringLiteral("--database") << m_database;
        return arguments;
    }

    QString m_program;
    QString m_dataDir;
    QString m_database;
    QProcess m_process;
    QByteArray m_log;
    quint16 m_port = 0; // kept across restarts: clients know the server by its address
};

/// `jalon-server witness` as a child process, on a free port kept across restarts.
class WitnessProcess
{
public:
    WitnessProcess(const QString &program, const QString &dataDir, const QString &logKey)
        : m_program(program)
        , m_dataDir(dataDir)
        , m_logKey(logKey)
    {
    }
    ~WitnessProcess() { stop(); }

    bool start()
    {
        m_process.start(m_program,
                        { QStringLiteral("witness"), QStringLiteral("--data"), m_dataDir,
                          QStringLiteral("--log-key"), m_logKey, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(m_port) });
        QByteArray output;
        while (!output.contains("listening") && m_process.waitForReadyRead(10000))
            output += m_process.readAllStandardOutput();
        m_key = QRegularExpression(QStringLiteral("witness key: (\\S+)"))
                    .match(QString::fromUtf8(output))
                    .captured(1);
        m_port = QRegularExpression(QStringLiteral("127.0.0.1:(\\d+)"))
                     .match(QString::fromUtf8(output))
                     .captured(1)
                     .toUShort();
        return m_port != 0 && !m_key.isEmpty();
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QString key() const { return m_key; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }
    /// The `--witness` option of `serve` that names it.
    QStringList serveOption() const
    {
        return { QStringLiteral("--witness"), url().toString() + QLatin1Char('=') + m_key };
    }

private:
    QString m_program;
    QString m_dataDir;
    QString m_logKey;
    QProcess m_process;
    QString m_key;
    quint16 m_port = 0;
};

} // namespace jalon::test
