#pragma once
// The parts used on one work order, editable by the service point: one row per part with its
// code, name, quantity, unit price (typed and shown in yuan, kept in fen), amount, and whether the
// old part is to be recovered / has been. Plain data: the fees controller loads and saves it.
#include "common/model/fees.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class TicketPartsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Qty, UnitPrice, Amount, RecoverOld, Recovered, ColumnCount };

    explicit TicketPartsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows (as loaded or saved); clears the dirty flag.
    void setParts(const QList<common::TicketPart>& parts);
    const QList<common::TicketPart>& parts() const { return m_parts; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Changed since the last setParts().
    bool isDirty() const { return m_dirty; }
    common::Fen totalFen() const;

    // A new empty row at the end (qty 1, price 0); returns its row.
    int addRow();
    void removeRowAt(int row);

signals:
    void dirtyChanged(bool dirty);

private:
    void markDirty();

    QList<common::TicketPart> m_parts;
    bool m_editable = false;
    bool m_dirty = false;
};

} // namespace csm::client
