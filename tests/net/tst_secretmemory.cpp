// SPDX-License-Identifier: GPL-3.0-or-later
#include "Await.h"
#include "FreedMemoryWipe.h"
#include "IdentityListQuery.h"
#include "JsonPatch.h"
#include "KratosClient.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QtTest>

#include <sys/mman.h>
#include <sys/uio.h>

#include <string>

using namespace TestSupport;

#if defined(__SANITIZE_ADDRESS__)
#define KD_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KD_ASAN 1
#endif
#endif

namespace {

// Counts copies of a secret in this process's readable memory, in UTF-8 and in UTF-16 (QString),
// leaving out the buffers the scan itself keeps the secret in.
class MemoryScan
{
public:
    explicit MemoryScan(std::string &&secret)
        : m_utf8(std::move(secret))
    {
        for (char c : m_utf8) {
            m_utf16.push_back(c);
            m_utf16.push_back('\0');
        }
        m_buffer = static_cast<char *>(
            mmap(nullptr, kChunk + kOverlap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    }
    ~MemoryScan() { munmap(m_buffer, kChunk + kOverlap); }
    QString secret() const { return QString::fromStdString(m_utf8); }

    int count() const
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            return -1;
        int hits = 0;
        const QList<QByteArray> lines = maps.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 2 || !fields.at(1).startsWith('r'))
                continue;
            if (line.contains("[vvar]") || line.contains("[vsyscall]"))
                continue;
            const QList<QByteArray> range = fields.at(0).split('-');
            const quintptr from = range.value(0).toULongLong(nullptr, 16);
            const quintptr to = range.value(1).toULongLong(nullptr, 16);
            if (from == quintptr(m_buffer))
                continue; // the scan's own window
            const int found = scanRange(from, to);
            if (found && qEnvironmentVariableIsSet("KD_SCAN_DEBUG"))
                qInfo() << "region" << line;
            hits += found;
        }
        return hits;
    }

private:
    static constexpr size_t kChunk = 1 << 20;
    static constexpr size_t kOverlap = 256;

    int scanRange(quintptr from, quintptr to) const
    {
        int hits = 0;
        for (quintptr at = from; at < to; at += kChunk) {
            const size_t length = std::min<size_t>(kChunk + kOverlap, to - at);
            // process_vm_readv on our own process: a page unmapped meanwhile is an error, not a crash.
            iovec local{m_buffer, length};
            iovec remote{reinterpret_cast<void *>(at), length};
            const ssize_t read = process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
            if (read <= 0)
                continue;
            const std::string_view window(m_buffer, size_t(read));
            for (const std::string *needle : {&m_utf8, &m_utf16}) {
                for (size_t pos = window.find(*needle); pos != std::string_view::npos;
                     pos = window.find(*needle, pos + 1)) {
                    const quintptr address = at + pos;
                    if (pos >= kChunk)
                        break; // counted with the next chunk
                    if (address == quintptr(needle->data()))
                        continue; // the scan's own needle
                    ++hits;
                    if (qEnvironmentVariableIsSet("KD_SCAN_DEBUG")) {
                        const size_t start = pos > 96 ? pos - 96 : 0;
                        qInfo() << "hit at" << Qt::hex << address << (needle == &m_utf8 ? "utf8" : "utf16")
                                << QByteArray(m_buffer + start, int(pos - start + 20)).toHex(' ');
                    }
                }
            }
        }
        return hits;
    }

    std::string m_utf8;
    std::string m_utf16;
    char *m_buffer = nullptr;
};

std::string randomSecret()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string s = "ory_pat_";
    for (int i = 0; i < 40; ++i)
        s.push_back(alphabet[QRandomGenerator::global()->bounded(36)]);
    return s;
}

} // namespace

// A token loaded for a profile leaves no copy in the process's memory once the profile is closed:
// KratosClient wipes its own copy, drops kept-alive connections, and freed blocks are overwritten
// (FreedMemoryWipe). The scan first proves it finds the token while the profile is open.
class tst_SecretMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenIsGoneAfterClose()
    {
#ifdef KD_ASAN
        QSKIP("AddressSanitizer's allocator does not take glibc's M_PERTURB; the gcc build runs this test");
#endif
        const MemoryScan scan(randomSecret()); // the only holder of the secret besides the client
        QCOMPARE(scan.count(), 0);

        {
            SimOptions options;
            options.identities = 20;
            options.messages = 0;
            auto sim = startSimulator(options);
            QNetworkAccessManager nam;
            KratosClient client(&nam);
            {
                ConnectionSettings settings;
                settings.adminUrl = sim->adminUrl();
                settings.token = scan.secret();
                client.setConnection(settings);
                settings.clearToken();
            }
            QVERIFY(FreedMemoryWipe::engaged());
            QObject context;
            Await<Page<Identity>> list;
            client.listIdentities(IdentityListQuery(), &context, list.callback());
            QVERIFY(list.wait() && list.result().ok());
            const QString id = list.value().items.first().id;
            Await<Identity> one;
            client.getIdentity(id, {}, &context, one.callback());
            QVERIFY(one.wait() && one.result().ok());
            Await<Identity> patched;
            client.patchIdentity(id, JsonPatch().replace(QStringLiteral("/state"), QStringLiteral("inactive")),
                                 &context, patched.callback());
            QVERIFY(patched.wait() && patched.result().ok());

            const int whileOpen = scan.count();
            qInfo("copies of the token while the profile is open: %d", whileOpen);
            QVERIFY2(whileOpen > 0, "the scan must find the token while it is in use");

            client.closeConnection();
            sim->clearRequests(); // the simulator records Authorization headers
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            spin(100);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        spin(400); // the scrub closeConnection() scheduled
        const int afterClose = scan.count();
        qInfo("copies of the token after the profile was closed: %d", afterClose);
        QCOMPARE(afterClose, 0);
    }
};

QTEST_GUILESS_MAIN(tst_SecretMemory)
#include "tst_secretmemory.moc"
