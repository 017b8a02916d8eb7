#pragma once
// The rule of a segment as a list of condition rows (all must hold), with an "Add condition"
// menu of the fixed vocabulary. Emits changed() on every edit; the dialog previews the count.
#include "client/core/group_editor_controller.h"
#include "common/model/customer_group.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace csm::client {
class RegionCache;
}

namespace csm::client::ui {

class ConditionRow;

class SegmentRuleEditor : public QWidget {
    Q_OBJECT
public:
    explicit SegmentRuleEditor(RegionCache& regions, QWidget* parent = nullptr);

    void setCategories(const QList<CategoryEntry>& categories);
    void setRule(const common::SegmentRule& rule);
    common::SegmentRule rule() const;
    ConditionRow* addCondition(common::ConditionType type);
    int conditionCount() const { return int(m_rows.size()); }
    ConditionRow* row(int index) const { return m_rows.value(index); }
    // Shows problems keyed "rule.conditions[i]…" on their rows; returns the others.
    QMap<QString, QString> showProblems(const QMap<QString, QString>& problems);
    void clearProblems();
    // Names for summaries: category codes and the chosen regions' codes.
    QHash<QString, QString> categoryNames() const;
    QHash<QString, QString> regionNames() const;
    QPushButton* addButton() const { return m_add; }

signals:
    void changed();

private:
    void removeRow(ConditionRow* row);
    void updateMenu();

    RegionCache& m_regions;
    QList<CategoryEntry> m_categories;
    QList<ConditionRow*> m_rows;
    QVBoxLayout* m_rowsLayout;
    QLabel* m_empty;
    QPushButton* m_add;
};

} // namespace csm::client::ui
