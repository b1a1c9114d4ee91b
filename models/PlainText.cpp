// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainText.h"

namespace PlainText {

QString toolTip(const QString &untrusted)
{
    if (untrusted.isEmpty())
        return untrusted; // no tooltip at all
    QString escaped = untrusted.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<qt>") + escaped + QStringLiteral("</qt>");
}

} // namespace PlainText
