// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AppSettings;
class AuditLog;
class ConnectionController;
class KratosClient;
class ProfileStore;
class QNetworkAccessManager;
class TokenStore;

// The services the windows and dialogs share, owned by the application.
struct AppContext
{
    QNetworkAccessManager *nam = nullptr;
    KratosClient *client = nullptr;
    ProfileStore *profiles = nullptr;
    TokenStore *tokens = nullptr;
    AuditLog *audit = nullptr;
    ConnectionController *connection = nullptr;
    AppSettings *preferences = nullptr; // optional: defaults apply without it
};
