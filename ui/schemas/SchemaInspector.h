// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class SchemaNode;
class QLabel;
class QLineEdit;
class QTableWidget;
class QToolButton;

// Everything about the selected schema node: its JSON Pointer (where it is written) and the path
// of its value in an identity, each with a copy button; what Kratos's extension makes of it in
// words; any problem; and every keyword as written, plus those a `$ref` brings in.
class SchemaInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaInspector)

public:
    explicit SchemaInspector(QWidget *parent = nullptr);

    void showNode(const SchemaNode *node);
    void clear();
    QString pointer() const;

private:
    QLabel *m_heading;
    QLineEdit *m_pointer;
    QLineEdit *m_dataPath;
    QToolButton *m_copyPointer;
    QToolButton *m_copyDataPath;
    QLabel *m_kratos;
    QLabel *m_problem;
    QTableWidget *m_keywords;
};
