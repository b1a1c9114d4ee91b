// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemasCommand.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "KratosClient.h"
#include "SchemaDocCommand.h"
#include "SchemaListModel.h"

#include <QCommandLineParser>
#include <QFileInfo>

int SchemasCommand::run(CliContext &cli, const QString &verb, const QStringList &args)
{
    if (!verbs().contains(verb)) {
        cli.fail(QStringLiteral("schemas has no command \"%1\" (it has list, doc)").arg(verb));
        return CliContext::Usage;
    }
    QCommandLineParser parser;
    CliContext::addConnectionOptions(&parser);
    const bool list = verb == QLatin1String("list");
    if (list)
        CliContext::addOutputOption(&parser);
    else
        parser.addPositionalArgument(QStringLiteral("ID|FILE|URL"), QStringLiteral("The schema."));
    const int parsed =
        cli.parse(&parser, args, list ? QStringLiteral("schemas list") : QStringLiteral("schemas doc ID|FILE|URL"),
                  list ? QStringLiteral("Lists the identity schemas with the traits each marks as login identifier.")
                       : QStringLiteral("Prints a schema's Markdown documentation: by id from the connection, or "
                                        "from a file or URL (no connection needed). Exit code 1 when the schema "
                                        "has problems Kratos would reject."),
                  true);
    if (parsed >= 0)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (list ? !positional.isEmpty() : positional.size() != 1) {
        cli.fail(list ? QStringLiteral("schemas list takes no arguments")
                      : QStringLiteral("schemas doc takes one ID, FILE or URL"));
        return CliContext::Usage;
    }
    if (!list) {
        const QString source = positional.first();
        if (QFileInfo::exists(source) || source.contains(QLatin1String("://")))
            return SchemaDocCommand::run(source);
    }
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    if (!list) {
        const QString id = positional.first();
        const auto schema =
            cli.wait<IdentitySchema>([&](auto done) { cli.client()->getIdentitySchema(id, cli.client(), done); });
        if (!schema.ok()) {
            cli.fail(
                schema.error().httpStatus() == 404
                    ? QStringLiteral("the server has no identity schema \"%1\" (and there is no such file)").arg(id)
                    : schema.error().userMessage());
            return CliContext::exitFor(schema.error());
        }
        return SchemaDocCommand::print(schema.value().schema, schema.value().keyOrder, schema.value().id);
    }
    SchemaListModel schemas(cli.client());
    QEventLoop loop;
    ApiError failure;
    QObject::connect(&schemas, &SchemaListModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&schemas, &SchemaListModel::failed, &loop, [&failure, &loop](const ApiError &error) {
        failure = error;
        loop.quit();
    });
    schemas.reload();
    loop.exec();
    if (!failure.isNull()) {
        cli.fail(failure);
        return CliContext::exitFor(failure);
    }
    SchemaCatalog catalog;
    catalog.setSchemas(schemas.schemas());
    CliOutput out(cli.format(), {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("identifiers")});
    for (const IdentitySchema &schema : schemas.schemas()) {
        const QStringList identifiers = catalog.identifierPaths(schema.id);
        out.add(QJsonObject{{QStringLiteral("id"), schema.id}, {QStringLiteral("schema"), schema.schema}},
                {schema.id, schema.schema.value(QLatin1String("title")).toString(),
                 identifiers.join(QStringLiteral(", "))});
    }
    out.finish();
    return CliContext::Done;
}
