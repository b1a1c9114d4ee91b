// SPDX-License-Identifier: GPL-3.0-or-later
#include "KratosSimulator.h"
#include "RawHttp.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

using namespace TestSupport;

namespace {

// OpenAPI 3.0 is not quite JSON Schema: `nullable: true` widens the type to include null.
QJsonValue toJsonSchema(const QJsonValue &node)
{
    if (node.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : node.toArray())
            out.append(toJsonSchema(v));
        return out;
    }
    if (!node.isObject())
        return node;
    QJsonObject o = node.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = toJsonSchema(it.value());
    if (o.value(QStringLiteral("nullable")).toBool() && o.value(QStringLiteral("type")).isString())
        o.insert(QStringLiteral("type"), QJsonArray{o.value(QStringLiteral("type")), QStringLiteral("null")});
    return o;
}

} // namespace

// Every JSON body the simulator sends for the main endpoints validates against the response
// schema of Kratos's official OpenAPI spec (../shared/kratos/api.json), so the simulator cannot
// drift into a Kratos that does not exist.
class tst_SpecConformance : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_spec;
    QJsonObject m_components;
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<RawHttp> m_admin;
    std::unique_ptr<RawHttp> m_public;

    QJsonValue responseSchema(const QString &path, const QString &method, const QString &code) const
    {
        QJsonObject response = m_spec.value(QStringLiteral("paths"))
                                   .toObject()
                                   .value(path)
                                   .toObject()
                                   .value(method)
                                   .toObject()
                                   .value(QStringLiteral("responses"))
                                   .toObject()
                                   .value(code)
                                   .toObject();
        const QString ref = response.value(QStringLiteral("$ref")).toString();
        if (ref.startsWith(QLatin1String("#/components/responses/")))
            response = m_components.value(QStringLiteral("responses")).toObject().value(ref.mid(23)).toObject();
        return response.value(QStringLiteral("content"))
            .toObject()
            .value(QStringLiteral("application/json"))
            .toObject()
            .value(QStringLiteral("schema"));
    }

    // Validates `body` against the spec's schema for (path, method, code); returns the problems.
    QStringList validate(const QString &path, const QString &method, const QString &code, const QByteArray &body) const
    {
        const QJsonValue schema = responseSchema(path, method, code);
        if (!schema.isObject())
            return {QStringLiteral("the spec has no JSON schema for %1 %2 %3").arg(method, path, code)};
        const QJsonObject root{{QStringLiteral("components"), m_components},
                               {QStringLiteral("allOf"), QJsonArray{schema}}};
        valijson::Schema compiled;
        valijson::SchemaParser parser;
        valijson::adapters::QtJsonAdapter schemaAdapter(root);
        parser.populateSchema(schemaAdapter, compiled);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return {QStringLiteral("not JSON: ") + pe.errorString()};
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        valijson::Validator validator;
        valijson::ValidationResults results;
        QStringList problems;
        if (!validator.validate(compiled, valijson::adapters::QtJsonAdapter(value), &results)) {
            valijson::ValidationResults::Error error;
            while (results.popError(error)) {
                QString where;
                for (const std::string &c : error.context)
                    where += QString::fromStdString(c);
                problems.append(where + QStringLiteral(": ") + QString::fromStdString(error.description));
            }
        }
        return problems;
    }

    void check(const QString &specPath, const QString &method, const QString &code, const RawHttp::Reply &reply)
    {
        QCOMPARE(reply.status, code == QLatin1String("default") ? reply.status : code.toInt());
        const QStringList problems = validate(specPath, method, code, reply.body);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 %2: ").arg(method.toUpper(), specPath) +
                                                problems.join(QStringLiteral("\n"))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = sharedDir();
        if (dir.isEmpty())
            QSKIP("../shared/kratos/api.json is not here: the spec check needs Kratos's OpenAPI document");
        QFile file(dir + QStringLiteral("/kratos/api.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_spec = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject components = toJsonSchema(m_spec.value(QStringLiteral("components"))).toObject();
        QJsonObject schemas = components.value(QStringLiteral("schemas")).toObject();
        // ADMIN-API.md §9.1: the server writes "sms" where the spec says "phone".
        QJsonObject type = schemas.value(QStringLiteral("courierMessageType")).toObject();
        type.insert(QStringLiteral("enum"),
                    QJsonArray{QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("sms")});
        schemas.insert(QStringLiteral("courierMessageType"), type);
        // §9.8: genericError.details is declared closed but the server fills it.
        QJsonObject generic = schemas.value(QStringLiteral("genericError")).toObject();
        QJsonObject properties = generic.value(QStringLiteral("properties")).toObject();
        properties.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}});
        generic.insert(QStringLiteral("properties"), properties);
        schemas.insert(QStringLiteral("genericError"), generic);
        // §4.2: unexpanded sessions carry "identity": null and "devices": null; the spec allows neither.
        QJsonObject session = schemas.value(QStringLiteral("session")).toObject();
        QJsonObject sessionProps = session.value(QStringLiteral("properties")).toObject();
        QJsonObject devices = sessionProps.value(QStringLiteral("devices")).toObject();
        devices.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("array"), QStringLiteral("null")});
        sessionProps.insert(QStringLiteral("devices"), devices);
        sessionProps.insert(QStringLiteral("identity"),
                            QJsonObject{{QStringLiteral("anyOf"),
                                         QJsonArray{sessionProps.value(QStringLiteral("identity")),
                                                    QJsonObject{{QStringLiteral("type"), QStringLiteral("null")}}}}});
        session.insert(QStringLiteral("properties"), sessionProps);
        schemas.insert(QStringLiteral("session"), session);
        components.insert(QStringLiteral("schemas"), schemas);
        m_components = components;

        SimOptions options;
        options.identities = 80;
        options.messages = 40;
        options.seed = 5;
        m_sim = startSimulator(options);
        m_admin = std::make_unique<RawHttp>(m_sim->adminUrl());
        m_public = std::make_unique<RawHttp>(m_sim->publicUrl());
    }

    void validatorCatchesWrongBodies()
    {
        // The check itself must be able to fail.
        QVERIFY(!validate(QStringLiteral("/admin/identities/{id}"), QStringLiteral("get"), QStringLiteral("200"),
                          R"({"id":"not-a-uuid","schema_id":1,"traits":{},"schema_url":"x","state":"frozen"})")
                     .isEmpty());
        QVERIFY(!validate(QStringLiteral("/admin/courier/messages"), QStringLiteral("get"), QStringLiteral("200"),
                          R"({"not":"a list"})")
                     .isEmpty());
    }

    void identities()
    {
        const QString id = m_sim->store().identities().firstKey();
        check(QStringLiteral("/admin/identities"), QStringLiteral("get"), QStringLiteral("200"),
              m_admin->get(QStringLiteral("/admin/identities?page_size=80")));
        check(QStringLiteral("/admin/identities"), QStringLiteral("get"), QStringLiteral("200"),
              m_admin->get(QStringLiteral("/admin/identities?include_credential=password&include_credential=oidc")));
        check(QStringLiteral("/admin/identities/{id}"), QStringLiteral("get"), QStringLiteral("200"),
              m_admin->get(QStringLiteral("/admin/identities/") + id + QStringLiteral("?include_credential=totp")));
        check(QStringLiteral("/admin/identities/{id}"), QStringLiteral("get"), QStringLiteral("404"),
              m_admin->get(QStringLiteral("/admin/identities/7c7e3a3e-0000-4000-8000-000000000000")));
        check(QStringLiteral("/admin/identities"), QStringLiteral("post"), QStringLiteral("201"),
              m_admin->send("POST", QStringLiteral("/admin/identities"),
                            R"({"schema_id":"organisation","traits":{"email":"spec@acme.example",
                  "name":{"first":"S","last":"P"},"profile":{"department":"legal","roles":["viewer"],"phones":["+4930123456"]}},
                  "metadata_public":{"a":1},"metadata_admin":{"b":2},"external_id":"spec-1",
                  "organization_id":"5b0f1c43-7d0e-4a6e-9c55-0c2a8f0e1a01"})"));
        check(QStringLiteral("/admin/identities"), QStringLiteral("post"), QStringLiteral("400"),
              m_admin->send("POST", QStringLiteral("/admin/identities"),
                            R"({"schema_id":"default","traits":{"email":"broken"}})"));
        check(QStringLiteral("/admin/identities/{id}"), QStringLiteral("patch"), QStringLiteral("200"),
              m_admin->send("PATCH", QStringLiteral("/admin/identities/") + id,
                            R"([{"op":"replace","path":"/state","value":"inactive"}])"));
        check(QStringLiteral("/admin/identities/{id}"), QStringLiteral("put"), QStringLiteral("200"),
              m_admin->send(
                  "PUT", QStringLiteral("/admin/identities/") + id,
                  QJsonDocument(m_admin->get(QStringLiteral("/admin/identities/") + id).json().object()).toJson()));
        check(QStringLiteral("/admin/identities"), QStringLiteral("patch"), QStringLiteral("200"),
              m_admin->send("PATCH", QStringLiteral("/admin/identities"),
                            R"({"identities":[{"create":{"schema_id":"default","traits":{"email":"b@example.com"}}},
                  {"create":{"schema_id":"default","traits":{"email":"bad"}}}]})"));
    }

    void sessions()
    {
        QString identityId;
        QString active;
        for (const SimSession &s : m_sim->store().sessions()) {
            identityId = s.identityId;
            if (m_sim->store().isActive(s))
                active = s.id;
        }
        check(QStringLiteral("/admin/sessions"), QStringLiteral("get"), QStringLiteral("200"),
              m_admin->get(QStringLiteral("/admin/sessions")));
        check(QStringLiteral("/admin/sessions"), QStringLiteral("get"), QStringLiteral("200"),
              m_admin->get(QStringLiteral("/admin/sessions?expand=identity&expand=devices")));
        check(QStringLiteral("/admin/sessions/{id}"), QStringLiteral("get"), QStringLiteral("200"),
              m_admin->get(QStringLiteral("/admin/sessions/") + active + QStringLiteral("?expand=identity")));
        check(QStringLiteral("/admin/identities/{id}/sessions"), QStringLiteral("get"), QStringLiteral("200"),
              m_admin->get(QStringLiteral("/admin/identities/") + identityId + QStringLiteral("/sessions")));
        check(QStringLiteral("/admin/sessions/{id}/extend"), QStringLiteral("patch"), QStringLiteral("200"),
              m_admin->send("PATCH", QStringLiteral("/admin/sessions/") + active + QStringLiteral("/extend")));
        check(QStringLiteral("/admin/sessions/{id}"), QStringLiteral("get"), QStringLiteral("400"),
              m_admin->get(QStringLiteral("/admin/sessions/nope")));
    }

    void courier()
    {
        for (bool dev : {false, true}) {
            m_sim->options().devMode = dev;
            const RawHttp::Reply list = m_admin->get(QStringLiteral("/admin/courier/messages?page_size=40"));
            check(QStringLiteral("/admin/courier/messages"), QStringLiteral("get"), QStringLiteral("200"), list);
            const QString id = list.json().array().first().toObject().value(QStringLiteral("id")).toString();
            check(QStringLiteral("/admin/courier/messages/{id}"), QStringLiteral("get"), QStringLiteral("200"),
                  m_admin->get(QStringLiteral("/admin/courier/messages/") + id));
        }
        check(QStringLiteral("/admin/courier/messages"), QStringLiteral("get"), QStringLiteral("400"),
              m_admin->get(QStringLiteral("/admin/courier/messages?status=lost")));
    }

    void schemasRecoveryHealth()
    {
        check(QStringLiteral("/schemas"), QStringLiteral("get"), QStringLiteral("200"),
              m_public->get(QStringLiteral("/schemas")));
        check(QStringLiteral("/schemas/{id}"), QStringLiteral("get"), QStringLiteral("200"),
              m_public->get(QStringLiteral("/schemas/default")));
        check(QStringLiteral("/schemas/{id}"), QStringLiteral("get"), QStringLiteral("404"),
              m_public->get(QStringLiteral("/schemas/none")));
        const QByteArray body =
            "{\"identity_id\":\"" + m_sim->store().identities().lastKey().toLatin1() + "\",\"expires_in\":\"2h\"}";
        check(QStringLiteral("/admin/recovery/link"), QStringLiteral("post"), QStringLiteral("200"),
              m_admin->send("POST", QStringLiteral("/admin/recovery/link"), body));
        check(QStringLiteral("/admin/recovery/code"), QStringLiteral("post"), QStringLiteral("201"),
              m_admin->send("POST", QStringLiteral("/admin/recovery/code"), body));
        check(QStringLiteral("/version"), QStringLiteral("get"), QStringLiteral("200"),
              m_admin->get(QStringLiteral("/version")));
        check(QStringLiteral("/health/alive"), QStringLiteral("get"), QStringLiteral("200"),
              m_admin->get(QStringLiteral("/health/alive")));
        check(QStringLiteral("/health/ready"), QStringLiteral("get"), QStringLiteral("200"),
              m_admin->get(QStringLiteral("/health/ready")));
    }
};

QTEST_GUILESS_MAIN(tst_SpecConformance)
#include "tst_specconformance.moc"
