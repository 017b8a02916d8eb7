#pragma once
// The rules of custom fields: definitions (admin: create, update, deactivate — never delete)
// and the `custom` values of customer.create / customer.update, checked against the active
// definitions on the server whatever the client checked.
#include "common/model/custom_field.h"
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

#include <vector>

namespace csm::server::customers {

struct CustomValueWrite {
    common::CustomFieldDefinition field;
    QCborValue value;   // normalised; null removes the value
};

class CustomFieldService {
public:
    static QCborMap list(pqxx::transaction_base& tx, const Args& args);
    static common::CustomFieldDefinition create(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static common::CustomFieldDefinition update(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static common::CustomFieldDefinition deactivate(pqxx::transaction_base& tx, const Session& session,
                                                    const Args& args);

    // Checks the `custom` arg of a customer write (customerId 0: create). Returns the problems
    // (keys "custom" or "custom.<code>"); when there are none, `writes` holds the values that change.
    static QMap<QString, QString> checkValues(pqxx::transaction_base& tx, const Args& args, qint64 customerId,
                                              bool creating, std::vector<CustomValueWrite>& writes);
    static void writeValues(pqxx::transaction_base& tx, qint64 customerId, const std::vector<CustomValueWrite>& writes);
};

} // namespace csm::server::customers
