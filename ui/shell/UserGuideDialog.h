// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QSize>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

// Help → User guide: docs/user-guide.md as the app was built with it (compiled in under
// qrc:/docs/, with its pictures and the admin guide it links to), rendered from the Markdown.
// Links between the guides stay in the window; web links open in the browser. Find searches the
// page (Enter: next, Shift+Enter: previous).
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    static QUrl guideUrl();

    explicit UserGuideDialog(QWidget *parent = nullptr);

    // Shows `url` (a guide under qrc:/docs/, or a section of one) and scales its pictures to the
    // width of the page.
    void showPage(const QUrl &url);
    // Finds `text` after the cursor (before it when `backwards`), from the top again at the end.
    bool find(const QString &text, bool backwards = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPictures();
    // A picture's size in logical pixels; empty when it cannot be read.
    QSize pictureSize(const QUrl &name) const;

    QTextBrowser *m_browser;
    QLineEdit *m_find;
    QLabel *m_findResult;
    QPushButton *m_back;
    mutable QHash<QUrl, QSize> m_pictureSizes; // each picture's natural size, by its resolved URL
};
