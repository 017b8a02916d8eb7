#include "server/modules/customers/customer_repository.h"

#include "server/db/pqxx_support.h"
#include "server/modules/customers/custom_field_repository.h"

namespace csm::server::customers {

using db::toQt;

namespace {
#define CSM_CUSTOMER_COLUMNS                                                                          \
    "c.id, c.version, c.name, coalesce(c.gender, ''), coalesce(to_char(c.birth_date, 'YYYY-MM-DD'), ''),"  \
    " coalesce(c.id_number, ''), coalesce(c.email, ''), coalesce(c.province_code, ''),"              \
    " coalesce(c.city_code, ''), coalesce(c.district_code, ''), c.address_detail, c.address_text,"   \
    " c.occupation, c.income_band, c.family, c.vip_level, c.tags, c.note, c.org_unit_id,"            \
    " to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"                 \
    " to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"                 \
    " ARRAY(SELECT p.phone FROM customer_phone p WHERE p.customer_id = c.id ORDER BY p.position),"   \
    " c.org_path::text"

#define CSM_CUSTOMER_PAGE " AND c.org_path <@ $2::ltree AND c.id > $3 ORDER BY c.id LIMIT $4"

// Name and address searches run as unnamed statements, planned with the actual pattern each
// time: a cached generic plan cannot know how selective a pattern is and picks a scan of the
// whole org subtree (hundreds of ms on a million customers).
const std::string kSearchNameSql = "SELECT " CSM_CUSTOMER_COLUMNS " FROM customer c"
                                   " WHERE c.name_grams @> csm_query_grams($1)"
                                   " AND strpos(lower(c.name), lower($1)) > 0" CSM_CUSTOMER_PAGE;
const std::string kSearchAddressSql = "SELECT " CSM_CUSTOMER_COLUMNS " FROM customer c"
                                      " WHERE c.address_text LIKE $1" CSM_CUSTOMER_PAGE;

CustomerRecord readRecord(const pqxx::row& row)
{
    CustomerRecord record;
    common::Customer& c = record.customer;
    c.id = row[0].as<qint64>();
    c.version = row[1].as<int>();
    c.name = toQt(row[2]);
    c.gender = toQt(row[3]);
    c.birthDate = QDate::fromString(toQt(row[4]), Qt::ISODate);
    c.idNumber = toQt(row[5]);
    c.idNumberMasked = false;
    c.email = toQt(row[6]);
    c.address.provinceCode = toQt(row[7]);
    c.address.cityCode = toQt(row[8]);
    c.address.districtCode = toQt(row[9]);
    c.address.detail = toQt(row[10]);
    c.address.text = toQt(row[11]);
    c.occupation = toQt(row[12]);
    c.incomeBand = toQt(row[13]);
    c.family = toQt(row[14]);
    c.vipLevel = row[15].as<int>();
    c.tags = db::parseTextArray(row[16]);
    c.note = toQt(row[17]);
    c.orgUnitId = row[18].as<qint64>();
    c.createdAt = QDateTime::fromString(toQt(row[19]), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(toQt(row[20]), Qt::ISODateWithMs);
    c.phones = db::parseTextArray(row[21]);
    record.orgPath = row[22].as<std::string>();
    if (row.size() > 23) {   // single-customer reads carry the custom values
        c.custom = CustomFieldRepository::parseValues(row[23]);
        c.hasCustom = true;
    }
    return record;
}

std::optional<std::string> text(const QString& value)
{
    return db::optionalText(value);
}

std::optional<std::string> dateParam(const std::optional<QDate>& date)
{
    if (!date || !date->isValid())
        return std::nullopt;
    return date->toString(Qt::ISODate).toStdString();
}

// A LIKE pattern that matches `needle` anywhere, with its wildcards escaped.
std::string containsPattern(const QString& needle)
{
    QString escaped = needle;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return (QLatin1Char('%') + escaped + QLatin1Char('%')).toStdString();
}
} // namespace

void CustomerRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"cust_insert",
         "INSERT INTO customer (name, gender, birth_date, id_number, email, province_code, city_code,"
         " district_code, address_detail, address_text, occupation, income_band, family, vip_level, tags, note,"
         " org_unit_id, org_path, created_by)"
         " SELECT $1, $2, $3::date, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::text[], $16,"
         " o.id, o.path, $18 FROM org_unit o WHERE o.id = $17 RETURNING id"},
        {"cust_update",
         "UPDATE customer SET name = $3, gender = $4, birth_date = $5::date, id_number = $6, email = $7,"
         " province_code = $8, city_code = $9, district_code = $10, address_detail = $11, address_text = $12,"
         " occupation = $13, income_band = $14, family = $15, vip_level = $16, tags = $17::text[], note = $18,"
         " version = version + 1, updated_at = now() WHERE id = $1 AND version = $2"},
        {"cust_phones_delete", "DELETE FROM customer_phone WHERE customer_id = $1"},
        {"cust_phone_insert",
         "INSERT INTO customer_phone (customer_id, position, phone, local_part, kind) VALUES ($1, $2, $3, $4, $5)"},
        {"cust_get", "SELECT " CSM_CUSTOMER_COLUMNS ", " CSM_CUSTOMER_CUSTOM_COLUMN
                     " FROM customer c WHERE c.id = $1 AND c.org_path <@ $2::ltree"},
        {"cust_get_for_update",
         "SELECT " CSM_CUSTOMER_COLUMNS ", " CSM_CUSTOMER_CUSTOM_COLUMN
         " FROM customer c WHERE c.id = $1 AND c.org_path <@ $2::ltree FOR UPDATE OF c"},
        {"cust_search_phone",
         "SELECT " CSM_CUSTOMER_COLUMNS " FROM customer c WHERE c.id IN"
         " (SELECT customer_id FROM customer_phone WHERE phone = $1)" CSM_CUSTOMER_PAGE},
        {"cust_search_local_phone",
         "SELECT " CSM_CUSTOMER_COLUMNS " FROM customer c WHERE c.id IN"
         " (SELECT customer_id FROM customer_phone WHERE local_part = $1)" CSM_CUSTOMER_PAGE},
        {"cust_search_id_number",
         "SELECT " CSM_CUSTOMER_COLUMNS " FROM customer c WHERE c.id_number = $1" CSM_CUSTOMER_PAGE},
        // customer_product_serial_search_idx: upper(serial_number) WHERE serial_number IS NOT NULL.
        {"cust_search_serial",
         "SELECT " CSM_CUSTOMER_COLUMNS " FROM customer c WHERE c.id IN"
         " (SELECT customer_id FROM customer_product WHERE upper(serial_number) = $1 AND serial_number IS NOT NULL)"
         CSM_CUSTOMER_PAGE},
        {"cust_region_names",
         "SELECT code, parent_code, name FROM region WHERE code IN ($1, $2, $3)"},
        {"cust_org_path", "SELECT path::text FROM org_unit WHERE id = $1"},
        {"cust_audit",
         "INSERT INTO audit_log (user_id, action, entity, entity_id, detail) VALUES ($1, $2, 'customer', $3, $4::jsonb)"},
    });
}

