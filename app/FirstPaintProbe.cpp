// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

FirstPaintProbe::FirstPaintProbe(const QElapsedTimer &sinceStart, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
{}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_reported && event->type() == QEvent::Paint && watched->isWidgetType()) {
        m_reported = true;
        std::fprintf(stderr, "kratos-desk: first paint after %.1f ms\n", double(m_sinceStart.nsecsElapsed()) / 1e6);
        std::fflush(stderr);
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}
