// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimFlows.h"

#include "SimApi.h"
#include "SimStore.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QJsonObject message(qint64 id, const QString &text, const QString &type = s("info"))
{
    return QJsonObject{{s("id"), id}, {s("text"), text}, {s("type"), type}};
}

QJsonObject node(const QString &group, const QString &name, const QString &inputType, const QJsonValue &value = {},
                 const QJsonArray &messages = {}, bool required = false)
{
    QJsonObject attributes{
        {s("name"), name}, {s("type"), inputType}, {s("node_type"), s("input")}, {s("disabled"), false}};
    if (!value.isUndefined() && !value.isNull())
        attributes.insert(s("value"), value);
    if (required)
        attributes.insert(s("required"), true);
    return QJsonObject{{s("type"), s("input")},
                       {s("group"), group},
                       {s("attributes"), attributes},
                       {s("messages"), messages},
                       {s("meta"), QJsonObject{}}};
}

// Kratos's browser detection is content negotiation on Accept alone (x/isjsonrequest.go).
bool wantsJson(const SimRequest &r)
{
    return r.header("Accept").contains("application/json");
}

// ss/flow/request.go: a Cookie (other than Cloudflare's) or an Origin header breaks an API flow.
QString headerProblem(const SimRequest &r)
{
    const QByteArray cookie = r.header("Cookie");
    if (!cookie.isEmpty()) {
        for (const QByteArray &part : cookie.split(';')) {
            const QByteArray name = part.trimmed().split('=').value(0);
            if (!name.startsWith("__cf") && !name.startsWith("_cf") && !name.startsWith("cf_"))
                return s("The HTTP Request Header included the \"Cookie\" key which is not allowed for API flows.");
        }
    }
    if (!r.header("Origin").isEmpty())
        return s("The HTTP Request Header included the \"Origin\" key which is not allowed for API flows.");
    return {};
}

bool looksLikeEmail(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(value).hasMatch();
}

} // namespace

SimFlows::SimFlows(SimStore &store, const SimOptions &options)
    : m_store(store)
    , m_options(options)
{}

bool SimFlows::enabled(const QString &kind) const
{
    if (kind == QLatin1String("verification"))
        return m_options.verificationEnabled;
    if (kind == QLatin1String("recovery"))
        return m_options.recoveryEnabled;
    return true;
}

QString SimFlows::method(const QString &kind) const
{
    return kind == QLatin1String("verification") ? m_options.verificationMethod : m_options.recoveryMethod;
}

SimResponse SimFlows::handle(const SimRequest &r, const QStringList &parts)
{
    const QString kind = parts.value(0);
    if (kind != QLatin1String("verification") && kind != QLatin1String("recovery") && kind != QLatin1String("login"))
        return SimResponse::text(404, "404 page not found\n");
    if (parts.size() == 2 && parts.at(1) == QLatin1String("api")) {
        if (r.method != QLatin1String("GET"))
            return SimResponse::text(405, "Method Not Allowed\n");
        return init(r, kind);
    }
    if (parts.size() == 2 && parts.at(1) == QLatin1String("flows")) {
        if (r.method != QLatin1String("GET"))
            return SimResponse::text(405, "Method Not Allowed\n");
        return get(r, kind);
    }
    if (parts.size() == 1 && kind != QLatin1String("login")) {
        if (r.method != QLatin1String("POST"))
            return SimResponse::text(405, "Method Not Allowed\n");
        return submit(r, kind);
    }
    return SimResponse::text(404, "404 page not found\n");
}

SimFlows::Flow &SimFlows::create(const QString &kind, const QString &type)
{
    Flow flow;
    flow.id = SimStore::newUuid();
    flow.kind = kind;
    flow.type = type;
    flow.active = kind == QLatin1String("login") ? QString() : method(kind);
    flow.state = kind == QLatin1String("login") ? QString() : s("choose_method");
    flow.issuedAt = m_store.now();
    flow.expiresAt = flow.issuedAt.addSecs(m_options.flowLifespanSecs);
    return m_flows.insert(flow.id, flow).value();
}

SimResponse SimFlows::seeOther(const QString &path, const QString &query) const
{
    QUrl target = m_publicBase;
    target.setPath(path);
    target.setQuery(query);
    SimResponse out = SimResponse::empty(303);
    out.setHeader("Location", target.toEncoded());
    return out;
}

SimResponse SimFlows::init(const SimRequest &r, const QString &kind)
{
    if (!enabled(kind)) {
        return SimResponse::error(400, s("The request was malformed or contained invalid parameters"),
                                  kind == QLatin1String("verification")
                                      ? s("Verification is not allowed because it was disabled.")
                                      : s("Recovery is not allowed because it was disabled."));
    }
    Q_UNUSED(r)
    return SimResponse::json(200, render(create(kind, s("api"))));
}

