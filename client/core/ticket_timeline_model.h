#pragma once
// The timeline of one work order (ticket.timeline), newest first: when, who, what happened
// (created, routed, a transition with its states, an effect) and the fields it set.
#include "common/model/ticket.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class TicketTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, User, Event, Details, ColumnCount };
    Q_ENUM(Column)

    explicit TicketTimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The server's order (oldest first); shown newest first.
    void setEvents(const QList<common::TicketEvent>& oldestFirst);
    const common::TicketEvent& eventAt(int row) const { return m_rows.at(row); }

    static QString eventText(const common::TicketEvent& event);
    static QString detailsText(const common::TicketEvent& event);

private:
    QList<common::TicketEvent> m_rows;
};

} // namespace csm::client
