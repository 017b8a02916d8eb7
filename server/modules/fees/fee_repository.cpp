#include "server/modules/fees/fee_repository.h"

#include "server/db/pqxx_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csm::server::fees {

using db::toQt;

namespace {
#define CSM_FEE_TODAY "(now() AT TIME ZONE 'Asia/Shanghai')::date"
#define CSM_FEE_DAY(column) "(" column " AT TIME ZONE 'Asia/Shanghai')::date"

QDate dateOf(const pqxx::field& field)
{
    return field.is_null() ? QDate() : QDate::fromString(toQt(field), Qt::ISODate);
}

std::string json(const QCborMap& map)
{
    return QJsonDocument(map.toJsonObject()).toJson(QJsonDocument::Compact).toStdString();
}

std::optional<std::string> optionalCategory(const QString& code)
{
    return code.isEmpty() ? std::nullopt : std::optional<std::string>(code.toStdString());
}

common::FeeSchedule scheduleOf(const pqxx::row& row)
{
    common::FeeSchedule s;
    s.id = row[0].as<qint64>();
    s.serviceType = toQt(row[1]);
    s.categoryCode = toQt(row[2]);
    s.categoryName = toQt(row[3]);
    s.validFrom = dateOf(row[4]);
    s.labourFen = row[5].as<qint64>();
    s.travelFen = row[6].as<qint64>();
    s.version = row[7].as<int>();
    s.updatedAt = db::fromIso(row[8]);
    s.current = row[9].as<bool>();
    return s;
}

#define CSM_SCHEDULE_COLUMNS                                                                              \
    "f.id, f.service_type, f.category_code, pc.name, to_char(f.valid_from, 'YYYY-MM-DD'), f.labour_fen,"  \
    " f.travel_fen, f.version, " CSM_SQL_ISO("f.updated_at") ","                                          \
    " coalesce(f.valid_from = (SELECT max(g.valid_from) FROM fee_schedule g WHERE g.service_type = f.service_type" \
    " AND g.category_code = f.category_code AND g.valid_from <= " CSM_FEE_TODAY "), false)"
} // namespace

void FeeRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        // $1 product (0: none), $2 service type, $3 fault code ('' any), $4 order (0: none).
        // The category chain walks up from the product's category (nearest first): rule
        // parameters and fee schedules of the nearest category win over its parents' and the
        // default. Completed repairs count within the warranty (purchase … warranty end).
        {"fee_facts",
         "WITH RECURSIVE p AS (SELECT cp.purchase_date, cp.warranty_end, pm.category_code FROM customer_product cp"
         " JOIN product_model pm ON pm.id = cp.model_id WHERE cp.id = $1),"
         " chain (code, parent_code, depth) AS (SELECT pc.code, pc.parent_code, 0 FROM product_category pc"
         " JOIN p ON pc.code = p.category_code UNION ALL SELECT pc.code, pc.parent_code, chain.depth + 1"
         " FROM product_category pc JOIN chain ON pc.code = chain.parent_code WHERE chain.depth < 16),"
         " today AS (SELECT " CSM_FEE_TODAY " AS d)"
         " SELECT EXISTS (SELECT 1 FROM p), (SELECT category_code FROM p),"
         " (SELECT pc.name FROM product_category pc JOIN p ON pc.code = p.category_code),"
         " (SELECT to_char(purchase_date, 'YYYY-MM-DD') FROM p), (SELECT to_char(warranty_end, 'YYYY-MM-DD') FROM p),"
         " (SELECT json_agg(json_build_object('id', sc.id, 'kind', sc.kind, 'starts_on', sc.starts_on, 'ends_on',"
         "  sc.ends_on, 'visits', coalesce(sc.visits, 0), 'visits_used', sc.visits_used) ORDER BY sc.id)"
         "  FROM service_contract sc WHERE sc.customer_product_id = $1 AND sc.status = 'active'),"
         " (SELECT count(*) FROM ticket r, p WHERE r.customer_product_id = $1 AND r.id <> $4"
         "  AND r.service_type = 'repair' AND r.resolved_at IS NOT NULL"
         "  AND " CSM_FEE_DAY("r.resolved_at") " <= p.warranty_end"
         "  AND (p.purchase_date IS NULL OR " CSM_FEE_DAY("r.resolved_at") " >= p.purchase_date)"
         "  AND ($3 = '' OR r.fault_code = $3)),"
         " (SELECT string_agg(x.key || '=' || x.value, ',') FROM (SELECT DISTINCT ON (w.key) w.key, w.value"
         "  FROM warranty_rule_param w LEFT JOIN chain c ON c.code = w.category_code"
         "  WHERE w.category_code IS NULL OR c.code IS NOT NULL ORDER BY w.key, c.depth NULLS LAST) x),"
         " to_char(today.d, 'YYYY-MM-DD'),"
         " (SELECT verdict_detail::text FROM ticket_fee WHERE ticket_id = $4),"
         " s.id, s.labour_fen, s.travel_fen, s.category_code, to_char(s.valid_from, 'YYYY-MM-DD')"
         " FROM today LEFT JOIN LATERAL (SELECT f.* FROM fee_schedule f JOIN chain c ON c.code = f.category_code"
         " WHERE f.service_type = $2 AND f.valid_from <= today.d ORDER BY c.depth, f.valid_from DESC LIMIT 1) s ON true"},
        {"fee_schedule_list",
         "SELECT " CSM_SCHEDULE_COLUMNS " FROM fee_schedule f JOIN product_category pc ON pc.code = f.category_code"
         " WHERE ($1 = '' OR f.service_type = $1) AND ($2 = '' OR f.category_code = $2)"
         " ORDER BY f.service_type, f.category_code, f.valid_from DESC LIMIT 2000"},
        {"fee_schedule_get",
         "SELECT " CSM_SCHEDULE_COLUMNS " FROM fee_schedule f JOIN product_category pc ON pc.code = f.category_code"
         " WHERE f.service_type = $1 AND f.category_code = $2 AND f.valid_from = $3::date"},
        {"fee_schedule_insert",
         "INSERT INTO fee_schedule (service_type, category_code, valid_from, labour_fen, travel_fen, updated_by)"
         " VALUES ($1, $2, $3::date, $4, $5, $6) ON CONFLICT DO NOTHING"},
        {"fee_schedule_update",
         "UPDATE fee_schedule SET labour_fen = $4, travel_fen = $5, updated_by = $6, updated_at = now(),"
         " version = version + 1 WHERE service_type = $1 AND category_code = $2 AND valid_from = $3::date"
         " AND version = $7"},
        {"fee_category_name", "SELECT name FROM product_category WHERE code = $1"},
        {"fee_today", "SELECT to_char(" CSM_FEE_TODAY ", 'YYYY-MM-DD')"},
        {"fee_rule_params",
         "SELECT coalesce(w.category_code, ''), coalesce(pc.name, ''), w.key, w.value FROM warranty_rule_param w"
         " LEFT JOIN product_category pc ON pc.code = w.category_code"
         " ORDER BY w.category_code NULLS FIRST, w.key"},
        {"fee_rule_param_set",
         "INSERT INTO warranty_rule_param (category_code, key, value, updated_by) VALUES ($1, $2, $3, $4)"
         " ON CONFLICT (category_code, key) DO UPDATE SET value = $3, updated_by = $4, updated_at = now()"},
        {"fee_rule_param_remove",
         "DELETE FROM warranty_rule_param WHERE category_code = $1 AND key = $2"},
        {"fee_ticket_basics",
         "SELECT service_type, coalesce(customer_product_id, 0), fault_code FROM ticket WHERE id = $1"},
        {"fee_parts",
         "SELECT part_code, part_name, qty, unit_price_fen, recover_old, recovered FROM ticket_part"
         " WHERE ticket_id = $1 ORDER BY line"},
        {"fee_parts_clear", "DELETE FROM ticket_part WHERE ticket_id = $1"},
        {"fee_part_insert",
         "INSERT INTO ticket_part (ticket_id, line, part_code, part_name, qty, unit_price_fen, recover_old, recovered)"
         " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"},
        {"fee_ticket_touch",
         "UPDATE ticket SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING version"},
        {"fee_ticket_fee",
         "SELECT verdict, rule, labour_fen, travel_fen, parts_fen, total_fen, parts_value_fen,"
         " coalesce(fee_schedule_id, 0), coalesce(contract_id, 0), " CSM_SQL_ISO("computed_at") ", verdict_detail::text"
         " FROM ticket_fee WHERE ticket_id = $1"},
        {"fee_ticket_fee_save",
         "INSERT INTO ticket_fee (ticket_id, verdict, rule, labour_fen, travel_fen, parts_fen, total_fen,"
         " parts_value_fen, fee_schedule_id, contract_id, verdict_detail, computed_by)"
         " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, nullif($9::bigint, 0), nullif($10::bigint, 0), $11::jsonb, nullif($12::bigint, 0))"
         " ON CONFLICT (ticket_id) DO UPDATE SET verdict = $2, rule = $3, labour_fen = $4, travel_fen = $5,"
         " parts_fen = $6, total_fen = $7, parts_value_fen = $8, fee_schedule_id = nullif($9::bigint, 0),"
         " contract_id = nullif($10::bigint, 0), verdict_detail = $11::jsonb, computed_by = nullif($12::bigint, 0), computed_at = now()"},
        {"fee_contract_use_visit",
         "UPDATE service_contract SET visits_used = visits_used + 1, version = version + 1"
         " WHERE id = $1 AND visits_used < visits"},
        {"fee_audit",
         "INSERT INTO audit_log (user_id, action, entity, entity_id, detail) VALUES ($1, $2, $3, nullif($4::bigint, 0), $5::jsonb)"},
    });
}

