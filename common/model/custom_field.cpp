#include "common/model/custom_field.h"

#include "common/domain/text_rules.h"

#include <QCborArray>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace csm::common {
namespace {
QString str(const QCborMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toString();
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString numberText(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

// A number as the wire carries it (integer or float); nullopt when it is something else.
std::optional<double> numberOf(const QCborValue& value)
{
    if (value.isInteger())
        return double(value.toInteger());
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    return std::nullopt;
}

QCborValue numberValue(double value, int decimals)
{
    if (decimals == 0)
        return QCborValue(qint64(std::llround(value)));
    const double scale = std::pow(10.0, decimals);
    return QCborValue(std::round(value * scale) / scale);
}

bool hasAtMostDecimals(double value, int decimals)
{
    const double scaled = value * std::pow(10.0, decimals);
    return std::abs(scaled - std::round(scaled)) <= 1e-6 + std::abs(scaled) * 1e-12;
}

QCborValue boundValue(const CustomFieldDefinition& field, bool minimum)
{
    if (field.type == CustomFieldType::Number) {
        const auto& bound = minimum ? field.minNumber : field.maxNumber;
        return bound ? numberValue(*bound, field.decimals) : QCborValue(nullptr);
    }
    if (field.type == CustomFieldType::Date) {
        const QDate& bound = minimum ? field.minDate : field.maxDate;
        return bound.isValid() ? QCborValue(bound.toString(Qt::ISODate)) : QCborValue(nullptr);
    }
    return QCborValue(nullptr);
}

bool isEmptyValue(const QCborValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty());
}

const QString kRangeProblem = QStringLiteral("must be a number between -1000000000000 and 1000000000000");
} // namespace

QString customFieldTypeName(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text: return QStringLiteral("text");
    case CustomFieldType::Number: return QStringLiteral("number");
    case CustomFieldType::Date: return QStringLiteral("date");
    case CustomFieldType::Choice: return QStringLiteral("choice");
    }
    return QStringLiteral("text");
}

std::optional<CustomFieldType> customFieldTypeFromName(const QString& name)
{
    for (CustomFieldType type :
         {CustomFieldType::Text, CustomFieldType::Number, CustomFieldType::Date, CustomFieldType::Choice}) {
        if (customFieldTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QString CustomFieldDefinition::label(const QLocale& locale) const
{
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString& preferred = chinese ? labelZh : labelEn;
    return preferred.isEmpty() ? (chinese ? labelEn : labelZh) : preferred;
}

const CustomFieldOption* CustomFieldDefinition::option(const QString& value) const
{
    for (const CustomFieldOption& candidate : options) {
        if (candidate.value == value)
            return &candidate;
    }
    return nullptr;
}

int CustomFieldDefinition::effectiveMaxLength() const
{
    return maxLength > 0 ? maxLength : kCustomTextDefaultMax;
}

QCborMap CustomFieldDefinition::toCbor() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("version"), version);
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("label_en"), labelEn);
    map.insert(QStringLiteral("label_zh"), labelZh);
    map.insert(QStringLiteral("type"), customFieldTypeName(type));
    QCborArray list;
    for (const CustomFieldOption& option : options)
        list.append(QCborMap{{QStringLiteral("value"), option.value},
                             {QStringLiteral("label_en"), option.labelEn},
                             {QStringLiteral("label_zh"), option.labelZh}});
    map.insert(QStringLiteral("options"), list);
    map.insert(QStringLiteral("required"), required);
    map.insert(QStringLiteral("max_length"), type == CustomFieldType::Text ? effectiveMaxLength() : 0);
    map.insert(QStringLiteral("min"), boundValue(*this, true));
    map.insert(QStringLiteral("max"), boundValue(*this, false));
    map.insert(QStringLiteral("decimals"), decimals);
    map.insert(QStringLiteral("active"), active);
    map.insert(QStringLiteral("position"), position);
    map.insert(QStringLiteral("updated_at"),
               updatedAt.isValid() ? updatedAt.toUTC().toString(Qt::ISODateWithMs) : QString());
    return map;
}

