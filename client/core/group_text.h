#pragma once
// The wording of customer groups: kinds, condition types, a one-line summary of a segment rule,
// and the problems the shared rule checks (common/model/customer_group) and the server report.
#include "common/model/customer_group.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>

namespace csm::client {

class GroupText {
    Q_DECLARE_TR_FUNCTIONS(csm::client::GroupText)
public:
    static QString kindName(common::GroupKind kind);
    static QString conditionName(common::ConditionType type);
    static QString genderName(const QString& gender);
    // "Owns 油烟机 (bought 2020-01-01 – 2022-12-31)"; `categoryNames` maps codes to names,
    // `regionNames` region codes to names (codes show when a name is unknown).
    static QString describe(const common::SegmentCondition& condition, const QHash<QString, QString>& categoryNames,
                            const QHash<QString, QString>& regionNames);
    // The conditions joined with "and".
    static QString summary(const common::SegmentRule& rule, const QHash<QString, QString>& categoryNames,
                           const QHash<QString, QString>& regionNames);
    // A problem as the rule checks word it, in the user's language.
    static QString problemText(const QString& problem);
    // Problems keyed by field ("rule.conditions[1].category") as lines: "Condition 2: Unknown product category "XX"."
    static QString problemLines(const QMap<QString, QString>& problems);
    // The 0-based condition a field key names, or -1 ("rule.conditions[3].min" → 3).
    static int conditionIndex(const QString& field);
};

} // namespace csm::client
