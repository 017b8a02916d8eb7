#pragma once
// The rules of agent states set from the desk: log in to an extension, ready / not ready
// with a reason, log out, and closing a call's wrap-up.
#include "server/modules/cti/cti_repository.h"
#include "server/rpc/args.h"
#include "server/rpc/push.h"
#include "server/rpc/session.h"

#include <QCborMap>

namespace csm::server::cti {

class AgentService {
public:
    static QCborMap login(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes);
    static QCborMap logout(pqxx::transaction_base& tx, const Session& session, Pushes& pushes);
    static QCborMap setState(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes);
    static QCborMap state(pqxx::transaction_base& tx, const Session& session);
    // The extension the agent takes calls at: logged in there, or assigned. Throws validation
    // when there is none.
    static QString extensionOf(pqxx::transaction_base& tx, const Session& session);
    // Ends the wrap-up of a call: its summary on the contact, the customer chosen when the
    // caller was not known, and the next state.
    static QCborMap wrapUp(pqxx::transaction_base& tx, const Session& session, const Args& args, Pushes& pushes);
    static QCborMap wallboard(pqxx::transaction_base& tx, const Session& session);
    static QCborMap listCalls(pqxx::transaction_base& tx, const Session& session, const Args& args);
};

} // namespace csm::server::cti
