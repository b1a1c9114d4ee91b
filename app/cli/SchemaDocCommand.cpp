// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaDocCommand.h"

#include "PlainText.h"
#include "SchemaMarkdown.h"
#include "SchemaTree.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace {

constexpr qint64 MaxBytes = 8 * 1024 * 1024;
constexpr int TimeoutMs = 30000;

void complain(const QString &text)
{
    std::fprintf(stderr, "kratos-desk schema-doc: %s\n", qPrintable(PlainText::forTerminal(text)));
}

QString idFromName(QString name)
{
    for (const char *suffix : {".schema.json", ".json"})
        if (name.endsWith(QLatin1String(suffix)))
            return name.chopped(int(qstrlen(suffix)));
    return name;
}

} // namespace

bool SchemaDocCommand::fetch(const QString &source, QByteArray *bytes, QString *schemaId, QString *error)
{
    const QUrl url(source, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        const QString path = scheme == QLatin1String("file") ? url.toLocalFile() : source;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        if (file.size() > MaxBytes) {
            *error = QStringLiteral("%1 is larger than %2 MB; that is not an identity schema")
                         .arg(path)
                         .arg(MaxBytes / 1024 / 1024);
            return false;
        }
        *bytes = file.readAll();
        *schemaId = idFromName(QFileInfo(path).fileName());
        return true;
    }

    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(TimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("kratos-desk/" KD_VERSION));
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxBytes)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        *error = QStringLiteral("cannot fetch %1: %2")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), reply->errorString());
        return false;
    }
    if (status < 200 || status >= 300) {
        *error = QStringLiteral("%1 answered HTTP %2")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                     .arg(status);
        return false;
    }
    *bytes = reply->readAll();
    *schemaId = QUrl::fromPercentEncoding(url.path().section(QLatin1Char('/'), -1).toUtf8());
    *schemaId = idFromName(*schemaId);
    return true;
}

int SchemaDocCommand::run(const QString &source)
{
    QByteArray bytes;
    QString schemaId;
    QString error;
    if (!fetch(source, &bytes, &schemaId, &error)) {
        complain(error);
        return 2;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        complain(QStringLiteral("%1 is not JSON: %2 on line %3").arg(source, parseError.errorString()).arg(line));
        return 2;
    }
    if (!doc.isObject()) {
        complain(QStringLiteral("%1 is not a JSON Schema: the document is not an object").arg(source));
        return 2;
    }
    QJsonObject schema = doc.object();
    JsonKeyOrder::Map order = JsonKeyOrder::scan(bytes);
    // A schema list entry from GET /schemas: {"id": …, "schema": {…}}.
    if (schema.value(QLatin1String("schema")).isObject() && schema.value(QLatin1String("id")).isString()) {
        schemaId = schema.value(QLatin1String("id")).toString();
        schema = schema.value(QLatin1String("schema")).toObject();
        order = JsonKeyOrder::subtree(order, QStringLiteral("/schema"));
    }
    return print(schema, order, schemaId);
}

int SchemaDocCommand::print(const QJsonObject &schema, const JsonKeyOrder::Map &order, const QString &schemaId)
{
    const auto tree = SchemaTree::build(schema, order);
    const QByteArray markdown = PlainText::forTerminal(SchemaMarkdown::document(*tree, schemaId)).toUtf8();
    std::fwrite(markdown.constData(), 1, size_t(markdown.size()), stdout);
    std::fflush(stdout);
    if (!tree->errors().isEmpty()) {
        const qsizetype problems = tree->errors().size();
        complain(QStringLiteral("the schema has %1 %2 Kratos would reject; see the Problems section")
                     .arg(problems)
                     .arg(problems == 1 ? QStringLiteral("problem") : QStringLiteral("problems")));
        return 1;
    }
    return 0;
}