FeeFacts FeeRepository::facts(pqxx::transaction_base& tx, const FeeFactsQuery& query)
{
    const auto row = tx.exec_prepared1("fee_facts", query.productId, query.serviceType.toStdString(),
                                       query.faultCode.toStdString(), query.ticketId);
    FeeFacts facts;
    facts.productFound = row[0].as<bool>();
    facts.categoryCode = toQt(row[1]);
    facts.categoryName = toQt(row[2]);
    facts.purchaseDate = dateOf(row[3]);
    facts.warrantyEnd = dateOf(row[4]);
    if (!row[5].is_null()) {
        for (const QJsonValue& item : QJsonDocument::fromJson(QByteArray(row[5].c_str())).array()) {
            const QJsonObject object = item.toObject();
            common::WarrantyContract contract;
            contract.id = object.value(QLatin1String("id")).toInteger();
            contract.kind = object.value(QLatin1String("kind")).toString();
            contract.startsOn = QDate::fromString(object.value(QLatin1String("starts_on")).toString(), Qt::ISODate);
            contract.endsOn = QDate::fromString(object.value(QLatin1String("ends_on")).toString(), Qt::ISODate);
            contract.visits = object.value(QLatin1String("visits")).toInt();
            contract.visitsUsed = object.value(QLatin1String("visits_used")).toInt();
            facts.contracts.append(contract);
        }
    }
    facts.priorRepairs = row[6].as<int>();
    for (const QString& pair : toQt(row[7]).split(QLatin1Char(','), Qt::SkipEmptyParts))
        facts.params.set(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1).toInt());
    facts.today = dateOf(row[8]);
    if (!row[9].is_null())
        facts.storedVerdict = QCborMap::fromJsonObject(QJsonDocument::fromJson(QByteArray(row[9].c_str())).object());
    if (!row[10].is_null())
        facts.schedule = ScheduleMatch{row[10].as<qint64>(), row[11].as<qint64>(), row[12].as<qint64>(), toQt(row[13]),
                                       dateOf(row[14])};
    return facts;
}

std::vector<common::FeeSchedule> FeeRepository::schedules(pqxx::transaction_base& tx, const QString& serviceType,
                                                          const QString& categoryCode)
{
    std::vector<common::FeeSchedule> items;
    for (const auto& row : tx.exec_prepared("fee_schedule_list", serviceType.toStdString(), categoryCode.toStdString()))
        items.push_back(scheduleOf(row));
    return items;
}

std::optional<common::FeeSchedule> FeeRepository::schedule(pqxx::transaction_base& tx, const QString& serviceType,
                                                           const QString& categoryCode, const QDate& validFrom)
{
    const auto result = tx.exec_prepared("fee_schedule_get", serviceType.toStdString(), categoryCode.toStdString(),
                                         validFrom.toString(Qt::ISODate).toStdString());
    if (result.empty())
        return std::nullopt;
    return scheduleOf(result[0]);
}

bool FeeRepository::saveSchedule(pqxx::transaction_base& tx, const common::FeeSchedule& s, qint64 userId)
{
    const std::string validFrom = s.validFrom.toString(Qt::ISODate).toStdString();
    if (s.version == 0)
        return tx.exec_prepared("fee_schedule_insert", s.serviceType.toStdString(), s.categoryCode.toStdString(),
                                validFrom, s.labourFen, s.travelFen, userId)
                   .affected_rows()
            == 1;
    return tx.exec_prepared("fee_schedule_update", s.serviceType.toStdString(), s.categoryCode.toStdString(), validFrom,
                            s.labourFen, s.travelFen, userId, s.version)
               .affected_rows()
        == 1;
}

std::optional<QString> FeeRepository::categoryName(pqxx::transaction_base& tx, const QString& code)
{
    const auto result = tx.exec_prepared("fee_category_name", code.toStdString());
    if (result.empty())
        return std::nullopt;
    return toQt(result[0][0]);
}

QDate FeeRepository::today(pqxx::transaction_base& tx)
{
    return dateOf(tx.exec_prepared1("fee_today")[0]);
}

