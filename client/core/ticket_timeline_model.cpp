#include "client/core/ticket_timeline_model.h"

#include "client/core/case_text.h"
#include "client/core/desk_text.h"
#include "client/core/fee_text.h"
#include "client/core/sla_text.h"
#include "client/core/ticket_text.h"

#include <QDateTime>

#include <algorithm>

namespace csm::client {

QString TicketTimelineModel::valueText(const QString& key, const QCborValue& value) const
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isInteger()) {
        const qint64 id = value.toInteger();
        if (key == QLatin1String("assigned_org_unit_id") && m_orgUnits.contains(id))
            return m_orgUnits.value(id);
        if (key == QLatin1String("technician_id") && m_users.contains(id))
            return m_users.value(id);
        if (key.endsWith(QLatin1String("_id")))
            return QStringLiteral("#%1").arg(id);
        return QString::number(id);
    }
    const QString text = value.toString();
    if (key.startsWith(QLatin1String("appointment_"))) {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (time.isValid())
            return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    if (key == QLatin1String("service_type"))
        return TicketText::serviceTypeName(text);
    if (key == QLatin1String("severity"))
        return TicketText::severityName(text);
    if (key == QLatin1String("channel"))
        return DeskText::channelName(text);
    return text;
}

TicketTimelineModel::TicketTimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int TicketTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TicketTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketTimelineModel::eventText(const common::TicketEvent& event)
{
    if (CaseText::isCaseEvent(event))
        return CaseText::eventText(event);
    if (event.kind == QLatin1String("transition")) {
        const QString from = event.fromStateName.isEmpty() ? event.fromState : event.fromStateName;
        const QString to = event.toStateName.isEmpty() ? event.toState : event.toStateName;
        const QString name = event.transitionName.isEmpty() ? event.transition : event.transitionName;
        return tr("%1: %2 → %3").arg(name, from, to);
    }
    if (event.kind == QLatin1String("effect")) {
        const QString name = TicketText::effectName(event.effectType);
        return event.effectParam.isEmpty() ? name
                                           : tr("%1 (%2)").arg(name, TicketText::effectParamName(event.effectType, event.effectParam));
    }
    if (event.kind == QLatin1String("assigned")) {
        const QString unit = event.detail.value(QStringLiteral("org_unit_name")).toString();
        return unit.isEmpty() ? TicketText::eventKindName(event.kind) : tr("Routed to %1").arg(unit);
    }
    if (event.kind == QLatin1String("created")) {
        const QString number = event.detail.value(QStringLiteral("number")).toString();
        return number.isEmpty() ? TicketText::eventKindName(event.kind) : tr("Created as %1").arg(number);
    }
    if (const QString fees = FeeText::eventText(event); !fees.isEmpty())
        return fees;
    if (SlaText::isSlaEvent(event))
        return SlaText::eventText(event);
    return TicketText::eventKindName(event.kind);
}

QString TicketTimelineModel::detailsText(const common::TicketEvent& event) const
{
    QStringList parts;
    // The customer and the product are in the order's header; the routed unit is in the event's text.
    if (event.kind == QLatin1String("assigned"))
        return {};
    if (CaseText::isCaseEvent(event))
        return CaseText::detailsText(event);
    if (SlaText::isSlaEvent(event))
        return SlaText::eventDetails(event);
    QStringList keys = TicketText::fieldOrder();
    for (auto it = event.fields.cbegin(); it != event.fields.cend(); ++it) {
        if (!keys.contains(it.key().toString()))
            keys.append(it.key().toString());
    }
    for (const QString& key : keys) {
        if (!event.fields.contains(key) || key == QLatin1String("customer_id") || key == QLatin1String("customer_product_id"))
            continue;
        const QString text = valueText(key, event.fields.value(key));
        if (!text.isEmpty())
            parts.append(tr("%1: %2").arg(TicketText::fieldLabel(key), text));
    }
    if (event.effectType == QLatin1String("escalate") || event.effectType == QLatin1String("deescalate")) {
        const QString from = event.detail.value(QStringLiteral("from_org_unit_name")).toString();
        const QString to = event.detail.value(QStringLiteral("to_org_unit_name")).toString();
        if (!from.isEmpty() || !to.isEmpty())
            parts.append(tr("%1 → %2").arg(from, to));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant TicketTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const common::TicketEvent& event = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Details)
        return detailsText(event);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When: return event.at.isValid() ? event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    case User: return event.userId == 0 ? tr("System") : event.userName;
    case Event: return eventText(event);
    case Details: return detailsText(event);
    default: return {};
    }
}

QVariant TicketTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case User: return tr("By");
    case Event: return tr("What");
    case Details: return tr("Details");
    default: return {};
    }
}

void TicketTimelineModel::setNames(const QHash<qint64, QString>& orgUnits, const QHash<qint64, QString>& users)
{
    m_orgUnits = orgUnits;
    m_users = users;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TicketTimelineModel::setEvents(const QList<common::TicketEvent>& oldestFirst)
{
    beginResetModel();
    m_rows = oldestFirst;
    std::reverse(m_rows.begin(), m_rows.end());
    endResetModel();
}

} // namespace csm::client
