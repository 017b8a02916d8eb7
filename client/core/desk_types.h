#pragma once
// Plain data of the agent desk as the server sends it (docs/protocol.md: agent.*, cti.*,
// contact.*, callback.*, customer.view360 and the call events). No behaviour beyond decoding.
#include "client/core/warranty.h"

#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QString>

namespace csm::client {

// An agent and its state (the `agent.state` event, agent.* results, wallboard rows).
struct AgentInfo {
    qint64 userId = 0;
    QString displayName;
    QString extension;
    QString state;        // logged_out, ready, not_ready, ringing, on_call, wrap_up
    QString reason;       // not_ready: break, meal, training, meeting, other, login, free text
    QString callKey;
    QDateTime since;

    bool isLoggedIn() const { return !state.isEmpty() && state != QLatin1String("logged_out"); }
    bool isOnCall() const { return state == QLatin1String("ringing") || state == QLatin1String("on_call"); }
    static AgentInfo fromCbor(const QCborMap& map);
};

// One customer whose phone matches a caller.
struct CallerMatch {
    qint64 id = 0;
    QString name;
    int vipLevel = 0;
    QString address;
    WarrantySummary warranty;   // the customer's products by warranty status
};

// The call on the agent's desk: started by `call.ringing` (the screen pop) or, for a dialled
// call, by the agent's own state; kept current by `call.update`.
struct DeskCall {
    QString callKey;
    qint64 callId = 0;
    QString caller;       // normalised; empty when withheld
    QString callerRaw;
    bool withheld = false;
    QString queue;
    QString direction;    // inbound, outbound, internal
    QList<CallerMatch> customers;
    int calls7d = 0;      // earlier calls from this number in the last 7 days
    QString phase;        // ringing, answered, ended
    QString outcome;      // when ended: answered, abandoned, timeout, voicemail
    qint64 customerId = 0;   // chosen or created during the call; goes into the wrap-up

    bool isValid() const { return !callKey.isEmpty(); }
    bool isRepeatCaller() const { return calls7d > 0; }
    // The match with that id; null when the caller did not match it.
    const CallerMatch* match(qint64 customerId) const;
    static DeskCall fromRinging(const QCborMap& map);
};

// A callback promise (callback.create / callback.list / `callback.due`).
struct CallbackPromise {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    qint64 ownerId = 0;
    QString ownerName;
    QDateTime dueAt;
    QString note;
    QString status;       // open, kept, broken
    bool overdue = false;
    QDateTime closedAt;
    QString outcomeNote;

    bool isOpen() const { return status == QLatin1String("open"); }
    static CallbackPromise fromCbor(const QCborMap& map);
};

// One entry of a customer's contact history (contact.list).
struct ContactEntry {
    qint64 id = 0;
    QString channel;      // phone_in, phone_out, fax, email, web, letter, walk_in, sms
    QDateTime occurredAt;
    QString userName;
    QString summary;
    bool hasCall = false;
    QString callOutcome;
    int talkSeconds = -1; // unknown when < 0

    static ContactEntry fromCbor(const QCborMap& map);
};

// The wallboard's call figures (`wallboard.calls`).
struct CallFigures {
    int waiting = 0;
    int active = 0;
    int offeredToday = 0;
    int answeredToday = 0;
    int abandonedToday = 0;

    static CallFigures fromCbor(const QCborMap& map);
};

// "mm:ss" or "h:mm:ss".
QString formatDuration(qint64 seconds);

} // namespace csm::client