SimResponse SimFlows::get(const SimRequest &r, const QString &kind)
{
    const auto it = m_flows.constFind(r.param(s("id")));
    if (it == m_flows.cend() || it->kind != kind)
        return SimResponse::error(404, s("Unable to locate the resource"));
    if (it->expiresAt < m_store.now()) {
        QUrl api = m_publicBase;
        api.setPath(QStringLiteral("/self-service/%1/api").arg(kind));
        return SimResponse::error(410, s("The requested resource is no longer available."),
                                  QStringLiteral("The %1 flow has expired.").arg(kind), s("self_service_flow_expired"),
                                  QJsonObject{{s("api"), api.toString()}});
    }
    return SimResponse::json(200, render(*it));
}

SimResponse SimFlows::submit(const SimRequest &r, const QString &kind)
{
    auto it = m_flows.find(r.param(s("flow")));
    if (it == m_flows.end() || it->kind != kind)
        return SimResponse::error(404, s("Unable to locate the resource"));
    Flow &flow = *it;
    const bool verification = kind == QLatin1String("verification");

    if (flow.type == QLatin1String("api")) {
        const QString problem = headerProblem(r);
        if (!problem.isEmpty()) {
            flow.messages = QJsonArray{message(4000001, problem, s("error"))};
            return flowAnswer(400, flow);
        }
    }
    if (flow.expiresAt < m_store.now()) {
        // The expired API flow is replaced by a browser flow (FromOldFlow); the client is sent there.
        Flow &renewed = create(kind, s("browser"));
        const qint64 minutes = flow.expiresAt.secsTo(m_store.now()) / 60;
        renewed.messages = QJsonArray{
            message(verification ? 4070005 : 4060005,
                    QStringLiteral("The %1 flow expired %2.00 minutes ago, please try again.").arg(kind).arg(minutes),
                    s("error"))};
        return seeOther(QStringLiteral("/self-service/%1/flows").arg(kind), s("id=") + renewed.id);
    }

    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QString chosen = body.value(s("method")).toString();
    if (body.contains(s("method")) && chosen != QLatin1String("code") && chosen != QLatin1String("link")) {
        flow.messages = {};
        return flowAnswer(400, flow,
                          QJsonArray{message(4000001, s("value must be one of \"code\", \"link\""), s("error"))});
    }
    if (chosen != flow.active) {
        flow.messages = QJsonArray{
            verification
                ? message(4010006,
                          s("Could not find a strategy to verify your account with. Did you fill out the form "
                            "correctly?"),
                          s("error"))
                : message(4010005,
                          s("Could not find a strategy to recover your account with. Did you fill out the form "
                            "correctly?"),
                          s("error"))};
        return flowAnswer(400, flow);
    }
    const QString address = body.value(s("email")).toString();
    if (address.isEmpty()) {
        flow.messages = {};
        return flowAnswer(400, flow, QJsonArray{message(4000002, s("Property email is missing."), s("error"))});
    }
    if (!looksLikeEmail(address)) {
        flow.messages = {};
        return flowAnswer(400, flow, QJsonArray{message(4000040, s("Enter a valid email address"), s("error"))});
    }

    send(kind, flow.active, address);
    flow.sentTo = address;
    flow.state = s("sent_email");
    const bool code = flow.active == QLatin1String("code");
    flow.messages = QJsonArray{
        verification ? (code ? message(1080003, s("An email containing a verification code has been sent to the email "
                                                  "address you provided. If you have not received an email, check the "
                                                  "spelling of the address and make sure to use the address you "
                                                  "registered with."))
                             : message(1080001, s("An email containing a verification link has been sent to the email "
                                                  "address you provided. If you have not received an email, check the "
                                                  "spelling of the address and make sure to use the address you "
                                                  "registered with.")))
                     : (code ? message(1060003, s("An email containing a recovery code has been sent to the email "
                                                  "address you provided. If you have not received an email, check the "
                                                  "spelling of the address and make sure to use the address you "
                                                  "registered with."))
                             : message(1060002, s("An email containing a recovery link has been sent to the email "
                                                  "address you provided. If you have not received an email, check the "
                                                  "spelling of the address and make sure to use the address you "
                                                  "registered with.")))};
    if (!wantsJson(r)) {
        // Treated as a browser: the mail is queued all the same, the answer is a redirect to the UI.
        return seeOther(QStringLiteral("/ui/%1").arg(kind), s("flow=") + flow.id);
    }
    return flowAnswer(200, flow);
}