CustomFieldDefinition CustomFieldDefinition::fromCbor(const QCborMap& map)
{
    CustomFieldDefinition field;
    field.id = map.value(QStringLiteral("id")).toInteger();
    field.version = int(map.value(QStringLiteral("version")).toInteger());
    field.code = str(map, "code");
    field.labelEn = str(map, "label_en");
    field.labelZh = str(map, "label_zh");
    field.type = customFieldTypeFromName(str(map, "type")).value_or(CustomFieldType::Text);
    for (const QCborValue& value : map.value(QStringLiteral("options")).toArray()) {
        const QCborMap option = value.toMap();
        field.options.append(CustomFieldOption{str(option, "value"), str(option, "label_en"), str(option, "label_zh")});
    }
    field.required = map.value(QStringLiteral("required")).toBool(false);
    field.maxLength = int(map.value(QStringLiteral("max_length")).toInteger());
    field.decimals = int(map.value(QStringLiteral("decimals")).toInteger());
    if (field.type == CustomFieldType::Number) {
        field.minNumber = numberOf(map.value(QStringLiteral("min")));
        field.maxNumber = numberOf(map.value(QStringLiteral("max")));
    } else if (field.type == CustomFieldType::Date) {
        field.minDate = QDate::fromString(str(map, "min"), Qt::ISODate);
        field.maxDate = QDate::fromString(str(map, "max"), Qt::ISODate);
    }
    field.active = map.value(QStringLiteral("active")).toBool(true);
    field.position = int(map.value(QStringLiteral("position")).toInteger());
    field.updatedAt = QDateTime::fromString(str(map, "updated_at"), Qt::ISODateWithMs);
    return field;
}

QString customFieldKey(const QString& code)
{
    return QStringLiteral("custom.") + code;
}

CustomValueCheck checkCustomValue(const CustomFieldDefinition& field, const QCborValue& raw)
{
    if (raw.isNull() || raw.isUndefined())
        return {};
    switch (field.type) {
    case CustomFieldType::Text: {
        if (!raw.isString())
            return {{}, QStringLiteral("must be text")};
        const QString text = raw.toString().trimmed();
        if (text.isEmpty())
            return {};
        if (hasControlCharacters(text))
            return {{}, QStringLiteral("must not contain control characters")};
        if (textLength(text) > field.effectiveMaxLength())
            return {{}, QStringLiteral("must be at most %1 characters").arg(field.effectiveMaxLength())};
        return {QCborValue(text), {}};
    }
    case CustomFieldType::Number: {
        if (raw.isString() && raw.toString().trimmed().isEmpty())
            return {};
        const auto number = numberOf(raw);
        if (!number)
            return {{}, QStringLiteral("must be a number")};
        if (std::abs(*number) >= kCustomNumberLimit)
            return {{}, kRangeProblem};
        if (!hasAtMostDecimals(*number, field.decimals)) {
            return {{}, field.decimals == 0 ? QStringLiteral("must be a whole number")
                                            : QStringLiteral("must have at most %1 decimal places").arg(field.decimals)};
        }
        if (field.minNumber && *number < *field.minNumber)
            return {{}, QStringLiteral("must be at least %1").arg(numberText(*field.minNumber, field.decimals))};
        if (field.maxNumber && *number > *field.maxNumber)
            return {{}, QStringLiteral("must be at most %1").arg(numberText(*field.maxNumber, field.decimals))};
        return {numberValue(*number, field.decimals), {}};
    }
    case CustomFieldType::Date: {
        if (!raw.isString())
            return {{}, QStringLiteral("must be a date YYYY-MM-DD")};
        const QString text = raw.toString().trimmed();
        if (text.isEmpty())
            return {};
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10 || date.year() < 1000)
            return {{}, QStringLiteral("must be a date YYYY-MM-DD")};
        if (field.minDate.isValid() && date < field.minDate)
            return {{}, QStringLiteral("must be on or after %1").arg(field.minDate.toString(Qt::ISODate))};
        if (field.maxDate.isValid() && date > field.maxDate)
            return {{}, QStringLiteral("must be on or before %1").arg(field.maxDate.toString(Qt::ISODate))};
        return {QCborValue(date.toString(Qt::ISODate)), {}};
    }
    case CustomFieldType::Choice: {
        if (!raw.isString())
            return {{}, QStringLiteral("is not one of the choices")};
        const QString value = raw.toString().trimmed();
        if (value.isEmpty())
            return {};
        if (!field.option(value))
            return {{}, QStringLiteral("is not one of the choices")};
        return {QCborValue(value), {}};
    }
    }
    return {};
}

