// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QLabel;

// One chart of the overview: a titled bar chart (Qt Charts) in the window's light or dark
// palette, the value of the bar under the pointer in a tooltip, and its own Copy, Save PNG and
// Export CSV. A click on a bar says which (barClicked), for the page to open what it counts.
class ChartCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    ChartCard(const QString &title, const QString &categoryName, const QString &valueName, QWidget *parent = nullptr);

    // Bars in this order; `keys` (same length, optional) name what each bar stands for.
    void setBars(const QStringList &categories, const QList<int> &values, const QStringList &keys = {});
    // Instead of bars: why there is nothing to show ("Not computed yet", an error).
    void setMessage(const QString &message);
    QString title() const { return m_title; }
    const QStringList &categories() const { return m_categories; }
    const QList<int> &values() const { return m_values; }
    QString message() const;
    // RFC 4180, a header row then one row per bar, cells neutralised against formulas.
    QByteArray csv() const;
    QImage image() const;
    QChart *chart() const { return m_chart; }
    // The tooltip text for bar `index` ("Mon 30 Nov: 12 sign-ups").
    QString hoverText(int index) const;

    void copyImage();
    void saveImage();
    void exportCsv();

Q_SIGNALS:
    void barClicked(const QString &key, int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kChartHeight = 170; // the chart's least height
    static constexpr int kMaxFlatLabels = 6;

    void rebuild();
    void applyPalette();

    QString m_title;
    QString m_categoryName;
    QString m_valueName;
    QStringList m_categories;
    QList<int> m_values;
    QStringList m_keys;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_message;
    bool m_paletteQueued = false;
};
