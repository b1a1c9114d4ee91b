// SPDX-License-Identifier: GPL-3.0-or-later
// `kratos-desk identities export` streams: exporting 100,000 identities takes at most 1.2 times the
// peak memory of exporting 10,000 (the process's VmHWM, read while it runs), in every format.
#include "CliProcess.h"
#include "IdentityExporter.h"

#include <QtTest>

using TestSupport::Cli;
using TestSupport::CliRun;
using TestSupport::SimProcess;

class TestCommandLineExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimProcess> m_small;
    std::unique_ptr<SimProcess> m_large;

    CliRun exportFrom(const SimProcess &sim, const QString &format, const QString &file, const Cli &cli) const
    {
        return cli.run({QStringLiteral("identities"), QStringLiteral("export"), QStringLiteral("--output"), format,
                        QStringLiteral("--admin-url"), sim.adminUrl(), QStringLiteral("--public-url"), sim.publicUrl()},
                       {}, {}, true, file);
    }
    static qsizetype lines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        qsizetype count = 0;
        while (!file.atEnd()) {
            file.readLine();
            ++count;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_small = std::make_unique<SimProcess>(QStringList{QStringLiteral("--identities"), QStringLiteral("10000"),
                                                           QStringLiteral("--messages"), QStringLiteral("0")});
        m_large = std::make_unique<SimProcess>(QStringList{QStringLiteral("--identities"), QStringLiteral("100000"),
                                                           QStringLiteral("--messages"), QStringLiteral("0")});
    }

    void boundedMemory_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("extraLines"); // a header, or the array's brackets
        QTest::newRow("jsonl") << QStringLiteral("jsonl") << 0;
        QTest::newRow("csv") << QStringLiteral("csv") << 1;
        QTest::newRow("kratos-import") << QStringLiteral("kratos-import") << 2;
    }
    void boundedMemory()
    {
        QFETCH(QString, format);
        QFETCH(int, extraLines);
        Cli cli;
        const QString smallFile = cli.home() + QStringLiteral("/small.out");
        const QString largeFile = cli.home() + QStringLiteral("/large.out");
        const CliRun small = exportFrom(*m_small, format, smallFile, cli);
        QCOMPARE(small.exitCode, 0);
        QCOMPARE(lines(smallFile), 10000 + extraLines);
        const CliRun large = exportFrom(*m_large, format, largeFile, cli);
        QCOMPARE(large.exitCode, 0);
        QCOMPARE(lines(largeFile), 100000 + extraLines);
        QVERIFY(small.peakRssKb > 0);
        qInfo("%s: peak %lld kB at 10,000, %lld kB at 100,000 (%.2fx)", qPrintable(format), small.peakRssKb,
              large.peakRssKb, double(large.peakRssKb) / double(small.peakRssKb));
        QVERIFY2(double(large.peakRssKb) <= 1.2 * double(small.peakRssKb),
                 qPrintable(QStringLiteral("%1 kB vs %2 kB").arg(large.peakRssKb).arg(small.peakRssKb)));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineExport)
#include "tst_commandlineexport.moc"
