// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchBaselines.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

double BenchBaselines::runShell(const QString &script, const QStringList &args)
{
    QProcess bash;
    QElapsedTimer t;
    t.start();
    bash.start(QStringLiteral("bash"), QStringList{QStringLiteral("-c"), script, QStringLiteral("bench")} + args);
    bash.waitForFinished(-1);
    if (bash.exitCode() != 0)
        std::fprintf(stderr, "kratos-desk-bench: baseline failed: %s\n", bash.readAllStandardError().constData());
    return double(t.nsecsElapsed()) / 1e9;
}

double BenchBaselines::curlLoadAllSeconds(const QUrl &admin, int pageSize)
{
    return runShell(QStringLiteral("base=\"$1\"; url=\"$base/admin/identities?page_size=$2\"\n"
                                   "while [ -n \"$url\" ]; do\n"
                                   "  next=$(curl -s -o /dev/null -D - \"$url\" | tr -d '\\r' | grep -i "
                                   "'^link:' | grep -o '<[^>]*>; rel=\"next\"' | sed 's/^<//; s/>.*//')\n"
                                   "  url=${next:+$base$next}\n"
                                   "done\n"),
                    {admin.toString(), QString::number(pageSize)});
}

double BenchBaselines::curlBulkDeactivateSeconds(const QUrl &admin, const QStringList &ids)
{
    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("ids")));
    if (!list.open(QIODevice::WriteOnly))
        return 0;
    list.write(ids.join(QLatin1Char('\n')).toUtf8() + '\n');
    list.close();
    return runShell(QStringLiteral("xargs -P 6 -I{} curl -s -o /dev/null -X PATCH -H 'Content-Type: application/json' "
                                   "--data '[{\"op\":\"replace\",\"path\":\"/state\",\"value\":\"inactive\"}]' "
                                   "\"$1/admin/identities/{}\" < \"$2\""),
                    {admin.toString(), list.fileName()});
}

double BenchBaselines::startupMs()
{
    QList<double> runs;
    for (int i = 0; i < 3; ++i) {
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("KD_STARTUP_PROBE"), QStringLiteral("1"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer t;
        t.start();
        app.start(QStringLiteral(KD_APP_PATH), {QStringLiteral("--demo")});
        QByteArray err;
        double ms = -1;
        while (app.waitForReadyRead(30000) || app.state() == QProcess::Running) {
            err += app.readAll();
            if (err.contains("first paint")) {
                ms = double(t.nsecsElapsed()) / 1e6;
                break;
            }
            if (t.elapsed() > 30000)
                break;
        }
        app.kill();
        app.waitForFinished(5000);
        if (ms > 0)
            runs.append(ms);
    }
    std::sort(runs.begin(), runs.end());
    return runs.isEmpty() ? -1 : runs.at(runs.size() / 2);
}
