#pragma once
// The members of one customer group, a page at a time: plain data only. Paging is asked for
// through fetchMoreRequested(); the CustomerGroupsController answers it.
#include "common/model/customer_group.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class GroupMemberModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Phones, Address, VipLevel, Tags, Added, ColumnCount };
    Q_ENUM(Column)
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit GroupMemberModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void clear();
    void appendPage(const QList<common::GroupMember>& members, bool hasMore);
    void stopPaging();
    // Drops these customers (removed from a static group).
    void removeCustomers(const QList<qint64>& customerIds);

    bool hasMore() const { return m_hasMore; }
    const common::GroupMember& memberAt(int row) const { return m_rows.at(row); }

signals:
    void fetchMoreRequested();

private:
    QList<common::GroupMember> m_rows;
    bool m_hasMore = false;
    bool m_loading = false;
};

} // namespace csm::client
