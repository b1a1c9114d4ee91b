#pragma once

#include "ApiResult.h"
#include "KratosSimulator.h"
#include "SimOptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QString>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

namespace TestSupport {

// Collects one asynchronous ApiResult and lets a test wait for it.
template<typename T>
class Await
{
public:
    std::function<void(const ApiResult<T> &)> callback()
    {
        return [this](const ApiResult<T> &r) {
            m_result.emplace(r);
            ++m_calls;
        };
    }
    bool wait(int timeoutMs = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_result && t.elapsed() < timeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
        return m_result.has_value();
    }
    bool done() const { return m_result.has_value(); }
    int calls() const { return m_calls; }
    const ApiResult<T> &result() const { return *m_result; }
    const T &value() const { return m_result->value(); }
    const ApiError &error() const { return m_result->error(); }

private:
    std::optional<ApiResult<T>> m_result;
    int m_calls = 0;
};

// A started simulator with small, fixed data for one test case.
inline std::unique_ptr<KratosSimulator> startSimulator(SimOptions options = {})
{
    auto sim = std::make_unique<KratosSimulator>(options);
    QString error;
    if (!sim->start(&error))
        qFatal("simulator did not start: %s", qPrintable(error));
    return sim;
}

// ../shared next to the checkout (the Kratos spec and real schemas), or an empty string.
inline QString sharedDir()
{
    const QString dir = QString::fromUtf8(qgetenv("KD_SHARED_DIR"));
    return !dir.isEmpty() && QDir(dir).exists(QStringLiteral("kratos")) ? dir : QString();
}

// Runs the event loop for `ms` milliseconds.
inline void spin(int ms)
{
    QTest::qWait(ms);
}

} // namespace TestSupport
