#pragma once
// The users of the administration workspace: plain rows, paged. The next page is asked for
// through fetchMoreRequested(); the users tab answers it with admin.user.list.
#include <QAbstractTableModel>
#include <QCborMap>
#include <QHash>
#include <QList>
#include <QStringList>

namespace csm::client {

struct AdminUser {
    qint64 id = 0;
    QString username;
    QString displayName;
    qint64 orgUnitId = 0;
    QString orgUnitName;
    QStringList roles;
    QString extension;
    bool active = true;
    int version = 0;

    static AdminUser fromCbor(const QCborMap& map);
};

class UserListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, DisplayName, OrgUnit, Roles, Extension, Active, ColumnCount };
    Q_ENUM(Column)

    explicit UserListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void clear();
    void appendPage(const QList<AdminUser>& users, bool hasMore);
    void stopPaging();
    // Replaces the row with the same id, or appends the user.
    void upsert(const AdminUser& user);
    const AdminUser& userAt(int row) const { return m_rows.at(row); }

    // How role codes are shown (the roles tab knows their names); default: the codes.
    void setRoleNames(const QHash<QString, QString>& names);

signals:
    void fetchMoreRequested();

private:
    QList<AdminUser> m_rows;
    QHash<QString, QString> m_roleNames;
    bool m_hasMore = false;
    bool m_loading = false;
};

} // namespace csm::client
