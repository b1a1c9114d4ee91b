// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChunkedBytes.h"
#include "IdentityCompressor.h"
#include "IdentityStore.h"
#include "JsonKeyOrder.h"
#include "RowPieces.h"
#include "SearchFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

QJsonObject identity(int i, const QString &email, const QString &state = QStringLiteral("active"))
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("schema_id"), QStringLiteral("default")},
        {QStringLiteral("state"), state},
        {QStringLiteral("created_at"), QStringLiteral("2025-01-0%1T10:00:00.000Z").arg(1 + i % 9)},
        {QStringLiteral("updated_at"), QStringLiteral("2025-02-01T10:00:00.000Z")},
        {QStringLiteral("traits"),
         QJsonObject{{QStringLiteral("email"), email},
                     {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("Ada")},
                                                          {QStringLiteral("last"), QStringLiteral("Lovelace")}}},
                     {QStringLiteral("tags"), QJsonArray{QStringLiteral("VIP"), 42}}}},
        {QStringLiteral("verifiable_addresses"),
         QJsonArray{QJsonObject{{QStringLiteral("value"), email}, {QStringLiteral("verified"), i % 2 == 0}}}},
        {QStringLiteral("metadata_public"), QJsonObject{{QStringLiteral("plan"), QStringLiteral("pro")}}},
    };
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// `count` identities as a server writes them, each with its own address.
QList<QByteArray> sampleDocuments(int count)
{
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i)
        out.append(compact(identity(i, QStringLiteral("user%1@example.com").arg(i))));
    return out;
}

} // namespace

class tst_IdentityStore : public QObject
{
    Q_OBJECT

private:
    // Whether `query` (line feeds read as spaces, as SearchFold makes them) is inside one of the
    // '\n'-separated values of `text`: what the store promises.
    static bool withinOneValue(const QByteArray &text, QByteArray query)
    {
        query.replace('\n', ' ');
        const QList<QByteArray> values = text.split('\n');
        return std::any_of(values.begin(), values.end(), [&](const QByteArray &v) { return v.contains(query); });
    }

private Q_SLOTS:
    void arrayElementsAreTheBytesAsWritten()
    {
        const QByteArray json = " [ {\"a\":\"x]}\\\"{\",\"b\":[1,{\"c\":[]}]} ,\n{\"d\":\"\\\\\"}, {} ] ";
        const QList<QByteArray> elements = IdentityStore::arrayElements(json);
        QCOMPARE(elements, (QList<QByteArray>{"{\"a\":\"x]}\\\"{\",\"b\":[1,{\"c\":[]}]}", "{\"d\":\"\\\\\"}", "{}"}));
        for (const QByteArray &e : elements)
            QVERIFY(QJsonDocument::fromJson(e).isObject());
        QVERIFY(IdentityStore::arrayElements("{\"not\":\"an array\"}").isEmpty());
        QVERIFY(IdentityStore::arrayElements("[1, 2]").isEmpty());
        QVERIFY(IdentityStore::arrayElements("[{\"cut\": ").isEmpty());
        QVERIFY(IdentityStore::arrayElements("[]").isEmpty());
        // Cut inside a string, after a backslash: the scanner stops at the end of the buffer.
        QVERIFY(IdentityStore::arrayElements("[{\"a\":\"x\\").isEmpty());
        QVERIFY(IdentityStore::arrayElements("[{\"a\":\"x").isEmpty());
        QVERIFY(JsonKeyOrder::scan("{\"a\\").isEmpty());
        QVERIFY(JsonKeyOrder::scan("{\"a\":\"\\").isEmpty());
    }

    void compressorRoundTripsWithAndWithoutDictionary()
    {
        const QList<QByteArray> documents = sampleDocuments(50);
        IdentityCompressor plain;
        IdentityCompressor trained;
        trained.train(documents.mid(0, 10));
        QVERIFY(trained.isTrained());
        const QList<QByteArray> small = trained.compress(documents);
        const QList<QByteArray> big = plain.compress(documents);
        QCOMPARE(small.size(), documents.size());
        qsizetype smallBytes = 0;
        qsizetype bigBytes = 0;
        for (int i = 0; i < documents.size(); ++i) {
            QCOMPARE(trained.decompress(small.at(i)), documents.at(i));
            QCOMPARE(plain.decompress(big.at(i)), documents.at(i));
            smallBytes += small.at(i).size();
            bigBytes += big.at(i).size();
        }
        QVERIFY2(smallBytes * 2 < bigBytes, qPrintable(QStringLiteral("%1 vs %2").arg(smallBytes).arg(bigBytes)));
        // Not something this compressor made: nothing, not garbage.
        QVERIFY(trained.decompress("not zstd at all").isEmpty());
        QVERIFY(trained.decompress(QByteArray()).isEmpty());
    }

