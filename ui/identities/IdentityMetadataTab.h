// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
struct Identity;

// The identity pane's Metadata tab: metadata_public and metadata_admin as indented JSON, read only.
class IdentityMetadataTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityMetadataTab)

public:
    explicit IdentityMetadataTab(QWidget *parent = nullptr);

    void setIdentity(const Identity &identity);
    void clear();

private:
    QPlainTextEdit *m_public;
    QPlainTextEdit *m_admin;
};