std::vector<RuleParamRow> FeeRepository::ruleParams(pqxx::transaction_base& tx)
{
    std::vector<RuleParamRow> rows;
    for (const auto& row : tx.exec_prepared("fee_rule_params"))
        rows.push_back({toQt(row[0]), toQt(row[1]), toQt(row[2]), row[3].as<int>()});
    return rows;
}

void FeeRepository::setRuleParam(pqxx::transaction_base& tx, const QString& categoryCode, const QString& key, int value,
                                 qint64 userId)
{
    tx.exec_prepared0("fee_rule_param_set", optionalCategory(categoryCode), key.toStdString(), value, userId);
}

void FeeRepository::removeRuleParam(pqxx::transaction_base& tx, const QString& categoryCode, const QString& key)
{
    tx.exec_prepared0("fee_rule_param_remove", categoryCode.toStdString(), key.toStdString());
}

std::optional<TicketBasics> FeeRepository::ticketBasics(pqxx::transaction_base& tx, qint64 ticketId)
{
    const auto result = tx.exec_prepared("fee_ticket_basics", ticketId);
    if (result.empty())
        return std::nullopt;
    return TicketBasics{toQt(result[0][0]), result[0][1].as<qint64>(), toQt(result[0][2])};
}

QList<common::TicketPart> FeeRepository::parts(pqxx::transaction_base& tx, qint64 ticketId)
{
    QList<common::TicketPart> parts;
    for (const auto& row : tx.exec_prepared("fee_parts", ticketId)) {
        common::TicketPart part;
        part.partCode = toQt(row[0]);
        part.partName = toQt(row[1]);
        part.qty = row[2].as<int>();
        part.unitPriceFen = row[3].as<qint64>();
        part.recoverOld = row[4].as<bool>();
        part.recovered = row[5].as<bool>();
        parts.append(part);
    }
    return parts;
}

void FeeRepository::replaceParts(pqxx::transaction_base& tx, qint64 ticketId, const QList<common::TicketPart>& parts)
{
    tx.exec_prepared0("fee_parts_clear", ticketId);
    int line = 0;
    for (const common::TicketPart& part : parts)
        tx.exec_prepared0("fee_part_insert", ticketId, ++line, part.partCode.toStdString(), part.partName.toStdString(),
                          part.qty, part.unitPriceFen, part.recoverOld, part.recovered);
}

std::optional<int> FeeRepository::touchTicket(pqxx::transaction_base& tx, qint64 ticketId, int version)
{
    const auto result = tx.exec_prepared("fee_ticket_touch", ticketId, version);
    if (result.empty())
        return std::nullopt;
    return result[0][0].as<int>();
}

std::optional<StoredFee> FeeRepository::fee(pqxx::transaction_base& tx, qint64 ticketId)
{
    const auto result = tx.exec_prepared("fee_ticket_fee", ticketId);
    if (result.empty())
        return std::nullopt;
    const auto& row = result[0];
    StoredFee stored;
    stored.fee.ticketId = ticketId;
    stored.fee.verdict = toQt(row[0]);
    stored.fee.rule = toQt(row[1]);
    stored.fee.amounts.labourFen = row[2].as<qint64>();
    stored.fee.amounts.travelFen = row[3].as<qint64>();
    stored.fee.amounts.partsFen = row[4].as<qint64>();
    stored.fee.amounts.totalFen = row[5].as<qint64>();
    stored.fee.amounts.partsValueFen = row[6].as<qint64>();
    stored.fee.feeScheduleId = row[7].as<qint64>();
    stored.fee.contractId = row[8].as<qint64>();
    stored.fee.computedAt = db::fromIso(row[9]);
    stored.verdict = QCborMap::fromJsonObject(QJsonDocument::fromJson(QByteArray(row[10].c_str())).object());
    return stored;
}

void FeeRepository::saveFee(pqxx::transaction_base& tx, const common::TicketFee& fee, const QCborMap& verdict,
                            qint64 userId)
{
    const common::FeeAmounts& a = fee.amounts;
    tx.exec_prepared0("fee_ticket_fee_save", fee.ticketId, fee.verdict.toStdString(), fee.rule.toStdString(), a.labourFen,
                      a.travelFen, a.partsFen, a.totalFen, a.partsValueFen, fee.feeScheduleId, fee.contractId,
                      json(verdict), userId);
}

bool FeeRepository::useVisit(pqxx::transaction_base& tx, qint64 contractId)
{
    return tx.exec_prepared("fee_contract_use_visit", contractId).affected_rows() == 1;
}

void FeeRepository::audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, const QString& entity,
                          qint64 entityId, const QCborMap& detail)
{
    tx.exec_prepared0("fee_audit", userId, action.toStdString(), entity.toStdString(), entityId, json(detail));
}

} // namespace csm::server::fees
