// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <functional>
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

} // namespace TestSupport
