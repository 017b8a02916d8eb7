#pragma once
// Test-only helpers: spin the event loop until something happens (never used in the app).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

namespace csm::test {

inline bool waitUntil(const std::function<bool()>& condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

} // namespace csm::test
