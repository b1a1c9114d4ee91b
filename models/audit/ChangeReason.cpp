// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeReason.h"

#include <QObject>
#include <QRegularExpression>
#include <QUrl>

namespace {

const QRegularExpression &ticketPattern()
{
    // A project key of capitals and digits with a number ("SUP-1234"), or "#" and a number, each
    // standing alone between word boundaries.
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![\w#-])(?:[A-Z][A-Z0-9]{0,19}-\d{1,12}|#\d{1,12})(?![\w-]))"));
    return pattern;
}

const QString &placeholder()
{
    static const QString text = QStringLiteral("{ticket}");
    return text;
}

} // namespace

namespace ChangeReason {

QString clean(const QString &text)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), MaxLength));
    bool space = false;
    for (const QChar c : text) {
        if (out.size() >= MaxLength)
            break;
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            continue;
        if (space) {
            out += QLatin1Char(' ');
            space = false;
            if (out.size() >= MaxLength)
                break;
        }
        out += c;
    }
    if (!out.isEmpty() && out.back().isHighSurrogate())
        out.chop(1);
    return out;
}

bool asksFor(const QString &action)
{
    if (action.startsWith(QLatin1String("audit.")) || action.startsWith(QLatin1String("app.")))
        return false;
    return action != QLatin1String("identity.summary.copy");
}

QString missingProblem()
{
    return QStringLiteral("this profile asks for a reason with every change, and none was given");
}

QStringList tickets(const QString &reason)
{
    QStringList out;
    QRegularExpressionMatchIterator it = ticketPattern().globalMatch(reason);
    while (it.hasNext())
        out.append(it.next().captured(0));
    return out;
}

QString validateTemplate(const QString &urlTemplate)
{
    if (urlTemplate.isEmpty())
        return QString();
    if (!urlTemplate.contains(placeholder()))
        return QObject::tr("The ticket URL must contain {ticket} where the ticket reference goes.");
    const QUrl url(QString(urlTemplate).replace(placeholder(), QStringLiteral("SUP-1")), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return QObject::tr("The ticket URL must be a full http:// or https:// URL, such as "
                           "https://helpdesk.example.com/browse/{ticket}.");
    return QString();
}

QString ticketUrl(const QString &urlTemplate, const QString &ticket)
{
    if (urlTemplate.isEmpty() || !validateTemplate(urlTemplate).isEmpty())
        return QString();
    const QString bare = ticket.startsWith(QLatin1Char('#')) ? ticket.mid(1) : ticket;
    return QString(urlTemplate).replace(placeholder(), QString::fromLatin1(QUrl::toPercentEncoding(bare)));
}

QString toHtml(const QString &reason, const QString &urlTemplate)
{
    QString out;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = ticketPattern().globalMatch(reason);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += reason.mid(at, m.capturedStart() - at).toHtmlEscaped();
        const QString url = ticketUrl(urlTemplate, m.captured(0));
        out += url.isEmpty()
                   ? m.captured(0).toHtmlEscaped()
                   : QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), m.captured(0).toHtmlEscaped());
        at = m.capturedEnd();
    }
    out += reason.mid(at).toHtmlEscaped();
    return out;
}

} // namespace ChangeReason
