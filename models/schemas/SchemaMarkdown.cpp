// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaMarkdown.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaMarkdown", text);
}

bool documented(const SchemaNode *n)
{
    using Kind = SchemaNode::Kind;
    for (const SchemaNode *p = n; p; p = p->parent)
        if (p->kind == Kind::Definitions)
            return false; // definitions are documented where they are used
    return n->kind != Kind::Root && n->kind != Kind::Definitions;
}

QString code(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return text.contains(QLatin1Char('`')) ? QStringLiteral("`` %1 ``").arg(t) : QStringLiteral("`%1`").arg(t);
}

QString pathCell(const SchemaNode *n, const QString &path)
{
    QString out = code(path.isEmpty() ? QStringLiteral("(root)") : path);
    const QString branches = n->branchContext();
    if (!branches.isEmpty())
        out += QStringLiteral(" *(%1)*").arg(SchemaMarkdown::cell(branches));
    if (!n->problem.isEmpty())
        out += QStringLiteral(" **%1**").arg(SchemaMarkdown::cell(tr("problem:")));
    return out;
}

QString row(const SchemaNode *n, const QString &path)
{
    QStringList constraints;
    for (const QString &c : n->constraints())
        constraints.append(SchemaMarkdown::cell(c));
    QStringList text;
    if (!n->title().isEmpty())
        text.append(QStringLiteral("**%1**").arg(SchemaMarkdown::cell(n->title())));
    if (!n->description().isEmpty())
        text.append(SchemaMarkdown::cell(n->description()));
    if (!n->problem.isEmpty())
        text.append(SchemaMarkdown::cell(n->problem));
    if (!n->unknownKeywords().isEmpty())
        text.append(SchemaMarkdown::cell(
            tr("keywords JSON Schema does not define: %1").arg(n->unknownKeywords().join(QStringLiteral(", ")))));
    const bool isProperty = n->kind == SchemaNode::Kind::Property;
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
        .arg(pathCell(n, path), SchemaMarkdown::cell(n->typeText()),
             isProperty ? (n->required ? tr("yes") : tr("no")) : QStringLiteral("—"),
             constraints.join(QStringLiteral("; ")), text.join(QStringLiteral(" — ")),
             SchemaMarkdown::cell(n->extension.inWords()));
}

QString tableHeader(const QString &first)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n|---|---|---|---|---|---|\n")
        .arg(first, tr("Type"), tr("Required"), tr("Constraints"), tr("Title / description"), tr("Kratos"));
}

} // namespace

QString SchemaMarkdown::cell(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (QStringLiteral("\\`*_[]<>|#").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out.trimmed();
}

QString SchemaMarkdown::document(const SchemaTree &tree, const QString &schemaId)
{
    const QJsonObject &doc = tree.document();
    const QString title = doc.value(QLatin1String("title")).toString();
    QString out =
        QStringLiteral("# %1\n\n")
            .arg(cell(title.isEmpty() ? tr("Identity schema %1").arg(schemaId) : tr("Identity schema: %1").arg(title)));

    if (!schemaId.isEmpty())
        out += QStringLiteral("- %1: %2\n").arg(tr("Schema id"), code(schemaId));
    for (const char *key : {"$id", "$schema"})
        if (doc.contains(QLatin1String(key)))
            out += QStringLiteral("- %1: %2\n").arg(QLatin1String(key), code(doc.value(QLatin1String(key)).toString()));
    if (doc.contains(QLatin1String("description")))
        out += QStringLiteral("- %1: %2\n")
                   .arg(tr("Description"), cell(doc.value(QLatin1String("description")).toString()));

    QStringList traitRows;
    QStringList otherRows;
    QStringList logins;
    QStringList verification;
    QStringList recovery;
    for (const SchemaNode *n : tree.nodes()) {
        if (!documented(n))
            continue;
        const QString traitPath = n->traitPath();
        if (n->isUnderTraits() && n->dataPath != QLatin1String("traits")) {
            traitRows.append(row(n, traitPath));
            const KratosExtension &e = n->extension;
            if (e.isLoginIdentifier())
                logins.append(code(traitPath));
            if (!e.verificationVia.isEmpty())
                verification.append(
                    QStringLiteral("%1 (%2)").arg(code(traitPath), KratosExtension::channelName(e.verificationVia)));
            if (!e.recoveryVia.isEmpty())
                recovery.append(
                    QStringLiteral("%1 (%2)").arg(code(traitPath), KratosExtension::channelName(e.recoveryVia)));
        } else if (!n->isUnderTraits()) {
            otherRows.append(row(n, n->dataPath));
        }
    }
    auto list = [](const QStringList &items) {
        return items.isEmpty() ? tr("none") : items.join(QStringLiteral(", "));
    };
    out += QStringLiteral("- %1: %2\n").arg(tr("Login identifiers"), list(logins));
    out += QStringLiteral("- %1: %2\n").arg(tr("Verified addresses"), list(verification));
    out += QStringLiteral("- %1: %2\n").arg(tr("Recovery addresses"), list(recovery));

    out += QStringLiteral("\n## %1\n\n").arg(tr("Traits"));
    if (traitRows.isEmpty())
        out += tr("This schema defines no traits.") + QStringLiteral("\n");
    else
        out += tableHeader(tr("Trait")) + traitRows.join(QLatin1Char('\n')) + QLatin1Char('\n');

    if (!otherRows.isEmpty()) {
        out += QStringLiteral("\n## %1\n\n%2\n\n")
                   .arg(tr("Outside traits"),
                        tr("Kratos keeps only `traits` of an identity; these parts of the schema do not apply to "
                           "identities."));
        out += tableHeader(tr("Path")) + otherRows.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    if (!tree.errors().isEmpty() || !tree.notes().isEmpty()) {
        out += QStringLiteral("\n## %1\n\n").arg(tr("Problems"));
        for (const QString &e : tree.errors())
            out += QStringLiteral("- %1\n").arg(cell(e));
        for (const QString &n : tree.notes())
            out += QStringLiteral("- %1\n").arg(cell(n));
    }
    return out;
}
