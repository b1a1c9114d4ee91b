// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimSeeder.h"

#include "SimJsonWriter.h"
#include "SimLogging.h"
#include "SimStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace {

// Every literal here is UTF-8 source text.
QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A name as people write it, and the ASCII form an address or username is made from.
struct Name
{
    const char *written;
    const char *ascii;
};

// Latin names with accents, and names in Japanese, Chinese, Arabic, Hebrew, Greek and Cyrillic script,
// so that the demo shows what real directories hold.
const Name kFirst[] = {{"Ada", "ada"},
                       {"Grace", "grace"},
                       {"Alan", "alan"},
                       {"Linus", "linus"},
                       {"Margaret", "margaret"},
                       {"Dennis", "dennis"},
                       {"Barbara", "barbara"},
                       {"Ken", "ken"},
                       {"Frances", "frances"},
                       {"Edsger", "edsger"},
                       {"Radia", "radia"},
                       {"Tim", "tim"},
                       {"Hedy", "hedy"},
                       {"John", "john"},
                       {"Sophie", "sophie"},
                       {"Niklaus", "niklaus"},
                       {"Katherine", "katherine"},
                       {"Donald", "donald"},
                       {"Anita", "anita"},
                       {"Guido", "guido"},
                       {"Lynn", "lynn"},
                       {"Bjarne", "bjarne"},
                       {"Shafi", "shafi"},
                       {"Leslie", "leslie"},
                       {"Amélie", "amelie"},
                       {"Jörg", "joerg"},
                       {"Zoë", "zoe"},
                       {"Björn", "bjoern"},
                       {"美咲", "misaki"},
                       {"伟", "wei"},
                       {"ليلى", "layla"},
                       {"נועה", "noa"},
                       {"Ελένη", "eleni"},
                       {"Ольга", "olga"},
                       {"Çağla", "cagla"},
                       {"Siobhán", "siobhan"}};
const Name kLast[] = {{"Lovelace", "lovelace"},
                      {"Hopper", "hopper"},
                      {"Turing", "turing"},
                      {"Torvalds", "torvalds"},
                      {"Hamilton", "hamilton"},
                      {"Ritchie", "ritchie"},
                      {"Liskov", "liskov"},
                      {"Thompson", "thompson"},
                      {"Allen", "allen"},
                      {"Dijkstra", "dijkstra"},
                      {"Perlman", "perlman"},
                      {"Berners-Lee", "berners-lee"},
                      {"Lamarr", "lamarr"},
                      {"Backus", "backus"},
                      {"Wilson", "wilson"},
                      {"Wirth", "wirth"},
                      {"Johnson", "johnson"},
                      {"Knuth", "knuth"},
                      {"Borg", "borg"},
                      {"van Rossum", "vanrossum"},
                      {"Conway", "conway"},
                      {"Stroustrup", "stroustrup"},
                      {"Goldwasser", "goldwasser"},
                      {"Lamport", "lamport"},
                      {"Müller", "mueller"},
                      {"Øster", "oester"},
                      {"Ibáñez", "ibanez"},
                      {"Nguyễn", "nguyen"},
                      {"佐藤", "sato"},
                      {"陳", "chen"},
                      {"حداد", "haddad"},
                      {"כהן", "cohen"},
                      {"Παπαδοπούλου", "papadopoulou"},
                      {"Иванова", "ivanova"},
                      {"Yılmaz", "yilmaz"},
                      {"Ó Briain", "obriain"}};
const QStringList kDomains{s("example.com"), s("example.org"), s("mail.example.net"), s("customer.example")};
const QStringList kOrgDomains{s("acme.example"), s("globex.example"), s("initech.example"), s("umbrella.example"),
                              s("hooli.example")};
const QStringList kDepartments{s("engineering"), s("sales"), s("support"), s("finance"), s("legal")};
const QStringList kRoles{s("admin"), s("editor"), s("viewer"), s("billing")};
struct Template
{
    const char *type;
    const char *subject;
    const char *emailBody;
    const char *smsBody;
};