QMap<QString, QString> validateCustomValues(const CustomFieldList& activeFields, const QCborValue& custom,
                                            const QCborMap& current, bool creating)
{
    QMap<QString, QString> problems;
    const bool given = !custom.isUndefined() && !custom.isNull();
    if (!given && !creating)
        return problems;
    if (given && !custom.isMap()) {
        problems.insert(QStringLiteral("custom"), QStringLiteral("must be a map of field codes to values"));
        return problems;
    }
    const QCborMap values = given ? custom.toMap() : QCborMap();
    QHash<QString, const CustomFieldDefinition*> byCode;
    for (const CustomFieldDefinition& field : activeFields)
        byCode.insert(field.code, &field);

    QHash<QString, QCborValue> checked;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString code = it.key().isString() ? it.key().toString() : it.key().toDiagnosticNotation();
        const auto field = byCode.constFind(code);
        if (!it.key().isString() || field == byCode.cend()) {
            problems.insert(customFieldKey(code), QStringLiteral("is not an active custom field"));
            continue;
        }
        const CustomValueCheck check = checkCustomValue(**field, it.value());
        if (!check.problem.isEmpty())
            problems.insert(customFieldKey(code), check.problem);
        else
            checked.insert(code, check.value);
    }
    for (const CustomFieldDefinition& field : activeFields) {
        if (!field.required || problems.contains(customFieldKey(field.code)))
            continue;
        const QCborValue after = values.contains(field.code) ? checked.value(field.code)
                                                             : (creating ? QCborValue() : current.value(field.code));
        if (isEmptyValue(after))
            problems.insert(customFieldKey(field.code), QStringLiteral("is required"));
    }
    return problems;
}