    // Enough samples make a trained dictionary (zstd's, which starts with its magic number);
    // fewer make one of the samples' own last bytes. Either way every document comes back whole,
    // also through a copy of the compressor (copies share the dictionary).
    void compressorDictionaryFollowsTheSamples_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<bool>("trainedByZstd");
        QTest::newRow("none") << 0 << false;
        QTest::newRow("one") << 1 << false;
        QTest::newRow("just too few") << IdentityCompressor::TrainedFromSamples - 1 << false;
        QTest::newRow("enough") << IdentityCompressor::TrainedFromSamples << true;
        QTest::newRow("a first page") << 200 << true;
    }

    void compressorDictionaryFollowsTheSamples()
    {
        QFETCH(int, samples);
        QFETCH(bool, trainedByZstd);
        const QList<QByteArray> documents = sampleDocuments(240);
        IdentityCompressor compressor;
        compressor.train(documents.mid(0, samples));
        QCOMPARE(compressor.isTrained(), samples > 0);
        const QByteArray dictionary = compressor.dictionary();
        QCOMPARE(dictionary.startsWith(QByteArray::fromHex("37a430ec")), trainedByZstd);
        QVERIFY(dictionary.size() <= IdentityCompressor::DictionaryBytes);
        if (samples > 0 && !trainedByZstd) {
            QByteArray all;
            for (const QByteArray &d : documents.mid(0, samples))
                all += d;
            QCOMPARE(dictionary, all.right(IdentityCompressor::DictionaryBytes));
        }
        const QList<QByteArray> blobs = compressor.compress(documents);
        QCOMPARE(blobs.size(), documents.size());
        const IdentityCompressor copy = compressor;
        qsizetype blobBytes = 0;
        qsizetype documentBytes = 0;
        for (qsizetype i = 0; i < documents.size(); ++i) {
            QCOMPARE(compressor.decompress(blobs.at(i)), documents.at(i));
            QCOMPARE(copy.decompress(blobs.at(i)), documents.at(i));
            blobBytes += blobs.at(i).size();
            documentBytes += documents.at(i).size();
        }
        QVERIFY(blobBytes < documentBytes);
    }

    // What compress() never makes: nothing comes back, and nothing is allocated for a claim.
    void compressorRefusesWhatItDidNotMake_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("not zstd at all");
        QTest::newRow("the magic number alone") << QByteArray::fromHex("28b52ffd");
        // A frame header claiming 1 TiB of content, and no data.
        QTest::newRow("a huge claim") << QByteArray::fromHex("28b52ffde00000000000010000");
        QTest::newRow("cut short") << QByteArray();
        QTest::newRow("one byte changed") << QByteArray();
    }

    void compressorRefusesWhatItDidNotMake()
    {
        QFETCH(QByteArray, blob);
        const QList<QByteArray> documents = sampleDocuments(40);
        IdentityCompressor compressor;
        compressor.train(documents);
        const QByteArray made = compressor.compress({documents.at(7)}).first();
        if (QByteArray(QTest::currentDataTag()) == "cut short")
            blob = made.left(made.size() - 3);
        if (QByteArray(QTest::currentDataTag()) == "one byte changed") {
            blob = made;
            blob[blob.size() / 2] = char(blob.at(blob.size() / 2) ^ 0x5a);
        }
        const QByteArray back = compressor.decompress(blob);
        QVERIFY(back != documents.at(7));
        QVERIFY(back.isEmpty() || back.size() == documents.at(7).size());
    }

    void storeKeepsIdentitiesLosslessAndSearchable()
    {
        QList<QJsonObject> objects;
        QList<IdentityStore::Labels> labels;
        for (int i = 0; i < 20; ++i) {
            objects.append(identity(i, QStringLiteral("User%1@Example.com").arg(i),
                                    i == 3 ? QStringLiteral("inactive") : QStringLiteral("active")));
            labels.append({QStringLiteral("User%1@Example.com").arg(i), QStringLiteral("Ada Lovelace")});
        }
        IdentityCompressor compressor;
        QList<QByteArray> raw;
        for (const QJsonObject &o : objects)
            raw.append(compact(o));
        compressor.train(raw.mid(0, 5));
        IdentityStore store;
        store.setCompressor(std::make_shared<IdentityCompressor>(compressor));
        store.append(IdentityStore::prepare(objects, labels, compressor, raw));
        QCOMPARE(store.size(), 20);
        for (int row = 0; row < 20; ++row) {
            const auto back = store.identity(row);
            QVERIFY(back);
            QCOMPARE(back->json, objects.at(row));
            QCOMPARE(store.id(row), objects.at(row).value(QStringLiteral("id")).toString());
            QCOMPARE(store.identifier(row), labels.at(row).identifier);
            QCOMPARE(store.verified(row), row % 2 == 0);
        }
        QCOMPARE(store.state(3), Identity::State::Inactive);
        QCOMPARE(store.rowOf(store.id(7)), 7);
        QCOMPARE(store.createdMs(1), QDateTime(QDate(2025, 1, 2), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());

        // Case-insensitive substrings of any trait value (numbers too) or of the id.
        auto count = [&store](const QString &q) { return store.matches(q.toLower()).count(); };
        QCOMPARE(count(QStringLiteral("user1")), 11); // user1, user10..user19
        QCOMPARE(count(QStringLiteral("USER12@")), 1);
        QCOMPARE(count(QStringLiteral("vip")), 20);
        QCOMPARE(count(QStringLiteral("42")), 20);
        QCOMPARE(count(QStringLiteral("lovelace")), 20);
        QCOMPARE(count(QStringLiteral("000000000007")), 1);
        QCOMPARE(count(QStringLiteral("pro")), 0); // metadata is not a trait
        // Looked for only among an earlier query's matches, an extending query finds the same rows;
        // a flag list of another size (rows came or went) is not used.
        const RowBits users = store.matches(QStringLiteral("user1"));
        QCOMPARE(store.matches(QStringLiteral("user12"), &users), store.matches(QStringLiteral("user12")));
        const RowBits stale(3);
        QCOMPARE(store.matches(QStringLiteral("user1"), &stale), users);

        // A replaced row shows its new values; a removed one is gone.
        QJsonObject changed = objects.at(5);
        changed.insert(QStringLiteral("traits"), QJsonObject{{QStringLiteral("email"), QStringLiteral("new@x.io")}});
        store.replace(5,
                      IdentityStore::prepare({changed}, {{QStringLiteral("new@x.io"), QString()}}, compressor).first());
        QCOMPARE(store.identity(5)->traits.value(QStringLiteral("email")).toString(), QStringLiteral("new@x.io"));
        QCOMPARE(store.identifier(5), QStringLiteral("new@x.io"));
        QCOMPARE(count(QStringLiteral("new@x")), 1);
        store.remove(0);
        QCOMPARE(store.size(), 19);
        QCOMPARE(store.rowOf(objects.at(0).value(QStringLiteral("id")).toString()), -1);
        QCOMPARE(store.identity(4)->traits.value(QStringLiteral("email")).toString(), QStringLiteral("new@x.io"));
    }

    // A query is looked for in each row's id and trait values, never in its labels, and never
    // across two fields or two rows, also after rows were replaced or relabelled (their texts are
    // then no longer back to back with their neighbours').
    void searchLooksOnlyInIdsAndTraits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found"); // by any row
        QTest::newRow("one letter") << QStringLiteral("q") << true;
        QTest::newRow("two letters") << QStringLiteral("t7") << true;
        QTest::newRow("a row's id") << QStringLiteral("id1234") << true;
        QTest::newRow("id into the first trait") << QStringLiteral("4trait") << false;
        QTest::newRow("only in labels") << QStringLiteral("label") << false;
        QTest::newRow("name into id") << QStringLiteral("5id5") << false;
        QTest::newRow("end of one row into the next") << QStringLiteral("9label") << false;
        QTest::newRow("sixteen") << QStringLiteral("0123456789abcdef") << true;
        QTest::newRow("seventeen") << QStringLiteral("0123456789abcdefg") << true;
        QTest::newRow("long") << QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyz-long") << true;
        QTest::newRow("non-ASCII") << QStringLiteral("äöü") << true;
        QTest::newRow("nowhere") << QStringLiteral("zzz") << false;
    }
    void searchLooksOnlyInIdsAndTraits()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        const int rows = 3000;
        QList<QByteArray> ids;
        QList<QByteArray> traits;
        IdentityStore store;
        QList<IdentityStore::Entry> entries;
        for (int i = 0; i < rows; ++i) {
            IdentityStore::Entry e;
            e.blob = "{}";
            e.compressed = false;
            e.id = "id" + QByteArray::number(i);
            e.identifier = "label" + QByteArray::number(i);
            e.name = "named" + QByteArray::number(i);
            e.search = "trait" + QByteArray::number(i) + '\n' + (i % 13 == 0 ? "q\n" : "") +
                       (i % 17 == 0 ? "0123456789abcdefghijklmnopqrstuvwxyz-long\n" : "") +
                       (i % 19 == 0 ? QString(QStringLiteral("äöü\n")).toUtf8() : QByteArray());
            ids.append(e.id);
            traits.append(e.search);
            entries.append(e);
        }
        store.append(entries);
        // Some rows replaced, some relabelled: their texts move to the end of the buffer.
        for (int i = 5; i < rows; i += 101) {
            IdentityStore::Entry e = entries.at(i);
            e.search = "q\nreplaced" + QByteArray::number(i) + '\n';
            traits[i] = e.search;
            store.replace(i, e);
        }
        for (int i = 7; i < rows; i += 97)
            store.setLabels(i, {QStringLiteral("q-label"), QStringLiteral("q-name")}, {});

        const QByteArray needle = query.toUtf8();
        const RowBits matched = store.matches(query);
        QCOMPARE(matched.size(), rows);
        int hits = 0;
        for (int i = 0; i < rows; ++i) {
            const bool expected = ids.at(i).contains(needle) || traits.at(i).contains(needle);
            hits += expected;
            if (matched[i] != expected)
                QFAIL(qPrintable(QStringLiteral("row %1: matched %2").arg(i).arg(matched[i])));
            QCOMPARE(store.rowMatches(i, std::string_view(needle.constData(), size_t(needle.size()))), expected);
        }
        QCOMPARE(hits > 0, found);
    }

    // A long list is searched in pieces on two threads: the result is row for row what one pass
    // over every row finds, at the pieces' borders and on both sides of them, refined or not.
    void longListsAreSearchedInTwoHalves()
    {
        const int rows = int(RowPieces::ParallelRows) + 1001;
        IdentityStore store;
        QList<IdentityStore::Entry> entries;
        for (int i = 0; i < rows; ++i) {
            IdentityStore::Entry e;
            e.blob = "{}";
            e.compressed = false;
            e.id = QByteArray::number(i).rightJustified(12, '0');
            e.search = (i % 7 == 0 ? QByteArray("seven\n") : QByteArray()) + "user" + QByteArray::number(i) + '\n';
            entries.append(e);
        }
        store.append(entries);
        for (const QString &q : {QStringLiteral("seven"), QStringLiteral("user5"), QStringLiteral("user50999"),
                                 QStringLiteral("00000002550"), QStringLiteral("nobody")}) {
            const RowBits found = store.matches(q);
            QCOMPARE(found.size(), rows);
            for (int i = 0; i < rows; ++i) {
                const bool expected = (q == QLatin1String("seven") && i % 7 == 0) ||
                                      QString(QStringLiteral("user%1").arg(i)).contains(q) ||
                                      QString::number(i).rightJustified(12, QLatin1Char('0')).contains(q);
                if (found[i] != expected)
                    QFAIL(qPrintable(QStringLiteral("row %1 for \"%2\"").arg(i).arg(q)));
            }
        }
        // Refined by scanning the whole text (many rows kept), or row by row (few kept).
        const RowBits user5 = store.matches(QStringLiteral("user5"));
        QVERIFY(user5.count() > rows / IdentityStore::RefineRowByRow);
        QCOMPARE(store.matches(QStringLiteral("user51"), &user5), store.matches(QStringLiteral("user51")));
        const RowBits user5099 = store.matches(QStringLiteral("user5099"));
        QVERIFY(user5099.count() > 1 && user5099.count() < rows / IdentityStore::RefineRowByRow);
        const RowBits user50999 = store.matches(QStringLiteral("user50999"), &user5099);
        QCOMPARE(user50999.count(), 1);
        QCOMPARE(user50999, store.matches(QStringLiteral("user50999")));
        // An empty query keeps every row, or every row it refines.
        QCOMPARE(store.matches(QString(), &user5), user5);
        QCOMPARE(store.matches(QString()), RowBits(rows, true));

        // Rows are kept in chunks: a removal moves the later rows up across them, and a copy
        // taken before (a snapshot) keeps its own rows.
        const IdentityStore snapshot = store;
        store.remove(100);
        QCOMPARE(store.size(), rows - 1);
        QCOMPARE(store.id(100), QStringLiteral("000000000101"));
        QCOMPARE(store.id(40000), QStringLiteral("000000040001"));
        QCOMPARE(store.id(rows - 2), QString::number(rows - 1).rightJustified(12, QLatin1Char('0')));
        QCOMPARE(snapshot.size(), rows);
        QCOMPARE(snapshot.id(100), QStringLiteral("000000000100"));
        store.append({entries.at(7)});
        QCOMPARE(store.id(rows - 1), QStringLiteral("000000000007"));
        QCOMPARE(snapshot.id(rows - 1), QString::number(rows - 1).rightJustified(12, QLatin1Char('0')));
    }

    // Rows whose texts lie back to back are searched as one text; removals and replacements
    // break such runs. After each, a search finds row for row what a row-by-row look finds.
    // The rows' texts are long enough to fill more than one chunk of the buffer.
    void searchFollowsRemovalsAndReplacements_data()
    {
        QTest::addColumn<QList<int>>("replaced");
        QTest::addColumn<QList<int>>("removed"); // in this order, as rows are numbered then
        QTest::newRow("the first row") << QList<int>{} << QList<int>{0};
        QTest::newRow("the last row") << QList<int>{} << QList<int>{2999};
        QTest::newRow("rows in the middle") << QList<int>{} << QList<int>{1500, 1500, 10};
        QTest::newRow("a replaced row") << QList<int>{700} << QList<int>{700};
        QTest::newRow("the row after a replaced one") << QList<int>{700} << QList<int>{701};
        QTest::newRow("the row before a replaced one") << QList<int>{700} << QList<int>{699};
        QTest::newRow("replaced rows side by side, then one of them") << QList<int>{5, 6, 7} << QList<int>{6, 0};
        QTest::newRow("every row from the front") << QList<int>{3, 1000} << QList<int>(3000, 0);
        QTest::newRow("the last rows, one after another") << QList<int>{2998} << QList<int>{2999, 2998, 2997};
    }
    void searchFollowsRemovalsAndReplacements()
    {
        QFETCH(QList<int>, replaced);
        QFETCH(QList<int>, removed);
        IdentityStore store;
        QList<IdentityStore::Entry> entries;
        QList<QByteArray> texts; // what each row's search should see: id and traits
        for (int i = 0; i < 3000; ++i) {
            IdentityStore::Entry e;
            e.blob = "{}";
            e.compressed = false;
            e.id = "id" + QByteArray::number(i);
            e.search = "row" + QByteArray::number(i) + "\n" + QByteArray(500 + i % 37, i % 3 == 0 ? 'x' : 'y') + "\n";
            entries.append(e);
            texts.append(e.id + '\n' + e.search);
        }
        store.append(entries);
        for (const int row : replaced) {
            IdentityStore::Entry e = entries.at(row);
            e.search = "new" + QByteArray::number(row) + "\nx\n";
            store.replace(row, e);
            texts[row] = e.id + '\n' + e.search;
        }
        for (const int row : removed) {
            store.remove(row);
            texts.removeAt(row);
        }
        QCOMPARE(store.size(), int(texts.size()));
        for (const QByteArray &query : {QByteArray("x"), QByteArray("row1"), QByteArray("new"), QByteArray("9\nyy"),
                                        QByteArray("id29"), QByteArray("yx")}) {
            const RowBits found = store.matches(QString::fromUtf8(query));
            QCOMPARE(found.size(), int(texts.size()));
            for (int row = 0; row < texts.size(); ++row)
                if (found[row] != withinOneValue(texts.at(row), query))
                    QFAIL(qPrintable(
                        QStringLiteral("\"%1\", row %2: %3").arg(QString::fromUtf8(query)).arg(row).arg(found[row])));
        }
    }

    // External ids and organisations live apart from the rows (most identities have neither):
    // they follow the rows through replacements and removals, in the same table of changes as
    // the search.
    void sparseValuesFollowRemovalsAndReplacements_data() { searchFollowsRemovalsAndReplacements_data(); }
    void sparseValuesFollowRemovalsAndReplacements()
    {
        QFETCH(QList<int>, replaced);
        QFETCH(QList<int>, removed);
        IdentityStore store;
        QList<IdentityStore::Entry> entries;
        QStringList expected;
        QStringList organisations;
        for (int i = 0; i < 3000; ++i) {
            IdentityStore::Entry e;
            e.blob = "{}";
            e.compressed = false;
            e.id = "id" + QByteArray::number(i);
            e.externalId = i % 4 == 1 ? "crm-" + QByteArray::number(i) : QByteArray();
            e.organisationId = i % 5 == 0 ? QStringLiteral("org-%1").arg(i % 3) : QString();
            entries.append(e);
            expected.append(QString::fromUtf8(e.externalId));
            organisations.append(e.organisationId);
        }
        store.append(entries);
        for (const int row : replaced) {
            // One gains an id, one loses it, one changes it.
            IdentityStore::Entry e = entries.at(row);
            e.externalId = row % 2 == 0 ? "new-" + QByteArray::number(row) : QByteArray();
            e.organisationId = row % 2 == 0 ? QString() : QStringLiteral("org-new");
            store.replace(row, e);
            expected[row] = QString::fromUtf8(e.externalId);
            organisations[row] = e.organisationId;
        }
        for (const int row : removed) {
            store.remove(row);
            expected.removeAt(row);
            organisations.removeAt(row);
        }
        QCOMPARE(store.size(), int(expected.size()));
        for (int row = 0; row < store.size(); ++row) {
            if (store.organisationId(row) != organisations.at(row))
                QFAIL(qPrintable(QStringLiteral("row %1: organisation \"%2\", expected \"%3\"")
                                     .arg(row)
                                     .arg(store.organisationId(row), organisations.at(row))));
            if (store.externalId(row) != expected.at(row))
                QFAIL(qPrintable(QStringLiteral("row %1: \"%2\", expected \"%3\"")
                                     .arg(row)
                                     .arg(store.externalId(row), expected.at(row))));
        }
    }

    // prepare() reads external_id; the list's filter finds it as it finds the id.
    void externalIdIsReadAndSearchable()
    {
        IdentityCompressor compressor;
        QJsonObject with = identity(1, QStringLiteral("ann@example.com"));
        with.insert(QStringLiteral("external_id"), QStringLiteral("CRM-000417"));
        IdentityStore store;
        store.append(
            IdentityStore::prepare({identity(0, QStringLiteral("bob@example.com")), with}, {{}, {}}, compressor));
        QCOMPARE(store.externalId(0), QString());
        QCOMPARE(store.externalId(1), QStringLiteral("CRM-000417"));
        const RowBits found = store.matches(QString::fromUtf8(SearchFold::foldUtf8(QStringLiteral("crm-0004"))));
        QVERIFY(!found[0]);
        QVERIFY(found[1]);
    }

    // A row's text ends in '\0'; a '\0' inside a trait value is a space, in the rows and in a
    // query alike (SearchFold), so that it neither ends a row early nor finds nothing.
    void aNullInsideATraitEndsNoRow()
    {
        QList<IdentityStore::Entry> entries;
        for (const QString &value :
             {QStringLiteral("before"), QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")),
              QStringLiteral("after")}) {
            IdentityStore::Entry e;
            e.blob = "{}";
            e.compressed = false;
            e.id = "id" + QByteArray::number(entries.size());
            e.search = IdentityStore::searchText(QJsonObject{{QStringLiteral("v"), value}});
            entries.append(e);
        }
        IdentityStore store;
        store.append(entries);
        QCOMPARE(store.matches(QStringLiteral("after")), (RowBits{false, false, true}));
        QCOMPARE(store.matches(QStringLiteral("b")), (RowBits{true, true, false}));
        QCOMPARE(store.matches(SearchFold::fold(QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")))),
                 (RowBits{false, true, false}));
        QCOMPARE(store.matches(QStringLiteral("id2")), (RowBits{false, false, true}));
    }

    // Issue #32 §7: a search finds what is there, and only what is there. Each row is one
    // identity made as the server sends it (prepare()); the query goes through the same folding
    // as the window's filter.
    void searchFindsWhatIsThere_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QJsonObject>("traits");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        const QString uuid = QStringLiteral("0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d");
        const QString bio = QString(70000, QLatin1Char('b')); // past the old 64 KiB
        QTest::newRow("e-mail after a 70 KB bio")
            << uuid
            << QJsonObject{{QStringLiteral("bio"), bio}, {QStringLiteral("email"), QStringLiteral("needle@x.com")}}
            << QStringLiteral("needle") << true;
        QTest::newRow("e-mail after a 3 MB bio")
            << uuid
            << QJsonObject{{QStringLiteral("bio"), QString(3 << 20, QLatin1Char('b'))},
                           {QStringLiteral("email"), QStringLiteral("needle@x.com")}}
            << QStringLiteral("needle") << true;
        const QJsonObject annJoe{{QStringLiteral("email"), QStringLiteral("ann@x.com")},
                                 {QStringLiteral("name"), QStringLiteral("Joe")}};
        QTest::newRow("LF across two values") << uuid << annJoe << QStringLiteral("com\njo") << false;
        QTest::newRow("NUL across two values")
            << uuid << annJoe << QString(QStringLiteral("com") + QChar(0) + QStringLiteral("jo")) << false;
        QTest::newRow("LF across the id and a value") << uuid << annJoe << QStringLiteral("3c4d\nann") << false;
        QTest::newRow("LF inside one value")
            << uuid << QJsonObject{{QStringLiteral("address"), QStringLiteral("Main St 1\nBerlin")}}
            << QStringLiteral("1\nber") << true;
        QTest::newRow("id in capitals, query in lower case")
            << QStringLiteral("0B1C2D3E-4F50-4A6B-8C7D-9E0F1A2B3C4D") << annJoe << QStringLiteral("0b1c2d3e") << true;
        QTest::newRow("id in capitals, query in capitals")
            << QStringLiteral("0B1C2D3E-4F50-4A6B-8C7D-9E0F1A2B3C4D") << annJoe << QStringLiteral("9E0F1A") << true;
        QTest::newRow("id in lower case, query in capitals") << uuid << annJoe << QStringLiteral("9E0F1A") << true;
        const auto city = [](const QString &v) { return QJsonObject{{QStringLiteral("city"), v}}; };
        QTest::newRow("istanbul / İSTANBUL")
            << uuid << city(QStringLiteral("İSTANBUL")) << QStringLiteral("istanbul") << true;
        QTest::newRow("İstanbul / istanbul")
            << uuid << city(QStringLiteral("istanbul")) << QStringLiteral("İstanbul") << true;
        QTest::newRow("STRASSE / Straße")
            << uuid << city(QStringLiteral("Hauptstraße")) << QStringLiteral("STRASSE") << true;
        QTest::newRow("straße / STRASSE")
            << uuid << city(QStringLiteral("HAUPTSTRASSE")) << QStringLiteral("straße") << true;
        QTest::newRow("ẞ / ss") << uuid << city(QStringLiteral("GROẞ")) << QStringLiteral("gross") << true;
        QTest::newRow("οδος / ΟΔΟΣ") << uuid << city(QStringLiteral("ΟΔΟΣ")) << QStringLiteral("οδος") << true;
        QTest::newRow("ΟΔΟΣ / οδος") << uuid << city(QStringLiteral("οδος")) << QStringLiteral("ΟΔΟΣ") << true;
        QTest::newRow("fine / ﬁne") << uuid << city(QStringLiteral("ﬁne")) << QStringLiteral("fine") << true;
        QTest::newRow("ǅ / Ǆ (U+01C4)") << uuid << city(QStringLiteral("\u01C5emal")) << QStringLiteral("\u01C4EMAL")
                                        << true;
        QTest::newRow("no false friend") << uuid << city(QStringLiteral("Straße")) << QStringLiteral("strasze")
                                         << false;
        QTest::newRow("ı is not i") << uuid << city(QStringLiteral("ılık")) << QStringLiteral("ilik") << false;
    }
    void searchFindsWhatIsThere()
    {
        QFETCH(QString, id);
        QFETCH(QJsonObject, traits);
        QFETCH(QString, query);
        QFETCH(bool, found);
        const QJsonObject identity{{QStringLiteral("id"), id},
                                   {QStringLiteral("schema_id"), QStringLiteral("default")},
                                   {QStringLiteral("traits"), traits}};
        IdentityCompressor compressor;
        IdentityStore store;
        // One other row before it, so that a match cannot lean on a row's start.
        const QJsonObject other{{QStringLiteral("id"), QStringLiteral("other")},
                                {QStringLiteral("traits"), QJsonObject{{QStringLiteral("x"), QStringLiteral("y")}}}};
        store.append(IdentityStore::prepare({other, identity}, {{}, {}}, compressor));
        const QString folded = SearchFold::fold(query);
        QCOMPARE(store.matches(folded), (RowBits{false, found}));
        QCOMPARE(store.rowMatches(1, std::string_view(folded.toUtf8().constData(), size_t(folded.toUtf8().size()))),
                 found);
        QCOMPARE(store.id(1), id); // kept as written
    }

    // An identifier that is one of the trait values as written (the e-mail address, mostly) is
    // read from the searchable text instead of being kept a second time; any other is kept as
    // given. Either way it reads back as given, also after the row is relabelled.
    void identifierIsKeptOnce_data()
    {
        QTest::addColumn<QByteArray>("identifier");
        QTest::addColumn<bool>("once");
        QTest::newRow("the e-mail trait") << QByteArray("ada@example.com") << true;
        QTest::newRow("the last trait value") << QByteArray("lovelace") << true;
        QTest::newRow("part of a value") << QByteArray("example") << true;
        QTest::newRow("upper case, the traits lower") << QByteArray("Ada@Example.com") << false;
        QTest::newRow("no trait") << QByteArray("someone-else") << false;
        QTest::newRow("only in the id") << QByteArray("id-7") << false;
        QTest::newRow("across the last row end") << QByteArray("lovelace\n") << false;
        QTest::newRow("none") << QByteArray() << false;
    }
    void identifierIsKeptOnce()
    {
        QFETCH(QByteArray, identifier);
        QFETCH(bool, once);
        const auto entry = [](const QByteArray &label) {
            IdentityStore::Entry e;
            e.blob = "{}";
            e.compressed = false;
            e.id = "id-7";
            e.identifier = label;
            e.name = "Ada Lovelace";
            e.search = "ada@example.com\nada\nlovelace\n";
            return e;
        };
        IdentityStore bare;
        bare.append({entry(QByteArray())});
        IdentityStore store;
        store.append({entry(identifier)});
        QCOMPARE(store.identifier(0), QString::fromUtf8(identifier));
        QCOMPARE(store.name(0), QStringLiteral("Ada Lovelace"));
        QCOMPARE(store.bufferBytes() - bare.bufferBytes(), once ? 0 : identifier.size());
        QCOMPARE(store.matches(QStringLiteral("someone")), RowBits{false}); // labels are never searched

        // Relabelled: to a trait value, then to something else, then back.
        store.setLabels(0, {QStringLiteral("ada"), QStringLiteral("A. L.")}, {});
        QCOMPARE(store.identifier(0), QStringLiteral("ada"));
        QCOMPARE(store.name(0), QStringLiteral("A. L."));
        store.setLabels(0, {QStringLiteral("Countess"), QStringLiteral("Ada")}, {});
        QCOMPARE(store.identifier(0), QStringLiteral("Countess"));
        QCOMPARE(store.name(0), QStringLiteral("Ada"));
        store.setLabels(0, {QString::fromUtf8(identifier), QString()}, {});
        QCOMPARE(store.identifier(0), QString::fromUtf8(identifier));
        QCOMPARE(store.name(0), QString());
        QCOMPARE(store.id(0), QStringLiteral("id-7"));
    }

    // Appending never moves stored bytes: pieces land back to back in a chunk, a piece longer
    // than a chunk gets its own, and a copy keeps what it saw.
    void chunkedBytesKeepWhatWasAppended()
    {
        ChunkedBytes bytes;
        const ChunkedBytes::Ref a = bytes.append({"ab", "cd"});
        const QByteArray big(ChunkedBytes::ChunkBytes + 10, 'x');
        const ChunkedBytes::Ref b = bytes.append({big});
        const ChunkedBytes::Ref c = bytes.append({"tail"});
        QCOMPARE(bytes.view(a, 4), QByteArrayView("abcd"));
        QCOMPARE(bytes.view(b, big.size()), QByteArrayView(big));
        QCOMPARE(bytes.view(c, 4), QByteArrayView("tail"));
        QVERIFY(b.chunk != a.chunk && c.chunk != b.chunk);
        QCOMPARE(bytes.bytes(), 8 + big.size());
        const ChunkedBytes copy = bytes;
        const ChunkedBytes::Ref d = bytes.append({"more"});
        QCOMPARE(bytes.view(d, 4), QByteArrayView("more"));
        QCOMPARE(copy.view(c, 4), QByteArrayView("tail"));
        QCOMPARE(copy.bytes(), 8 + big.size());
        bytes.clear();
        QCOMPARE(bytes.bytes(), 0);
    }

    void credentialsAreNeverStored()
    {
        QJsonObject withCredentials = identity(1, QStringLiteral("a@b.c"));
        withCredentials.insert(
            QStringLiteral("credentials"),
            QJsonObject{{QStringLiteral("password"),
                         QJsonObject{{QStringLiteral("config"), QJsonObject{{QStringLiteral("hashed_password"),
                                                                             QStringLiteral("$argon2id$secret")}}}}}});
        const QByteArray rawWithSecret = compact(withCredentials);
        IdentityCompressor compressor;
        IdentityStore store;
        store.append(IdentityStore::prepare({withCredentials}, {{}}, compressor, {rawWithSecret}));
        QVERIFY(!store.identity(0)->json.contains(QStringLiteral("credentials")));
        QVERIFY(
            !compressor
                 .decompress(IdentityStore::prepare({withCredentials}, {{}}, compressor, {rawWithSecret}).first().blob)
                 .contains("argon2id"));
    }
};

QTEST_GUILESS_MAIN(tst_IdentityStore)
#include "tst_identitystore.moc"
