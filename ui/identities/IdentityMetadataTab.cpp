// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityMetadataTab.h"

#include "Identity.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

QString formatted(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return v.isString()                    ? QStringLiteral("\"%1\"").arg(v.toString())
           : v.isNull() || v.isUndefined() ? QStringLiteral("null")
                                           : v.toVariant().toString();
}

} // namespace

IdentityMetadataTab::IdentityMetadataTab(QWidget *parent)
    : QWidget(parent)
    , m_public(new QPlainTextEdit(this))
    , m_admin(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    for (auto [view, name, title] :
         {std::tuple{m_public, "metadataPublicView", tr("metadata_public (the user can read it)")},
          std::tuple{m_admin, "metadataAdminView", tr("metadata_admin (admins only)")}}) {
        view->setObjectName(QString::fromLatin1(name));
        view->setReadOnly(true);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        // Two lines each at least; less than a text edit's default, so that the pane fits a short
        // screen at scale 2 with a tall font.
        view->setMinimumHeight(view->fontMetrics().lineSpacing() * 2 + 2 * view->frameWidth() + 8);
        layout->addWidget(new QLabel(title, this));
        layout->addWidget(view, 1);
    }
}

void IdentityMetadataTab::setIdentity(const Identity &identity)
{
    m_public->setPlainText(formatted(identity.metadataPublic));
    m_admin->setPlainText(formatted(identity.metadataAdmin));
}

void IdentityMetadataTab::clear()
{
    m_public->clear();
    m_admin->clear();
}