qint64 CustomerRepository::insert(pqxx::transaction_base& tx, const CustomerWrite& d, qint64 orgUnitId, qint64 createdBy)
{
    const auto row = tx.exec_prepared1(
        "cust_insert", d.name.toStdString(), text(d.gender), dateParam(d.birthDate), text(d.idNumber), text(d.email),
        text(d.address.provinceCode), text(d.address.cityCode), text(d.address.districtCode),
        d.address.detail.toStdString(), d.address.text.toStdString(), d.occupation.toStdString(),
        d.incomeBand.toStdString(), d.family.toStdString(), d.vipLevel, db::textArrayLiteral(d.tags),
        d.note.toStdString(), orgUnitId, createdBy);
    return row[0].as<qint64>();
}

bool CustomerRepository::update(pqxx::transaction_base& tx, qint64 id, int version, const CustomerWrite& d)
{
    const auto result = tx.exec_prepared(
        "cust_update", id, version, d.name.toStdString(), text(d.gender), dateParam(d.birthDate), text(d.idNumber),
        text(d.email), text(d.address.provinceCode), text(d.address.cityCode), text(d.address.districtCode),
        d.address.detail.toStdString(), d.address.text.toStdString(), d.occupation.toStdString(),
        d.incomeBand.toStdString(), d.family.toStdString(), d.vipLevel, db::textArrayLiteral(d.tags),
        d.note.toStdString());
    return result.affected_rows() == 1;
}

void CustomerRepository::replacePhones(pqxx::transaction_base& tx, qint64 customerId, const std::vector<PhoneRow>& phones)
{
    tx.exec_prepared0("cust_phones_delete", customerId);
    int position = 0;
    for (const PhoneRow& phone : phones)
        tx.exec_prepared0("cust_phone_insert", customerId, position++, phone.phone.toStdString(),
                          phone.localPart.toStdString(), phone.kind.toStdString());
}

std::optional<CustomerRecord> CustomerRepository::find(pqxx::transaction_base& tx, qint64 id, const std::string& scope,
                                                       bool forUpdate)
{
    const auto result = forUpdate ? tx.exec_prepared("cust_get_for_update", id, scope) : runPlan(tx, findPlan(id, scope));
    if (result.empty())
        return std::nullopt;
    return readRecord(result[0]);
}

QueryPlan CustomerRepository::findPlan(qint64 id, const std::string& scope)
{
    QueryPlan plan;
    plan.statement = "cust_get";
    plan.params = {std::to_string(id), scope};
    return plan;
}

std::vector<CustomerRecord> CustomerRepository::search(pqxx::transaction_base& tx, const SearchCriteria& criteria,
                                                       const std::string& scope, qint64 afterId, int limit)
{
    return readRecords(runPlan(tx, searchPlan(criteria, scope, afterId, limit)));
}

