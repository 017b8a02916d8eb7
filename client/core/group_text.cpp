#include "client/core/group_text.h"

#include <QRegularExpression>

namespace csm::client {

using common::ConditionType;

QString GroupText::kindName(common::GroupKind kind)
{
    return kind == common::GroupKind::Segment ? tr("Segment") : tr("Static list");
}

QString GroupText::conditionName(ConditionType type)
{
    switch (type) {
    case ConditionType::Product: return tr("Owns a product");
    case ConditionType::Region: return tr("Region");
    case ConditionType::Gender: return tr("Gender");
    case ConditionType::Age: return tr("Age");
    case ConditionType::VipLevel: return tr("VIP level");
    case ConditionType::Tags: return tr("Tags");
    case ConditionType::Occupation: return tr("Occupation");
    case ConditionType::IncomeBand: return tr("Income band");
    }
    return {};
}

QString GroupText::genderName(const QString& gender)
{
    if (gender == QLatin1String("male"))
        return tr("male");
    if (gender == QLatin1String("female"))
        return tr("female");
    return gender;
}

namespace {
QString range(const std::optional<int>& min, const std::optional<int>& max)
{
    if (min && max)
        return min == max ? QString::number(*min) : QStringLiteral("%1–%2").arg(*min).arg(*max);
    if (min)
        return QStringLiteral("≥ %1").arg(*min);
    if (max)
        return QStringLiteral("≤ %1").arg(*max);
    return {};
}
} // namespace

QString GroupText::describe(const common::SegmentCondition& c, const QHash<QString, QString>& categoryNames,
                            const QHash<QString, QString>& regionNames)
{
    switch (c.type) {
    case ConditionType::Product: {
        QString text = tr("Owns %1").arg(categoryNames.value(c.category, c.category));
        QStringList details;
        if (c.purchasedFrom.isValid() && c.purchasedTo.isValid())
            details.append(tr("bought %1 – %2").arg(c.purchasedFrom.toString(Qt::ISODate), c.purchasedTo.toString(Qt::ISODate)));
        else if (c.purchasedFrom.isValid())
            details.append(tr("bought from %1").arg(c.purchasedFrom.toString(Qt::ISODate)));
        else if (c.purchasedTo.isValid())
            details.append(tr("bought until %1").arg(c.purchasedTo.toString(Qt::ISODate)));
        if (c.olderThanMonths)
            details.append(tr("bought more than %n month(s) ago", nullptr, *c.olderThanMonths));
        if (!details.isEmpty())
            text += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
        return text;
    }
    case ConditionType::Region: {
        QStringList names;
        for (const QString& code : c.values)
            names.append(regionNames.value(code, code));
        return tr("Lives in %1").arg(names.join(tr(" or ")));
    }
    case ConditionType::Gender: return tr("Gender: %1").arg(genderName(c.value));
    case ConditionType::Age: return tr("Age %1").arg(range(c.min, c.max));
    case ConditionType::VipLevel: return tr("VIP level %1").arg(range(c.min, c.max));
    case ConditionType::Tags: return tr("Tagged %1").arg(c.values.join(tr(" or ")));
    case ConditionType::Occupation: return tr("Occupation: %1").arg(c.values.join(tr(" or ")));
    case ConditionType::IncomeBand: return tr("Income band: %1").arg(c.values.join(tr(" or ")));
    }
    return {};
}

QString GroupText::summary(const common::SegmentRule& rule, const QHash<QString, QString>& categoryNames,
                           const QHash<QString, QString>& regionNames)
{
    QStringList parts;
    for (const common::SegmentCondition& condition : rule.conditions)
        parts.append(describe(condition, categoryNames, regionNames));
    return parts.join(tr(" and "));
}

QString GroupText::problemText(const QString& problem)
{
    struct Pattern {
        const char* regex;
        const char* text;
    };
    static const Pattern patterns[] = {
        {"^is required$", QT_TR_NOOP("This is required.")},
        {"^must be a date YYYY-MM-DD$", QT_TR_NOOP("Not a valid date.")},
        {"^must not be before the start of the range$", QT_TR_NOOP("The end of the date range is before its start.")},
        {"^must be a whole number from (\\d+) to (\\d+)$", QT_TR_NOOP("A whole number from %1 to %2.")},
        {"^must not be greater than the maximum$", QT_TR_NOOP("The minimum is greater than the maximum.")},
        {"^needs a minimum or a maximum$", QT_TR_NOOP("Give a minimum or a maximum.")},
        {"^needs 1 to (\\d+) values$", QT_TR_NOOP("Give 1 to %1 values.")},
        {"^each value must be 1 to (\\d+) characters$", QT_TR_NOOP("Each value must be 1 to %1 characters.")},
        {"^must be a 6-digit region code$", QT_TR_NOOP("Not a valid region.")},
        {"^must be male or female$", QT_TR_NOOP("Choose male or female.")},
        {"^must be a category code$", QT_TR_NOOP("Not a valid product category.")},
        {"^unknown product category '(.*)'$", QT_TR_NOOP("Unknown product category \"%1\".")},
        {"^unknown region '(.*)'$", QT_TR_NOOP("Unknown region \"%1\".")},
        {"^unknown condition '(.*)'$", QT_TR_NOOP("Unknown condition \"%1\".")},
        {"^needs at least one condition$", QT_TR_NOOP("Add at least one condition.")},
        {"^at most (\\d+) conditions$", QT_TR_NOOP("At most %1 conditions.")},
        {"^at most (\\d+) product conditions$", QT_TR_NOOP("At most %1 product conditions.")},
        {"^only one (.*) condition is allowed; put all values in one$",
         QT_TR_NOOP("This kind of condition may appear only once; put all values in one.")},
        {"^must be at most (\\d+) characters$", QT_TR_NOOP("At most %1 characters.")},
        {"^is already used by another group of this org unit$",
         QT_TR_NOOP("Another group of your org unit already has this name.")},
    };
    for (const Pattern& pattern : patterns) {
        const QRegularExpression regex(QString::fromLatin1(pattern.regex));
        const QRegularExpressionMatch match = regex.match(problem);
        if (!match.hasMatch())
            continue;
        QString text = tr(pattern.text);
        for (int i = 1; i <= regex.captureCount(); ++i)
            text = text.arg(match.captured(i));
        return text;
    }
    return problem;
}

int GroupText::conditionIndex(const QString& field)
{
    static const QRegularExpression pattern(QStringLiteral("^rule\\.conditions\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = pattern.match(field);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString GroupText::problemLines(const QMap<QString, QString>& problems)
{
    QStringList lines;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const int index = conditionIndex(it.key());
        const QString text = problemText(it.value());
        if (index >= 0)
            lines.append(tr("Condition %1: %2").arg(index + 1).arg(text));
        else if (it.key() == QLatin1String("name"))
            lines.append(tr("Name: %1").arg(text));
        else if (it.key() == QLatin1String("description"))
            lines.append(tr("Description: %1").arg(text));
        else
            lines.append(text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace csm::client
