// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainTextDelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QtTest>

namespace {

// What is painted differently from the cell's background: the text's ink.
QRect inkOf(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    QRect ink;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != background)
                ink |= QRect(x, y, 1, 1);
    return ink;
}

// The darkest (or, on a dark background, lightest) ink: the text colour where a glyph is solid.
QColor strongestInk(const QImage &image)
{
    const QColor background = image.pixelColor(0, 0);
    QColor strongest = background;
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const int distance = qAbs(c.red() - background.red()) + qAbs(c.green() - background.green()) +
                                 qAbs(c.blue() - background.blue());
            if (distance > best) {
                best = distance;
                strongest = c;
            }
        }
    }
    return strongest;
}

} // namespace

class tst_PlainTextDelegate : public QObject
{
    Q_OBJECT

private:
    QImage paintCell(QAbstractItemDelegate *delegate, const QModelIndex &index, QSize size,
                     QStyle::State extra = {}) const
    {
        QStyleOptionViewItem option;
        option.initFrom(m_view);
        option.widget = m_view;
        option.rect = QRect(QPoint(0, 0), size);
        option.state |= QStyle::State_Enabled | QStyle::State_Active | extra;
        option.font = m_view->font();
        option.textElideMode = Qt::ElideRight;
        option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(m_view->palette().color(QPalette::Base));
        QPainter painter(&image);
        delegate->paint(&painter, option, index);
        return image;
    }

    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;

private Q_SLOTS:
    void init()
    {
        m_model = new QStandardItemModel(1, 1, this);
        m_view = new QTableView;
        m_view->setModel(m_model);
        m_view->setWordWrap(false);
    }
    void cleanup()
    {
        delete m_view;
        delete m_model;
    }

    // The text lands where QStyledItemDelegate puts it, in the same colour, cut with an ellipsis
    // where it does not fit; anything that is not one line of plain text is left to
    // QStyledItemDelegate and looks exactly as it paints it.
    void paintsAsTheStyledDelegateDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<bool>("icon");
        QTest::addColumn<bool>("samePixels"); // painted by QStyledItemDelegate itself
        const int left = int(Qt::AlignLeft | Qt::AlignVCenter);
        QTest::newRow("short") << QStringLiteral("ada@example.com") << left << 260 << false << false << false;
        QTest::newRow("selected") << QStringLiteral("ada@example.com") << left << 260 << true << false << false;
        QTest::newRow("elided") << QStringLiteral("a.very.long.address.that.does.not.fit@example.com") << left << 120
                                << false << false << false;
        QTest::newRow("right aligned") << QStringLiteral("42") << int(Qt::AlignRight | Qt::AlignVCenter) << 200 << false
                                       << false << false;
        QTest::newRow("centred") << QStringLiteral("active") << int(Qt::AlignCenter) << 200 << false << false << false;
        QTest::newRow("right to left") << QStringLiteral("ليلى حسن") << left << 200 << false << false << false;
        QTest::newRow("two lines") << QStringLiteral("first\nsecond") << left << 200 << false << false << true;
        QTest::newRow("with an icon") << QStringLiteral("ada") << left << 200 << false << true << true;
        QTest::newRow("empty") << QString() << left << 200 << true << false << true;
    }
    void paintsAsTheStyledDelegateDoes()
    {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(int, width);
        QFETCH(bool, selected);
        QFETCH(bool, icon);
        QFETCH(bool, samePixels);
        auto *item = new QStandardItem(text);
        item->setData(alignment, Qt::TextAlignmentRole);
        if (icon) {
            QPixmap pixmap(16, 16);
            pixmap.fill(Qt::red);
            item->setIcon(QIcon(pixmap));
        }
        m_model->setItem(0, 0, item);
        const QModelIndex index = m_model->index(0, 0);
        const QSize size(width, m_view->fontMetrics().height() + 8);
        const QStyle::State state = selected ? QStyle::State_Selected : QStyle::State_None;
        PlainTextDelegate plain;
        QStyledItemDelegate styled;
        const QImage ours = paintCell(&plain, index, size, state);
        const QImage theirs = paintCell(&styled, index, size, state);
        if (samePixels) {
            QCOMPARE(ours, theirs);
            return;
        }
        const QRect ourInk = inkOf(ours);
        const QRect theirInk = inkOf(theirs);
        QVERIFY(!ourInk.isEmpty());
        // Within a pixel: both lay the same glyphs out; rounding may differ.
        QVERIFY2(qAbs(ourInk.left() - theirInk.left()) <= 1 && qAbs(ourInk.right() - theirInk.right()) <= 1 &&
                     qAbs(ourInk.top() - theirInk.top()) <= 1 && qAbs(ourInk.bottom() - theirInk.bottom()) <= 1,
                 qPrintable(QStringLiteral("ink at %1,%2 %3x%4, QStyledItemDelegate's at %5,%6 %7x%8")
                                .arg(ourInk.x())
                                .arg(ourInk.y())
                                .arg(ourInk.width())
                                .arg(ourInk.height())
                                .arg(theirInk.x())
                                .arg(theirInk.y())
                                .arg(theirInk.width())
                                .arg(theirInk.height())));
        QCOMPARE(strongestInk(ours), strongestInk(theirs));
        QVERIFY(ourInk.right() < width);
    }

    // Texts are kept laid out, but never shown stale: a cell narrowed later is elided to its new
    // width, and a new font lays every text out again.
    void keptTextsFollowWidthAndFont()
    {
        m_model->setItem(0, 0, new QStandardItem(QStringLiteral("someone.with.a.long.name@example.com")));
        const QModelIndex index = m_model->index(0, 0);
        const int height = m_view->fontMetrics().height() + 8;
        PlainTextDelegate plain;
        QStyledItemDelegate styled;
        const QRect wide = inkOf(paintCell(&plain, index, QSize(400, height)));
        const QRect narrow = inkOf(paintCell(&plain, index, QSize(100, height)));
        const QRect wider = inkOf(paintCell(&plain, index, QSize(200, height)));
        QVERIFY(narrow.right() < 100);
        QVERIFY(wider.right() < 200);
        QVERIFY(wider.width() > narrow.width() + 50);
        QVERIFY(wide.width() > wider.width() + 50);
        QCOMPARE(inkOf(paintCell(&plain, index, QSize(400, height))), wide);

        // At twice the size the text no longer fits the wide cell: it is elided as
        // QStyledItemDelegate elides it.
        QFont larger = m_view->font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        m_view->setFont(larger);
        const QSize cell(400, QFontMetrics(larger).height() + 8);
        const QRect big = inkOf(paintCell(&plain, index, cell));
        const QRect bigStyled = inkOf(paintCell(&styled, index, cell));
        QVERIFY2(
            big.height() > wide.height() * 3 / 2,
            qPrintable(QStringLiteral("%1 px high at twice the size, %2 before").arg(big.height()).arg(wide.height())));
        QVERIFY2(
            qAbs(big.right() - bigStyled.right()) <= 1,
            qPrintable(
                QStringLiteral("ends at %1, QStyledItemDelegate's at %2").arg(big.right()).arg(bigStyled.right())));
    }
};

QTEST_MAIN(tst_PlainTextDelegate)
#include "tst_plaintextdelegate.moc"
