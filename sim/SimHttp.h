// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimRequest.h"
#include "SimResponse.h"
#include "SimStore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QJsonDocument;

// What the simulator's routes share: Kratos's error texts, request parsing as Go's handlers do it,
// and the Link headers of its two paging styles.
namespace SimHttp {

inline const QString kMalformed = QStringLiteral("The request was malformed or contained invalid parameters");
inline const QString kNotFound = QStringLiteral("Unable to locate the resource");
inline const QString kBadToken = QStringLiteral("The page token is invalid, do not craft your own page tokens");
inline const QString kNilUuid = QStringLiteral("00000000-0000-0000-0000-000000000000");

QString s(const char *latin1);
bool isUuid(const QString &value);
SimResponse fromOutcome(const SimStore::Outcome &o);
// Go's router: a plain-text 404 and 405.
SimResponse notFoundPage();
SimResponse methodNotAllowed(const QByteArray &allow);
// A page size as the keyset endpoints parse it: absent -> default, not a number -> false.
bool pageSize(const SimRequest &r, const QString &key, int def, int max, int *out);
// A page size as the offset endpoints parse it: anything unreadable -> default.
int lenientSize(const SimRequest &r, const QString &key, int def, int max);
// Go's time.ParseDuration for the units Kratos users write ("1h30m", "15m", "90s", "500ms").
bool parseDuration(const QString &text, qint64 *ms);
// The request's JSON body, or Kratos's 400 in `error`.
bool parseBody(const SimRequest &r, QJsonDocument *doc, SimResponse *error);
// The credential types Kratos knows (include_credential, DELETE …/credentials/TYPE).
const QStringList &credentialTypes();
// Keyset paging's Link header: "first" and, when there is more, "next".
QByteArray keysetLink(const SimRequest &r, int pageSize, const QString &firstToken, const QString &nextToken);
// ory/x's offset paging's Link header, quirks included.
QByteArray offsetLink(const SimRequest &r, qint64 total, qint64 offset, int size, bool legacyOnly);

} // namespace SimHttp
