// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QTimer>

namespace SecretClipboard {

void copy(const QString &secret)
{
    QApplication::clipboard()->setText(secret);
    QTimer::singleShot(ClearAfterMs, QApplication::clipboard(), [secret]() {
        if (QApplication::clipboard()->text() == secret)
            QApplication::clipboard()->clear();
    });
}

QString copiedWords()
{
    return QApplication::translate("SecretClipboard", "Copied. The clipboard is cleared in 30 seconds.");
}

} // namespace SecretClipboard
