#pragma once
// Admin-defined custom fields of customers (自定义字段, 003 §3.1(3)): the definition as both
// sides see it, and the rules both sides run — on a definition (the admin dialog, the
// customer.field.* ops) and on the values a customer carries under `custom`
// (the customer form, customer.create / customer.update).
#include <QCborMap>
#include <QCborValue>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>

#include <optional>

namespace csm::common {

enum class CustomFieldType { Text, Number, Date, Choice };

// "text", "number", "date", "choice".
QString customFieldTypeName(CustomFieldType type);
std::optional<CustomFieldType> customFieldTypeFromName(const QString& name);

struct CustomFieldOption {
    QString value;      // what a customer stores
    QString labelEn;
    QString labelZh;

    bool operator==(const CustomFieldOption&) const = default;
};

struct CustomFieldDefinition {
    qint64 id = 0;
    int version = 0;
    QString code;                         // a-z0-9_, starts with a letter; fixed once created
    QString labelEn;
    QString labelZh;
    CustomFieldType type = CustomFieldType::Text;
    QList<CustomFieldOption> options;     // choice only
    bool required = false;
    int maxLength = 0;                    // text: 1..kCustomTextMax; 0 = kCustomTextDefaultMax
    std::optional<double> minNumber;      // number only
    std::optional<double> maxNumber;
    int decimals = 0;                     // number: digits after the point, 0..kCustomDecimalsMax
    QDate minDate;                        // date only; invalid = open
    QDate maxDate;
    bool active = true;
    int position = 0;                     // display order (ascending)
    QDateTime updatedAt;

    // The label in the UI language (Chinese when `locale` is Chinese); the other when empty.
    QString label(const QLocale& locale = QLocale()) const;
    const CustomFieldOption* option(const QString& value) const;
    int effectiveMaxLength() const;

    QCborMap toCbor() const;
    static CustomFieldDefinition fromCbor(const QCborMap& map);
};

using CustomFieldList = QList<CustomFieldDefinition>;

inline constexpr int kCustomFieldCodeMax = 30;
inline constexpr int kCustomFieldLabelMax = 60;
inline constexpr int kCustomFieldOptionsMax = 50;
inline constexpr int kCustomOptionValueMax = 40;
inline constexpr int kCustomTextDefaultMax = 200;
inline constexpr int kCustomTextMax = 1000;
inline constexpr int kCustomDecimalsMax = 4;
inline constexpr int kCustomPositionMax = 10000;
inline constexpr double kCustomNumberLimit = 1e12;   // |value| and bounds stay below this

// The problem key of a custom value: "custom.<code>".
QString customFieldKey(const QString& code);

// One value checked against its definition. `value` is the normalised value to store (null:
// no value — null, an empty string and a blank text all mean "clear"); `problem` is set
// instead when the value is not acceptable.
struct CustomValueCheck {
    QCborValue value;
    QString problem;
};
CustomValueCheck checkCustomValue(const CustomFieldDefinition& field, const QCborValue& raw);

// Checks the `custom` arg of customer.create / customer.update against the active fields:
// a map of code → value; an unknown or inactive code, a value of the wrong type, a choice
// not in the list, a number or date out of range. Required fields must hold a value after
// the change: on create always (absent `custom` = {}), on update when `custom` is given,
// `current` holding the values the customer has now. Returns field key → problem.
QMap<QString, QString> validateCustomValues(const CustomFieldList& activeFields, const QCborValue& custom,
                                            const QCborMap& current, bool creating);

// Applies the args of customer.field.create / customer.field.update over `base` (only the keys
// present; `null` clears min/max), then checks the whole definition. `creating` requires the
// code, both labels and the type. Returns field key → problem; `base` holds the result.
QMap<QString, QString> applyCustomFieldArgs(CustomFieldDefinition& base, const QCborMap& args, bool creating);
// The rules of a complete definition (labels, code, options of a choice, bounds in order).
QMap<QString, QString> validateCustomFieldDefinition(const CustomFieldDefinition& field);

// A value as the 360 view shows it: the option's label, a number in the locale, a date.
QString customValueText(const CustomFieldDefinition& field, const QCborValue& value, const QLocale& locale = QLocale());

} // namespace csm::common
