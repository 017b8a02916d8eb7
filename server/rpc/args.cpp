#include "server/rpc/args.h"

#include "server/rpc/api_error.h"

namespace csm::server {
namespace {
int codePoints(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

QString checkedString(const QString& field, const QCborValue& value, int maxLength)
{
    if (!value.isString())
        throw ApiError::validation(field, QStringLiteral("must be a string"));
    const QString text = value.toString().trimmed();
    if (codePoints(text) > maxLength)
        throw ApiError::validation(field, QStringLiteral("must be at most %1 characters").arg(maxLength));
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            throw ApiError::validation(field, QStringLiteral("must not contain control characters"));
    }
    return text;
}

bool absent(const QCborValue& value)
{
    return value.isUndefined() || value.isNull();
}
} // namespace

bool Args::has(const QString& field) const
{
    return !absent(m_map.value(field));
}

QString Args::requiredString(const QString& field, int maxLength) const
{
    const QCborValue value = m_map.value(field);
    if (absent(value))
        throw ApiError::validation(field, QStringLiteral("is required"));
    QString text = checkedString(field, value, maxLength);
    if (text.isEmpty())
        throw ApiError::validation(field, QStringLiteral("is required"));
    return text;
}

std::optional<QString> Args::optionalString(const QString& field, int maxLength) const
{
    const QCborValue value = m_map.value(field);
    if (absent(value))
        return std::nullopt;
    return checkedString(field, value, maxLength);
}

QString Args::stringOr(const QString& field, int maxLength, const QString& fallback) const
{
    return optionalString(field, maxLength).value_or(fallback);
}

qint64 Args::requiredInt(const QString& field, qint64 min, qint64 max) const
{
    if (!has(field))
        throw ApiError::validation(field, QStringLiteral("is required"));
    return *optionalInt(field, min, max);
}

std::optional<qint64> Args::optionalInt(const QString& field, qint64 min, qint64 max) const
{
    const QCborValue value = m_map.value(field);
    if (absent(value))
        return std::nullopt;
    if (!value.isInteger())
        throw ApiError::validation(field, QStringLiteral("must be an integer"));
    const qint64 number = value.toInteger();
    if (number < min || number > max)
        throw ApiError::validation(field, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
    return number;
}

bool Args::boolOr(const QString& field, bool fallback) const
{
    const QCborValue value = m_map.value(field);
    if (absent(value))
        return fallback;
    if (!value.isBool())
        throw ApiError::validation(field, QStringLiteral("must be true or false"));
    return value.toBool();
}

std::optional<QDate> Args::optionalDate(const QString& field) const
{
    const auto text = optionalString(field, 10);
    if (!text || text->isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    if (!date.isValid())
        throw ApiError::validation(field, QStringLiteral("must be a date YYYY-MM-DD"));
    return date;
}

std::optional<QStringList> Args::optionalStringList(const QString& field, int maxItems, int maxLength) const
{
    const QCborValue value = m_map.value(field);
    if (absent(value))
        return std::nullopt;
    if (!value.isArray())
        throw ApiError::validation(field, QStringLiteral("must be a list of strings"));
    const QCborArray array = value.toArray();
    if (array.size() > maxItems)
        throw ApiError::validation(field, QStringLiteral("must have at most %1 items").arg(maxItems));
    QStringList items;
    for (const QCborValue& item : array)
        items.append(checkedString(field, item, maxLength));
    return items;
}

std::optional<QCborMap> Args::optionalMap(const QString& field) const
{
    const QCborValue value = m_map.value(field);
    if (absent(value))
        return std::nullopt;
    if (!value.isMap())
        throw ApiError::validation(field, QStringLiteral("must be a map"));
    return value.toMap();
}

} // namespace csm::server
