#pragma once
// One interface for every way the server talks to telephony. An adapter lives on the
// server's network thread, reports call events through callEvent() and takes the few
// commands the desk needs (click-to-dial, hang-up).
#include "server/cti/call_event.h"

#include <QObject>

namespace csm::server::cti {

class CtiAdapter : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~CtiAdapter() override = default;

    virtual QString name() const = 0;
    // Starts connecting / working. Never blocks.
    virtual void start() = 0;
    // Stops for good (no reconnect).
    virtual void stop() = 0;
    virtual bool isConnected() const = 0;

    // Click-to-dial: ring the agent's `extension` first, then dial `number`. `reference`
    // comes back as the callKey-independent tag in logs. Returns false with `error` set when
    // the adapter cannot try now (not connected, ...). The result arrives as call events.
    virtual bool originate(const QString& extension, const QString& number, const QString& reference,
                           QString* error) = 0;
    // Hangs up `channel` (the channel of a CallEvent). Returns false with `error` set when it cannot.
    virtual bool hangup(const QString& channel, QString* error) = 0;

signals:
    void callEvent(const csm::server::cti::CallEvent& event);
    // Connection changes, for the log and the wallboard: connected or not, and why.
    void statusChanged(bool connected, const QString& detail);
};

} // namespace csm::server::cti