bool SimFlows::send(const QString &kind, const QString &method, const QString &address)
{
    const bool verification = kind == QLatin1String("verification");
    const QString stored = verification ? m_store.markVerificationSent(address) : m_store.recoveryAddressValue(address);
    const bool known = !stored.isEmpty();
    if (!known && !m_options.notifyUnknownRecipients)
        return false;
    const bool code = method == QLatin1String("code");
    QString templateType;
    QString subject;
    QString text;
    const QString secret =
        code ? QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(1000000), 6, 10, QLatin1Char('0'))
             : SimStore::newUuid().remove(QLatin1Char('-'));
    QUrl link = m_publicBase;
    link.setPath(QStringLiteral("/self-service/%1").arg(kind));
    link.setQuery(QStringLiteral("flow=%1&%2=%3").arg(SimStore::newUuid(), code ? s("code") : s("token"), secret));
    if (!known) {
        templateType = verification ? (code ? s("verification_code_invalid") : s("verification_invalid"))
                                    : (code ? s("recovery_code_invalid") : s("recovery_invalid"));
        subject = verification ? s("Someone tried to verify this email address") : s("Account access attempted");
        text = QStringLiteral("Hi,\n\nyou (or someone else) entered this email address when trying to %1 an "
                              "account. This address is not known to us.")
                   .arg(verification ? s("verify") : s("recover access to"));
    } else if (verification) {
        templateType = code ? s("verification_code_valid") : s("verification_valid");
        // Kratos's built-in templates: the code is in the body only, never in a subject a mail
        // list or a notification preview would show.
        subject = s("Please verify your email address");
        text = code ? QStringLiteral("Hi, please verify your account by entering the following code:\n\n%1\n\nor "
                                     "clicking the following link:\n\n%2")
                          .arg(secret, link.toString())
                    : QStringLiteral("Hi, please verify your account by clicking the following link:\n\n%1")
                          .arg(link.toString());
    } else {
        templateType = code ? s("recovery_code_valid") : s("recovery_valid");
        subject = s("Recover access to your account");
        text = code ? QStringLiteral("Hi,\n\nplease recover access to your account by entering the following "
                                     "code:\n\n%1")
                          .arg(secret)
                    : QStringLiteral("Hi,\n\nplease recover access to your account by clicking the following "
                                     "link:\n\n%1")
                          .arg(link.toString());
    }
    m_store.queueMessage(known ? stored : address, s("email"), templateType, subject, text);
    return true;
}

QJsonArray SimFlows::nodes(const Flow &flow) const
{
    QJsonArray out{node(s("default"), s("csrf_token"), s("hidden"), QString(), {}, true)};
    if (flow.kind == QLatin1String("login")) {
        out.append(node(s("default"), s("identifier"), s("text"), QString(), {}, true));
        for (const QString &m : m_options.loginMethods) {
            if (m == QLatin1String("password")) {
                out.append(node(m, s("password"), s("password"), {}, {}, true));
                out.append(node(m, s("method"), s("submit"), m));
            } else if (m == QLatin1String("oidc") || m == QLatin1String("saml")) {
                for (const QString &provider : m_options.oidcProviders)
                    out.append(node(m, s("provider"), s("submit"), provider));
            } else {
                out.append(node(m, s("method"), s("submit"), m));
            }
        }
        return out;
    }
    const QString group = flow.active;
    if (flow.state == QLatin1String("sent_email") && flow.active == QLatin1String("code")) {
        out.append(node(group, s("code"), s("text"), QString(), {}, true));
        out.append(node(group, s("method"), s("hidden"), group));
        out.append(node(group, s("email"), s("submit"), flow.sentTo));
        return out;
    }
    out.append(node(group, s("email"), s("email"), QString(), {}, true));
    out.append(node(group, s("method"), s("submit"), group));
    return out;
}

QJsonObject SimFlows::render(const Flow &flow) const
{
    QUrl action = m_publicBase;
    action.setPath(QStringLiteral("/self-service/%1").arg(flow.kind));
    action.setQuery(s("flow=") + flow.id);
    QJsonObject ui{{s("action"), action.toString()}, {s("method"), s("POST")}, {s("nodes"), nodes(flow)}};
    if (!flow.messages.isEmpty())
        ui.insert(s("messages"), flow.messages);
    QUrl request = m_publicBase;
    request.setPath(QStringLiteral("/self-service/%1/%2").arg(flow.kind, flow.type));
    QJsonObject out{{s("id"), flow.id},
                    {s("type"), flow.type},
                    {s("expires_at"), SimStore::formatTime(flow.expiresAt)},
                    {s("issued_at"), SimStore::formatTime(flow.issuedAt)},
                    {s("request_url"), request.toString()},
                    {s("ui"), ui}};
    if (flow.kind == QLatin1String("login")) {
        out.insert(s("requested_aal"), s("aal1"));
        out.insert(s("refresh"), false);
        out.insert(s("state"), s("choose_method"));
    } else {
        out.insert(s("active"), flow.active);
        out.insert(s("state"), flow.state);
    }
    return out;
}

SimResponse SimFlows::flowAnswer(int status, const Flow &flow, const QJsonArray &nodeErrors) const
{
    QJsonObject body = render(flow);
    if (!nodeErrors.isEmpty()) {
        QJsonObject ui = body.value(s("ui")).toObject();
        QJsonArray list = ui.value(s("nodes")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject n = list.at(i).toObject();
            if (n.value(s("attributes")).toObject().value(s("name")).toString() == QLatin1String("email")) {
                n.insert(s("messages"), nodeErrors);
                list.replace(i, n);
            }
        }
        ui.insert(s("nodes"), list);
        body.insert(s("ui"), ui);
    }
    return SimResponse::json(status, body);
}
