#pragma once
// Small bridges between libpqxx 6.4 and the types the server uses.
#include <pqxx/pqxx>

#include <QByteArray>
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

// A text[] literal for a parameter: {"a","b"} with quotes and backslashes escaped.
std::string textArrayLiteral(const QStringList& values);
// Parses a text[] field (one-dimensional).
QStringList parseTextArray(const pqxx::field& field);

} // namespace csm::server::db