QMap<QString, QString> applyCustomFieldArgs(CustomFieldDefinition& base, const QCborMap& args, bool creating)
{
    QMap<QString, QString> problems;
    auto present = [&](const char* key) { return args.contains(QLatin1String(key)); };
    auto value = [&](const char* key) { return args.value(QLatin1String(key)); };

    if (present("code")) {
        const QString code = value("code").toString().trimmed();
        if (!value("code").isString())
            problems.insert(QStringLiteral("code"), QStringLiteral("must be text"));
        else if (creating)
            base.code = code;
        else if (code != base.code)
            problems.insert(QStringLiteral("code"), QStringLiteral("cannot be changed"));
    }
    for (auto [key, target] : {std::pair{"label_en", &base.labelEn}, std::pair{"label_zh", &base.labelZh}}) {
        if (!present(key))
            continue;
        if (!value(key).isString())
            problems.insert(QLatin1String(key), QStringLiteral("must be text"));
        else
            *target = simplifiedText(value(key).toString());
    }
    if (present("type")) {
        const auto type = customFieldTypeFromName(value("type").toString());
        if (!type)
            problems.insert(QStringLiteral("type"), QStringLiteral("must be text, number, date or choice"));
        else
            base.type = *type;
    }
    if (present("options")) {
        const QCborValue list = value("options");
        base.options.clear();
        if (!list.isArray() && !list.isNull()) {
            problems.insert(QStringLiteral("options"), QStringLiteral("must be a list of {value, label_en, label_zh}"));
        } else {
            for (const QCborValue& item : list.toArray()) {
                if (!item.isMap()) {
                    problems.insert(QStringLiteral("options"),
                                    QStringLiteral("must be a list of {value, label_en, label_zh}"));
                    break;
                }
                const QCborMap option = item.toMap();
                base.options.append(CustomFieldOption{str(option, "value").trimmed(),
                                                      simplifiedText(str(option, "label_en")),
                                                      simplifiedText(str(option, "label_zh"))});
            }
        }
    }
    for (auto [key, target] : {std::pair{"required", &base.required}, std::pair{"active", &base.active}}) {
        if (!present(key))
            continue;
        if (!value(key).isBool())
            problems.insert(QLatin1String(key), QStringLiteral("must be true or false"));
        else
            *target = value(key).toBool();
    }
    struct IntField {
        const char* key;
        int* target;
        int min;
        int max;
    };
    for (const IntField& field : {IntField{"max_length", &base.maxLength, 1, kCustomTextMax},
                                  IntField{"decimals", &base.decimals, 0, kCustomDecimalsMax},
                                  IntField{"position", &base.position, 0, kCustomPositionMax}}) {
        if (!present(field.key))
            continue;
        const QCborValue given = value(field.key);
        if (given.isNull() && QLatin1String(field.key) == QLatin1String("max_length")) {
            *field.target = 0;
            continue;
        }
        if (!given.isInteger() || given.toInteger() < field.min || given.toInteger() > field.max) {
            problems.insert(QLatin1String(field.key),
                            QStringLiteral("must be a whole number from %1 to %2").arg(field.min).arg(field.max));
            continue;
        }
        *field.target = int(given.toInteger());
    }
    // The bounds are read as the (new) type says: numbers, or dates "YYYY-MM-DD".
    for (const char* key : {"min", "max"}) {
        if (!present(key))
            continue;
        const bool minimum = QLatin1String(key) == QLatin1String("min");
        const QCborValue given = value(key);
        const bool empty = given.isNull() || (given.isString() && given.toString().trimmed().isEmpty());
        if (base.type == CustomFieldType::Number) {
            auto& target = minimum ? base.minNumber : base.maxNumber;
            const auto number = numberOf(given);
            if (empty)
                target.reset();
            else if (!number)
                problems.insert(QLatin1String(key), QStringLiteral("must be a number"));
            else
                target = number;
        } else if (base.type == CustomFieldType::Date) {
            QDate& target = minimum ? base.minDate : base.maxDate;
            const QDate date = QDate::fromString(given.toString().trimmed(), Qt::ISODate);
            if (empty)
                target = QDate();
            else if (!given.isString() || !date.isValid())
                problems.insert(QLatin1String(key), QStringLiteral("must be a date YYYY-MM-DD"));
            else
                target = date;
        }
    }
    if (creating) {
        for (const char* key : {"code", "label_en", "label_zh", "type"}) {
            if (!present(key))
                problems.insert(QLatin1String(key), QStringLiteral("is required"));
        }
    }
    // What does not apply to the type is dropped.
    if (base.type != CustomFieldType::Choice)
        base.options.clear();
    if (base.type != CustomFieldType::Text)
        base.maxLength = 0;
    if (base.type != CustomFieldType::Number) {
        base.minNumber.reset();
        base.maxNumber.reset();
        base.decimals = 0;
    }
    if (base.type != CustomFieldType::Date) {
        base.minDate = QDate();
        base.maxDate = QDate();
    }
    const auto rules = validateCustomFieldDefinition(base);
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        if (!problems.contains(it.key()))
            problems.insert(it.key(), it.value());
    }
    return problems;
}

