#pragma once
// All SQL of the cti module: call records, agent states and their log, the figures of the
// wallboard, and the customer lookup of the screen pop.
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QDateTime>

#include <optional>
#include <vector>

namespace csm::server::cti {

struct CallRow {
    qint64 id = 0;
    QString callKey;
    QString direction;
    QString callerNumber;
    QString calledNumber;
    QString customerNumber;   // normalised; empty when withheld
    QString queue;
    QString extension;
    qint64 agentId = 0;
    qint64 customerId = 0;
    bool answered = false;
    bool ended = false;
    QString outcome;
    QDateTime offeredAt;
    QDateTime answeredAt;
    QDateTime endedAt;
    int wrapUpSeconds = -1;
    QString recording;
};

struct AgentRow {
    qint64 userId = 0;
    QString displayName;
    QString extension;
    QString state;
    QString reason;
    QString callKey;
    QDateTime since;
};

// The agent who takes calls at an extension: the one logged in there, or else the user the
// extension is assigned to.
struct ExtensionOwner {
    qint64 userId = 0;
    std::string orgPath;
    bool loggedIn = false;
};

// A customer's products by warranty, as the screen pop shows them (computed in the lookup).
struct PopWarranty {
    int products = 0;
    int inWarranty = 0;     // warranty end today or later
    int expiring = 0;       // of those, ending within 30 days
    int expired = 0;        // warranty end before today (the rest: unknown end)
    QString nextEnd;        // the earliest end still ahead (YYYY-MM-DD), empty when none
};

struct PopCustomer {
    qint64 id = 0;
    QString name;
    int vipLevel = 0;
    QString address;
    PopWarranty warranty;   // filled by popLookup only
};

struct PopLookup {
    std::vector<PopCustomer> customers;
    qint64 recentCalls = 0;   // from this number in the last 7 days, other than this call
};

// One screen pop of a batch: the extension rung and the caller, as popLookup takes them.
struct PopRequest {
    QString extension;
    QString number;            // phone digits, or the local part; '' when withheld
    bool localPart = false;
    QString customerNumber;    // the caller's digits (repeat-caller count); '' when withheld
    QString callKey;
};

struct PopAnswer {
    qint64 userId = 0;   // the agent at the extension; 0 when nobody is
    PopLookup lookup;
};

struct CallFigures {
    qint64 waiting = 0;
    qint64 active = 0;
    qint64 offeredToday = 0;
    qint64 answeredToday = 0;
    qint64 abandonedToday = 0;
};

struct NewCall {
    QString callKey;
    QString source;
    QString direction;
    QString callerNumber;
    QString calledNumber;
    std::optional<QString> customerNumber;
    QDateTime offeredAt;
};

class CtiRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // --- calls
    // The call, locked; created from `call` first when it is not known yet. `expectNew` (an
    // Offered event) tries the insert first.
    static CallRow lockOrCreateCall(pqxx::transaction_base& tx, const NewCall& call, bool expectNew);
    static std::optional<CallRow> findCall(pqxx::transaction_base& tx, const QString& callKey);
    static void setCustomer(pqxx::transaction_base& tx, qint64 callId, qint64 customerId);
    static void setQueued(pqxx::transaction_base& tx, qint64 callId, const QString& queue, const QDateTime& at);
    static void setRinging(pqxx::transaction_base& tx, qint64 callId, const QString& extension, const QDateTime& at);
    static void setAnswered(pqxx::transaction_base& tx, qint64 callId, const QString& extension, qint64 agentId,
                            const QDateTime& at);
    static void setRecording(pqxx::transaction_base& tx, qint64 callId, const QString& recording);
    // Ends the call once; false when it had ended already.
    static bool setEnded(pqxx::transaction_base& tx, qint64 callId, const QString& outcome, const QDateTime& at);
    // True the first time for this agent: the screen pop goes out once per agent and call.
    static bool markPopped(pqxx::transaction_base& tx, qint64 callId, qint64 userId);
    static void setWrapUp(pqxx::transaction_base& tx, qint64 callId, int seconds);
    static CallFigures figures(pqxx::transaction_base& tx);
    // The call's contact row when its customer is known (idempotent); returns the contact id or 0.
    static qint64 recordContact(pqxx::transaction_base& tx, qint64 callId);
    static void setContactSummary(pqxx::transaction_base& tx, qint64 callId, const QString& summary);
    static bool customerInScope(pqxx::transaction_base& tx, qint64 customerId, const std::string& scope);
    static std::vector<CallRow> listCalls(pqxx::transaction_base& tx, std::optional<qint64> customerId,
                                          std::optional<qint64> agentId, const std::string& scope, qint64 beforeId,
                                          int limit);

    // --- customers for the screen pop
    // The customers with the number (in `scope`) with their warranty summary, and the
    // repeat-caller count, in one statement.
    static PopLookup popLookup(pqxx::transaction_base& tx, const QString& number, bool localPart,
                               const std::string& scope, const QString& customerNumber, const QString& callKey);
    // Several pops in one statement (a burst of calls ringing at once): for each request, in
    // order, the agent at its extension (as extensionOwner) and the lookup in that agent's scope.
    static std::vector<PopAnswer> popBatch(pqxx::transaction_base& tx, const std::vector<PopRequest>& requests);
    static std::vector<PopCustomer> customersByNumber(pqxx::transaction_base& tx, const QString& number,
                                                      bool localPart, const std::string& scope);

    // --- agents
    static std::optional<ExtensionOwner> extensionOwner(pqxx::transaction_base& tx, const QString& extension);
    static std::optional<QString> assignedExtension(pqxx::transaction_base& tx, qint64 userId);
    static std::optional<AgentRow> agent(pqxx::transaction_base& tx, qint64 userId);
    static std::vector<AgentRow> agents(pqxx::transaction_base& tx, const std::string& scope);
    // Each changes state only when the rule holds, logs the change and returns the changed rows.
    static std::vector<AgentRow> login(pqxx::transaction_base& tx, qint64 userId, const QString& extension);
    static std::vector<AgentRow> logout(pqxx::transaction_base& tx, qint64 userId);
    // ready / not_ready by the agent: not while ringing or on a call.
    static std::vector<AgentRow> setAvailability(pqxx::transaction_base& tx, qint64 userId, const QString& state,
                                                 const QString& reason);
    static std::vector<AgentRow> ring(pqxx::transaction_base& tx, qint64 userId, const QString& callKey,
                                      const QDateTime& at);
    static std::vector<AgentRow> onCall(pqxx::transaction_base& tx, qint64 userId, const QString& callKey,
                                        const QDateTime& at);
    // Agents still ringing for the call (other than `exceptUser`) go back to what they were.
    static std::vector<AgentRow> stopRinging(pqxx::transaction_base& tx, const QString& callKey, qint64 exceptUser,
                                             const QDateTime& at);
    // Agents on the call (or only the one at `extension`) go to wrap-up.
    static std::vector<AgentRow> startWrapUp(pqxx::transaction_base& tx, const QString& callKey,
                                             const QString& extension, const QDateTime& at);
};

} // namespace csm::server::cti
