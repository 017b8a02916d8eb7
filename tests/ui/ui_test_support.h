#pragma once
// Helpers for the widget tests: wait while the event loop runs, find widgets, type keys,
// and a fixture with a real server (TestServer on a fresh database) and demo customers.
#include "tests/support/op_harness.h"
#include "tests/support/pg_test.h"
#include "tests/support/test_server.h"

#include <QApplication>
#include <QCborMap>
#include <QKeyEvent>
#include <QWidget>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QThread>

#include "client/app/app_settings.h"

#include <functional>
#include <iostream>
#include <memory>

namespace csm::test {

// Runs the event loop until `condition` holds; false after `timeoutMs`.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000);
// Lets queued work run for a while.
void pump(int milliseconds);
// Where screenshots go: $CSM_SCREENSHOT_DIR, else csm-screenshots under the temp directory (kept).
QString screenshotDir();
// Lets the widget settle, saves its picture as screenshotDir()/file and prints the path.
bool saveScreenshot(QWidget* widget, const QString& file);
// A key press + release sent to the widget.
void pressKey(QWidget* widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

template <typename T>
T* child(QObject* parent, const QString& name)
{
    return parent ? parent->findChild<T*>(name) : nullptr;
}

// Every QLabel below `root` that shows text with '<' must be plain text.
QStringList richTextLabelsShowing(QWidget* root, const QString& needle);

class UiServerTest : public PgTest {
protected:
    void SetUp() override;
    void TearDown() override;

    // Creates a customer through the real op; returns the server's record map.
    QCborMap createCustomer(const QCborMap& args);
    QCborMap getCustomer(qint64 id);
    common::Response callAs(const server::SessionPtr& session, const QString& op, const QCborMap& args);
    QString serverAddress() const;
    // Stores the UI language for the next ClientApp ("en", "zh_CN").
    static void setLanguage(const QString& language);

    std::unique_ptr<OpHarness> m_harness;
    std::unique_ptr<TestServer> m_server;
    server::SessionPtr m_agent;   // "agent", password "secret-pass-1"
    server::SessionPtr m_admin;   // "boss", password "secret-pass-1"
};

// ---------------------------------------------------------------- implementation


inline bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(2);
    }
    return true;
}

inline void pump(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    waitFor([&] { return timer.elapsed() >= milliseconds; }, milliseconds + 1000);
}

inline QString screenshotDir()
{
    QString dir = qEnvironmentVariable("CSM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("csm-screenshots"));
    QDir().mkpath(dir);
    return dir;
}

inline bool saveScreenshot(QWidget* widget, const QString& file)
{
    pump(300);
    const QString path = QDir(screenshotDir()).filePath(file);
    if (!widget->grab().save(path)) {
        std::cout << "screenshot NOT saved: " << path.toStdString() << std::endl;
        return false;
    }
    std::cout << "screenshot: " << path.toStdString() << std::endl;
    return true;
}

inline void pressKey(QWidget* widget, int key, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QApplication::sendEvent(widget, &release);
}

inline QStringList richTextLabelsShowing(QWidget* root, const QString& needle)
{
    QStringList offenders;
    if (!root)
        return offenders;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->text().contains(needle) && label->textFormat() != Qt::PlainText)
            offenders.append(label->objectName().isEmpty() ? label->text() : label->objectName());
    }
    return offenders;
}

inline void UiServerTest::SetUp()
{
    PgTest::SetUp();
    if (HasFatalFailure())
        return;
    m_harness = std::make_unique<OpHarness>(m_dsn);
    m_agent = m_harness->createUser(QStringLiteral("agent"), QStringLiteral("HQ"), {QStringLiteral("agent")},
                                    QStringLiteral("secret-pass-1"));
    m_admin = m_harness->createUser(QStringLiteral("boss"), QStringLiteral("HQ"), {QStringLiteral("admin")},
                                    QStringLiteral("secret-pass-1"));
    m_server = std::make_unique<TestServer>(m_dsn);
}

inline void UiServerTest::TearDown()
{
    // Windows and dialogs of the test are gone before the server stops.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_server.reset();
    m_harness.reset();
    PgTest::TearDown();
}

inline common::Response UiServerTest::callAs(const server::SessionPtr& session, const QString& op, const QCborMap& args)
{
    return m_harness->call(session, op, args);
}

inline QCborMap UiServerTest::createCustomer(const QCborMap& args)
{
    const auto response = callAs(m_agent, QStringLiteral("customer.create"), args);
    EXPECT_TRUE(response.ok) << response.error.message.toStdString();
    return response.result.toMap();
}

inline QCborMap UiServerTest::getCustomer(qint64 id)
{
    const auto response = callAs(m_agent, QStringLiteral("customer.get"), QCborMap{{QStringLiteral("id"), id}});
    EXPECT_TRUE(response.ok) << response.error.message.toStdString();
    return response.result.toMap();
}

inline QString UiServerTest::serverAddress() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_server->port());
}

inline void UiServerTest::setLanguage(const QString& language)
{
    client::ui::appSettings().setValue(QLatin1String(client::ui::settings::kLanguage), language);
}

} // namespace csm::test
