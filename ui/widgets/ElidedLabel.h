// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// A one-line plain-text label that never widens its window: when there is less room than the
// text needs it draws the text elided ("…") and shows the whole text as its tooltip. text()
// always returns the whole text.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    // The text as painted now: the whole text, or its elided form.
    QString shownText() const;
    bool isElided() const { return shownText() != text(); }
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};
