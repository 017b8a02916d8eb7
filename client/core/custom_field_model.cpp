#include "client/core/custom_field_model.h"

namespace csm::client {

using common::CustomFieldType;

CustomFieldModel::CustomFieldModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int CustomFieldModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomFieldModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomFieldModel::typeText(CustomFieldType type)
{
    switch (type) {
    case CustomFieldType::Text: return tr("Text");
    case CustomFieldType::Number: return tr("Number");
    case CustomFieldType::Date: return tr("Date");
    case CustomFieldType::Choice: return tr("Choice");
    }
    return {};
}

QVariant CustomFieldModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const common::CustomFieldDefinition& field = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return field.id;
    if (role == Qt::TextAlignmentRole && index.column() == Position)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && field.type == CustomFieldType::Choice) {
        QStringList options;
        for (const common::CustomFieldOption& option : field.options)
            options.append(QStringLiteral("%1: %2 / %3").arg(option.value, option.labelEn, option.labelZh));
        return options.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Position: return field.position;
    case Code: return field.code;
    case LabelEn: return field.labelEn;
    case LabelZh: return field.labelZh;
    case Type:
        if (field.type == CustomFieldType::Choice)
            return tr("%1 (%n option(s))", nullptr, int(field.options.size())).arg(typeText(field.type));
        return typeText(field.type);
    case Required: return field.required ? tr("Required") : QString();
    case Status: return field.active ? tr("Active") : tr("Inactive");
    default: return {};
    }
}

QVariant CustomFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position: return tr("Order");
    case Code: return tr("Code");
    case LabelEn: return tr("English label");
    case LabelZh: return tr("Chinese label");
    case Type: return tr("Type");
    case Required: return tr("Required");
    case Status: return tr("Status");
    default: return {};
    }
}

void CustomFieldModel::sort()
{
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const auto& a, const auto& b) {
        return a.position != b.position ? a.position < b.position : a.code < b.code;
    });
}

void CustomFieldModel::setFields(const common::CustomFieldList& fields)
{
    beginResetModel();
    m_rows = fields;
    sort();
    endResetModel();
}

void CustomFieldModel::upsert(const common::CustomFieldDefinition& field)
{
    // The order may change: a reset keeps it simple (a few dozen rows at most).
    beginResetModel();
    const int row = rowOf(field.id);
    if (row >= 0)
        m_rows[row] = field;
    else
        m_rows.append(field);
    sort();
    endResetModel();
}

int CustomFieldModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace csm::client
