// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCard.h"

#include "ElidedLabel.h"
#include "Prompt.h"

#include "IdentityExporter.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

ChartCard::ChartCard(const QString &title, const QString &categoryName, const QString &valueName, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_categoryName(categoryName)
    , m_valueName(valueName)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_message(new QLabel(this))
{
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(200, kChartHeight);
    m_view->setAccessibleName(title);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    auto *heading = new ElidedLabel(this); // a narrow window shortens the title, not the chart
    heading->setTextFormat(Qt::PlainText);
    heading->setText(title);
    heading->setToolTip(title);
    heading->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    // Copy, PNG and CSV behind one button: the title keeps the card's width.
    auto *actions = new QToolButton(this);
    actions->setObjectName(QStringLiteral("chartActions"));
    actions->setText(tr("Export"));
    actions->setToolTip(tr("Copy or save this chart"));
    actions->setAccessibleName(tr("Copy or save the chart “%1”").arg(title));
    actions->setAutoRaise(true);
    actions->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(actions);
    const auto action = [this, menu](const QString &text, const QString &name, void (ChartCard::*slot)()) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
    };
    action(tr("Copy the picture"), QStringLiteral("chartCopy"), &ChartCard::copyImage);
    action(tr("Save as PNG…"), QStringLiteral("chartSavePng"), &ChartCard::saveImage);
    action(tr("Export the numbers as CSV…"), QStringLiteral("chartExportCsv"), &ChartCard::exportCsv);
    actions->setMenu(menu);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(heading, 1);
    top->addWidget(actions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message, 1);
    setMessage(tr("Not loaded yet."));
    applyPalette();
}

void ChartCard::setBars(const QStringList &categories, const QList<int> &values, const QStringList &keys)
{
    m_categories = categories;
    m_values = values;
    m_keys = keys;
    m_message->hide();
    m_view->show();
    rebuild();
}

void ChartCard::setMessage(const QString &message)
{
    m_categories.clear();
    m_values.clear();
    m_keys.clear();
    m_message->setText(message);
    m_message->show();
    m_view->hide();
    rebuild();
}

QString ChartCard::message() const
{
    return m_message->isVisible() || m_view->isHidden() ? m_message->text() : QString();
}

QString ChartCard::hoverText(int index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    return tr("%1: %2 %3").arg(m_categories.value(index), QLocale().toString(m_values.at(index)), m_valueName);
}

void ChartCard::rebuild()
{
    m_chart->removeAllSeries(); // deletes them
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // gives it back to us: it is ours to delete
        delete axis;
    }
    if (m_values.isEmpty())
        return;
    auto *set = new QBarSet(m_valueName);
    int top = 0;
    for (int v : std::as_const(m_values)) {
        set->append(v);
        top = std::max(top, v);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(m_categories);
    // More than a handful of bars (days, weeks) get upright labels; flat, Qt Charts would cut a
    // week's "12 Oct" to "1…" at 1024 px. A handful keep flat labels, short enough to fit.
    if (m_categories.size() > kMaxFlatLabels)
        x->setLabelsAngle(-90);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max(4, top));
    y->applyNiceNumbers();
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), hoverText(index), m_view);
        else
            QToolTip::hideText();
    });
    connect(set, &QBarSet::clicked, this, [this](int index) { Q_EMIT barClicked(m_keys.value(index), index); });
    applyPalette();
}

void ChartCard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_paletteQueued) {
        m_paletteQueued = true; // restyled once the change is over, not inside it
        QTimer::singleShot(0, this, [this]() {
            m_paletteQueued = false;
            applyPalette();
        });
    }
}

void ChartCard::applyPalette()
{
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    m_chart->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    m_chart->setTitleBrush(p.color(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(p.color(QPalette::Text));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(dark ? p.color(QPalette::Mid).darker(130) : p.color(QPalette::Midlight));
    }
    const QColor bar = dark ? QColor(0x6f, 0x9f, 0xe6) : QColor(0x3b, 0x6e, 0xb8);
    for (QAbstractSeries *s : m_chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(bar);
                set->setBorderColor(bar.darker(120));
            }
        }
    }
}

QByteArray ChartCard::csv() const
{
    const auto cell = [](const QString &v) { return IdentityExporter::csvField(IdentityExporter::neutralised(v)); };
    QByteArray out = (cell(m_categoryName) + QLatin1Char(',') + cell(m_valueName) + QStringLiteral("\r\n")).toUtf8();
    for (int i = 0; i < m_values.size(); ++i)
        out +=
            (cell(m_categories.value(i)) + QLatin1Char(',') + QString::number(m_values.at(i)) + QStringLiteral("\r\n"))
                .toUtf8();
    return out;
}

QImage ChartCard::image() const
{
    return m_view->grab().toImage();
}

void ChartCard::copyImage()
{
    QApplication::clipboard()->setImage(image());
}

void ChartCard::saveImage()
{
    const QString path =
        Prompt::saveFile(this, tr("Save chart"), m_title + QStringLiteral(".png"), tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!image().save(path, "PNG"))
        Prompt::warning(this, tr("Save chart"), tr("The picture could not be written to %1.").arg(path));
}

void ChartCard::exportCsv()
{
    const QString path =
        Prompt::saveFile(this, tr("Export chart numbers"), m_title + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit())
        Prompt::warning(this, tr("Export chart numbers"),
                        tr("The numbers could not be written to %1: %2").arg(path, file.errorString()));
}