// %1 = code or link, %2 = recipient
const Template kTemplates[] = {
    {"recovery_code_valid", "Recover access to your account",
     "Hi,\n\nplease recover access to your account by entering the following code:\n\n%1\n\nIf you did not ask for "
     "this, "
     "you can ignore this e-mail.",
     "Your recovery code is: %1"},
    {"recovery_valid", "Recover access to your account",
     "Hi,\n\nplease recover access to your account by clicking the following link:\n\n<a href=\"%1\">%1</a>",
     "Recover your account: %1"},
    {"recovery_invalid", "Account access attempted",
     "Hi,\n\nyou (or someone else) entered %2 when trying to recover access to an account. This address is not "
     "known to us.",
     "Someone tried to recover an account with this number."},
    {"verification_code_valid", "Please verify your email address",
     "Hi, please verify your account by entering the following code:\n\n%1", "Your verification code is: %1"},
    {"verification_valid", "Please verify your email address",
     "Hi, please verify your account by clicking the following link:\n\n<a href=\"%1\">%1</a>",
     "Verify your number: %1"},
    {"verification_code_invalid", "Someone tried to verify this email address",
     "Hi, someone asked to verify %2, but we were unable to find an account for this address.",
     "Someone tried to verify this number."},
    {"login_code_valid", "Login to your account", "Login to your account with the following code:\n\n%1",
     "Your login code is: %1"},
    {"registration_code_valid", "Complete your account registration",
     "Hi, complete your registration with the following code:\n\n%1", "Your registration code is: %1"},
};

// What a failed dispatch says (Kratos's error message) and what it means in words.
struct DispatchError
{
    const char *message;
    const char *reason;
};

const DispatchError kSmtpErrors[] = {
    {"dial tcp 10.20.0.14:587: i/o timeout", "the mail server did not answer"},
    {"smtp: 550 5.1.1 The email account that you tried to reach does not exist",
     "the mail server refused the recipient: no such mailbox"},
    {"smtp: 452 4.2.2 The email account that you tried to reach is over quota", "the recipient's mailbox is full"},
    {"smtp: 421 4.7.0 Try again later, closing connection", "the mail server asked to try again later"},
    {"x509: certificate signed by unknown authority", "the mail server's TLS certificate is not trusted"},
};
const DispatchError kSmsErrors[] = {
    {"upstream server replied with status code 400: {\"code\":21211,\"message\":\"Invalid 'To' Phone Number\"}",
     "the SMS gateway refused the phone number"},
    {"upstream server replied with status code 429: Too Many Requests", "the SMS gateway is rate limiting"},
    {"Post \"https://sms-gateway.example/v1/messages\": context deadline exceeded",
     "the SMS gateway did not answer in time"},
};

} // namespace

SimSeeder::SimSeeder(SimStore &store, quint32 seed)
    : m_store(store)
    , m_rng(seed)
{}

const QStringList &SimSeeder::organisationIds()
{
    static const QStringList ids{s("5b0f1c43-7d0e-4a6e-9c55-0c2a8f0e1a01"), s("5b0f1c43-7d0e-4a6e-9c55-0c2a8f0e1a02"),
                                 s("5b0f1c43-7d0e-4a6e-9c55-0c2a8f0e1a03"), s("5b0f1c43-7d0e-4a6e-9c55-0c2a8f0e1a04"),
                                 s("5b0f1c43-7d0e-4a6e-9c55-0c2a8f0e1a05")};
    return ids;
}

QString SimSeeder::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = m_rng.generate();
        memcpy(bytes.data() + i, &v, 4);
    }
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool SimSeeder::loadSchemas(const QString &dir, QString *error)
{
    QStringList files;
    if (dir.isEmpty()) {
        files = {s(":/sim/schemas/customer.schema.json"), s(":/sim/schemas/phone.schema.json"),
                 s(":/sim/schemas/organisation.schema.json")};
    } else {
        const QDir d(dir);
        for (const QString &name : d.entryList({s("*.schema.json")}, QDir::Files, QDir::Name))
            files.append(d.filePath(name));
        if (files.isEmpty()) {
            *error = QStringLiteral("no *.schema.json file in %1").arg(dir);
            return false;
        }
    }
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
            return false;
        }
        QJsonParseError parseError;
        const QByteArray source = f.readAll();
        const QJsonDocument doc = QJsonDocument::fromJson(source, &parseError);
        if (!doc.isObject()) {
            *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
            return false;
        }
        QString id = QFileInfo(path).fileName();
        id.chop(int(sizeof(".schema.json")) - 1);
        // The first built-in schema is Kratos's usual "default".
        if (dir.isEmpty() && id == QLatin1String("customer"))
            id = s("default");
        QString compileError;
        if (!m_store.addSchema(id, doc.object(), &compileError, source)) {
            *error = QStringLiteral("%1: %2").arg(path, compileError);
            return false;
        }
    }
    return true;
}

