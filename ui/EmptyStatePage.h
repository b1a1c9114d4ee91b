#pragma once

#include <QWidget>

class QLabel;

// A page that has nothing to show yet: a title and one explaining paragraph, centred.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    EmptyStatePage(const QString &title, const QString &text, QWidget *parent = nullptr);

private:
    QLabel *m_title;
    QLabel *m_text;
};
