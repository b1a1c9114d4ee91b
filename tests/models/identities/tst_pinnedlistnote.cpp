// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinnedListNote.h"

#include <QTest>

// Why the pane's identity is not in the list: one row per situation, the first cause that applies.
class tst_PinnedListNote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explains_data();
    void explains();
};

void tst_PinnedListNote::explains_data()
{
    QTest::addColumn<PinnedListNote::Facts>("facts");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("problem");
    QTest::addColumn<bool>("askServer");

    PinnedListNote::Facts f;
    f.loaded = true;
    f.settled = false;
    f.quickFilter = QStringLiteral("ada");
    QTest::newRow("filter still computing")
        << f << "Not in the list while the filter is being applied…" << false << false;
    f.settled = true;
    QTest::newRow("quick filter") << f << "Not in the list: hidden by the filter “ada”." << true << false;
    f.stateFilter = QStringLiteral("Inactive");
    QTest::newRow("both filters") << f << "Not in the list: hidden by the state filter “Inactive” and the filter “ada”."
                                  << true << false;

    PinnedListNote::Facts g;
    g.loading = true;
    g.loadFailed = true;
    QTest::newRow("loading wins over a failure") << g << "Not in the list yet: the list is loading…" << false << false;
    g.loading = false;
    QTest::newRow("load failed") << g << "Not in the list: the list could not be loaded." << true << false;
    g.loadFailed = false;
    g.searching = true;
    g.searched = QStringLiteral("bob@example.org");
    QTest::newRow("search") << g << "Not in the list: not a result of the search “bob@example.org”." << true << false;
    g.searching = false;
    g.loadedCount = 250;
    QTest::newRow("not loaded yet") << g << "Not in the list: not among the 250 identities loaded so far." << true
                                    << false;
    g.complete = true;
    QTest::newRow("all loaded, not there") << g << "Not in the list any more: asking the server…" << false << true;
}

void tst_PinnedListNote::explains()
{
    QFETCH(PinnedListNote::Facts, facts);
    QFETCH(QString, text);
    QFETCH(bool, problem);
    QFETCH(bool, askServer);
    const PinnedListNote note = PinnedListNote::explain(facts);
    QCOMPARE(note.text, text);
    QCOMPARE(note.problem, problem);
    QCOMPARE(note.askServer, askServer);
}

QTEST_GUILESS_MAIN(tst_PinnedListNote)
#include "tst_pinnedlistnote.moc"
