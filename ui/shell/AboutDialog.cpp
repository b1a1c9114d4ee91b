// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "ScreenFit.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // the server's words are never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &server, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Kratos Desk"));
    setObjectName(QStringLiteral("aboutDialog"));
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(KD_VERSION)
                                                                             : QCoreApplication::applicationVersion();
    const QString qt = tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    const QString connected = server.isEmpty() ? tr("not connected") : server;

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kratos-desk.svg")).pixmap(64, 64));
    auto *title = plainLabel(tr("Kratos Desk %1").arg(version), "aboutTitle", this);
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.4);
    bigger.setBold(true);
    title->setFont(bigger);
    auto *what = plainLabel(tr("A desktop admin console for Ory Kratos."), "aboutWhat", this);

    auto *form = new QFormLayout;
    form->addRow(tr("Version"), plainLabel(version, "aboutVersion", this));
    form->addRow(tr("Licence"), plainLabel(tr("GPL-3.0-or-later. It comes with no warranty."), "aboutLicence", this));
    form->addRow(tr("Qt"), plainLabel(qt, "aboutQt", this));
    form->addRow(tr("System"), plainLabel(QSysInfo::prettyProductName(), "aboutSystem", this));
    form->addRow(tr("Server"), plainLabel(connected, "aboutServer", this));

    m_details = QStringLiteral("Kratos Desk %1\nQt %2 (built with %3)\nSystem: %4\nServer: %5\n")
                    .arg(version, QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                         QSysInfo::prettyProductName(), server.isEmpty() ? QStringLiteral("not connected") : server);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopy"));
    connect(copy, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    words->addWidget(title);
    words->addWidget(what);
    head->addLayout(words, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(form);
    layout->addStretch(1); // room the window gives goes below the details, not between them
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(520, 300));
}

QString AboutDialog::details() const
{
    return m_details;
}
