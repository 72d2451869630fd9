// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace jalon {

namespace {

    Error fileError(const QString &path, const QString &what)
    {
        return { path,
                 {},
                 QCoreApplication::translate("AtomicFile", "%1: %2")
                     .arg(what, QString::fromLocal8Bit(std::strerror(errno))),
                 {} };
    }

    bool writeAll(int fd, const QByteArray &contents)
    {
        const char *data = contents.constData();
        qsizetype left = contents.size();
        while (left > 0) {
            const ssize_t written = ::write(fd, data, std::size_t(left));
            if (written < 0 && errno == EINTR)
                continue;
            if (written <= 0)
                return false;
            data += written;
            left -= written;
        }
        return true;
    }

} // namespace

Result<void> writeFileAtomically(const QString &path, const QByteArray &contents)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".tmp";
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return std::unexpected(fileError(
            path, QCoreApplication::translate("AtomicFile", "cannot create the temporary file")));
    if (!writeAll(fd, contents) || ::fsync(fd) != 0) {
        const Error error
            = fileError(path, QCoreApplication::translate("AtomicFile", "cannot write the file"));
        ::close(fd);
        ::unlink(temporary.constData());
        return std::unexpected(error);
    }
    ::close(fd);
    if (::rename(temporary.constData(), target.constData()) != 0) {
        const Error error
            = fileError(path, QCoreApplication::translate("AtomicFile", "cannot replace the file"));
        ::unlink(temporary.constData());
        return std::unexpected(error);
    }
    // The rename itself must reach the disk, or a power cut could bring the old file back.
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

} // namespace jalon
