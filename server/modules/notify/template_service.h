#pragma once
// The rules of the SMS templates: notification.template.list and notification.template.set (a
// code of dot-separated lower-case parts, a text of at most 500 characters whose placeholders are
// the ones the outbox fills in — common/model/notification_template.h).
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::notify {

class TemplateService {
public:
    static QCborMap list(pqxx::transaction_base& tx);
    static QCborMap set(pqxx::transaction_base& tx, const Session& session, const Args& args);
};

} // namespace csm::server::notify
