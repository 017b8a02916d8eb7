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

QCborMap customerChanges(const QCborMap& original, const QCborMap& edited)
{
    QCborMap changes = changedArgs(original, edited);
    const QString key = QStringLiteral("custom");
    if (!changes.contains(key))
        return changes;
    const QCborMap before = original.value(key).toMap();
    QCborMap custom = changedArgs(before, changes.value(key).toMap());
    // A code that was empty and still is: no change (absent and null are the same).
    for (auto it = custom.begin(); it != custom.end();) {
        if (it.value().isNull() && (!before.contains(it.key()) || before.value(it.key()).isNull()))
            it = custom.erase(it);
        else
            ++it;
    }
    if (custom.isEmpty())
        changes.remove(key);
    else
        changes.insert(key, custom);
    return changes;
}

QCborMap withoutEmptyCustomValues(QCborMap args)
{
    const QString key = QStringLiteral("custom");
    if (!args.contains(key))
        return args;
    QCborMap custom = args.value(key).toMap();
    for (auto it = custom.begin(); it != custom.end();) {
        if (it.value().isNull() || it.value().isUndefined())
            it = custom.erase(it);
        else
            ++it;
    }
    args.insert(key, custom);
    return args;
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