QueryPlan CustomerRepository::searchPlan(const SearchCriteria& criteria, const std::string& scope, qint64 afterId,
                                         int limit)
{
    const int given = int(criteria.phone.has_value()) + int(criteria.localPhone.has_value())
        + int(criteria.name.has_value()) + int(criteria.idNumber.has_value()) + int(criteria.address.has_value())
        + int(criteria.serial.has_value());
    QueryPlan plan;
    if (given == 1) {
        // The common case: one prepared statement, one round trip.
        std::string value;
        if (criteria.phone) {
            plan.statement = "cust_search_phone";
            value = criteria.phone->toStdString();
        } else if (criteria.localPhone) {
            plan.statement = "cust_search_local_phone";
            value = criteria.localPhone->toStdString();
        } else if (criteria.name) {
            plan.sql = kSearchNameSql;
            value = criteria.name->toStdString();
        } else if (criteria.idNumber) {
            plan.statement = "cust_search_id_number";
            value = criteria.idNumber->toStdString();
        } else if (criteria.serial) {
            plan.statement = "cust_search_serial";
            value = criteria.serial->toStdString();
        } else {
            plan.sql = kSearchAddressSql;
            value = containsPattern(*criteria.address);
        }
        plan.params = {std::move(value), scope, std::to_string(afterId), std::to_string(limit)};
        return plan;
    }
    // Several criteria: every condition applies; still parameterised.
    plan.sql = "SELECT " CSM_CUSTOMER_COLUMNS " FROM customer c WHERE c.org_path <@ $1::ltree AND c.id > $2";
    plan.params = {scope, std::to_string(afterId)};
    auto add = [&plan](const std::string& condition, std::string value) {
        plan.params.emplace_back(std::move(value));
        std::string placeholder(1, '$');
        placeholder += std::to_string(plan.params.size());
        std::string expanded = condition;
        for (size_t at = expanded.find("$?"); at != std::string::npos; at = expanded.find("$?"))
            expanded.replace(at, 2, placeholder);
        plan.sql += " AND ";
        plan.sql += expanded;
    };
    if (criteria.phone)
        add("c.id IN (SELECT customer_id FROM customer_phone WHERE phone = $?)", criteria.phone->toStdString());
    if (criteria.localPhone)
        add("c.id IN (SELECT customer_id FROM customer_phone WHERE local_part = $?)", criteria.localPhone->toStdString());
    if (criteria.name)
        add("c.name_grams @> csm_query_grams($?) AND strpos(lower(c.name), lower($?)) > 0", criteria.name->toStdString());
    if (criteria.idNumber)
        add("c.id_number = $?", criteria.idNumber->toStdString());
    if (criteria.address)
        add("c.address_text LIKE $?", containsPattern(*criteria.address));
    if (criteria.serial)
        add("c.id IN (SELECT customer_id FROM customer_product WHERE upper(serial_number) = $?"
            " AND serial_number IS NOT NULL)", criteria.serial->toStdString());
    plan.params.emplace_back(std::to_string(limit));
    plan.sql += " ORDER BY c.id LIMIT $" + std::to_string(plan.params.size());
    return plan;
}

std::vector<CustomerRecord> CustomerRepository::readRecords(const pqxx::result& result)
{
    std::vector<CustomerRecord> records;
    records.reserve(result.size());
    for (const auto& row : result)
        records.push_back(readRecord(row));
    return records;
}

std::optional<QString> CustomerRepository::regionText(pqxx::transaction_base& tx, const common::Address& address)
{
    const auto result = tx.exec_prepared("cust_region_names", address.provinceCode.toStdString(),
                                         address.cityCode.toStdString(), address.districtCode.toStdString());
    QHash<QString, std::pair<QString, QString>> found;   // code → (parent, name)
    for (const auto& row : result)
        found.insert(toQt(row[0]), {toQt(row[1]), toQt(row[2])});
    QStringList parts;
    QString expectedParent;
    for (const QString& code : {address.provinceCode, address.cityCode, address.districtCode}) {
        if (code.isEmpty()) {
            expectedParent.clear();
            continue;
        }
        const auto it = found.constFind(code);
        if (it == found.cend())
            return std::nullopt;
        if (!expectedParent.isEmpty() && it->first != expectedParent)
            return std::nullopt;
        parts.append(it->second);
        expectedParent = code;
    }
    return parts.join(QLatin1Char(' '));
}

std::string CustomerRepository::orgPath(pqxx::transaction_base& tx, qint64 orgUnitId)
{
    const auto result = tx.exec_prepared("cust_org_path", orgUnitId);
    return result.empty() ? std::string() : result[0][0].as<std::string>();
}

void CustomerRepository::audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, qint64 customerId,
                               const QString& detailJson)
{
    tx.exec_prepared0("cust_audit", userId, action.toStdString(), customerId, detailJson.toStdString());
}

} // namespace csm::server::customers
