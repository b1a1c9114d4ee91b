// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnreadableIdentitiesNote.h"

UnreadableIdentitiesNote::UnreadableIdentitiesNote(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("unreadableNote"));
    setProperty("tone", QStringLiteral("problem"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    hide();
}

void UnreadableIdentitiesNote::setItems(const QList<UnreadableItem> &items)
{
    setVisible(!items.isEmpty());
    if (items.isEmpty())
        return;
    constexpr int kNamed = 5;
    QStringList named;
    for (const UnreadableItem &item : items.mid(0, kNamed))
        named.append(
            tr("%1 (%2)").arg(item.id.isEmpty() ? tr("an entry without an id") : item.id, item.reason.left(80)));
    QString text =
        tr("%Ln identities on the server could not be read and are not in the list: %1", nullptr, int(items.size()))
            .arg(named.join(QStringLiteral("; ")));
    if (items.size() > kNamed)
        text += QLatin1Char(' ') + tr("and %Ln more.", nullptr, int(items.size() - kNamed));
    setText(text);
}
