// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValidationProblem.h"

#include <QCoreApplication>
#include <QJsonValue>

// Words for people from a validator's findings. valijson and the pattern and format checks say
// "String should be no fewer than 3 characters" or "does not match pattern \"…\""; a support
// person reads "Login name: must be at least 3 characters long". The field is named by the
// schema's `title` at the problem's place (local `$ref`s followed, a bounded number of hops), and
// the type, `enum` and `const` the schema asks for are read from there too. The validator's own
// text is kept as the detail. Titles and values come from the server: they are cut to a length
// that fits a line.
class ValidationWording
{
    Q_DECLARE_TR_FUNCTIONS(ValidationWording)

public:
    ValidationWording() = default;
    explicit ValidationWording(const QJsonValue &schema);

    // `path` is a JSON Pointer with "#" ("#/traits/email"); `raw` is the validator's text.
    ValidationProblem word(const QString &path, const QString &raw) const;
    // The schema's title at `path` ("#/traits/name/first"), else the last key, else empty.
    QString titleAt(const QString &path) const;

    // A validator message that only says that something inside failed ("Failed to validate item
    // #2 in array."): not worth showing when a more specific problem is listed.
    static bool isWrapper(const QString &raw);

private:
    // Validator messages with a shape (a missing property, a length, a bound): worded into `p`; false
    // when `raw` has none of those shapes.
    static bool wordKnownPattern(const QString &raw, ValidationProblem *p);
    // The others, by their keyword, with the schema at `path` for the allowed types and values.
    QString wordByKeyword(const QString &path, const QString &raw) const;
    static QString formatWords(const QString &format);
    QJsonValue schemaAt(const QString &path) const;
    QString typeWords(const QJsonValue &node) const;
    QString valueList(const QJsonValue &node) const;

    QJsonValue m_schema;
};
