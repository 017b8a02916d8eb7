#pragma once
// All SQL of the custom fields of customers: the definitions (customer_field) and the values
// customers hold (customer_field_value, one typed row per customer and field).
#include "common/model/custom_field.h"
#include "server/rpc/module_registry.h"

#include <pqxx/pqxx>

#include <QCborMap>
#include <QStringList>

#include <optional>

// The values of a customer's active custom fields as one JSON object (code → value), NULL when
// none: a column of the customer reads (cust_get), so customer.get stays one statement.
#define CSM_CUSTOMER_CUSTOM_COLUMN                                                                      \
    "(SELECT json_object_agg(f.code, CASE f.type WHEN 'number' THEN to_json(v.number_value)"           \
    " WHEN 'date' THEN to_json(to_char(v.date_value, 'YYYY-MM-DD')) ELSE to_json(v.text_value) END)" \
    " FROM customer_field_value v JOIN customer_field f ON f.id = v.field_id AND f.active"            \
    " WHERE v.customer_id = c.id)"

namespace csm::server::customers {

class CustomFieldRepository {
public:
    static void registerStatements(ModuleRegistry& registry);

    // Ordered by position, then code.
    static common::CustomFieldList list(pqxx::transaction_base& tx, bool includeInactive);
    static std::optional<common::CustomFieldDefinition> find(pqxx::transaction_base& tx, qint64 id, bool forUpdate);
    static bool codeTaken(pqxx::transaction_base& tx, const QString& code);
    static int nextPosition(pqxx::transaction_base& tx);
    static qint64 insert(pqxx::transaction_base& tx, const common::CustomFieldDefinition& field, qint64 createdBy);
    // Writes the definition when its version matches; false when it did not.
    static bool update(pqxx::transaction_base& tx, const common::CustomFieldDefinition& field);
    static bool hasValues(pqxx::transaction_base& tx, qint64 fieldId);
    // Values customers hold for the field that are not in `kept` (at most a few).
    static QStringList optionsInUse(pqxx::transaction_base& tx, qint64 fieldId, const QStringList& kept);

    // The customer's values of active fields, code → value (as customer.get shows them).
    static QCborMap values(pqxx::transaction_base& tx, qint64 customerId);
    // Sets one value (null: removes it). `value` is normalised by checkCustomValue().
    static void writeValue(pqxx::transaction_base& tx, qint64 customerId, const common::CustomFieldDefinition& field,
                           const QCborValue& value);
    // The JSON object of CSM_CUSTOMER_CUSTOM_COLUMN as a map (an empty map for NULL).
    static QCborMap parseValues(const pqxx::field& field);

    static void audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, qint64 fieldId,
                      const QString& detailJson);
};

} // namespace csm::server::customers