QJsonObject SimSeeder::traitsFor(const QString &schemaId, int index, QString *first, QString *last)
{
    const Name &firstName = kFirst[pick(int(std::size(kFirst)))];
    const Name &lastName = kLast[pick(int(std::size(kLast)))];
    *first = s(firstName.written);
    *last = s(lastName.written);
    const QString slug = s(firstName.ascii) + QLatin1Char('.') + s(lastName.ascii);
    const QJsonObject name{{s("first"), *first}, {s("last"), *last}};
    if (schemaId == QLatin1String("phone")) {
        QJsonObject t{{s("phone"), QStringLiteral("+4915%1").arg(10000000 + index, 9, 10, QLatin1Char('0'))},
                      {s("display_name"), QString(*first + QLatin1Char(' ') + *last)}};
        if (chance(70))
            t.insert(s("username"), QString(s(firstName.ascii) + QLatin1Char('_') + QString::number(index)));
        return t;
    }
    if (schemaId == QLatin1String("organisation")) {
        QJsonArray roles;
        for (const QString &role : kRoles) {
            if (chance(35))
                roles.append(role);
        }
        QJsonObject profile{{s("department"), kDepartments.at(pick(int(kDepartments.size())))},
                            {s("roles"), roles},
                            {s("employee_number"), index + 1},
                            {s("start_date"), QDate(2015, 1, 1).addDays(pick(3600)).toString(Qt::ISODate)}};
        if (chance(50)) {
            QJsonArray phones{QStringLiteral("+4930%1").arg(1000000 + index, 8, 10, QLatin1Char('0'))};
            if (chance(30))
                phones.append(QStringLiteral("+4917%1").arg(2000000 + index, 8, 10, QLatin1Char('0')));
            profile.insert(s("phones"), phones);
        }
        return {{s("email"), QString(slug + QLatin1Char('.') + QString::number(index) + QLatin1Char('@') +
                                     kOrgDomains.at(index % kOrgDomains.size()))},
                {s("name"), name},
                {s("profile"), profile}};
    }
    QJsonObject t{{s("email"),
                   QString(slug + QString::number(index) + QLatin1Char('@') + kDomains.at(pick(int(kDomains.size()))))},
                  {s("name"), name}};
    if (chance(40))
        t.insert(s("newsletter"), chance(50));
    return t;
}

void SimSeeder::seedIdentities(int count)
{
    // Sign-ups over the last 600 days up to today, so the demo's sign-up charts have a recent past.
    const QDateTime now = m_store.now();
    const QDateTime base = now.addDays(-600);
    m_now = SimStore::formatTime(now);
    QHash<QString, QString> schemaUrls;
    std::vector<SimStore::Seeded> seeded;
    seeded.reserve(size_t(std::max(count, 0)));
    for (int i = 0; i < count; ++i) {
        const int kind = i % 10;
        const QString schemaId = kind < 6 ? s("default") : kind < 8 ? s("phone") : s("organisation");
        const SimSchema *schema = m_store.schema(schemaId);
        if (!schema)
            continue; // custom schemas: nothing to seed for our traits
        QString first;
        QString last;
        const QJsonObject traits = traitsFor(schemaId, i, &first, &last);
        const QString state = chance(6) ? s("inactive") : s("active");
        const QJsonValue metadataPublic = randomMetadataPublic();
        const QJsonObject metadataAdmin = randomMetadataAdmin(i);
        const QString externalId = chance(25) ? QStringLiteral("crm-%1").arg(i, 6, 10, QLatin1Char('0')) : QString();
        const QString id = uuid();

        // The stored form as Kratos's rules make it from this document (SimStore::buildIdentity:
        // addresses and identifiers from the schema's extensions), with a history no request
        // could write: timestamps in the past and address states. Written as text in one go,
        // because a million identities have to be seeded in well under a minute.
        const QDateTime created = std::min(base.addSecs(qint64(pick(600 * 24)) * 3600 + pick(3600)), now);
        const QString createdText = SimStore::formatTime(created);
        const QString updatedText = SimStore::formatTime(std::min(created.addSecs(pick(90 * 24 * 3600)), now));
        QString &schemaUrl = schemaUrls[schemaId];
        if (schemaUrl.isEmpty())
            schemaUrl = m_store.schemaUrl(schemaId);
        SimJsonWriter json(1536);
        json.beginObject()
            .field("id", id)
            .field("schema_id", schemaId)
            .field("schema_url", schemaUrl)
            .field("state", state)
            .field("state_changed_at", updatedText)
            .field("traits", QJsonValue(traits))
            .field("metadata_public", metadataPublic);
        if (!metadataAdmin.isEmpty())
            json.field("metadata_admin", QJsonValue(metadataAdmin));
        // 1-based index into organisationIds(); 0: the identity belongs to none.
        const int organisation =
            schemaId == QLatin1String("organisation") ? 1 + (i / 10) % int(organisationIds().size()) : 0;
        if (organisation > 0)
            json.field("organization_id", organisationIds().at(organisation - 1));
        else
            json.null("organization_id");
        if (!externalId.isEmpty())
            json.field("external_id", externalId);
        json.field("created_at", createdText).field("updated_at", updatedText);

        writeAddresses(json, *schema, traits, createdText, updatedText);
        json.endObject();

        SimStore::Keys keys{{}, externalId};
        bool totp = false;
        QByteArray credentials = credentialsFor(*schema, traits, i, organisation, createdText, &keys, &totp);
        seeded.push_back({id, SimIdentity::fromText(json.take(), std::move(credentials)), keys});
        if (i % 4 == 0)
            seedSessions(id, totp, organisation);
    }
    const int left = m_store.insertSeeded(std::move(seeded));
    if (left > 0)
        qCWarning(lcSim) << left << "seeded identities repeat an identifier and were left out";
    m_store.sortSessions();
}

