#include "client/core/sla_policy_model.h"

#include "client/core/ticket_text.h"
#include "common/model/service_type.h"

#include <QLocale>

namespace csm::client {

SlaPolicyModel::SlaPolicyModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setPolicies({});
}

int SlaPolicyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlaPolicyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SlaPolicyModel::hoursText(int minutes)
{
    if (minutes <= 0)
        return QStringLiteral("—");
    return tr("%1 h").arg(QLocale().toString(minutes / 60.0, 'g', 6));
}

QVariant SlaPolicyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const common::SlaPolicy& p = m_rows.at(index.row());
    const bool stored = p.version > 0;
    if (role == Qt::TextAlignmentRole && index.column() >= Response && index.column() <= Completion)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !stored)
        return tr("No policy: orders of this kind get no deadlines.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ServiceType: return TicketText::serviceTypeName(p.serviceType);
    case Severity: return TicketText::severityName(p.severity);
    case Response: return hoursText(p.responseMinutes);
    case OnSite: return hoursText(p.onSiteMinutes);
    case Completion: return hoursText(p.completionMinutes);
    case BusinessHours:
        if (!stored)
            return tr("no policy");
        return p.businessHours ? tr("Business hours") : tr("Calendar hours");
    default: return {};
    }
}

QVariant SlaPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceType: return tr("Service type");
    case Severity: return tr("Severity");
    case Response: return tr("Response");
    case OnSite: return tr("On site");
    case Completion: return tr("Completion");
    case BusinessHours: return tr("Counts");
    default: return {};
    }
}

void SlaPolicyModel::setPolicies(const QList<common::SlaPolicy>& policies)
{
    beginResetModel();
    m_rows.clear();
    for (const QString& type : common::serviceTypeCodes()) {
        for (const QString& severity : common::severityCodes()) {
            common::SlaPolicy row;
            row.serviceType = type;
            row.severity = severity;
            for (const common::SlaPolicy& p : policies)
                if (p.serviceType == type && p.severity == severity)
                    row = p;
            m_rows.append(row);
        }
    }
    endResetModel();
}

int SlaPolicyModel::rowOf(const QString& serviceType, const QString& severity) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).serviceType == serviceType && m_rows.at(row).severity == severity)
            return row;
    return -1;
}

} // namespace csm::client
