#pragma once
// The editors of a complaint's details — category, responsible unit, deadline — placed by their
// host into its own form (the order form and the complaint dialog), so their labels line up.
#include "client/core/case_controller.h"
#include "common/model/ticket_case.h"

#include <QCborMap>
#include <QObject>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QWidget;

namespace csm::client::ui {

class ComplaintEditors : public QObject {
    Q_OBJECT
public:
    explicit ComplaintEditors(QWidget* parent);

    QComboBox* category() const { return m_category; }
    QComboBox* unit() const { return m_unit; }
    // The deadline row: a check box and the time.
    QWidget* deadlineRow() const { return m_deadlineRow; }
    QCheckBox* deadlineCheck() const { return m_hasDeadline; }
    QDateTimeEdit* deadline() const { return m_deadline; }

    // The units a case may name (case.unit.list), indented by depth; keeps the choice.
    void setUnits(const QList<CaseUnit>& units);
    void setDetails(const common::TicketComplaint& complaint);
    // {category, responsible_org_unit_id?, deadline?} as complaint.set takes them.
    QCborMap details() const;
    // Problems found before sending (a deadline that has passed), keyed like the server's fields.
    QMap<QString, QString> check() const;

private:
    QComboBox* m_category;
    QComboBox* m_unit;
    QWidget* m_deadlineRow;
    QCheckBox* m_hasDeadline;
    QDateTimeEdit* m_deadline;
    qint64 m_keptUnit = 0;
    QString m_keptUnitName;
    QDateTime m_keptDeadline;
};

} // namespace csm::client::ui
