#pragma once
// The rules of the contact history, callback promises and the customer 360 view.
#include "server/modules/contacts/contact_repository.h"
#include "server/rpc/args.h"
#include "server/rpc/push.h"
#include "server/rpc/session.h"

#include <QCborMap>

namespace csm::server::contacts {

class ContactService {
public:
    static QCborMap list(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap create(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap createCallback(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap listCallbacks(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap closeCallback(pqxx::transaction_base& tx, const Session& session, const Args& args);
    // Profile, contact timeline (first page), callbacks and the repeat-caller figures.
    static QCborMap view360(pqxx::transaction_base& tx, const Session& session, const Args& args);
    // The periodic reminder: `callback.due` to each owner shortly before a promise is due.
    static Pushes remindCallbacks(pqxx::connection& connection);
};

} // namespace csm::server::contacts
