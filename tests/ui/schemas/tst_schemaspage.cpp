// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadgeDelegate.h"
#include "JsonHighlighter.h"
#include "KratosClient.h"
#include "Prompt.h"
#include "RichTextProbe.h"
#include "SchemaListModel.h"
#include "SchemaMarkdown.h"
#include "SchemaTreeModel.h"
#include "SchemasPage.h"
#include "SimConnection.h"
#include "TestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace TestSupport;

namespace {

// The visible rows of a tree view as "depth:name", depth first, expanded parts only.
QStringList visibleRows(QTreeView *view, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList out;
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        out.append(QStringLiteral("%1:%2").arg(depth).arg(i.data().toString()));
        if (view->isExpanded(i))
            out.append(visibleRows(view, i, depth + 1));
    }
    return out;
}

QModelIndex findVisible(QTreeView *view, const QString &pointer, const QModelIndex &parent = {})
{
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(SchemaTreeModel::PointerRole).toString() == pointer)
            return i;
        const QModelIndex found = findVisible(view, pointer, i);
        if (found.isValid())
            return found;
    }
    return {};
}

} // namespace

class tst_SchemasPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<SchemaListModel> m_list;
    std::unique_ptr<SchemasPage> m_page;

    // A simulator with `options`, and the page showing its `schemas` schemas.
    void openPage(const SimOptions &options, int schemas)
    {
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        connectTo(*m_client, *m_sim);
        m_list = std::make_unique<SchemaListModel>(m_client.get());
        m_page = std::make_unique<SchemasPage>(m_client.get(), m_list.get());
        m_page->resize(1300, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->reload();
        QTRY_COMPARE(m_page->listModel()->rowCount(), schemas);
    }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }

    void init() { openPage(SimOptions(), 3); }

    void cleanup()
    {
        m_page.reset();
        m_list.reset();
        m_client.reset();
        m_sim.reset();
    }

    // Titles, descriptions and patterns come from the server's schema: never markup.
    void schemaMarkupStaysText()
    {
        const QString image = QStringLiteral("<img src=\"http://evil.example/x.png\">");
        const QString link = QStringLiteral("<a href=\"http://evil.example/\">click</a>");
        const QJsonObject email{
            {QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("title"), image},
            {QStringLiteral("description"), link},
            {QStringLiteral("pattern"), QString(QStringLiteral("^.*") + image + QStringLiteral("$"))}};
        const QJsonObject schema{
            {QStringLiteral("$schema"), QStringLiteral("http://json-schema.org/draft-07/schema#")},
            {QStringLiteral("title"), image},
            {QStringLiteral("description"), link},
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("traits"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                                {QStringLiteral("title"), link},
                                                                {QStringLiteral("properties"),
                                                                 QJsonObject{{QStringLiteral("email"), email}}}}}}}};
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("hostile.schema.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(schema).toJson());
        file.close();
        SimOptions options;
        options.schemasDir = dir.path();
        cleanup();
        openPage(options, 1);
        // Rich text built from escaped parts: the title reads as the characters it is.
        QTRY_VERIFY(child<QLabel>(m_page.get(), "schemaTitle")->text().contains(image.toHtmlEscaped()));
        m_page->treeView()->expandAll();
        for (const QString &marker : {image, link}) {
            const QStringList leaks = richTextLeaks(m_page.get(), marker);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        }
    }

    void listsSchemasAndShowsTheFirstWithItsTraits()
    {
        auto *list = child<QListView>(m_page.get(), "schemaList");
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(m_page->currentSchemaId(), QStringLiteral("default"));
        QVERIFY(child<QLabel>(m_page.get(), "schemaTitle")->text().contains(QStringLiteral("Customer")));
        QCOMPARE(visibleRows(m_page->treeView()),
                 (QStringList{QStringLiteral("0:traits"), QStringLiteral("1:email"), QStringLiteral("1:name"),
                              QStringLiteral("1:newsletter")}));
        QVERIFY(!child<QLabel>(m_page.get(), "schemaProblems")->isVisible());
        // The raw JSON is the schema, highlighted.
        const QString raw = child<QPlainTextEdit>(m_page.get(), "rawJson")->toPlainText();
        QCOMPARE(QJsonDocument::fromJson(raw.toUtf8()).object(), m_page->listModel()->schema(0)->schema);
    }

    void searchFiltersTheTreeRecursively()
    {
        m_page->showSchema(QStringLiteral("organisation"));
        QCOMPARE(m_page->currentSchemaId(), QStringLiteral("organisation"));
        QTest::keyClicks(child<QLineEdit>(m_page.get(), "schemaSearch"), QStringLiteral("SMS"));
        // Only the phone numbers (verified by SMS) and their ancestors remain.
        QCOMPARE(visibleRows(m_page->treeView()), (QStringList{QStringLiteral("0:traits"), QStringLiteral("1:profile"),
                                                               QStringLiteral("2:phones"), QStringLiteral("3:items")}));
        child<QLineEdit>(m_page.get(), "schemaSearch")->clear();
        QVERIFY(visibleRows(m_page->treeView()).contains(QStringLiteral("1:email")));
        QTest::keyClicks(child<QLineEdit>(m_page.get(), "schemaSearch"), QStringLiteral("department"));
        QCOMPARE(visibleRows(m_page->treeView()), (QStringList{QStringLiteral("0:traits"), QStringLiteral("1:profile"),
                                                               QStringLiteral("2:department")}));
    }

    void expandAndCollapseAll()
    {
        m_page->showSchema(QStringLiteral("organisation"));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "expandAllButton"), Qt::LeftButton);
        QVERIFY(visibleRows(m_page->treeView()).contains(QStringLiteral("3:items")));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "collapseAllButton"), Qt::LeftButton);
        QCOMPARE(visibleRows(m_page->treeView()), QStringList{QStringLiteral("0:traits")});
    }

    void inspectorShowsKeywordsAndCopiesThePointer()
    {
        QTreeView *view = m_page->treeView();
        const QModelIndex email = findVisible(view, QStringLiteral("/properties/traits/properties/email"));
        QVERIFY(email.isValid());
        view->scrollTo(email);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(email).center());
        QCOMPARE(view->currentIndex(), email);
        auto *pointer = child<QLineEdit>(m_page.get(), "pointerEdit");
        QCOMPARE(pointer->text(), QStringLiteral("#/properties/traits/properties/email"));
        QCOMPARE(child<QLineEdit>(m_page.get(), "dataPathEdit")->text(), QStringLiteral("traits.email"));
        QApplication::clipboard()->clear();
        QTest::mouseClick(child<QToolButton>(m_page.get(), "copyPointerButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("#/properties/traits/properties/email"));
        QVERIFY(child<QLabel>(m_page.get(), "inspectorKratos")
                    ->text()
                    .contains(QStringLiteral("Login identifier for password")));
        auto *keywords = child<QTableWidget>(m_page.get(), "keywordTable");
        QStringList names;
        for (int r = 0; r < keywords->rowCount(); ++r)
            names.append(keywords->item(r, 0)->text());
        QCOMPARE(names,
                 (QStringList{QStringLiteral("format"), QStringLiteral("maxLength"), QStringLiteral("minLength"),
                              QStringLiteral("ory.sh/kratos"), QStringLiteral("title"), QStringLiteral("type")}));
    }

    void openSchemaByIdAndUnknownId()
    {
        m_page->showSchema(QStringLiteral("phone"));
        QCOMPARE(child<QListView>(m_page.get(), "schemaList")->currentIndex().row(),
                 m_page->listModel()->rowOf(QStringLiteral("phone")));
        // The tree and the raw JSON keep the order the server writes the traits in.
        QCOMPARE(visibleRows(m_page->treeView()),
                 (QStringList{QStringLiteral("0:traits"), QStringLiteral("1:phone"), QStringLiteral("1:username"),
                              QStringLiteral("1:display_name")}));
        const QString raw = child<QPlainTextEdit>(m_page.get(), "rawJson")->toPlainText();
        QVERIFY(raw.indexOf(QStringLiteral("\"phone\": {")) < raw.indexOf(QStringLiteral("\"username\": {")));
        QVERIFY(raw.indexOf(QStringLiteral("\"username\": {")) < raw.indexOf(QStringLiteral("\"display_name\": {")));
        m_page->showSchema(QStringLiteral("gone"));
        QTRY_VERIFY(!m_page->listModel()->isLoading());
        QTRY_VERIFY(child<QLabel>(m_page.get(), "schemaTitle")
                        ->text()
                        .contains(QStringLiteral("no identity schema "
                                                 "\"gone\"")));
    }

    void exportWritesTheSameMarkdown()
    {
        m_page->showSchema(QStringLiteral("organisation"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("organisation.md"));
        Prompt::setNextAnswers({path});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "exportMarkdownButton"), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QCOMPARE(written, SchemaMarkdown::document(*m_page->treeModel()->tree(), QStringLiteral("organisation")));
        QVERIFY(written.contains(QStringLiteral("| `profile.phones[]` | string | — | format tel |")));

        // A folder that cannot be written: a clear warning, nothing else.
        Prompt::setNextAnswers({dir.filePath(QStringLiteral("missing/dir/x.md"))});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "exportMarkdownButton"), Qt::LeftButton);
        QVERIFY(Prompt::lastWarning().contains(QStringLiteral("Cannot write")));
    }

    void brokenSchemaFromTheServerShowsTheProblem()
    {
        // The server hands out a schema whose $ref points nowhere.
        const QJsonObject broken{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("traits"),
                          QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/definitions/traits")}}}}}};
        SimFaults faults;
        faults.match = QStringLiteral("/schemas");
        faults.publicPortToo = true;
        faults.replaceBody = QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("broken")},
                                                                  {QStringLiteral("schema"), broken}}})
                                 .toJson(QJsonDocument::Compact);
        m_sim->faults() = faults;
        m_page->reload();
        QTRY_COMPARE(m_page->listModel()->rowCount(), 1);
        QCOMPARE(m_page->currentSchemaId(), QStringLiteral("broken"));
        auto *problems = child<QLabel>(m_page.get(), "schemaProblems");
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("Kratos cannot use this schema")) &&
                     problems->text().contains(QStringLiteral("#/definitions/traits points to nothing")),
                 qPrintable(problems->text()));
        QCOMPARE(visibleRows(m_page->treeView()), QStringList{QStringLiteral("0:traits")});
    }

    void serverErrorShowsABannerWithRetry()
    {
        SimFaults faults;
        faults.match = QStringLiteral("/schemas");
        faults.errorRate = 1.0;
        faults.errorStatus = 500;
        m_sim->faults() = faults;
        m_page->reload();
        auto *banner = m_page->findChild<QWidget *>(QStringLiteral("schemaErrorBanner"));
        QTRY_VERIFY(banner->isVisible());
        m_sim->faults() = SimFaults();
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("errorRetry")), Qt::LeftButton);
        QTRY_VERIFY(!banner->isVisible());
        QTRY_COMPARE(m_page->listModel()->rowCount(), 3);
    }

    void listFollowsEveryPage()
    {
        SchemaListModel list(m_client.get());
        list.setPageSize(2);
        QSignalSpy loaded(&list, &SchemaListModel::loaded);
        m_sim->clearRequests();
        list.reload();
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(list.rowCount(), 3);
        QStringList ids;
        for (int r = 0; r < list.rowCount(); ++r)
            ids.append(list.index(r).data(SchemaListModel::IdRole).toString());
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("default"), QStringLiteral("phone"), QStringLiteral("organisation")}));
        int pages = 0;
        for (const auto &r : m_sim->requests())
            if (r.publicListener && r.path == QLatin1String("/schemas"))
                ++pages;
        QCOMPARE(pages, 2);
    }

    void kratosColumnShowsBadges()
    {
        QTreeView *view = m_page->treeView();
        auto *delegate = qobject_cast<BadgeDelegate *>(view->itemDelegateForColumn(SchemaTreeModel::KratosColumn));
        QVERIFY(delegate);
        const QModelIndex email = findVisible(view, QStringLiteral("/properties/traits/properties/email"))
                                      .siblingAtColumn(SchemaTreeModel::KratosColumn);
        const QModelIndex newsletter = findVisible(view, QStringLiteral("/properties/traits/properties/newsletter"))
                                           .siblingAtColumn(SchemaTreeModel::KratosColumn);
        QStyleOptionViewItem option;
        option.font = view->font();
        QVERIFY(delegate->sizeHint(option, email).width() > delegate->sizeHint(option, newsletter).width() + 100);
        QCOMPARE(email.data(SchemaTreeModel::BadgesRole).toStringList().size(), 4);
        QSet<QRgb> colours;
        for (const char *badge :
             {"Login: password", "Verify: SMS", "Recovery: e-mail", "Organisation: x", "Unknown: y"})
            colours.insert(BadgeDelegate::colorFor(QString::fromLatin1(badge)).rgb());
        QCOMPARE(colours.size(), 5);
    }

    void highlighterFindsKeysStringsNumbersAndLiterals()
    {
        using T = JsonHighlighter::Token;
        const auto tokens = JsonHighlighter::tokens(QStringLiteral("  \"a\\\"b\": [\"x:\", -1.5e3, true, null]"));
        QList<QPair<int, T>> starts;
        for (const auto &t : tokens)
            if (t.second != T::None)
                starts.append(t);
        QCOMPARE(starts, (QList<QPair<int, T>>{
                             {2, T::Key}, {11, T::String}, {17, T::Number}, {25, T::Literal}, {31, T::Literal}}));
    }
};

QTEST_MAIN(tst_SchemasPage)
#include "tst_schemaspage.moc"
