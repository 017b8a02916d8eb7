#pragma once
// The warranty verdict of an order or a customer product (common/model/warranty_rules.h decides;
// this gathers the facts from the database), and the rule parameters the admin keeps.
#include "common/model/ticket.h"
#include "common/model/warranty_rules.h"
#include "server/modules/fees/fee_repository.h"
#include "server/rpc/args.h"
#include "server/rpc/session.h"

#include <pqxx/pqxx>

#include <QCborMap>

namespace csm::server::fees {

class WarrantyService {
public:
    // warranty.verdict, warranty.rules.list, warranty.rules.set
    static QCborMap verdict(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap rulesList(pqxx::transaction_base& tx, const Session& session, const Args& args);
    static QCborMap rulesSet(pqxx::transaction_base& tx, const Session& session, const Args& args);

    // The verdict an order shows (ticket.get → warranty_verdict): the one fixed when it was
    // completed, else judged now. One statement when the order has a product, none otherwise.
    static QCborMap forTicket(pqxx::transaction_base& tx, const common::Ticket& ticket);

    // Judges from facts read by FeeRepository::facts.
    static common::WarrantyVerdict judge(const FeeFacts& facts, const QString& serviceType);
    // The verdict as sent: WarrantyVerdict::toCbor plus `judged_on` and `source` (live | completion).
    static QCborMap present(const common::WarrantyVerdict& verdict, const QDate& judgedOn, const QString& source);
};

} // namespace csm::server::fees
