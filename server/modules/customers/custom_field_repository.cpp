#include "server/modules/customers/custom_field_repository.h"

#include "server/db/pqxx_support.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csm::server::customers {

using common::CustomFieldDefinition;
using common::CustomFieldType;
using db::toQt;

namespace {
#define CSM_FIELD_COLUMNS                                                                              \
    "f.id, f.version, f.code, f.label_en, f.label_zh, f.type, f.options::text, f.required,"          \
    " coalesce(f.max_length, 0), f.min_number::text, f.max_number::text, f.decimals,"                 \
    " coalesce(to_char(f.min_date, 'YYYY-MM-DD'), ''), coalesce(to_char(f.max_date, 'YYYY-MM-DD'), '')," \
    " f.active, f.position, " CSM_SQL_ISO("f.updated_at")

std::optional<double> numberOf(const pqxx::field& field)
{
    if (field.is_null())
        return std::nullopt;
    return QString::fromUtf8(field.c_str()).toDouble();
}

CustomFieldDefinition readField(const pqxx::row& row)
{
    CustomFieldDefinition f;
    f.id = row[0].as<qint64>();
    f.version = row[1].as<int>();
    f.code = toQt(row[2]);
    f.labelEn = toQt(row[3]);
    f.labelZh = toQt(row[4]);
    f.type = common::customFieldTypeFromName(toQt(row[5])).value_or(CustomFieldType::Text);
    for (const QJsonValue& value : QJsonDocument::fromJson(QByteArray(row[6].c_str())).array()) {
        const QJsonObject option = value.toObject();
        f.options.append(common::CustomFieldOption{option.value(QStringLiteral("value")).toString(),
                                                   option.value(QStringLiteral("label_en")).toString(),
                                                   option.value(QStringLiteral("label_zh")).toString()});
    }
    f.required = row[7].as<bool>();
    f.maxLength = row[8].as<int>();
    f.minNumber = numberOf(row[9]);
    f.maxNumber = numberOf(row[10]);
    f.decimals = row[11].as<int>();
    f.minDate = QDate::fromString(toQt(row[12]), Qt::ISODate);
    f.maxDate = QDate::fromString(toQt(row[13]), Qt::ISODate);
    f.active = row[14].as<bool>();
    f.position = row[15].as<int>();
    f.updatedAt = db::fromIso(row[16]);
    return f;
}

std::string optionsJson(const CustomFieldDefinition& field)
{
    QJsonArray options;
    for (const common::CustomFieldOption& option : field.options)
        options.append(QJsonObject{{QStringLiteral("value"), option.value},
                                   {QStringLiteral("label_en"), option.labelEn},
                                   {QStringLiteral("label_zh"), option.labelZh}});
    return QJsonDocument(options).toJson(QJsonDocument::Compact).toStdString();
}

std::optional<std::string> numberParam(const std::optional<double>& number, int decimals)
{
    if (!number)
        return std::nullopt;
    return QString::number(*number, 'f', decimals).toStdString();
}

std::optional<std::string> dateParam(const QDate& date)
{
    if (!date.isValid())
        return std::nullopt;
    return date.toString(Qt::ISODate).toStdString();
}

std::optional<int> maxLengthParam(const CustomFieldDefinition& field)
{
    if (field.type != CustomFieldType::Text || field.maxLength <= 0)
        return std::nullopt;
    return field.maxLength;
}
} // namespace

void CustomFieldRepository::registerStatements(ModuleRegistry& registry)
{
    registry.addStatements({
        {"cfield_list",
         "SELECT " CSM_FIELD_COLUMNS " FROM customer_field f WHERE f.active OR $1 ORDER BY f.position, f.code"},
        {"cfield_get", "SELECT " CSM_FIELD_COLUMNS " FROM customer_field f WHERE f.id = $1"},
        {"cfield_get_for_update", "SELECT " CSM_FIELD_COLUMNS " FROM customer_field f WHERE f.id = $1 FOR UPDATE"},
        {"cfield_code_taken", "SELECT 1 FROM customer_field WHERE code = $1"},
        {"cfield_next_position", "SELECT coalesce(max(position), 0) + 10 FROM customer_field"},
        {"cfield_insert",
         "INSERT INTO customer_field (code, label_en, label_zh, type, options, required, max_length, min_number,"
         " max_number, decimals, min_date, max_date, active, position, created_by)"
         " VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8::numeric, $9::numeric, $10, $11::date, $12::date, $13, $14, $15)"
         " RETURNING id"},
        {"cfield_update",
         "UPDATE customer_field SET label_en = $3, label_zh = $4, type = $5, options = $6::jsonb, required = $7,"
         " max_length = $8, min_number = $9::numeric, max_number = $10::numeric, decimals = $11, min_date = $12::date,"
         " max_date = $13::date, active = $14, position = $15, version = version + 1, updated_at = now()"
         " WHERE id = $1 AND version = $2"},
        {"cfield_has_values", "SELECT EXISTS (SELECT 1 FROM customer_field_value WHERE field_id = $1)"},
        {"cfield_options_in_use",
         "SELECT DISTINCT text_value FROM customer_field_value WHERE field_id = $1"
         " AND NOT (text_value = ANY ($2::text[])) ORDER BY 1 LIMIT 5"},
        {"cfield_values", "SELECT " CSM_CUSTOMER_CUSTOM_COLUMN " FROM customer c WHERE c.id = $1"},
        {"cfield_value_upsert",
         "INSERT INTO customer_field_value (customer_id, field_id, text_value, number_value, date_value)"
         " VALUES ($1, $2, $3, $4::numeric, $5::date) ON CONFLICT (customer_id, field_id) DO UPDATE"
         " SET text_value = EXCLUDED.text_value, number_value = EXCLUDED.number_value, date_value = EXCLUDED.date_value"},
        {"cfield_value_delete", "DELETE FROM customer_field_value WHERE customer_id = $1 AND field_id = $2"},
        {"cfield_audit",
         "INSERT INTO audit_log (user_id, action, entity, entity_id, detail)"
         " VALUES ($1, $2, 'customer_field', $3, $4::jsonb)"},
    });
}

