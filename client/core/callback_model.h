#pragma once
// Callback promises (a customer's, mine, or the overdue ones): plain data only.
#include "client/core/desk_types.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class CallbackModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DueAt, Customer, Note, Owner, Status, ColumnCount };
    Q_ENUM(Column)
    enum Role { PromiseIdRole = Qt::UserRole + 1, CustomerIdRole, OverdueRole };

    explicit CallbackModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPromises(const QList<CallbackPromise>& promises);
    // Replaces the row of that promise, or adds it (sorted by due time); with `openOnly`
    // a closed promise leaves the list.
    void upsert(const CallbackPromise& promise);
    void setOpenOnly(bool openOnly) { m_openOnly = openOnly; }
    // Marks the open promises whose due time is before `now` as overdue.
    void refreshOverdue(const QDateTime& now);

    const CallbackPromise& promiseAt(int row) const { return m_rows.at(row); }
    int rowOfPromise(qint64 id) const;

private:
    QList<CallbackPromise> m_rows;
    bool m_openOnly = false;
};

} // namespace csm::client
