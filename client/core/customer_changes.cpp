#include "client/core/customer_changes.h"

#include "common/domain/phone.h"

#include <QRegularExpression>

namespace csm::client {

QCborMap changedArgs(const QCborMap& original, const QCborMap& edited)
{
    QCborMap changes;
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        if (!original.contains(it.key()) || original.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    }
    return changes;
}

QStringList phonesFromText(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\n,;，；、]"));
    QStringList phones;
    for (const QString& part : text.split(separators)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        const auto normalized = common::normalizePhone(trimmed);
        phones.append(normalized ? normalized->digits : trimmed);
    }
    return phones;
}

QString phonesToText(const QStringList& phones)
{
    QStringList lines;
    for (const QString& phone : phones) {
        const auto normalized = common::normalizePhone(phone);
        lines.append(normalized ? common::formatPhone(*normalized) : phone);
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList tagsFromText(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;，；、]"));
    QStringList tags;
    for (const QString& part : text.split(separators)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty() && !tags.contains(trimmed))
            tags.append(trimmed);
    }
    return tags;
}

QCborMap updateArgs(qint64 id, int version, const QCborMap& changes)
{
    QCborMap args = changes;
    args.insert(QStringLiteral("id"), id);
    args.insert(QStringLiteral("version"), version);
    return args;
}

} // namespace csm::client