common::CustomFieldList CustomFieldRepository::list(pqxx::transaction_base& tx, bool includeInactive)
{
    common::CustomFieldList fields;
    for (const auto& row : tx.exec_prepared("cfield_list", includeInactive))
        fields.append(readField(row));
    return fields;
}

std::optional<CustomFieldDefinition> CustomFieldRepository::find(pqxx::transaction_base& tx, qint64 id, bool forUpdate)
{
    const auto result = tx.exec_prepared(forUpdate ? "cfield_get_for_update" : "cfield_get", id);
    if (result.empty())
        return std::nullopt;
    return readField(result[0]);
}

bool CustomFieldRepository::codeTaken(pqxx::transaction_base& tx, const QString& code)
{
    return !tx.exec_prepared("cfield_code_taken", code.toStdString()).empty();
}

int CustomFieldRepository::nextPosition(pqxx::transaction_base& tx)
{
    return std::min(tx.exec_prepared1("cfield_next_position")[0].as<int>(), common::kCustomPositionMax);
}

qint64 CustomFieldRepository::insert(pqxx::transaction_base& tx, const CustomFieldDefinition& f, qint64 createdBy)
{
    return tx.exec_prepared1("cfield_insert", f.code.toStdString(), f.labelEn.toStdString(), f.labelZh.toStdString(),
                             common::customFieldTypeName(f.type).toStdString(), optionsJson(f), f.required,
                             maxLengthParam(f), numberParam(f.minNumber, f.decimals),
                             numberParam(f.maxNumber, f.decimals), f.decimals, dateParam(f.minDate),
                             dateParam(f.maxDate), f.active, f.position, createdBy)[0]
        .as<qint64>();
}

bool CustomFieldRepository::update(pqxx::transaction_base& tx, const CustomFieldDefinition& f)
{
    return tx.exec_prepared("cfield_update", f.id, f.version, f.labelEn.toStdString(), f.labelZh.toStdString(),
                            common::customFieldTypeName(f.type).toStdString(), optionsJson(f), f.required,
                            maxLengthParam(f), numberParam(f.minNumber, f.decimals),
                            numberParam(f.maxNumber, f.decimals), f.decimals, dateParam(f.minDate),
                            dateParam(f.maxDate), f.active, f.position)
               .affected_rows() == 1;
}

bool CustomFieldRepository::hasValues(pqxx::transaction_base& tx, qint64 fieldId)
{
    return tx.exec_prepared1("cfield_has_values", fieldId)[0].as<bool>();
}

QStringList CustomFieldRepository::optionsInUse(pqxx::transaction_base& tx, qint64 fieldId, const QStringList& kept)
{
    QStringList used;
    for (const auto& row : tx.exec_prepared("cfield_options_in_use", fieldId, db::textArrayLiteral(kept)))
        used.append(toQt(row[0]));
    return used;
}

QCborMap CustomFieldRepository::values(pqxx::transaction_base& tx, qint64 customerId)
{
    const auto result = tx.exec_prepared("cfield_values", customerId);
    return result.empty() ? QCborMap() : parseValues(result[0][0]);
}

void CustomFieldRepository::writeValue(pqxx::transaction_base& tx, qint64 customerId, const CustomFieldDefinition& field,
                                       const QCborValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        tx.exec_prepared0("cfield_value_delete", customerId, field.id);
        return;
    }
    std::optional<std::string> text, number, date;
    switch (field.type) {
    case CustomFieldType::Text:
    case CustomFieldType::Choice:
        text = value.toString().toStdString();
        break;
    case CustomFieldType::Number:
        number = value.isInteger() ? std::to_string(value.toInteger())
                                   : QString::number(value.toDouble(), 'f', field.decimals).toStdString();
        break;
    case CustomFieldType::Date:
        date = value.toString().toStdString();
        break;
    }
    tx.exec_prepared0("cfield_value_upsert", customerId, field.id, text, number, date);
}

QCborMap CustomFieldRepository::parseValues(const pqxx::field& field)
{
    if (field.is_null())
        return {};
    return QCborMap::fromJsonObject(QJsonDocument::fromJson(QByteArray(field.c_str(), int(field.size()))).object());
}

void CustomFieldRepository::audit(pqxx::transaction_base& tx, qint64 userId, const QString& action, qint64 fieldId,
                                  const QString& detailJson)
{
    tx.exec_prepared0("cfield_audit", userId, action.toStdString(), fieldId, detailJson.toStdString());
}

} // namespace csm::server::customers
