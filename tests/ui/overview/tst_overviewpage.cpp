// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllSessionsModel.h"
#include "AppHarness.h"
#include "ChartCard.h"
#include "CourierMessageModel.h"
#include "CourierPage.h"
#include "CsvPoison.h"
#include "IdentitiesPage.h"
#include "IdentityExporter.h"
#include "KratosSimulator.h"
#include "MainWindow.h"
#include "OverviewLoader.h"
#include "OverviewPage.h"
#include "Prompt.h"
#include "SessionsPage.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace TestSupport;

namespace {

// Clicks bar `index` of a card's chart where it is drawn.
void clickBar(ChartCard *card, int index)
{
    QChart *chart = card->chart();
    auto *series = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(series);
    const qreal value = series->barSets().first()->at(index);
    const QPointF inChart = chart->mapToPosition(QPointF(index, value / 2), series);
    auto *view = card->findChild<QChartView *>();
    const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

class tst_OverviewPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<AppHarness> m_app;
    std::unique_ptr<MainWindow> m_window;

    OverviewPage *page() const { return m_window->overviewPage(); }
    bool courierCounted() const
    {
        const CourierFigures &c = page()->loader()->courier();
        return c.counts.value(QStringLiteral("queued")).known && c.counts.value(QStringLiteral("processing")).known &&
               c.counts.value(QStringLiteral("abandoned")).known;
    }
    int simCount(const QString &status) const
    {
        int n = 0;
        for (const SimMessage &m : m_sim->store().messages())
            n += m.json.value(QStringLiteral("status")).toString() == status ? 1 : 0;
        return n;
    }
    void open(const SimOptions &options = {})
    {
        SimOptions o = options;
        if (o.identities == SimOptions().identities)
            o.identities = 300;
        m_sim = startSimulator(o);
        m_app = std::make_unique<AppHarness>();
        const ConnectionProfile p = m_app->saveProfile(m_sim->adminUrl());
        m_window = std::make_unique<MainWindow>(m_app->context());
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openProfile(p.id);
        QTRY_COMPARE(child<QStackedWidget>(m_window.get(), "pages")->currentIndex(), int(MainWindow::OverviewArea));
    }
    bool compute()
    {
        QTest::mouseClick(child<QPushButton>(page(), "overviewCompute"), Qt::LeftButton);
        return QTest::qWaitFor([this]() { return page()->loader()->hasIdentityFigures(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }
    void cleanup()
    {
        m_window.reset();
        m_app.reset();
        m_sim.reset();
    }

    void serverAndCourierFigures()
    {
        open();
        QTRY_VERIFY_WITH_TIMEOUT(courierCounted(), 15000);
        QTRY_VERIFY(child<QLabel>(page(), "overviewReady")->text() == QLatin1String("yes"));
        QCOMPARE(child<QLabel>(page(), "overviewVersion")->text(), QStringLiteral("v26.2.0"));
        QVERIFY(child<QLabel>(page(), "overviewAlive")->text().contains(QLatin1String("ms round trip")));
        QCOMPARE(child<QLabel>(page(), "overviewAdminUrl")->text(), m_sim->adminUrl().toDisplayString());
        QCOMPARE(child<QLabel>(page(), "overviewEnvironment")->text(), QStringLiteral("development"));
        for (const char *status : {"queued", "processing", "abandoned"}) {
            auto *button =
                page()->findChild<QPushButton *>(QStringLiteral("overviewCourier_%1").arg(QLatin1String(status)));
            QVERIFY(button->text().startsWith(QString::number(simCount(QLatin1String(status))) + QLatin1Char('\n')));
        }
        QTRY_VERIFY(!page()->findChildren<QToolButton *>(QStringLiteral("overviewAbandoned")).isEmpty());
        // Each says what went wrong in words, once its dispatches are read.
        QTRY_VERIFY(!page()
                         ->findChildren<QLabel *>(QStringLiteral("overviewAbandonedText"))
                         .first()
                         ->text()
                         .contains(QLatin1String("reading the error")));
        const CourierFigures::Abandoned first = page()->loader()->courier().latestAbandoned.first();
        QVERIFY(page()
                    ->findChildren<QLabel *>(QStringLiteral("overviewAbandonedText"))
                    .first()
                    ->text()
                    .contains(first.message.recipient + QStringLiteral(" · ") + first.error));
        // A refresh replaces the rows: the old ones leave the view at once, even where no event
        // loop runs deferred deletes (plain processEvents(), as the screenshot walk does).
        QTest::mouseClick(child<QPushButton>(page(), "overviewRefresh"), Qt::LeftButton);
        QElapsedTimer waited;
        waited.start();
        const auto settled = [this]() {
            const auto &latest = page()->loader()->courier().latestAbandoned;
            return courierCounted() && !latest.isEmpty() &&
                   std::all_of(latest.cbegin(), latest.cend(),
                               [](const CourierFigures::Abandoned &a) { return !a.error.isEmpty(); });
        };
        while (!settled() && waited.elapsed() < 15000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QVERIFY(settled());
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        int visible = 0;
        for (QLabel *label : page()->findChildren<QLabel *>(QStringLiteral("overviewAbandonedText")))
            visible += label->isVisible() ? 1 : 0;
        QCOMPARE(visible, page()->loader()->courier().latestAbandoned.size());
    }

    // A courier figure opens the Courier page filtered by that status; an abandoned message
    // opens it on that message.
    void courierFiguresOpenTheCourierPage()
    {
        open();
        QTRY_VERIFY_WITH_TIMEOUT(courierCounted(), 15000);
        QTest::mouseClick(child<QPushButton>(page(), "overviewCourier_abandoned"), Qt::LeftButton);
        QCOMPARE(child<QStackedWidget>(m_window.get(), "pages")->currentIndex(), int(MainWindow::CourierArea));
        QCOMPARE(child<QComboBox>(m_window.get(), "courierStatus")->currentData().toString(),
                 QStringLiteral("abandoned"));
        CourierMessageModel *model = m_window->courierPage()->model();
        QTRY_VERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->messageAt(row)->status, QStringLiteral("abandoned"));

        m_window->showPage(MainWindow::OverviewArea);
        QTRY_VERIFY(!page()->findChildren<QToolButton *>(QStringLiteral("overviewAbandoned")).isEmpty());
        const CourierFigures::Abandoned first = page()->loader()->courier().latestAbandoned.first();
        QTest::mouseClick(page()->findChildren<QToolButton *>(QStringLiteral("overviewAbandoned")).first(),
                          Qt::LeftButton);
        QCOMPARE(child<QStackedWidget>(m_window.get(), "pages")->currentIndex(), int(MainWindow::CourierArea));
        QCOMPARE(child<QLineEdit>(m_window.get(), "courierRecipient")->text(), first.message.recipient);
        auto *table = child<QTableView>(m_window.get(), "courierTable");
        QTRY_COMPARE(table->currentIndex().data(CourierMessageModel::MessageIdRole).toString(), first.message.id);
    }

    void sessionsFiguresAndNavigation()
    {
        open();
        QTRY_VERIFY_WITH_TIMEOUT(page()->loader()->sessionsComplete(), 15000);
        int active = 0;
        for (const SimSession &s : m_sim->store().sessions())
            active += m_sim->store().isActive(s) ? 1 : 0;
        QCOMPARE(child<QPushButton>(page(), "overviewActiveSessions")->text(),
                 QStringLiteral("%1 active session(s)").arg(active));
        auto *byAal = child<ChartCard>(page(), "chartSessionsByAal");
        int charted = 0;
        for (int v : byAal->values())
            charted += v;
        QCOMPARE(charted, active);
        QVERIFY(byAal->hoverText(0).contains(QString::number(byAal->values().first())));
        clickBar(byAal, 0);
        QCOMPARE(child<QStackedWidget>(m_window.get(), "pages")->currentIndex(), int(MainWindow::SessionsArea));
        QCOMPARE(child<QComboBox>(m_window.get(), "sessionsActive")->currentIndex(), 1);
        QTRY_VERIFY(m_window->sessionsPage()->model()->rowCount() > 0);
        QCOMPARE(m_window->sessionsPage()->model()->activeFilter(), std::optional<bool>(true));
    }

    // Compute, then the charts hold the figures; a bar of the state chart opens the identities in that state.
    void computeChartsAndStateNavigation()
    {
        open();
        QVERIFY(child<ChartCard>(page(), "chartStates")->message().contains(QLatin1String("Not computed")));
        QVERIFY(compute());
        int inactive = 0;
        for (const SimIdentity &i : m_sim->store().identities())
            inactive += i.json().value(QStringLiteral("state")).toString() == QLatin1String("inactive") ? 1 : 0;
        auto *states = child<ChartCard>(page(), "chartStates");
        QCOMPARE(states->values().value(1), inactive);
        QCOMPARE(states->values().value(0) + states->values().value(1),
                 300 - (states->values().size() > 2 ? states->values().at(2) : 0));
        QVERIFY(child<QLabel>(page(), "overviewIdentitiesState")->text().contains(QLatin1String("300")));
        clickBar(states, 1);
        QCOMPARE(child<QStackedWidget>(m_window.get(), "pages")->currentIndex(), int(MainWindow::IdentitiesArea));
        QCOMPARE(child<QComboBox>(m_window.get(), "stateFilter")->currentData().toInt(),
                 int(Identity::State::Inactive));
    }

    void chartExports()
    {
        open();
        QVERIFY(compute());
        auto *schemas = child<ChartCard>(page(), "chartSchemas");
        const QList<QStringList> rows = IdentityExporter::parseCsv(schemas->csv());
        QCOMPARE(rows.size(), schemas->values().size() + 1);
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("Schema"), QStringLiteral("identities")}));
        int total = 0;
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).at(0), schemas->categories().at(i - 1));
            total += rows.at(i).at(1).toInt();
        }
        QCOMPARE(total, 300);

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("schemas.png"));
        Prompt::setNextAnswers({png});
        child<QAction>(schemas, "chartSavePng")->trigger();
        QImage saved(png);
        QVERIFY(!saved.isNull());
        QVERIFY(saved.width() > 100);
        const QString csv = dir.filePath(QStringLiteral("schemas.csv"));
        Prompt::setNextAnswers({csv});
        child<QAction>(schemas, "chartExportCsv")->trigger();
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), schemas->csv());
    }

    // Compute shows its progress and can be cancelled: nothing is computed, no page is asked for after.
    void computeCancels()
    {
        SimOptions options;
        options.identities = 3000;
        open(options);
        m_sim->faults().match = QStringLiteral("GET /admin/identities");
        m_sim->faults().latencyMs = 150; // slow pages, so Cancel comes while they load
        QTest::mouseClick(child<QPushButton>(page(), "overviewCompute"), Qt::LeftButton);
        auto *progress = child<QProgressBar>(page(), "overviewProgress");
        auto *cancel = child<QPushButton>(page(), "overviewCancel");
        QTRY_VERIFY(progress->isVisible() && cancel->isVisible());
        QVERIFY(!child<QPushButton>(page(), "overviewCompute")->isEnabled());
        auto *state = child<QLabel>(page(), "overviewIdentitiesState");
        QTRY_VERIFY_WITH_TIMEOUT(page()->loader()->isComputingIdentities() &&
                                     state->text().contains(QLatin1String("so far")) &&
                                     !state->text().contains(QLatin1String("… 0 so far")),
                                 10000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!page()->loader()->isComputingIdentities());
        QVERIFY(!progress->isVisible());
        QVERIFY(child<QPushButton>(page(), "overviewCompute")->isEnabled());
        QVERIFY(child<ChartCard>(page(), "chartStates")->message().contains(QLatin1String("Not computed")));
        const auto identityPages = [this]() {
            const QList<KratosSimulator::RecordedRequest> all = m_sim->requests();
            return std::count_if(all.cbegin(), all.cend(),
                                 [](const auto &r) { return r.path == QLatin1String("/admin/identities"); });
        };
        QTest::qWait(400); // a page already on its way may land; none is asked for after it
        const auto settled = identityPages();
        QTest::qWait(600);
        QCOMPARE(identityPages(), settled);
        QVERIFY(!page()->loader()->hasIdentityFigures());
    }

    void copyPutsThePictureOnTheClipboard()
    {
        open();
        QTRY_VERIFY_WITH_TIMEOUT(page()->loader()->sessionsComplete(), 15000);
        auto *byAal = child<ChartCard>(page(), "chartSessionsByAal");
        QApplication::clipboard()->clear();
        child<QAction>(byAal, "chartCopy")->trigger();
        const QImage copied = QApplication::clipboard()->image();
        QVERIFY(!copied.isNull());
        QCOMPARE(copied.size(), byAal->image().size());
    }

    // A formula in a category (a schema id an attacker chose) is neutralised in the CSV, and a
    // category holding a separator is quoted.
    void csvNeutralisesFormulas()
    {
        ChartCard card(QStringLiteral("t"), QStringLiteral("Schema"), QStringLiteral("n"));
        QStringList categories;
        QList<int> values;
        for (const CsvPoison &p : csvPoisons()) {
            categories.append(p.value);
            values.append(int(values.size()) + 1);
        }
        card.setBars(categories, values);
        const QByteArray csv = card.csv();
        const QList<QStringList> rows = IdentityExporter::parseCsv(csv);
        QCOMPARE(rows.size(), csvPoisons().size() + 1);
        for (int i = 0; i < csvPoisons().size(); ++i) {
            const CsvPoison &p = csvPoisons().at(i);
            const QString expected = p.neutralised ? QLatin1Char('\'') + p.value : p.value;
            QCOMPARE(rows.at(i + 1).at(0), expected);
            QCOMPARE(rows.at(i + 1).at(1), QString::number(i + 1));
            if (csvNeedsQuotes(expected))
                QVERIFY2(csv.contains(csvQuoted(expected)), p.name);
        }
    }

    // The courier failing leaves the rest of the page working, and says so where its figures would be.
    void failingPartShownInPlace()
    {
        open();
        QTRY_VERIFY_WITH_TIMEOUT(courierCounted() && page()->loader()->sessionsComplete(), 15000);
        m_sim->faults().match = QStringLiteral("/admin/courier");
        m_sim->faults().errorRate = 1.0;
        m_sim->faults().errorStatus = 500;
        QTest::mouseClick(child<QPushButton>(page(), "overviewRefresh"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(page(), "overviewCourierError")->isVisible());
        QVERIFY(child<QLabel>(page(), "overviewCourierError")->text().contains(QLatin1String("500")));
        QTRY_VERIFY(page()->loader()->sessionsComplete());
        QVERIFY(!child<QLabel>(page(), "overviewSessionsError")->isVisible());
        QVERIFY(child<ChartCard>(page(), "chartSessionsByAal")->message().isEmpty());
        QCOMPARE(child<QPushButton>(page(), "overviewCourier_queued")->text().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("—"));
    }

    // The charts follow the palette: dark window, dark chart background.
    void chartsFollowThePalette()
    {
        ChartCard card(QStringLiteral("t"), QStringLiteral("c"), QStringLiteral("v"));
        card.setBars({QStringLiteral("a")}, {1});
        QPalette dark = card.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        card.setPalette(dark);
        QTRY_COMPARE(card.chart()->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
        auto *series = qobject_cast<QBarSeries *>(card.chart()->series().first());
        QVERIFY(series->barSets().first()->color().lightness() > 128); // a light bar on the dark ground
    }

    void refreshIntervalFromSettings()
    {
        open();
        QCOMPARE(page()->refreshInterval(), 300);
        m_app->preferences.setOverviewRefreshSeconds(60);
        QCOMPARE(page()->refreshInterval(), 60);
        m_app->preferences.setOverviewRefreshSeconds(0);
        QCOMPARE(page()->refreshInterval(), 0);
        m_app->preferences.setOverviewRefreshSeconds(5);
        QCOMPARE(page()->refreshInterval(), 30); // at least 30 s
    }
};

QTEST_MAIN(tst_OverviewPage)
#include "tst_overviewpage.moc"
