#pragma once
// The customer groups of the groups workspace: plain data only. A segment's member count is
// unknown until the controller has evaluated it (setSegmentCount).
#include "common/model/customer_group.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace csm::client {

class GroupListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Kind, Members, OrgUnit, Updated, ColumnCount };
    Q_ENUM(Column)
    enum Role { GroupIdRole = Qt::UserRole + 1, SortRole };

    explicit GroupListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setGroups(const QList<common::CustomerGroup>& groups);
    // Replaces the row of that group (keeping a known segment count unless the new one has
    // one), or appends it.
    void upsert(const common::CustomerGroup& group);
    void remove(qint64 groupId);
    void setMemberCount(qint64 groupId, qint64 count);
    // The count of a segment is being evaluated: shown as "…".
    void setCounting(qint64 groupId, bool counting);

    const common::CustomerGroup& groupAt(int row) const { return m_rows.at(row); }
    int rowOfGroup(qint64 id) const;
    const common::CustomerGroup* group(qint64 id) const;

private:
    QList<common::CustomerGroup> m_rows;
    QHash<qint64, bool> m_counting;
};

} // namespace csm::client
