// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonPatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QtTest>

namespace {

QJsonValue randomValue(QRandomGenerator &rng, int depth);

QJsonObject randomObject(QRandomGenerator &rng, int depth)
{
    static const QStringList keys{QStringLiteral("email"), QStringLiteral("name"),   QStringLiteral("first"),
                                  QStringLiteral("a/b"),   QStringLiteral("ti~lde"), QStringLiteral("roles"),
                                  QStringLiteral("x"),     QStringLiteral(""),       QStringLiteral("ünï")};
    QJsonObject o;
    const int n = int(rng.bounded(5));
    for (int i = 0; i < n; ++i)
        o.insert(keys.at(int(rng.bounded(int(keys.size())))), randomValue(rng, depth + 1));
    return o;
}

QJsonValue randomValue(QRandomGenerator &rng, int depth)
{
    const int kind = int(rng.bounded(depth > 2 ? 4 : 6));
    switch (kind) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return bool(rng.bounded(2));
    case 2:
        return int(rng.bounded(100));
    case 3:
        return QStringLiteral("v%1").arg(rng.bounded(5));
    case 4:
        return randomObject(rng, depth);
    default: {
        QJsonArray a;
        const int n = int(rng.bounded(4));
        for (int i = 0; i < n; ++i)
            a.append(randomValue(rng, depth + 1));
        return a;
    }
    }
}

// Small edits, so that most pairs share structure and the diff has something to find.
QJsonValue mutate(QRandomGenerator &rng, const QJsonValue &v, int depth)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QStringList keys = o.keys();
        for (const QString &k : keys) {
            const int roll = int(rng.bounded(10));
            if (roll == 0)
                o.remove(k);
            else if (roll < 4)
                o.insert(k, mutate(rng, o.value(k), depth + 1));
        }
        if (rng.bounded(3) == 0)
            o.insert(QStringLiteral("new%1").arg(rng.bounded(3)), randomValue(rng, depth + 1));
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        if (rng.bounded(3) == 0)
            a.append(randomValue(rng, depth + 1));
        else if (!a.isEmpty())
            a.replace(int(rng.bounded(int(a.size()))), mutate(rng, a.at(int(rng.bounded(int(a.size())))), depth + 1));
        return a;
    }
    return rng.bounded(2) ? randomValue(rng, depth) : v;
}

} // namespace

class tst_JsonPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalOperations()
    {
        const QJsonObject from{{QStringLiteral("email"), QStringLiteral("a@b.c")},
                               {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("A")}}},
                               {QStringLiteral("old"), 1}};
        const QJsonObject to{{QStringLiteral("email"), QStringLiteral("a@b.c")},
                             {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("B")}}},
                             {QStringLiteral("a/b"), true}};
        const JsonPatch patch = JsonPatch::diff(from, to, QStringLiteral("/traits"));
        QCOMPARE(patch.toJson(),
                 QJsonDocument::fromJson("[ {\"op\":\"remove\",\"path\":\"/traits/old\"}, "
                                         "{\"op\":\"add\",\"path\":\"/traits/a~1b\",\"value\":true}, "
                                         "{\"op\":\"replace\",\"path\":\"/traits/name/first\",\"value\":\"B\"}]")
                     .array());
        QVERIFY(JsonPatch::diff(from, from, QStringLiteral("/traits")).isEmpty());
        QCOMPARE(JsonPatch::diff(QJsonValue(QJsonValue::Null), QJsonObject{{QStringLiteral("k"), 1}},
                                 QStringLiteral("/metadata_public"))
                     .toJson(),
                 QJsonDocument::fromJson("[{\"op\":\"replace\",\"path\":\"/metadata_public\",\"value\":{\"k\":1}}]")
                     .array());
    }

    void allowedPaths()
    {
        QVERIFY(JsonPatch::isAllowedPath(QStringLiteral("/traits/email")));
        QVERIFY(JsonPatch::isAllowedPath(QStringLiteral("/metadata_admin/notes")));
        QVERIFY(JsonPatch::isAllowedPath(QStringLiteral("/state")));
        for (const char *denied : {"/id", "/ID", "/stateChangedAt", "/state_changed_at", "/credentials",
                                   "/credentials/password/config/hashed_password", "/credentials/oidc", "traits"})
            QVERIFY2(!JsonPatch::isAllowedPath(QString::fromLatin1(denied)), denied);
    }

    // Applying the diff to the old document gives the new one, as an independent RFC 6902
    // implementation (python3-jsonpatch) sees it, for many generated pairs.
    void diffAppliedByPythonJsonpatch()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import jsonpatch")});
        probe.waitForFinished();
        if (probe.exitCode() != 0)
            QSKIP("python3-jsonpatch is not installed (scripts/dev.sh test installs it)");

        QRandomGenerator rng(20261127);
        QByteArray cases;
        QList<QJsonValue> expected;
        int nonEmpty = 0;
        for (int i = 0; i < 1500; ++i) {
            const QJsonObject from{{QStringLiteral("traits"), randomObject(rng, 0)},
                                   {QStringLiteral("metadata_public"), randomValue(rng, 1)}};
            const QJsonObject to{
                {QStringLiteral("traits"), mutate(rng, from.value(QStringLiteral("traits")), 1)},
                {QStringLiteral("metadata_public"), mutate(rng, from.value(QStringLiteral("metadata_public")), 1)}};
            QJsonArray ops = JsonPatch::diff(from.value(QStringLiteral("traits")), to.value(QStringLiteral("traits")),
                                             QStringLiteral("/traits"))
                                 .toJson();
            for (const QJsonValue &op :
                 JsonPatch::diff(from.value(QStringLiteral("metadata_public")),
                                 to.value(QStringLiteral("metadata_public")), QStringLiteral("/metadata_public"))
                     .toJson())
                ops.append(op);
            for (const QJsonValue &op : std::as_const(ops))
                QVERIFY(JsonPatch::isAllowedPath(op.toObject().value(QStringLiteral("path")).toString()));
            nonEmpty += !ops.isEmpty();
            cases += QJsonDocument(QJsonObject{{QStringLiteral("doc"), from}, {QStringLiteral("patch"), ops}})
                         .toJson(QJsonDocument::Compact) +
                     '\n';
            expected.append(to);
        }
        QVERIFY2(nonEmpty > 600, qPrintable(QString::number(nonEmpty))); // most pairs really differ

        QProcess py;
        py.start(python, {QStringLiteral("-c"),
                          QStringLiteral("import sys, json, jsonpatch\n"
                                         "for line in sys.stdin:\n"
                                         "    c = json.loads(line)\n"
                                         "    print(json.dumps(jsonpatch.apply_patch(c['doc'], c['patch'])))\n")});
        QVERIFY(py.waitForStarted());
        py.write(cases);
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(120000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QList<QByteArray> results = py.readAllStandardOutput().split('\n');
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(QJsonDocument::fromJson(results.at(i)).object() == expected.at(i).toObject(),
                     qPrintable(QString::fromUtf8(cases.split('\n').at(i)) + QStringLiteral("\n got ") +
                                QString::fromUtf8(results.at(i))));
    }
};

QTEST_GUILESS_MAIN(tst_JsonPatch)
#include "tst_jsonpatch.moc"
