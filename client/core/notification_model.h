#pragma once
// The SMS notifications of one order (notification.list) as a table: when, to whom (masked:
// 139****5678), status with attempts, what; the reason of a failure as the tooltip. Plain data;
// NotificationController fills it.
#include <QAbstractTableModel>
#include <QCborMap>
#include <QDateTime>
#include <QList>

namespace csm::client {

struct NotificationInfo {
    qint64 id = 0;
    qint64 ticketId = 0;
    QString recipient;
    QString templateCode;
    QString body;
    QString status;          // queued | sent | failed
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime nextAttemptAt;

    static NotificationInfo fromCbor(const QCborMap& map);
};

class NotificationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Recipient, Status, Message, ColumnCount };
    Q_ENUM(Column)
    enum Role { StatusCodeRole = Qt::UserRole + 1 };

    explicit NotificationModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setNotifications(const QList<NotificationInfo>& items);
    const NotificationInfo& at(int row) const { return m_rows.at(row); }

    // "139****5678": the first three and the last four digits of a mobile; shorter numbers keep
    // their last two; "—" when there is none.
    static QString maskedPhone(const QString& phone);
    static QString templateName(const QString& code);
    static QString statusText(const NotificationInfo& item);

private:
    QList<NotificationInfo> m_rows;
};

} // namespace csm::client
