#include "server/db/pqxx_support.h"

#include <QStringList>

namespace csm::server::db {

std::string textArrayLiteral(const QStringList& values)
{
    std::string out = "{";
    bool first = true;
    for (const QString& value : values) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        for (const char c : value.toStdString()) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

QStringList parseTextArray(const pqxx::field& field)
{
    QStringList values;
    if (field.is_null())
        return values;
    pqxx::array_parser parser = field.as_array();
    for (auto item = parser.get_next(); item.first != pqxx::array_parser::done;
         item = parser.get_next()) {
        if (item.first == pqxx::array_parser::string_value)
            values.append(QString::fromStdString(item.second));
    }
    return values;
}

} // namespace csm::server::db
