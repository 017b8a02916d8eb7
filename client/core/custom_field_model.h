#pragma once
// The custom field definitions of the administration workspace, one row each (inactive
// ones too), in display order.
#include "common/model/custom_field.h"

#include <QAbstractTableModel>

namespace csm::client {

class CustomFieldModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Position, Code, LabelEn, LabelZh, Type, Required, Status, ColumnCount };
    Q_ENUM(Column)

    explicit CustomFieldModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFields(const common::CustomFieldList& fields);
    // Replaces the definition with the same id (or adds it), keeping the display order.
    void upsert(const common::CustomFieldDefinition& field);
    const common::CustomFieldDefinition& fieldAt(int row) const { return m_rows.at(row); }
    const common::CustomFieldList& fields() const { return m_rows; }
    int rowOf(qint64 id) const;

    static QString typeText(common::CustomFieldType type);

private:
    void sort();

    common::CustomFieldList m_rows;
};

} // namespace csm::client
