// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTester.h"

#include "KratosClient.h"
#include "PublicFlowClient.h"

#include <algorithm>

namespace {

ConnectionTester::Result fromError(const ApiError &e)
{
    using V = ConnectionTester::Verdict;
    ConnectionTester::Result r;
    r.details = e.technicalDetails();
    switch (e.kind()) {
    case ApiError::Kind::Connection:
    case ApiError::Kind::Timeout:
        r.verdict = V::Unreachable;
        r.summary = e.userMessage();
        return r;
    case ApiError::Kind::Tls:
        r.verdict = V::TlsProblem;
        r.summary = e.userMessage();
        return r;
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Redirect:
        r.verdict = V::NotKratos;
        r.summary = QObject::tr("The server answered, but not like Kratos's admin API: %1").arg(e.userMessage());
        return r;
    case ApiError::Kind::Http:
        if (e.httpStatus() == 401 || e.httpStatus() == 403) {
            r.verdict = V::Unauthorized;
            r.summary = e.userMessage();
            return r;
        }
        if (e.httpStatus() == 404 || e.httpStatus() == 405) {
            r.verdict = V::NotKratos;
            r.summary = QObject::tr("The server does not know Kratos's admin endpoints (%1). Is this the admin URL?")
                            .arg(e.httpStatus());
            return r;
        }
        break;
    default:
        break;
    }
    r.verdict = V::Failed;
    r.summary = e.userMessage();
    return r;
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<KratosClient>(nam))
{}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::test(const ConnectionSettings &settings, std::function<void(const Result &)> done)
{
    // The probes' answers are a few hundred bytes; a larger answer is not Kratos.
    ConnectionSettings capped = settings;
    capped.maxResponseBytes = std::min(settings.maxResponseBytes, MaxProbeBytes);
    m_client->setConnection(capped); // abandons a test still running
    m_done = std::move(done);
    m_running = true;
    auto result = std::make_shared<Result>();
    m_client->getVersion(this, [this, result](const ApiResult<ServerVersion> &version) {
        if (!version.ok()) {
            const ApiError &e = version.error();
            // Ory Network does not serve /version; only transport and TLS failures end the test here.
            if (e.kind() != ApiError::Kind::Http) {
                finish(fromError(e));
                return;
            }
        } else {
            result->version = version.value().version;
        }
        m_client->checkReady(this, [this, result](const ApiResult<HealthStatus> &ready) {
            result->ready = ready.ok() && ready.value().ok;
            IdentityListQuery probe;
            probe.pageSize = 1;
            m_client->listIdentities(probe, this, [this, result](const ApiResult<Page<Identity>> &page) {
                if (!page.ok()) {
                    Result failed = fromError(page.error());
                    failed.version = result->version;
                    finish(failed);
                    return;
                }
                result->verdict = Verdict::Ok;
                result->summary =
                    result->version.isEmpty()
                        ? tr("Connected: the admin API answers and accepts the token.")
                        : tr("Connected to Kratos %1%2.")
                              .arg(result->version,
                                   result->ready ? tr(", ready") : tr(", but it reports it is not ready"));
                probeFlows(result);
            });
        });
    });
}

// Whether the support toolkit can send verification and recovery messages on this server: a flow
// is started (it sends nothing and expires unused) and its method read.
void ConnectionTester::probeFlows(std::shared_ptr<Result> result)
{
    PublicFlowClient *flows = m_client->publicFlows();
    if (!flows->hasPublicUrl()) {
        result->flows = tr("No public URL: verification and recovery messages cannot be sent from this app.");
        finish(*result);
        return;
    }
    flows->initFlow(PublicFlowClient::Flow::Verification, this,
                    [this, result, flows](const ApiResult<SelfServiceFlow> &verification) {
                        if (verification.ok())
                            result->verificationMethod = verification.value().active;
                        else
                            result->details += QStringLiteral("\n") + verification.error().technicalDetails();
                        flows->initFlow(
                            PublicFlowClient::Flow::Recovery, this,
                            [this, result, verification](const ApiResult<SelfServiceFlow> &recovery) {
                                if (recovery.ok())
                                    result->recoveryMethod = recovery.value().active;
                                auto words = [](const ApiResult<SelfServiceFlow> &r, const QString &method) {
                                    if (r.ok())
                                        return tr("enabled (%1)").arg(method);
                                    if (r.error().kind() == ApiError::Kind::Http && r.error().httpStatus() == 400)
                                        return tr("disabled");
                                    return tr("not reachable (%1)").arg(r.error().title());
                                };
                                result->flows = tr("Public flows: verification %1, recovery %2.")
                                                    .arg(words(verification, result->verificationMethod),
                                                         words(recovery, result->recoveryMethod));
                                finish(*result);
                            });
                    });
}

void ConnectionTester::finish(Result result)
{
    m_running = false;
    m_client->closeConnection();
    if (auto done = std::move(m_done))
        done(result);
}
