// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <utility>
#include <variant>

// The outcome of one call: a value or an ApiError, never both.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value) // NOLINT(google-explicit-constructor): results are returned by value
        : m_data(std::move(value))
    {}
    ApiResult(ApiError error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    const ApiError &error() const
    {
        static const ApiError none;
        return ok() ? none : std::get<ApiError>(m_data);
    }

private:
    std::variant<T, ApiError> m_data;
};

// For calls whose success carries no data (204 No Content).
struct NoContent
{};
