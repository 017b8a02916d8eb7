#pragma once
// The timeline of one work order (ticket.timeline), newest first: when, who, what happened
// (created, routed, a transition with its states, an effect) and the fields it set.
#include "common/model/ticket.h"

#include <QAbstractTableModel>
#include <QHash>
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
    // Names for the ids the events carry (service points, technicians); "#id" without one.
    void setNames(const QHash<qint64, QString>& orgUnits, const QHash<qint64, QString>& users);
    const common::TicketEvent& eventAt(int row) const { return m_rows.at(row); }

    static QString eventText(const common::TicketEvent& event);
    QString detailsText(const common::TicketEvent& event) const;

private:
    QString valueText(const QString& key, const QCborValue& value) const;

    QList<common::TicketEvent> m_rows;
    QHash<qint64, QString> m_orgUnits;
    QHash<qint64, QString> m_users;
};

} // namespace csm::client
