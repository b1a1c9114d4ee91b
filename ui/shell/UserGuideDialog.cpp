// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuideDialog.h"

#include "ScreenFit.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QVBoxLayout>

namespace {

// Pictures are never drawn wider than this (logical pixels), nor wider than the page.
constexpr int kPictureMax = 900;

} // namespace

QUrl UserGuideDialog::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/docs/user-guide.md"));
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_find(new QLineEdit(this))
    , m_findResult(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
{
    setWindowTitle(tr("User guide"));
    setObjectName(QStringLiteral("userGuideDialog"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    // Links to the other guide stay here; web links go to the browser, never into this window.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("qrc") || url.isRelative())
            showPage(m_browser->source().resolved(url));
        else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    m_find->setObjectName(QStringLiteral("userGuideFind"));
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_find->setAccessibleName(tr("Find in the guide"));
    m_find->setClearButtonEnabled(true);
    m_findResult->setObjectName(QStringLiteral("userGuideFindResult"));
    m_findResult->setTextFormat(Qt::PlainText);
    connect(m_find, &QLineEdit::returnPressed, this, [this]() {
        const bool backwards = QGuiApplication::keyboardModifiers() & Qt::ShiftModifier;
        m_findResult->setText(m_find->text().isEmpty() || find(m_find->text(), backwards) ? QString()
                                                                                          : tr("Not found"));
    });
    auto *findKey = new QShortcut(QKeySequence::Find, this);
    connect(findKey, &QShortcut::activated, this, [this]() {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    m_back->setObjectName(QStringLiteral("userGuideBack"));
    m_back->setEnabled(false);
    connect(m_back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this]() { fitPictures(); });
    m_browser->viewport()->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_find, 1);
    bar->addWidget(m_findResult);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    showPage(guideUrl());
    ScreenFit::resize(this, QSize(1000, 760));
    m_browser->setFocus();
}

void UserGuideDialog::showPage(const QUrl &url)
{
    m_browser->setSource(url, QTextDocument::MarkdownResource);
    fitPictures();
}

bool UserGuideDialog::find(const QString &text, bool backwards)
{
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return true;
    // From the other end once more: the search wraps, as in a browser.
    QTextCursor restart(m_browser->document());
    restart.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    const QTextCursor kept = m_browser->textCursor();
    m_browser->setTextCursor(restart);
    if (m_browser->find(text, flags))
        return true;
    m_browser->setTextCursor(kept);
    return false;
}

bool UserGuideDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The page's own width, once its layout has set it (the dialog's resize comes before).
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitPictures();
    return QDialog::eventFilter(watched, event);
}

void UserGuideDialog::fitPictures()
{
    QTextDocument *document = m_browser->document();
    const int room = std::min(kPictureMax, m_browser->viewport()->width() - 2 * int(document->documentMargin()) -
                                               m_browser->verticalScrollBar()->sizeHint().width());
    if (room <= 0)
        return;
    // Collected first: changing a fragment's format while walking the fragments invalidates the walk.
    QList<QPair<QTextFragment, QTextImageFormat>> changes;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QSize natural = pictureSize(QUrl(image.name()));
            if (natural.isEmpty())
                continue;
            const qreal width = std::min<qreal>(room, natural.width());
            if (qFuzzyCompare(image.width(), width))
                continue;
            image.setWidth(width);
            image.setHeight(width * natural.height() / natural.width());
            changes.append({fragment, image});
        }
    }
    for (const auto &[fragment, image] : std::as_const(changes)) {
        QTextCursor cursor(document);
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(image);
    }
}

QSize UserGuideDialog::pictureSize(const QUrl &name) const
{
    // Read once: fitting runs on every resize of the page.
    const QUrl url = m_browser->source().resolved(name);
    const auto known = m_pictureSizes.constFind(url);
    if (known != m_pictureSizes.cend())
        return *known;
    const QVariant resource = m_browser->loadResource(QTextDocument::ImageResource, url);
    QImage image;
    if (resource.canConvert<QImage>() && resource.typeId() != QMetaType::QByteArray)
        image = resource.value<QImage>();
    else
        image.loadFromData(resource.toByteArray());
    const QSize size = image.isNull() ? QSize() : image.deviceIndependentSize().toSize();
    m_pictureSizes.insert(url, size);
    return size;
}