QMap<QString, QString> validateCustomFieldDefinition(const CustomFieldDefinition& field)
{
    QMap<QString, QString> problems;
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{0,29}$"));
    if (!codePattern.match(field.code).hasMatch())
        problems.insert(QStringLiteral("code"), QStringLiteral("must be 1 to 30 of a-z, 0-9, '_', starting with a letter"));
    for (auto [key, label] : {std::pair{"label_en", &field.labelEn}, std::pair{"label_zh", &field.labelZh}}) {
        if (label->isEmpty())
            problems.insert(QLatin1String(key), QStringLiteral("is required"));
        else if (textLength(*label) > kCustomFieldLabelMax)
            problems.insert(QLatin1String(key), QStringLiteral("must be at most %1 characters").arg(kCustomFieldLabelMax));
        else if (hasControlCharacters(*label))
            problems.insert(QLatin1String(key), QStringLiteral("must not contain control characters"));
    }
    if (field.type == CustomFieldType::Choice) {
        QSet<QString> seen;
        if (field.options.isEmpty())
            problems.insert(QStringLiteral("options"), QStringLiteral("a choice field needs at least one option"));
        else if (field.options.size() > kCustomFieldOptionsMax)
            problems.insert(QStringLiteral("options"), QStringLiteral("at most %1 options").arg(kCustomFieldOptionsMax));
        for (const CustomFieldOption& option : field.options) {
            if (problems.contains(QStringLiteral("options")))
                break;
            if (option.value.isEmpty() || textLength(option.value) > kCustomOptionValueMax
                || hasControlCharacters(option.value))
                problems.insert(QStringLiteral("options"),
                                QStringLiteral("each option needs a value of 1 to %1 characters").arg(kCustomOptionValueMax));
            else if (option.labelEn.isEmpty() || option.labelZh.isEmpty()
                     || textLength(option.labelEn) > kCustomFieldLabelMax
                     || textLength(option.labelZh) > kCustomFieldLabelMax)
                problems.insert(QStringLiteral("options"),
                                QStringLiteral("each option needs an English and a Chinese label of at most %1 characters")
                                    .arg(kCustomFieldLabelMax));
            else if (seen.contains(option.value))
                problems.insert(QStringLiteral("options"), QStringLiteral("option '%1' is listed twice").arg(option.value));
            seen.insert(option.value);
        }
    }
    if (field.maxLength < 0 || field.maxLength > kCustomTextMax)
        problems.insert(QStringLiteral("max_length"),
                        QStringLiteral("must be a whole number from %1 to %2").arg(1).arg(kCustomTextMax));
    if (field.decimals < 0 || field.decimals > kCustomDecimalsMax)
        problems.insert(QStringLiteral("decimals"),
                        QStringLiteral("must be a whole number from %1 to %2").arg(0).arg(kCustomDecimalsMax));
    if (field.position < 0 || field.position > kCustomPositionMax)
        problems.insert(QStringLiteral("position"),
                        QStringLiteral("must be a whole number from %1 to %2").arg(0).arg(kCustomPositionMax));
    for (auto [key, bound] : {std::pair{"min", &field.minNumber}, std::pair{"max", &field.maxNumber}}) {
        if (*bound && std::abs(**bound) >= kCustomNumberLimit && !problems.contains(QLatin1String(key)))
            problems.insert(QLatin1String(key), kRangeProblem);
    }
    if (field.minNumber && field.maxNumber && *field.minNumber > *field.maxNumber && !problems.contains(QStringLiteral("max")))
        problems.insert(QStringLiteral("max"), QStringLiteral("must not be less than the minimum"));
    if (field.minDate.isValid() && field.maxDate.isValid() && field.minDate > field.maxDate
        && !problems.contains(QStringLiteral("max")))
        problems.insert(QStringLiteral("max"), QStringLiteral("must not be before the minimum"));
    return problems;
}

QString customValueText(const CustomFieldDefinition& field, const QCborValue& value, const QLocale& locale)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (field.type) {
    case CustomFieldType::Text:
    case CustomFieldType::Date:
        return value.toString();
    case CustomFieldType::Number: {
        const auto number = numberOf(value);
        return number ? locale.toString(*number, 'f', field.decimals) : QString();
    }
    case CustomFieldType::Choice: {
        const CustomFieldOption* option = field.option(value.toString());
        if (!option)
            return value.toString();
        const bool chinese = locale.language() == QLocale::Chinese;
        const QString& label = chinese ? option->labelZh : option->labelEn;
        return label.isEmpty() ? option->value : label;
    }
    }
    return {};
}

} // namespace csm::common
