#pragma once
// Administration → SMS templates: the templates (notification.template.list) by code, with
// their text and when they were last changed.
#include "common/model/notification_template.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm::client {

class NotificationTemplateModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Text, Updated, ColumnCount };

    explicit NotificationTemplateModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTemplates(const QList<common::NotificationTemplate>& templates);
    const common::NotificationTemplate& templateAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString& code) const;

    // What a template is for, in words ("Sent when an order is dispatched to a unit"); "" for
    // codes named only by workflow `notify` effects.
    static QString purpose(const QString& code);

private:
    QList<common::NotificationTemplate> m_rows;
};

} // namespace csm::client