QJsonValue SimSeeder::randomMetadataPublic()
{
    if (!chance(50))
        return QJsonValue(QJsonValue::Null);
    static const QStringList plans{s("free"), s("pro"), s("enterprise")};
    static const QStringList locales{s("en-US"), s("de-DE"), s("fr-FR"), s("ja-JP")};
    return QJsonObject{{s("plan"), plans.at(pick(3))}, {s("locale"), locales.at(pick(4))}};
}

QJsonObject SimSeeder::randomMetadataAdmin(int index)
{
    QJsonObject metadata;
    if (chance(30)) {
        metadata = {{s("crm_id"), QStringLiteral("CRM-%1").arg(index, 6, 10, QLatin1Char('0'))},
                    {s("notes"), s("Migrated from the legacy user database.")}};
        if (chance(20))
            metadata.insert(s("flags"), QJsonArray{s("vip")});
    }
    return metadata;
}

void SimSeeder::writeAddresses(SimJsonWriter &json, const SimSchema &schema, const QJsonObject &traits,
                               const QString &createdText, const QString &updatedText)
{
    const QList<SimSchemaRules::Address> verifiable = schema.rules->verifiableAddresses(traits);
    if (!verifiable.isEmpty()) {
        json.beginArray("verifiable_addresses");
        for (const SimSchemaRules::Address &address : verifiable) {
            const QString addressId = uuid();
            const int roll = pick(100);
            const char *status = roll < 60 ? "completed" : roll < 85 ? "sent" : "pending";
            const bool verified = roll < 60;
            json.beginObject()
                .field("id", addressId)
                .field("value", address.value)
                .field("via", address.via)
                .field("status", status)
                .field("verified", verified)
                .field("created_at", createdText)
                .field("updated_at", updatedText);
            if (verified)
                json.field("verified_at", updatedText);
            json.endObject();
        }
        json.endArray();
    }
    const QList<SimSchemaRules::Address> recovery = schema.rules->recoveryAddresses(traits);
    if (!recovery.isEmpty()) {
        json.beginArray("recovery_addresses");
        for (const SimSchemaRules::Address &address : recovery)
            json.beginObject()
                .field("id", uuid())
                .field("value", address.value)
                .field("via", address.via)
                .field("created_at", createdText)
                .field("updated_at", createdText)
                .endObject();
        json.endArray();
    }
}

