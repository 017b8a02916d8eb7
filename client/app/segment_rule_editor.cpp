#include "client/app/segment_rule_editor.h"

#include "client/app/condition_row.h"
#include "client/core/group_text.h"

#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace csm::client::ui {

using common::ConditionType;

SegmentRuleEditor::SegmentRuleEditor(RegionCache& regions, QWidget* parent)
    : QWidget(parent)
    , m_regions(regions)
    , m_rowsLayout(new QVBoxLayout)
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("segmentRuleEditor"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No conditions yet. Add one: customers who match all conditions are in the segment."));
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_add->setObjectName(QStringLiteral("addConditionButton"));
    m_add->setText(tr("Add condition"));
    m_add->setMenu(new QMenu(m_add));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_add->setToolTip(tr("Add a condition (Ctrl++)"));
    updateMenu();

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

void SegmentRuleEditor::updateMenu()
{
    QMenu* menu = m_add->menu();
    menu->clear();
    int products = 0;
    QList<ConditionType> present;
    for (ConditionRow* row : m_rows) {
        present.append(row->type());
        products += row->type() == ConditionType::Product ? 1 : 0;
    }
    for (ConditionType type : common::allConditionTypes()) {
        QAction* action = menu->addAction(GroupText::conditionName(type), this, [this, type] { addCondition(type); });
        action->setObjectName(QStringLiteral("add_") + common::conditionTypeName(type));
        // Every type but the product appears once; the server refuses more.
        action->setEnabled(type == ConditionType::Product ? products < common::kSegmentProductConditionsMax
                                                          : !present.contains(type));
    }
    m_add->setEnabled(m_rows.size() < common::kSegmentConditionsMax);
    m_empty->setVisible(m_rows.isEmpty());
}

ConditionRow* SegmentRuleEditor::addCondition(ConditionType type)
{
    auto* row = new ConditionRow(type, m_regions, this);
    row->setCategories(m_categories);
    m_rows.append(row);
    m_rowsLayout->addWidget(row);
    connect(row, &ConditionRow::changed, this, [this, row] {
        row->setProblem({});
        emit changed();
    });
    connect(row, &ConditionRow::removeRequested, this, [this, row] { removeRow(row); });
    updateMenu();
    emit changed();
    return row;
}

void SegmentRuleEditor::removeRow(ConditionRow* row)
{
    m_rows.removeAll(row);
    row->hide();
    row->deleteLater();
    updateMenu();
    emit changed();
}

void SegmentRuleEditor::setCategories(const QList<CategoryEntry>& categories)
{
    m_categories = categories;
    for (ConditionRow* row : m_rows)
        row->setCategories(categories);
}

void SegmentRuleEditor::setRule(const common::SegmentRule& rule)
{
    {
        const QSignalBlocker blocker(this);
        for (ConditionRow* row : std::as_const(m_rows)) {
            row->hide();
            row->deleteLater();
        }
        m_rows.clear();
        for (const common::SegmentCondition& condition : rule.conditions)
            addCondition(condition.type)->setCondition(condition);
        updateMenu();
    }
    emit changed();
}

common::SegmentRule SegmentRuleEditor::rule() const
{
    common::SegmentRule rule;
    for (ConditionRow* row : m_rows)
        rule.conditions.append(row->condition());
    return rule;
}

QMap<QString, QString> SegmentRuleEditor::showProblems(const QMap<QString, QString>& problems)
{
    clearProblems();
    QMap<QString, QString> others;
    QHash<int, QStringList> byRow;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        const int index = GroupText::conditionIndex(it.key());
        if (index >= 0 && index < m_rows.size())
            byRow[index].append(GroupText::problemText(it.value()));
        else
            others.insert(it.key(), it.value());
    }
    for (auto it = byRow.cbegin(); it != byRow.cend(); ++it)
        m_rows.at(it.key())->setProblem(it.value().join(QLatin1Char(' ')));
    return others;
}

void SegmentRuleEditor::clearProblems()
{
    for (ConditionRow* row : m_rows)
        row->setProblem({});
}

QHash<QString, QString> SegmentRuleEditor::categoryNames() const
{
    QHash<QString, QString> names;
    for (const CategoryEntry& entry : m_categories)
        names.insert(entry.code, entry.name);
    return names;
}

QHash<QString, QString> SegmentRuleEditor::regionNames() const
{
    QHash<QString, QString> names;
    for (ConditionRow* row : m_rows)
        names.insert(row->regionNames());
    return names;
}

} // namespace csm::client::ui
