// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QLabel>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

namespace TestSupport {

// Where under `root` Qt would read text that contains `marker` (server data such as
// "<img src=…>") as markup: labels on rich or guessed text, tooltips, and the tooltips of item
// views' first 200 rows. Each entry names the place.
inline QStringList richTextLeaks(QWidget *root, const QString &marker)
{
    QStringList out;
    const auto guessedRich = [](const QString &text) { return Qt::mightBeRichText(text); };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        const QString name = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText && guessedRich(label->text()));
            if (rich && label->text().contains(marker))
                out.append(name + QStringLiteral(" text"));
        }
        if (w->toolTip().contains(marker) && guessedRich(w->toolTip()))
            out.append(name + QStringLiteral(" tooltip"));
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            // Every row at every depth, up to 5,000 cells.
            const QAbstractItemModel *m = view->model();
            QList<QModelIndex> parents{QModelIndex()};
            int visited = 0;
            while (!parents.isEmpty() && visited < 5000) {
                const QModelIndex parent = parents.takeFirst();
                for (int r = 0; r < m->rowCount(parent) && visited < 5000; ++r) {
                    for (int c = 0; c < m->columnCount(parent); ++c, ++visited) {
                        const QString tip = m->index(r, c, parent).data(Qt::ToolTipRole).toString();
                        if (tip.contains(marker) && guessedRich(tip))
                            out.append(name + QStringLiteral(" row %1 column %2 tooltip").arg(r).arg(c));
                    }
                    parents.append(m->index(r, 0, parent));
                }
            }
        }
    }
    return out;
}

} // namespace TestSupport