QByteArray SimSeeder::credentialsFor(const SimSchema &schema, const QJsonObject &traits, int index, int organisation,
                                     const QString &createdText, SimStore::Keys *keys, bool *totp)
{
    SimJsonWriter creds(768);
    creds.beginObject();
    auto credential = [&](const char *type, const QStringList &identifiers, const QJsonObject &config, qint64 version,
                          const QString &at) {
        creds.beginObject(type).field("type", type).beginArray("identifiers");
        for (const QString &identifier : identifiers) {
            creds.field(nullptr, identifier);
            const QString key = identifier.trimmed().toLower();
            if (!key.isEmpty() && !keys->identifiers.contains(key))
                keys->identifiers.append(key);
        }
        creds.endArray()
            .field("config", QJsonValue(config))
            .field("version", version)
            .field("created_at", at)
            .field("updated_at", at)
            .endObject();
    };
    const QStringList passwordIds = schema.rules->identifiers(traits, s("password"));
    const bool password = chance(90) && !passwordIds.isEmpty();
    if (password)
        credential("password", passwordIds,
                   {{s("hashed_password"), QStringLiteral("$2a$10$%1").arg(QString::number(m_rng.generate64(), 36))}},
                   1, createdText);
    const QStringList codeIds = schema.rules->identifiers(traits, s("code"));
    if (!codeIds.isEmpty())
        credential("code", codeIds, {}, 0, m_now);
    *totp = chance(20);
    if (*totp)
        credential("totp", {},
                   {{s("totp_url"), s("otpauth://totp/Example:user?secret=JBSWY3DPEHPK3PXP&issuer=Example")}}, 0,
                   createdText);
    if (chance(10))
        credential("lookup_secret", {}, {{s("recovery_codes"), QJsonArray{QJsonObject{{s("code"), s("a1b2c3d4")}}}}}, 0,
                   createdText);
    if (chance(10))
        credential("webauthn", schema.rules->identifiers(traits, s("webauthn")),
                   {{s("credentials"), QJsonArray{QJsonObject{{s("display_name"), s("YubiKey 5C")}}}}}, 0, createdText);
    QStringList oidcIds;
    QJsonArray providers;
    if (chance(20) || !password) {
        const QString provider = chance(50) ? s("google") : s("github");
        const QString subject = QString::number(100000000 + index);
        oidcIds.append(provider + QLatin1Char(':') + subject);
        providers.append(QJsonObject{
            {s("provider"), provider}, {s("subject"), subject}, {s("initial_access_token"), s("gho_simulated")}});
    }
    if (organisation > 0) { // a member signs in through the organisation's single sign-on, as Kratos v26 links it
        const QString subject = QStringLiteral("sso-%1").arg(index);
        oidcIds.append(s("acme-sso:") + subject);
        providers.append(QJsonObject{{s("provider"), s("acme-sso")},
                                     {s("subject"), subject},
                                     {s("organization"), organisationIds().at(organisation - 1)},
                                     {s("initial_id_token"), s("eyJ-simulated")}});
    }
    if (!providers.isEmpty())
        credential("oidc", oidcIds, {{s("providers"), providers}}, 0, createdText);
    creds.endObject();
    return creds.take();
}

void SimSeeder::seedSessions(const QString &identityId, bool hasTotp, int organisation)
{
    const QDateTime now = m_store.now();
    const int count = 1 + pick(3);
    for (int n = 0; n < count; ++n) {
        SimSession session;
        session.id = uuid();
        session.identityId = identityId;
        const int kind = pick(100);
        if (kind < 55) { // active
            session.createdAt = now.addSecs(-pick(20 * 3600) - 60);
            session.expiresAt = session.createdAt.addSecs(SimStore::sessionLifespanSecs);
        } else if (kind < 85) { // expired
            session.createdAt = now.addSecs(-(2 + pick(60)) * 24 * 3600);
            session.expiresAt = session.createdAt.addSecs(SimStore::sessionLifespanSecs);
        } else { // revoked
            session.createdAt = now.addSecs(-pick(48 * 3600) - 60);
            session.expiresAt = session.createdAt.addSecs(SimStore::sessionLifespanSecs);
            session.revoked = true;
        }
        session.authenticatedAt = session.createdAt;
        session.secondFactor = hasTotp && chance(60);
        session.codeLogin = !chance(85);
        session.seed = m_rng.generate();
        session.organisation = quint8(organisation);
        m_store.appendSession(session);
    }
}

