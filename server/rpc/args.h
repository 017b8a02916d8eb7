#pragma once
// Typed access to a request's args map. Every problem becomes a `validation` error that
// names the field: missing, wrong type, too long, out of range.
#include <QCborArray>
#include <QCborMap>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace csm::server {

class Args {
public:
    explicit Args(QCborMap map) : m_map(std::move(map)) {}

    const QCborMap& map() const { return m_map; }
    bool has(const QString& field) const;

    // Strings are trimmed; maxLength counts characters (code points).
    QString requiredString(const QString& field, int maxLength) const;
    std::optional<QString> optionalString(const QString& field, int maxLength) const;
    QString stringOr(const QString& field, int maxLength, const QString& fallback) const;

    qint64 requiredInt(const QString& field, qint64 min, qint64 max) const;
    std::optional<qint64> optionalInt(const QString& field, qint64 min, qint64 max) const;

    bool boolOr(const QString& field, bool fallback) const;
    std::optional<QDate> optionalDate(const QString& field) const;   // "YYYY-MM-DD"

    // A list of strings; absent → nullopt. Each item trimmed and length-checked.
    std::optional<QStringList> optionalStringList(const QString& field, int maxItems, int maxLength) const;
    std::optional<QCborMap> optionalMap(const QString& field) const;

private:
    QCborMap m_map;
};

} // namespace csm::server
