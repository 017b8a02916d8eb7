#pragma once
// A customer's contact history, newest first: plain data only. Paging is asked for through
// fetchMoreRequested(); the Customer360Controller answers it.
#include "client/core/desk_types.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class ContactTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Channel, Summary, Agent, Outcome, TalkTime, ColumnCount };
    Q_ENUM(Column)
    enum Role { ContactIdRole = Qt::UserRole + 1, ChannelCodeRole };

    explicit ContactTimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void clear();
    // Appends an older page; `hasMore` when the server gave a cursor.
    void appendPage(const QList<ContactEntry>& entries, bool hasMore);
    void stopPaging();

    bool hasMore() const { return m_hasMore; }
    const ContactEntry& entryAt(int row) const { return m_rows.at(row); }

signals:
    void fetchMoreRequested();

private:
    QList<ContactEntry> m_rows;
    bool m_hasMore = false;
    bool m_loading = false;
};

} // namespace csm::client