void SimSeeder::seedMessages(int count, bool stuckCourier)
{
    QList<QPair<QString, QString>> addresses; // value, via
    int scanned = 0;
    for (auto it = m_store.identities().cbegin(); it != m_store.identities().cend() && scanned < 5000;
         ++it, ++scanned) {
        for (const QJsonValue &v : it.value().json().value(s("verifiable_addresses")).toArray())
            addresses.append({v.toObject().value(s("value")).toString(), v.toObject().value(s("via")).toString()});
    }
    if (addresses.isEmpty())
        addresses.append({s("nobody@example.com"), s("email")});

    const qint64 nowMs = m_store.now().toMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const auto &[recipient, via] = addresses.at(pick(int(addresses.size())));
        const bool sms = via == QLatin1String("sms");
        const Template &tpl = kTemplates[pick(int(std::size(kTemplates)))];
        const QString code = QStringLiteral("%1").arg(pick(1000000), 6, 10, QLatin1Char('0'));
        const bool isLink = QByteArray(tpl.type).endsWith("_valid") && !QByteArray(tpl.type).contains("code");
        const QString secret = isLink ? QStringLiteral("https://auth.example.com/self-service/%1?flow=%2&token=%3")
                                            .arg(QString::fromLatin1(tpl.type).section(QLatin1Char('_'), 0, 0), uuid(),
                                                 QString::number(m_rng.generate64(), 36))
                                      : code;
        QString body = QString::fromUtf8(sms ? tpl.smsBody : tpl.emailBody);
        body.replace(QLatin1String("%1"), secret).replace(QLatin1String("%2"), recipient);

        const int roll = pick(100);
        const QString status = roll < 62   ? s("sent")
                               : roll < 75 ? s("queued")
                               : roll < 80 ? s("processing")
                                           : s("abandoned");
        SimMessage m;
        m.id = uuid();
        m.createdMs = nowMs - qint64(pick(30 * 24 * 3600)) * 1000 - pick(1000);
        if (status == QLatin1String("queued") && !stuckCourier)
            m.createdMs = nowMs - qint64(pick(90)) * 1000 - pick(1000); // a courier keeps up
        const qint64 updatedMs = m.createdMs + (status == QLatin1String("queued") ? 0 : 1000 + pick(600000));
        const QString createdText = SimStore::formatTime(QDateTime::fromMSecsSinceEpoch(m.createdMs, Qt::UTC));
        const QString updatedText = SimStore::formatTime(QDateTime::fromMSecsSinceEpoch(updatedMs, Qt::UTC));

        int sendCount = 0;
        QJsonArray dispatches; // newest first
        auto dispatch = [&](bool ok, qint64 atMs) {
            const QString at = SimStore::formatTime(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
            QJsonObject d{{s("id"), uuid()},
                          {s("message_id"), m.id},
                          {s("status"), ok ? s("success") : s("failed")},
                          {s("created_at"), at},
                          {s("updated_at"), at}};
            if (!ok) {
                const DispatchError &e =
                    sms ? kSmsErrors[pick(int(std::size(kSmsErrors)))] : kSmtpErrors[pick(int(std::size(kSmtpErrors)))];
                d.insert(s("error"), QJsonObject{{s("message"), s(e.message)}, {s("reason"), s(e.reason)}});
            }
            dispatches.prepend(d);
            ++sendCount;
        };
        if (status == QLatin1String("sent")) {
            if (chance(15))
                dispatch(false, m.createdMs + 500);
            dispatch(true, updatedMs);
        } else if (status == QLatin1String("abandoned")) {
            for (int a = 0; a < 10; ++a)
                dispatch(false, m.createdMs + 500 + a * 60000);
        } else if (status == QLatin1String("processing")) {
            if (chance(50))
                dispatch(false, m.createdMs + 500);
        }
        m.json = QJsonObject{{s("id"), m.id},
                             {s("status"), status},
                             {s("type"), sms ? s("sms") : s("email")},
                             {s("recipient"), recipient},
                             {s("subject"), sms ? QString() : QString::fromUtf8(tpl.subject)},
                             {s("body"), body},
                             {s("template_type"), QString::fromLatin1(tpl.type)},
                             {s("send_count"), sendCount},
                             {s("channel"), sms ? s("sms") : s("email")},
                             {s("created_at"), createdText},
                             {s("updated_at"), updatedText}};
        m.dispatches = dispatches;
        m_store.addMessage(m);
    }
    m_store.sortMessages();
}
