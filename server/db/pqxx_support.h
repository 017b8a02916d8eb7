#pragma once
// Small bridges between libpqxx 6.4 and the types the server uses.
#include <pqxx/pqxx>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <string>

// libpqxx 6.4 maps an empty std::optional parameter to SQL NULL (pqxx/internal/type_utils.hxx).

namespace csm::server::db {

inline std::string toStd(const QString& text)
{
    return text.toStdString();
}

inline QString toQt(const pqxx::field& field)
{
    if (field.is_null())
        return {};
    return QString::fromUtf8(field.c_str(), static_cast<qsizetype>(field.size()));
}

inline std::optional<std::string> optionalText(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    return text.toStdString();
}

// Timestamps cross the wire to PostgreSQL as ISO 8601 UTC text: pass toIso(t) to a
// `$n::timestamptz` parameter, select `CSM_SQL_ISO(column)` and read it with fromIso().
#define CSM_SQL_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
inline std::string toIso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toStdString();
}
inline QDateTime fromIso(const pqxx::field& field)
{
    if (field.is_null())
        return {};
    QDateTime time = QDateTime::fromString(QString::fromUtf8(field.c_str()), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

// A text[] literal for a parameter: {"a","b"} with quotes and backslashes escaped.
std::string textArrayLiteral(const QStringList& values);
// Parses a text[] field (one-dimensional).
QStringList parseTextArray(const pqxx::field& field);

} // namespace csm::server::db
